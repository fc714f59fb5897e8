//! The emulator sends the app backend's callbacks: signed, with the documented query and bodies;
//! before-send answers allow, reject, drop or rewrite the message; after-events never delay the
//! REST answer. A small recording backend on 127.0.0.1 stands in for the user's handler.

use std::time::Duration;

use serde_json::Value;

use crate::common::{stdout_json, text, Emulator, Sandbox, Stub, StubRequest};

const TOKEN: &str = "xxxxyyyy";

/// One callback as the backend received it.
#[derive(Debug, Clone)]
struct Received {
    request: StubRequest,
    body: Value,
}

impl Received {
    fn new(request: StubRequest) -> Received {
        Received {
            body: request.json(),
            request,
        }
    }

    fn command(&self) -> String {
        self.body["CallbackCommand"]
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    fn query(&self, name: &str) -> Option<String> {
        self.request.query(name)
    }
}

/// A backend answering every callback with `answer`, recording what it got (the common stub).
struct Backend {
    url: String,
    stub: Stub,
}

impl Backend {
    fn start(answer: &'static str) -> Backend {
        let stub = Stub::json(answer);
        Backend {
            url: format!("{}/im/callback", stub.url),
            stub,
        }
    }

    /// Waits (3 s at most) for a callback with this command.
    fn wait_for(&self, command: &str) -> Option<Received> {
        self.stub
            .wait_for(Duration::from_secs(3), |r| {
                r.json()["CallbackCommand"] == command
            })
            .map(Received::new)
    }

