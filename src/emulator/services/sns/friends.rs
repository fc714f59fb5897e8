//! Friend writes: `friend_add` (approval, blocklists, limits), `friend_import` (one way, no
//! approval), `friend_update`, `friend_delete` and `friend_delete_all` (spec §8.2–§8.5).

use std::collections::HashMap;

use serde_json::{json, Value};

use super::{
    bad, batch_answer, exists, from_account, remark, result_item, text, to_accounts, Friend, Reply,
    SnsUser,
};
use crate::domain::codes;
use crate::domain::limits::SNS_BATCH as SNS_BATCH_LIMIT;
use crate::domain::sns::{
    self as rules, ADD_TYPE_BOTH, ADD_TYPE_SINGLE, ADD_WORDING_MAX, CUSTOM_VALUE_MAX,
    DELETE_TYPE_BOTH, DELETE_TYPE_SINGLE, MAX_LISTS, MAX_PENDING,
};
use crate::emulator::services::State;

/// A profile field of an account, as a string ("" when unset).
fn profile(state: &State, id: &str, tag: &str) -> String {
    state.accounts.read(|a| {
        a.get(id)
            .and_then(|acc| acc.profile.get(tag))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    })
}

/// The items of `AddFriendItem`: a non-empty array of objects with a `To_Account` string.
fn add_items(body: &Value, max: Option<usize>) -> Result<&Vec<Value>, (i64, String)> {
    let items = body
        .get("AddFriendItem")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| bad("AddFriendItem is required: a non-empty array"))?;
    if let Some(max) = max {
        if items.len() > max {
            return Err(bad(format!(
                "AddFriendItem has {} items; at most {max} per request",
                items.len()
            )));
        }
    }
    if items
        .iter()
        .any(|i| i.get("To_Account").and_then(Value::as_str).is_none())
    {
        return Err(bad(
            "AddFriendItem[].To_Account is required and must be a string",
        ));
    }
    Ok(items)
}

/// Makes sure each named list exists for `user`, creating the missing ones (30011 past 32).
fn ensure_lists(user: &mut SnsUser, names: &[String]) -> Result<(), (i64, &'static str)> {
    let missing: Vec<&String> = names.iter().filter(|n| !user.lists.contains(n)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    if user.lists.len() + missing.len() > MAX_LISTS {
        return Err((
            codes::TOO_MANY_FRIEND_LISTS,
            "Err_SNS_Group_Count_Exceed_Limit",
        ));
    }
    for name in missing {
        user.lists.push(name.clone());
    }
    user.list_sequence += 1;
    Ok(())
}

fn list_names(value: Option<&Value>) -> Result<Vec<String>, String> {
    let names: Vec<String> = match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .map(|v| v.as_str().map(String::from))
            .collect::<Option<_>>()
            .ok_or("GroupName[] must be strings")?,
        Some(_) => return Err("GroupName has the wrong type".into()),
    };
    for name in &names {
        rules::check_list_name(name)?;
    }
    Ok(names)
}

fn add_source(item: &Value, required: bool) -> Result<String, String> {
    match item.get("AddSource").and_then(Value::as_str) {
        Some(s) if rules::is_add_source(s) => Ok(s.to_string()),
        Some(s) => Err(format!(
            "AddSource `{s}` must be AddSource_Type_ and 1 to 8 letters"
        )),
        None if required => Err("AddSource is required".into()),
        None => Ok(String::new()),
    }
}

/// What one friend_add item asks for, read and checked.
struct AddRequest {
    peer: String,
    remark: String,
    lists: Vec<String>,
    source: String,
    wording: String,
}

fn read_add_item(item: &Value) -> Result<AddRequest, String> {
    let lists = match item.get("GroupName") {
        Some(Value::Array(_)) => return Err("GroupName is a single string in friend_add".into()),
        other => list_names(other)?,
    };
    Ok(AddRequest {
        peer: item["To_Account"].as_str().unwrap_or_default().to_string(),
        remark: remark(item)?.unwrap_or_default().to_string(),
        lists,
        source: add_source(item, false)?,
        wording: text(item, "AddWording", ADD_WORDING_MAX)?
            .unwrap_or_default()
            .to_string(),
    })
}

