//! Topics of topic-enabled Communities (spec §4.20): `million_group_open_http_svc`, and
//! `import_topic` under `group_open_http_svc`.

use serde::{Deserialize, Serialize};

use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- create_topic

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CreateTopicRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "TopicName")]
    pub topic_name: String,
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    #[serde(
        rename = "From_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub from_account: Option<String>,
    #[serde(
        rename = "CustomString",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_string: Option<String>,
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    #[serde(
        rename = "Notification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification: Option<String>,
    #[serde(
        rename = "Introduction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub introduction: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CreateTopicResponse {
    #[serde(rename = "TopicId", default)]
    pub topic_id: String,
}

endpoint!(
    /// Creates a topic in a topic-enabled Community.
    ///
    /// Topic-enabled Community only; TopicName <= 30 B, CustomString <= 3,000 B, FaceUrl <= 100 B,
    /// Notification <= 300 B, Introduction <= 240 B; <= 200 topics per community
    /// <https://www.tencentcloud.com/document/product/1047/49471>
    CreateTopic,
    "million_group_open_http_svc",
    "create_topic",
    CreateTopicRequest,
    CreateTopicResponse
);

// ---------------------------------------------------------------- import_topic

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportTopicRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "TopicName")]
    pub topic_name: String,
    #[serde(
        rename = "CreateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<i64>,
    /// `"Community"`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<String>,
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
    #[serde(rename = "TopicId", default, skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    #[serde(
        rename = "From_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub from_account: Option<String>,
    #[serde(
        rename = "CustomString",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_string: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImportTopicResponse {
    #[serde(rename = "TopicId", default)]
    pub topic_id: String,
}

endpoint!(
    /// Imports a topic with its original creation time.
    ///
    /// Topic-enabled Community only; no callbacks or notifications
    /// <https://www.tencentcloud.com/document/product/1047/53448>
    ImportTopic,
    "group_open_http_svc",
    "import_topic",
    ImportTopicRequest,
    ImportTopicResponse
);

// ---------------------------------------------------------------- get_topic

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetTopicRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "From_Account")]
    pub from_account: String,
    #[serde(
        rename = "TopicIdList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub topic_id_list: Option<Vec<String>>,
    #[serde(
        rename = "ResponseFilter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_filter: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct TopicSelfInfo {
    #[serde(rename = "ShutUpTime", default)]
    pub shut_up_time: i64,
    #[serde(rename = "MsgSeq", default)]
    pub msg_seq: u64,
    #[serde(rename = "MsgFlag", default)]
    pub msg_flag: String,
}

/// What `ResponseFilter` leaves out is absent, so everything but `TopicId` is optional.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct TopicInfo {
    #[serde(rename = "TopicName", default, skip_serializing_if = "Option::is_none")]
    pub topic_name: Option<String>,
    /// Capital D here, unlike everywhere else.
    #[serde(rename = "GroupID", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    #[serde(rename = "TopicId", default)]
    pub topic_id: String,
    #[serde(
        rename = "NextMsgSeq",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub next_msg_seq: Option<u64>,
    #[serde(
        rename = "Notification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification: Option<String>,
    #[serde(
        rename = "Introduction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub introduction: Option<String>,
    #[serde(
        rename = "CreateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<i64>,
    #[serde(
        rename = "LastMsgTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_msg_time: Option<i64>,
    /// `On` or `Off` (doocs models it as `ShutUpAllFlag`).
    #[serde(
        rename = "MuteAllMember",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mute_all_member: Option<String>,
    #[serde(
        rename = "CustomString",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_string: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct TopicAndSelfInfo {
    /// This topic's own result; the top-level code says nothing about it.
    #[serde(rename = "ErrorCode", default)]
    pub error_code: i64,
    #[serde(rename = "ErrorInfo", default)]
    pub error_info: String,
    #[serde(rename = "SelfInfo", default)]
    pub self_info: TopicSelfInfo,
    #[serde(rename = "TopicInfo", default)]
    pub topic_info: TopicInfo,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetTopicResponse {
    #[serde(rename = "TopicAndSelfInfo", default)]
    pub topic_and_self_info: Vec<TopicAndSelfInfo>,
}

endpoint!(
    /// A Community's topics and the caller's state in each.
    ///
    /// Topic-enabled Community only; omit TopicIdList = all topics
    /// <https://www.tencentcloud.com/document/product/1047/49469>
    GetTopic,
    "million_group_open_http_svc",
    "get_topic",
    GetTopicRequest,
    GetTopicResponse
);

// ---------------------------------------------------------------- modify_topic

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ModifyTopicRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "TopicId")]
    pub topic_id: String,
    #[serde(rename = "TopicName", default, skip_serializing_if = "Option::is_none")]
    pub topic_name: Option<String>,
    #[serde(
        rename = "Notification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification: Option<String>,
    #[serde(
        rename = "From_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub from_account: Option<String>,
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    #[serde(
        rename = "Introduction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub introduction: Option<String>,
    /// `On` or `Off`.
    #[serde(
        rename = "MuteAllMember",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mute_all_member: Option<String>,
    #[serde(
        rename = "CustomString",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub custom_string: Option<String>,
}

endpoint!(
    /// Changes a topic's profile or mute.
    ///
    /// Topic-enabled Community only; same size limits as create_topic
    /// <https://www.tencentcloud.com/document/product/1047/49468>
    ModifyTopic,
    "million_group_open_http_svc",
    "modify_topic",
    ModifyTopicRequest,
    Empty
);

// ---------------------------------------------------------------- destroy_topic

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DestroyTopicRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "TopicIdList")]
    pub topic_id_list: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DestroyResultItem {
    #[serde(rename = "ErrorCode", default)]
    pub error_code: i64,
    #[serde(rename = "ErrorInfo", default)]
    pub error_info: String,
    #[serde(rename = "TopicId", default)]
    pub topic_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DestroyTopicResponse {
    #[serde(rename = "DestroyResultItem", default)]
    pub destroy_result_item: Vec<DestroyResultItem>,
}

endpoint!(
    /// Destroys topics.
    ///
    /// Topic-enabled Community only; irreversible
    /// <https://www.tencentcloud.com/document/product/1047/49470>
    DestroyTopic,
    "million_group_open_http_svc",
    "destroy_topic",
    DestroyTopicRequest,
    DestroyTopicResponse
);
