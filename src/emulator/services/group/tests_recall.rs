//! Recall, delete-by-sender, modify and unread counts: the published samples in, their shape
//! out, and what later `group_msg_get_simple` reads see; the changes survive a restart.

use serde_json::{json, Value};

use crate::emulator::gateway::Query;
use crate::emulator::routes::{handle, handle_test_hook};
use crate::emulator::services::State;
use crate::emulator::tests::shape_errors;

const NOW: i64 = 1_700_000_000;

fn call(state: &State, service: &str, command: &str, body: Value) -> Value {
    state
        .in_transaction(|| handle(state, service, command, &body, &Query::default(), NOW))
        .unwrap()
        .unwrap()
}

fn group(state: &State, command: &str, body: Value) -> Value {
    call(state, super::SERVICE, command, body)
}

/// A state with `users` imported and one group `id` (or a generated ID when `id` is empty)
/// of `kind` holding them all; its GroupId.
fn with_group(state: &State, id: &str, kind: &str, users: &[&str]) -> String {
    for u in users {
        let got = call(
            state,
            "im_open_login_svc",
            "account_import",
            json!({"UserID": u}),
        );
        assert_eq!(got["ErrorCode"], 0, "{got}");
    }
    let members: Vec<Value> = users.iter().map(|u| json!({"Member_Account": u})).collect();
    let mut body = json!({"Type": kind, "Name": "t", "MemberList": members});
    if !id.is_empty() {
        body["GroupId"] = json!(id);
    }
    let got = group(state, "create_group", body);
    assert_eq!(got["ErrorCode"], 0, "{got}");
    got["GroupId"].as_str().unwrap().to_string()
}

fn send(state: &State, id: &str, from: &str, text: &str) -> u64 {
    let got = group(
        state,
        "send_group_msg",
        json!({"GroupId": id, "From_Account": from, "Random": text.len() as u32 + 7,
               "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": text}}]}),
    );
    assert_eq!(got["ErrorCode"], 0, "{got}");
    got["MsgSeq"].as_u64().unwrap()
}

fn history(state: &State, id: &str, extra: Value) -> Value {
    let mut body = json!({"GroupId": id, "ReqMsgNumber": 20});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    group(state, "group_msg_get_simple", body)
}

