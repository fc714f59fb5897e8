//! `openconfigsvr/getappinfo` (spec §7.1): the last 30 days of operations data, one object per
//! day, newest first, every value a string. `ConfigSvc/GetIPList` (spec §7.3) lives here too.

use serde::{Deserialize, Serialize};

use super::endpoint;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetAppInfoRequest {
    /// The fields wanted; absent = all of them.
    #[serde(
        rename = "RequestField",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub request_field: Option<Vec<String>>,
}

/// One day. Only the requested fields (and `Date`) are present.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AppInfoDay {
    #[serde(rename = "AppName", default, skip_serializing_if = "Option::is_none")]
    pub app_name: Option<String>,
    #[serde(rename = "AppId", default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    #[serde(rename = "Company", default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(
        rename = "ActiveUserNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub active_user_num: Option<String>,
    #[serde(
        rename = "RegistUserNumOneDay",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub regist_user_num_one_day: Option<String>,
    #[serde(
        rename = "RegistUserNumTotal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub regist_user_num_total: Option<String>,
    #[serde(
        rename = "LoginTimes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub login_times: Option<String>,
    #[serde(
        rename = "LoginUserNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub login_user_num: Option<String>,
    #[serde(
        rename = "MaxOnlineNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_online_num: Option<String>,
    #[serde(rename = "UpMsgNum", default, skip_serializing_if = "Option::is_none")]
    pub up_msg_num: Option<String>,
    #[serde(
        rename = "DownMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub down_msg_num: Option<String>,
    #[serde(
        rename = "SendMsgUserNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub send_msg_user_num: Option<String>,
    #[serde(
        rename = "APNSMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apns_msg_num: Option<String>,
    #[serde(
        rename = "C2CUpMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub c2c_up_msg_num: Option<String>,
    #[serde(
        rename = "C2CDownMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub c2c_down_msg_num: Option<String>,
    #[serde(
        rename = "C2CSendMsgUserNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub c2c_send_msg_user_num: Option<String>,
    #[serde(
        rename = "C2CAPNSMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub c2c_apns_msg_num: Option<String>,
    #[serde(
        rename = "GroupUpMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_up_msg_num: Option<String>,
    #[serde(
        rename = "GroupDownMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_down_msg_num: Option<String>,
    #[serde(
        rename = "GroupSendMsgUserNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_send_msg_user_num: Option<String>,
    #[serde(
        rename = "GroupAPNSMsgNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_apns_msg_num: Option<String>,
    #[serde(
        rename = "GroupSendMsgGroupNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_send_msg_group_num: Option<String>,
    #[serde(
        rename = "GroupJoinGroupTimes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_join_group_times: Option<String>,
    #[serde(
        rename = "GroupQuitGroupTimes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_quit_group_times: Option<String>,
    #[serde(
        rename = "GroupNewGroupNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_new_group_num: Option<String>,
    #[serde(
        rename = "GroupDestroyGroupNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_destroy_group_num: Option<String>,
    #[serde(
        rename = "GroupAllGroupNum",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_all_group_num: Option<String>,
    #[serde(
        rename = "ChainIncrease",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub chain_increase: Option<String>,
    #[serde(
        rename = "ChainDecrease",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub chain_decrease: Option<String>,
    #[serde(
        rename = "CallBackReq",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub call_back_req: Option<String>,
    #[serde(
        rename = "CallBackRsp",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub call_back_rsp: Option<String>,
    #[serde(rename = "Date", default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetAppInfoResponse {
    #[serde(rename = "Result", default)]
    pub result: Vec<AppInfoDay>,
}

endpoint!(
    /// Answers without `ActionStatus`, with `"ErrorInfo": "OK"`.
    GetAppInfo,
    "openconfigsvr",
    "getappinfo",
    GetAppInfoRequest,
    GetAppInfoResponse
);

/// `ConfigSvc/GetIPList` takes `{}`; the network type goes in the query string as
/// `nettype` (0 all, 1/2 native SDK in/outside China, 3/4 Web, 5/6 callback egress).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetIpListRequest {}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetIpListResponse {
    /// IPs and CIDRs.
    #[serde(rename = "IPList", default)]
    pub ip_list: Vec<String>,
}

endpoint!(
    GetIpList,
    "ConfigSvc",
    "GetIPList",
    GetIpListRequest,
    GetIpListResponse
);
