//! `profile/portrait_get` and `profile/portrait_set` (spec §3).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::endpoint;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PortraitGetRequest {
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    #[serde(rename = "TagList")]
    pub tag_list: Vec<String>,
}

/// One field: a standard `Tag_Profile_IM_*` or custom `Tag_Profile_Custom_*` tag and its value.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ProfileItem {
    #[serde(rename = "Tag", default)]
    pub tag: String,
    #[serde(rename = "Value", default)]
    pub value: Value,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UserProfile {
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    /// Absent for a user that failed (see `ResultCode`).
    #[serde(rename = "ProfileItem", default, skip_serializing_if = "Vec::is_empty")]
    pub profile_item: Vec<ProfileItem>,
    #[serde(rename = "ResultCode", default)]
    pub result_code: i64,
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PortraitGetResponse {
    #[serde(rename = "UserProfileItem", default)]
    pub user_profile_item: Vec<UserProfile>,
    /// Present only when some users failed.
    #[serde(
        rename = "Fail_Account",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub fail_account: Vec<String>,
}

endpoint!(
    /// Up to 100 accounts a request.
    PortraitGet,
    "profile",
    "portrait_get",
    PortraitGetRequest,
    PortraitGetResponse
);

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PortraitSetRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "ProfileItem")]
    pub profile_item: Vec<ProfileItem>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PortraitSetResponse {
    #[serde(rename = "ErrorDisplay", default)]
    pub error_display: String,
}

endpoint!(
    /// One account's fields.
    PortraitSet,
    "profile",
    "portrait_set",
    PortraitSetRequest,
    PortraitSetResponse
);
