//! Push to all users, `all_member_push/*` (spec §6.1): the push itself and the user attributes
//! and tags its conditions select on.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::api::wire::message::{MsgElem, OfflinePushInfo};
use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- im_push

/// `{ "<attribute name>": "<value>" }`: push attributes by name.
pub type Attrs = BTreeMap<String, String>;

/// Who gets the push: omitted, everyone. Tags and attributes cannot be combined (90039).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Condition {
    #[serde(rename = "TagsAnd", default, skip_serializing_if = "Option::is_none")]
    pub tags_and: Option<Vec<String>>,
    #[serde(rename = "TagsOr", default, skip_serializing_if = "Option::is_none")]
    pub tags_or: Option<Vec<String>>,
    #[serde(rename = "AttrsAnd", default, skip_serializing_if = "Option::is_none")]
    pub attrs_and: Option<Attrs>,
    #[serde(rename = "AttrsOr", default, skip_serializing_if = "Option::is_none")]
    pub attrs_or: Option<Attrs>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImPushRequest {
    /// The shown sender; absent: the admin.
    #[serde(
        rename = "From_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub from_account: Option<String>,
    /// Deduplicates within a second.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// Offline retention, 0..604800 s; absent or 0: online users only.
    #[serde(
        rename = "MsgLifeTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub msg_life_time: Option<u32>,
    #[serde(rename = "MsgBody")]
    pub msg_body: Vec<MsgElem>,
    #[serde(
        rename = "OfflinePushInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub offline_push_info: Option<OfflinePushInfo>,
    /// Absent: every user.
    #[serde(rename = "Condition", default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImPushResponse {
    #[serde(rename = "TaskId", default)]
    pub task_id: String,
}

endpoint!(
    /// Pushes one message to every user, or to those a tag or attribute condition selects.
    ///
    /// Default 100 pushes per day per app (90047), > 1 s between pushes (90024); tags <= 10 per
    /// condition, tag <= 50 B; MsgLifeTime 0..604800 (default 0 = online only)
    /// <https://www.tencentcloud.com/document/product/1047/37166>
    ImPush,
    "all_member_push",
    "im_push",
    ImPushRequest,
    ImPushResponse
);

// ---------------------------------------------------------------- im_set_attr_name

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImSetAttrNameRequest {
    /// `{"0": "sex", "1": "city"}`: up to 10 attributes, numbered "0" to "9".
    #[serde(rename = "AttrNames")]
    pub attr_names: BTreeMap<String, String>,
}

endpoint!(
    /// Names the app's push attributes.
    ///
    /// Up to 10 attributes per app, keys "0".."9"; name <= 50 B
    /// <https://www.tencentcloud.com/document/product/1047/37167>
    ImSetAttrName,
    "all_member_push",
    "im_set_attr_name",
    ImSetAttrNameRequest,
    Empty
);

// ---------------------------------------------------------------- im_get_attr_name

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImGetAttrNameResponse {
    #[serde(rename = "AttrNames", default)]
    pub attr_names: BTreeMap<String, String>,
}

endpoint!(
    /// The app's push attribute names.
    ///
    /// The body is `{}`.
    /// <https://www.tencentcloud.com/document/product/1047/37168>
    ImGetAttrName,
    "all_member_push",
    "im_get_attr_name",
    Empty,
    ImGetAttrNameResponse
);

// ---------------------------------------------------------------- im_get_attr

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImGetAttrRequest {
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
}

/// One user's attribute values (`im_get_attr`, `im_set_attr`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UserAttrs {
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    #[serde(rename = "Attrs", default)]
    pub attrs: Attrs,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImGetAttrResponse {
    #[serde(rename = "UserAttrs", default)]
    pub user_attrs: Vec<UserAttrs>,
}

endpoint!(
    /// Users' push attribute values.
    ///
    /// To_Account <= 100 users per call
    /// <https://www.tencentcloud.com/document/product/1047/37169>
    ImGetAttr,
    "all_member_push",
    "im_get_attr",
    ImGetAttrRequest,
    ImGetAttrResponse
);

// ---------------------------------------------------------------- im_set_attr

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImSetAttrRequest {
    #[serde(rename = "UserAttrs")]
    pub user_attrs: Vec<UserAttrs>,
}

endpoint!(
    /// Sets users' push attribute values.
    ///
    /// UserAttrs <= 100 users per call; value <= 50 B
    /// <https://www.tencentcloud.com/document/product/1047/37170>
    ImSetAttr,
    "all_member_push",
    "im_set_attr",
    ImSetAttrRequest,
    Empty
);

// ---------------------------------------------------------------- im_remove_attr

/// `im_remove_attr` names the attributes to drop: `Attrs` is an array here, not an object.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImRemoveAttrUserAttrs {
    #[serde(rename = "To_Account")]
    pub to_account: String,
    #[serde(rename = "Attrs")]
    pub attrs: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImRemoveAttrRequest {
    #[serde(rename = "UserAttrs")]
    pub user_attrs: Vec<ImRemoveAttrUserAttrs>,
}

endpoint!(
    /// Removes push attributes from users.
    ///
    /// UserAttrs <= 100 users per call
    /// <https://www.tencentcloud.com/document/product/1047/37171>
    ImRemoveAttr,
    "all_member_push",
    "im_remove_attr",
    ImRemoveAttrRequest,
    Empty
);

// ---------------------------------------------------------------- im_get_tag

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImGetTagRequest {
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UserTags {
    #[serde(rename = "To_Account", default)]
    pub to_account: String,
    #[serde(rename = "Tags", default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImGetTagResponse {
    #[serde(rename = "UserTags", default)]
    pub user_tags: Vec<UserTags>,
}

endpoint!(
    /// Users' push tags.
    ///
    /// To_Account <= 100 users per call
    /// <https://www.tencentcloud.com/document/product/1047/37172>
    ImGetTag,
    "all_member_push",
    "im_get_tag",
    ImGetTagRequest,
    ImGetTagResponse
);

// ---------------------------------------------------------------- im_add_tag

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImAddTagRequest {
    #[serde(rename = "UserTags")]
    pub user_tags: Vec<UserTags>,
}

endpoint!(
    /// Adds push tags to users.
    ///
    /// UserTags <= 100 users per call, <= 10 tags per user per call; <= 100 tags per user in total;
    /// tag <= 50 B
    /// <https://www.tencentcloud.com/document/product/1047/37173>
    ImAddTag,
    "all_member_push",
    "im_add_tag",
    ImAddTagRequest,
    Empty
);

// ---------------------------------------------------------------- im_remove_tag

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImRemoveTagRequest {
    #[serde(rename = "UserTags")]
    pub user_tags: Vec<UserTags>,
}

endpoint!(
    /// Removes push tags from users.
    ///
    /// UserTags <= 100 users per call
    /// <https://www.tencentcloud.com/document/product/1047/37174>
    ImRemoveTag,
    "all_member_push",
    "im_remove_tag",
    ImRemoveTagRequest,
    Empty
);

// ---------------------------------------------------------------- im_remove_all_tags

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ImRemoveAllTagsRequest {
    #[serde(rename = "To_Account")]
    pub to_account: Vec<String>,
}

endpoint!(
    /// Removes every push tag of users.
    ///
    /// To_Account <= 100 users per call
    /// <https://www.tencentcloud.com/document/product/1047/37175>
    ImRemoveAllTags,
    "all_member_push",
    "im_remove_all_tags",
    ImRemoveAllTagsRequest,
    Empty
);
