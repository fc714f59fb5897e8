//! Friends, `sns/friend_*` (spec §8): add, import, update, delete, check and read a user's
//! friend list. Per-friend results come back in `ResultItem`, never as a top-level error.

use serde::{Deserialize, Serialize};

use super::{SnsBatchResponse, TagValue};
use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- friend_add

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AddFriendItem {
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// `AddSource_Type_` and up to 8 letters; optional in the EN table, required in the ZH one.
    #[serde(rename = "AddSource", default, skip_serializing_if = "Option::is_none")]
    pub add_source: Option<String>,
    #[serde(rename = "Remark", default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// One friend list here; an array in friend_import.
    #[serde(rename = "GroupName", default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    #[serde(
        rename = "AddWording",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub add_wording: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendAddRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "AddFriendItem")]
    pub add_friend_item: Vec<AddFriendItem>,
    /// `Add_Type_Both` (default) or `Add_Type_Single`.
    #[serde(rename = "AddType", default, skip_serializing_if = "Option::is_none")]
    pub add_type: Option<String>,
    /// 1: add without the peer's approval.
    #[serde(
        rename = "ForceAddFlags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub force_add_flags: Option<u8>,
}

endpoint!(
    /// Adds friends, subject to each peer's approval setting unless forced.
    ///
    /// Batch size not stated (unconfirmed); 3,000 friends per user; GroupName is a single String
    /// here
    /// <https://www.tencentcloud.com/document/product/1047/34902>
    FriendAdd,
    "sns",
    "friend_add",
    FriendAddRequest,
    SnsBatchResponse
);

// ---------------------------------------------------------------- friend_import

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendImportAddFriendItem {
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(rename = "AddSource")]
    pub add_source: String,
    #[serde(rename = "Remark", default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    #[serde(
        rename = "RemarkTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remark_time: Option<i64>,
    #[serde(rename = "GroupName", default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<Vec<String>>,
    #[serde(
        rename = "AddWording",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub add_wording: Option<String>,
    #[serde(rename = "AddTime", default, skip_serializing_if = "Option::is_none")]
    pub add_time: Option<i64>,
    #[serde(
        rename = "CustomItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_item: Option<Vec<TagValue>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendImportRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "AddFriendItem")]
    pub add_friend_item: Vec<FriendImportAddFriendItem>,
}

endpoint!(
    /// Imports friends one way, with no approval.
    ///
    /// AddFriendItem <= 1,000 per call (usage-limits page); one-way import; GroupName is an Array
    /// here
    /// <https://www.tencentcloud.com/document/product/1047/34903>
    FriendImport,
    "sns",
    "friend_import",
    FriendImportRequest,
    SnsBatchResponse
);

// ---------------------------------------------------------------- friend_update

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpdateItem {
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(rename = "SnsItem")]
    pub sns_item: Vec<TagValue>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendUpdateRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "UpdateItem")]
    pub update_item: Vec<UpdateItem>,
}

endpoint!(
    /// Updates friends' remark, lists and custom fields.
    ///
    /// Only Tag_SNS_IM_Remark, Tag_SNS_IM_Group and Tag_SNS_Custom_* may be updated; batch size not
    /// stated (unconfirmed)
    /// <https://www.tencentcloud.com/document/product/1047/34904>
    FriendUpdate,
    "sns",
    "friend_update",
    FriendUpdateRequest,
    SnsBatchResponse
);

// ---------------------------------------------------------------- friend_delete

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendDeleteRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    /// `Delete_Type_Single` or `Delete_Type_Both`; the default is not documented.
    #[serde(
        rename = "DeleteType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_type: Option<String>,
}

endpoint!(
    /// Deletes friends, one way or both ways.
    ///
    /// To_Account <= 1,000 per call; DeleteType Delete_Type_Single / Delete_Type_Both
    /// <https://www.tencentcloud.com/document/product/1047/34905>
    FriendDelete,
    "sns",
    "friend_delete",
    FriendDeleteRequest,
    SnsBatchResponse
);

