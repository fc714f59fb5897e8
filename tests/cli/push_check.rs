//! `imctl push-check` end to end against the emulator: every status and its verdict and exit
//! code, `--send-test` accepted and refused, `--all-platforms`, and the JSON shape.

use crate::common::{assert_snapshot, redact_volatile, stdout_json, text, Emulator, Sandbox};

fn import(emu: &Emulator, sb: &Sandbox, users: &[&str]) {
    for user in users {
        emu.cmd(sb)
            .args(["account", "import", user])
            .assert()
            .success();
    }
}

fn set_status(emu: &Emulator, sb: &Sandbox, user: &str, platform: &str, status: &str) {
    emu.cmd(sb)
        .args([
            "emulator",
            "set-status",
            user,
            "--platform",
            platform,
            "--status",
            status,
        ])
        .assert()
        .success();
}

fn push_check(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> (i32, serde_json::Value, String) {
    let out = emu
        .std_cmd(sb)
        .args(["push-check", "-o", "json"])
        .args(args)
        .output()
        .unwrap();
    let code = out.status.code().unwrap();
    (code, stdout_json(&out), text(&out.stderr))
}

#[test]
fn each_status_gives_its_verdict_and_exit_code() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    import(&emu, &sb, &["offline", "pushable", "online"]);
    set_status(&emu, &sb, "pushable", "Android", "PushOnline");
    set_status(&emu, &sb, "online", "PC", "Online");
    set_status(&emu, &sb, "online", "iPhone", "PushOnline");

    let (code, json, _) = push_check(&emu, &sb, &["offline"]);
    assert_eq!((code, json["Verdict"].as_str()), (1, Some("Offline")));
    assert_eq!(json["Reachable"], false);

    let (code, json, _) = push_check(&emu, &sb, &["pushable"]);
    assert_eq!((code, json["Verdict"].as_str()), (0, Some("PushOnline")));
    assert_eq!(json["Detail"][0]["Platform"], "Android");
    assert_eq!(json["Detail"][0]["Status"], "PushOnline");

    let (code, json, _) = push_check(&emu, &sb, &["online", "--all-platforms"]);
    assert_eq!((code, json["Verdict"].as_str()), (0, Some("Online")));
    assert_eq!(json["Detail"].as_array().unwrap().len(), 6);

    let (code, json, _) = push_check(&emu, &sb, &["ghost"]);
    assert_eq!((code, json["Verdict"].as_str()), (1, Some("NotImported")));

    // A user who went offline again is unreachable again.
    set_status(&emu, &sb, "pushable", "Android", "Offline");
    let (code, _, _) = push_check(&emu, &sb, &["pushable"]);
    assert_eq!(code, 1);
}

#[test]
fn send_test_reports_the_message_key_or_explains_the_refusal() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    import(&emu, &sb, &["alice"]);
    set_status(&emu, &sb, "alice", "Android", "PushOnline");

    let (code, json, _) = push_check(
        &emu,
        &sb,
        &[
            "alice",
            "--send-test",
            "--push-title",
            "T",
            "--push-desc",
            "D",
        ],
    );
    assert_eq!(code, 0, "{json}");
    assert!(json["MsgKey"].as_str().is_some_and(|k| !k.is_empty()));
    assert!(json["MsgTime"].as_i64().is_some_and(|t| t > 0));
    assert!(json["Notes"].as_array().unwrap().is_empty());

    // Without --desc the push text is the message text: said so.
    let (_, json, _) = push_check(&emu, &sb, &["alice", "--send-test"]);
    assert!(json["Notes"][0].as_str().unwrap().contains("--push-desc"));

    // A sender that does not exist: refused, explained, exit 1.
    let (code, json, _) = push_check(&emu, &sb, &["alice", "--send-test", "--from", "nobody"]);
    assert_eq!(code, 1, "{json}");
    let err = &json["SendError"];
    assert!(err["ErrorCode"].as_i64().is_some(), "{json}");
    assert!(
        err["Fix"].as_str().is_some_and(|f| f.contains("import")),
        "{json}"
    );
}

#[test]
fn send_test_under_dry_run_sends_nothing() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    import(&emu, &sb, &["alice"]);
    let out = emu
        .std_cmd(&sb)
        .args(["--dry-run", "push-check", "alice", "--send-test"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let preview = text(&out.stdout);
    assert!(preview.contains("sendmsg") && preview.contains("OfflinePushInfo"));
    assert!(!preview.contains(crate::common::DEMO_KEY));
    // Nothing was sent: the app's stats count no C2C message today.
    let stats = emu
        .std_cmd(&sb)
        .args(["app", "stats", "-o", "json"])
        .output()
        .unwrap();
    let days = stdout_json(&stats);
    let today = days["Days"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(today["C2CUpMsgNum"].as_u64().unwrap_or(0), 0);
}

#[test]
fn bad_input_is_a_usage_error_before_any_request() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args([
            "--endpoint",
            "http://127.0.0.1:9",
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(sb.key_file())
        .args([
            "push-check",
            "bad user id with spaces and more than thirty-two bytes",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let out = sb
        .cmd()
        .args(["push-check", "alice", "--desc", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "--desc needs --send-test");
}

#[test]
fn the_json_shape_and_the_human_report_are_stable() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    import(&emu, &sb, &["alice"]);
    set_status(&emu, &sb, "alice", "iPhone", "PushOnline");
    let (_, mut json, _) = push_check(&emu, &sb, &["alice", "--send-test", "--desc", "hi"]);
    redact_volatile(&mut json, &["MsgKey", "MsgTime"]);
    assert_snapshot(
        "push-check.json",
        &format!("{}\n", serde_json::to_string_pretty(&json).unwrap()),
    );
    let out = emu
        .std_cmd(&sb)
        .args(["push-check", "alice"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_snapshot("push-check.txt", &text(&out.stdout));
}

#[test]
fn a_wrong_key_is_an_auth_error_not_a_verdict() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let wrong = sb.file(
        "wrong.key",
        "0000000000000000000000000000000000000000000000000000000000000000",
    );
    let out = sb
        .cmd()
        .args([
            "--endpoint",
            &emu.url,
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(&wrong)
        .args(["push-check", "alice"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
}

#[test]
fn an_answer_that_does_not_mention_the_user_is_not_a_not_imported_verdict() {
    let sb = Sandbox::new();
    let stub = crate::common::Stub::raw(|_, stream| {
        crate::common::Stub::write_json(
            stream,
            r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","QueryResult":[],"ErrorList":[]}"#,
        )
    });
    let out = sb
        .cmd()
        .args([
            "--endpoint",
            &stub.url,
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(sb.key_file())
        .args(["push-check", "alice", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let json = stdout_json(&out);
    assert_eq!(json["Verdict"], "NotReported", "{json}");
    assert_eq!(json["Reachable"], false);
    let explanation = json["Explanation"].as_str().unwrap();
    assert!(
        explanation.contains("did not report this user") && !explanation.contains("import"),
        "{explanation}"
    );
}
