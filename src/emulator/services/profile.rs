//! `profile/portrait_get` and `portrait_set` (spec §3).

use crate::domain::codes;
use serde_json::{json, Value};

use super::{persist_error, Reply, State};
use crate::domain::limits::PROFILE_BATCH;
use crate::domain::profile_fields;
use crate::emulator::callbacks::event_time;

pub fn portrait_get(state: &State, body: &Value) -> Reply {
    let users = body
        .get("To_Account")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| {
            (
                codes::PROFILE_NO_ACCOUNT,
                "To_Account is required".to_string(),
            )
        })?;
    if users.len() > PROFILE_BATCH {
        return Err((
            codes::PROFILE_DECODE_FAILED,
            format!("at most {PROFILE_BATCH} accounts per request"),
        ));
    }
    let tags = body
        .get("TagList")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| {
            (
                codes::PROFILE_DECODE_FAILED,
                "TagList is required".to_string(),
            )
        })?;
    let mut tag_names = Vec::new();
    for tag in tags {
        let tag = tag.as_str().ok_or_else(|| {
            (
                codes::PROFILE_DECODE_FAILED,
                "TagList[] must be strings".to_string(),
            )
        })?;
        if profile_fields::kind(tag).is_none() {
            return Err((
                codes::PROFILE_UNKNOWN_TAG,
                format!("unknown profile tag `{tag}`"),
            ));
        }
        state.app.check_defined(tag)?;
        tag_names.push(tag);
    }
    let mut items = Vec::new();
    let mut failed = Vec::new();
    state.accounts.read(|accounts| {
        for user in users {
            let id = user.as_str().unwrap_or_default();
            let Some(account) = accounts.get(id) else {
                // Failed users appear both in the list, with their code, and in Fail_Account.
                items.push(
                    json!({"To_Account": id, "ResultCode": codes::PROFILE_ACCOUNT_MISSING,
                                  "ResultInfo": "Err_Profile_Account_Not_Exist"}),
                );
                failed.push(json!(id));
                continue;
            };
            let fields: Vec<Value> = tag_names
                .iter()
                .filter_map(|tag| {
                    let value = account
                        .profile
                        .get(*tag)
                        .cloned()
                        .or_else(|| profile_fields::default_value(tag))?;
                    Some(json!({"Tag": tag, "Value": value}))
                })
                .collect();
            items.push(
                json!({"To_Account": id, "ProfileItem": fields, "ResultCode": 0, "ResultInfo": ""}),
            );
        }
    });
    let mut out = json!({ "UserProfileItem": items });
    if !failed.is_empty() {
        out["Fail_Account"] = json!(failed);
    }
    out["ErrorDisplay"] = json!("");
    Ok(out)
}

pub fn portrait_set(state: &State, body: &Value, now: i64) -> Reply {
    let id = body
        .get("From_Account")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            (
                codes::PROFILE_DECODE_FAILED,
                "From_Account is required (a string)".to_string(),
            )
        })?;
    let items = body
        .get("ProfileItem")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| {
            (
                codes::PROFILE_DECODE_FAILED,
                "ProfileItem is required (a non-empty array)".to_string(),
            )
        })?;
    let mut updates = Vec::new();
    for item in items {
        let tag = item.get("Tag").and_then(Value::as_str).ok_or_else(|| {
            (
                codes::PROFILE_DECODE_FAILED,
                "ProfileItem[].Tag must be a string".to_string(),
            )
        })?;
        let value = item.get("Value").ok_or_else(|| {
            (
                codes::PROFILE_DECODE_FAILED,
                format!("ProfileItem `{tag}` has no Value"),
            )
        })?;
        profile_fields::check_value(tag, value)?;
        state.app.check_defined(tag)?;
        updates.push((tag.to_string(), value.clone()));
    }
    let found = state
        .accounts
        .write(|accounts, changed| match accounts.get_mut(id) {
            Some(account) => {
                account.profile.extend(updates);
                changed.push(id.to_string());
                true
            }
            None => false,
        })
        .map_err(persist_error)?;
    if !found {
        return Err((
            codes::PROFILE_ACCOUNT_MISSING,
            format!("account `{id}` does not exist"),
        ));
    }
    if let Some(callbacks) = &state.callbacks {
        let event = json!({
            "Operator_Account": state.app.admin,
            "From_Account": id,
            "EventTime": event_time(now),
            "ProfileItem": items,
        });
        callbacks.after("Profile.CallbackPortraitSet", event, now);
    }
    Ok(json!({ "ErrorDisplay": "" }))
}
