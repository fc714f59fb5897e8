//! Group attributes and counters (spec §4.17–4.18).

use serde::{Deserialize, Serialize};

use crate::api::wire::{endpoint, Empty};

// ---------------------------------------------------------------- get_group_attr

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupAttrRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupAttrResponse {
    #[serde(rename = "GroupAttrAry", default)]
    pub group_attr_ary: Vec<GroupAttr>,
}

endpoint!(
    /// A group's custom attributes.
    ///
    /// All group types
    /// <https://www.tencentcloud.com/document/product/1047/44187>
    GetGroupAttr,
    "group_open_attr_http_svc",
    "get_group_attr",
    GetGroupAttrRequest,
    GetGroupAttrResponse
);

// ---------------------------------------------------------------- modify_group_attr

/// One group attribute: lower-case `key` / `value`, unlike every other key-value pair.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupAttr {
    #[serde(rename = "key")]
    pub key: String,
    #[serde(rename = "value")]
    pub value: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ModifyGroupAttrRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "GroupAttr")]
    pub group_attr: Vec<GroupAttr>,
}

endpoint!(
    /// Adds or overwrites group attributes.
    ///
    /// Key <= 32 B, value <= 4,000 B, <= 16 keys, all values <= 16,000 B; writes <= 5/s per group
    /// <https://www.tencentcloud.com/document/product/1047/44188>
    ModifyGroupAttr,
    "group_open_http_svc",
    "modify_group_attr",
    ModifyGroupAttrRequest,
    Empty
);

// ---------------------------------------------------------------- clear_group_attr

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ClearGroupAttrRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
}

endpoint!(
    /// Removes every group attribute.
    ///
    /// Not for Community (per the page); writes <= 5/s per group
    /// <https://www.tencentcloud.com/document/product/1047/44189>
    ClearGroupAttr,
    "group_open_http_svc",
    "clear_group_attr",
    ClearGroupAttrRequest,
    Empty
);

// ---------------------------------------------------------------- set_group_attr

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SetGroupAttrRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "GroupAttr")]
    pub group_attr: Vec<GroupAttr>,
}

endpoint!(
    /// Replaces a group's attributes.
    ///
    /// Same size limits as modify_group_attr; replaces all attributes
    /// <https://www.tencentcloud.com/document/product/1047/44190>
    SetGroupAttr,
    "group_open_http_svc",
    "set_group_attr",
    SetGroupAttrRequest,
    Empty
);

// ---------------------------------------------------------------- get_group_counter

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupCounterRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// Absent: every counter.
    #[serde(
        rename = "GroupCounterKeys",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_counter_keys: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupCounter {
    #[serde(rename = "Key", default)]
    pub key: String,
    #[serde(rename = "Value", default)]
    pub value: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetGroupCounterResponse {
    #[serde(rename = "GroupCounter", default)]
    pub group_counter: Vec<GroupCounter>,
}

endpoint!(
    /// A group's counters.
    ///
    /// Ultimate edition (10059); not for Community; omit GroupCounterKeys = all counters
    /// <https://www.tencentcloud.com/document/product/1047/53427>
    GetGroupCounter,
    "group_open_http_svc",
    "get_group_counter",
    GetGroupCounterRequest,
    GetGroupCounterResponse
);

// ---------------------------------------------------------------- update_group_counter

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpdateGroupCounterRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    #[serde(rename = "GroupCounter")]
    pub group_counter: Vec<GroupCounter>,
    /// `Set`, `Increase` or `Decrease`; the default is not documented.
    #[serde(rename = "Mode", default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpdateGroupCounterResponse {
    #[serde(rename = "GroupCounter", default)]
    pub group_counter: Vec<GroupCounter>,
}

endpoint!(
    /// Sets, increases or decreases group counters.
    ///
    /// Ultimate edition; <= 20 keys (10063), key <= 128 B, value int64; Mode Set / Increase /
    /// Decrease
    /// <https://www.tencentcloud.com/document/product/1047/53428>
    UpdateGroupCounter,
    "group_open_http_svc",
    "update_group_counter",
    UpdateGroupCounterRequest,
    UpdateGroupCounterResponse
);

// ---------------------------------------------------------------- delete_group_counter

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeleteGroupCounterRequest {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// Absent: delete every counter.
    #[serde(
        rename = "GroupCounterKeys",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub group_counter_keys: Option<Vec<String>>,
}

endpoint!(
    /// Deletes group counters.
    ///
    /// Ultimate edition; omit GroupCounterKeys = delete all counters
    /// <https://www.tencentcloud.com/document/product/1047/53429>
    DeleteGroupCounter,
    "group_open_http_svc",
    "delete_group_counter",
    DeleteGroupCounterRequest,
    Empty
);
