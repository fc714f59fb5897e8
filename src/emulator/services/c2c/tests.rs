//! The C2C management handlers: the published samples, paging, recall and modify as later reads
//! see them, unread counts, imports, and the state surviving a restart.

use serde_json::{json, Value};

use super::super::{Account, State};
use crate::emulator::gateway::Query;
use crate::emulator::routes::handle;
use crate::emulator::tests::shape_errors;

const NOW: i64 = 1_700_000_000;

fn call(state: &State, command: &str, body: Value) -> Value {
    handle(state, "openim", command, &body, &Query::default(), NOW).unwrap()
}

fn with_accounts(ids: &[&str]) -> State {
    let state = State::in_memory();
    state
        .accounts
        .write(|accounts, _| {
            for id in ids {
                accounts.insert(id.to_string(), Account::default());
            }
        })
        .unwrap();
    state
}

fn text(t: &str) -> Value {
    json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": t}}])
}

fn import(state: &State, from: &str, to: &str, (seq, random, time): (u32, u32, i64), t: &str) {
    let body = json!({"SyncFromOldSystem": 5, "From_Account": from, "To_Account": to,
                      "MsgSeq": seq, "MsgRandom": random, "MsgTimeStamp": time,
                      "MsgBody": text(t), "CloudCustomData": "your cloud custom data"});
    let got = call(state, "importmsg", body);
    assert_eq!(got["ErrorCode"], 0, "{got}");
}

fn roam(state: &State, me: &str, peer: &str, max: i64, max_time: i64, key: Option<&str>) -> Value {
    let mut body = json!({"Operator_Account": me, "Peer_Account": peer, "MaxCnt": max,
                          "MinTime": 0, "MaxTime": max_time});
    if let Some(key) = key {
        body["LastMsgKey"] = json!(key);
    }
    call(state, "admin_getroammsg", body)
}

