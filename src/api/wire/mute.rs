//! Global no-speaking, `openconfigsvr/setnospeaking` and `getnospeaking` (spec §7.4). Times are
//! seconds; 4294967295 means forever, 0 not muted.

use serde::{Deserialize, Serialize};

use super::{endpoint, Empty};

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SetNoSpeakingRequest {
    #[serde(rename = "Set_Account")]
    pub set_account: String,
    #[serde(
        rename = "C2CmsgNospeakingTime",
        skip_serializing_if = "Option::is_none"
    )]
    pub c2c_seconds: Option<u32>,
    #[serde(
        rename = "GroupmsgNospeakingTime",
        skip_serializing_if = "Option::is_none"
    )]
    pub group_seconds: Option<u32>,
}

endpoint!(
    /// Sets one account's global mute.
    SetNoSpeaking,
    "openconfigsvr",
    "setnospeaking",
    SetNoSpeakingRequest,
    Empty
);

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetNoSpeakingRequest {
    #[serde(rename = "Get_Account")]
    pub get_account: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetNoSpeakingResponse {
    #[serde(rename = "C2CmsgNospeakingTime", default)]
    pub c2c_seconds: u32,
    #[serde(rename = "GroupmsgNospeakingTime", default)]
    pub group_seconds: u32,
}

endpoint!(
    /// Reads one account's global mute.
    GetNoSpeaking,
    "openconfigsvr",
    "getnospeaking",
    GetNoSpeakingRequest,
    GetNoSpeakingResponse
);
