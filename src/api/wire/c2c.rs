//! One-to-one message management, `openim/*` beyond sending (spec §5.8–5.13): import, roaming
//! history, recall, read and unread state, modify, one-way delete.

use serde::{Deserialize, Serialize};

use crate::api::wire::message::MsgElem;
use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- importmsg

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportMsgRequest {
    /// 2: history (read, not pushed); 5: real-time (unread, pushed).
    #[serde(rename = "SyncFromOldSystem")]
    pub sync_from_old_system: u8,
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// With `MsgRandom` and `MsgTimeStamp`, what makes two imports the same message.
    #[serde(rename = "MsgSeq", default, skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u32>,
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// The original send time, Unix seconds.
    #[serde(rename = "MsgTimeStamp")]
    pub msg_time_stamp: i64,
    #[serde(rename = "MsgBody")]
    pub msg_body: Vec<MsgElem>,
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: Option<String>,
}

endpoint!(
    /// Imports one C2C message with its original time; no callbacks.
    ///
    /// One message per call; SyncFromOldSystem 2 (history: read, not pushed) or 5 (real-time:
    /// unread, pushed); JSON <= 12 KB (93000)
    /// <https://www.tencentcloud.com/document/product/1047/35014>
    ImportMsg,
    "openim",
    "importmsg",
    ImportMsgRequest,
    Empty
);

// ---------------------------------------------------------------- admin_getroammsg

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AdminGetRoamMsgRequest {
    /// Whose view of the conversation is read (older pages: `From_Account`).
    #[serde(rename = "Operator_Account", alias = "From_Account")]
    pub operator_account: String,
    /// The other party (older pages: `To_Account`).
    #[serde(rename = "Peer_Account", alias = "To_Account")]
    pub peer_account: String,
    #[serde(rename = "MaxCnt")]
    pub max_cnt: u32,
    /// Unix seconds.
    #[serde(rename = "MinTime")]
    pub min_time: i64,
    /// Unix seconds; the next page repeats the query with `MaxTime = LastMsgTime`.
    #[serde(rename = "MaxTime")]
    pub max_time: i64,
    #[serde(
        rename = "LastMsgKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_msg_key: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RoamMsg {
    #[serde(rename = "From_Account", default)]
    pub from_account: String,
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    #[serde(rename = "MsgSeq", default)]
    pub msg_seq: u32,
    #[serde(rename = "MsgRandom", default)]
    pub msg_random: u32,
    #[serde(rename = "MsgTimeStamp", default)]
    pub msg_time_stamp: i64,
    /// 0 normal, 8 recalled (recalled messages are still listed).
    #[serde(rename = "MsgFlagBits", default)]
    pub msg_flag_bits: u32,
    /// 1 once the peer sent a read receipt for it.
    #[serde(
        rename = "IsPeerRead",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_peer_read: Option<u8>,
    #[serde(rename = "MsgKey", default)]
    pub msg_key: String,
    #[serde(rename = "MsgBody", default)]
    pub msg_body: Vec<MsgElem>,
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AdminGetRoamMsgResponse {
    /// 1: done; 0: more to fetch.
    #[serde(rename = "Complete", default)]
    pub complete: u8,
    #[serde(rename = "MsgCnt", default)]
    pub msg_cnt: u32,
    #[serde(rename = "LastMsgTime", default)]
    pub last_msg_time: i64,
    #[serde(rename = "LastMsgKey", default)]
    pub last_msg_key: String,
    #[serde(rename = "MsgList", default)]
    pub msg_list: Vec<RoamMsg>,
}

endpoint!(
    /// One page of a C2C conversation's roaming history, as one side sees it.
    ///
    /// A response holds at most ~13 KB of messages; continue while Complete == 0 with MaxTime =
    /// LastMsgTime and LastMsgKey
    /// <https://www.tencentcloud.com/document/product/1047/35478>
    AdminGetRoamMsg,
    "openim",
    "admin_getroammsg",
    AdminGetRoamMsgRequest,
    AdminGetRoamMsgResponse
);

// ---------------------------------------------------------------- admin_msgwithdraw

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AdminMsgWithdrawRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(rename = "MsgKey")]
    pub msg_key: String,
}

