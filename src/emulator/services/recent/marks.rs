//! Conversation marks and the reads of the groups and marks (spec §8.16): `mark_contact`,
//! `search_contact_group`, `get_contact_group`. A standard mark is 64 bits named by bit number
//! (`SetMark`/`ClearMark`), answered as a bit string (`StandardMark`, bit 0 rightmost) and
//! needing the Ultimate edition (51013); a custom mark is up to 256 bytes, on any edition.

use serde_json::{json, Value};

use super::super::State;
use super::store::Meta;
use super::{
    bad, contact, contact_json, internal, needs_ultimate, owner, peer_code, Contact, Fail,
};
use crate::domain::codes;
use crate::domain::limits::{
    CONTACT_GROUP_PAGE, CUSTOM_MARK_MAX, MARK_CONTACT_BATCH, SEARCH_CONTACT_BATCH,
};

/// The bit numbers of `SetMark` / `ClearMark` as a mask; `None` when one is not 0–63.
fn bits(item: &Value, field: &str) -> Option<u64> {
    let mut mask = 0u64;
    for bit in item
        .get(field)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        mask |= 1u64.checked_shl(u32::try_from(bit.as_u64()?).ok()?)?;
    }
    Some(mask)
}

pub fn mark_contact(state: &State, body: &Value, now: i64) -> Result<Value, Fail> {
    let me = owner(state, body)?;
    let items = body
        .get("MarkItem")
        .and_then(Value::as_array)
        .filter(|i| (1..=MARK_CONTACT_BATCH).contains(&i.len()))
        .ok_or_else(|| {
            (
                codes::MARK_COUNT_INVALID,
                format!("MarkItem must hold 1 to {MARK_CONTACT_BATCH} conversations"),
            )
        })?;
    let opt_of = |item: &Value| item.get("OptType").and_then(Value::as_i64);
    if items.iter().any(|i| matches!(opt_of(i), Some(1 | 3))) {
        needs_ultimate(state, "standard conversation marks")?;
    }
    let mut results = Vec::new();
    for item in items {
        let opt = opt_of(item);
        let target = contact(item.get("ContactItem").unwrap_or(&Value::Null))?;
        let code = mark_one(state, me, item, opt, &target, now)?;
        results.push(json!({
            "OptType": opt,
            "ContactItem": contact_json(&target),
            "ResultCode": code,
            "ResultInfo": if code == 0 { "" } else { "mark not set" },
        }));
    }
    Ok(json!({"ResultItem": results, "ErrorDisplay": ""}))
}

/// One item's marks; its `ResultCode`.
fn mark_one(
    state: &State,
    me: &str,
    item: &Value,
    opt: Option<i64>,
    target: &Contact,
    now: i64,
) -> Result<i64, Fail> {
    let (standard, custom) = match opt {
        Some(1) => (true, false),
        Some(2) => (false, true),
        Some(3) => (true, true),
        _ => return Ok(codes::CONTACT_BAD_PARAMETER),
    };
    let code = peer_code(state, target);
    if code != 0 {
        return Ok(code);
    }
    let mut meta = state
        .recent
        .meta(me, target)
        .map_err(internal)?
        .unwrap_or_default();
    if standard {
        let (Some(set), Some(clear)) = (bits(item, "SetMark"), bits(item, "ClearMark")) else {
            return Ok(codes::CONTACT_BAD_PARAMETER);
        };
        meta.standard = (meta.standard | set) & !clear;
    }
    if custom {
        match item.get("CustomMark") {
            Some(Value::String(mark)) if mark.len() <= CUSTOM_MARK_MAX => {
                meta.custom = mark.clone()
            }
            None | Some(Value::Null) => meta.custom.clear(),
            _ => return Ok(codes::CONTACT_BAD_PARAMETER),
        }
    }
    meta.time = now;
    state.recent.set_meta(me, target, &meta).map_err(internal)?;
    Ok(0)
}

/// A conversation's marks and groups as `search_contact_group` and `get_contact_group` list
/// it: the fields it has (a conversation without marks has no `StandardMark`, …).
fn described(state: &State, me: &str, target: &Contact) -> Result<Value, Fail> {
    let mut item = contact_json(target);
    let meta: Meta = state
        .recent
        .meta(me, target)
        .map_err(internal)?
        .unwrap_or_default();
    if meta.standard != 0 {
        item["StandardMark"] = json!(format!("{:b}", meta.standard));
    }
    if !meta.custom.is_empty() {
        item["CustomMark"] = json!(meta.custom);
    }
    let groups = state.recent.groups_of(me, target).map_err(internal)?;
    if !groups.is_empty() {
        item["ContactGroupId"] = json!(groups);
    }
    if meta.time != 0 {
        item["Timestamp"] = json!(meta.time);
    }
    Ok(item)
}

fn group_items(state: &State, me: &str) -> Result<Vec<Value>, Fail> {
    Ok(state
        .recent
        .groups(me)
        .map_err(internal)?
        .into_iter()
        .map(|(id, name)| json!({"GroupName": name, "GroupId": id}))
        .collect())
}

pub fn search(state: &State, body: &Value) -> Result<Value, Fail> {
    let me = owner(state, body)?;
    let items = body
        .get("ContactItem")
        .and_then(Value::as_array)
        .filter(|i| (1..=SEARCH_CONTACT_BATCH).contains(&i.len()))
        .ok_or_else(|| {
            bad(format!(
                "ContactItem must hold 1 to {SEARCH_CONTACT_BATCH} conversations"
            ))
        })?;
    let found = items
        .iter()
        .map(|i| contact(i).and_then(|c| described(state, me, &c)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(json!({
        "ContactResultItem": found,
        "GroupItem": group_items(state, me)?,
        "ErrorDisplay": "",
    }))
}

/// The conversations that have marks or groups, a page at a time from `StartIndex`.
pub fn get_contact_group(state: &State, body: &Value) -> Result<Value, Fail> {
    let me = owner(state, body)?;
    let start = match body.get("StartIndex") {
        None | Some(Value::Null) => 0,
        Some(v) => v
            .as_u64()
            .ok_or_else(|| bad("StartIndex must be a non-negative integer"))?
            as usize,
    };
    let all = state.recent.described(me).map_err(internal)?;
    let page = all
        .iter()
        .skip(start)
        .take(CONTACT_GROUP_PAGE)
        .map(|c| described(state, me, c))
        .collect::<Result<Vec<_>, _>>()?;
    let next = start + page.len();
    let complete = next >= all.len();
    Ok(json!({
        "ContactItem": page,
        "GroupItem": group_items(state, me)?,
        "CompleteFlag": u8::from(complete),
        "NextStartIndex": if complete { 0 } else { next },
    }))
}