// ---------------------------------------------------------------- friend_delete_all

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendDeleteAllRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(
        rename = "DeleteType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_type: Option<String>,
}

endpoint!(
    /// Deletes all of a user's friends.
    ///
    /// DeleteType default Delete_Type_Single
    /// <https://www.tencentcloud.com/document/product/1047/34906>
    FriendDeleteAll,
    "sns",
    "friend_delete_all",
    FriendDeleteAllRequest,
    Empty
);

// ---------------------------------------------------------------- friend_check

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendCheckRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    /// `CheckResult_Type_Single` or `CheckResult_Type_Both`.
    #[serde(rename = "CheckType")]
    pub check_type: String,
}

/// `Relation`: `CheckResult_Type_AWithB`, `_BWithA`, `_BothWay` or `_NoRelation`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendCheckItem {
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
pub struct FriendCheckResponse {
    #[serde(rename = "InfoItem", default)]
    pub info_item: Vec<FriendCheckItem>,
    #[serde(
        rename = "Fail_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fail_account: Option<Vec<String>>,
}

endpoint!(
    /// The friend relation between a user and others.
    ///
    /// To_Account <= 1,000 per call; CheckType CheckResult_Type_Single / CheckResult_Type_Both
    /// (required)
    /// <https://www.tencentcloud.com/document/product/1047/34907>
    FriendCheck,
    "sns",
    "friend_check",
    FriendCheckRequest,
    FriendCheckResponse
);

// ---------------------------------------------------------------- friend_get

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGetRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "StartIndex")]
    pub start_index: u32,
    #[serde(
        rename = "StandardSequence",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub standard_sequence: Option<u64>,
    #[serde(
        rename = "CustomSequence",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_sequence: Option<u64>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UserDataItem {
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    #[serde(rename = "ValueItem", default)]
    pub value_item: Vec<TagValue>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGetResponse {
    #[serde(rename = "UserDataItem", default)]
    pub user_data_item: Vec<UserDataItem>,
    #[serde(rename = "StandardSequence", default)]
    pub standard_sequence: u64,
    #[serde(rename = "CustomSequence", default)]
    pub custom_sequence: u64,
    #[serde(rename = "FriendNum", default)]
    pub friend_num: u32,
    /// Not 0: the last page.
    #[serde(rename = "CompleteFlag", default)]
    pub complete_flag: u8,
    #[serde(rename = "NextStartIndex", default)]
    pub next_start_index: u32,
}

endpoint!(
    /// One page of a user's friends with every friend field.
    ///
    /// Paged by StartIndex (page size not stated); returns all standard and custom friend fields,
    /// no profile fields
    /// <https://www.tencentcloud.com/document/product/1047/34908>
    FriendGet,
    "sns",
    "friend_get",
    FriendGetRequest,
    FriendGetResponse
);

// ---------------------------------------------------------------- friend_get_list

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGetListRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    /// Any mix of `Tag_Profile_*` and `Tag_SNS_*` fields.
    #[serde(rename = "TagList")]
    pub tag_list: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGetListInfoItem {
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    #[serde(
        rename = "SnsProfileItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sns_profile_item: Option<Vec<TagValue>>,
    #[serde(rename = "ResultCode", default)]
    pub result_code: i64,
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGetListResponse {
    #[serde(rename = "InfoItem", default)]
    pub info_item: Vec<FriendGetListInfoItem>,
    #[serde(
        rename = "Fail_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fail_account: Option<Vec<String>>,
}

endpoint!(
    /// Chosen friends with chosen friend and profile fields.
    ///
    /// To_Account: <= 100 recommended per call; TagList may mix Tag_Profile_* and Tag_SNS_* tags
    /// <https://www.tencentcloud.com/document/product/1047/34910>
    FriendGetList,
    "sns",
    "friend_get_list",
    FriendGetListRequest,
    FriendGetListResponse
);