fn seqs(page: &Value) -> Vec<u64> {
    page["RspMsgList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["MsgSeq"].as_u64().unwrap())
        .collect()
}

fn sample(file: &str) -> Value {
    let path = format!(
        "{}/tests/data/samples/{file}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let all: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    all["examples"][0].clone()
}

/// Each sample's request, against a group holding what it names, answers ErrorCode 0 with
/// the published response's fields and types.
#[test]
fn the_published_samples_answer_in_their_shape() {
    let cases = [
        (
            "group_open_http_svc.group_msg_recall",
            super::SERVICE,
            "group_msg_recall",
        ),
        (
            "group_open_http_svc.delete_group_msg_by_sender",
            super::SERVICE,
            "delete_group_msg_by_sender",
        ),
        (
            "group_open_http_svc.set_unread_msg_num",
            super::SERVICE,
            "set_unread_msg_num",
        ),
        ("openim.modify_group_msg", "openim", "modify_group_msg"),
    ];
    for (file, service, command) in cases {
        let example = sample(file);
        // The samples' IDs are generated ones (`@TGS#…`): the request names ours instead.
        let mut request = example["request"].clone();
        let state = State::in_memory();
        let id = with_group(&state, "", "Public", &["leckie", "bob"]);
        request["GroupId"] = json!(id);
        // Seqs 1..=101, so the samples' 23, 100 and 101 exist.
        let seeded = handle_test_hook(
            &state,
            "seed_group_msgs",
            &json!({"GroupId": id, "Count": 101, "Senders": ["leckie", "bob"]}),
            NOW,
        )
        .unwrap();
        assert_eq!(seeded["LastMsgSeq"], 101, "{seeded}");
        let ours = call(&state, service, command, request);
        assert_eq!(ours["ErrorCode"], 0, "{command}: {ours}");
        let mut errors = Vec::new();
        shape_errors(&example["response"], &ours, command, &mut errors);
        assert!(errors.is_empty(), "{command}: {errors:?}\nours: {ours}");
        if command == "modify_group_msg" {
            assert_eq!(ours["ErrorInfo"], "succeed");
        }
    }
}

#[test]
fn recall_answers_per_seq_and_history_leaves_the_recalled_out() {
    let state = State::in_memory();
    with_group(&state, "g1", "Public", &["a", "b"]);
    let first = send(&state, "g1", "a", "one");
    let second = send(&state, "g1", "b", "two");
    let got = group(
        &state,
        "group_msg_recall",
        json!({"GroupId": "g1", "MsgSeqList": [{"MsgSeq": first}, {"MsgSeq": 999}]}),
    );
    assert_eq!(got["ErrorCode"], 0, "{got}");
    assert_eq!(
        got["RecallRetList"],
        json!([{"MsgSeq": first, "RetCode": 0}, {"MsgSeq": 999, "RetCode": 10030}])
    );
    let again = group(
        &state,
        "group_msg_recall",
        json!({"GroupId": "g1", "MsgSeqList": [{"MsgSeq": first}]}),
    );
    assert_eq!(again["RecallRetList"][0]["RetCode"], 10032, "{again}");
    assert_eq!(seqs(&history(&state, "g1", json!({}))), vec![second]);
    let with = history(&state, "g1", json!({"WithRecalledMsg": 1}));
    assert_eq!(seqs(&with), vec![second, first]);
    assert_eq!(with["RspMsgList"][1]["IsPlaceMsg"], 2);
    assert_eq!(with["RspMsgList"][1]["MsgBody"], json!([]));
    assert_eq!(with["RspMsgList"][0]["IsPlaceMsg"], 0);
    // More than 10 seqs in one request is refused whole.
    let eleven: Vec<Value> = (1..=11).map(|s| json!({"MsgSeq": s})).collect();
    let got = group(
        &state,
        "group_msg_recall",
        json!({"GroupId": "g1", "MsgSeqList": eleven}),
    );
    assert_eq!(got["ErrorCode"], 10004, "{got}");
    let got = group(
        &state,
        "group_msg_recall",
        json!({"GroupId": "nope", "MsgSeqList": [{"MsgSeq": 1}]}),
    );
    assert_eq!(got["ErrorCode"], 10010, "{got}");
}

#[test]
fn delete_by_sender_recalls_only_that_senders_last_thousand() {
    let state = State::in_memory();
    with_group(&state, "g1", "Public", &["a", "b"]);
    // 1,100 messages alternating a, b: a's seqs are the odd ones.
    let seeded = handle_test_hook(
        &state,
        "seed_group_msgs",
        &json!({"GroupId": "g1", "Count": 1100, "Senders": ["a", "b"]}),
        NOW,
    )
    .unwrap();
    assert_eq!(seeded["ErrorCode"], 0, "{seeded}");
    let got = group(
        &state,
        "delete_group_msg_by_sender",
        json!({"GroupId": "g1", "Sender_Account": "a"}),
    );
    assert_eq!(got["ErrorCode"], 0, "{got}");
    let latest = history(&state, "g1", json!({}));
    assert!(latest["RspMsgList"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["From_Account"] == "b"));
    // Seq 99 (a's, outside the newest 1,000) is still there; seq 101 (inside) is not.
    let old = history(&state, "g1", json!({"ReqMsgSeq": 101, "ReqMsgNumber": 3}));
    assert_eq!(seqs(&old), vec![100, 99, 98], "{old}");
    let got = group(
        &state,
        "delete_group_msg_by_sender",
        json!({"GroupId": "g1"}),
    );
    assert_eq!(got["ErrorCode"], 10004);
}

#[test]
fn modify_rewrites_what_history_reads_and_refuses_what_is_not_there() {
    let state = State::in_memory();
    with_group(&state, "g1", "Public", &["a"]);
    let seq = send(&state, "g1", "a", "typo");
    let text = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "fixed"}}]);
    let got = call(
        &state,
        "openim",
        "modify_group_msg",
        json!({"GroupId": "g1", "MsgSeq": seq, "MsgBody": text, "CloudCustomData": "c"}),
    );
    assert_eq!(got["ErrorCode"], 0, "{got}");
    assert_eq!(
        history(&state, "g1", json!({}))["RspMsgList"][0]["MsgBody"],
        text
    );
    let missing = call(
        &state,
        "openim",
        "modify_group_msg",
        json!({"GroupId": "g1", "MsgSeq": 77, "CloudCustomData": "c"}),
    );
    assert_eq!(missing["ErrorCode"], 20001, "{missing}");
    let nothing = call(
        &state,
        "openim",
        "modify_group_msg",
        json!({"GroupId": "g1", "MsgSeq": seq}),
    );
    assert_eq!(nothing["ErrorCode"], 90002, "{nothing}");
    let bad = call(
        &state,
        "openim",
        "modify_group_msg",
        json!({"GroupId": "g1", "MsgSeq": seq, "MsgBody": [{"Text": "x"}]}),
    );
    assert_eq!(bad["ErrorCode"], 90002, "{bad}");
    group(
        &state,
        "group_msg_recall",
        json!({"GroupId": "g1", "MsgSeqList": [{"MsgSeq": seq}]}),
    );
    let recalled = call(
        &state,
        "openim",
        "modify_group_msg",
        json!({"GroupId": "g1", "MsgSeq": seq, "CloudCustomData": "c"}),
    );
    assert_eq!(recalled["ErrorCode"], 20001, "{recalled}");
}

