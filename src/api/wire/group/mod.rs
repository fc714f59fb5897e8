//! `group_open_http_svc` (spec §4, §5.6–5.7): groups, members, group messages and system
//! notifications, in the service's field names. Every optional field is skipped when absent,
//! so what imctl writes back (`-o json`) has only the keys the service sent.

use serde::{Deserialize, Serialize};

/// `{ "Key": ..., "Value": ... }`: group and member custom fields.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct KeyValue {
    #[serde(rename = "Key", default)]
    pub key: String,
    #[serde(rename = "Value", default)]
    pub value: String,
}

mod attrs;
mod groups;
mod history;
mod import;
mod members;
mod messages;
mod moderation;
mod topics;

pub use attrs::*;
pub use groups::*;
pub use history::*;
pub use import::*;
pub use members::*;
pub use messages::*;
pub use moderation::*;
pub use topics::*;
