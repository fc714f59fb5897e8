//! The emulator's recent contacts and C2C extras over the wire: conversations from sends,
//! `recentcontact/delete` with `ClearRamble`, `delete_c2c_msg_ramble`, and the recall callback
//! (`C2C.CallbackAfterMsgWithDraw`) with no callback for `importmsg`.

use std::time::Duration;

use serde_json::{json, Value};

use crate::common::{admin_sig, auth_query, post_json, Emulator, Sandbox, Stub};

fn v4(emu: &Emulator, sig: &str, endpoint: &str, body: Value) -> Value {
    let got = post_json(
        emu.addr(),
        &format!("/v4/{endpoint}?{}", auth_query(sig)),
        &body,
    );
    assert_eq!(got["ErrorCode"], 0, "{endpoint}: {got}");
    got
}

fn text(t: &str) -> Value {
    json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": t}}])
}

fn peers(page: &Value) -> Vec<String> {
    page["SessionItem"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["To_Account"].as_str().unwrap_or("").to_string())
        .collect()
}

fn list(emu: &Emulator, sig: &str, me: &str) -> Vec<String> {
    let body = json!({"From_Account": me, "TimeStamp": 0, "StartIndex": 0, "TopTimeStamp": 0,
                      "TopStartIndex": 0, "AssistFlags": 7});
    peers(&v4(emu, sig, "recentcontact/get_list", body))
}

fn roam(emu: &Emulator, sig: &str, me: &str, peer: &str) -> usize {
    let body = json!({"Operator_Account": me, "Peer_Account": peer, "MaxCnt": 50,
                      "MinTime": 0, "MaxTime": 4_000_000_000u64});
    v4(emu, sig, "openim/admin_getroammsg", body)["MsgList"]
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn conversations_follow_sends_deletes_and_one_way_deletes_across_a_restart() {
    let sb = Sandbox::new();
    let data = sb.path().join("emu-data");
    let data = data.to_str().unwrap();
    let sig = admin_sig(&sb);
    let mut emu = Emulator::start(&sb, &["--data", data]);
    for user in ["alice", "bob", "carol"] {
        emu.cmd(&sb)
            .args(["account", "import", user])
            .assert()
            .success();
    }
    let send = |emu: &Emulator, from: &str, to: &str, random: u32| {
        let body = json!({"From_Account": from, "To_Account": to, "MsgRandom": random,
                          "MsgBody": text("hi")});
        v4(emu, &sig, "openim/sendmsg", body)["MsgKey"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let key = send(&emu, "alice", "bob", 1);
    send(&emu, "carol", "bob", 2);
    let mut bob = list(&emu, &sig, "bob");
    bob.sort();
    assert_eq!(bob, ["alice", "carol"]);
    v4(
        &emu,
        &sig,
        "openim/delete_c2c_msg_ramble",
        json!({"Operator_Account": "bob", "Peer_Account": "alice", "MsgKeyList": [key]}),
    );
    v4(
        &emu,
        &sig,
        "recentcontact/delete",
        json!({"From_Account": "bob", "Type": 1, "To_Account": "carol", "ClearRamble": 1}),
    );
    emu.kill();
    let emu = Emulator::start(&sb, &["--data", data]);
    assert_eq!(list(&emu, &sig, "bob"), ["alice"]);
    assert_eq!(roam(&emu, &sig, "bob", "alice"), 0);
    assert_eq!(roam(&emu, &sig, "alice", "bob"), 1);
    assert_eq!(roam(&emu, &sig, "bob", "carol"), 0);
    assert_eq!(roam(&emu, &sig, "carol", "bob"), 1);
}

#[test]
fn a_recall_sends_the_after_withdraw_callback_and_an_import_sends_none() {
    let sb = Sandbox::new();
    let backend = Stub::json(r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#);
    let url = format!("{}/im/callback", backend.url);
    let emu = Emulator::start(&sb, &["--callback-url", &url]);
    for user in ["alice", "bob"] {
        emu.cmd(&sb)
            .args(["account", "import", user])
            .assert()
            .success();
    }
    let sig = admin_sig(&sb);
    v4(
        &emu,
        &sig,
        "openim/importmsg",
        json!({"SyncFromOldSystem": 5, "From_Account": "alice", "To_Account": "bob",
               "MsgRandom": 7, "MsgTimeStamp": 1_700_000_000, "MsgBody": text("old")}),
    );
    let body = json!({"From_Account": "alice", "To_Account": "bob", "MsgRandom": 8,
                      "ForbidCallbackControl": ["ForbidBeforeSendMsgCallback", "ForbidAfterSendMsgCallback"],
                      "MsgBody": text("oops")});
    let key = v4(&emu, &sig, "openim/sendmsg", body)["MsgKey"].clone();
    v4(
        &emu,
        &sig,
        "openim/admin_msgwithdraw",
        json!({"From_Account": "alice", "To_Account": "bob", "MsgKey": key}),
    );
    let got = backend
        .wait_for(Duration::from_secs(3), |r| {
            r.json()["CallbackCommand"] == "C2C.CallbackAfterMsgWithDraw"
        })
        .expect("the recall callback");
    let event = got.json();
    assert_eq!(event["From_Account"], "alice");
    assert_eq!(event["To_Account"], "bob");
    assert_eq!(event["MsgKey"], key);
    // The imported message (SyncFromOldSystem 5) is still unread; the recalled one is not.
    assert_eq!(event["UnreadMsgNum"], 1);
    assert!(event["EventTime"].as_i64().is_some(), "{event}");
    assert_eq!(
        got.query("CallbackCommand").as_deref(),
        Some("C2C.CallbackAfterMsgWithDraw")
    );
    // Nothing for the import (spec §5.8: no callbacks), nor for the send (forbidden).
    let commands: Vec<Value> = backend
        .requests()
        .iter()
        .map(|r| r.json()["CallbackCommand"].clone())
        .collect();
    assert_eq!(commands, [json!("C2C.CallbackAfterMsgWithDraw")]);
}
