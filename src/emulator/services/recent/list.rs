//! `get_list` (spec §8.14) and `delete` (§8.15). The list is newest first. The first page
//! (`TimeStamp` 0) takes a snapshot time, answered as `TimeStamp`; later pages send it back with
//! `StartIndex`, and list only conversations not newer than it, so a message arriving mid-way
//! neither repeats nor shifts an entry (it shows on the next first page). Nothing can pin a
//! conversation through the REST API, so `TopFlag` is 0 and the pinned cursor stays at 0.

use serde_json::{json, Value};

use super::super::State;
use super::{bad, int, internal, owner, Fail};
use crate::domain::group::{Edition, GroupType};
use crate::domain::limits::{RECENT_DEFAULT_MAX, RECENT_PAGE, RECENT_ULTIMATE_MAX};

/// AssistFlags bit 1: list conversations without messages too.
const EMPTY_TOO: i64 = 0b10;

struct Conversation {
    kind: u8,
    peer: String,
    time: i64,
}

pub fn get_list(state: &State, body: &Value, now: i64) -> Result<Value, Fail> {
    let me = owner(state, body)?;
    let (time_stamp, start) = (int(body, "TimeStamp")?, int(body, "StartIndex")?);
    let top_time_stamp = int(body, "TopTimeStamp")?;
    int(body, "TopStartIndex")?;
    let flags = int(body, "AssistFlags")?;
    if time_stamp < 0 || start < 0 {
        return Err(bad("TimeStamp and StartIndex cannot be negative"));
    }
    let snapshot = if time_stamp == 0 { now } else { time_stamp };
    let mut all = conversations(state, me, flags & EMPTY_TOO != 0)?;
    all.retain(|c| c.time <= snapshot);
    all.sort_by(|a, b| {
        (b.time.cmp(&a.time))
            .then(a.kind.cmp(&b.kind))
            .then(a.peer.cmp(&b.peer))
    });
    // The service keeps this many conversations per user: older ones fall off.
    all.truncate(match state.groups.edition() {
        Edition::Ultimate => RECENT_ULTIMATE_MAX,
        _ => RECENT_DEFAULT_MAX,
    });
    let start = start as usize;
    let page: Vec<Value> = all
        .iter()
        .skip(start)
        .take(RECENT_PAGE)
        .map(|c| {
            let mut item = json!({"Type": c.kind, "MsgTime": c.time, "TopFlag": 0});
            let name = if c.kind == 1 { "To_Account" } else { "GroupId" };
            item[name] = json!(c.peer);
            item
        })
        .collect();
    let next = start + page.len();
    let complete = next >= all.len();
    Ok(json!({
        "SessionItem": page,
        "CompleteFlag": u8::from(complete),
        "TimeStamp": snapshot,
        "StartIndex": if complete { 0 } else { next },
        "TopTimeStamp": if top_time_stamp == 0 { snapshot } else { top_time_stamp },
        "TopStartIndex": 0,
        "ErrorDisplay": "",
    }))
}

/// `me`'s C2C conversations and group conversations (not AVChatRoom: its messages are not
/// stored). A group without messages is an empty conversation, listed only when asked for.
fn conversations(state: &State, me: &str, empty_too: bool) -> Result<Vec<Conversation>, Fail> {
    let mut all: Vec<Conversation> = state
        .recent
        .c2c(me)
        .map_err(internal)?
        .into_iter()
        .map(|(peer, time)| Conversation {
            kind: 1,
            peer,
            time,
        })
        .collect();
    let deleted = state.recent.deleted_groups(me).map_err(internal)?;
    state.groups.read(|groups| {
        for group in groups.values() {
            let Some(member) = group.member(me) else {
                continue;
            };
            if GroupType::parse(&group.kind) == Ok(GroupType::AVChatRoom) {
                continue;
            }
            let last = group.last_msg_time;
            // Deleted, and no message since.
            if deleted.get(&group.id).is_some_and(|at| last <= *at) {
                continue;
            }
            if last == 0 && !empty_too {
                continue;
            }
            all.push(Conversation {
                kind: 2,
                peer: group.id.clone(),
                time: if last == 0 { member.join_time } else { last },
            });
        }
    });
    Ok(all)
}

/// Deletes one conversation from `From_Account`'s list; `ClearRamble: 1` also clears that
/// user's roaming messages of a C2C conversation (the peer keeps them). A later message
/// brings the conversation back.
pub fn delete(state: &State, body: &Value, now: i64) -> Result<Value, Fail> {
    let me = owner(state, body)?;
    let text = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| body.get(*n))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| bad(format!("{} is required (a string)", names[0])))
    };
    match body.get("Type").and_then(Value::as_i64) {
        Some(1) => {
            let peer = text(&["To_Account"])?;
            state.recent.remove_c2c(me, peer).map_err(internal)?;
            if body.get("ClearRamble").and_then(Value::as_i64) == Some(1) {
                let keys: Vec<String> = state.messages.read(|list| {
                    list.iter()
                        .filter(|m| {
                            (m.from == me && m.to == peer) || (m.from == peer && m.to == me)
                        })
                        .map(|m| m.key.clone())
                        .collect()
                });
                state
                    .recent
                    .hide(me, peer, keys.iter().map(String::as_str))
                    .map_err(internal)?;
            }
        }
        // The page spells it `ToGroupid`; `ToGroupId` (the contact commands' spelling) too.
        Some(2) => {
            let group = text(&["ToGroupid", "ToGroupId"])?;
            state
                .recent
                .delete_group(me, group, now)
                .map_err(internal)?;
        }
        _ => return Err(bad("Type must be 1 (C2C) or 2 (group)")),
    }
    Ok(json!({"ErrorDisplay": ""}))
}
