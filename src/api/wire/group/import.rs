//! Moving an app in (spec §4.12, §5.18): import groups, members and messages with their
//! original times, and set a member's unread count.

use serde::{Deserialize, Serialize};

use super::KeyValue;
use crate::api::wire::message::MsgElem;
use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- import_group

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportGroupRequest {
    #[serde(
        rename = "Owner_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub owner_account: Option<String>,
    /// `Public`, `Private`, `ChatRoom` or `Community` (no AVChatRoom).
    #[serde(rename = "Type")]
    pub group_type: String,
    #[serde(rename = "Name")]
    pub name: String,
    /// The original creation time, Unix seconds; absent: now.
    #[serde(
        rename = "CreateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<i64>,
    /// 1: a topic-enabled Community.
    #[serde(
        rename = "SupportTopic",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub support_topic: Option<u8>,
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
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
        skip_serializing_if = "Option::is_none"
    )]
    pub app_defined_data: Option<Vec<KeyValue>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportGroupResponse {
    #[serde(rename = "GroupId", default)]
    pub group_id: String,
}

endpoint!(
    /// Imports a group with its original creation time; no callbacks.
    ///
    /// Type Public/Private/ChatRoom/Community (no AVChatRoom: 10007); Name <= 30 B, Introduction <=
    /// 240 B, Notification <= 300 B, FaceUrl <= 100 B
    /// <https://www.tencentcloud.com/document/product/1047/34967>
    ImportGroup,
    "group_open_http_svc",
    "import_group",
    ImportGroupRequest,
    ImportGroupResponse
);

// ---------------------------------------------------------------- import_group_member

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportMember {
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// Only `"Admin"`; absent: an ordinary member.
    #[serde(rename = "Role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Unix seconds, after the group's creation and before now.
    #[serde(rename = "JoinTime", default, skip_serializing_if = "Option::is_none")]
    pub join_time: Option<i64>,
    #[serde(
        rename = "UnreadMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unread_msg_num: Option<u32>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportGroupMemberRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "MemberList")]
    pub member_list: Vec<ImportMember>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportMemberResult {
    #[serde(rename = "Member_Account", default)]
    pub member_account: String,
    /// 0 failed, 1 imported, 2 already a member.
    #[serde(rename = "Result", default)]
    pub result: u8,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportGroupMemberResponse {
    #[serde(rename = "MemberList", default)]
    pub member_list: Vec<ImportMemberResult>,
}

endpoint!(
    /// Imports members with their join times.
    ///
    /// MemberList <= 300 per call; not for AVChatRoom (10007); JoinTime after group creation and
    /// before now
    /// <https://www.tencentcloud.com/document/product/1047/34969>
    ImportGroupMember,
    "group_open_http_svc",
    "import_group_member",
    ImportGroupMemberRequest,
    ImportGroupMemberResponse
);

// ---------------------------------------------------------------- import_group_msg

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportGroupMsgItem {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// Unix seconds, strictly ascending, after the newest stored message.
    #[serde(rename = "SendTime")]
    pub send_time: i64,
    #[serde(rename = "Random", default, skip_serializing_if = "Option::is_none")]
    pub random: Option<u32>,
    #[serde(rename = "MsgBody")]
    pub msg_body: Vec<MsgElem>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportGroupMsgRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// 1: update the members' conversation lists.
    #[serde(
        rename = "RecentContactFlag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recent_contact_flag: Option<u8>,
    #[serde(rename = "MsgList")]
    pub msg_list: Vec<ImportGroupMsgItem>,
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportMsgResult {
    #[serde(rename = "MsgSeq", default)]
    pub msg_seq: u64,
    #[serde(rename = "MsgTime", default)]
    pub msg_time: i64,
    /// 0 imported, 10004 bad send time, 80002 body over 12,000 B.
    #[serde(rename = "Result", default)]
    pub result: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportGroupMsgResponse {
    #[serde(rename = "ImportMsgResult", default)]
    pub import_msg_result: Vec<ImportMsgResult>,
}

endpoint!(
    /// Imports group messages with their send times.
    ///
    /// <= 7 messages per call (older page text and the usage-limits page: 20); ascending SendTime,
    /// after group creation and after the newest message, before now; not for AVChatRoom
    /// <https://www.tencentcloud.com/document/product/1047/34968>
    ImportGroupMsg,
    "group_open_http_svc",
    "import_group_msg",
    ImportGroupMsgRequest,
    ImportGroupMsgResponse
);

// ---------------------------------------------------------------- set_unread_msg_num

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SetUnreadMsgNumRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    #[serde(rename = "UnreadMsgNum")]
    pub unread_msg_num: u32,
}

endpoint!(
    /// Sets one member's unread count.
    ///
    /// One member per call; Private/Public/Community only (ChatRoom and AVChatRoom: ignored without
    /// error)
    /// <https://www.tencentcloud.com/document/product/1047/34909>
    SetUnreadMsgNum,
    "group_open_http_svc",
    "set_unread_msg_num",
    SetUnreadMsgNumRequest,
    Empty
);
