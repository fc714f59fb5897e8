//! Group counters (spec §4.18): `get_group_counter`, `update_group_counter`,
//! `delete_group_counter`. Ultimate edition only (10059); every type but Community (10007).
//! A group holds at most 20 keys (10063, the sample's wording), a key at most 128 bytes, values
//! are int64; `Increase`/`Decrease` on a missing key start from 0. `Mode` left out is taken as
//! `Set` (the pages do not say).

use super::*;
use crate::domain::codes;
use crate::domain::limits::{GROUP_COUNTER_KEYS, GROUP_COUNTER_KEY_BYTES};

impl Groups {
    /// The group `id`, when the plan and its type have counters.
    fn counter_group<'a>(
        &self,
        inner: &'a mut Inner,
        id: &str,
    ) -> Result<&'a mut Group, (i64, String)> {
        if self.edition != Edition::Ultimate {
            return Err((
                codes::NEEDS_ULTIMATE,
                "group counters need the Ultimate edition".into(),
            ));
        }
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        if group.kind() == GroupType::Community {
            return Err((
                codes::GROUP_NO_PERMISSION,
                "Community groups have no group counters".into(),
            ));
        }
        Ok(group)
    }

    pub(super) fn get_counters(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let keys = counter_keys(body)?;
        let mut inner = self.lock();
        let group = self.counter_group(&mut inner, id)?;
        let list: Vec<Value> = match keys {
            None => group
                .counters
                .iter()
                .map(|(k, v)| json!({"Key": k, "Value": v}))
                .collect(),
            Some(keys) => keys
                .iter()
                .filter_map(|k| {
                    group
                        .counters
                        .get(*k)
                        .map(|v| json!({"Key": k, "Value": v}))
                })
                .collect(),
        };
        Ok(json!({ "GroupCounter": list }))
    }

    pub(super) fn update_counters(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let list = body
            .get("GroupCounter")
            .and_then(Value::as_array)
            .filter(|l| !l.is_empty())
            .ok_or_else(|| bad("GroupCounter is required (a non-empty array of {Key, Value})"))?;
        if list.len() > GROUP_COUNTER_KEYS {
            return Err(too_many_keys(list.len()));
        }
        let mode = opt_str(body, "Mode")?.unwrap_or("Set");
        if !["Set", "Increase", "Decrease"].contains(&mode) {
            return Err(bad(format!(
                "Mode `{mode}` is not one of Set, Increase, Decrease"
            )));
        }
        let mut items = Vec::with_capacity(list.len());
        for item in list {
            let key = req_str(item, "Key")?;
            check_key(key)?;
            let value = item
                .get("Value")
                .and_then(Value::as_i64)
                .ok_or_else(|| bad(format!("the Value of `{key}` must be a 64-bit integer")))?;
            items.push((key, value));
        }
        let mut inner = self.lock();
        let group = self.counter_group(&mut inner, id)?;
        let mut counters = group.counters.clone();
        for (key, value) in &items {
            let old = counters.get(*key).copied().unwrap_or(0);
            let new = match mode {
                "Increase" => old.checked_add(*value),
                "Decrease" => old.checked_sub(*value),
                _ => Some(*value),
            }
            .ok_or_else(|| bad(format!("counter `{key}` would overflow a 64-bit integer")))?;
            counters.insert((*key).to_string(), new);
        }
        if counters.len() > GROUP_COUNTER_KEYS {
            return Err(too_many_keys(counters.len()));
        }
        let answer: Vec<Value> = items
            .iter()
            .map(|(k, _)| json!({"Key": k, "Value": counters[*k]}))
            .collect();
        group.counters = counters;
        self.persist(&inner, &[id], None)?;
        Ok(json!({ "GroupCounter": answer }))
    }

    pub(super) fn delete_counters(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let keys = counter_keys(body)?;
        let mut inner = self.lock();
        let group = self.counter_group(&mut inner, id)?;
        match keys {
            None => group.counters.clear(),
            Some(keys) => group.counters.retain(|k, _| !keys.contains(&k.as_str())),
        }
        self.persist(&inner, &[id], None)?;
        Ok(json!({}))
    }
}

/// `GroupCounterKeys`, when given.
fn counter_keys(body: &Value) -> Result<Option<Vec<&str>>, (i64, String)> {
    if body.get("GroupCounterKeys").is_none_or(Value::is_null) {
        return Ok(None);
    }
    let keys = str_list(body, "GroupCounterKeys")?;
    for key in &keys {
        check_key(key)?;
    }
    Ok(Some(keys))
}

fn check_key(key: &str) -> Result<(), (i64, String)> {
    if key.is_empty() || key.len() > GROUP_COUNTER_KEY_BYTES {
        return Err(bad(format!(
            "counter key `{key}`: 1 to {GROUP_COUNTER_KEY_BYTES} bytes"
        )));
    }
    Ok(())
}

fn too_many_keys(n: usize) -> (i64, String) {
    (
        codes::TOO_MANY_COUNTER_KEYS,
        format!("{n} counter keys; at most {GROUP_COUNTER_KEYS}"),
    )
}
