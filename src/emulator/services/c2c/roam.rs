//! `admin_getroammsg` (spec §5.5): one side's view of a conversation in `[MinTime, MaxTime]`,
//! newest page first. A page is the newest `MaxCnt` messages (and at most ~13 KB of them) older
//! than `LastMsgKey`, listed oldest first; `LastMsgTime`/`LastMsgKey` name the page's oldest
//! message, and the next page repeats the query with `MaxTime = LastMsgTime` and that key.
//! Recalled messages are still listed, with `MsgFlagBits` 8.

use serde_json::{json, Value};

use super::super::message::Message;
use super::super::State;
use super::{account, Fail};
use crate::domain::codes;

/// How much message JSON one page carries at most (the service says "~13 KB").
const PAGE_BYTES: usize = 13 * 1024;
const RECALLED: u32 = 8;

fn int(body: &Value, name: &str) -> Result<i64, Fail> {
    body.get(name).and_then(Value::as_i64).ok_or_else(|| {
        (
            codes::MSG_JSON_PARSE_FAILED,
            format!("{name} is required (an integer)"),
        )
    })
}

pub fn admin_getroammsg(state: &State, body: &Value) -> Result<Value, Fail> {
    let me = account(
        state,
        body,
        &["Operator_Account", "From_Account"],
        codes::SENDER_MISSING,
        codes::SENDER_MISSING,
    )?;
    let peer = account(
        state,
        body,
        &["Peer_Account", "To_Account"],
        codes::TO_ACCOUNT_INVALID,
        codes::TO_ACCOUNT_INVALID,
    )?;
    let max_cnt = int(body, "MaxCnt")?;
    let (min_time, max_time) = (int(body, "MinTime")?, int(body, "MaxTime")?);
    if max_cnt <= 0 {
        return Err((
            codes::MSG_JSON_PARSE_FAILED,
            "MaxCnt must be positive".into(),
        ));
    }
    let last_key = body.get("LastMsgKey").and_then(Value::as_str);
    // What this side deleted one-way, cleared, or sent with `SyncOtherMachine: 2`.
    let hidden = super::super::recent::hidden(state, me, peer).map_err(super::internal)?;
    let mut window: Vec<Message> = state.messages.read(|list| {
        list.iter()
            .filter(|m| (m.from == me && m.to == peer) || (m.from == peer && m.to == me))
            .filter(|m| !hidden.contains(&m.key))
            .filter(|m| (min_time..=max_time).contains(&m.time))
            .cloned()
            .collect()
    });
    window.sort_by_key(|m| (m.time, m.seq));
    if let Some(key) = last_key.filter(|k| !k.is_empty()) {
        if let Some(at) = window.iter().position(|m| m.key == key) {
            window.truncate(at);
        }
    }
    let mut page = Vec::new();
    let mut bytes = 0;
    while let Some(m) = window.last() {
        let item = roam_item(m);
        bytes += item.to_string().len();
        if page.len() as i64 == max_cnt || (!page.is_empty() && bytes > PAGE_BYTES) {
            break;
        }
        page.push(item);
        window.pop();
    }
    page.reverse();
    let (last_time, last_key) = page
        .first()
        .map(|m| (m["MsgTimeStamp"].clone(), m["MsgKey"].clone()))
        .unwrap_or((json!(0), json!("")));
    Ok(json!({
        "Complete": u8::from(window.is_empty()),
        "MsgCnt": page.len(),
        "LastMsgTime": last_time,
        "LastMsgKey": last_key,
        "MsgList": page,
    }))
}

fn roam_item(m: &Message) -> Value {
    let mut item = json!({
        "From_Account": m.from,
        "To_Account": m.to,
        "MsgSeq": m.seq,
        "MsgRandom": m.random,
        "MsgTimeStamp": m.time,
        "MsgFlagBits": if m.recalled { RECALLED } else { 0 },
        // Read receipts come from client SDKs, which the emulator has none of.
        "IsPeerRead": 0,
        "MsgKey": m.key,
        "MsgBody": m.body,
    });
    if let Some(data) = &m.cloud_custom_data {
        item["CloudCustomData"] = json!(data);
    }
    item
}
