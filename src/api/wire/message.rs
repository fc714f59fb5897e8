//! Messages (spec §5): the `MsgBody` element and `OfflinePushInfo` shared by C2C and group sends,
//! and `openim/sendmsg` / `openim/batchsendmsg`.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::endpoint;
use super::presence::StatusError;

/// One element of `MsgBody` (spec §5.1). `MsgContent` differs per `MsgType`, so it stays JSON.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MsgElem {
    #[serde(rename = "MsgType", default)]
    pub msg_type: String,
    #[serde(rename = "MsgContent", default)]
    pub msg_content: Value,
}

impl MsgElem {
    /// A body in one line, for tables: the text elements' `Text`, any other element as
    /// `[MsgType]`.
    pub fn summary(body: &[MsgElem]) -> String {
        let parts: Vec<String> = body
            .iter()
            .map(
                |e| match e.msg_content.get("Text").and_then(Value::as_str) {
                    Some(text) if e.msg_type == "TIMTextElem" => text.to_string(),
                    _ => format!("[{}]", e.msg_type),
                },
            )
            .collect();
        parts.join(" ")
    }

    /// A `TIMTextElem` with `Text`.
    pub fn text(text: &str) -> Self {
        Self {
            msg_type: "TIMTextElem".into(),
            msg_content: json!({ "Text": text }),
        }
    }

    /// A `TIMCustomElem` with `Data` and, when given, `Desc` (the push text).
    pub fn custom(data: &str, desc: Option<&str>) -> Self {
        let mut content = json!({ "Data": data });
        if let Some(desc) = desc {
            content["Desc"] = json!(desc);
        }
        Self {
            msg_type: "TIMCustomElem".into(),
            msg_content: content,
        }
    }
}

/// Android vendor options of `OfflinePushInfo` (spec §5.2); newer vendor fields pass through.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AndroidInfo {
    #[serde(rename = "Sound", default, skip_serializing_if = "Option::is_none")]
    pub sound: Option<String>,
    #[serde(flatten)]
    pub other: serde_json::Map<String, Value>,
}

/// APNs options of `OfflinePushInfo` (spec §5.2).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ApnsInfo {
    #[serde(rename = "Sound", default, skip_serializing_if = "Option::is_none")]
    pub sound: Option<String>,
    #[serde(rename = "BadgeMode", default, skip_serializing_if = "Option::is_none")]
    pub badge_mode: Option<u8>,
    #[serde(rename = "Title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(rename = "SubTitle", default, skip_serializing_if = "Option::is_none")]
    pub sub_title: Option<String>,
    #[serde(rename = "Image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(
        rename = "MutableContent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mutable_content: Option<u8>,
}

/// How the message is pushed to a device that is not online (spec §5.2).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct OfflinePushInfo {
    /// 0 pushes normally, 1 suppresses the offline push.
    #[serde(rename = "PushFlag", default, skip_serializing_if = "Option::is_none")]
    pub push_flag: Option<u8>,
    #[serde(rename = "Title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The notification text. A lone custom element without `Desc` is never pushed.
    #[serde(rename = "Desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    #[serde(rename = "Ext", default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    #[serde(
        rename = "AndroidInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub android_info: Option<AndroidInfo>,
    #[serde(rename = "ApnsInfo", default, skip_serializing_if = "Option::is_none")]
    pub apns_info: Option<ApnsInfo>,
}

/// What every send shares, one-to-one or group (spec §5.3, §5.6): the sender, the body, the
/// push and the callback and unread controls.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MessageCommon {
    #[serde(
        rename = "From_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub from_account: Option<String>,
    #[serde(
        rename = "ForbidCallbackControl",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub forbid_callback_control: Vec<String>,
    #[serde(
        rename = "SendMsgControl",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub send_msg_control: Vec<String>,
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
}

/// What `sendmsg` and `batchsendmsg` share: everything but the recipients (spec §5.3–5.4).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct C2cMessage {
    #[serde(
        rename = "SyncOtherMachine",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sync_other_machine: Option<u8>,
    #[serde(
        rename = "MsgLifeTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub msg_life_time: Option<u32>,
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u32>,
    /// Deduplicates retries: the same `MsgRandom` within a second is delivered once.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    #[serde(
        rename = "IsNeedReadReceipt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_need_read_receipt: Option<u8>,
    #[serde(flatten)]
    pub common: MessageCommon,
}

/// The body of `openim/sendmsg` (spec §5.3).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SendMsgRequest {
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(flatten)]
    pub message: C2cMessage,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SendMsgResponse {
    #[serde(rename = "MsgTime", default)]
    pub msg_time: i64,
    /// Needed to recall the message (`admin_msgwithdraw`).
    #[serde(rename = "MsgKey", default)]
    pub msg_key: String,
}

endpoint!(
    /// One C2C message; triggers the C2C before/after-send callbacks.
    SendMsg,
    "openim",
    "sendmsg",
    SendMsgRequest,
    SendMsgResponse
);

/// The body of `openim/batchsendmsg` (spec §5.4): sendmsg's fields with up to 500 recipients.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BatchSendMsgRequest {
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
    #[serde(flatten)]
    pub message: C2cMessage,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct BatchSendMsgResponse {
    /// Absent when no recipient got the message.
    #[serde(rename = "MsgKey", default, skip_serializing_if = "String::is_empty")]
    pub msg_key: String,
    /// Recipients that did not get it, each with its own code (70107 = not imported).
    #[serde(rename = "ErrorList", default, skip_serializing_if = "Vec::is_empty")]
    pub error_list: Vec<StatusError>,
}

endpoint!(
    /// One message to up to 500 users; triggers no callbacks.
    BatchSendMsg,
    "openim",
    "batchsendmsg",
    BatchSendMsgRequest,
    BatchSendMsgResponse
);