endpoint!(
    /// Recalls one C2C message by its `MsgKey`.
    ///
    /// One MsgKey per call; no time limit; recall cannot be undone
    /// <https://www.tencentcloud.com/document/product/1047/35015>
    AdminMsgWithdraw,
    "openim",
    "admin_msgwithdraw",
    AdminMsgWithdrawRequest,
    Empty
);

// ---------------------------------------------------------------- admin_set_msg_read

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AdminSetMsgReadRequest {
    #[serde(rename = "Report_Account")]
    pub report_account: String,
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    /// Unix seconds as a string (the tables type it String); absent: now.
    #[serde(
        rename = "MsgReadTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub msg_read_time: Option<String>,
}

endpoint!(
    /// Marks a C2C conversation read for one side.
    ///
    /// One conversation per call; MsgReadTime (optional, seconds, typed String in the tables)
    /// defaults to now
    /// <https://www.tencentcloud.com/document/product/1047/38996>
    AdminSetMsgRead,
    "openim",
    "admin_set_msg_read",
    AdminSetMsgReadRequest,
    Empty
);

// ---------------------------------------------------------------- get_c2c_unread_msg_num

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetC2cUnreadMsgNumRequest {
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(
        rename = "Peer_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub peer_account: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PeerUnread {
    #[serde(rename = "Peer_Account", default)]
    pub peer_account: String,
    #[serde(rename = "C2CUnreadMsgNum", default)]
    pub c2c_unread_msg_num: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PeerError {
    #[serde(rename = "Peer_Account", default)]
    pub peer_account: String,
    #[serde(rename = "ErrorCode", default)]
    pub error_code: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetC2cUnreadMsgNumResponse {
    /// Without `Peer_Account`: the total over all C2C conversations.
    #[serde(
        rename = "AllC2CUnreadMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub all_c2c_unread_msg_num: Option<u32>,
    #[serde(
        rename = "C2CUnreadMsgNumList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub c2c_unread_msg_num_list: Option<Vec<PeerUnread>>,
    /// Peers that failed (70107: no such account).
    #[serde(rename = "ErrorList", default, skip_serializing_if = "Option::is_none")]
    pub error_list: Option<Vec<PeerError>>,
}

endpoint!(
    /// A user's C2C unread counts, in total or per peer.
    ///
    /// Peer_Account <= 10 UserIDs
    /// <https://www.tencentcloud.com/document/product/1047/41046>
    GetC2cUnreadMsgNum,
    "openim",
    "get_c2c_unread_msg_num",
    GetC2cUnreadMsgNumRequest,
    GetC2cUnreadMsgNumResponse
);

// ---------------------------------------------------------------- modify_c2c_msg

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ModifyC2cMsgRequest {
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(rename = "MsgKey")]
    pub msg_key: String,
    #[serde(rename = "MsgBody", default, skip_serializing_if = "Option::is_none")]
    pub msg_body: Option<Vec<MsgElem>>,
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: Option<String>,
}

endpoint!(
    /// Rewrites a stored C2C message's body or cloud data.
    ///
    /// MsgBody and/or CloudCustomData replace the stored values; cannot be undone
    /// <https://www.tencentcloud.com/document/product/1047/47722>
    ModifyC2cMsg,
    "openim",
    "modify_c2c_msg",
    ModifyC2cMsgRequest,
    Empty
);

// ---------------------------------------------------------------- delete_c2c_msg_ramble

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeleteC2cMsgRambleRequest {
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    #[serde(rename = "MsgKeyList")]
    pub msg_key_list: Vec<String>,
}

/// `InvalidMsgKeyList` is modelled by doocs/qcloud-im-server-sdk-java only, not in the sample.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeleteC2cMsgRambleResponse {
    #[serde(
        rename = "InvalidMsgKeyList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invalid_msg_key_list: Option<Vec<String>>,
}

endpoint!(
    /// Deletes C2C messages from one side's roaming history only.
    ///
    /// MsgKeyList <= 30 MsgKeys per call; one-way delete (only the Operator_Account side loses the
    /// messages)
    /// <https://cloud.tencent.com/document/product/269/101439>
    DeleteC2cMsgRamble,
    "openim",
    "delete_c2c_msg_ramble",
    DeleteC2cMsgRambleRequest,
    DeleteC2cMsgRambleResponse
);