#[test]
fn unread_counts_are_cut_to_the_messages_and_ignored_in_chat_rooms() {
    let state = State::in_memory();
    with_group(&state, "g1", "Public", &["a"]);
    with_group(&state, "room", "ChatRoom", &[]);
    send(&state, "g1", "a", "one");
    send(&state, "g1", "a", "two");
    let set = |id: &str, who: &str, n: u64| {
        group(
            &state,
            "set_unread_msg_num",
            json!({"GroupId": id, "Member_Account": who, "UnreadMsgNum": n}),
        )
    };
    assert_eq!(set("g1", "a", 5)["ErrorCode"], 0);
    assert_eq!(
        state
            .groups
            .get("g1")
            .unwrap()
            .member("a")
            .unwrap()
            .unread_msg_num,
        2
    );
    assert_eq!(set("g1", "a", 1)["ErrorCode"], 0);
    assert_eq!(
        state
            .groups
            .get("g1")
            .unwrap()
            .member("a")
            .unwrap()
            .unread_msg_num,
        1
    );
    assert_eq!(set("room", "a", 3)["ErrorCode"], 0);
    assert_eq!(set("g1", "ghost", 1)["ErrorCode"], 10004);
    assert_eq!(set("nope", "a", 1)["ErrorCode"], 10010);
}

#[test]
fn recalls_edits_and_unread_counts_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second);
    {
        let state = State::open(dir.path()).unwrap();
        with_group(&state, "g1", "Public", &["a", "b"]);
        first = send(&state, "g1", "a", "one");
        second = send(&state, "g1", "b", "two");
        group(
            &state,
            "group_msg_recall",
            json!({"GroupId": "g1", "MsgSeqList": [{"MsgSeq": first}]}),
        );
        call(
            &state,
            "openim",
            "modify_group_msg",
            json!({"GroupId": "g1", "MsgSeq": second, "CloudCustomData": "edited",
                   "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "2!"}}]}),
        );
        group(
            &state,
            "set_unread_msg_num",
            json!({"GroupId": "g1", "Member_Account": "b", "UnreadMsgNum": 1}),
        );
    }
    let state = State::open(dir.path()).unwrap();
    let page = history(&state, "g1", json!({"WithRecalledMsg": 1}));
    assert_eq!(
        page["RspMsgList"][0]["MsgBody"][0]["MsgContent"]["Text"],
        "2!"
    );
    assert_eq!(page["RspMsgList"][1]["IsPlaceMsg"], 2, "{page}");
    assert_eq!(
        state
            .groups
            .get("g1")
            .unwrap()
            .member("b")
            .unwrap()
            .unread_msg_num,
        1
    );
}
