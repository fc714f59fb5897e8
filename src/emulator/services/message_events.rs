//! The C2C send callbacks (spec §9.3–9.4) around `sendmsg`: before-send asks the app's backend
//! (a reject is 20006 or the backend's own code, a drop looks sent, a rewrite is what gets
//! stored); after-send goes out in the background. `batchsendmsg` sends none, as documented.

use crate::domain::codes;
use serde_json::{json, Value};

use super::State;
use crate::callback::answer::Decision;
use crate::emulator::callbacks::forbids;

type Fail = (i64, String);

/// The body of the C2C send callbacks (spec §9.4).
pub(super) fn c2c_event(body: &Value, from: &str, to: &str, key: &str, now: i64) -> Value {
    let seq: u64 = body
        .get("MsgSeq")
        .and_then(Value::as_u64)
        .or_else(|| key.split('_').next().and_then(|s| s.parse().ok()))
        .unwrap_or(0);
    let mut event = json!({
        "From_Account": from,
        "To_Account": to,
        "MsgSeq": seq,
        "MsgRandom": body["MsgRandom"],
        "MsgTime": now,
        "MsgKey": key,
        "OnlineOnlyFlag": i64::from(body.get("MsgLifeTime").and_then(Value::as_i64) == Some(0)),
        "MsgBody": body["MsgBody"],
    });
    if let Some(data) = body.get("CloudCustomData") {
        event["CloudCustomData"] = data.clone();
    }
    event
}

/// `C2C.CallbackBeforeSendMsg`: the event as it goes on (its `MsgBody` and `CloudCustomData`
/// possibly replaced by the backend), `None` when the backend drops it, or the refusal.
pub(super) fn before_send(
    state: &State,
    body: &Value,
    mut event: Value,
    now: i64,
) -> Result<Option<Value>, Fail> {
    let Some(callbacks) = &state.callbacks else {
        return Ok(Some(event));
    };
    if forbids(body, "ForbidBeforeSendMsgCallback") {
        return Ok(Some(event));
    }
    match callbacks.before("C2C.CallbackBeforeSendMsg", event.clone(), now) {
        Decision::Reject { code, info } => Err((
            code.unwrap_or(codes::C2C_CALLBACK_REJECTED),
            if info.is_empty() {
                "the app's before-send callback refused the message".into()
            } else {
                info
            },
        )),
        Decision::Drop => Ok(None),
        Decision::Modify {
            msg_body,
            cloud_custom_data,
        } => {
            if let Some(new_body) = msg_body {
                event["MsgBody"] = new_body;
            }
            if let Some(data) = cloud_custom_data {
                event["CloudCustomData"] = json!(data);
            }
            Ok(Some(event))
        }
        _ => Ok(Some(event)),
    }
}

/// `C2C.CallbackAfterSendMsg`, in the background.
pub(super) fn after_send(state: &State, body: &Value, mut event: Value, now: i64) {
    let Some(callbacks) = &state.callbacks else {
        return;
    };
    if forbids(body, "ForbidAfterSendMsgCallback") {
        return;
    }
    event["SendMsgResult"] = json!(0);
    event["ErrorInfo"] = json!("send msg succeed");
    event["UnreadMsgNum"] = json!(1);
    callbacks.after("C2C.CallbackAfterSendMsg", event, now);
}
