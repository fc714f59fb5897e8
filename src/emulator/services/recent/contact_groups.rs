//! Conversation groups (spec §8.16): `create_contact_group`, `del_contact_group`,
//! `update_contact_group`. Ultimate edition only (51013); at most 20 groups a user (51010),
//! names up to 32 bytes (51011), 1,000 conversations across the groups (51008). One group per
//! call; a conversation that cannot be added is its own `ResultItem`, not the call's error.

use serde_json::{json, Value};

use super::super::State;
use super::{
    bad, contact, contact_json, internal, needs_ultimate, owner, peer_code, Contact, Fail,
};
use crate::domain::codes;
use crate::domain::limits::{
    CONTACT_GROUPS_MAX, CONTACT_GROUP_NAME_MAX, GROUPED_CONVERSATIONS_MAX,
};

fn name_of(value: Option<&Value>, field: &str) -> Result<String, Fail> {
    let name = value
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| bad(format!("{field} is required (a string)")))?;
    if name.len() > CONTACT_GROUP_NAME_MAX {
        return Err((
            codes::CONVERSATION_GROUP_NAME_TOO_LONG,
            format!("{field} is over {CONTACT_GROUP_NAME_MAX} bytes"),
        ));
    }
    Ok(name.to_string())
}

/// Adds or removes one conversation: its `ResultCode` (0, 50001/51007 for a peer that does not
/// exist, 51008 when the groups are full).
fn change(
    state: &State,
    me: &str,
    id: i64,
    item: &Contact,
    add: bool,
    now: i64,
) -> Result<i64, Fail> {
    if add {
        let code = peer_code(state, item);
        if code != 0 {
            return Ok(code);
        }
        if state.recent.grouped_count(me).map_err(internal)? >= GROUPED_CONVERSATIONS_MAX {
            return Ok(codes::TOO_MANY_GROUPED_CONVERSATIONS);
        }
    }
    state
        .recent
        .set_in_group(me, id, item, add, now)
        .map_err(internal)?;
    Ok(0)
}

fn result_info(code: i64) -> &'static str {
    match code {
        0 => "",
        c if c == codes::CONTACT_ACCOUNT_MISSING => "account not imported",
        c if c == codes::CONTACT_GROUP_CODE_FAILED => "group does not exist",
        _ => "too many conversations in conversation groups",
    }
}

pub fn create(state: &State, body: &Value, now: i64) -> Result<Value, Fail> {
    let me = owner(state, body)?;
    needs_ultimate(state, "conversation groups")?;
    let groups = body
        .get("GroupContactItem")
        .and_then(Value::as_array)
        .filter(|g| g.len() == 1)
        .ok_or_else(|| bad("GroupContactItem must hold exactly one group"))?;
    let group = &groups[0];
    let name = name_of(group.get("GroupName"), "GroupName")?;
    let items = match group.get("ContactItem") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items.iter().map(contact).collect::<Result<_, _>>()?,
        Some(_) => return Err(bad("ContactItem must be an array")),
    };
    let existing = state.recent.groups(me).map_err(internal)?;
    if existing.iter().any(|(_, n)| *n == name) {
        return Err(bad(format!("conversation group `{name}` already exists")));
    }
    if existing.len() >= CONTACT_GROUPS_MAX {
        return Err((
            codes::TOO_MANY_CONVERSATION_GROUPS,
            format!("at most {CONTACT_GROUPS_MAX} conversation groups"),
        ));
    }
    let id = state.recent.create_group(me, &name).map_err(internal)?;
    let mut results = Vec::new();
    for item in &items {
        let code = change(state, me, id, item, true, now)?;
        results.push(
            json!({"ContactItem": contact_json(item), "ResultCode": code,
                            "ResultInfo": result_info(code)}),
        );
    }
    Ok(json!({
        "GroupResultItem": [{"GroupItem": {"GroupName": name, "GroupId": id}, "ResultItem": results}],
        "ErrorDisplay": "",
    }))
}

pub fn delete(state: &State, body: &Value) -> Result<Value, Fail> {
    let me = owner(state, body)?;
    needs_ultimate(state, "conversation groups")?;
    let names = body
        .get("GroupName")
        .and_then(Value::as_array)
        .filter(|n| n.len() == 1)
        .ok_or_else(|| bad("GroupName must be an array of one group name"))?;
    let name = name_of(names.first(), "GroupName")?;
    let id = state
        .recent
        .group_id(me, &name)
        .map_err(internal)?
        .ok_or_else(|| {
            (
                codes::CONVERSATION_GROUP_MISSING,
                format!("conversation group `{name}` does not exist"),
            )
        })?;
    state
        .recent
        .delete_group_of_contacts(me, id)
        .map_err(internal)?;
    Ok(json!({"GroupItem": [{"GroupName": name, "GroupId": id}]}))
}

pub fn update(state: &State, body: &Value, now: i64) -> Result<Value, Fail> {
    let me = owner(state, body)?;
    needs_ultimate(state, "conversation groups")?;
    if body.get("UpdateType").and_then(Value::as_i64) != Some(1) {
        return Err(bad("UpdateType must be 1"));
    }
    let update = body
        .get("UpdateGroup")
        .filter(|u| u.is_object())
        .ok_or_else(|| bad("UpdateGroup is required (an object)"))?;
    let old = name_of(update.get("OldGroupName"), "OldGroupName")?;
    let id = state
        .recent
        .group_id(me, &old)
        .map_err(internal)?
        .ok_or_else(|| {
            (
                codes::CONVERSATION_GROUP_MISSING,
                format!("conversation group `{old}` does not exist"),
            )
        })?;
    let kind = update.get("UpdateGroupType").and_then(Value::as_i64);
    let mut result = json!({"UpdateGroupType": kind, "GroupId": id, "OldGroupName": old});
    match kind {
        Some(1) => {
            let new = name_of(update.get("NewGroupName"), "NewGroupName")?;
            if new != old && state.recent.group_id(me, &new).map_err(internal)?.is_some() {
                return Err(bad(format!("conversation group `{new}` already exists")));
            }
            state.recent.rename_group(me, id, &new).map_err(internal)?;
            result["GroupName"] = json!(new);
        }
        Some(2) => {
            let items = update
                .get("ContactUpdateItem")
                .and_then(Value::as_array)
                .ok_or_else(|| bad("ContactUpdateItem is required (an array)"))?;
            let mut results = Vec::new();
            for item in items {
                let opt = item.get("ContactOptType").and_then(Value::as_i64);
                let add = match opt {
                    Some(1) => true,
                    Some(2) => false,
                    _ => return Err(bad("ContactOptType must be 1 (add) or 2 (remove)")),
                };
                let target = contact(item.get("ContactItem").unwrap_or(&Value::Null))?;
                let code = change(state, me, id, &target, add, now)?;
                results.push(
                    json!({"ContactOptType": opt, "ContactItem": contact_json(&target),
                                    "ResultCode": code, "ResultInfo": result_info(code)}),
                );
            }
            result["GroupName"] = json!(old);
            result["ContactResultItem"] = json!(results);
        }
        _ => {
            return Err(bad(
                "UpdateGroupType must be 1 (rename) or 2 (conversations)",
            ))
        }
    }
    Ok(json!({"UpdateType": 1, "UpdateGroupResult": result}))
}
