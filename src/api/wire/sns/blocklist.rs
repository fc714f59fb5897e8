//! The blocklist, `sns/black_list_*` (spec §8).

use serde::{Deserialize, Serialize};

use super::SnsBatchResponse;
use crate::api::wire::endpoint;

// ---------------------------------------------------------------- black_list_add

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BlackListAddRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
}

endpoint!(
    /// Blocklists users for one user.
    ///
    /// To_Account <= 1,000 per call; 1,000 blocklisted users per user (30013)
    /// <https://www.tencentcloud.com/document/product/1047/34911>
    BlackListAdd,
    "sns",
    "black_list_add",
    BlackListAddRequest,
    SnsBatchResponse
);

// ---------------------------------------------------------------- black_list_delete

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BlackListDeleteRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
}

endpoint!(
    /// Takes users off one user's blocklist.
    ///
    /// To_Account <= 1,000 per call
    /// <https://www.tencentcloud.com/document/product/1047/34912>
    BlackListDelete,
    "sns",
    "black_list_delete",
    BlackListDeleteRequest,
    SnsBatchResponse
);

// ---------------------------------------------------------------- black_list_get

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BlackListGetRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "StartIndex")]
    pub start_index: u32,
    /// The page size (its maximum is not documented).
    #[serde(rename = "MaxLimited")]
    pub max_limited: u32,
    /// 0 for REST callers.
    #[serde(rename = "LastSequence")]
    pub last_sequence: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BlackListItem {
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    #[serde(rename = "AddBlackTimeStamp", default)]
    pub add_black_time_stamp: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BlackListGetResponse {
    #[serde(rename = "BlackListItem", default)]
    pub black_list_item: Vec<BlackListItem>,
    /// Where the next page starts; 0: done.
    #[serde(rename = "StartIndex", default)]
    pub start_index: u32,
    /// Misspelt as published (sample, table and SDKs agree).
    #[serde(rename = "CurruentSequence", default)]
    pub curruent_sequence: u64,
}

endpoint!(
    /// One page of a user's blocklist.
    ///
    /// MaxLimited = page size (maximum not stated); LastSequence 0 for REST callers
    /// <https://www.tencentcloud.com/document/product/1047/34914>
    BlackListGet,
    "sns",
    "black_list_get",
    BlackListGetRequest,
    BlackListGetResponse
);

// ---------------------------------------------------------------- black_list_check

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BlackListCheckRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    /// `BlackCheckResult_Type_Single` or `BlackCheckResult_Type_Both`.
    #[serde(rename = "CheckType")]
    pub check_type: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BlackListCheckItem {
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    #[serde(rename = "Relation", default)]
    pub relation: String,
    #[serde(rename = "ResultCode", default)]
    pub result_code: i64,
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BlackListCheckResponse {
    #[serde(rename = "BlackListCheckItem", default)]
    pub black_list_check_item: Vec<BlackListCheckItem>,
    #[serde(
        rename = "Fail_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fail_account: Option<Vec<String>>,
}

endpoint!(
    /// Whether users are on each other's blocklists.
    ///
    /// To_Account <= 1,000 per call; CheckType BlackCheckResult_Type_Single / _Both (required)
    /// <https://www.tencentcloud.com/document/product/1047/34913>
    BlackListCheck,
    "sns",
    "black_list_check",
    BlackListCheckRequest,
    BlackListCheckResponse
);
