//! `imctl message` end to end: the real binary against a real emulator on 127.0.0.1. Messages
//! are seeded with `importmsg` at fixed times (November 2023), so outputs are snapshots.

use serde_json::{json, Value};

use crate::common::{
    admin_sig, assert_snapshot, auth_query, post_json, stdout_json, text, Emulator, Sandbox,
};

/// 2023-11-14T22:13:20Z.
const T0: i64 = 1_700_000_000;
const WINDOW: [&str; 4] = ["--since", "2023-11-01", "--until", "2023-12-01"];

struct Chat {
    sb: Sandbox,
    emu: Emulator,
    sig: String,
}

impl Chat {
    fn new(users: &[&str]) -> Chat {
        let sb = Sandbox::new();
        let emu = Emulator::start(&sb, &[]);
        let sig = admin_sig(&sb);
        let chat = Chat { sb, emu, sig };
        for user in users {
            chat.rest("im_open_login_svc/account_import", json!({"UserID": user}));
        }
        chat
    }

    fn rest(&self, endpoint: &str, body: Value) -> Value {
        let path = format!("/v4/{endpoint}?{}", auth_query(&self.sig));
        let answer = post_json(self.emu.addr(), &path, &body);
        assert_eq!(answer["ErrorCode"], 0, "{endpoint}: {answer}");
        answer
    }

