//! Friend lists (the service calls them groups): `group_add`, `group_delete`, `group_get`
//! (spec §8.12). Up to 32 per user (30011), names of 1 to 30 bytes.

use serde_json::{json, Value};

use super::{bad, batch_answer, from_account, result_item, to_accounts, Reply, SnsUser};
use crate::domain::codes;
use crate::domain::limits::SNS_BATCH;
use crate::domain::sns::{self as rules, MAX_LISTS, NEED_FRIEND_YES};
use crate::emulator::services::State;

fn names(body: &Value, required: bool) -> Result<Vec<String>, (i64, String)> {
    let Some(value) = body.get("GroupName") else {
        return if required {
            Err(bad("GroupName is required: an array of friend list names"))
        } else {
            Ok(Vec::new())
        };
    };
    let list = value
        .as_array()
        .filter(|l| !required || !l.is_empty())
        .ok_or_else(|| bad("GroupName must be a non-empty array of names"))?;
    let mut out: Vec<String> = Vec::new();
    for name in list {
        let name = name
            .as_str()
            .ok_or_else(|| bad("GroupName[] must be strings"))?;
        rules::check_list_name(name).map_err(bad)?;
        if !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
    }
    Ok(out)
}

fn friends_in(user: &SnsUser, list: &str) -> Vec<String> {
    user.friends
        .iter()
        .filter(|f| f.groups.iter().any(|g| g == list))
        .map(|f| f.to_account.clone())
        .collect()
}

pub fn add(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let new = names(body, true)?;
    let peers = match body.get("To_Account") {
        None => None,
        Some(_) => Some(to_accounts(body, SNS_BATCH)?),
    };
    state.sns.write(|users, changed| {
        let me = users.entry(from.to_string()).or_default();
        if let Some(name) = new.iter().find(|n| me.lists.contains(n)) {
            return Err(bad(format!("friend list `{name}` already exists")));
        }
        if me.lists.len() + new.len() > MAX_LISTS {
            return Err((
                codes::TOO_MANY_FRIEND_LISTS,
                format!("a user may have at most {MAX_LISTS} friend lists"),
            ));
        }
        me.lists.extend(new.iter().cloned());
        me.list_sequence += 1;
        let mut out = json!({});
        if let Some(peers) = &peers {
            let items: Vec<Value> = peers
                .iter()
                .map(|peer| match me.friend_mut(peer) {
                    Some(friend) => {
                        friend.groups.extend(new.iter().cloned());
                        result_item(peer, 0, "")
                    }
                    None => result_item(
                        peer,
                        codes::TARGET_NOT_A_FRIEND,
                        "Err_SNS_GroupAdd_ToTinyId_Not_Friend",
                    ),
                })
                .collect();
            me.standard_sequence += 1;
            out = batch_answer(items);
        }
        out["CurrentSequence"] = json!(me.list_sequence);
        changed.push(from.to_string());
        Ok(out)
    })?
}

pub fn delete(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let gone = names(body, true)?;
    state.sns.write(|users, changed| {
        let me = users.entry(from.to_string()).or_default();
        if let Some(name) = gone.iter().find(|n| !me.lists.contains(n)) {
            return Err(bad(format!("friend list `{name}` does not exist")));
        }
        me.lists.retain(|l| !gone.contains(l));
        for friend in &mut me.friends {
            friend.groups.retain(|g| !gone.contains(g));
        }
        me.list_sequence += 1;
        me.standard_sequence += 1;
        changed.push(from.to_string());
        Ok(json!({"CurrentSequence": me.list_sequence}))
    })?
}

pub fn get(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let wanted = names(body, false)?;
    let need_friend = body.get("NeedFriend").and_then(Value::as_str) == Some(NEED_FRIEND_YES);
    let me = state.sns.user(from).unwrap_or_default();
    if let Some(name) = wanted.iter().find(|n| !me.lists.contains(n)) {
        return Err(bad(format!("friend list `{name}` does not exist")));
    }
    let items: Vec<Value> = me
        .lists
        .iter()
        .filter(|l| wanted.is_empty() || wanted.contains(l))
        .map(|list| {
            let members = friends_in(&me, list);
            let mut item = json!({"GroupName": list, "FriendNumber": members.len()});
            if need_friend {
                item["To_Account"] = json!(members);
            }
            item
        })
        .collect();
    Ok(json!({"ResultItem": items, "CurrentSequence": me.list_sequence}))
}
