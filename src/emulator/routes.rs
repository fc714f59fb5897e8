//! The route table: `(service, command)` to the service file that answers it, wrapped in the
//! envelope. A new endpoint is one line here and a handler in `services/`.

use serde_json::Value;

use super::gateway::{bare, fail, ok, with_error_display, Query};
use super::services::push;
use super::services::recent;
use super::services::sns;
use super::services::{
    account, appinfo, c2c, group, group_events, history, message, mute, presence, profile, State,
};

/// Answers one command; `None` when the emulator does not know it.
pub fn handle(
    state: &State,
    service: &str,
    command: &str,
    body: &Value,
    query: &Query,
    now: i64,
) -> Option<Value> {
    let reply = match (service, command) {
        (group::SERVICE, "get_online_member_num") => group::online::online_member_num(state, body),
        ("group_open_attr_http_svc", "get_group_attr") => state.groups.get_attrs(body),
        ("group_open_avchatroom_http_svc", "get_members") => {
            group::online::get_members(state, body)
        }
        (group::SERVICE, command) => {
            let exists = |id: &str| state.accounts.read(|a| a.contains_key(id));
            group_events::handle(state, &exists, command, body, now)?
        }
        (push::SERVICE, command) => push::handle(state, command, body, push::millis(now))?,
        (group::topics::SERVICE, command) => {
            super::services::topic_events::handle(state, command, body, now)?
        }
        ("im_open_login_svc", "account_import") => account::account_import(state, body, now),
        ("im_open_login_svc", "multiaccount_import") => {
            account::multiaccount_import(state, body, now)
        }
        ("im_open_login_svc", "account_delete") => account::account_delete(state, body),
        ("im_open_login_svc", "account_check") => account::account_check(state, body),
        ("im_open_login_svc", "kick") => account::kick(state, body),
        ("openim", "query_online_status") => presence::online_status(state, body, "Status"),
        ("openim", "querystate") => presence::online_status(state, body, "State"),
        ("openim", "sendmsg") => message::sendmsg(state, body, now),
        ("openim", "batchsendmsg") => return Some(message::batchsendmsg(state, body, now)),
        ("openim", "admin_getroammsg") => c2c::admin_getroammsg(state, body),
        ("openim", "admin_msgwithdraw") => c2c::admin_msgwithdraw(state, body, now),
        ("openim", "modify_c2c_msg") => c2c::modify_c2c_msg(state, body),
        ("openim", "admin_set_msg_read") => c2c::admin_set_msg_read(state, body, now),
        ("openim", "get_c2c_unread_msg_num") => c2c::get_c2c_unread_msg_num(state, body),
        ("openim", "importmsg") => c2c::importmsg(state, body),
        ("openim", "modify_group_msg") => state.groups.modify_msg(body),
        ("openim", "delete_c2c_msg_ramble") => c2c::delete_c2c_msg_ramble(state, body),
        (recent::SERVICE, command) => recent::handle(state, command, body, now)?,
        ("openconfigsvr", "getappinfo") => return Some(appinfo::getappinfo(state, body, now)),
        ("open_msg_svc", "get_history") => history::get_history(state, body, now),
        ("ConfigSvc", "GetIPList") => {
            return Some(appinfo::get_ip_list(state, query.nettype.as_deref()))
        }
        ("profile", "portrait_get") => profile::portrait_get(state, body),
        ("profile", "portrait_set") => profile::portrait_set(state, body, now),
        ("openconfigsvr", "setnospeaking") => {
            return Some(bare(mute::set_no_speaking(state, body, now)))
        }
        ("openconfigsvr", "getnospeaking") => {
            return Some(bare(mute::get_no_speaking(state, body, now)))
        }
        (sns::SERVICE, command) => {
            return sns::handle(state, command, body, now).map(with_error_display)
        }
        _ => return None,
    };
    Some(match reply {
        Ok(fields) => ok(fields),
        Err((code, info)) => fail(code, &info),
    })
}

/// The test-only calls under `/imctl-test/` (authenticated like the REST API, never part of it):
/// what a client device would do, for tests and demos.
pub fn handle_test_hook(state: &State, command: &str, body: &Value, now: i64) -> Option<Value> {
    let reply = match command {
        "set_status" => presence::set_status(state, body, now),
        "corrupt_files" => history::corrupt_files(state, body),
        "seed_group_msgs" => state.groups.seed_msgs(body, now),
        "join_group" => group::online::join(state, body, now),
        "push_spend" => push::spend(state, body, push::millis(now)),
        "push_tasks" => push::tasks_hook(state),
        _ => return None,
    };
    Some(match reply {
        Ok(fields) => ok(fields),
        Err((code, info)) => fail(code, &info),
    })
}
