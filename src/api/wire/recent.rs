//! Recent contacts (conversations), `recentcontact/*` (spec §8): the conversation list, its
//! groups and marks.

use serde::{Deserialize, Serialize};

use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- get_list

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RecentGetListRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// 0 on the first page, then the values the last answer returned.
    #[serde(rename = "TimeStamp")]
    pub time_stamp: u64,
    #[serde(rename = "StartIndex")]
    pub start_index: u64,
    #[serde(rename = "TopTimeStamp")]
    pub top_time_stamp: u64,
    #[serde(rename = "TopStartIndex")]
    pub top_start_index: u64,
    /// bit 0 pinned supported, bit 1 empty conversations, bit 2 page pinned ones.
    #[serde(rename = "AssistFlags")]
    pub assist_flags: u8,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SessionItem {
    /// 1 C2C (`To_Account`), 2 group (`GroupId`).
    #[serde(rename = "Type", default)]
    pub kind: u8,
    #[serde(
        rename = "To_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub to_account: Option<String>,
    #[serde(rename = "MsgTime", default)]
    pub msg_time: i64,
    #[serde(rename = "TopFlag", default)]
    pub top_flag: u8,
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RecentGetListResponse {
    #[serde(rename = "SessionItem", default)]
    pub session_item: Vec<SessionItem>,
    #[serde(rename = "CompleteFlag", default)]
    pub complete_flag: u8,
    #[serde(rename = "TimeStamp", default)]
    pub time_stamp: u64,
    #[serde(rename = "StartIndex", default)]
    pub start_index: u64,
    #[serde(rename = "TopTimeStamp", default)]
    pub top_time_stamp: u64,
    #[serde(rename = "TopStartIndex", default)]
    pub top_start_index: u64,
}

endpoint!(
    /// One page of a user's conversation list.
    ///
    /// 100 recent conversations per user by default (Ultimate: 500, configurable in the console)
    /// <https://www.tencentcloud.com/document/product/1047/43087>
    RecentGetList,
    "recentcontact",
    "get_list",
    RecentGetListRequest,
    RecentGetListResponse
);

// ---------------------------------------------------------------- delete

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RecentDeleteRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "Type")]
    pub kind: u8,
    #[serde(
        rename = "To_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub to_account: Option<String>,
    /// 1: also clear this user's roaming messages of the conversation.
    #[serde(
        rename = "ClearRamble",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub clear_ramble: Option<u8>,
    /// Lower-case "id" here, unlike `ToGroupId` in the contact groups.
    #[serde(rename = "ToGroupid", default, skip_serializing_if = "Option::is_none")]
    pub to_groupid: Option<String>,
}

endpoint!(
    /// Deletes one conversation from a user's list.
    ///
    /// One conversation per call
    /// <https://www.tencentcloud.com/document/product/1047/43088>
    RecentDelete,
    "recentcontact",
    "delete",
    RecentDeleteRequest,
    Empty
);

// ---------------------------------------------------------------- create_contact_group

