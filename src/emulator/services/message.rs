//! `openim/sendmsg` and `openim/batchsendmsg` (spec §5.2–5.4): C2C messages from the admin or a
//! `From_Account`, stored with what happened to them (delivered online, offline push, held
//! offline) so that `getappinfo` can count them per day. A repeated `MsgRandom` from the same
//! sender to the same recipient within the same second is the same message (spec: "dedup within
//! a second"): it answers the first one's MsgTime and MsgKey and is stored once.

use crate::domain::codes;
use std::collections::HashSet;
use std::sync::atomic::Ordering;

use serde_json::{json, Value};

pub(super) use super::message_check::{check_send, Fail};
use super::message_events::{after_send, before_send, c2c_event};
pub use super::message_store::{Delivery, Message, Messages};
use super::presence::Reach;
use super::State;
use crate::domain::limits::STATUS_BATCH;

fn delivery(state: &State, to: &str, pushes: bool) -> Delivery {
    match state.presence.reach(to) {
        Reach::Online => Delivery::Online,
        Reach::PushOnline if pushes => Delivery::Pushed,
        _ => Delivery::Held,
    }
}

/// The MsgKey of a send: `SEQ_RANDOM_TIME`, like the samples' `89541_2574206_1572870301`.
fn new_key(state: &State, random: u32, now: i64) -> String {
    let seq = state.messages.seq.fetch_add(1, Ordering::Relaxed);
    format!("{seq}_{random}_{now}")
}

/// The key already given to this (from, to, random) in this second, if any.
fn duplicate(state: &State, from: &str, to: &str, random: u32, now: i64) -> Option<String> {
    let mut recent = state
        .messages
        .recent
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    recent.retain(|k, _| k.3 >= now - 1);
    recent
        .get(&(from.to_string(), to.to_string(), random, now))
        .cloned()
}

fn remember(state: &State, from: &str, to: &str, random: u32, now: i64, key: &str) {
    state
        .messages
        .recent
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(
            (from.to_string(), to.to_string(), random, now),
            key.to_string(),
        );
}

fn exists(state: &State, id: &str) -> bool {
    state.accounts.read(|a| a.contains_key(id))
}

pub fn sendmsg(state: &State, body: &Value, now: i64) -> Result<Value, Fail> {
    let admin = state.app.admin.clone();
    let to = body
        .get("To_Account")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            (
                codes::TO_ACCOUNT_INVALID,
                "To_Account is required (a string)".to_string(),
            )
        })?;
    let send = check_send(body, &admin)?;
    if send.from != admin && !exists(state, send.from) {
        return Err((
            codes::SENDER_MISSING,
            format!("From_Account `{}` does not exist", send.from),
        ));
    }
    if !exists(state, to) {
        return Err((
            codes::RECEIVER_NOT_IMPORTED,
            format!("To_Account `{to}` is invalid or not imported"),
        ));
    }
    if let Some(key) = duplicate(state, send.from, to, send.random, now) {
        return Ok(json!({"MsgTime": now, "MsgKey": key}));
    }
    let key = new_key(state, send.random, now);
    let event = c2c_event(body, send.from, to, &key, now);
    let Some(event) = before_send(state, body, event, now)? else {
        // Dropped by the app's backend: the sender sees success, nothing is delivered.
        return Ok(json!({"MsgTime": now, "MsgKey": key}));
    };
    state
        .messages
        .store(vec![Message {
            delivery: delivery(state, to, send.pushes),
            // What the before-send callback let through (possibly rewritten) is what is stored.
            body: event["MsgBody"].clone(),
            cloud_custom_data: event
                .get("CloudCustomData")
                .and_then(Value::as_str)
                .map(String::from),
            ..Message::sent(body, send.from, to, now, send.random, &key)
        }])
        .map_err(|e| (codes::MSG_INTERNAL_CALLBACK, format!("internal error: {e}")))?;
    remember(state, send.from, to, send.random, now, &key);
    super::recent::after_c2c_send(state, body, send.from, &[to], &key, now)
        .map_err(|e| (codes::MSG_INTERNAL_CALLBACK, format!("internal error: {e}")))?;
    after_send(state, body, event, now);
    Ok(json!({"MsgTime": now, "MsgKey": key}))
}

