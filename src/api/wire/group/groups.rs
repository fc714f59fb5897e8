//! Groups themselves: list, create, info, modify, disband, the groups a user is in, owner.

use serde::{Deserialize, Serialize};

use super::*;
use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- get_appid_group_list

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetAppidGroupListRequest {
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 0 on the first call, then the `Next` of the previous answer.
    #[serde(rename = "Next", default, skip_serializing_if = "Option::is_none")]
    pub next: Option<u64>,
    #[serde(rename = "GroupType", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupIdItem {
    #[serde(rename = "GroupId", default)]
    pub group_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetAppidGroupListResponse {
    /// All groups of the type, whatever the paging.
    #[serde(rename = "TotalCount", default)]
    pub total_count: u64,
    #[serde(rename = "GroupIdList", default)]
    pub group_id_list: Vec<GroupIdItem>,
    /// 0 when there is nothing more; a large 64-bit number otherwise.
    #[serde(rename = "Next", default)]
    pub next: u64,
}

endpoint!(
    /// Every group of the app, a page at a time; 1 call a second.
    GetAppidGroupList,
    "group_open_http_svc",
    "get_appid_group_list",
    GetAppidGroupListRequest,
    GetAppidGroupListResponse
);

// ---------------------------------------------------------------- create_group

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct NewMember {
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `Admin`, or absent for an ordinary member.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(
        rename = "AppMemberDefinedData",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub app_member_defined_data: Vec<KeyValue>,
}

/// A group's three free texts, as create, modify and the info answers all name them (spec §4.1
/// limits: 240, 300 and 100 bytes).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupTexts {
    #[serde(
        rename = "Introduction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub introduction: Option<String>,
    #[serde(
        rename = "Notification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification: Option<String>,
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CreateGroupRequest {
    #[serde(
        rename = "Owner_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub owner_account: Option<String>,
    #[serde(rename = "Type")]
    pub group_type: String,
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(flatten)]
    pub texts: GroupTexts,
    #[serde(
        rename = "MaxMemberCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_member_count: Option<u32>,
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: Option<String>,
    #[serde(
        rename = "AppDefinedData",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub app_defined_data: Vec<KeyValue>,
    #[serde(rename = "MemberList", default, skip_serializing_if = "Vec::is_empty")]
    pub member_list: Vec<NewMember>,
    #[serde(
        rename = "SupportTopic",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub support_topic: Option<u8>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CreateGroupResponse {
    #[serde(rename = "GroupId", default)]
    pub group_id: String,
    #[serde(
        rename = "HugeGroupFlag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub huge_group_flag: Option<i64>,
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<String>,
}

endpoint!(
    /// A new group; prints its GroupId.
    CreateGroup,
    "group_open_http_svc",
    "create_group",
    CreateGroupRequest,
    CreateGroupResponse
);

// ---------------------------------------------------------------- get_group_info

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupInfoFilter {
    #[serde(
        rename = "GroupBaseInfoFilter",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub group_base_info_filter: Vec<String>,
    #[serde(
        rename = "MemberInfoFilter",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub member_info_filter: Vec<String>,
    #[serde(
        rename = "AppDefinedDataFilter_Group",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub app_defined_data_filter_group: Vec<String>,
    #[serde(
        rename = "AppDefinedDataFilter_GroupMember",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub app_defined_data_filter_group_member: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupInfoRequest {
    /// At most 50.
    #[serde(rename = "GroupIdList")]
    pub group_id_list: Vec<String>,
    #[serde(
        rename = "ResponseFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_filter: Option<GroupInfoFilter>,
}

/// A member as `get_group_info` and `get_group_member_info` describe it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MemberInfo {
    #[serde(rename = "Member_Account", default)]
    pub member_account: String,
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(rename = "JoinTime", default, skip_serializing_if = "Option::is_none")]
    pub join_time: Option<i64>,
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
    #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: Option<String>,
    #[serde(
        rename = "LastSendMsgTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_send_msg_time: Option<i64>,
    /// 0 when not muted, else the unix time the mute ends.
    #[serde(rename = "MuteUntil", default, skip_serializing_if = "Option::is_none")]
    pub mute_until: Option<i64>,
    #[serde(rename = "NameCard", default, skip_serializing_if = "Option::is_none")]
    pub name_card: Option<String>,
    #[serde(
        rename = "AppMemberDefinedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_member_defined_data: Option<Vec<KeyValue>>,
}

/// The base information of a group as `get_group_info` and `get_joined_group_list` both answer
/// it (each field only when asked for).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupBase {
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<String>,
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(flatten)]
    pub texts: GroupTexts,
    #[serde(
        rename = "Owner_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub owner_account: Option<String>,
    #[serde(
        rename = "CreateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<i64>,
    #[serde(
        rename = "LastInfoTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_info_time: Option<i64>,
    #[serde(
        rename = "LastMsgTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_msg_time: Option<i64>,
    #[serde(
        rename = "NextMsgSeq",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_msg_seq: Option<u64>,
    #[serde(rename = "MemberNum", default, skip_serializing_if = "Option::is_none")]
    pub member_num: Option<u64>,
    #[serde(
        rename = "MaxMemberNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_member_num: Option<u64>,
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: Option<String>,
    /// `On` or `Off`.
    #[serde(
        rename = "MuteAllMember",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mute_all_member: Option<String>,
}