/// A conversation: `Type` 1 with `To_Account`, or 2 with `ToGroupId`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ContactItem {
    #[serde(rename = "Type")]
    pub kind: u8,
    #[serde(
        rename = "To_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub to_account: Option<String>,
    #[serde(rename = "ToGroupId", default, skip_serializing_if = "Option::is_none")]
    pub to_group_id: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupContactItem {
    #[serde(rename = "GroupName")]
    pub group_name: String,
    #[serde(rename = "ContactItem")]
    pub contact_item: Vec<ContactItem>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CreateContactGroupRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "GroupContactItem")]
    pub group_contact_item: Vec<GroupContactItem>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupItem {
    #[serde(rename = "GroupName", default)]
    pub group_name: String,
    #[serde(rename = "GroupId", default)]
    pub group_id: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ContactResult {
    #[serde(rename = "ContactItem", default)]
    pub contact_item: ContactItem,
    #[serde(rename = "ResultCode", default)]
    pub result_code: i64,
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupResultItem {
    #[serde(rename = "GroupItem", default)]
    pub group_item: GroupItem,
    #[serde(rename = "ResultItem", default)]
    pub result_item: Vec<ContactResult>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CreateContactGroupResponse {
    #[serde(rename = "GroupResultItem", default)]
    pub group_result_item: Vec<GroupResultItem>,
}

endpoint!(
    /// Creates a conversation group with its conversations.
    ///
    /// Ultimate edition (51013); one group per call; <= 20 groups per user; group name <= 32 B; <=
    /// 1,000 conversations in groups
    /// <https://www.tencentcloud.com/document/product/1047/53437>
    CreateContactGroup,
    "recentcontact",
    "create_contact_group",
    CreateContactGroupRequest,
    CreateContactGroupResponse
);

// ---------------------------------------------------------------- del_contact_group

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DelContactGroupRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "GroupName")]
    pub group_name: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DelContactGroupResponse {
    #[serde(rename = "GroupItem", default)]
    pub group_item: Vec<GroupItem>,
}

endpoint!(
    /// Deletes a conversation group.
    ///
    /// Ultimate edition; one group per call
    /// <https://www.tencentcloud.com/document/product/1047/53441>
    DelContactGroup,
    "recentcontact",
    "del_contact_group",
    DelContactGroupRequest,
    DelContactGroupResponse
);

// ---------------------------------------------------------------- update_contact_group

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ContactUpdateItem {
    /// 1 add, 2 remove.
    #[serde(rename = "ContactOptType")]
    pub contact_opt_type: u8,
    #[serde(rename = "ContactItem")]
    pub contact_item: ContactItem,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpdateGroup {
    /// 1 rename, 2 add or remove conversations.
    #[serde(rename = "UpdateGroupType")]
    pub update_group_type: u8,
    #[serde(rename = "OldGroupName")]
    pub old_group_name: String,
    #[serde(
        rename = "ContactUpdateItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_update_item: Option<Vec<ContactUpdateItem>>,
    #[serde(
        rename = "NewGroupName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub new_group_name: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpdateContactGroupRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "UpdateType")]
    pub update_type: u8,
    #[serde(rename = "UpdateGroup")]
    pub update_group: UpdateGroup,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ContactResultItem {
    #[serde(rename = "ContactOptType", default)]
    pub contact_opt_type: u8,
    #[serde(rename = "ContactItem", default)]
    pub contact_item: ContactItem,
    #[serde(rename = "ResultCode", default)]
    pub result_code: i64,
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpdateGroupResult {
    #[serde(rename = "UpdateGroupType", default)]
    pub update_group_type: u8,
    #[serde(rename = "GroupName", default)]
    pub group_name: String,
    #[serde(rename = "GroupId", default)]
    pub group_id: u64,
    #[serde(
        rename = "OldGroupName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub old_group_name: Option<String>,
    #[serde(
        rename = "ContactResultItem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_result_item: Option<Vec<ContactResultItem>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpdateContactGroupResponse {
    #[serde(rename = "UpdateType", default)]
    pub update_type: u8,
    #[serde(rename = "UpdateGroupResult", default)]
    pub update_group_result: UpdateGroupResult,
}

endpoint!(
    /// Renames a conversation group or adds and removes its conversations.
    ///
    /// Ultimate edition; UpdateGroupType 1 rename, 2 add/remove conversations (ContactOptType 1
    /// add, 2 remove)
    /// <https://www.tencentcloud.com/document/product/1047/53439>
    UpdateContactGroup,
    "recentcontact",
    "update_contact_group",
    UpdateContactGroupRequest,
    UpdateContactGroupResponse
);

// ---------------------------------------------------------------- search_contact_group

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SearchContactGroupRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "ContactItem")]
    pub contact_item: Vec<ContactItem>,
}

/// A conversation with its marks and the contact groups it is in.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ContactInfo {
    #[serde(rename = "Type", default)]
    pub kind: u8,
    #[serde(
        rename = "To_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub to_account: Option<String>,
    /// 64 bits as a bit string; bits 1-4 are Chat's (favourite, unread, folded, hidden).
    #[serde(rename = "StandardMark", default)]
    pub standard_mark: String,
    #[serde(
        rename = "CustomMark",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_mark: Option<String>,
    #[serde(
        rename = "ContactGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_group_id: Option<Vec<u64>>,
    #[serde(rename = "Timestamp", default)]
    pub timestamp: i64,
    #[serde(rename = "ToGroupId", default, skip_serializing_if = "Option::is_none")]
    pub to_group_id: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SearchContactGroupResponse {
    #[serde(rename = "ContactResultItem", default)]
    pub contact_result_item: Vec<ContactInfo>,
    #[serde(rename = "GroupItem", default)]
    pub group_item: Vec<GroupItem>,
}

endpoint!(
    /// The marks and groups of the given conversations.
    ///
    /// ContactItem <= 300 conversations per call
    /// <https://www.tencentcloud.com/document/product/1047/53442>
    SearchContactGroup,
    "recentcontact",
    "search_contact_group",
    SearchContactGroupRequest,
    SearchContactGroupResponse
);

// ---------------------------------------------------------------- get_contact_group

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetContactGroupRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "StartIndex")]
    pub start_index: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetContactGroupResponse {
    #[serde(rename = "ContactItem", default)]
    pub contact_item: Vec<ContactInfo>,
    #[serde(rename = "GroupItem", default)]
    pub group_item: Vec<GroupItem>,
    #[serde(rename = "CompleteFlag", default)]
    pub complete_flag: u8,
    #[serde(rename = "NextStartIndex", default)]
    pub next_start_index: u32,
}

