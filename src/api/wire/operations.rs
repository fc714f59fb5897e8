//! Operations data and server addresses (spec §7.1, §7.3): `openconfigsvr/getappinfo`, the
//! console's monitoring dashboard, and `ConfigSvc/GetIPList`, for firewall allow-lists.

use serde::{Deserialize, Serialize};

use super::endpoint;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetAppInfoRequest {
    /// The fields wanted; absent means all.
    #[serde(
        rename = "RequestField",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub request_field: Vec<String>,
}

/// One day of operations data. The service sends every value as a string; a field not asked
/// for is absent.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AppInfoDay {
    /// `YYYYMMDD`.
    #[serde(rename = "Date", default)]
    pub date: String,
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
    pub callback_req: Option<String>,
    #[serde(
        rename = "CallBackRsp",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub callback_rsp: Option<String>,
}

/// Every numeric field name of [`AppInfoDay`], in the documented order.
pub const APP_INFO_COUNTERS: [&str; 28] = [
    "ActiveUserNum",
    "RegistUserNumOneDay",
    "RegistUserNumTotal",
    "LoginTimes",
    "LoginUserNum",
    "MaxOnlineNum",
    "UpMsgNum",
    "DownMsgNum",
    "SendMsgUserNum",
    "APNSMsgNum",
    "C2CUpMsgNum",
    "C2CDownMsgNum",
    "C2CSendMsgUserNum",
    "C2CAPNSMsgNum",
    "GroupUpMsgNum",
    "GroupDownMsgNum",
    "GroupSendMsgUserNum",
    "GroupAPNSMsgNum",
    "GroupSendMsgGroupNum",
    "GroupJoinGroupTimes",
    "GroupQuitGroupTimes",
    "GroupNewGroupNum",
    "GroupDestroyGroupNum",
    "GroupAllGroupNum",
    "ChainIncrease",
    "ChainDecrease",
    "CallBackReq",
    "CallBackRsp",
];

impl AppInfoDay {
    /// The value of a numeric field by its service name, when present and a number.
    pub fn counter(&self, name: &str) -> Option<u64> {
        let value = match name {
            "ActiveUserNum" => self.active_user_num.as_deref(),
            "RegistUserNumOneDay" => self.regist_user_num_one_day.as_deref(),
            "RegistUserNumTotal" => self.regist_user_num_total.as_deref(),
            "LoginTimes" => self.login_times.as_deref(),
            "LoginUserNum" => self.login_user_num.as_deref(),
            "MaxOnlineNum" => self.max_online_num.as_deref(),
            "UpMsgNum" => self.up_msg_num.as_deref(),
            "DownMsgNum" => self.down_msg_num.as_deref(),
            "SendMsgUserNum" => self.send_msg_user_num.as_deref(),
            "APNSMsgNum" => self.apns_msg_num.as_deref(),
            "C2CUpMsgNum" => self.c2c_up_msg_num.as_deref(),
            "C2CDownMsgNum" => self.c2c_down_msg_num.as_deref(),
            "C2CSendMsgUserNum" => self.c2c_send_msg_user_num.as_deref(),
            "C2CAPNSMsgNum" => self.c2c_apns_msg_num.as_deref(),
            "GroupUpMsgNum" => self.group_up_msg_num.as_deref(),
            "GroupDownMsgNum" => self.group_down_msg_num.as_deref(),
            "GroupSendMsgUserNum" => self.group_send_msg_user_num.as_deref(),
            "GroupAPNSMsgNum" => self.group_apns_msg_num.as_deref(),
            "GroupSendMsgGroupNum" => self.group_send_msg_group_num.as_deref(),
            "GroupJoinGroupTimes" => self.group_join_group_times.as_deref(),
            "GroupQuitGroupTimes" => self.group_quit_group_times.as_deref(),
            "GroupNewGroupNum" => self.group_new_group_num.as_deref(),
            "GroupDestroyGroupNum" => self.group_destroy_group_num.as_deref(),
            "GroupAllGroupNum" => self.group_all_group_num.as_deref(),
            "ChainIncrease" => self.chain_increase.as_deref(),
            "ChainDecrease" => self.chain_decrease.as_deref(),
            "CallBackReq" => self.callback_req.as_deref(),
            "CallBackRsp" => self.callback_rsp.as_deref(),
            _ => None,
        };
        value.and_then(|v| v.trim().parse().ok())
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetAppInfoResponse {
    /// The last 30 days, newest first.
    #[serde(rename = "Result", default)]
    pub result: Vec<AppInfoDay>,
}

endpoint!(
    /// The monitoring dashboard's daily figures.
    GetAppInfo,
    "openconfigsvr",
    "getappinfo",
    GetAppInfoRequest,
    GetAppInfoResponse
);

/// `GetIPList` takes an empty body; its one parameter, `nettype`, is in the query string.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetIpListRequest {}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetIpListResponse {
    /// IP addresses and CIDR blocks.
    #[serde(rename = "IPList", default)]
    pub ip_list: Vec<String>,
}

endpoint!(
    /// Server and callback-egress addresses, for firewall allow-lists.
    GetIpList,
    "ConfigSvc",
    "GetIPList",
    GetIpListRequest,
    GetIpListResponse
);
