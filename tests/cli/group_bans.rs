//! AVChatRoom bans, online members and group attributes against a real emulator:
//! `group members ban|unban|banned`, `group online`, `group attr get|set|clear`, the group
//! types without the feature refused, and `--dry-run` on every mutation.

use serde_json::{json, Value};

use crate::common::{
    admin_sig, assert_snapshot, auth_query, post_json, redact_volatile, stdout_json, text,
    Emulator, Sandbox,
};

fn run(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> std::process::Output {
    emu.cmd(sb).args(args).output().unwrap()
}

fn ok(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> std::process::Output {
    let out = run(emu, sb, args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        text(&out.stderr)
    );
    out
}

fn json_of(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> Value {
    let mut all = vec!["-o", "json"];
    all.extend_from_slice(args);
    stdout_json(&ok(emu, sb, &all))
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Accounts `o`, `a`, `b`, `c`; the AVChatRoom `live` owned by `o` and the Public group `pub`.
fn rooms(emu: &Emulator, sb: &Sandbox) {
    let file = sb.file("users.txt", "o\na\nb\nc\n");
    ok(
        emu,
        sb,
        &["account", "import", "--file", file.to_str().unwrap()],
    );
    ok(
        emu,
        sb,
        &[
            "group",
            "create",
            "--name",
            "L",
            "--type",
            "AVChatRoom",
            "--id",
            "live",
            "--owner",
            "o",
        ],
    );
    ok(
        emu,
        sb,
        &[
            "group", "create", "--name", "P", "--id", "pub", "--owner", "o",
        ],
    );
}

/// What a client's joinGroup does (the emulator's test hook): the `ErrorCode`.
fn join(emu: &Emulator, sb: &Sandbox, group: &str, user: &str) -> i64 {
    let query = auth_query(&admin_sig(sb));
    let answer = post_json(
        emu.addr(),
        &format!("/imctl-test/join_group?{query}"),
        &json!({"GroupId": group, "UserID": user}),
    );
    answer["ErrorCode"].as_i64().unwrap()
}

fn banned(emu: &Emulator, sb: &Sandbox) -> Vec<String> {
    json_of(emu, sb, &["group", "members", "banned", "live", "--all"])
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["Member_Account"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn ban_lists_unban_and_a_banned_user_cannot_rejoin() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    rooms(&emu, &sb);
    assert_eq!(join(&emu, &sb, "live", "a"), 0);
    let empty = json_of(&emu, &sb, &["group", "members", "banned", "live"]);
    assert_eq!(empty, json!([]));
    let mut summary = json_of(
        &emu,
        &sb,
        &[
            "group",
            "members",
            "ban",
            "live",
            "a",
            "b",
            "--duration",
            "1h",
            "--reason",
            "spam",
            "--yes",
        ],
    );
    assert_eq!(summary["Succeeded"], 2, "{summary}");
    redact_volatile(&mut summary, &["Seconds"]);
    assert_snapshot(
        "group-members-ban.json",
        &(serde_json::to_string_pretty(&summary).unwrap() + "\n"),
    );
    let mut list = json_of(&emu, &sb, &["group", "members", "banned", "live"]);
    assert_eq!(list.as_array().unwrap().len(), 2, "{list}");
    let until = list[0]["BannedUntil"].as_i64().unwrap();
    assert!((now() + 3590..=now() + 3610).contains(&until), "{list}");
    redact_volatile(&mut list, &["BannedUntil"]);
    assert_snapshot(
        "group-members-banned.json",
        &(serde_json::to_string_pretty(&list).unwrap() + "\n"),
    );
    // The table shows BannedUntil as local time, like every time key.
    let table = text(&ok(&emu, &sb, &["group", "members", "banned", "live"]).stdout);
    assert!(table.contains(&imctl::units::local_time(until)), "{table}");
    // Out of the room and kept out; the others still join.
    assert_eq!(join(&emu, &sb, "live", "a"), 10007);
    assert_eq!(join(&emu, &sb, "live", "c"), 0);
    // Unban: a may join again, b stays banned.
    let out = ok(&emu, &sb, &["group", "members", "unban", "live", "a"]);
    assert!(
        text(&out.stderr).contains("unbanned 1"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(banned(&emu, &sb), ["b"]);
    assert_eq!(join(&emu, &sb, "live", "a"), 0);
}

#[test]
fn more_than_20_users_are_banned_20_a_request_and_listed_page_by_page() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    rooms(&emu, &sb);
    let users: Vec<String> = (0..45).map(|i| format!("u{i:02}")).collect();
    let mut args = vec![
        "group",
        "members",
        "ban",
        "live",
        "--duration",
        "10m",
        "--yes",
    ];
    args.extend(users.iter().map(String::as_str));
    // The emulator refuses more than 20 a request (10005): all 45 done means 3 requests.
    let summary = json_of(&emu, &sb, &args);
    assert_eq!(summary["Succeeded"], 45, "{summary}");
    let paged = json_of(
        &emu,
        &sb,
        &[
            "group",
            "members",
            "banned",
            "live",
            "--all",
            "--page-size",
            "20",
        ],
    );
    let listed: Vec<&str> = paged
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["Member_Account"].as_str().unwrap())
        .collect();
    assert_eq!(listed, users);
    // Without --all: the first page and a note.
    let out = ok(
        &emu,
        &sb,
        &[
            "-o",
            "json",
            "group",
            "members",
            "banned",
            "live",
            "--page-size",
            "20",
        ],
    );
    assert_eq!(stdout_json(&out).as_array().unwrap().len(), 20);
    assert!(text(&out.stderr).contains("--all"), "{}", text(&out.stderr));
    let limited = json_of(
        &emu,
        &sb,
        &[
            "group",
            "members",
            "banned",
            "live",
            "--limit",
            "30",
            "--page-size",
            "20",
        ],
    );
    assert_eq!(limited.as_array().unwrap().len(), 30);
}

#[test]
fn bad_ban_input_is_refused_before_anything_is_sent() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    rooms(&emu, &sb);
    let long = "x".repeat(1001);
    for args in [
        &[
            "group",
            "members",
            "ban",
            "live",
            "a",
            "--duration",
            "0",
            "--yes",
        ][..],
        &[
            "group",
            "members",
            "ban",
            "live",
            "a",
            "--duration",
            "5000000000",
            "--yes",
        ],
        &[
            "group",
            "members",
            "ban",
            "live",
            "a",
            "--duration",
            "soon",
            "--yes",
        ],
        &[
            "group",
            "members",
            "ban",
            "live",
            "a",
            "--duration",
            "1h",
            "--reason",
            &long,
            "--yes",
        ],
        // Destructive-class: no terminal and no --yes.
        &["group", "members", "ban", "live", "a", "--duration", "1h"],
    ] {
        let out = run(&emu, &sb, args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    assert!(banned(&emu, &sb).is_empty());
}

#[test]
fn group_types_without_the_feature_are_refused_with_10007() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    rooms(&emu, &sb);
    // 10007 is a refusal (the type forbids it), not an auth failure: the bulk verbs fail each
    // user (exit 6, the reason on stderr), the others fail (exit 1).
    for (args, code) in [
        (
            &[
                "group",
                "members",
                "ban",
                "pub",
                "a",
                "--duration",
                "1h",
                "--yes",
            ][..],
            6,
        ),
        (&["group", "members", "unban", "pub", "a"], 6),
        (&["group", "members", "banned", "pub"], 1),
        (&["group", "online", "pub"], 1),
        (&["group", "online", "pub", "--members"], 1),
    ] {
        let out = run(&emu, &sb, args);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains("10007"), "{args:?}: {stderr}");
    }
    ok(
        &emu,
        &sb,
        &[
            "group",
            "create",
            "--name",
            "C",
            "--type",
            "Community",
            "--owner",
            "o",
            "--id",
            "@TGS#_c1",
        ],
    );
    ok(&emu, &sb, &["group", "attr", "set", "@TGS#_c1", "k=v"]);
    let out = run(&emu, &sb, &["group", "attr", "clear", "@TGS#_c1", "--yes"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("10007"));
}

#[test]
fn online_counts_the_room_s_members_set_online() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    rooms(&emu, &sb);
    assert_eq!(join(&emu, &sb, "live", "a"), 0);
    assert_eq!(join(&emu, &sb, "live", "b"), 0);
    let zero = json_of(&emu, &sb, &["group", "online", "live"]);
    assert_eq!(zero, json!({"OnlineMemberNum": 0}));
    for (user, status) in [("a", "Online"), ("b", "PushOnline"), ("c", "Online")] {
        ok(
            &emu,
            &sb,
            &[
                "emulator",
                "set-status",
                user,
                "--platform",
                "iPhone",
                "--status",
                status,
            ],
        );
    }
    let one = json_of(&emu, &sb, &["group", "online", "live"]);
    assert_snapshot(
        "group-online.json",
        &(serde_json::to_string_pretty(&one).unwrap() + "\n"),
    );
    assert_eq!(
        one,
        json!({"OnlineMemberNum": 1}),
        "c is online but not in the room"
    );
    let out = ok(&emu, &sb, &["group", "online", "live"]);
    assert_eq!(text(&out.stdout).trim(), "1 member(s) of live online");
    let mut members = json_of(&emu, &sb, &["group", "online", "live", "--members"]);
    assert_eq!(members[0]["Member_Account"], "a", "{members}");
    assert_eq!(members.as_array().unwrap().len(), 1);
    redact_volatile(&mut members, &["JoinTime"]);
    assert_snapshot(
        "group-online-members.json",
        &(serde_json::to_string_pretty(&members).unwrap() + "\n"),
    );
}

#[test]
fn attr_set_get_replace_clear() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    rooms(&emu, &sb);
    assert_eq!(
        json_of(&emu, &sb, &["group", "attr", "get", "live"]),
        json!([])
    );
    let written = json_of(
        &emu,
        &sb,
        &["group", "attr", "set", "live", "topic=launch", "stage=2"],
    );
    assert_eq!(
        written,
        json!({"GroupId": "live", "GroupAttr": [
            {"key": "topic", "value": "launch"}, {"key": "stage", "value": "2"}]})
    );
    ok(&emu, &sb, &["group", "attr", "set", "live", "stage=3"]);
    let attrs = json_of(&emu, &sb, &["group", "attr", "get", "live"]);
    assert_snapshot(
        "group-attr-get.json",
        &(serde_json::to_string_pretty(&attrs).unwrap() + "\n"),
    );
    assert_eq!(
        attrs,
        json!([{"key": "stage", "value": "3"}, {"key": "topic", "value": "launch"}])
    );
    // Named keys only; a missing one is a warning.
    let out = ok(
        &emu,
        &sb,
        &[
            "-o", "json", "group", "attr", "get", "live", "topic", "nope",
        ],
    );
    assert_eq!(
        stdout_json(&out),
        json!([{"key": "topic", "value": "launch"}])
    );
    assert!(text(&out.stderr).contains("nope"), "{}", text(&out.stderr));
    ok(
        &emu,
        &sb,
        &["group", "attr", "set", "live", "only=1", "--replace"],
    );
    let attrs = json_of(&emu, &sb, &["group", "attr", "get", "live"]);
    assert_eq!(attrs, json!([{"key": "only", "value": "1"}]));
    // Clearing is destructive: --yes off a terminal.
    let out = run(&emu, &sb, &["group", "attr", "clear", "live"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let out = ok(&emu, &sb, &["group", "attr", "clear", "live", "--yes"]);
    assert!(
        text(&out.stderr).contains("removed"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        json_of(&emu, &sb, &["group", "attr", "get", "live"]),
        json!([])
    );
    // Sizes the service refuses are usage errors here.
    let long_key = format!("{}=v", "k".repeat(33));
    let out = run(&emu, &sb, &["group", "attr", "set", "live", &long_key]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}

#[test]
fn dry_run_of_every_mutation_prints_the_request_and_sends_nothing() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    rooms(&emu, &sb);
    ok(
        &emu,
        &sb,
        &[
            "group",
            "members",
            "ban",
            "live",
            "b",
            "--duration",
            "1h",
            "--yes",
        ],
    );
    ok(&emu, &sb, &["group", "attr", "set", "live", "keep=1"]);
    for (args, request) in [
        (
            &["group", "members", "ban", "live", "a", "--duration", "1h"][..],
            "ban_group_member",
        ),
        (
            &["group", "members", "unban", "live", "b"],
            "unban_group_member",
        ),
        (
            &["group", "attr", "set", "live", "k=v"],
            "modify_group_attr",
        ),
        (
            &["group", "attr", "set", "live", "k=v", "--replace"],
            "set_group_attr",
        ),
        (&["group", "attr", "clear", "live"], "clear_group_attr"),
    ] {
        let mut all = args.to_vec();
        all.push("--dry-run");
        let out = ok(&emu, &sb, &all);
        let shown = text(&out.stdout) + &text(&out.stderr);
        assert!(shown.contains(request), "{args:?}: {shown}");
    }
    assert_eq!(banned(&emu, &sb), ["b"]);
    assert_eq!(
        json_of(&emu, &sb, &["group", "attr", "get", "live"]),
        json!([{"key": "keep", "value": "1"}])
    );
}

#[test]
fn counters_set_increase_get_delete_and_need_ultimate() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    rooms(&emu, &sb);
    let set = json_of(
        &emu,
        &sb,
        &["group", "counter", "set", "pub", "likes=5", "viewers=1"],
    );
    assert_snapshot(
        "group-counter-set.json",
        &(serde_json::to_string_pretty(&set).unwrap() + "\n"),
    );
    let up = json_of(
        &emu,
        &sb,
        &[
            "group", "counter", "set", "pub", "likes=2", "--mode", "increase",
        ],
    );
    assert_eq!(up["GroupCounter"], json!([{"Key": "likes", "Value": 7}]));
    let one = json_of(&emu, &sb, &["group", "counter", "get", "pub", "likes"]);
    assert_eq!(one, json!([{"Key": "likes", "Value": 7}]));
    let out = run(&emu, &sb, &["group", "counter", "delete", "pub", "likes"]);
    assert_eq!(out.status.code(), Some(2), "--yes off a terminal");
    let out = ok(
        &emu,
        &sb,
        &["group", "counter", "delete", "pub", "--dry-run"],
    );
    assert!(text(&out.stdout).contains("delete_group_counter"));
    ok(
        &emu,
        &sb,
        &["group", "counter", "delete", "pub", "likes", "--yes"],
    );
    let left = json_of(&emu, &sb, &["group", "counter", "get", "pub"]);
    assert_eq!(left, json!([{"Key": "viewers", "Value": 1}]));
    let out = run(&emu, &sb, &["group", "counter", "set", "pub", "likes=lots"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    // Below the Ultimate edition: 10059, a refusal (exit 1).
    let pro = Emulator::start(&sb, &["--edition", "pro"]);
    rooms(&pro, &sb);
    let out = run(&pro, &sb, &["group", "counter", "get", "pub"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("10059"), "{}", text(&out.stderr));
}
