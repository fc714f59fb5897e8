//! The route table: `(service, command)` to the service file that answers it, wrapped in the
//! envelope. A new endpoint is one line here and a handler in `services/`.

use serde_json::Value;

use super::gateway::{bare, fail, ok};
use super::services::{account, mute, presence, profile, State};

/// Answers one command; `None` when the emulator does not know it.
pub fn handle(
    state: &State,
    service: &str,
    command: &str,
    body: &Value,
    now: i64,
) -> Option<Value> {
    let reply = match (service, command) {
        ("im_open_login_svc", "account_import") => account::account_import(state, body),
        ("im_open_login_svc", "multiaccount_import") => account::multiaccount_import(state, body),
        ("im_open_login_svc", "account_delete") => account::account_delete(state, body),
        ("im_open_login_svc", "account_check") => account::account_check(state, body),
        ("im_open_login_svc", "kick") => account::kick(state, body),
        ("openim", "query_online_status") => presence::online_status(state, body, "Status"),
        ("openim", "querystate") => presence::online_status(state, body, "State"),
        ("profile", "portrait_get") => profile::portrait_get(state, body),
        ("profile", "portrait_set") => profile::portrait_set(state, body),
        ("openconfigsvr", "setnospeaking") => {
            return Some(bare(mute::set_no_speaking(state, body, now)))
        }
        ("openconfigsvr", "getnospeaking") => {
            return Some(bare(mute::get_no_speaking(state, body, now)))
        }
        _ => return None,
    };
    Some(match reply {
        Ok(fields) => ok(fields),
        Err((code, info)) => fail(code, &info),
    })
}
