//! Friend reads: `friend_check`, `friend_get` (every friend, paged) and `friend_get_list`
//! (chosen friends with friend and profile fields) (spec §8.6–§8.8).

use serde_json::{json, Value};

use super::{bad, from_account, to_accounts, Friend, Reply};
use crate::domain::codes;
use crate::domain::limits::SNS_BATCH;
use crate::domain::profile_fields;
use crate::domain::sns::{
    self as rules, CHECK_TYPE_BOTH, CHECK_TYPE_SINGLE, FRIEND_GET_PAGE, TAG_ADD_SOURCE,
    TAG_ADD_TIME, TAG_ADD_WORDING, TAG_GROUP, TAG_REMARK,
};
use crate::emulator::services::State;

pub fn friend_check(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let peers = to_accounts(body, SNS_BATCH)?;
    let both = match body.get("CheckType").and_then(Value::as_str) {
        Some(CHECK_TYPE_BOTH) => true,
        Some(CHECK_TYPE_SINGLE) => false,
        _ => {
            return Err(bad(
                "CheckType is required: CheckResult_Type_Single or CheckResult_Type_Both",
            ))
        }
    };
    let me = state.sns.user(from).unwrap_or_default();
    let items: Vec<Value> = peers
        .iter()
        .map(|peer| {
            let mine = me.has_friend(peer);
            let theirs = both && state.sns.user(peer).is_some_and(|u| u.has_friend(from));
            let relation = match (mine, theirs) {
                (true, true) => "CheckResult_Type_BothWay",
                (true, false) => "CheckResult_Type_AWithB",
                (false, true) => "CheckResult_Type_BWithA",
                (false, false) => "CheckResult_Type_NoRelation",
            };
            json!({"To_Account": peer, "Relation": relation, "ResultCode": 0, "ResultInfo": ""})
        })
        .collect();
    Ok(json!({ "InfoItem": items }))
}

/// A friend's standard fields as `{Tag, Value}`, unset ones left out (as the samples show).
fn standard_items(friend: &Friend) -> Vec<Value> {
    let mut out = Vec::new();
    if !friend.add_source.is_empty() {
        out.push(json!({"Tag": TAG_ADD_SOURCE, "Value": friend.add_source}));
    }
    if !friend.remark.is_empty() {
        out.push(json!({"Tag": TAG_REMARK, "Value": friend.remark}));
    }
    if !friend.groups.is_empty() {
        out.push(json!({"Tag": TAG_GROUP, "Value": friend.groups}));
    }
    if !friend.add_wording.is_empty() {
        out.push(json!({"Tag": TAG_ADD_WORDING, "Value": friend.add_wording}));
    }
    out.push(json!({"Tag": TAG_ADD_TIME, "Value": friend.add_time}));
    out
}

fn custom_items(friend: &Friend) -> impl Iterator<Item = Value> + '_ {
    friend
        .custom
        .iter()
        .map(|(tag, value)| json!({"Tag": tag, "Value": value}))
}

pub fn friend_get(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let start =
        body.get("StartIndex")
            .and_then(Value::as_u64)
            .ok_or_else(|| bad("StartIndex is required: 0 for the first page"))? as usize;
    let me = state.sns.user(from).unwrap_or_default();
    // A client that already holds this sequence's data is not sent it again.
    let known = |field: &str, current: u64| {
        current != 0 && body.get(field).and_then(Value::as_u64) == Some(current)
    };
    let skip_standard = known("StandardSequence", me.standard_sequence);
    let skip_custom = known("CustomSequence", me.custom_sequence);
    let page: Vec<Value> = me
        .friends
        .iter()
        .skip(start)
        .take(FRIEND_GET_PAGE)
        .map(|f| {
            let mut values = if skip_standard {
                Vec::new()
            } else {
                standard_items(f)
            };
            if !skip_custom {
                values.extend(custom_items(f));
            }
            json!({"To_Account": f.to_account, "ValueItem": values})
        })
        .collect();
    let end = start + page.len();
    let complete = end >= me.friends.len();
    Ok(json!({
        "UserDataItem": page,
        "StandardSequence": me.standard_sequence,
        "CustomSequence": me.custom_sequence,
        "FriendNum": me.friends.len(),
        "CompleteFlag": u8::from(complete),
        "NextStartIndex": if complete { 0 } else { end },
    }))
}

pub fn friend_get_list(state: &State, body: &Value) -> Reply {
    let from = from_account(state, body)?;
    let peers = to_accounts(body, SNS_BATCH)?;
    let tags: Vec<&str> = body
        .get("TagList")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| bad("TagList is required: a non-empty array of tags"))?
        .iter()
        .map(|t| t.as_str().ok_or_else(|| bad("TagList[] must be strings")))
        .collect::<Result<_, _>>()?;
    for tag in &tags {
        let sns = [
            TAG_REMARK,
            TAG_GROUP,
            TAG_ADD_SOURCE,
            TAG_ADD_WORDING,
            TAG_ADD_TIME,
        ]
        .contains(tag)
            || rules::is_custom_tag(tag);
        if !sns && profile_fields::kind(tag).is_none() {
            return Err(bad(format!("unknown tag `{tag}` in TagList")));
        }
    }
    let me = state.sns.user(from).unwrap_or_default();
    let mut failed = Vec::new();
    let items: Vec<Value> = peers
        .iter()
        .map(|peer| {
            let Some(friend) = me.friend(peer) else {
                failed.push(json!(peer));
                return json!({"To_Account": peer, "ResultCode": codes::SNS_BAD_PARAMETER,
                              "ResultInfo": "Err_SNS_FriendGetList_Friend_Not_Exist"});
            };
            let standard = standard_items(friend);
            let fields: Vec<Value> = tags
                .iter()
                .filter_map(|tag| {
                    if let Some(item) = standard.iter().find(|i| i["Tag"] == *tag) {
                        return Some(item.clone());
                    }
                    if let Some(value) = friend.custom.get(*tag) {
                        return Some(json!({"Tag": tag, "Value": value}));
                    }
                    let value = state.accounts.read(|a| {
                        a.get(peer.as_str())
                            .and_then(|acc| acc.profile.get(*tag))
                            .cloned()
                    })?;
                    Some(json!({"Tag": tag, "Value": value}))
                })
                .collect();
            json!({"To_Account": peer, "SnsProfileItem": fields, "ResultCode": 0,
                   "ResultInfo": ""})
        })
        .collect();
    let mut out = json!({ "InfoItem": items });
    if !failed.is_empty() {
        out["Fail_Account"] = Value::Array(failed);
    }
    Ok(out)
}
