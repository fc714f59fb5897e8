//! The recent-contact service, `recentcontact` (spec §8.14–§8.16, codes §11.6): each user's
//! conversation list, deleting a conversation (with `ClearRamble`), and the conversation groups
//! and marks. C2C conversations come from `sendmsg`, `batchsendmsg` and `importmsg` (the hooks
//! below); group conversations are the user's memberships (an empty one until the group has a
//! message), so they follow joins, exits and group sends without a hook in the group service.

mod contact_groups;
mod list;
mod marks;
mod store;
#[cfg(test)]
mod tests;

pub use store::{Contact, Recent};

use serde_json::{json, Value};

use super::{Reply, State};
use crate::domain::codes;

pub const SERVICE: &str = "recentcontact";

type Fail = (i64, String);

/// Answers one `recentcontact` command; `None` for a command the service does not have.
pub fn handle(state: &State, command: &str, body: &Value, now: i64) -> Option<Reply> {
    Some(match command {
        "get_list" => list::get_list(state, body, now),
        "delete" => list::delete(state, body, now),
        "create_contact_group" => contact_groups::create(state, body, now),
        "del_contact_group" => contact_groups::delete(state, body),
        "update_contact_group" => contact_groups::update(state, body, now),
        "mark_contact" => marks::mark_contact(state, body, now),
        "search_contact_group" => marks::search(state, body),
        "get_contact_group" => marks::get_contact_group(state, body),
        _ => return None,
    })
}

/// After a C2C send was stored: the recipients' conversations with the sender, and the
/// sender's with them unless `SyncOtherMachine: 2`, which also keeps the message out of the
/// sender's roaming reads (spec §5.3, §5.5). `NoLastMsg` leaves existing conversations' times.
pub fn after_c2c_send(
    state: &State,
    body: &Value,
    from: &str,
    recipients: &[&str],
    key: &str,
    now: i64,
) -> Result<(), String> {
    let no_last = body
        .get("SendMsgControl")
        .and_then(Value::as_array)
        .is_some_and(|c| c.iter().any(|v| v == "NoLastMsg"));
    let to_sender = body.get("SyncOtherMachine").and_then(Value::as_i64) != Some(2);
    let mut pairs: Vec<(&str, &str)> = recipients.iter().map(|to| (*to, from)).collect();
    if to_sender {
        pairs.extend(recipients.iter().map(|to| (from, *to)));
    }
    state.recent.touch(&pairs, now, no_last)?;
    if !to_sender {
        for to in recipients {
            state.recent.hide(from, to, [key])?;
        }
    }
    Ok(())
}

/// After `importmsg` stored a message: both sides' conversations ("updates the conversation
/// list", spec §5.8), at the message's own time.
pub fn after_c2c_import(state: &State, from: &str, to: &str, time: i64) -> Result<(), String> {
    state.recent.touch(&[(from, to), (to, from)], time, false)
}

/// The MsgKeys `owner` no longer sees in the conversation with `peer`.
pub fn hidden(
    state: &State,
    owner: &str,
    peer: &str,
) -> Result<std::collections::HashSet<String>, String> {
    state.recent.hidden(owner, peer)
}

fn bad(info: impl Into<String>) -> Fail {
    (codes::CONTACT_BAD_PARAMETER, info.into())
}

fn internal(e: String) -> Fail {
    (
        codes::CONTACT_INTERNAL_ERROR,
        format!("internal error: {e}"),
    )
}

/// `From_Account`: an imported account (or the app admin), else 50001.
fn owner<'a>(state: &State, body: &'a Value) -> Result<&'a str, Fail> {
    let id = body
        .get("From_Account")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("From_Account is required (a string)"))?;
    if id != state.app.admin && !state.accounts.read(|a| a.contains_key(id)) {
        return Err((
            codes::CONTACT_ACCOUNT_MISSING,
            format!("From_Account `{id}` has not been imported"),
        ));
    }
    Ok(id)
}

fn int(body: &Value, name: &str) -> Result<i64, Fail> {
    body.get(name)
        .and_then(Value::as_i64)
        .ok_or_else(|| bad(format!("{name} is required (an integer)")))
}

/// A `ContactItem`: `{Type: 1, To_Account}` or `{Type: 2, ToGroupId}`.
fn contact(item: &Value) -> Result<Contact, Fail> {
    let field = |name: &str| {
        item.get(name)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .ok_or_else(|| bad(format!("ContactItem: {name} is required (a string)")))
    };
    match item.get("Type").and_then(Value::as_i64) {
        Some(1) => Ok((1, field("To_Account")?)),
        Some(2) => Ok((2, field("ToGroupId")?)),
        _ => Err(bad("ContactItem: Type must be 1 (C2C) or 2 (group)")),
    }
}

/// The conversation as the answers name it.
fn contact_json((kind, peer): &Contact) -> Value {
    if *kind == 1 {
        json!({"Type": 1, "To_Account": peer})
    } else {
        json!({"Type": 2, "ToGroupId": peer})
    }
}

/// Whether the conversation's peer exists: 0, or the per-item code (a missing account is
/// 50001, a group that does not exist (or was disbanded) 51007).
fn peer_code(state: &State, (kind, peer): &Contact) -> i64 {
    let exists = if *kind == 1 {
        state.accounts.read(|a| a.contains_key(peer.as_str()))
    } else {
        state.groups.get(peer).is_some()
    };
    match (exists, kind) {
        (true, _) => 0,
        (false, 1) => codes::CONTACT_ACCOUNT_MISSING,
        (false, _) => codes::CONTACT_GROUP_CODE_FAILED,
    }
}

/// Conversation groups and standard marks need the Ultimate edition (51013).
fn needs_ultimate(state: &State, what: &str) -> Result<(), Fail> {
    if state.groups.edition() == crate::domain::group::Edition::Ultimate {
        return Ok(());
    }
    Err((
        codes::MARKS_NEED_ULTIMATE,
        format!("{what} need the Ultimate edition"),
    ))
}
