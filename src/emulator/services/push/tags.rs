//! The tag commands: `im_get_tag`, `im_add_tag`, `im_remove_tag`, `im_remove_all_tags`. At most
//! 10 tags per user in one `im_add_tag` and 100 per user in all (90032), a tag 1 to 50 bytes
//! (90040 empty, 90034 longer: the global table's codes; the tag pages name none). A request
//! is checked whole before anything changes.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::{account, malformed, user_list, State};
use crate::domain::codes;
use crate::domain::limits::{PUSH_TAGS_PER_CALL, PUSH_TAGS_PER_USER, PUSH_TEXT_BYTES};

type Fail = (i64, String);

/// Each `{To_Account, Tags}` of `UserTags`, the tags checked.
fn user_tags(body: &Value) -> Result<Vec<(String, Vec<String>)>, Fail> {
    let items = user_list(body, "UserTags")?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let user = account(item.get("To_Account").unwrap_or(&Value::Null))?;
        let tags = item
            .get("Tags")
            .and_then(Value::as_array)
            .ok_or_else(|| malformed("UserTags[].Tags must be an array of strings"))?;
        if tags.len() > PUSH_TAGS_PER_CALL {
            return Err((
                codes::TOO_MANY_TAGS,
                format!(
                    "{} tags for {user}; at most {PUSH_TAGS_PER_CALL} a request",
                    tags.len()
                ),
            ));
        }
        let mut list = Vec::with_capacity(tags.len());
        for tag in tags {
            let tag = tag
                .as_str()
                .ok_or_else(|| malformed("a tag must be a string"))?;
            if tag.is_empty() {
                return Err((codes::TAG_EMPTY, "a tag is empty".into()));
            }
            if tag.len() > PUSH_TEXT_BYTES {
                return Err((
                    codes::TAG_TOO_LONG_2,
                    format!("tag `{tag}` is over {PUSH_TEXT_BYTES} bytes"),
                ));
            }
            list.push(tag.to_string());
        }
        out.push((user.to_string(), list));
    }
    Ok(out)
}

pub(super) fn get_tag(state: &State, body: &Value) -> super::Reply {
    let users = user_list(body, "To_Account")?;
    let inner = state.push.lock();
    let mut out = Vec::with_capacity(users.len());
    for user in users {
        let user = account(user)?;
        let tags = inner
            .users
            .get(user)
            .map(|u| u.tags.clone())
            .unwrap_or_default();
        out.push(json!({"To_Account": user, "Tags": tags}));
    }
    Ok(json!({"UserTags": out}))
}

pub(super) fn add_tag(state: &State, body: &Value) -> super::Reply {
    let changes = user_tags(body)?;
    let push = &state.push;
    let mut inner = push.lock();
    // The totals first, with every item of the request counted, so nothing half-applies.
    let mut after: std::collections::HashMap<&str, Vec<String>> = Default::default();
    for (user, tags) in &changes {
        let list = after.entry(user.as_str()).or_insert_with(|| {
            inner
                .users
                .get(user)
                .map(|u| u.tags.clone())
                .unwrap_or_default()
        });
        for tag in tags {
            if !list.contains(tag) {
                list.push(tag.clone());
            }
        }
        if list.len() > PUSH_TAGS_PER_USER {
            return Err((
                codes::TOO_MANY_TAGS,
                format!(
                    "{user} would have {} tags; at most {PUSH_TAGS_PER_USER} (remove old ones first)",
                    list.len()
                ),
            ));
        }
    }
    let mut touched = BTreeSet::new();
    for (user, tags) in after {
        inner.users.entry(user.to_string()).or_default().tags = tags;
        touched.insert(user.to_string());
    }
    push.persist(&inner, false, &touched, None)?;
    Ok(json!({}))
}

pub(super) fn remove_tag(state: &State, body: &Value) -> super::Reply {
    let changes = user_tags(body)?;
    let push = &state.push;
    let mut inner = push.lock();
    let mut touched = BTreeSet::new();
    for (user, tags) in changes {
        if let Some(data) = inner.users.get_mut(&user) {
            data.tags.retain(|t| !tags.contains(t));
            touched.insert(user);
        }
    }
    push.persist(&inner, false, &touched, None)?;
    Ok(json!({}))
}

pub(super) fn remove_all_tags(state: &State, body: &Value) -> super::Reply {
    let users = user_list(body, "To_Account")?;
    let users: Vec<&str> = users.iter().map(account).collect::<Result<_, _>>()?;
    let push = &state.push;
    let mut inner = push.lock();
    let mut touched = BTreeSet::new();
    for user in users {
        if let Some(data) = inner.users.get_mut(user) {
            data.tags.clear();
            touched.insert(user.to_string());
        }
    }
    push.persist(&inner, false, &touched, None)?;
    Ok(json!({}))
}
