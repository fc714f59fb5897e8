//! Issue 17's moderation part: what the emulator answers and admits to (`--list-endpoints`,
//! the "no such command" answer), and `group members role` / `group members muted`.

use serde_json::{json, Value};

use crate::common::{
    admin_sig, assert_snapshot, auth_query, post_json, redact_volatile, stdout_json, text,
    Emulator, Sandbox,
};

fn list_endpoints(sb: &Sandbox) -> Vec<Value> {
    let out = sb
        .cmd()
        .args(["emulator", "--list-endpoints", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    stdout_json(&out).as_array().unwrap().clone()
}

#[test]
fn list_endpoints_names_every_published_sample_without_starting_a_server() {
    let sb = Sandbox::new();
    let rows = list_endpoints(&sb);
    let listed: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "{}.{}",
                r["Service"].as_str().unwrap(),
                r["Command"].as_str().unwrap()
            )
        })
        .collect();
    let dir = format!("{}/tests/data/samples", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(endpoint) = name.strip_suffix(".json") {
            assert!(
                listed.iter().any(|l| l == endpoint),
                "{endpoint} not listed"
            );
        }
    }
    for r in &rows {
        assert!(
            r["Status"] == "implemented" || r["Status"] == "not implemented",
            "{r}"
        );
    }
    let status = |service: &str, command: &str| {
        rows.iter()
            .find(|r| r["Service"] == service && r["Command"] == command)
            .map(|r| r["Status"].clone())
    };
    assert_eq!(
        status("group_open_http_svc", "get_group_shutted_uin"),
        Some(json!("implemented"))
    );
    // The human table goes to stdout too, the count to stderr.
    let out = sb
        .cmd()
        .args(["emulator", "--list-endpoints"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    // Every documented endpoint is answered now.
    assert!(!table.contains("not implemented"), "{table}");
    assert!(
        rows.iter().all(|r| r["Status"] == "implemented"),
        "{rows:?}"
    );
    assert!(table.contains("get_group_shutted_uin"), "{table}");
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("documented endpoints"),
        "the count line"
    );
}

#[test]
fn a_command_the_service_does_not_have_answers_its_no_such_command() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let query = auth_query(&admin_sig(&sb));
    let call = |service: &str, command: &str| {
        post_json(
            emu.addr(),
            &format!("/v4/{service}/{command}?{query}"),
            &json!({}),
        )
    };
    // The group service's own code (its pages: 10003 invalid command word) ...
    let group = call("group_open_http_svc", "no_such_command");
    assert_eq!(group["ActionStatus"], "FAIL", "{group}");
    assert_eq!(group["ErrorCode"], 10003, "{group}");
    assert!(group["ErrorInfo"]
        .as_str()
        .unwrap()
        .contains("no such command"));
    // ... the common one elsewhere (60009 bad resource).
    for service in ["openim", "recentcontact", "sns", "all_member_push"] {
        let unknown = call(service, "no_such_command");
        assert_eq!(unknown["ErrorCode"], 60009, "{service}: {unknown}");
        assert!(unknown["ErrorInfo"]
            .as_str()
            .unwrap()
            .contains("no such command"));
    }
    // A documented command is answered, not refused as unknown.
    let listed = call("recentcontact", "get_list");
    assert_ne!(listed["ErrorCode"], 60009, "{listed}");
}

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

/// A group `t` owned by `o` with members `a`, `b`, `c`; `nobody` is imported but not in it.
fn group_with_members(emu: &Emulator, sb: &Sandbox) {
    let file = sb.file("users.csv", "UserID\no\na\nb\nc\nnobody\n");
    ok(
        emu,
        sb,
        &["account", "import", "--file", file.to_str().unwrap()],
    );
    ok(
        emu,
        sb,
        &[
            "group", "create", "--name", "T", "--id", "t", "--owner", "o", "--member", "a",
            "--member", "b", "--member", "c",
        ],
    );
}

#[test]
fn members_role_without_a_role_prints_each_users_role() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    group_with_members(&emu, &sb);
    // With a role it still sets it.
    ok(&emu, &sb, &["group", "members", "role", "t", "a", "Admin"]);
    let out = ok(
        &emu,
        &sb,
        &[
            "-o", "json", "group", "members", "role", "t", "o", "a", "b", "nobody",
        ],
    );
    let roles = stdout_json(&out);
    assert_eq!(
        roles,
        json!([
            {"Member_Account": "o", "Role": "Owner"},
            {"Member_Account": "a", "Role": "Admin"},
            {"Member_Account": "b", "Role": "Member"},
            {"Member_Account": "nobody", "Role": "NotMember"},
        ])
    );
    assert_snapshot(
        "group-members-roles.json",
        &(serde_json::to_string_pretty(&roles).unwrap() + "\n"),
    );
    // One user alone is a read too; the table is data on stdout.
    let out = ok(&emu, &sb, &["group", "members", "role", "t", "b"]);
    let table = text(&out.stdout);
    assert!(
        table.contains("Role") && table.contains("Member"),
        "{table}"
    );
    // A bad UserID is exit 2 before anything is sent.
    let out = run(&emu, &sb, &["group", "members", "role", "t", "b", ""]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}

#[test]
fn members_role_asks_500_users_a_request() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    group_with_members(&emu, &sb);
    let users: Vec<String> = (0..501).map(|i| format!("u{i}")).collect();
    let mut args = vec!["-o", "json", "group", "members", "role", "t"];
    args.extend(users.iter().map(String::as_str));
    let roles = stdout_json(&ok(&emu, &sb, &args));
    let roles = roles.as_array().unwrap();
    assert_eq!(roles.len(), 501);
    assert!(roles.iter().all(|r| r["Role"] == "NotMember"));
    assert_eq!(roles[500]["Member_Account"], "u500");
}

#[test]
fn members_muted_lists_who_is_muted_until_when() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    group_with_members(&emu, &sb);
    let empty = ok(&emu, &sb, &["-o", "json", "group", "members", "muted", "t"]);
    assert_eq!(stdout_json(&empty), json!([]));
    ok(
        &emu,
        &sb,
        &[
            "group",
            "members",
            "mute",
            "t",
            "a",
            "b",
            "--duration",
            "1h",
        ],
    );
    ok(
        &emu,
        &sb,
        &["group", "members", "mute", "t", "b", "--duration", "0"],
    );
    let out = ok(&emu, &sb, &["-o", "json", "group", "members", "muted", "t"]);
    let mut muted = stdout_json(&out);
    let until = muted[0]["MutedUntil"].as_i64().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!((now + 3590..=now + 3610).contains(&until), "{muted}");
    assert_eq!(muted.as_array().unwrap().len(), 1, "{muted}");
    assert_eq!(muted[0]["Member_Account"], "a");
    redact_volatile(&mut muted, &["MutedUntil"]);
    assert_snapshot(
        "group-members-muted.json",
        &(serde_json::to_string_pretty(&muted).unwrap() + "\n"),
    );
    // The table shows MutedUntil as local time with the zone, like every time key.
    let out = ok(&emu, &sb, &["group", "members", "muted", "t"]);
    let table = text(&out.stdout);
    assert!(table.contains("MutedUntil"), "{table}");
    assert!(!table.contains(&until.to_string()), "{table}");
    assert!(table.contains(&imctl::units::local_time(until)), "{table}");
    // A group that does not exist: the service's 10010, exit 1.
    let out = run(&emu, &sb, &["group", "members", "muted", "gone"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
}