/// One group of `get_group_info`: check its own `ErrorCode`, the top-level one says nothing.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupInfo {
    #[serde(rename = "GroupId", default)]
    pub group_id: String,
    #[serde(rename = "ErrorCode", default)]
    pub error_code: i64,
    #[serde(rename = "ErrorInfo", default)]
    pub error_info: String,
    #[serde(flatten)]
    pub base: GroupBase,
    #[serde(rename = "Appid", default, skip_serializing_if = "Option::is_none")]
    pub appid: Option<u64>,
    #[serde(
        rename = "AppDefinedData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_defined_data: Option<Vec<KeyValue>>,
    #[serde(
        rename = "MemberList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub member_list: Option<Vec<MemberInfo>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupInfoResponse {
    #[serde(rename = "GroupInfo", default)]
    pub group_info: Vec<GroupInfo>,
}

endpoint!(
    /// Up to 50 groups' profiles (and members).
    GetGroupInfo,
    "group_open_http_svc",
    "get_group_info",
    GetGroupInfoRequest,
    GetGroupInfoResponse
);

// ---------------------------------------------------------------- modify_group_base_info

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ModifyGroupBaseInfoRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(flatten)]
    pub texts: GroupTexts,
    /// *Num* here, *Count* in create_group.
    #[serde(
        rename = "MaxMemberNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_member_num: Option<u32>,
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: Option<String>,
    #[serde(
        rename = "MuteAllMember",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mute_all_member: Option<String>,
    #[serde(
        rename = "AppDefinedData",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub app_defined_data: Vec<KeyValue>,
}

endpoint!(
    /// Changes a group's profile.
    ModifyGroupBaseInfo,
    "group_open_http_svc",
    "modify_group_base_info",
    ModifyGroupBaseInfoRequest,
    Empty
);

// ---------------------------------------------------------------- destroy_group

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupIdRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
}

endpoint!(
    /// Disbands a group, irreversibly.
    DestroyGroup,
    "group_open_http_svc",
    "destroy_group",
    GroupIdRequest,
    Empty
);

// ---------------------------------------------------------------- get_joined_group_list

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct JoinedFilter {
    #[serde(
        rename = "GroupBaseInfoFilter",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub group_base_info_filter: Vec<String>,
    #[serde(
        rename = "SelfInfoFilter",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub self_info_filter: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetJoinedGroupListRequest {
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    #[serde(
        rename = "WithHugeGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub with_huge_groups: Option<u8>,
    #[serde(
        rename = "WithNoActiveGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub with_no_active_groups: Option<u8>,
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    #[serde(rename = "Offset", default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u32>,
    #[serde(rename = "GroupType", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<String>,
    #[serde(
        rename = "SupportTopic",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub support_topic: Option<u8>,
    #[serde(
        rename = "ResponseFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_filter: Option<JoinedFilter>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SelfInfo {
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(rename = "JoinTime", default, skip_serializing_if = "Option::is_none")]
    pub join_time: Option<i64>,
    #[serde(rename = "MsgFlag", default, skip_serializing_if = "Option::is_none")]
    pub msg_flag: Option<String>,
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u64>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct JoinedGroup {
    #[serde(rename = "GroupId", default)]
    pub group_id: String,
    #[serde(flatten)]
    pub base: GroupBase,
    #[serde(rename = "SelfInfo", default, skip_serializing_if = "Option::is_none")]
    pub self_info: Option<SelfInfo>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetJoinedGroupListResponse {
    #[serde(rename = "TotalCount", default)]
    pub total_count: u64,
    #[serde(rename = "GroupIdList", default)]
    pub group_id_list: Vec<JoinedGroup>,
}

endpoint!(
    /// The groups a user is in.
    GetJoinedGroupList,
    "group_open_http_svc",
    "get_joined_group_list",
    GetJoinedGroupListRequest,
    GetJoinedGroupListResponse
);

// ---------------------------------------------------------------- change_group_owner

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ChangeGroupOwnerRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "NewOwner_Account")]
    pub new_owner_account: String,
}

endpoint!(
    /// Hands a group to another member.
    ChangeGroupOwner,
    "group_open_http_svc",
    "change_group_owner",
    ChangeGroupOwnerRequest,
    Empty
);
