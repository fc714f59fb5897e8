//! Friend lists (the service calls them groups), `sns/group_*` (spec §8). Not chat groups.

use serde::{Deserialize, Serialize};

use super::SnsResultItem;
use crate::api::wire::endpoint;

// ---------------------------------------------------------------- group_add

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGroupAddRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "GroupName")]
    pub group_name: Vec<String>,
    /// Friends to put in the new lists; a non-friend gets ResultCode 32216.
    #[serde(
        rename = "To_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub to_account: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGroupAddResponse {
    #[serde(rename = "CurrentSequence", default)]
    pub current_sequence: u64,
    #[serde(
        rename = "ResultItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub result_item: Option<Vec<SnsResultItem>>,
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

endpoint!(
    /// Creates friend lists, optionally with friends in them.
    ///
    /// 32 friend lists per user (30011); list name <= 30 B
    /// <https://www.tencentcloud.com/document/product/1047/34950>
    FriendGroupAdd,
    "sns",
    "group_add",
    FriendGroupAddRequest,
    FriendGroupAddResponse
);

// ---------------------------------------------------------------- group_delete

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGroupDeleteRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "GroupName")]
    pub group_name: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGroupDeleteResponse {
    #[serde(rename = "CurrentSequence", default)]
    pub current_sequence: u64,
}

endpoint!(
    /// Deletes friend lists (not the friends in them).
    ///
    /// Deletes friend lists (not the friends in them).
    /// <https://www.tencentcloud.com/document/product/1047/34926>
    FriendGroupDelete,
    "sns",
    "group_delete",
    FriendGroupDeleteRequest,
    FriendGroupDeleteResponse
);

// ---------------------------------------------------------------- group_get

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGroupGetRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// `Need_Friend_Type_Yes`: list each list's members too.
    #[serde(
        rename = "NeedFriend",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub need_friend: Option<String>,
    #[serde(rename = "GroupName", default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGroupGetResultItem {
    #[serde(rename = "GroupName", default)]
    pub group_name: String,
    #[serde(rename = "FriendNumber", default)]
    pub friend_number: u32,
    #[serde(
        rename = "To_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub to_account: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FriendGroupGetResponse {
    #[serde(rename = "ResultItem", default)]
    pub result_item: Vec<FriendGroupGetResultItem>,
    #[serde(rename = "CurrentSequence", default)]
    pub current_sequence: u64,
}

endpoint!(
    /// A user's friend lists, optionally with their members.
    ///
    /// NeedFriend "Need_Friend_Type_Yes" returns members (the table says it only applies when
    /// GroupName is empty, yet the complete sample sends both)
    /// <https://www.tencentcloud.com/document/product/1047/40123>
    FriendGroupGet,
    "sns",
    "group_get",
    FriendGroupGetRequest,
    FriendGroupGetResponse
);
