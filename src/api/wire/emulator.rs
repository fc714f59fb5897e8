//! The emulator's test-only call, `POST /imctl-test/set_status` (authenticated like the REST
//! API, never part of it): sets a user's status on one platform, as a device would.

use serde::{Deserialize, Serialize};

use super::{endpoint, Empty};

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SetStatusRequest {
    #[serde(rename = "UserID")]
    pub user_id: String,
    /// `iPhone`, `Android`, `Web`, `PC`, `iPad` or `Mac`.
    #[serde(rename = "Platform")]
    pub platform: String,
    /// `Online`, `PushOnline` or `Offline`.
    #[serde(rename = "Status")]
    pub status: String,
}

endpoint!(
    /// The leading `/` puts the call outside `/v4/`.
    SetStatus,
    "/imctl-test",
    "set_status",
    SetStatusRequest,
    Empty
);
