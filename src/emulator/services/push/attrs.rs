//! The attribute commands: `im_set_attr_name` / `im_get_attr_name` (the app's ten attribute
//! numbers and their names) and `im_get_attr` / `im_set_attr` / `im_remove_attr` (users'
//! values, addressed by attribute name). A request is checked whole before anything changes.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Map, Value};

use super::{account, malformed, user_list, Inner, State};
use crate::domain::codes;
use crate::domain::limits::{PUSH_ATTRIBUTES, PUSH_TEXT_BYTES};

type Fail = (i64, String);

/// 90030 (the global table's "attribute length 0 or over 50 bytes") for a name or value.
fn check_length(what: &str, text: &str) -> Result<(), Fail> {
    if text.is_empty() || text.len() > PUSH_TEXT_BYTES {
        return Err((
            codes::ATTRIBUTE_LENGTH,
            format!("{what} `{text}` must be 1 to {PUSH_TEXT_BYTES} bytes"),
        ));
    }
    Ok(())
}

fn invalid(message: String) -> Fail {
    (codes::ATTRIBUTE_INVALID, message)
}

/// The number of a defined attribute name, or 90033.
fn slot(inner: &Inner, name: &str) -> Result<String, Fail> {
    inner.slot_of(name).map(str::to_string).ok_or_else(|| {
        invalid(format!(
            "`{name}` is not an attribute name of this app (im_set_attr_name)"
        ))
    })
}

pub(super) fn set_attr_name(state: &State, body: &Value) -> super::Reply {
    let names = body
        .get("AttrNames")
        .and_then(Value::as_object)
        .ok_or_else(|| malformed("AttrNames is required and must be an object"))?;
    let push = &state.push;
    let mut inner = push.lock();
    let mut merged = inner.attr_names.clone();
    for (slot, name) in names {
        let valid_slot =
            slot.parse::<usize>().is_ok_and(|n| n < PUSH_ATTRIBUTES) && slot.len() == 1;
        if !valid_slot {
            return Err(invalid(format!(
                "attribute number `{slot}`: the app has attributes \"0\" to \"{}\"",
                PUSH_ATTRIBUTES - 1
            )));
        }
        let name = name
            .as_str()
            .ok_or_else(|| malformed(format!("AttrNames.{slot} must be a string")))?;
        check_length("attribute name", name)?;
        merged.insert(slot.clone(), name.to_string());
    }
    let mut seen = BTreeSet::new();
    for name in merged.values() {
        if !seen.insert(name) {
            return Err(invalid(format!("two attributes would be named `{name}`")));
        }
    }
    inner.attr_names = merged;
    push.persist(&inner, true, &BTreeSet::new(), None)?;
    Ok(json!({}))
}

pub(super) fn get_attr_name(state: &State) -> super::Reply {
    let inner = state.push.lock();
    Ok(json!({"AttrNames": inner.attr_names}))
}

pub(super) fn get_attr(state: &State, body: &Value) -> super::Reply {
    let users = user_list(body, "To_Account")?;
    let inner = state.push.lock();
    let mut out = Vec::with_capacity(users.len());
    for user in users {
        let user = account(user)?;
        let mut attrs = Map::new();
        if let Some(data) = inner.users.get(user) {
            for (slot, value) in &data.attrs {
                if let Some(name) = inner.attr_names.get(slot) {
                    attrs.insert(name.clone(), json!(value));
                }
            }
        }
        out.push(json!({"To_Account": user, "Attrs": attrs}));
    }
    Ok(json!({"UserAttrs": out}))
}

pub(super) fn set_attr(state: &State, body: &Value) -> super::Reply {
    let items = user_list(body, "UserAttrs")?;
    let push = &state.push;
    let mut inner = push.lock();
    let mut changes: Vec<(String, BTreeMap<String, String>)> = Vec::new();
    for item in items {
        let user = account(item.get("To_Account").unwrap_or(&Value::Null))?;
        let attrs = item
            .get("Attrs")
            .and_then(Value::as_object)
            .ok_or_else(|| malformed("UserAttrs[].Attrs must be an object of name: value"))?;
        let mut values = BTreeMap::new();
        for (name, value) in attrs {
            let slot = slot(&inner, name)?;
            let value = value
                .as_str()
                .ok_or_else(|| invalid(format!("the value of `{name}` must be a string")))?;
            check_length("attribute value", value)?;
            values.insert(slot, value.to_string());
        }
        changes.push((user.to_string(), values));
    }
    let mut touched = BTreeSet::new();
    for (user, values) in changes {
        inner
            .users
            .entry(user.clone())
            .or_default()
            .attrs
            .extend(values);
        touched.insert(user);
    }
    push.persist(&inner, false, &touched, None)?;
    Ok(json!({}))
}

pub(super) fn remove_attr(state: &State, body: &Value) -> super::Reply {
    let items = user_list(body, "UserAttrs")?;
    let push = &state.push;
    let mut inner = push.lock();
    let mut changes: Vec<(String, Vec<String>)> = Vec::new();
    for item in items {
        let user = account(item.get("To_Account").unwrap_or(&Value::Null))?;
        // Here Attrs is an array of names, not an object (spec §6.1.2).
        let names = item
            .get("Attrs")
            .and_then(Value::as_array)
            .ok_or_else(|| malformed("UserAttrs[].Attrs must be an array of attribute names"))?;
        let mut slots = Vec::new();
        for name in names {
            let name = name
                .as_str()
                .ok_or_else(|| invalid("attribute names must be strings".into()))?;
            slots.push(slot(&inner, name)?);
        }
        changes.push((user.to_string(), slots));
    }
    let mut touched = BTreeSet::new();
    for (user, slots) in changes {
        if let Some(data) = inner.users.get_mut(&user) {
            for slot in &slots {
                data.attrs.remove(slot);
            }
            touched.insert(user);
        }
    }
    push.persist(&inner, false, &touched, None)?;
    Ok(json!({}))
}
