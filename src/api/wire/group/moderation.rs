//! Roles, muted members, bans and online members (spec §4.13–4.16).

use serde::{Deserialize, Serialize};

use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- get_role_in_group

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetRoleInGroupRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "User_Account")]
    pub user_account: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MemberRole {
    #[serde(rename = "Member_Account", default)]
    pub member_account: String,
    /// `Owner`, `Admin`, `Member` or `NotMember` (not an error).
    #[serde(rename = "Role", default)]
    pub role: String,
}

pub const ROLE_NOT_MEMBER: &str = "NotMember";
pub const ROLE_OWNER: &str = "Owner";

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetRoleInGroupResponse {
    #[serde(rename = "UserIdList", default)]
    pub user_id_list: Vec<MemberRole>,
}

endpoint!(
    /// Users' roles in a group.
    ///
    /// User_Account <= 500 per call; AVChatRoom returns 10007
    /// <https://www.tencentcloud.com/document/product/1047/34963>
    GetRoleInGroup,
    "group_open_http_svc",
    "get_role_in_group",
    GetRoleInGroupRequest,
    GetRoleInGroupResponse
);

// ---------------------------------------------------------------- get_group_muted_account

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupMutedAccountRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// Topic-enabled Communities: that topic's muted members.
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MutedAccount {
    #[serde(rename = "Member_Account", default)]
    pub member_account: String,
    /// Unix seconds.
    #[serde(rename = "MutedUntil", default)]
    pub muted_until: i64,
}

/// `get_group_shutted_uin`'s item, the older revision of `MutedAccount`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ShuttedUin {
    #[serde(rename = "Member_Account", default)]
    pub member_account: String,
    #[serde(rename = "ShuttedUntil", default)]
    pub shutted_until: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupMutedAccountResponse {
    #[serde(rename = "GroupId", default)]
    pub group_id: String,
    #[serde(
        rename = "MutedAccountList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub muted_account_list: Option<Vec<MutedAccount>>,
    /// The older revision's name for the list (`ShuttedUntil` for `MutedUntil`).
    #[serde(
        rename = "ShuttedUinList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shutted_uin_list: Option<Vec<ShuttedUin>>,
}

endpoint!(
    /// A group's muted members and until when.
    ///
    /// All group types incl. AVChatRoom; TopicId optional (topic-enabled Community)
    /// <https://www.tencentcloud.com/document/product/1047/34964>
    GetGroupMutedAccount,
    "group_open_http_svc",
    "get_group_muted_account",
    GetGroupMutedAccountRequest,
    GetGroupMutedAccountResponse
);

// ---------------------------------------------------------------- get_group_shutted_uin

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupShuttedUinRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupShuttedUinResponse {
    #[serde(rename = "GroupId", default)]
    pub group_id: String,
    #[serde(rename = "ShuttedUinList", default)]
    pub shutted_uin_list: Vec<ShuttedUin>,
}

endpoint!(
    /// The older path of `get_group_muted_account`, with its older field names.
    ///
    /// Legacy name of get_group_muted_account
    /// <https://www.tencentcloud.com/document/product/1047/34964>
    GetGroupShuttedUin,
    "group_open_http_svc",
    "get_group_shutted_uin",
    GetGroupShuttedUinRequest,
    GetGroupShuttedUinResponse
);

// ---------------------------------------------------------------- ban_group_member

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BanGroupMemberRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Members_Account")]
    pub members_account: Vec<String>,
    /// Seconds.
    #[serde(rename = "Duration")]
    pub duration: u32,
    #[serde(
        rename = "Description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
}

endpoint!(
    /// Bans members from an AVChatRoom for a time.
    ///
    /// AVChatRoom only; Members_Account <= 20 per call; Description <= 1,000 bytes; Duration u32
    /// seconds; Ultimate edition + console switch
    /// <https://www.tencentcloud.com/document/product/1047/50296>
    BanGroupMember,
    "group_open_http_svc",
    "ban_group_member",
    BanGroupMemberRequest,
    Empty
);

// ---------------------------------------------------------------- unban_group_member

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UnbanGroupMemberRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Members_Account")]
    pub members_account: Vec<String>,
}

endpoint!(
    /// Lifts AVChatRoom bans.
    ///
    /// AVChatRoom only; Members_Account <= 20 per call
    /// <https://www.tencentcloud.com/document/product/1047/50297>
    UnbanGroupMember,
    "group_open_http_svc",
    "unban_group_member",
    UnbanGroupMemberRequest,
    Empty
);

// ---------------------------------------------------------------- get_group_ban_member

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupBanMemberRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 0 first, then `NextOffset`.
    #[serde(rename = "Offset")]
    pub offset: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BannedAccount {
    #[serde(rename = "BannedUntil", default)]
    pub banned_until: i64,
    #[serde(rename = "Member_Account", default)]
    pub member_account: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupBanMemberResponse {
    #[serde(rename = "BannedAccountList", default)]
    pub banned_account_list: Vec<BannedAccount>,
    /// 0: done.
    #[serde(rename = "NextOffset", default)]
    pub next_offset: u32,
}

endpoint!(
    /// One page of an AVChatRoom's banned members.
    ///
    /// AVChatRoom only; Limit <= 100 per page; Offset paging (NextOffset 0 = done)
    /// <https://www.tencentcloud.com/document/product/1047/50295>
    GetGroupBanMember,
    "group_open_http_svc",
    "get_group_ban_member",
    GetGroupBanMemberRequest,
    GetGroupBanMemberResponse
);

// ---------------------------------------------------------------- get_online_member_num

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetOnlineMemberNumRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetOnlineMemberNumResponse {
    #[serde(rename = "OnlineMemberNum", default)]
    pub online_member_num: u32,
}

endpoint!(
    /// How many members of an AVChatRoom are online.
    ///
    /// AVChatRoom only; count refreshed every 10 s
    /// <https://www.tencentcloud.com/document/product/1047/38521>
    GetOnlineMemberNum,
    "group_open_http_svc",
    "get_online_member_num",
    GetOnlineMemberNumRequest,
    GetOnlineMemberNumResponse
);

// ---------------------------------------------------------------- get_members

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetAvChatRoomMembersRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// 0 first, then `NextTimestamp`.
    #[serde(rename = "Timestamp")]
    pub timestamp: i64,
    /// Only members with this mark (in a sample, not in the field table).
    #[serde(rename = "Mark", default, skip_serializing_if = "Option::is_none")]
    pub mark: Option<u32>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct OnlineMember {
    #[serde(rename = "JoinTime", default)]
    pub join_time: i64,
    #[serde(rename = "Member_Account", default)]
    pub member_account: String,
    #[serde(rename = "NickName", default)]
    pub nick_name: String,
    #[serde(rename = "Avatar", default)]
    pub avatar: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetAvChatRoomMembersResponse {
    #[serde(rename = "MemberList", default)]
    pub member_list: Vec<OnlineMember>,
    /// 0: all returned.
    #[serde(rename = "NextTimestamp", default)]
    pub next_timestamp: i64,
}

endpoint!(
    /// One page of an AVChatRoom's online members.
    ///
    /// AVChatRoom (newer pages: also Community); Timestamp paging (0 first; NextTimestamp 0 =
    /// done); at most the 1,000 latest online members
    /// <https://www.tencentcloud.com/document/product/1047/50293>
    GetAvChatRoomMembers,
    "group_open_avchatroom_http_svc",
    "get_members",
    GetAvChatRoomMembersRequest,
    GetAvChatRoomMembersResponse
);
