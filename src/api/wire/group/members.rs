//! Members: add, remove, read, change, mute.

use serde::{Deserialize, Serialize};

use super::*;
use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- add / delete members

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MemberAccount {
    #[serde(rename = "Member_Account")]
    pub member_account: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AddGroupMemberRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// 1: no system notification to the group.
    #[serde(rename = "Silence", default, skip_serializing_if = "Option::is_none")]
    pub silence: Option<u8>,
    #[serde(rename = "MemberList")]
    pub member_list: Vec<MemberAccount>,
}

/// `Result` of one member: 0 failed, 1 added, 2 already a member, 3 waiting for approval.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AddResult {
    #[serde(rename = "Member_Account", default)]
    pub member_account: String,
    #[serde(rename = "Result", default)]
    pub result: u8,
}

pub const ADD_FAILED: u8 = 0;
pub const ADD_ADDED: u8 = 1;
pub const ADD_ALREADY_MEMBER: u8 = 2;
pub const ADD_WAITING: u8 = 3;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AddGroupMemberResponse {
    #[serde(rename = "MemberList", default)]
    pub member_list: Vec<AddResult>,
}

endpoint!(
    /// Adds members (not to AVChatRoom).
    AddGroupMember,
    "group_open_http_svc",
    "add_group_member",
    AddGroupMemberRequest,
    AddGroupMemberResponse
);

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeleteGroupMemberRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Silence", default, skip_serializing_if = "Option::is_none")]
    pub silence: Option<u8>,
    #[serde(rename = "Reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "MemberToDel_Account")]
    pub member_to_del_account: Vec<String>,
}

endpoint!(
    /// Removes members; succeeds for users who were not members.
    DeleteGroupMember,
    "group_open_http_svc",
    "delete_group_member",
    DeleteGroupMemberRequest,
    Empty
);

// ---------------------------------------------------------------- get_group_member_info

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupMemberInfoRequest {
    #[serde(rename = "GroupId", default, skip_serializing_if = "String::is_empty")]
    pub group_id: String,
    #[serde(
        rename = "MemberInfoFilter",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub member_info_filter: Vec<String>,
    #[serde(
        rename = "MemberRoleFilter",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub member_role_filter: Vec<String>,
    #[serde(
        rename = "AppDefinedDataFilter_GroupMember",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub app_defined_data_filter_group_member: Vec<String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Non-Community groups.
    #[serde(rename = "Offset", default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u32>,
    /// Community groups: "" first, stop when the answer's `Next` is "".
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupMemberInfoResponse {
    #[serde(rename = "MemberNum", default, skip_serializing_if = "Option::is_none")]
    pub member_num: Option<u64>,
    #[serde(rename = "MemberList", default)]
    pub member_list: Vec<MemberInfo>,
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

endpoint!(
    /// A page of a group's members.
    GetGroupMemberInfo,
    "group_open_http_svc",
    "get_group_member_info",
    GetGroupMemberInfoRequest,
    GetGroupMemberInfoResponse
);

// ---------------------------------------------------------------- modify_group_member_info

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ModifyGroupMemberInfoRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `Admin` or `Member`.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: Option<String>,
    #[serde(rename = "NameCard", default, skip_serializing_if = "Option::is_none")]
    pub name_card: Option<String>,
    #[serde(
        rename = "AppMemberDefinedData",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub app_member_defined_data: Vec<KeyValue>,
    /// Seconds; 0 lifts the mute.
    #[serde(rename = "MuteTime", default, skip_serializing_if = "Option::is_none")]
    pub mute_time: Option<u32>,
}

endpoint!(
    /// Changes one member: role, message flag, name card, custom fields, mute.
    ModifyGroupMemberInfo,
    "group_open_http_svc",
    "modify_group_member_info",
    ModifyGroupMemberInfoRequest,
    Empty
);

// ---------------------------------------------------------------- forbid_send_msg

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ForbidSendMsgRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// At most 500.
    #[serde(rename = "Members_Account")]
    pub members_account: Vec<String>,
    /// Seconds; 0 lifts the mute.
    #[serde(rename = "MuteTime")]
    pub mute_time: u32,
}

endpoint!(
    /// Mutes (or unmutes) members of a group.
    ForbidSendMsg,
    "group_open_http_svc",
    "forbid_send_msg",
    ForbidSendMsgRequest,
    Empty
);