    /// Imports message `i` from `from` to `to` at `T0 + i`; its MsgKey is `i_7_(T0+i)`.
    fn import(&self, from: &str, to: &str, i: i64, sync: u8) {
        self.rest(
            "openim/importmsg",
            json!({"SyncFromOldSystem": sync, "From_Account": from, "To_Account": to,
                   "MsgSeq": i, "MsgRandom": 7, "MsgTimeStamp": T0 + i,
                   "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": format!("m{i}")}}]}),
        );
    }

    fn imctl(&self, args: &[&str]) -> std::process::Output {
        self.emu.cmd(&self.sb).args(args).output().unwrap()
    }

    fn ok(&self, args: &[&str]) -> std::process::Output {
        let out = self.imctl(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        out
    }

    fn history(&self, extra: &[&str]) -> Vec<Value> {
        let mut args = vec!["message", "history", "alice", "bob", "-o", "jsonl"];
        args.extend(WINDOW);
        args.extend(extra);
        text(&self.ok(&args).stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

fn key(i: i64) -> String {
    format!("{i}_7_{}", T0 + i)
}

fn texts(messages: &[Value]) -> Vec<String> {
    messages
        .iter()
        .map(|m| {
            m["MsgBody"][0]["MsgContent"]["Text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn history_reads_every_page_newest_last() {
    let chat = Chat::new(&["alice", "bob"]);
    for i in 0..7 {
        let (from, to) = if i % 2 == 0 {
            ("alice", "bob")
        } else {
            ("bob", "alice")
        };
        chat.import(from, to, i, 2);
    }
    // Three messages a request: three pages, printed oldest first.
    let mut args = vec![
        "-v",
        "message",
        "history",
        "alice",
        "bob",
        "--page-size",
        "3",
        "-o",
        "jsonl",
    ];
    args.extend(WINDOW);
    let out = chat.ok(&args);
    let lines: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(texts(&lines), ["m0", "m1", "m2", "m3", "m4", "m5", "m6"]);
    let requests = text(&out.stderr).matches("admin_getroammsg").count();
    assert_eq!(requests, 3, "{}", text(&out.stderr));
    // --limit keeps the newest.
    assert_eq!(
        texts(&chat.history(&["--limit", "2", "--page-size", "3"])),
        ["m5", "m6"]
    );
    // The other side sees the same conversation.
    let mut args = vec!["message", "history", "bob", "alice", "-o", "json"];
    args.extend(WINDOW);
    assert_eq!(stdout_json(&chat.ok(&args)).as_array().unwrap().len(), 7);
    // Outside the window: nothing on stdout, a note on stderr.
    let out = chat.ok(&["message", "history", "alice", "bob", "--since", "1h"]);
    assert_eq!(text(&out.stdout), "");
    assert!(text(&out.stderr).contains("no messages between alice and bob"));
}

#[test]
fn history_output_shapes() {
    let chat = Chat::new(&["alice", "bob"]);
    chat.import("alice", "bob", 1, 2);
    chat.import("bob", "alice", 2, 2);
    let mut args = vec!["message", "history", "alice", "bob", "-o", "json"];
    args.extend(WINDOW);
    assert_snapshot("message-history.json", &text(&chat.ok(&args).stdout));
    let mut args = vec!["message", "history", "alice", "bob"];
    args.extend(WINDOW);
    assert_snapshot("message-history.txt", &text(&chat.ok(&args).stdout));
}

#[test]
fn recall_then_history_shows_it_recalled() {
    let chat = Chat::new(&["alice", "bob"]);
    for i in 0..3 {
        chat.import("alice", "bob", i, 2);
    }
    let out = chat.ok(&["message", "recall", "alice", "bob", &key(1), "-o", "json"]);
    assert_snapshot("message-recall.json", &text(&out.stdout));
    let flags: Vec<Value> = chat
        .history(&[])
        .iter()
        .map(|m| m["MsgFlagBits"].clone())
        .collect();
    assert_eq!(flags, [json!(0), json!(8), json!(0)]);
    let mut args = vec!["message", "history", "alice", "bob"];
    args.extend(WINDOW);
    assert!(text(&chat.ok(&args).stdout).contains("(recalled)"));
    // Again: the service's refusal, exit 1.
    let out = chat.imctl(&["message", "recall", "alice", "bob", &key(1)]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("20023"), "{}", text(&out.stderr));
    // Several keys: the refused one is that key's failure, the others are recalled (exit 6).
    let out = chat.imctl(&[
        "message",
        "recall",
        "alice",
        "bob",
        &key(1),
        &key(2),
        "-o",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    assert_eq!(stdout_json(&out)["MsgKey"], json!([key(2)]));
    assert!(text(&out.stderr).contains(&format!("{}: ErrorCode 20023", key(1))));
}

#[test]
fn modify_changes_what_history_returns() {
    let chat = Chat::new(&["alice", "bob"]);
    chat.import("alice", "bob", 1, 2);
    let out = chat.ok(&[
        "message",
        "modify",
        "alice",
        "bob",
        &key(1),
        "--text",
        "edited",
        "--cloud-data",
        "cc",
        "-o",
        "json",
    ]);
    assert_snapshot("message-modify.json", &text(&out.stdout));
    let history = chat.history(&[]);
    assert_eq!(texts(&history), ["edited"]);
    assert_eq!(history[0]["CloudCustomData"], "cc");
    // Nothing to change is a usage error; so is a missing body file.
    let out = chat.imctl(&["message", "modify", "alice", "bob", &key(1)]);
    assert_eq!(out.status.code(), Some(2));
    let out = chat.imctl(&[
        "message",
        "modify",
        "alice",
        "bob",
        &key(1),
        "--body",
        "/nonexistent/body.json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("error: /nonexistent/body.json: No such file or directory"));
}

#[test]
fn unread_counts_before_and_after_read() {
    let chat = Chat::new(&["alice", "bob", "carol"]);
    chat.import("bob", "alice", 1, 5);
    chat.import("bob", "alice", 2, 5);
    chat.import("carol", "alice", 3, 5);
    // A history import is read already.
    chat.import("carol", "alice", 4, 2);
    let total = stdout_json(&chat.ok(&["message", "unread", "alice", "-o", "json"]));
    assert_eq!(
        total,
        json!({"To_Account": "alice", "AllC2CUnreadMsgNum": 3})
    );
    let out = chat.ok(&[
        "message", "unread", "alice", "--peer", "bob", "--peer", "carol", "-o", "json",
    ]);
    assert_snapshot("message-unread.json", &text(&out.stdout));
    let out = chat.ok(&["message", "read", "alice", "bob", "-o", "json"]);
    assert_eq!(
        stdout_json(&out),
        json!({"Report_Account": "alice", "Peer_Account": "bob"})
    );
    let per = stdout_json(&chat.ok(&[
        "message", "unread", "alice", "--peer", "bob", "--peer", "carol", "-o", "json",
    ]));
    assert_eq!(
        per,
        json!([{"Peer_Account": "bob", "C2CUnreadMsgNum": 0}, {"Peer_Account": "carol", "C2CUnreadMsgNum": 1}])
    );
    // A peer that does not exist is an item failure.
    let out = chat.imctl(&[
        "message", "unread", "alice", "--peer", "ghost", "--peer", "carol",
    ]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("ghost: ErrorCode 70107"));
}

#[test]
fn dry_run_mutations_send_nothing() {
    let chat = Chat::new(&["alice", "bob"]);
    chat.import("bob", "alice", 1, 5);
    let runs: [&[&str]; 3] = [
        &["--dry-run", "message", "recall", "bob", "alice", &key(1)],
        &[
            "--dry-run",
            "message",
            "modify",
            "bob",
            "alice",
            &key(1),
            "--text",
            "x",
        ],
        &["--dry-run", "message", "read", "alice", "bob"],
    ];
    for args in runs {
        let out = chat.ok(args);
        let preview: Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
        assert_eq!(preview["method"], "POST", "{args:?}");
        assert!(preview["url"]
            .as_str()
            .unwrap()
            .contains("usersig=REDACTED"));
    }
    let history = chat.history(&[]);
    assert_eq!(texts(&history), ["m1"]);
    assert_eq!(history[0]["MsgFlagBits"], 0);
    let total = stdout_json(&chat.ok(&["message", "unread", "alice", "-o", "json"]));
    assert_eq!(total["AllC2CUnreadMsgNum"], 1);
}

fn unread_of(chat: &Chat, user: &str) -> Value {
    stdout_json(&chat.ok(&["message", "unread", user, "-o", "json"]))["AllC2CUnreadMsgNum"].clone()
}

#[test]
fn send_to_one_then_recall_it() {
    let chat = Chat::new(&["alice", "bob"]);
    let out = chat.ok(&[
        "message", "send", "--from", "alice", "--to", "bob", "--text", "hi", "-o", "json",
    ]);
    let mut sent = stdout_json(&out);
    let key = sent[0]["MsgKey"].as_str().unwrap().to_string();
    assert!(sent[0]["MsgTime"].as_i64().unwrap() > T0);
    crate::common::redact_volatile(&mut sent, &["MsgKey", "MsgTime"]);
    assert_snapshot("message-send.json", &format!("{:#}\n", sent));
    assert_eq!(unread_of(&chat, "bob"), 1);
    let out = chat.ok(&[
        "message", "history", "bob", "alice", "--since", "1h", "-o", "jsonl",
    ]);
    let line: Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
    assert_eq!(line["MsgKey"], key.as_str());
    assert_eq!(line["MsgBody"][0]["MsgContent"]["Text"], "hi");
    chat.ok(&["message", "recall", "alice", "bob", &key]);
    assert_eq!(unread_of(&chat, "bob"), 0);
    // Human output: a table on stdout.
    let out = chat.ok(&[
        "message",
        "send",
        "--from",
        "alice",
        "--to",
        "bob",
        "--custom",
        "{\"k\":1}",
        "--lifetime",
        "1h",
        "--push-desc",
        "new",
    ]);
    assert!(
        text(&out.stdout).contains("MsgKey"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn send_to_many_reports_each_recipient() {
    let chat = Chat::new(&["alice", "bob", "carol"]);
    let out = chat.imctl(&[
        "-v", "message", "send", "--from", "alice", "--to", "bob", "--to", "carol", "--to",
        "ghost", "--text", "all", "-o", "json",
    ]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.matches("batchsendmsg").count(), 1, "{stderr}");
    let rows = stdout_json(&out);
    let to: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["To_Account"].as_str().unwrap())
        .collect();
    assert_eq!(to, ["bob", "carol"], "{rows}");
    assert_eq!(rows[0]["MsgKey"], rows[1]["MsgKey"]);
    assert!(rows[0]["MsgTime"].as_i64().unwrap() > T0);
    assert!(stderr.contains("ghost: ErrorCode 70107"), "{stderr}");
    assert_eq!(unread_of(&chat, "carol"), 1);
}

#[test]
fn send_to_a_file_batches_500_and_writes_failures() {
    let chat = Chat::new(&[]);
    let users: Vec<String> = (0..501).map(|i| format!("u{i}")).collect();
    let file = chat.sb.file("users.txt", &(users.join("\n") + "\n"));
    chat.ok(&["account", "import", "--file", file.to_str().unwrap()]);
    let list = chat.sb.file("to.txt", &(users.join("\n") + "\nghost\n"));
    let failures = chat.sb.path().join("failed.csv");
    let out = chat.imctl(&[
        "-v",
        "message",
        "send",
        "--to-file",
        list.to_str().unwrap(),
        "--text",
        "news",
        "--failures",
        failures.to_str().unwrap(),
        "-o",
        "jsonl",
    ]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr).matches("openim/batchsendmsg").count(),
        2,
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        text(&out.stdout)
            .lines()
            .filter(|l| l.contains("MsgKey"))
            .count(),
        501
    );
    let failed = std::fs::read_to_string(&failures).unwrap();
    assert!(failed.starts_with("UserID,Error,ErrorCode"), "{failed}");
    assert!(
        failed.contains("ghost,") && failed.contains("70107"),
        "{failed}"
    );
    assert_eq!(unread_of(&chat, "u500"), 1);
}

#[test]
fn send_checks_its_input_and_dry_run_sends_nothing() {
    let chat = Chat::new(&["alice", "bob"]);
    let usage: [&[&str]; 4] = [
        &["message", "send", "--to", "bob"],
        &[
            "message",
            "send",
            "--to",
            "bob",
            "--text",
            "x",
            "--lifetime",
            "8d",
        ],
        &[
            "message",
            "send",
            "--to",
            "bob",
            "--text",
            "x",
            "--online-only",
            "--lifetime",
            "1h",
        ],
        &[
            "message",
            "send",
            "--to",
            "bob",
            "--body",
            "/nonexistent/body.json",
        ],
    ];
    for args in usage {
        assert_eq!(chat.imctl(args).status.code(), Some(2), "{args:?}");
    }
    let body = chat.sb.file(
        "body.json",
        r#"[{"MsgType": "TIMTextElem", "MsgContent": {"Text": "from a file"}}]"#,
    );
    for to in [&["--to", "bob"][..], &["--to", "bob", "--to", "alice"][..]] {
        let mut args = vec![
            "--dry-run",
            "message",
            "send",
            "--from",
            "alice",
            "--no-sync",
            "--online-only",
        ];
        args.extend(to);
        args.extend(["--body", body.to_str().unwrap()]);
        let out = chat.ok(&args);
        let preview: Value =
            serde_json::from_str(text(&out.stdout).lines().next().unwrap()).unwrap();
        assert_eq!(
            preview["body"]["MsgBody"][0]["MsgContent"]["Text"], "from a file",
            "{preview}"
        );
        assert_eq!(preview["body"]["SyncOtherMachine"], 2);
        assert_eq!(preview["body"]["MsgLifeTime"], 0);
    }
    assert_eq!(unread_of(&chat, "bob"), 0);
}

fn import_line(from: &str, to: &str, time: i64, text: &str) -> String {
    json!({"From_Account": from, "To_Account": to, "MsgTimeStamp": time,
           "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": text}}]})
    .to_string()
}

#[test]
fn import_keeps_times_dedups_a_rerun_and_writes_failures() {
    let chat = Chat::new(&["alice", "bob"]);
    let lines = [
        import_line("alice", "bob", T0 + 1, "first"),
        import_line("bob", "alice", T0 + 2, "second"),
        import_line("alice", "ghost", T0 + 3, "to nobody"),
        "{\"From_Account\": \"alice\", \"To_Account\": \"bob\", \"MsgTimeStamp\": \"yesterday\"}"
            .into(),
    ];
    let file = chat.sb.file("old.jsonl", &(lines.join("\n") + "\n"));
    let failures = chat.sb.path().join("failed.jsonl");
    let args = [
        "message",
        "import",
        "--file",
        file.to_str().unwrap(),
        "--failures",
        failures.to_str().unwrap(),
        "-o",
        "json",
    ];
    let out = chat.imctl(&args);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let mut summary = stdout_json(&out);
    crate::common::redact_volatile(&mut summary, &["Seconds", "FailuresFile"]);
    assert_snapshot("message-import.json", &format!("{:#}\n", summary));
    let history = chat.history(&[]);
    assert_eq!(texts(&history), ["first", "second"]);
    assert_eq!(history[0]["MsgTimeStamp"], T0 + 1);
    assert_eq!(history[1]["MsgTimeStamp"], T0 + 2);
    // History imports are read: nothing unread.
    assert_eq!(unread_of(&chat, "bob"), 0);
    let failed = std::fs::read_to_string(&failures).unwrap();
    assert_eq!(failed.lines().count(), 2, "{failed}");
    assert!(
        failed.contains("90012") && failed.contains("MsgTimeStamp"),
        "{failed}"
    );
    // The same file again: the service recognises every message.
    let out = chat.imctl(&args);
    assert_eq!(out.status.code(), Some(6));
    assert_eq!(chat.history(&[]).len(), 2);
    // Real-time imports count as unread.
    let recent = chat.sb.file(
        "recent.jsonl",
        &(import_line("alice", "bob", T0 + 9, "now") + "\n"),
    );
    chat.ok(&[
        "message",
        "import",
        "--file",
        recent.to_str().unwrap(),
        "--realtime",
    ]);
    assert_eq!(unread_of(&chat, "bob"), 1);
}

#[test]
fn import_takes_only_jsonl_and_dry_run_sends_nothing() {
    let chat = Chat::new(&["alice", "bob"]);
    let csv = chat.sb.file("old.csv", "UserID\nalice\n");
    let out = chat.imctl(&["message", "import", "--file", csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("reads JSONL"),
        "{}",
        text(&out.stderr)
    );
    let out = chat.imctl(&["message", "import", "--file", "/nonexistent/old.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("error: /nonexistent/old.jsonl: No such file or directory"));
    let file = chat.sb.file(
        "old.jsonl",
        &(import_line("alice", "bob", T0 + 1, "x") + "\n"),
    );
    let out = chat.ok(&[
        "--dry-run",
        "message",
        "import",
        "--file",
        file.to_str().unwrap(),
    ]);
    let preview: Value = serde_json::from_str(text(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(preview["body"]["SyncFromOldSystem"], 2, "{preview}");
    assert_eq!(preview["body"]["MsgTimeStamp"], T0 + 1);
    assert_eq!(preview["body"]["MsgSeq"], 1);
    assert!(chat.history(&[]).is_empty());
}
