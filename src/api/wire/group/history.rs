//! Group message history (spec §5.14–5.17): read, recall, delete by sender, modify.

use serde::{Deserialize, Serialize};

use crate::api::wire::message::MsgElem;
use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- group_msg_get_simple

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupMsgGetSimpleRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "ReqMsgNumber")]
    pub req_msg_number: u32,
    /// The newest seq wanted; absent: the latest. Next page: the smallest seq returned - 1.
    #[serde(rename = "ReqMsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub req_msg_seq: Option<u64>,
    /// 1: include recalled messages.
    #[serde(
        rename = "WithRecalledMsg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub with_recalled_msg: Option<u8>,
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RspMsg {
    #[serde(rename = "From_Account", default)]
    pub from_account: String,
    /// 0 normal; 1 deleted or expired (empty `MsgBody`); 2 recalled.
    #[serde(rename = "IsPlaceMsg", default)]
    pub is_place_msg: u8,
    #[serde(rename = "MsgBody", default)]
    pub msg_body: Vec<MsgElem>,
    /// 1 High, 2 Normal, 3 Low, 4 Lowest.
    #[serde(rename = "MsgPriority", default)]
    pub msg_priority: u8,
    #[serde(rename = "MsgRandom", default)]
    pub msg_random: u32,
    #[serde(rename = "MsgSeq", default)]
    pub msg_seq: u64,
    #[serde(rename = "MsgTimeStamp", default)]
    pub msg_time_stamp: i64,
    /// 1: a system message.
    #[serde(
        rename = "IsSystemMsg",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_system_msg: Option<u8>,
    /// Modelled by doocs/qcloud-im-server-sdk-java, not in the samples.
    #[serde(rename = "MsgKey", default, skip_serializing_if = "Option::is_none")]
    pub msg_key: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupMsgGetSimpleResponse {
    #[serde(rename = "GroupId", default)]
    pub group_id: String,
    /// 1 all returned; 0 not all; 2 not all and the rest expired.
    #[serde(rename = "IsFinished", default)]
    pub is_finished: u8,
    /// `RspMsgList` in the samples; only the EN field table says `MsgList`.
    #[serde(rename = "RspMsgList", alias = "MsgList", default)]
    pub rsp_msg_list: Vec<RspMsg>,
}

endpoint!(
    /// One page of a group's message history, newest first.
    ///
    /// ReqMsgNumber <= 20 per call; not for AVChatRoom
    /// <https://www.tencentcloud.com/document/product/1047/34971>
    GroupMsgGetSimple,
    "group_open_http_svc",
    "group_msg_get_simple",
    GroupMsgGetSimpleRequest,
    GroupMsgGetSimpleResponse
);

// ---------------------------------------------------------------- group_msg_recall

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MsgSeqItem {
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupMsgRecallRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "MsgSeqList")]
    pub msg_seq_list: Vec<MsgSeqItem>,
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// Sent by doocs/qcloud-im-server-sdk-java; not on the official pages.
    #[serde(rename = "Reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RecallRet {
    #[serde(rename = "MsgSeq", default)]
    pub msg_seq: u64,
    /// 0 recalled; else e.g. 10030 not found, 10031 too old, 10032 not recallable.
    #[serde(rename = "RetCode", default)]
    pub ret_code: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupMsgRecallResponse {
    #[serde(rename = "RecallRetList", default)]
    pub recall_ret_list: Vec<RecallRet>,
}

endpoint!(
    /// Recalls group messages by sequence number.
    ///
    /// MsgSeqList <= 10 seqs per call; only messages still in roaming storage; AVChatRoom: No in
    /// the 2024 snapshot, Yes on newer pages (SDK >= 7.4.4634 / Web 3.1.2)
    /// <https://www.tencentcloud.com/document/product/1047/34965>
    GroupMsgRecall,
    "group_open_http_svc",
    "group_msg_recall",
    GroupMsgRecallRequest,
    GroupMsgRecallResponse
);

// ---------------------------------------------------------------- delete_group_msg_by_sender

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeleteGroupMsgBySenderRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "Sender_Account")]
    pub sender_account: String,
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

endpoint!(
    /// Silently recalls one sender's recent messages in a group.
    ///
    /// Acts on the last 1,000 messages of the group; silent (clients are not notified); AVChatRoom:
    /// no effect, no error
    /// <https://www.tencentcloud.com/document/product/1047/34970>
    DeleteGroupMsgBySender,
    "group_open_http_svc",
    "delete_group_msg_by_sender",
    DeleteGroupMsgBySenderRequest,
    Empty
);

// ---------------------------------------------------------------- modify_group_msg

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ModifyGroupMsgRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Option::is_none")]
    pub msg_body: Option<Vec<MsgElem>>,
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: Option<String>,
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
}

endpoint!(
    /// Rewrites a stored group message's body or cloud data.
    ///
    /// MsgBody and/or CloudCustomData replace the stored values; not for AVChatRoom; cannot be
    /// undone
    /// <https://www.tencentcloud.com/document/product/1047/47948>
    ModifyGroupMsg,
    "openim",
    "modify_group_msg",
    ModifyGroupMsgRequest,
    Empty
);