pub fn friend_add(state: &State, body: &Value, now: i64) -> Reply {
    let from = from_account(state, body)?;
    let items = add_items(body, None)?;
    let both = match body.get("AddType").and_then(Value::as_str) {
        None | Some(ADD_TYPE_BOTH) => true,
        Some(ADD_TYPE_SINGLE) => false,
        Some(other) => return Err(bad(format!("AddType `{other}` is not a documented type"))),
    };
    let force = body.get("ForceAddFlags").and_then(Value::as_i64) == Some(1);
    let barred =
        profile(state, from, "Tag_Profile_IM_AdminForbidType") == "AdminForbid_Type_SendOut";
    // The peers' approval settings and existence, read before the chain is locked.
    let peers: HashMap<String, (bool, String)> = items
        .iter()
        .filter_map(|i| i["To_Account"].as_str())
        .map(|p| {
            let allow = profile(state, p, "Tag_Profile_IM_AllowType");
            (p.to_string(), (exists(state, p), allow))
        })
        .collect();
    let results = state.sns.write(|users, changed| {
        items
            .iter()
            .map(|item| {
                let peer = item["To_Account"].as_str().unwrap_or_default();
                let (code, info) = match read_add_item(item) {
                    Err(_) => (codes::SNS_BAD_PARAMETER, "Err_SNS_FriendAdd_Invalid_Param"),
                    Ok(_) if barred => {
                        (codes::FRIEND_REQUESTS_BARRED, "Err_SNS_FriendAdd_Forbidden")
                    }
                    Ok(req) => {
                        let (known, allow) = peers.get(peer).cloned().unwrap_or_default();
                        add_one(users, changed, from, &req, known, &allow, both, force, now)
                    }
                };
                result_item(peer, code, info)
            })
            .collect::<Vec<_>>()
    })?;
    Ok(batch_answer(results))
}

/// One friend_add item against the chain: its `(ResultCode, ResultInfo)`.
#[allow(clippy::too_many_arguments)]
fn add_one(
    users: &mut HashMap<String, SnsUser>,
    changed: &mut Vec<String>,
    from: &str,
    req: &AddRequest,
    known: bool,
    allow: &str,
    both: bool,
    force: bool,
    now: i64,
) -> (i64, &'static str) {
    let peer = req.peer.as_str();
    if peer == from {
        return (codes::SNS_BAD_PARAMETER, "Err_SNS_FriendAdd_Add_Self");
    }
    if !known {
        return (
            codes::SNS_ACCOUNT_MISSING,
            "Err_SNS_FriendAdd_Account_Not_Exist",
        );
    }
    let me = users.get(from).cloned().unwrap_or_default();
    let them = users.get(peer).cloned().unwrap_or_default();
    if me.has_blocked(peer) {
        return (
            codes::PEER_ON_YOUR_BLOCKLIST,
            "Err_SNS_FriendAdd_Peer_In_Self_BlackList",
        );
    }
    if them.has_blocked(from) {
        return (
            codes::ON_PEER_BLOCKLIST,
            "Err_SNS_FriendAdd_Self_In_Peer_BlackList",
        );
    }
    let mine = me.has_friend(peer);
    let theirs = them.has_friend(from);
    if mine && (!both || theirs) {
        return (codes::SNS_BAD_PARAMETER, "Err_SNS_FriendAdd_Friend_Exist");
    }
    if !force {
        match allow {
            "AllowType_Type_AllowAny" => {}
            "AllowType_Type_DenyAny" => {
                return (
                    codes::PEER_DENIES_REQUESTS,
                    "Err_SNS_FriendAdd_Peer_Deny_Any",
                )
            }
            // NeedConfirm, the documented default when the peer never set it.
            _ => {
                let me = users.entry(from.to_string()).or_default();
                if !me.pending.iter().any(|p| p == peer) {
                    if me.pending.len() >= MAX_PENDING {
                        return (
                            codes::TOO_MANY_PENDING_REQUESTS,
                            "Err_SNS_FriendAdd_Pendency_Full",
                        );
                    }
                    me.pending.push(peer.to_string());
                    changed.push(from.to_string());
                }
                return (
                    codes::REQUEST_PENDING_APPROVAL,
                    "Err_SNS_FriendAdd_Need_Confirm",
                );
            }
        }
    }
    if !mine && me.is_full() {
        return (
            codes::OWN_FRIEND_LIST_FULL,
            "Err_SNS_FriendAdd_Friend_Count_Exceed",
        );
    }
    if both && !theirs && them.is_full() {
        return (
            codes::PEER_FRIEND_LIST_FULL,
            "Err_SNS_FriendAdd_Peer_Friend_Count_Exceed",
        );
    }
    let me = users.entry(from.to_string()).or_default();
    if !mine {
        if let Err(e) = ensure_lists(me, &req.lists) {
            return e;
        }
        me.friends.push(Friend {
            to_account: peer.to_string(),
            remark: req.remark.clone(),
            remark_time: if req.remark.is_empty() { 0 } else { now },
            groups: req.lists.clone(),
            add_source: req.source.clone(),
            add_wording: req.wording.clone(),
            add_time: now,
            ..Friend::default()
        });
        me.standard_sequence += 1;
    }
    me.pending.retain(|p| p != peer);
    changed.push(from.to_string());
    if both && !theirs {
        let them = users.entry(peer.to_string()).or_default();
        them.friends.push(Friend {
            to_account: from.to_string(),
            add_source: req.source.clone(),
            add_time: now,
            ..Friend::default()
        });
        them.pending.retain(|p| p != from);
        them.standard_sequence += 1;
        changed.push(peer.to_string());
    }
    (0, "")
}

