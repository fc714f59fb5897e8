//! `imctl group history | recall | purge | modify-msg` against the emulator: paging over several
//! pages (the call count is the page arithmetic), `--from`/`--since-seq`/`--until-seq`, recall
//! then history, purge, modify then history, `--dry-run` changing nothing, the JSON shapes
//! (docs/output-group-messages.md) and the recall callback.

use std::time::Duration;

use serde_json::{json, Value};

use crate::common::{
    admin_sig, assert_snapshot, auth_query, post_json, redact_volatile, stdout_json, text,
    Emulator, Sandbox, Stub,
};

fn run(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> std::process::Output {
    emu.cmd(sb).args(args).output().unwrap()
}

fn ok(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> std::process::Output {
    let out = run(emu, sb, args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    out
}

/// An emulator with alice and bob, and group `team-a` holding them.
fn team(sb: &Sandbox, extra: &[&str]) -> Emulator {
    let emu = Emulator::start(sb, extra);
    for user in ["alice", "bob", "carol"] {
        ok(&emu, sb, &["account", "import", user]);
    }
    ok(
        &emu,
        sb,
        &[
            "group", "create", "--name", "A", "--owner", "alice", "--id", "team-a", "--member",
            "bob",
        ],
    );
    emu
}

/// `count` messages in `team-a` through the test hook, senders in turn.
fn seed(emu: &Emulator, sb: &Sandbox, count: u64, senders: &[&str]) {
    let got = post_json(
        emu.addr(),
        &format!("/imctl-test/seed_group_msgs?{}", auth_query(&admin_sig(sb))),
        &json!({"GroupId": "team-a", "Count": count, "Senders": senders}),
    );
    assert_eq!(got["ErrorCode"], 0, "{got}");
}

/// The messages of `history ARGS -o jsonl`, one JSON object a line.
fn history(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["group", "history", "team-a", "-o", "jsonl"];
    all.extend_from_slice(args);
    let out = ok(emu, sb, &all);
    text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn seqs(messages: &[Value]) -> Vec<u64> {
    messages
        .iter()
        .map(|m| m["MsgSeq"].as_u64().unwrap())
        .collect()
}

/// How many `group_msg_get_simple` requests a `-v` run made.
fn calls(stderr: &[u8]) -> usize {
    text(stderr)
        .lines()
        .filter(|l| l.contains("group_msg_get_simple"))
        .count()
}

#[test]
fn history_pages_down_by_req_msg_seq_and_streams_every_message_once() {
    let sb = Sandbox::new();
    let emu = team(&sb, &[]);
    seed(&emu, &sb, 45, &["alice", "bob"]);
    let out = ok(
        &emu,
        &sb,
        &["group", "history", "team-a", "--all", "-o", "jsonl", "-v"],
    );
    let lines: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Newest first, every seq once: 45 messages in ceil(45 / 20) = 3 requests.
    assert_eq!(seqs(&lines), (1..=45).rev().collect::<Vec<u64>>());
    assert_eq!(calls(&out.stderr), 3, "{}", text(&out.stderr));
    // One message a line in the service's own field names.
    let first = lines[0].as_object().unwrap();
    for key in [
        "From_Account",
        "IsPlaceMsg",
        "MsgBody",
        "MsgPriority",
        "MsgRandom",
        "MsgSeq",
        "MsgTimeStamp",
    ] {
        assert!(first.contains_key(key), "{key} missing: {first:?}");
    }
    assert_eq!(lines[0]["MsgBody"][0]["MsgContent"]["Text"], "message 45");

    // Smaller pages: more requests, the same messages.
    let out = ok(
        &emu,
        &sb,
        &[
            "group",
            "history",
            "team-a",
            "--all",
            "--page-size",
            "7",
            "-o",
            "jsonl",
            "-v",
        ],
    );
    assert_eq!(text(&out.stdout).lines().count(), 45);
    assert_eq!(calls(&out.stderr), 7, "{}", text(&out.stderr));

    // Without --all: the newest page and a note; --limit stops paging once there are N.
    let out = ok(&emu, &sb, &["group", "history", "team-a", "-o", "jsonl"]);
    assert_eq!(text(&out.stdout).lines().count(), 20);
    assert!(text(&out.stderr).contains("--all"), "{}", text(&out.stderr));
    let out = ok(
        &emu,
        &sb,
        &[
            "group", "history", "team-a", "--limit", "25", "-o", "jsonl", "-v",
        ],
    );
    assert_eq!(text(&out.stdout).lines().count(), 25);
    assert_eq!(calls(&out.stderr), 2);

    // JSON is one array, CSV one header, whatever the number of pages.
    let all = stdout_json(&ok(
        &emu,
        &sb,
        &["group", "history", "team-a", "--all", "-o", "json"],
    ));
    assert_eq!(all.as_array().unwrap().len(), 45);
    let out = ok(
        &emu,
        &sb,
        &["group", "history", "team-a", "--all", "-o", "csv"],
    );
    let csv = text(&out.stdout);
    assert_eq!(csv.lines().count(), 46, "{csv}");
    assert!(
        csv.starts_with("MsgSeq,MsgTimeStamp,From_Account,"),
        "{csv}"
    );
}

#[test]
fn from_and_seq_bounds_filter_what_is_printed() {
    let sb = Sandbox::new();
    let emu = team(&sb, &[]);
    // Odd seqs are alice's, even ones bob's.
    seed(&emu, &sb, 50, &["alice", "bob"]);
    let bob = history(&emu, &sb, &["--from", "bob", "--all"]);
    assert_eq!(bob.len(), 25);
    assert!(bob.iter().all(|m| m["From_Account"] == "bob"));
    let limited = history(&emu, &sb, &["--from", "bob", "--limit", "12"]);
    assert_eq!(
        seqs(&limited),
        (27..=50).rev().step_by(2).collect::<Vec<_>>()
    );
    let since = history(&emu, &sb, &["--since-seq", "41", "--all"]);
    assert_eq!(seqs(&since), (41..=50).rev().collect::<Vec<_>>());
    let window = history(
        &emu,
        &sb,
        &["--until-seq", "30", "--since-seq", "25", "--all"],
    );
    assert_eq!(seqs(&window), (25..=30).rev().collect::<Vec<_>>());
    // Nobody's messages: nothing on stdout, a note on stderr.
    let out = ok(
        &emu,
        &sb,
        &["group", "history", "team-a", "--from", "carol", "--all"],
    );
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains("no messages"),
        "{}",
        text(&out.stderr)
    );
    let json = stdout_json(&ok(
        &emu,
        &sb,
        &[
            "group", "history", "team-a", "--from", "carol", "-o", "json",
        ],
    ));
    assert_eq!(json, json!([]));
    let bad = run(
        &emu,
        &sb,
        &[
            "group",
            "history",
            "team-a",
            "--since-seq",
            "9",
            "--until-seq",
            "3",
        ],
    );
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn recall_reports_each_seq_and_history_leaves_the_recalled_out() {
    let sb = Sandbox::new();
    let emu = team(&sb, &[]);
    seed(&emu, &sb, 5, &["alice"]);
    let out = run(
        &emu,
        &sb,
        &["group", "recall", "team-a", "2", "4", "99", "-o", "json"],
    );
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let summary = stdout_json(&out);
    assert_eq!(summary["Requested"], 3);
    assert_eq!(summary["Succeeded"], 2);
    assert_eq!(summary["Failed"], 1);
    assert_eq!(summary["Failures"][0]["MsgSeq"], "99");
    assert_eq!(summary["Failures"][0]["ErrorCode"], 10030);
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("99") && stderr.contains("10030"),
        "{stderr}"
    );
    assert_eq!(seqs(&history(&emu, &sb, &[])), vec![5, 3, 1]);
    let with = history(&emu, &sb, &["--with-recalled"]);
    assert_eq!(seqs(&with), vec![5, 4, 3, 2, 1]);
    assert_eq!(with[1]["IsPlaceMsg"], 2);
    // The human table says which ones were recalled.
    let out = ok(
        &emu,
        &sb,
        &["group", "history", "team-a", "--with-recalled"],
    );
    assert!(
        text(&out.stdout).contains("(recalled)"),
        "{}",
        text(&out.stdout)
    );

    // Recalling again is refused per seq; every seq recalled is exit 0 with a status line.
    let again = run(&emu, &sb, &["group", "recall", "team-a", "2"]);
    assert_eq!(again.status.code(), Some(6));
    assert!(
        text(&again.stderr).contains("10032"),
        "{}",
        text(&again.stderr)
    );
    let out = ok(&emu, &sb, &["group", "recall", "team-a", "5"]);
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains("recalled 1"),
        "{}",
        text(&out.stderr)
    );
    let out = ok(&emu, &sb, &["group", "recall", "team-a", "3", "-q"]);
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    // More than 10 seqs: requests of 10.
    seed(&emu, &sb, 15, &["bob"]);
    let many: Vec<String> = (6..=20).map(|s| s.to_string()).collect();
    let mut args = vec!["group", "recall", "team-a", "-v"];
    args.extend(many.iter().map(String::as_str));
    let out = ok(&emu, &sb, &args);
    let sent = text(&out.stderr)
        .lines()
        .filter(|l| l.contains("group_msg_recall"))
        .count();
    assert_eq!(sent, 2, "{}", text(&out.stderr));
    assert_eq!(seqs(&history(&emu, &sb, &[])), vec![1]);
    // A seq that is not a number is a usage error, before anything is sent.
    let bad = run(&emu, &sb, &["group", "recall", "team-a", "x1"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn purge_asks_first_then_recalls_the_senders_messages() {
    let sb = Sandbox::new();
    let emu = team(&sb, &[]);
    seed(&emu, &sb, 30, &["alice", "bob"]);
    // No terminal and no --yes: refused, nothing changed.
    let out = run(&emu, &sb, &["group", "purge", "team-a", "--sender", "bob"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--yes"), "{}", text(&out.stderr));
    assert_eq!(history(&emu, &sb, &["--all"]).len(), 30);
    let out = ok(
        &emu,
        &sb,
        &[
            "group", "purge", "team-a", "--sender", "bob", "--yes", "-o", "json",
        ],
    );
    assert_eq!(
        stdout_json(&out),
        json!({"GroupId": "team-a", "Sender_Account": "bob"})
    );
    let left = history(&emu, &sb, &["--all"]);
    assert_eq!(left.len(), 15);
    assert!(left.iter().all(|m| m["From_Account"] == "alice"));
    let out = ok(
        &emu,
        &sb,
        &["group", "purge", "team-a", "--sender", "alice", "--yes"],
    );
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("alice"), "{}", text(&out.stderr));
    let bad = run(
        &emu,
        &sb,
        &["group", "purge", "team-a", "--sender", "", "--yes"],
    );
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn modify_msg_changes_what_history_reads() {
    let sb = Sandbox::new();
    let emu = team(&sb, &[]);
    seed(&emu, &sb, 3, &["alice"]);
    let out = ok(
        &emu,
        &sb,
        &[
            "group",
            "modify-msg",
            "team-a",
            "2",
            "--text",
            "fixed",
            "--cloud-data",
            "c1",
            "-o",
            "json",
        ],
    );
    assert_eq!(
        stdout_json(&out),
        json!({"GroupId": "team-a", "MsgSeq": 2, "CloudCustomData": "c1",
               "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "fixed"}}]})
    );
    let messages = history(&emu, &sb, &[]);
    assert_eq!(messages[1]["MsgSeq"], 2);
    assert_eq!(messages[1]["MsgBody"][0]["MsgContent"]["Text"], "fixed");
    assert_eq!(messages[0]["MsgBody"][0]["MsgContent"]["Text"], "message 3");
    // A seq that is not stored is the service's refusal, exit 1.
    let out = run(
        &emu,
        &sb,
        &["group", "modify-msg", "team-a", "77", "--text", "x"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("20001"), "{}", text(&out.stderr));
    let out = run(&emu, &sb, &["group", "modify-msg", "team-a", "2"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn dry_run_prints_each_request_and_changes_nothing() {
    let sb = Sandbox::new();
    let emu = team(&sb, &[]);
    seed(&emu, &sb, 4, &["alice", "bob"]);
    let before = history(&emu, &sb, &["--with-recalled"]);
    for (args, command, field) in [
        (
            &["group", "recall", "team-a", "1", "2", "--dry-run"][..],
            "group_msg_recall",
            "MsgSeqList",
        ),
        (
            &["group", "purge", "team-a", "--sender", "bob", "--dry-run"],
            "delete_group_msg_by_sender",
            "Sender_Account",
        ),
        (
            &[
                "group",
                "modify-msg",
                "team-a",
                "1",
                "--text",
                "x",
                "--dry-run",
            ],
            "modify_group_msg",
            "MsgBody",
        ),
        (
            &["group", "history", "team-a", "--all", "--dry-run"],
            "group_msg_get_simple",
            "ReqMsgNumber",
        ),
    ] {
        let out = ok(&emu, &sb, args);
        let stdout = text(&out.stdout);
        let request: Value = stdout
            .lines()
            .find_map(|l| serde_json::from_str(l).ok())
            .unwrap_or_else(|| panic!("{args:?}: no request printed: {stdout}"));
        assert!(
            request["url"].as_str().unwrap().contains(command),
            "{args:?}: {request}"
        );
        assert!(request["url"]
            .as_str()
            .unwrap()
            .contains("usersig=REDACTED"));
        assert!(request["body"].get(field).is_some(), "{args:?}: {request}");
    }
    assert_eq!(history(&emu, &sb, &["--with-recalled"]), before);
}

#[test]
fn the_json_shapes_match_the_documented_ones() {
    let sb = Sandbox::new();
    let emu = team(&sb, &[]);
    seed(&emu, &sb, 3, &["alice", "bob"]);
    ok(&emu, &sb, &["group", "recall", "team-a", "1"]);
    let mut shapes = serde_json::Map::new();
    for (name, args) in [
        (
            "history",
            &[
                "group",
                "history",
                "team-a",
                "--with-recalled",
                "-o",
                "json",
            ][..],
        ),
        (
            "recall",
            &["group", "recall", "team-a", "2", "9", "-o", "json"],
        ),
        (
            "purge",
            &[
                "group", "purge", "team-a", "--sender", "bob", "--yes", "-o", "json",
            ],
        ),
        (
            "modify-msg",
            &[
                "group",
                "modify-msg",
                "team-a",
                "3",
                "--text",
                "hi",
                "-o",
                "json",
            ],
        ),
    ] {
        let out = run(&emu, &sb, args);
        let mut value = stdout_json(&out);
        redact_volatile(&mut value, &["MsgTimeStamp", "Seconds"]);
        shapes.insert(name.into(), value);
    }
    assert_snapshot(
        "group-messages.json",
        &(serde_json::to_string_pretty(&Value::Object(shapes)).unwrap() + "\n"),
    );
}

#[test]
fn a_recall_sends_the_after_recall_callback_and_a_purge_sends_none() {
    let sb = Sandbox::new();
    let backend = Stub::json(r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#);
    let url = format!("{}/im/callback", backend.url);
    let emu = team(&sb, &["--callback-url", &url]);
    seed(&emu, &sb, 3, &["alice", "bob"]);
    let out = run(&emu, &sb, &["group", "recall", "team-a", "1", "3", "7"]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let recall = backend
        .wait_for(Duration::from_secs(3), |r| {
            r.json()["CallbackCommand"] == "Group.CallbackAfterRecallMsg"
        })
        .expect("no Group.CallbackAfterRecallMsg");
    let body = recall.json();
    assert_eq!(body["GroupId"], "team-a");
    assert_eq!(body["Type"], "Public");
    assert_eq!(body["Operator_Account"], "administrator");
    // Only what was recalled: 7 was not there.
    assert_eq!(body["MsgSeqList"], json!([{"MsgSeq": 1}, {"MsgSeq": 3}]));
    assert!(body["EventTime"].is_u64(), "{body}");
    ok(
        &emu,
        &sb,
        &["group", "purge", "team-a", "--sender", "bob", "--yes"],
    );
    std::thread::sleep(Duration::from_millis(300));
    let recalls = backend
        .requests()
        .iter()
        .filter(|r| r.json()["CallbackCommand"] == "Group.CallbackAfterRecallMsg")
        .count();
    assert_eq!(recalls, 1, "a purge is silent");
}

#[test]
fn a_service_that_does_not_page_down_is_an_error_not_a_loop() {
    let sb = Sandbox::new();
    // Always the same page, IsFinished 0: asking for what is older never gets older.
    let stuck = Stub::json(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","GroupId":"g","IsFinished":0,
            "RspMsgList":[{"From_Account":"a","IsPlaceMsg":0,"MsgBody":[],"MsgPriority":2,
                           "MsgRandom":1,"MsgSeq":50,"MsgTimeStamp":1}]}"#,
    );
    let out = sb
        .cmd()
        .args([
            "--endpoint",
            &stuck.url,
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(sb.key_file())
        .args(["group", "history", "g", "--all", "-o", "jsonl"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("MsgSeq 49"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(stuck.requests().len(), 2);
}
