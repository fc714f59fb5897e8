//! `openim/query_online_status` (spec §2.1; legacy `querystate` answers `State` for `Status`).

use serde::{Deserialize, Serialize};

use super::endpoint;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct QueryOnlineStatusRequest {
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    /// 1 to get the per-platform `Detail`.
    #[serde(rename = "IsNeedDetail", skip_serializing_if = "Option::is_none")]
    pub is_need_detail: Option<u8>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PlatformStatus {
    #[serde(rename = "Platform", default)]
    pub platform: String,
    #[serde(rename = "Status", default)]
    pub status: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct OnlineStatus {
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    /// `Online`, `PushOnline` or `Offline`; current docs say `Status`, the legacy answer `State`.
    #[serde(rename = "Status", alias = "State", default)]
    pub status: String,
    #[serde(rename = "Detail", default, skip_serializing_if = "Vec::is_empty")]
    pub detail: Vec<PlatformStatus>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct StatusError {
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    /// 70107 when the account is not imported; other codes keep their own meaning.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct QueryOnlineStatusResponse {
    #[serde(rename = "QueryResult", default)]
    pub query_result: Vec<OnlineStatus>,
    #[serde(rename = "ErrorList", default, skip_serializing_if = "Vec::is_empty")]
    pub error_list: Vec<StatusError>,
}

endpoint!(
    /// Up to 500 accounts a request.
    QueryOnlineStatus,
    "openim",
    "query_online_status",
    QueryOnlineStatusRequest,
    QueryOnlineStatusResponse
);
