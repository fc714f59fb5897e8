//! One-to-one message management beyond sending (spec §5.5, §5.8–§5.13): roaming reads with
//! LastMsgKey paging, recall, modify, read marks and unread counts, and imports. The messages
//! are the ones `message_store.rs` keeps; a conversation is the messages between two accounts.

mod edit;
mod import;
mod ramble;
mod roam;
#[cfg(test)]
mod tests;
mod unread;
mod withdraw_event;

pub use edit::{admin_msgwithdraw, modify_c2c_msg};
pub use import::importmsg;
pub use ramble::delete_c2c_msg_ramble;
pub use roam::admin_getroammsg;
pub use unread::{admin_set_msg_read, get_c2c_unread_msg_num};

use serde_json::Value;

use super::message::Fail;
use super::State;
use crate::domain::codes;

/// A required string field naming an account: an imported one, or the app admin (who sends
/// when a `sendmsg` leaves `From_Account` out, so its messages are in the app's history and a
/// migration imports them into another app, which has its own admin of that name); `missing`
/// when absent or not a string, `unknown` when no such account.
fn account<'a>(
    state: &State,
    body: &'a Value,
    names: &[&str],
    missing: i64,
    unknown: i64,
) -> Result<&'a str, Fail> {
    let id = names
        .iter()
        .find_map(|n| body.get(*n))
        .and_then(Value::as_str)
        .ok_or_else(|| (missing, format!("{} is required (a string)", names[0])))?;
    if id != state.app.admin && !state.accounts.read(|a| a.contains_key(id)) {
        return Err((unknown, format!("{} `{id}` does not exist", names[0])));
    }
    Ok(id)
}

/// The sender and the recipient of a recall or modify.
fn pair<'a>(state: &State, body: &'a Value) -> Result<(&'a str, &'a str), Fail> {
    let from = account(
        state,
        body,
        &["From_Account"],
        codes::SENDER_MISSING,
        codes::SENDER_MISSING,
    )?;
    let to = account(
        state,
        body,
        &["To_Account"],
        codes::TO_ACCOUNT_INVALID,
        codes::TO_ACCOUNT_NOT_IMPORTED,
    )?;
    Ok((from, to))
}

fn internal(e: String) -> Fail {
    (codes::MSG_INTERNAL_CALLBACK, format!("internal error: {e}"))
}