/// One friend_import item, read and checked: the friend to store, or why not (30001).
fn read_import_item(item: &Value, now: i64) -> Result<Friend, String> {
    let lists = match item.get("GroupName") {
        Some(Value::String(_)) => return Err("GroupName is an array in friend_import".into()),
        other => list_names(other)?,
    };
    let int = |name: &str| -> Result<i64, String> {
        match item.get(name) {
            None | Some(Value::Null) => Ok(0),
            Some(v) => v
                .as_i64()
                .filter(|n| *n >= 0)
                .ok_or_else(|| format!("{name} must be a Unix time")),
        }
    };
    let mut custom = std::collections::BTreeMap::new();
    if let Some(list) = item.get("CustomItem") {
        let list = list.as_array().ok_or("CustomItem must be an array")?;
        for entry in list {
            let tag = entry["Tag"].as_str().unwrap_or_default();
            if !rules::is_custom_tag(tag) {
                return Err(format!("CustomItem tag `{tag}` is not Tag_SNS_Custom_*"));
            }
            check_custom_value(&entry["Value"])?;
            custom.insert(tag.to_string(), entry["Value"].clone());
        }
    }
    let add_time = int("AddTime")?;
    Ok(Friend {
        to_account: item["To_Account"].as_str().unwrap_or_default().to_string(),
        remark: remark(item)?.unwrap_or_default().to_string(),
        remark_time: int("RemarkTime")?,
        groups: lists,
        add_source: add_source(item, true)?,
        add_wording: text(item, "AddWording", ADD_WORDING_MAX)?
            .unwrap_or_default()
            .to_string(),
        add_time: if add_time == 0 { now } else { add_time },
        custom,
    })
}

/// A custom friend field's value: a string of ≤ 500 bytes, or (friend_import's sample) an
/// integer.
fn check_custom_value(value: &Value) -> Result<(), String> {
    match value {
        Value::String(s) if s.len() <= CUSTOM_VALUE_MAX => Ok(()),
        Value::String(_) => Err(format!("a custom value is over {CUSTOM_VALUE_MAX} bytes")),
        Value::Number(n) if n.is_i64() || n.is_u64() => Ok(()),
        _ => Err("a custom value must be a string or an integer".into()),
    }
}

pub fn friend_import(state: &State, body: &Value, now: i64) -> Reply {
    let from = from_account(state, body)?;
    let items = add_items(body, Some(SNS_BATCH_LIMIT))?;
    let known: Vec<bool> = items
        .iter()
        .map(|i| exists(state, i["To_Account"].as_str().unwrap_or_default()))
        .collect();
    let results = state.sns.write(|users, changed| {
        let me = users.entry(from.to_string()).or_default();
        let results: Vec<Value> = items
            .iter()
            .zip(known)
            .map(|(item, known)| {
                let peer = item["To_Account"].as_str().unwrap_or_default();
                let (code, info) = match read_import_item(item, now) {
                    Err(_) => (
                        codes::SNS_BAD_PARAMETER,
                        "Err_SNS_FriendImport_Invalid_Param",
                    ),
                    Ok(_) if peer == from => {
                        (codes::SNS_BAD_PARAMETER, "Err_SNS_FriendImport_Add_Self")
                    }
                    Ok(_) if !known => (
                        codes::SNS_ACCOUNT_MISSING,
                        "Err_SNS_FriendImport_Account_Not_Exist",
                    ),
                    Ok(_) if me.has_friend(peer) => (
                        codes::SNS_BAD_PARAMETER,
                        "Err_SNS_FriendImport_Friend_Exist",
                    ),
                    Ok(_) if me.is_full() => (
                        codes::OWN_FRIEND_LIST_FULL,
                        "Err_SNS_FriendImport_Friend_Count_Exceed",
                    ),
                    Ok(friend) => match ensure_lists(me, &friend.groups) {
                        Err(e) => e,
                        Ok(()) => {
                            if !friend.custom.is_empty() {
                                me.custom_sequence += 1;
                            }
                            me.friends.push(friend);
                            me.standard_sequence += 1;
                            (0, "")
                        }
                    },
                };
                result_item(peer, code, info)
            })
            .collect();
        changed.push(from.to_string());
        results
    })?;
    Ok(batch_answer(results))
}