    fn commands(&self) -> Vec<String> {
        self.stub
            .requests()
            .into_iter()
            .map(|r| Received::new(r).command())
            .collect()
    }
}

fn emulator_with(sb: &Sandbox, backend: &Backend, extra: &[&str]) -> Emulator {
    let token = sb.file("cb.token", TOKEN);
    let mut args = vec![
        "--callback-url".to_string(),
        backend.url.clone(),
        "--callback-token-file".to_string(),
        token.display().to_string(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let emu = Emulator::start(sb, &args);
    for user in ["alice", "bob"] {
        emu.cmd(sb)
            .args(["account", "import", user])
            .assert()
            .success();
    }
    emu
}

fn send_test(emu: &Emulator, sb: &Sandbox) -> Value {
    let out = emu
        .std_cmd(sb)
        .args([
            "push-check",
            "alice",
            "--send-test",
            "--from",
            "bob",
            "--text",
            "hello",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    stdout_json(&out)
}

#[test]
fn a_before_send_reject_refuses_the_message_with_20006_and_it_is_signed() {
    let sb = Sandbox::new();
    let backend = Backend::start(r#"{"ActionStatus":"OK","ErrorCode":1,"ErrorInfo":"not today"}"#);
    let emu = emulator_with(&sb, &backend, &[]);
    let report = send_test(&emu, &sb);
    assert_eq!(report["SendError"]["ErrorCode"], 20006, "{report}");
    assert!(report["SendError"]["Cause"]
        .as_str()
        .unwrap()
        .contains("before-send callback"));

    let got = backend.wait_for("C2C.CallbackBeforeSendMsg").unwrap();
    assert_eq!(got.request.method, "POST");
    assert_eq!(got.request.header("Content-Type"), Some("application/json"));
    assert!(got.request.target.starts_with("/im/callback?SdkAppid=1400000000&CallbackCommand=C2C.CallbackBeforeSendMsg&contenttype=json&ClientIP="), "{}", got.request.target);
    assert_eq!(got.query("OptPlatform").as_deref(), Some("RESTAPI"));
    assert_eq!(got.body["From_Account"], "bob");
    assert_eq!(got.body["To_Account"], "alice");
    assert_eq!(got.body["MsgBody"][0]["MsgContent"]["Text"], "hello");
    // A handler written for the real service accepts the signature.
    let url = format!(
        "{}{}",
        backend.url.trim_end_matches("/im/callback"),
        got.request.target
    );
    sb.cmd()
        .args([
            "--sdkappid",
            "1400000000",
            "callback",
            "verify",
            "--token",
            TOKEN,
        ])
        .arg(&url)
        .assert()
        .success();
    // Refused: no after-send callback.
    std::thread::sleep(Duration::from_millis(300));
    assert!(!backend
        .commands()
        .contains(&"C2C.CallbackAfterSendMsg".to_string()));
}

#[test]
fn an_allowed_message_is_sent_and_the_after_callback_follows() {
    let sb = Sandbox::new();
    let backend = Backend::start(r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#);
    let emu = emulator_with(&sb, &backend, &[]);
    let report = send_test(&emu, &sb);
    assert!(report["MsgKey"].as_str().is_some(), "{report}");
    let after = backend.wait_for("C2C.CallbackAfterSendMsg").unwrap();
    assert_eq!(after.body["MsgKey"], report["MsgKey"]);
    assert_eq!(after.body["SendMsgResult"], 0);

    emu.cmd(&sb)
        .args(["account", "profile", "set", "alice", "--nick", "Alice"])
        .assert()
        .success();
    let profile = backend.wait_for("Profile.CallbackPortraitSet").unwrap();
    assert_eq!(profile.body["From_Account"], "alice");
    assert_eq!(profile.body["ProfileItem"][0]["Tag"], "Tag_Profile_IM_Nick");

    emu.cmd(&sb)
        .args([
            "emulator",
            "set-status",
            "alice",
            "--platform",
            "iPhone",
            "--status",
            "Online",
        ])
        .assert()
        .success();
    let state = backend.wait_for("State.StateChange").unwrap();
    assert_eq!(state.body["Info"]["Action"], "Login");
    assert_eq!(state.query("OptPlatform").as_deref(), Some("IOS"));
}

#[test]
fn a_dropped_message_looks_sent_but_is_not_delivered() {
    let sb = Sandbox::new();
    let backend = Backend::start(r#"{"ActionStatus":"OK","ErrorCode":2,"ErrorInfo":""}"#);
    let emu = emulator_with(&sb, &backend, &[]);
    let report = send_test(&emu, &sb);
    assert!(report["MsgKey"].as_str().is_some(), "{report}");
    let out = emu
        .std_cmd(&sb)
        .args(["app", "stats", "-o", "json"])
        .output()
        .unwrap();
    let days = stdout_json(&out);
    let today = days["Days"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(today["C2CUpMsgNum"], 0, "{today}");
}

#[test]
fn only_the_listed_events_are_sent_and_a_dead_backend_blocks_nothing() {
    let sb = Sandbox::new();
    let backend = Backend::start(r#"{"ActionStatus":"OK","ErrorCode":1,"ErrorInfo":"no"}"#);
    let emu = emulator_with(
        &sb,
        &backend,
        &["--callback-events", "C2C.CallbackAfterSendMsg"],
    );
    // The rejecting before-callback is off: the message goes.
    let report = send_test(&emu, &sb);
    assert!(report["MsgKey"].as_str().is_some(), "{report}");
    assert!(backend.wait_for("C2C.CallbackAfterSendMsg").is_some());
    assert!(!backend
        .commands()
        .contains(&"C2C.CallbackBeforeSendMsg".to_string()));

    // Nothing listens at the URL: sends still succeed, quickly.
    let sb = Sandbox::new();
    let dead = Backend {
        url: format!("{}/", crate::common::closed_url()),
        stub: Stub::json("{}"),
    };
    let emu = emulator_with(&sb, &dead, &[]);
    let started = std::time::Instant::now();
    let report = send_test(&emu, &sb);
    assert!(report["MsgKey"].as_str().is_some(), "{report}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[test]
fn bad_callback_flags_are_usage_errors() {
    let sb = Sandbox::new();
    for args in [
        vec!["--callback-url", "ftp://x"],
        vec![
            "--callback-url",
            "http://127.0.0.1:1/",
            "--callback-events",
            "Nope.Event",
        ],
        vec!["--callback-token", "t"],
    ] {
        let out = sb
            .cmd()
            .args([
                "emulator",
                "--listen",
                "127.0.0.1:0",
                "--sdkappid",
                "1400000000",
                "--key-file",
            ])
            .arg(sb.key_file())
            .args(&args)
            .timeout(Duration::from_secs(5))
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn a_rewritten_message_is_what_gets_stored() {
    let sb = Sandbox::new();
    let backend = Backend::start(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"[redacted]"}}]}"#,
    );
    let emu = emulator_with(&sb, &backend, &[]);
    let report = send_test(&emu, &sb);
    let sent_at = report["MsgTime"]
        .as_i64()
        .unwrap_or_else(|| panic!("{report}"));
    let hour = crate::history::beijing_hour(sent_at);
    let out = emu
        .std_cmd(&sb)
        .args([
            "logs", "history", "--type", "c2c", "--hour", &hour, "-o", "jsonl",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stored = text(&out.stdout);
    assert!(
        stored.contains("[redacted]") && !stored.contains("hello"),
        "{stored}"
    );
}

#[test]
fn group_operations_send_their_callbacks_and_a_rejected_create_is_10016() {
    let sb = Sandbox::new();
    let backend = Backend::start(
        r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"[group redacted]"}}]}"#,
    );
    let emu = emulator_with(&sb, &backend, &[]);
    let out = emu
        .std_cmd(&sb)
        .args([
            "group", "create", "--name", "Team", "--type", "Public", "--owner", "alice",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let group = text(&out.stdout).trim().to_string();
    let created = backend.wait_for("Group.CallbackAfterCreateGroup").unwrap();
    assert_eq!(created.body["GroupId"], group.as_str());
    assert_eq!(created.body["Owner_Account"], "alice");
    assert!(backend
        .wait_for("Group.CallbackBeforeCreateGroup")
        .is_some());

    emu.cmd(&sb)
        .args(["group", "members", "add", &group, "bob"])
        .assert()
        .success();
    let joined = backend
        .wait_for("Group.CallbackAfterNewMemberJoin")
        .unwrap();
    assert_eq!(joined.body["NewMemberList"][0]["Member_Account"], "bob");

    let out = emu
        .std_cmd(&sb)
        .args([
            "group",
            "send",
            &group,
            "--text",
            "hello group",
            "--from",
            "bob",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let before = backend.wait_for("Group.CallbackBeforeSendMsg").unwrap();
    assert_eq!(
        before.body["MsgBody"][0]["MsgContent"]["Text"],
        "hello group"
    );
    let after = backend.wait_for("Group.CallbackAfterSendMsg").unwrap();
    assert_eq!(
        after.body["MsgBody"][0]["MsgContent"]["Text"],
        "[group redacted]"
    );
    // The rewritten message is the stored one, and history has it.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let hour = crate::history::beijing_hour(now);
    let out = emu
        .std_cmd(&sb)
        .args([
            "logs", "history", "--type", "group", "--hour", &hour, "-o", "jsonl",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stored = text(&out.stdout);
    assert!(
        stored.contains("[group redacted]") && stored.contains(&group),
        "{stored}"
    );

    emu.cmd(&sb)
        .args(["--yes", "group", "members", "remove", &group, "bob"])
        .assert()
        .success();
    let left = backend.wait_for("Group.CallbackAfterMemberExit").unwrap();
    assert_eq!(left.body["ExitMemberList"][0]["Member_Account"], "bob");

    emu.cmd(&sb)
        .args(["--yes", "group", "disband", &group])
        .assert()
        .success();
    let gone = backend
        .wait_for("Group.CallbackAfterGroupDestroyed")
        .unwrap();
    assert_eq!(gone.body["Name"], "Team");

    // A backend that refuses creations: 10016, and no group.
    let sb = Sandbox::new();
    let backend = Backend::start(r#"{"ActionStatus":"OK","ErrorCode":1,"ErrorInfo":"no groups"}"#);
    let emu = emulator_with(
        &sb,
        &backend,
        &["--callback-events", "Group.CallbackBeforeCreateGroup"],
    );
    let out = emu
        .std_cmd(&sb)
        .args(["group", "create", "--name", "Nope"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("10016"), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
}