fn sample(name: &str) -> Value {
    let path = format!(
        "{}/tests/data/samples/openim.{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Each successful sample request, against a state holding the messages it names, answers
/// ErrorCode 0 in the published shape.
#[test]
fn the_published_samples_answer_in_their_shape() {
    let names = [
        "admin_getroammsg",
        "admin_msgwithdraw",
        "modify_c2c_msg",
        "admin_set_msg_read",
        "get_c2c_unread_msg_num",
        "importmsg",
    ];
    let mut checked = 0;
    for name in names {
        for example in sample(name)["examples"].as_array().unwrap() {
            let (request, response) = (&example["request"], &example["response"]);
            if request.is_null() || response.is_null() || response["ErrorCode"] != 0 {
                continue;
            }
            let state = with_accounts(&[
                "user1",
                "user2",
                "vinson",
                "dramon",
                "dramon1",
                "dramon2",
                "teacher",
                "lumotuwe1",
                "lumotuwe2",
            ]);
            for m in response["MsgList"].as_array().into_iter().flatten() {
                let at = |k: &str| m[k].as_i64().unwrap();
                let key = (
                    at("MsgSeq") as u32,
                    at("MsgRandom") as u32,
                    at("MsgTimeStamp"),
                );
                import(
                    &state,
                    m["From_Account"].as_str().unwrap(),
                    m["To_Account"].as_str().unwrap(),
                    key,
                    "x",
                );
            }
            import(
                &state,
                "vinson",
                "dramon",
                (31906, 833502, 1572869830),
                "to recall",
            );
            import(&state, "dramon1", "dramon2", (1, 2, 3), "to modify");
            let ours = call(&state, name, request.clone());
            assert_eq!(ours["ErrorCode"], 0, "{name}: {ours}");
            let mut errors = Vec::new();
            shape_errors(response, &ours, name, &mut errors);
            assert!(
                errors.is_empty(),
                "{name} ({}): {errors:?}\nours: {ours}",
                example["name"]
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} samples checked");
}

#[test]
fn roaming_reads_page_newest_first_by_last_msg_key() {
    let state = with_accounts(&["a", "b"]);
    for i in 0..5u32 {
        let (from, to) = if i % 2 == 0 { ("a", "b") } else { ("b", "a") };
        import(
            &state,
            from,
            to,
            (i, 7, 100 + i64::from(i / 2)),
            &format!("m{i}"),
        );
    }
    let first = roam(&state, "a", "b", 2, 200, None);
    assert_eq!(first["Complete"], 0, "{first}");
    let texts = |page: &Value| -> Vec<String> {
        page["MsgList"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                m["MsgBody"][0]["MsgContent"]["Text"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    assert_eq!(texts(&first), ["m3", "m4"]);
    assert_eq!(first["LastMsgKey"], "3_7_101");
    assert_eq!(first["LastMsgTime"], 101);
    let key = first["LastMsgKey"].as_str().unwrap();
    let second = roam(&state, "a", "b", 2, 101, Some(key));
    assert_eq!(texts(&second), ["m1", "m2"], "{second}");
    assert_eq!(second["Complete"], 0);
    let key = second["LastMsgKey"].as_str().unwrap();
    let third = roam(&state, "b", "a", 2, 100, Some(key));
    assert_eq!(texts(&third), ["m0"], "{third}");
    assert_eq!(third["Complete"], 1);
    // The time window bounds what is read.
    let early = roam(&state, "a", "b", 10, 100, None);
    assert_eq!(texts(&early), ["m0", "m1"]);
}

#[test]
fn recall_and_modify_change_later_reads() {
    let state = with_accounts(&["a", "b"]);
    let sent = call(
        &state,
        "sendmsg",
        json!({"From_Account": "a", "To_Account": "b", "MsgRandom": 1, "MsgBody": text("hi")}),
    );
    let key = sent["MsgKey"].as_str().unwrap().to_string();
    let modify = json!({"From_Account": "a", "To_Account": "b", "MsgKey": key, "MsgBody": text("edited"), "CloudCustomData": "cc"});
    let got = call(&state, "modify_c2c_msg", modify.clone());
    assert_eq!(got["ErrorInfo"], "succeed", "{got}");
    let page = roam(&state, "b", "a", 10, NOW, None);
    assert_eq!(page["MsgList"][0]["MsgBody"], text("edited"));
    assert_eq!(page["MsgList"][0]["CloudCustomData"], "cc");
    assert_eq!(page["MsgList"][0]["MsgFlagBits"], 0);
    let recall = json!({"From_Account": "a", "To_Account": "b", "MsgKey": key});
    assert_eq!(
        call(&state, "admin_msgwithdraw", recall.clone())["ErrorCode"],
        0
    );
    let page = roam(&state, "a", "b", 10, NOW, None);
    assert_eq!(page["MsgList"][0]["MsgFlagBits"], 8, "{page}");
    assert_eq!(
        call(&state, "admin_msgwithdraw", recall)["ErrorCode"],
        20023
    );
    assert_eq!(call(&state, "modify_c2c_msg", modify)["ErrorCode"], 20001);
    let wrong_way = json!({"From_Account": "b", "To_Account": "a", "MsgKey": key});
    assert_eq!(
        call(&state, "admin_msgwithdraw", wrong_way)["ErrorCode"],
        20022
    );
    let bad = json!({"From_Account": "a", "To_Account": "b", "MsgKey": "nope"});
    assert_eq!(call(&state, "admin_msgwithdraw", bad)["ErrorCode"], 90054);
}

#[test]
fn unread_counts_move_with_sends_reads_and_recalls() {
    let state = with_accounts(&["a", "b", "c"]);
    let send = |from: &str, random: u32| {
        call(
            &state,
            "sendmsg",
            json!({"From_Account": from, "To_Account": "c", "MsgRandom": random, "MsgBody": text("x")}),
        )
    };
    send("a", 1);
    send("a", 2);
    let key = send("b", 3)["MsgKey"].as_str().unwrap().to_string();
    let total = call(&state, "get_c2c_unread_msg_num", json!({"To_Account": "c"}));
    assert_eq!(total["AllC2CUnreadMsgNum"], 3, "{total}");
    let per = call(
        &state,
        "get_c2c_unread_msg_num",
        json!({"To_Account": "c", "Peer_Account": ["a", "b", "ghost"]}),
    );
    assert_eq!(
        per["C2CUnreadMsgNumList"],
        json!([{"Peer_Account": "a", "C2CUnreadMsgNum": 2}, {"Peer_Account": "b", "C2CUnreadMsgNum": 1}])
    );
    assert_eq!(
        per["ErrorList"],
        json!([{"Peer_Account": "ghost", "ErrorCode": 70107}])
    );
    let read = call(
        &state,
        "admin_set_msg_read",
        json!({"Report_Account": "c", "Peer_Account": "a"}),
    );
    assert_eq!(read["ErrorCode"], 0, "{read}");
    call(
        &state,
        "admin_msgwithdraw",
        json!({"From_Account": "b", "To_Account": "c", "MsgKey": key}),
    );
    let total = call(&state, "get_c2c_unread_msg_num", json!({"To_Account": "c"}));
    assert_eq!(total["AllC2CUnreadMsgNum"], 0, "{total}");
    // History imports are read; real-time imports count.
    let mut body = json!({"SyncFromOldSystem": 2, "From_Account": "a", "To_Account": "c", "MsgRandom": 9, "MsgTimeStamp": NOW + 5, "MsgBody": text("old")});
    call(&state, "importmsg", body.clone());
    body["SyncFromOldSystem"] = json!(5);
    body["MsgRandom"] = json!(10);
    call(&state, "importmsg", body);
    let total = call(&state, "get_c2c_unread_msg_num", json!({"To_Account": "c"}));
    assert_eq!(total["AllC2CUnreadMsgNum"], 1, "{total}");
}

#[test]
fn imports_keep_their_time_and_the_first_of_duplicates_wins() {
    let state = with_accounts(&["a", "b"]);
    import(&state, "a", "b", (5, 6, 1_500_000_000), "first");
    import(&state, "b", "a", (5, 6, 1_500_000_000), "second");
    let page = roam(&state, "a", "b", 10, NOW, None);
    assert_eq!(page["MsgCnt"], 1, "{page}");
    assert_eq!(page["MsgList"][0]["MsgTimeStamp"], 1_500_000_000);
    assert_eq!(page["MsgList"][0]["MsgKey"], "5_6_1500000000");
    assert_eq!(page["MsgList"][0]["MsgBody"], text("first"));
    let bad = |field: &str, value: Value, code: i64| {
        let mut body = json!({"SyncFromOldSystem": 2, "From_Account": "a", "To_Account": "b", "MsgRandom": 1, "MsgTimeStamp": 1, "MsgBody": text("x")});
        body[field] = value;
        assert_eq!(
            call(&state, "importmsg", body)["ErrorCode"],
            code,
            "{field}"
        );
    };
    bad("SyncFromOldSystem", json!(3), 90030);
    bad("MsgTimeStamp", json!("x"), 90006);
    bad("To_Account", json!("ghost"), 90012);
    bad("MsgBody", json!({}), 90007);
    // The admin's messages (a sendmsg without From_Account) import like anyone's.
    import(
        &state,
        "administrator",
        "a",
        (1, 2, 1_500_000_001),
        "from the app",
    );
    assert_eq!(
        roam(&state, "a", "administrator", 10, NOW, None)["MsgCnt"],
        1
    );
}

#[test]
fn recalls_read_marks_and_imports_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let run = |state: &State, command: &str, body: Value| {
        state
            .in_transaction(|| handle(state, "openim", command, &body, &Query::default(), NOW))
            .unwrap()
            .unwrap()
    };
    {
        let state = State::open(dir.path()).unwrap();
        for id in ["a", "b"] {
            let got = handle(
                &state,
                "im_open_login_svc",
                "account_import",
                &json!({"UserID": id}),
                &Query::default(),
                NOW,
            );
            assert_eq!(got.unwrap()["ErrorCode"], 0);
        }
        let body = json!({"SyncFromOldSystem": 5, "From_Account": "a", "To_Account": "b", "MsgSeq": 1, "MsgRandom": 2, "MsgTimeStamp": 3, "MsgBody": text("x")});
        assert_eq!(run(&state, "importmsg", body)["ErrorCode"], 0);
        run(
            &state,
            "importmsg",
            json!({"SyncFromOldSystem": 5, "From_Account": "a", "To_Account": "b", "MsgSeq": 4, "MsgRandom": 5, "MsgTimeStamp": 10, "MsgBody": text("y")}),
        );
        run(
            &state,
            "admin_msgwithdraw",
            json!({"From_Account": "a", "To_Account": "b", "MsgKey": "1_2_3"}),
        );
        run(
            &state,
            "admin_set_msg_read",
            json!({"Report_Account": "b", "Peer_Account": "a", "MsgReadTime": "5"}),
        );
    }
    let state = State::open(dir.path()).unwrap();
    let page = run(
        &state,
        "admin_getroammsg",
        json!({"Operator_Account": "a", "Peer_Account": "b", "MaxCnt": 10, "MinTime": 0, "MaxTime": 100}),
    );
    assert_eq!(page["MsgList"][0]["MsgFlagBits"], 8, "{page}");
    assert_eq!(page["MsgList"][1]["MsgSeq"], 4);
    let unread = run(&state, "get_c2c_unread_msg_num", json!({"To_Account": "b"}));
    assert_eq!(unread["AllC2CUnreadMsgNum"], 1, "{unread}");
}
