//! The blocklist: `black_list_add` (which also ends the friendship both ways), `_delete`,
//! `_get` (paged) and `_check` (spec §8.9–§8.11).

use serde_json::{json, Value};

use super::{bad, batch_answer, exists, from_account, result_item, to_accounts, Reply};
use crate::domain::codes;
use crate::domain::limits::SNS_BATCH;
use crate::domain::sns::{
    ALREADY_BLOCKED_INFO, BLACK_CHECK_TYPE_BOTH, BLACK_CHECK_TYPE_SINGLE, MAX_BLOCKED,
};
use crate::emulator::services::State;

pub fn add(state: &State, body: &Value, now: i64) -> Reply {
    let from = from_account(state, body)?;
    let peers = to_accounts(body, SNS_BATCH)?;
    let known: Vec<bool> = peers.iter().map(|p| exists(state, p)).collect();
    let results = state.sns.write(|users, changed| {
        let results: Vec<Value> = peers
            .iter()
            .zip(known)
            .map(|(peer, known)| {
                let me = users.entry(from.to_string()).or_default();
                let (code, info) = if peer == from {
                    (codes::SNS_BAD_PARAMETER, "Err_SNS_BlackListAdd_Add_Self")
                } else if !known {
                    (
                        codes::SNS_ACCOUNT_MISSING,
                        "Err_SNS_BlackListAdd_Account_Not_Exist",
                    )
                } else if me.has_blocked(peer) {
                    (codes::SNS_BAD_PARAMETER, ALREADY_BLOCKED_INFO)
                } else if me.blocked.len() >= MAX_BLOCKED {
                    (codes::BLOCKLIST_FULL, "Err_SNS_BlackListAdd_Count_Exceed")
                } else {
                    me.blocked.push((peer.clone(), now));
                    me.black_sequence += 1;
                    me.remove_friend(peer);
                    me.pending.retain(|p| p != peer);
                    if let Some(them) = users.get_mut(peer.as_str()) {
                        them.remove_friend(from);
                        them.pending.retain(|p| p != from);
                        changed.push(peer.clone());
                    }
                    (0, "")
                };
                result_item(peer, code, info)
            })
            .collect();
        changed.push(from.to_string());
        results
    })?;
    Ok(batch_answer(results))
}

pub fn delete(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let peers = to_accounts(body, SNS_BATCH)?;
    let results = state.sns.write(|users, changed| {
        let me = users.entry(from.to_string()).or_default();
        let results: Vec<Value> = peers
            .iter()
            .map(|peer| {
                // No page names a code for a user who is not on the list: the removal is
                // taken as done (the list ends as asked).
                if me.has_blocked(peer) {
                    me.blocked.retain(|(b, _)| b != peer);
                    me.black_sequence += 1;
                }
                result_item(peer, 0, "")
            })
            .collect();
        changed.push(from.to_string());
        results
    })?;
    Ok(batch_answer(results))
}

pub fn get(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let number = |name: &str| {
        body.get(name)
            .and_then(Value::as_u64)
            .ok_or_else(|| bad(format!("{name} is required: a non-negative integer")))
    };
    let start = number("StartIndex")? as usize;
    let limit = number("MaxLimited")? as usize;
    number("LastSequence")?;
    if limit == 0 {
        return Err(bad("MaxLimited must be at least 1"));
    }
    let me = state.sns.user(from).unwrap_or_default();
    let page: Vec<Value> = me
        .blocked
        .iter()
        .skip(start)
        .take(limit)
        .map(|(id, at)| json!({"To_Account": id, "AddBlackTimeStamp": at}))
        .collect();
    let end = start + page.len();
    Ok(json!({
        "BlackListItem": page,
        // The next page's start; 0: done.
        "StartIndex": if end >= me.blocked.len() { 0 } else { end },
        "CurruentSequence": me.black_sequence,
    }))
}

pub fn check(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let peers = to_accounts(body, SNS_BATCH)?;
    let both =
        match body.get("CheckType").and_then(Value::as_str) {
            Some(BLACK_CHECK_TYPE_BOTH) => true,
            Some(BLACK_CHECK_TYPE_SINGLE) => false,
            _ => return Err(bad(
                "CheckType is required: BlackCheckResult_Type_Single or BlackCheckResult_Type_Both",
            )),
        };
    let me = state.sns.user(from).unwrap_or_default();
    let items: Vec<Value> = peers
        .iter()
        .map(|peer| {
            let mine = me.has_blocked(peer);
            let theirs = both && state.sns.user(peer).is_some_and(|u| u.has_blocked(from));
            let relation = match (mine, theirs) {
                (true, true) => "BlackCheckResult_Type_BothWay",
                (true, false) => "BlackCheckResult_Type_AWithB",
                (false, true) => "BlackCheckResult_Type_BWithA",
                (false, false) => "BlackCheckResult_Type_NO",
            };
            json!({"To_Account": peer, "Relation": relation, "ResultCode": 0, "ResultInfo": ""})
        })
        .collect();
    Ok(json!({ "BlackListCheckItem": items }))
}
