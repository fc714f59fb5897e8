//! `admin_msgwithdraw` (spec §5.9) and `modify_c2c_msg` (§5.10): both find one message by its
//! sender, recipient and MsgKey (a batch send gives every recipient the same key), and change
//! what later roaming reads return.

use serde_json::{json, Value};

use super::super::State;
use super::{internal, pair, Fail};
use crate::domain::codes;

/// A MsgKey is `SEQ_RANDOM_TIME`, three unsigned numbers.
pub(super) fn valid_key(key: &str) -> bool {
    let parts: Vec<&str> = key.split('_').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

fn msg_key(body: &Value) -> Result<&str, Fail> {
    let key = body.get("MsgKey").and_then(Value::as_str).unwrap_or("");
    if !valid_key(key) {
        return Err((
            codes::RECALL_MSG_KEY_INVALID,
            format!("invalid MsgKey `{key}`"),
        ));
    }
    Ok(key)
}

/// Recalls: the message stays in the roaming reads, flagged recalled, and stops counting as
/// unread. A second recall is 20023.
pub fn admin_msgwithdraw(state: &State, body: &Value, now: i64) -> Result<Value, Fail> {
    let (from, to) = pair(state, body)?;
    let key = msg_key(body)?;
    let was = state
        .messages
        .update((from, to, key), |m| {
            std::mem::replace(&mut m.recalled, true)
        })
        .map_err(internal)?;
    match was {
        None => Err((
            codes::RECALL_NOT_FOUND,
            format!("no message {key} from {from} to {to}"),
        )),
        Some(true) => Err((
            codes::ALREADY_RECALLED,
            format!("message {key} was already recalled"),
        )),
        Some(false) => {
            super::withdraw_event::after_withdraw(state, from, to, key, now);
            Ok(json!({}))
        }
    }
}

/// Overwrites the body and/or the cloud data; answers `ErrorInfo: "succeed"` as published.
pub fn modify_c2c_msg(state: &State, body: &Value) -> Result<Value, Fail> {
    let (from, to) = pair(state, body)?;
    let key = msg_key(body).map_err(|(_, info)| (codes::MSG_INVALID_REQUEST, info))?;
    let new_body = match body.get("MsgBody") {
        None | Some(Value::Null) => None,
        Some(b) => Some(checked_body(b)?),
    };
    let cloud = match body.get("CloudCustomData") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            return Err((
                codes::MSG_FORMAT_INVALID,
                "CloudCustomData must be a string".into(),
            ))
        }
    };
    if new_body.is_none() && cloud.is_none() {
        return Err((
            codes::MSG_BODY_MALFORMED,
            "give MsgBody, CloudCustomData or both".into(),
        ));
    }
    let changed = state
        .messages
        .update((from, to, key), |m| {
            if m.recalled {
                return false;
            }
            if let Some(b) = new_body {
                m.body = b;
            }
            if cloud.is_some() {
                m.cloud_custom_data = cloud;
            }
            true
        })
        .map_err(internal)?;
    match changed {
        Some(true) => Ok(json!({"ErrorInfo": "succeed"})),
        Some(false) => Err((
            codes::MSG_INVALID_REQUEST,
            format!("message {key} was recalled; it cannot be modified"),
        )),
        None => Err((
            codes::MSG_INVALID_REQUEST,
            format!("no message {key} from {from} to {to}"),
        )),
    }
}

/// A `MsgBody` as the send checks it: a non-empty array of `{MsgType, MsgContent}`.
pub(super) fn checked_body(body: &Value) -> Result<Value, Fail> {
    let elems = body.as_array().ok_or_else(|| {
        (
            codes::MSG_BODY_NOT_ARRAY,
            "MsgBody must be an array".to_string(),
        )
    })?;
    if elems.is_empty() {
        return Err((codes::MSG_BODY_MALFORMED, "MsgBody is empty".into()));
    }
    for elem in elems {
        let kind = elem.get("MsgType").and_then(Value::as_str);
        if kind.is_none() || !elem.get("MsgContent").is_some_and(Value::is_object) {
            return Err((
                codes::MSG_FORMAT_INVALID,
                "every MsgBody element needs MsgType (a string) and MsgContent (an object)".into(),
            ));
        }
    }
    Ok(body.clone())
}
