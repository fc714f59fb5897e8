//! `openim/sendmsg` and `openim/batchsendmsg` (spec §5.1–5.4): C2C messages with their
//! `MsgBody` and `OfflinePushInfo`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::endpoint;

/// One element of `MsgBody`: `TIMTextElem` with `{"Text": ...}`, `TIMCustomElem`, ...
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MsgElem {
    #[serde(rename = "MsgType")]
    pub msg_type: String,
    #[serde(rename = "MsgContent")]
    pub msg_content: Map<String, Value>,
}

impl MsgElem {
    pub fn text(text: &str) -> Self {
        let mut content = Map::new();
        content.insert("Text".into(), Value::String(text.into()));
        MsgElem {
            msg_type: "TIMTextElem".into(),
            msg_content: content,
        }
    }
}

/// Spec §5.2. `AndroidInfo` and `ApnsInfo` pass through as given.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct OfflinePushInfo {
    /// 0 push normally, 1 no offline push.
    #[serde(rename = "PushFlag", default, skip_serializing_if = "Option::is_none")]
    pub push_flag: Option<u8>,
    #[serde(rename = "Title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The notification text; a lone custom element without it pushes nothing.
    #[serde(rename = "Desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    #[serde(rename = "Ext", default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    #[serde(
        rename = "AndroidInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub android_info: Option<Value>,
    #[serde(rename = "ApnsInfo", default, skip_serializing_if = "Option::is_none")]
    pub apns_info: Option<Value>,
}

/// The fields sendmsg and batchsendmsg share.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MsgFields {
    /// 1 sync to the sender's devices, 2 do not.
    #[serde(
        rename = "SyncOtherMachine",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sync_other_machine: Option<u8>,
    /// The sender; absent = the admin.
    #[serde(
        rename = "From_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub from_account: Option<String>,
    #[serde(
        rename = "MsgLifeTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub msg_life_time: Option<u32>,
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u32>,
    /// Deduplicates within a second.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    #[serde(
        rename = "ForbidCallbackControl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub forbid_callback_control: Option<Vec<String>>,
    #[serde(
        rename = "SendMsgControl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub send_msg_control: Option<Vec<String>>,
    #[serde(rename = "MsgBody")]
    pub msg_body: Vec<MsgElem>,
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: Option<String>,
    #[serde(
        rename = "SupportMessageExtension",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub support_message_extension: Option<u8>,
    #[serde(
        rename = "OfflinePushInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub offline_push_info: Option<OfflinePushInfo>,
    #[serde(
        rename = "IsNeedReadReceipt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_need_read_receipt: Option<u8>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SendMsgRequest {
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(flatten)]
    pub fields: MsgFields,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SendMsgResponse {
    #[serde(rename = "MsgTime", default)]
    pub msg_time: i64,
    /// Needed to recall the message.
    #[serde(rename = "MsgKey", default)]
    pub msg_key: String,
}

endpoint!(
    /// One C2C message; does not check friendship, blocklist or mute.
    SendMsg,
    "openim",
    "sendmsg",
    SendMsgRequest,
    SendMsgResponse
);

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BatchSendMsgRequest {
    /// Up to 500 recipients.
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    #[serde(flatten)]
    pub fields: MsgFields,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SendError {
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    /// 70107 when the recipient is not imported.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BatchSendMsgResponse {
    #[serde(rename = "MsgKey", default, skip_serializing_if = "String::is_empty")]
    pub msg_key: String,
    /// Recipients that failed; a partial failure says `ActionStatus: SomeError`, ErrorCode 0.
    #[serde(rename = "ErrorList", default, skip_serializing_if = "Vec::is_empty")]
    pub error_list: Vec<SendError>,
}

endpoint!(
    /// Does not trigger callbacks.
    BatchSendMsg,
    "openim",
    "batchsendmsg",
    BatchSendMsgRequest,
    BatchSendMsgResponse
);