endpoint!(
    /// One page of a user's marked and grouped conversations.
    ///
    /// Paged by StartIndex (NextStartIndex; CompleteFlag 1 = done)
    /// <https://www.tencentcloud.com/document/product/1047/53440>
    GetContactGroup,
    "recentcontact",
    "get_contact_group",
    GetContactGroupRequest,
    GetContactGroupResponse
);

// ---------------------------------------------------------------- mark_contact

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MarkItem {
    /// 1 standard marks, 2 the custom mark, 3 both.
    #[serde(rename = "OptType")]
    pub opt_type: u8,
    #[serde(rename = "ContactItem")]
    pub contact_item: ContactItem,
    /// Bit numbers of the standard mark.
    #[serde(rename = "SetMark", default, skip_serializing_if = "Option::is_none")]
    pub set_mark: Option<Vec<u32>>,
    #[serde(
        rename = "CustomMark",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_mark: Option<String>,
    #[serde(rename = "ClearMark", default, skip_serializing_if = "Option::is_none")]
    pub clear_mark: Option<Vec<u32>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MarkContactRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "MarkItem")]
    pub mark_item: Vec<MarkItem>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MarkContactResultItem {
    #[serde(rename = "OptType", default)]
    pub opt_type: u8,
    #[serde(rename = "ContactItem", default)]
    pub contact_item: ContactItem,
    #[serde(rename = "ResultCode", default)]
    pub result_code: i64,
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MarkContactResponse {
    #[serde(rename = "ResultItem", default)]
    pub result_item: Vec<MarkContactResultItem>,
}

endpoint!(
    /// Sets or clears conversation marks.
    ///
    /// MarkItem <= 100 per call; CustomMark <= 256 B; standard marks need the Ultimate edition,
    /// custom marks do not
    /// <https://www.tencentcloud.com/document/product/1047/53438>
    MarkContact,
    "recentcontact",
    "mark_contact",
    MarkContactRequest,
    MarkContactResponse
);