/// One `SnsItem` applied to a friend: Remark, Group (array) or a custom field (30001 else).
fn apply_sns_item(me: &mut SnsUser, peer: &str, entry: &Value) -> Result<(), (i64, &'static str)> {
    let invalid = (
        codes::SNS_BAD_PARAMETER,
        "Err_SNS_FriendUpdate_Invalid_Param",
    );
    let tag = entry["Tag"].as_str().unwrap_or_default();
    let value = &entry["Value"];
    match tag {
        rules::TAG_REMARK => {
            let remark = value
                .as_str()
                .filter(|s| s.len() <= rules::REMARK_MAX)
                .ok_or(invalid)?;
            let friend = me.friend_mut(peer).ok_or(invalid)?;
            friend.remark = remark.to_string();
            me.standard_sequence += 1;
        }
        rules::TAG_GROUP => {
            if !value.is_array() {
                return Err(invalid);
            }
            let lists = list_names(Some(value)).map_err(|_| invalid)?;
            ensure_lists(me, &lists)?;
            me.friend_mut(peer).ok_or(invalid)?.groups = lists;
            me.standard_sequence += 1;
        }
        tag if rules::is_custom_tag(tag) => {
            check_custom_value(value).map_err(|_| invalid)?;
            let friend = me.friend_mut(peer).ok_or(invalid)?;
            friend.custom.insert(tag.to_string(), value.clone());
            me.custom_sequence += 1;
        }
        _ => return Err(invalid),
    }
    Ok(())
}

pub fn friend_update(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let items = body
        .get("UpdateItem")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| bad("UpdateItem is required: a non-empty array"))?;
    if items.iter().any(|i| {
        i.get("To_Account").and_then(Value::as_str).is_none()
            || !i.get("SnsItem").is_some_and(Value::is_array)
    }) {
        return Err(bad(
            "UpdateItem[] needs To_Account (string) and SnsItem (array)",
        ));
    }
    let results = state.sns.write(|users, changed| {
        let me = users.entry(from.to_string()).or_default();
        let results: Vec<Value> = items
            .iter()
            .map(|item| {
                let peer = item["To_Account"].as_str().unwrap_or_default();
                if !me.has_friend(peer) {
                    return result_item(
                        peer,
                        codes::SNS_BAD_PARAMETER,
                        "Err_SNS_FriendUpdate_Friend_Not_Exist",
                    );
                }
                // All of an item's fields, or none of them.
                let mut draft = me.clone();
                let outcome = item["SnsItem"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .try_for_each(|entry| apply_sns_item(&mut draft, peer, entry));
                match outcome {
                    Ok(()) => {
                        *me = draft;
                        result_item(peer, 0, "")
                    }
                    Err((code, info)) => result_item(peer, code, info),
                }
            })
            .collect();
        changed.push(from.to_string());
        results
    })?;
    Ok(batch_answer(results))
}

fn delete_both(body: &Value) -> Result<bool, (i64, String)> {
    match body.get("DeleteType").and_then(Value::as_str) {
        // The default of friend_delete is not stated; friend_delete_all's is one way.
        None | Some(DELETE_TYPE_SINGLE) => Ok(false),
        Some(DELETE_TYPE_BOTH) => Ok(true),
        Some(other) => Err(bad(format!(
            "DeleteType `{other}` is not a documented type"
        ))),
    }
}

pub fn friend_delete(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let peers = to_accounts(body, SNS_BATCH_LIMIT)?;
    let both = delete_both(body)?;
    let results = state.sns.write(|users, changed| {
        let results: Vec<Value> = peers
            .iter()
            .map(|peer| {
                let removed = users.get_mut(from).is_some_and(|me| me.remove_friend(peer));
                if !removed {
                    return result_item(
                        peer,
                        codes::NOT_A_FRIEND,
                        "Err_SNS_FriendDelete_Not_Friend",
                    );
                }
                if both
                    && users
                        .get_mut(peer)
                        .is_some_and(|them| them.remove_friend(from))
                {
                    changed.push(peer.clone());
                }
                result_item(peer, 0, "")
            })
            .collect();
        changed.push(from.to_string());
        results
    })?;
    Ok(batch_answer(results))
}

pub fn friend_delete_all(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let both = delete_both(body)?;
    state.sns.write(|users, changed| {
        let peers: Vec<String> = users
            .get_mut(from)
            .map(|me| {
                me.standard_sequence += 1;
                me.custom_sequence += 1;
                std::mem::take(&mut me.friends)
            })
            .unwrap_or_default()
            .into_iter()
            .map(|f| f.to_account)
            .collect();
        changed.push(from.to_string());
        if both {
            for peer in peers {
                if users
                    .get_mut(&peer)
                    .is_some_and(|them| them.remove_friend(from))
                {
                    changed.push(peer);
                }
            }
        }
    })?;
    Ok(json!({}))
}
