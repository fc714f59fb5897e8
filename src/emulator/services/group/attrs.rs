//! Group custom attributes (spec §4.17): `get_group_attr` (service `group_open_attr_http_svc`)
//! and the writes `modify_group_attr` (add or overwrite), `set_group_attr` (replace the set),
//! `clear_group_attr` (remove all; not for Community) under `group_open_http_svc`. Items are
//! lower-case `key`/`value`; the documented limits answer 10045–10048, and under `--throttle`
//! more than 5 writes a second to one group answer 10049.

use super::*;
use crate::domain::codes;
use crate::domain::limits::{
    GROUP_ATTR_KEYS, GROUP_ATTR_KEY_BYTES, GROUP_ATTR_TOTAL_BYTES, GROUP_ATTR_VALUE_BYTES,
    GROUP_ATTR_WRITES_PER_GROUP,
};

/// The three write commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrWrite {
    Modify,
    Set,
    Clear,
}

impl Groups {
    /// `get_group_attr`: every attribute of the group, in key order. All group types.
    pub fn get_attrs(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let inner = self.lock();
        let group = inner.groups.get(id).ok_or_else(|| gone(id))?;
        let list: Vec<Value> = group
            .attrs
            .iter()
            .map(|(k, v)| json!({"key": k, "value": v}))
            .collect();
        Ok(json!({ "GroupAttrAry": list }))
    }

    pub(super) fn write_attrs(&self, body: &Value, how: AttrWrite) -> Reply {
        let id = req_str(body, "GroupId")?;
        let given = match how {
            AttrWrite::Clear => Vec::new(),
            AttrWrite::Modify | AttrWrite::Set => attr_items(body)?,
        };
        let mut inner = self.lock();
        let Inner {
            groups,
            attr_buckets,
            ..
        } = &mut *inner;
        let group = groups.get_mut(id).ok_or_else(|| gone(id))?;
        if how == AttrWrite::Clear && group.kind() == GroupType::Community {
            return Err((
                codes::GROUP_NO_PERMISSION,
                "clear_group_attr does not apply to Community groups".into(),
            ));
        }
        let mut attrs = match how {
            AttrWrite::Modify => group.attrs.clone(),
            AttrWrite::Set | AttrWrite::Clear => BTreeMap::new(),
        };
        attrs.extend(given);
        if attrs.len() > GROUP_ATTR_KEYS {
            return Err((
                codes::ATTR_TOO_MANY_KEYS,
                format!(
                    "{} attribute keys; at most {GROUP_ATTR_KEYS} a group",
                    attrs.len()
                ),
            ));
        }
        let total: usize = attrs.values().map(String::len).sum();
        if total > GROUP_ATTR_TOTAL_BYTES {
            return Err((
                codes::ATTR_TOTAL_TOO_LONG,
                format!("the values come to {total} bytes; at most {GROUP_ATTR_TOTAL_BYTES}"),
            ));
        }
        if self.throttle {
            let at = Instant::now();
            let rate = GROUP_ATTR_WRITES_PER_GROUP;
            let (tokens, last) = attr_buckets.entry(id.to_string()).or_insert((rate, at));
            *tokens = (*tokens + at.duration_since(*last).as_secs_f64() * rate).min(rate);
            *last = at;
            if *tokens < 1.0 {
                return Err((
                    codes::ATTR_WRITE_RATE,
                    format!("at most {rate} attribute writes a second per group"),
                ));
            }
            *tokens -= 1.0;
        }
        group.attrs = attrs;
        self.persist(&inner, &[id], None)?;
        Ok(json!({}))
    }
}

/// `GroupAttr`: a non-empty array of `{key, value}`, each within the documented sizes.
fn attr_items(body: &Value) -> Result<Vec<(String, String)>, (i64, String)> {
    let list = body
        .get("GroupAttr")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| bad("GroupAttr is required (a non-empty array of {key, value})"))?;
    list.iter()
        .map(|item| {
            let key = req_str(item, "key")?;
            let value = req_str(item, "value")?;
            if key.is_empty() {
                return Err(bad("an attribute key is empty"));
            }
            if key.len() > GROUP_ATTR_KEY_BYTES {
                return Err((
                    codes::ATTR_KEY_TOO_LONG,
                    format!(
                        "key `{key}` is {} bytes; at most {GROUP_ATTR_KEY_BYTES}",
                        key.len()
                    ),
                ));
            }
            if value.len() > GROUP_ATTR_VALUE_BYTES {
                return Err((
                    codes::ATTR_VALUE_TOO_LONG,
                    format!(
                        "the value of `{key}` is {} bytes; at most {GROUP_ATTR_VALUE_BYTES}",
                        value.len()
                    ),
                ));
            }
            Ok((key.to_string(), value.to_string()))
        })
        .collect()
}
