//! `importmsg` (spec §5.8): one historic C2C message with its original `MsgTimeStamp`. No
//! callbacks, not a send of any day (`getappinfo` leaves it out); SyncFromOldSystem 2 is
//! history (read), 5 counts as unread. The same `MsgSeq` + `MsgRandom` + `MsgTimeStamp` between
//! the same two accounts (either way) is the same message: the first import wins.

use std::sync::atomic::Ordering;

use serde_json::{json, Value};

use super::super::message::{check_send, Delivery, Message};
use super::super::State;
use super::{account, internal, Fail};
use crate::domain::codes;

pub fn importmsg(state: &State, body: &Value) -> Result<Value, Fail> {
    let sync = match body.get("SyncFromOldSystem").and_then(Value::as_i64) {
        Some(n @ (2 | 5)) => n,
        _ => {
            return Err((
                codes::ATTRIBUTE_LENGTH,
                "SyncFromOldSystem is required: 2 (history) or 5 (real-time)".into(),
            ))
        }
    };
    let from = account(
        state,
        body,
        &["From_Account"],
        codes::SENDER_MISSING,
        codes::SENDER_NOT_FOUND,
    )?;
    let to = account(
        state,
        body,
        &["To_Account"],
        codes::TO_ACCOUNT_INVALID,
        codes::TO_ACCOUNT_NOT_IMPORTED,
    )?;
    let time = body
        .get("MsgTimeStamp")
        .and_then(Value::as_i64)
        .filter(|t| *t >= 0)
        .ok_or_else(|| {
            (
                codes::MSG_TIMESTAMP_INVALID,
                "MsgTimeStamp is required (Unix seconds)".to_string(),
            )
        })?;
    // The send's checks: size, MsgRandom, MsgSeq, MsgBody, CloudCustomData.
    let send = check_send(body, from)?;
    let seq = match body.get("MsgSeq").and_then(Value::as_u64) {
        Some(seq) => seq as u32,
        None => state.messages.seq.fetch_add(1, Ordering::Relaxed) as u32,
    };
    let same = |m: &Message| {
        m.imported
            && m.seq == seq
            && m.random == send.random
            && m.time == time
            && ((m.from == from && m.to == to) || (m.from == to && m.to == from))
    };
    if state.messages.read(|list| list.iter().any(same)) {
        return Ok(json!({}));
    }
    let message = Message {
        from: from.to_string(),
        to: to.to_string(),
        time,
        random: send.random,
        key: format!("{seq}_{}_{time}", send.random),
        delivery: Delivery::Held,
        body: send.body.clone(),
        cloud_custom_data: send.cloud_custom_data.map(String::from),
        seq,
        recalled: false,
        unread: sync == 5,
        imported: true,
    };
    state.messages.store(vec![message]).map_err(internal)?;
    super::super::recent::after_c2c_import(state, from, to, time).map_err(internal)?;
    Ok(json!({}))
}