/// The whole answer (the envelope included): a partial failure is `ActionStatus: SomeError`
/// with ErrorCode 0, as in the published sample.
pub fn batchsendmsg(state: &State, body: &Value, now: i64) -> Value {
    match batch(state, body, now) {
        Ok((key, errors)) if errors.is_empty() => {
            json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "MsgKey": key})
        }
        Ok((key, errors)) => json!({"ActionStatus": "SomeError", "ErrorCode": 0, "ErrorInfo": "",
                                    "MsgKey": key, "ErrorList": errors}),
        Err((code, info)) => json!({"ActionStatus": "FAIL", "ErrorCode": code, "ErrorInfo": info}),
    }
}

fn batch(state: &State, body: &Value, now: i64) -> Result<(String, Vec<Value>), Fail> {
    let admin = state.app.admin.clone();
    let list = body
        .get("To_Account")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| {
            (
                codes::TO_ACCOUNT_INVALID,
                "To_Account is required (a non-empty array)".to_string(),
            )
        })?;
    if list.len() > STATUS_BATCH {
        return Err((
            codes::TOO_MANY_TARGETS,
            format!("at most {STATUS_BATCH} recipients per request"),
        ));
    }
    let send = check_send(body, &admin)?;
    if send.from != admin && !exists(state, send.from) {
        return Err((
            codes::SENDER_MISSING,
            format!("From_Account `{}` does not exist", send.from),
        ));
    }
    let mut errors = Vec::new();
    let mut to_send = Vec::new();
    let mut seen = HashSet::new();
    state.accounts.read(|accounts| {
        for to in list {
            match to.as_str() {
                Some(id) if accounts.contains_key(id) => {
                    if seen.insert(id) {
                        to_send.push(id.to_string());
                    }
                }
                _ => {
                    errors.push(json!({"To_Account": to, "ErrorCode": codes::ACCOUNT_NOT_IMPORTED}))
                }
            }
        }
    });
    if to_send.is_empty() {
        return Err((
            codes::TO_ACCOUNT_NOT_IMPORTED,
            "invalid To_Account: none of the recipients is imported".into(),
        ));
    }
    let key = new_key(state, send.random, now);
    let mut batch = Vec::new();
    for to in &to_send {
        if duplicate(state, send.from, to, send.random, now).is_some() {
            continue;
        }
        batch.push(Message {
            delivery: delivery(state, to, send.pushes),
            body: send.body.clone(),
            cloud_custom_data: send.cloud_custom_data.map(String::from),
            ..Message::sent(body, send.from, to, now, send.random, &key)
        });
    }
    state
        .messages
        .store(batch)
        .map_err(|e| (codes::MSG_INTERNAL_CALLBACK, format!("internal error: {e}")))?;
    for to in &to_send {
        remember(state, send.from, to, send.random, now, &key);
    }
    let recipients: Vec<&str> = to_send.iter().map(String::as_str).collect();
    super::recent::after_c2c_send(state, body, send.from, &recipients, &key, now)
        .map_err(|e| (codes::MSG_INTERNAL_CALLBACK, format!("internal error: {e}")))?;
    Ok((key, errors))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;
    use std::sync::Mutex;

    #[test]
    fn old_files_gain_the_body_columns_and_bodies_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("emulator.sqlite3");
        let open = || std::sync::Arc::new(Mutex::new(Connection::open(&path).unwrap()));
        // A file from before bodies were kept.
        open()
            .lock()
            .unwrap()
            .execute_batch(
                "CREATE TABLE messages (
                   msg_key TEXT NOT NULL, from_id TEXT NOT NULL, to_id TEXT NOT NULL,
                   time INTEGER NOT NULL, random INTEGER NOT NULL, delivery TEXT NOT NULL);
                 INSERT INTO messages VALUES ('1_7_100', 'a', 'b', 100, 7, 'held');",
            )
            .unwrap();
        let messages = Messages::open(open()).unwrap();
        messages.read(|list| {
            assert_eq!(list.len(), 1);
            assert_eq!(list[0].body, json!([]));
            assert_eq!(list[0].cloud_custom_data, None);
        });
        let body = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]);
        messages
            .store(vec![Message {
                from: "b".into(),
                to: "a".into(),
                time: 200,
                random: 8,
                key: "2_8_200".into(),
                delivery: Delivery::Online,
                body: body.clone(),
                cloud_custom_data: Some("cc".into()),
                seq: 2,
                recalled: false,
                unread: true,
                imported: false,
            }])
            .unwrap();
        drop(messages);
        let again = Messages::open(open()).unwrap();
        again.read(|list| {
            assert_eq!(list.len(), 2);
            assert_eq!(list[1].body, body);
            assert_eq!(list[1].cloud_custom_data.as_deref(), Some("cc"));
        });
    }
}
