//! The relationship chain, `sns/*` (spec §8): friends, the blocklist and friend lists.

mod blocklist;
mod friends;
mod lists;

pub use blocklist::*;
pub use friends::*;
pub use lists::*;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `{ "Tag": "Tag_SNS_IM_Remark", "Value": ... }`: a friend or profile field. `Value` is a string,
/// an array (`Tag_SNS_IM_Group`) or, in friend_import's sample, an integer.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct TagValue {
    #[serde(rename = "Tag", default)]
    pub tag: String,
    #[serde(rename = "Value", default)]
    pub value: Value,
}

/// One peer's outcome in a batch answer: `ResultCode` 0, or its own error (§8.13).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SnsResultItem {
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    #[serde(rename = "ResultCode", default)]
    pub result_code: i64,
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

/// The answer of the batch friend and blocklist writes: per-peer results, the failed peers
/// again in `Fail_Account` (only when one failed), and `Invalid_Account` from older revisions.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SnsBatchResponse {
    #[serde(rename = "ResultItem", default)]
    pub result_item: Vec<SnsResultItem>,
    #[serde(
        rename = "Fail_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fail_account: Option<Vec<String>>,
    #[serde(
        rename = "Invalid_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invalid_account: Option<Vec<String>>,
}
