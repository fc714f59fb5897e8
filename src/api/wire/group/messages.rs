//! Group messages and system notifications.

use serde::{Deserialize, Serialize};

use crate::api::wire::message::MessageCommon;
use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- send_group_msg

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SendGroupMsgRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// Deduplicates: the same content and `Random` within 5 minutes is delivered once.
    #[serde(rename = "Random")]
    pub random: u32,
    #[serde(
        rename = "MsgPriority",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub msg_priority: Option<String>,
    #[serde(
        rename = "OnlineOnlyFlag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub online_only_flag: Option<u8>,
    #[serde(rename = "To_Account", default, skip_serializing_if = "Vec::is_empty")]
    pub to_account: Vec<String>,
    #[serde(rename = "GroupAtInfo", default, skip_serializing_if = "Vec::is_empty")]
    pub group_at_info: Vec<serde_json::Value>,
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    #[serde(flatten)]
    pub common: MessageCommon,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SendGroupMsgResponse {
    #[serde(rename = "MsgTime", default)]
    pub msg_time: i64,
    #[serde(rename = "MsgSeq", default)]
    pub msg_seq: u64,
    /// Set when the message was dropped, e.g. `MsgFreqCtrl` (over 40 a second).
    #[serde(
        rename = "MsgDropReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub msg_drop_reason: Option<String>,
}

endpoint!(
    /// One message to a group.
    SendGroupMsg,
    "group_open_http_svc",
    "send_group_msg",
    SendGroupMsgRequest,
    SendGroupMsgResponse
);

// ---------------------------------------------------------------- send_group_system_notification

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SendGroupSystemNotificationRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// Empty: every member. At most 500.
    #[serde(
        rename = "ToMembers_Account",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub to_members_account: Vec<String>,
    #[serde(rename = "Content")]
    pub content: String,
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

endpoint!(
    /// A system notification to a group's members.
    SendGroupSystemNotification,
    "group_open_http_svc",
    "send_group_system_notification",
    SendGroupSystemNotificationRequest,
    Empty
);
