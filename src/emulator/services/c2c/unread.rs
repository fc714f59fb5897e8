//! `admin_set_msg_read` (spec §5.12) and `get_c2c_unread_msg_num` (§5.13). A message counts as
//! unread for its recipient while it is newer than the recipient's read mark for its sender,
//! not recalled, and was not sent `NoUnread` or imported as history (SyncFromOldSystem 2).

use serde_json::{json, Value};

use super::super::State;
use super::{account, internal, Fail};
use crate::domain::codes;
use crate::domain::limits::C2C_UNREAD_PEERS;

/// Marks everything `Peer_Account` sent `Report_Account` up to `MsgReadTime` (seconds, a
/// string in the tables; an integer is taken too; default now) read.
pub fn admin_set_msg_read(state: &State, body: &Value, now: i64) -> Result<Value, Fail> {
    let reader = account(
        state,
        body,
        &["Report_Account"],
        codes::SENDER_MISSING,
        codes::SENDER_MISSING,
    )?;
    let peer = account(
        state,
        body,
        &["Peer_Account"],
        codes::TO_ACCOUNT_INVALID,
        codes::TO_ACCOUNT_INVALID,
    )?;
    let time = match body.get("MsgReadTime") {
        None | Some(Value::Null) => Some(now),
        Some(Value::String(s)) => s.trim().parse().ok(),
        Some(v) => v.as_i64(),
    }
    .ok_or_else(|| {
        (
            codes::MSG_JSON_PARSE_FAILED,
            "MsgReadTime must be Unix seconds".to_string(),
        )
    })?;
    state
        .messages
        .set_read_mark(reader, peer, time)
        .map_err(internal)?;
    Ok(json!({}))
}

/// The unread count of `user` from `peer`.
pub(super) fn unread(state: &State, user: &str, peer: &str) -> usize {
    let mark = state.messages.read_mark(user, peer);
    state.messages.read(|list| {
        list.iter()
            .filter(|m| m.to == user && m.from == peer && m.unread && !m.recalled)
            .filter(|m| m.time > mark)
            .count()
    })
}

pub fn get_c2c_unread_msg_num(state: &State, body: &Value) -> Result<Value, Fail> {
    let user = account(
        state,
        body,
        &["To_Account"],
        codes::TO_ACCOUNT_INVALID,
        codes::TO_ACCOUNT_INVALID,
    )?;
    let Some(peers) = body.get("Peer_Account").filter(|p| !p.is_null()) else {
        let senders: std::collections::BTreeSet<String> = state.messages.read(|list| {
            list.iter()
                .filter(|m| m.to == user)
                .map(|m| m.from.clone())
                .collect()
        });
        let total: usize = senders.iter().map(|p| unread(state, user, p)).sum();
        return Ok(json!({"AllC2CUnreadMsgNum": total}));
    };
    let peers = peers
        .as_array()
        .filter(|p| p.len() <= C2C_UNREAD_PEERS)
        .ok_or_else(|| {
            (
                codes::MSG_JSON_PARSE_FAILED,
                format!("Peer_Account must be an array of at most {C2C_UNREAD_PEERS} UserIDs"),
            )
        })?;
    let (mut counts, mut errors) = (Vec::new(), Vec::new());
    for peer in peers {
        match peer.as_str() {
            Some(p) if state.accounts.read(|a| a.contains_key(p)) => {
                counts.push(json!({"Peer_Account": p, "C2CUnreadMsgNum": unread(state, user, p)}))
            }
            _ => {
                errors.push(json!({"Peer_Account": peer, "ErrorCode": codes::ACCOUNT_NOT_IMPORTED}))
            }
        }
    }
    let mut answer = json!({"C2CUnreadMsgNumList": counts});
    if !errors.is_empty() {
        answer["ErrorList"] = json!(errors);
    }
    Ok(answer)
}
