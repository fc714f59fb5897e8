//! `delete_c2c_msg_ramble` (spec §5.11, Chinese site only, 269/101439): a one-way delete.
//! `Operator_Account` no longer sees the listed messages of its conversation with
//! `Peer_Account` in `admin_getroammsg`; the peer still does. Up to 30 MsgKeys a call; a key of
//! a bad format is answered in `InvalidMsgKeyList` (modelled by doocs/qcloud-im-server-sdk-java,
//! not in the published sample: the field appears only when there is such a key), a
//! well-formed key of no message in the conversation is ignored.

use serde_json::{json, Value};

use super::super::State;
use super::edit::valid_key;
use super::{account, internal, Fail};
use crate::domain::codes;
use crate::domain::limits::C2C_DELETE_BATCH;

pub fn delete_c2c_msg_ramble(state: &State, body: &Value) -> Result<Value, Fail> {
    let me = account(
        state,
        body,
        &["Operator_Account"],
        codes::SENDER_MISSING,
        codes::SENDER_MISSING,
    )?;
    let peer = account(
        state,
        body,
        &["Peer_Account"],
        codes::TO_ACCOUNT_INVALID,
        codes::TO_ACCOUNT_NOT_IMPORTED,
    )?;
    let keys = body
        .get("MsgKeyList")
        .and_then(Value::as_array)
        .filter(|k| !k.is_empty())
        .ok_or_else(|| {
            (
                codes::MSG_JSON_PARSE_FAILED,
                "MsgKeyList is required (a non-empty array of MsgKeys)".to_string(),
            )
        })?;
    if keys.len() > C2C_DELETE_BATCH {
        return Err((
            codes::MSG_JSON_PARSE_FAILED,
            format!("at most {C2C_DELETE_BATCH} MsgKeys per request"),
        ));
    }
    let (valid, invalid): (Vec<&Value>, Vec<&Value>) =
        keys.iter().partition(|k| k.as_str().is_some_and(valid_key));
    let wanted: Vec<&str> = valid.iter().filter_map(|k| k.as_str()).collect();
    let found: Vec<String> = state.messages.read(|list| {
        list.iter()
            .filter(|m| (m.from == me && m.to == peer) || (m.from == peer && m.to == me))
            .filter(|m| wanted.contains(&m.key.as_str()))
            .map(|m| m.key.clone())
            .collect()
    });
    state
        .recent
        .hide(me, peer, found.iter().map(String::as_str))
        .map_err(internal)?;
    if invalid.is_empty() {
        Ok(json!({}))
    } else {
        Ok(json!({"InvalidMsgKeyList": invalid}))
    }
}
