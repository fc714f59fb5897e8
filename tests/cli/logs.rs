//! `imctl logs query | tail` over the log that real REST commands (against the emulator) and
//! recorded callback events fill.

use std::io::Read;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::{stdout_json, text, Emulator, Sandbox};

/// Runs `imctl ARGS` against the emulator; returns the exit code.
fn rest(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> Option<i32> {
    emu.cmd(sb).args(args).output().unwrap().status.code()
}

fn query(sb: &Sandbox, args: &[&str]) -> std::process::Output {
    sb.cmd()
        .args(["logs", "query"])
        .args(args)
        .output()
        .unwrap()
}

/// `logs query ARGS -o json`, checked to succeed: the entries.
fn entries(sb: &Sandbox, args: &[&str]) -> Vec<Value> {
    let out = query(sb, &[args, &["-o", "json"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    stdout_json(&out).as_array().unwrap().clone()
}

fn events(entries: &[Value]) -> Vec<String> {
    entries
        .iter()
        .map(|e| e["Event"].as_str().unwrap().to_string())
        .collect()
}

const IMPORT: &str = "v4/im_open_login_svc/account_import";
const KICK: &str = "v4/im_open_login_svc/kick";
const CHECK: &str = "v4/im_open_login_svc/account_check";

/// A sandbox whose log holds: import alice, import bob, kick ghost (70107), check alice carol.
fn filled() -> (Sandbox, Emulator) {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    assert_eq!(rest(&emu, &sb, &["account", "import", "alice"]), Some(0));
    assert_eq!(rest(&emu, &sb, &["account", "import", "bob"]), Some(0));
    assert_eq!(rest(&emu, &sb, &["account", "kick", "ghost"]), Some(1));
    assert_eq!(
        rest(&emu, &sb, &["account", "check", "alice", "carol"]),
        Some(0)
    );
    (sb, emu)
}

#[test]
fn query_finds_rest_calls_newest_first_with_each_filter() {
    let (sb, _emu) = filled();
    let all = entries(&sb, &[]);
    assert_eq!(events(&all), [CHECK, KICK, IMPORT, IMPORT]);
    let kick = &all[1];
    assert_eq!(kick["Kind"], "rest");
    assert_eq!(kick["IDs"], json!(["ghost"]));
    assert_eq!(kick["ErrorCode"], 70107);
    assert_eq!(kick["Result"], "error");
    assert!(kick["ErrorInfo"].as_str().unwrap().contains("not imported"));
    let time = kick["Time"].as_str().unwrap();
    assert!(time.len() == 20 && time.ends_with('Z'), "{time}");
    for key in ["DurationMs", "Profile", "RequestId", "Attempts"] {
        assert!(kick.get(key).is_some(), "{key}");
    }

    assert_eq!(entries(&sb, &["--kind", "rest"]).len(), 4);
    assert_eq!(events(&entries(&sb, &["--event", "kick"])), [KICK]);
    assert_eq!(
        events(&entries(
            &sb,
            &["--event", "IM_OPEN_LOGIN_SVC/ACCOUNT_IMPORT"]
        )),
        [IMPORT, IMPORT]
    );
    assert_eq!(events(&entries(&sb, &["--user", "alice"])), [CHECK, IMPORT]);
    assert_eq!(events(&entries(&sb, &["--peer", "carol"])), [CHECK]);
    assert_eq!(events(&entries(&sb, &["--error-code", "70107"])), [KICK]);
    assert_eq!(entries(&sb, &["--error-code", "0"]).len(), 3);
    assert_eq!(entries(&sb, &["--since", "1h"]).len(), 4);
    assert_eq!(events(&entries(&sb, &["--limit", "2"])), [CHECK, KICK]);
    let window = entries(
        &sb,
        &["--since", "2000-01-01", "--until", "2000-01-02T00:00:00Z"],
    );
    assert!(window.is_empty());

    let table = query(&sb, &["--user", "ghost"]);
    assert_eq!(table.status.code(), Some(0));
    let shown = text(&table.stdout);
    assert!(shown.contains("ErrorCode") && shown.contains("70107") && shown.contains("ghost"));
    let lines = query(&sb, &["-o", "jsonl"]);
    assert_eq!(text(&lines.stdout).lines().count(), 4);
}

#[test]
fn nothing_matching_is_a_note_not_an_error() {
    let (sb, _emu) = filled();
    let table = query(&sb, &["--until", "1h"]);
    assert_eq!(table.status.code(), Some(0));
    assert!(table.stdout.is_empty());
    assert!(text(&table.stderr).contains("no log entries match"));
    let json = query(&sb, &["--kind", "callback", "-o", "json"]);
    assert_eq!(json.status.code(), Some(0));
    assert_eq!(stdout_json(&json), json!([]));
    let quiet = query(&sb, &["--event", "nothing", "-q"]);
    assert!(quiet.stdout.is_empty() && quiet.stderr.is_empty());
}

#[test]
fn bad_filters_are_usage_errors() {
    let sb = Sandbox::new();
    for args in [
        vec!["--since", "3"],
        vec!["--since", "yesterday"],
        vec!["--until", "2024-02-30"],
        vec!["--since", "1h", "--until", "2h"],
        vec!["--limit", "0"],
        vec!["--kind", "soap"],
        vec!["--user", ""],
    ] {
        let out = query(&sb, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}

/// Records callback events in the sandbox's store, as `callback listen` will.
fn record_callbacks(sb: &Sandbox, events: &[(&str, i64)]) {
    use imctl::callback::{events::find, judge, CallbackQuery};
    use imctl::store::{CallbackEvent, Store};
    let store = Store::open(&sb.path().join("data"), 7, imctl::units::now_unix()).unwrap();
    for (command, code) in events {
        let event = find(command).unwrap();
        let query = CallbackQuery::parse(&format!(
            "SdkAppid=1400000000&CallbackCommand={command}&contenttype=json&ClientIP=10.1.2.3&OptPlatform=iOS"
        ));
        let answer = json!({"ActionStatus": "OK", "ErrorCode": code, "ErrorInfo": "app says no"});
        let decision = judge(event, 200, answer.to_string().as_bytes()).decision;
        let recorded = CallbackEvent::answered(
            imctl::units::now_unix(),
            &query,
            &event.sample_body(),
            420,
            &decision,
        );
        store.record_callback(&recorded).unwrap();
    }
}

#[test]
fn query_finds_callback_events_by_event_user_peer_and_code() {
    let sb = Sandbox::new();
    record_callbacks(
        &sb,
        &[
            ("C2C.CallbackBeforeSendMsg", 1),
            ("Group.CallbackBeforeSendMsg", 0),
            ("Group.CallbackAfterNewMemberJoin", 0),
        ],
    );
    let all = entries(&sb, &["--kind", "callback"]);
    assert_eq!(
        events(&all),
        [
            "Group.CallbackAfterNewMemberJoin",
            "Group.CallbackBeforeSendMsg",
            "C2C.CallbackBeforeSendMsg"
        ]
    );
    let c2c = &all[2];
    assert_eq!(c2c["Kind"], "callback");
    assert_eq!(c2c["Result"], "reject");
    assert_eq!(c2c["ErrorCode"], 20006);
    assert_eq!(c2c["ErrorInfo"], "app says no");
    assert_eq!(c2c["From"], "alice");
    assert_eq!(c2c["To"], json!(["bob"]));
    assert_eq!(c2c["ClientIP"], "10.1.2.3");
    assert_eq!(c2c["OptPlatform"], "iOS");
    assert_eq!(c2c["SdkAppid"], 1_400_000_000u64);
    assert_eq!(c2c["BodyBytes"], 420);
    assert!(
        !c2c.to_string().contains("\"hi\""),
        "message text leaked: {c2c}"
    );

    assert_eq!(entries(&sb, &["--event", "CallbackBeforeSendMsg"]).len(), 2);
    assert_eq!(
        events(&entries(&sb, &["--user", "dave"])),
        ["Group.CallbackAfterNewMemberJoin"]
    );
    assert_eq!(entries(&sb, &["--peer", "@TGS#2J4SZEAEL"]).len(), 2);
    assert_eq!(
        events(&entries(&sb, &["--peer", "bob"])),
        ["C2C.CallbackBeforeSendMsg"]
    );
    assert_eq!(
        events(&entries(&sb, &["--error-code", "20006"])),
        ["C2C.CallbackBeforeSendMsg"]
    );
    assert!(entries(&sb, &["--kind", "rest"]).is_empty());
}

/// A running `logs tail ARGS`, ready (its status line read), output captured.
fn start_tail(sb: &Sandbox, args: &[&str]) -> (Child, std::thread::JoinHandle<String>) {
    let mut child = sb
        .std_cmd()
        .args(["logs", "tail"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (line, mut stderr) = crate::common::first_stderr_line(&mut child);
    assert!(line.contains("following the log"), "{line}");
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    (child, reader)
}

/// Waits (at most 15 s) for `child` to end; its exit code.
fn wait(child: &mut Child) -> Option<i32> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("logs tail did not end");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn tail_prints_what_another_process_writes_then_ends() {
    let (sb, emu) = filled();
    let (mut child, reader) = start_tail(&sb, &["--duration", "3s", "-o", "jsonl"]);
    let started = Instant::now();
    assert_eq!(rest(&emu, &sb, &["account", "import", "dave"]), Some(0));
    assert_eq!(rest(&emu, &sb, &["account", "kick", "nobody"]), Some(1));
    assert_eq!(wait(&mut child), Some(0));
    assert!(started.elapsed() < Duration::from_secs(10));
    let out = reader.join().unwrap();
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Only what was written after it started, oldest first.
    assert_eq!(events(&lines), [IMPORT, KICK], "{out}");
    assert_eq!(lines[0]["IDs"], json!(["dave"]));
    assert_eq!(lines[1]["ErrorCode"], 70107);
}

#[test]
fn tail_filters_and_sees_callback_events() {
    let (sb, emu) = filled();
    let (mut child, reader) = start_tail(&sb, &["--kind", "callback", "--duration", "3s"]);
    assert_eq!(rest(&emu, &sb, &["account", "import", "erin"]), Some(0));
    record_callbacks(&sb, &[("Group.CallbackBeforeSendMsg", 1)]);
    assert_eq!(wait(&mut child), Some(0));
    let out = reader.join().unwrap();
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.contains("callback Group.CallbackBeforeSendMsg"),
        "{out}"
    );
    assert!(out.contains("10016") && !out.contains("erin"), "{out}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_ends_tail_normally() {
    let sb = Sandbox::new();
    let (mut child, reader) = start_tail(&sb, &[]);
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    assert_eq!(wait(&mut child), Some(0));
    assert!(reader.join().unwrap().is_empty());
}

#[test]
fn tail_refuses_csv_and_history_needs_its_flags() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["logs", "tail", "-o", "csv", "--duration", "1s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // history is real now (push branch): without --type/--hour it is a usage error
    let out = sb.cmd().args(["logs", "history"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--type"));
    for verb in ["query", "tail", "history"] {
        let out = sb.cmd().args(["logs", verb, "--help"]).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let help = text(&out.stdout);
        assert!(help.contains("Examples:") && help.contains(&format!("imctl logs {verb}")));
    }
}

#[test]
fn the_json_shape_is_the_documented_one() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    assert_eq!(rest(&emu, &sb, &["account", "kick", "ghost"]), Some(1));
    record_callbacks(&sb, &[("Group.CallbackBeforeSendMsg", 1)]);
    // One of each kind (their order within one second is not defined).
    let mut all = Value::Array(
        [
            entries(&sb, &["--kind", "rest"]),
            entries(&sb, &["--kind", "callback"]),
        ]
        .concat(),
    );
    crate::common::redact_volatile(&mut all, &["Time", "DurationMs", "RequestId"]);
    crate::common::assert_snapshot(
        "logs-query.json",
        &serde_json::to_string_pretty(&all).unwrap(),
    );
}
