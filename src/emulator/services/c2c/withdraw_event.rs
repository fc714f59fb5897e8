//! `C2C.CallbackAfterMsgWithDraw` (spec §5.9, §9.3; page 1047/35016 "Callback After a One-to-One
//! Message Is Recalled"): sent in the background after `admin_msgwithdraw` recalled a message,
//! with the sender, the recipient, the MsgKey and the recipient's unread count from that sender
//! once the recalled message stopped counting.

use serde_json::json;

use super::super::State;
use crate::emulator::callbacks::event_time;

pub(super) fn after_withdraw(state: &State, from: &str, to: &str, key: &str, now: i64) {
    let Some(callbacks) = &state.callbacks else {
        return;
    };
    let event = json!({
        "From_Account": from,
        "To_Account": to,
        "MsgKey": key,
        "UnreadMsgNum": super::unread::unread(state, to, from),
        "EventTime": event_time(now),
    });
    callbacks.after("C2C.CallbackAfterMsgWithDraw", event, now);
}
