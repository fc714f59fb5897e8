//! `imctl group` against the emulator: every verb, paging across pages, partial failures,
//! confirmations, the JSON shapes (snapshots, docs/output-group.md) and the CI scenario.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::{assert_snapshot, redact_volatile, stdout_json, text, Emulator, Sandbox};

const VOLATILE: &[&str] = &[
    "CreateTime",
    "LastInfoTime",
    "LastMsgTime",
    "JoinTime",
    "MsgTime",
    "Random",
    "Seconds",
];

fn run(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> std::process::Output {
    emu.cmd(sb).args(args).output().unwrap()
}

fn ok(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> String {
    let out = run(emu, sb, args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

fn json_of(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> Value {
    let mut all = vec!["-o", "json"];
    all.extend_from_slice(args);
    let out = run(emu, sb, &all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        text(&out.stderr)
    );
    stdout_json(&out)
}

fn import(emu: &Emulator, sb: &Sandbox, users: &[&str]) {
    let mut args = vec!["account", "import", "--file"];
    let body = format!("UserID\n{}\n", users.join("\n"));
    let file = sb.file("import.csv", &body);
    let file = file.to_str().unwrap().to_string();
    args.push(&file);
    ok(emu, sb, &args);
}

fn shape(mut v: Value) -> String {
    redact_volatile(&mut v, VOLATILE);
    serde_json::to_string_pretty(&v).unwrap() + "\n"
}

#[test]
fn create_info_modify_and_the_console_rules() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    import(&emu, &sb, &["alice", "bob"]);
    let created = json_of(
        &emu,
        &sb,
        &[
            "group", "create", "--name", "Team A", "--owner", "alice", "--id", "team-a",
            "--member", "bob", "--intro", "hello",
        ],
    );
    assert_eq!(created, json!({"GroupId": "team-a"}));
    // the human form is the GroupId alone, for scripts
    let id = ok(
        &emu,
        &sb,
        &["group", "create", "--name", "Ops", "--type", "Work"],
    );
    assert!(id.trim().starts_with("@TGS#1"), "{id}");
    // console rules refuse before sending: name over 30 bytes, a reserved prefix, a bad type
    for bad in [
        vec!["group", "create", "--name", &"群".repeat(11)],
        vec!["group", "create", "--name", "x", "--id", "@TGS#x"],
        vec!["group", "create", "--name", "x", "--type", "Club"],
        vec![
            "group",
            "create",
            "--name",
            "x",
            "--type",
            "AVChatRoom",
            "--member",
            "bob",
        ],
    ] {
        let out = run(&emu, &sb, &bad);
        assert_eq!(out.status.code(), Some(2), "{bad:?}: {}", text(&out.stderr));
    }
    // the service's own refusals: owner not imported, ID in use
    let out = run(
        &emu,
        &sb,
        &["group", "create", "--name", "x", "--owner", "ghost"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("10019"), "{}", text(&out.stderr));
    let out = run(
        &emu,
        &sb,
        &["group", "create", "--name", "x", "--id", "team-a"],
    );
    assert!(text(&out.stderr).contains("10025"), "{}", text(&out.stderr));

    let info = json_of(&emu, &sb, &["group", "info", "team-a"]);
    assert_eq!(info[0]["Name"], "Team A");
    assert_eq!(info[0]["MemberNum"], 2);
    assert_eq!(info[0]["MaxMemberNum"], 2000, "ultimate edition by default");
    assert_snapshot("group-info.json", &shape(info));

    let modified = json_of(
        &emu,
        &sb,
        &[
            "group",
            "modify",
            "team-a",
            "--name",
            "Team A2",
            "--mute-all",
            "on",
            "--max-members",
            "500",
        ],
    );
    assert_snapshot("group-modify.json", &shape(modified));
    let info = json_of(&emu, &sb, &["group", "info", "team-a", "--members"]);
    assert_eq!(info[0]["Name"], "Team A2");
    assert_eq!(info[0]["MuteAllMember"], "On");
    assert_eq!(info[0]["MaxMemberNum"], 500);
    assert_eq!(info[0]["MemberList"].as_array().unwrap().len(), 2);

    // a missing group fails alone: the other is printed, exit 6
    let out = run(
        &emu,
        &sb,
        &["-o", "json", "group", "info", "team-a", "nope"],
    );
    assert_eq!(out.status.code(), Some(6));
    assert_eq!(stdout_json(&out).as_array().unwrap().len(), 1);
    assert!(
        text(&out.stderr).contains("nope: ErrorCode 10010"),
        "{}",
        text(&out.stderr)
    );

    let out = run(&emu, &sb, &["group", "modify", "team-a"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "nothing to change is a usage error"
    );
}

#[test]
fn list_follows_every_page_at_one_call_a_second() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    for i in 0..7 {
        ok(
            &emu,
            &sb,
            &["group", "create", "--name", "g", "--id", &format!("g{i}")],
        );
    }
    let started = Instant::now();
    let out = run(
        &emu,
        &sb,
        &["-o", "jsonl", "group", "list", "--page-size", "3", "--all"],
    );
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["GroupId"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, (0..7).map(|i| format!("g{i}")).collect::<Vec<_>>());
    assert!(
        took >= Duration::from_millis(1900),
        "3 pages at 1/s took {took:?}"
    );

    let first = json_of(&emu, &sb, &["group", "list", "--page-size", "3"]);
    assert_eq!(first.as_array().unwrap().len(), 3);
    assert_snapshot("group-list.json", &shape(first));
    // --limit is the most results: pages are followed until there are that many
    let five = json_of(
        &emu,
        &sb,
        &["group", "list", "--page-size", "3", "--limit", "5"],
    );
    assert_eq!(five.as_array().unwrap().len(), 5);
    let out = run(&emu, &sb, &["group", "list", "--page-size", "3"]);
    assert!(
        text(&out.stderr).contains("pass --all"),
        "{}",
        text(&out.stderr)
    );
    let public = json_of(&emu, &sb, &["group", "list", "--type", "Private"]);
    assert_eq!(public, json!([]));
}

#[test]
fn members_add_from_a_file_reports_unknown_and_existing_members() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    import(&emu, &sb, &["own", "a", "b", "c", "d", "e"]);
    ok(
        &emu,
        &sb,
        &[
            "group", "create", "--name", "t", "--id", "t", "--owner", "own",
        ],
    );
    let file = sb.file("members.csv", "UserID\na\nghost1\nb\nown\nc\nghost2\n");
    let failures = sb.path().join("failed.csv");
    let out = run(
        &emu,
        &sb,
        &[
            "-o",
            "json",
            "group",
            "members",
            "add",
            "t",
            "--file",
            file.to_str().unwrap(),
            "--failures",
            failures.to_str().unwrap(),
            "--batch-size",
            "2",
            "--silent",
        ],
    );
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    // the bulk summary is the data: the owner was already a member, not added
    let mut summary = stdout_json(&out);
    assert_eq!(summary["Requested"], 6);
    assert_eq!(summary["Succeeded"], 3);
    assert_eq!(summary["AlreadyDone"], 1);
    assert_eq!(summary["Failed"], 2);
    assert_eq!(
        summary["Unchanged"],
        json!([{"Line": 5, "UserID": "own", "Outcome": "already a member"}])
    );
    redact_volatile(&mut summary, &["FailuresFile"]);
    assert_snapshot("group-members-add.json", &shape(summary));
    let failed = std::fs::read_to_string(&failures).unwrap();
    assert!(
        failed.contains("ghost1") && failed.contains("ghost2"),
        "{failed}"
    );
    assert!(
        !failed.contains("\na,") && !failed.contains("own"),
        "{failed}"
    );

    // arguments, and a page size that needs several pages
    let out = run(&emu, &sb, &["group", "members", "add", "t", "d", "e"]);
    assert_eq!(out.status.code(), Some(0));
    let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(said.contains("2 member(s)"), "{said}");
    let out = run(
        &emu,
        &sb,
        &[
            "-o",
            "json",
            "group",
            "members",
            "list",
            "t",
            "--page-size",
            "2",
            "--all",
        ],
    );
    let members = stdout_json(&out);
    let mut names: Vec<&str> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["Member_Account"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["a", "b", "c", "d", "e", "own"]);
    // batches go out concurrently, so only the owner's place (first) is fixed
    assert_snapshot("group-members-list.json", &shape(json!([members[0]])));
    let first = json_of(
        &emu,
        &sb,
        &["group", "members", "list", "t", "--page-size", "2"],
    );
    assert_eq!(first.as_array().unwrap().len(), 2);
    let three = json_of(
        &emu,
        &sb,
        &[
            "group",
            "members",
            "list",
            "t",
            "--page-size",
            "2",
            "--limit",
            "3",
        ],
    );
    assert_eq!(three.as_array().unwrap().len(), 3);
    let admins = json_of(
        &emu,
        &sb,
        &["group", "members", "list", "t", "--role", "Owner"],
    );
    assert_eq!(admins[0]["Member_Account"], "own");

    // role and mute
    let role = json_of(&emu, &sb, &["group", "members", "role", "t", "a", "Admin"]);
    assert_snapshot("group-members-role.json", &shape(role));
    let mute = json_of(
        &emu,
        &sb,
        &[
            "group",
            "members",
            "mute",
            "t",
            "b",
            "c",
            "--duration",
            "10m",
        ],
    );
    assert_snapshot("group-members-mute.json", &shape(mute));
    let info = json_of(&emu, &sb, &["group", "info", "t", "--members"]);
    let member = |id: &str| {
        info[0]["MemberList"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["Member_Account"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(member("a")["Role"], "Admin");
    assert!(member("b")["MuteUntil"].as_i64().unwrap() > 0);
    let out = run(
        &emu,
        &sb,
        &["group", "members", "mute", "t", "ghost1", "--seconds", "60"],
    );
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));

    // remove: destructive, so --yes without a terminal
    let out = run(&emu, &sb, &["group", "members", "remove", "t", "d"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--yes"));
    ok(
        &emu,
        &sb,
        &[
            "--yes", "group", "members", "remove", "t", "d", "e", "--reason", "bye",
        ],
    );
    let info = json_of(&emu, &sb, &["group", "info", "t"]);
    assert_eq!(info[0]["MemberNum"], 4);
}

#[test]
fn trial_groups_fill_up_at_twenty_members() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &["--edition", "trial"]);
    let users: Vec<String> = (0..25).map(|i| format!("u{i}")).collect();
    import(
        &emu,
        &sb,
        &users.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    ok(&emu, &sb, &["group", "create", "--name", "t", "--id", "t"]);
    let file = sb.file("m.txt", &users.join("\n"));
    let out = run(
        &emu,
        &sb,
        &[
            "group",
            "members",
            "add",
            "t",
            "--file",
            file.to_str().unwrap(),
            "--concurrency",
            "1",
        ],
    );
    // one request at a time: the first 20 fill the group, the next request is refused whole
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("10014"), "{}", text(&out.stderr));
    let info = json_of(&emu, &sb, &["group", "info", "t"]);
    assert_eq!(info[0]["MemberNum"], 20);
    assert_eq!(info[0]["MaxMemberNum"], 20);
}

#[test]
fn send_notify_joined_and_transfer() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    import(&emu, &sb, &["alice", "bob"]);
    for id in ["s1", "s2"] {
        ok(
            &emu,
            &sb,
            &[
                "group", "create", "--name", "s", "--id", id, "--owner", "alice", "--member", "bob",
            ],
        );
    }
    let groups = sb.file("groups.txt", "GroupId\ns1\ns2\n");
    let sent = json_of(
        &emu,
        &sb,
        &[
            "group",
            "send",
            "--file",
            groups.to_str().unwrap(),
            "--text",
            "hi",
            "--from",
            "alice",
            "--push-title",
            "T",
            "--push-desc",
            "D",
        ],
    );
    assert_eq!(sent[0]["MsgSeq"], 1);
    assert_eq!(sent[1]["GroupId"], "s2");
    assert_snapshot("group-send.json", &shape(sent));
    let again = json_of(&emu, &sb, &["group", "send", "s1", "--text", "again"]);
    assert_eq!(again[0]["MsgSeq"], 2, "messages are numbered per group");

    // dry run: the request with its Random and push info, nothing sent
    let out = run(
        &emu,
        &sb,
        &[
            "--dry-run",
            "group",
            "send",
            "s1",
            "--text",
            "x",
            "--no-push",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let preview = text(&out.stdout);
    assert!(
        preview.contains("\"Random\"") && preview.contains("\"PushFlag\":1"),
        "{preview}"
    );
    let again = json_of(&emu, &sb, &["group", "send", "s1", "--text", "after"]);
    assert_eq!(again[0]["MsgSeq"], 3, "the dry run sent nothing");

    // over the console's 300 characters: a warning; over 8 KB: refused before sending
    let long = "x".repeat(301);
    let out = run(&emu, &sb, &["group", "send", "s1", "--text", &long]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stderr).contains("300"), "{}", text(&out.stderr));
    let huge = "x".repeat(9000);
    let out = run(&emu, &sb, &["group", "send", "s1", "--text", &huge]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));

    // a muted sender fails in that group only
    ok(
        &emu,
        &sb,
        &["group", "members", "mute", "s2", "bob", "--seconds", "600"],
    );
    let out = run(
        &emu,
        &sb,
        &[
            "-o", "json", "group", "send", "s1", "s2", "--text", "x", "--from", "bob",
        ],
    );
    assert_eq!(out.status.code(), Some(6));
    assert_eq!(stdout_json(&out).as_array().unwrap().len(), 1);
    assert!(
        text(&out.stderr).contains("s2: ErrorCode 10017"),
        "{}",
        text(&out.stderr)
    );

    let notified = json_of(
        &emu,
        &sb,
        &["group", "notify", "s1", "--text", "hello", "--to", "bob"],
    );
    assert_snapshot("group-notify.json", &shape(notified));

    let joined = json_of(&emu, &sb, &["group", "joined", "bob"]);
    assert_eq!(joined.as_array().unwrap().len(), 2);
    assert_eq!(joined[0]["SelfInfo"]["Role"], "Member");
    assert_snapshot("group-joined.json", &shape(joined));
    // --limit is the most results, --page-size the groups a request
    let one = json_of(&emu, &sb, &["group", "joined", "bob", "--limit", "1"]);
    assert_eq!(one.as_array().unwrap().len(), 1);
    let paged = json_of(&emu, &sb, &["group", "joined", "bob", "--page-size", "1"]);
    assert_eq!(paged.as_array().unwrap().len(), 2);

    let moved = json_of(&emu, &sb, &["group", "transfer", "s1", "--owner", "bob"]);
    assert_snapshot("group-transfer.json", &shape(moved));
    let info = json_of(&emu, &sb, &["group", "info", "s1"]);
    assert_eq!(info[0]["Owner_Account"], "bob");
    let out = run(&emu, &sb, &["group", "transfer", "s1", "--owner", "ghost"]);
    assert_eq!(out.status.code(), Some(1));

    // deleting an account takes it out of its groups
    ok(&emu, &sb, &["--yes", "account", "delete", "alice"]);
    let joined = json_of(&emu, &sb, &["group", "joined", "alice"]);
    assert_eq!(joined, json!([]));
}

#[test]
fn disbanding_many_groups_asks_first() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let ids: Vec<String> = (0..12).map(|i| format!("d{i}")).collect();
    for id in &ids {
        ok(&emu, &sb, &["group", "create", "--name", "d", "--id", id]);
    }
    let file = sb.file("d.txt", &(ids.join("\n") + "\nnope\n"));
    let out = run(
        &emu,
        &sb,
        &["group", "disband", "--file", file.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2), "no terminal, no --yes");
    assert!(text(&out.stderr).contains("--yes"));
    assert_eq!(
        json_of(&emu, &sb, &["group", "list"])
            .as_array()
            .unwrap()
            .len(),
        12
    );

    let out = run(&emu, &sb, &["--dry-run", "group", "disband", "d0", "d1"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout).lines().count(), 2, "two previews");
    assert_eq!(
        json_of(&emu, &sb, &["group", "list"])
            .as_array()
            .unwrap()
            .len(),
        12
    );

    let out = run(
        &emu,
        &sb,
        &[
            "-o",
            "json",
            "--yes",
            "group",
            "disband",
            "--file",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(6), "one of the 13 does not exist");
    let summary = stdout_json(&out);
    assert_eq!(
        (
            &summary["Requested"],
            &summary["Succeeded"],
            &summary["Failed"]
        ),
        (&json!(13), &json!(12), &json!(1)),
        "{summary}"
    );
    assert_snapshot("group-disband.json", &shape(summary));
    assert!(text(&out.stderr).contains("nope: ErrorCode 10010"));
    assert_eq!(json_of(&emu, &sb, &["group", "list"]), json!([]));
}

/// What a CI user would script: 50 groups, 1,000 members each from a file, one message to all,
/// list and verify, disband all.
#[test]
fn ci_scenario_fifty_groups_of_a_thousand() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let started = Instant::now();
    let users: String = (0..1000).map(|i| format!("user{i:04}\n")).collect();
    let members = sb.file("members.txt", &users);
    ok(
        &emu,
        &sb,
        &["account", "import", "--file", members.to_str().unwrap()],
    );
    let mut ids = Vec::new();
    for i in 0..50 {
        let id = ok(
            &emu,
            &sb,
            &[
                "group",
                "create",
                "--name",
                &format!("ci-{i}"),
                "--owner",
                "user0000",
            ],
        );
        ids.push(id.trim().to_string());
    }
    for id in &ids {
        let out = run(
            &emu,
            &sb,
            &[
                "group",
                "members",
                "add",
                id,
                "--file",
                members.to_str().unwrap(),
                "--batch-size",
                "100",
            ],
        );
        // user0000 is the owner already: listed as a member, not a failure
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
    let groups = sb.file("groups.txt", &(ids.join("\n") + "\n"));
    let sent = json_of(
        &emu,
        &sb,
        &[
            "group",
            "send",
            "--file",
            groups.to_str().unwrap(),
            "--text",
            "release 1.2 is out",
        ],
    );
    assert_eq!(sent.as_array().unwrap().len(), 50);
    let listed = json_of(&emu, &sb, &["group", "list", "--all"]);
    let listed: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["GroupId"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ids.iter().map(String::as_str).collect::<Vec<_>>());
    let info = json_of(&emu, &sb, &["group", "info", &ids[0], &ids[49]]);
    for g in info.as_array().unwrap() {
        assert_eq!(g["MemberNum"], 1000);
        assert_eq!(g["NextMsgSeq"], 2);
    }
    ok(
        &emu,
        &sb,
        &[
            "--yes",
            "group",
            "disband",
            "--file",
            groups.to_str().unwrap(),
        ],
    );
    assert_eq!(json_of(&emu, &sb, &["group", "list"]), json!([]));
    #[allow(clippy::print_stderr)] // the wall time, for the note (--nocapture)
    {
        eprintln!("CI scenario: {:.1} s", started.elapsed().as_secs_f64());
    }
}

#[test]
fn every_mutation_previews_under_dry_run_and_changes_nothing() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    import(&emu, &sb, &["own", "a"]);
    ok(
        &emu,
        &sb,
        &[
            "group", "create", "--name", "t", "--id", "t", "--owner", "own", "--member", "a",
        ],
    );
    let before = json_of(&emu, &sb, &["group", "info", "t", "--members"]);
    for args in [
        vec!["group", "create", "--name", "n", "--id", "n"],
        vec!["group", "modify", "t", "--name", "changed"],
        vec!["group", "disband", "t"],
        vec!["group", "members", "add", "t", "own", "a"],
        vec!["group", "members", "remove", "t", "a"],
        vec!["group", "members", "role", "t", "a", "Admin"],
        vec!["group", "members", "mute", "t", "a", "--seconds", "60"],
        vec!["group", "transfer", "t", "--owner", "a"],
        vec!["group", "send", "t", "--text", "x"],
        vec!["group", "notify", "t", "--text", "x"],
    ] {
        let mut all = vec!["--dry-run"];
        all.extend_from_slice(&args);
        let out = run(&emu, &sb, &all);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        let preview = text(&out.stdout);
        assert!(
            preview.contains("group_open_http_svc") && preview.contains("REDACTED"),
            "{args:?}: {preview}"
        );
    }
    let after = json_of(&emu, &sb, &["group", "info", "t", "--members"]);
    assert_eq!(before, after);
    assert_eq!(
        json_of(&emu, &sb, &["group", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn status_lines_of_single_changes_go_to_stderr_and_obey_quiet() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    import(&emu, &sb, &["alice", "bob"]);
    ok(
        &emu,
        &sb,
        &[
            "group", "create", "--name", "s", "--id", "s", "--owner", "alice", "--member", "bob",
        ],
    );
    let changes: [&[&str]; 4] = [
        &["group", "modify", "s", "--name", "s2"],
        &["group", "members", "role", "s", "bob", "Admin"],
        &["group", "notify", "s", "--text", "hello"],
        &["group", "transfer", "s", "--owner", "bob"],
    ];
    for args in changes {
        let out = run(&emu, &sb, args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stdout), "", "{args:?}: status on stdout");
        assert!(!text(&out.stderr).is_empty(), "{args:?}: no status line");
        let mut quiet = vec!["-q"];
        quiet.extend_from_slice(args);
        let out = run(&emu, &sb, &quiet);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stdout), "", "{args:?}");
        assert_eq!(text(&out.stderr), "", "{args:?}: -q leaves only errors");
    }
}

#[test]
fn every_member_row_gets_its_true_outcome() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    import(&emu, &sb, &["own", "bob", "carol", "dave"]);
    ok(
        &emu,
        &sb,
        &[
            "group", "create", "--name", "t", "--id", "t", "--owner", "own", "--member", "bob",
        ],
    );
    // carol twice, bob already a member
    let file = sb.file("m.txt", "carol\nbob\ncarol\ndave\n");
    let out = run(
        &emu,
        &sb,
        &[
            "-o",
            "json",
            "group",
            "members",
            "add",
            "t",
            "--file",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let summary = stdout_json(&out);
    assert_eq!(summary["Requested"], 4);
    assert_eq!(
        summary["Succeeded"], 2,
        "carol and dave were added: {summary}"
    );
    assert_eq!(summary["AlreadyDone"], 1);
    assert_eq!(summary["Duplicates"], 1);
    assert_eq!(summary["Failed"], 0);
    assert_eq!(
        summary["Unchanged"],
        json!([
            {"Line": 2, "UserID": "bob", "Outcome": "already a member"},
            {"Line": 3, "UserID": "carol", "Outcome": "duplicate of line 1"},
        ])
    );
    // human: the count says what happened, each unchanged row is named
    let out = run(
        &emu,
        &sb,
        &[
            "group",
            "members",
            "add",
            "t",
            "--file",
            file.to_str().unwrap(),
        ],
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("added 0 member(s), 3 already done, 1 duplicate(s), 0 failed"),
        "{stderr}"
    );
    assert!(
        stderr.contains("m.txt:3: carol: duplicate of line 1"),
        "{stderr}"
    );

    // removing: a non-member is "not a member", not "removed"
    let out = run(
        &emu,
        &sb,
        &[
            "--yes", "-o", "json", "group", "members", "remove", "t", "dave", "erin", "dave",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let summary = stdout_json(&out);
    assert_eq!(summary["Succeeded"], 1, "{summary}");
    assert_eq!(summary["AlreadyDone"], 1);
    assert_eq!(summary["Duplicates"], 1);
    assert_eq!(
        summary["Unchanged"],
        json!([
            {"Line": 2, "UserID": "erin", "Outcome": "not a member"},
            {"Line": 3, "UserID": "dave", "Outcome": "duplicate of line 1"},
        ])
    );
    // the owner cannot be removed; the others in the same request still are
    let out = run(
        &emu,
        &sb,
        &[
            "--yes", "-o", "json", "group", "members", "remove", "t", "own", "carol",
        ],
    );
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let summary = stdout_json(&out);
    assert_eq!(summary["Succeeded"], 1, "{summary}");
    assert_eq!(summary["Failed"], 1);
    let members = json_of(&emu, &sb, &["group", "members", "list", "t"]);
    let mut names: Vec<&str> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["Member_Account"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["bob", "own"]);
}

#[test]
fn resume_refuses_another_target() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &["--latency", "100"]);
    for g in ["ga", "gb"] {
        ok(&emu, &sb, &["group", "create", "--name", g, "--id", g]);
    }
    let users: Vec<String> = (0..400).map(|i| format!("u{i}")).collect();
    let file = sb.file("f.txt", &(users.join("\n") + "\n"));
    let checkpoint = sb.path().join("f.txt.imctl-checkpoint");
    let mut first = emu
        .std_cmd(&sb)
        .args([
            "group",
            "members",
            "add",
            "ga",
            "--concurrency",
            "1",
            "--file",
        ])
        .arg(&file)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !checkpoint.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    first.kill().unwrap();
    first.wait().unwrap();
    assert!(checkpoint.exists());
    let out = run(
        &emu,
        &sb,
        &[
            "group",
            "members",
            "add",
            "gb",
            "--resume",
            "--file",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("`ga`") && stderr.contains("`gb`"),
        "{stderr}"
    );
    assert!(checkpoint.exists(), "the checkpoint of ga is kept");
}

#[test]
fn a_group_that_gets_no_answer_is_that_groups_failure() {
    let sb = Sandbox::new();
    // every request hangs: each group's send times out
    let emu = Emulator::start(&sb, &["--fail-rate", "1", "--fault-kinds", "hang"]);
    let ids: Vec<String> = (0..4).map(|i| format!("h{i}")).collect();
    let file = sb.file("groups.txt", &(ids.join("\n") + "\n"));
    let failures = sb.path().join("failed.txt");
    let out = run(
        &emu,
        &sb,
        &[
            "--timeout",
            "2",
            "group",
            "send",
            "--text",
            "hi",
            "--file",
            file.to_str().unwrap(),
            "--failures",
            failures.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    for (i, id) in ids.iter().enumerate() {
        let line = format!("groups.txt:{}: {id}: no answer", i + 1);
        assert!(stderr.contains(&line), "{line} in {stderr}");
    }
    let failed = std::fs::read_to_string(&failures).unwrap();
    assert!(failed.starts_with("GroupId,Error,ErrorCode\n"), "{failed}");
    assert_eq!(failed.lines().count(), 5, "{failed}");
    let out = run(
        &emu,
        &sb,
        &["--timeout", "2", "--yes", "group", "disband", "h0", "h1"],
    );
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
}

#[test]
fn send_and_disband_run_on_the_bulk_engine() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let ids: Vec<String> = (0..5).map(|i| format!("s{i}")).collect();
    for id in &ids {
        ok(&emu, &sb, &["group", "create", "--name", "s", "--id", id]);
    }
    // a GroupId header, a group listed twice, one that does not exist
    let file = sb.file("g.csv", "GroupId\ns0\ns1\ns0\nnope\n");
    let failures = sb.path().join("failed.csv");
    let out = run(
        &emu,
        &sb,
        &[
            "-o",
            "json",
            "group",
            "send",
            "--text",
            "hi",
            "--title",
            "old spelling",
            "--file",
            file.to_str().unwrap(),
            "--failures",
            failures.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let rows = stdout_json(&out);
    let sent: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["GroupId"].as_str().unwrap())
        .collect();
    assert_eq!(sent, ["s0", "s1"], "s0 once");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("g.csv:4: s0: duplicate of line 2"),
        "{stderr}"
    );
    assert!(
        stderr.contains("g.csv:5: nope: ErrorCode 10010"),
        "{stderr}"
    );
    let failed = std::fs::read_to_string(&failures).unwrap();
    assert_eq!(failed.lines().count(), 2, "{failed}");
    // the failures file feeds back as-is
    let out = run(
        &emu,
        &sb,
        &[
            "--yes",
            "group",
            "disband",
            "--file",
            failures.to_str().unwrap(),
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(6),
        "nope is still gone: {}",
        text(&out.stderr)
    );
    let out = run(
        &emu,
        &sb,
        &["--yes", "-o", "json", "group", "disband", "s2", "s3"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(stdout_json(&out)["Succeeded"], 2);
    // a mute takes a duration, under its new name and its old one
    import(&emu, &sb, &["m"]);
    ok(
        &emu,
        &sb,
        &[
            "group", "create", "--name", "m", "--id", "gm", "--member", "m",
        ],
    );
    ok(
        &emu,
        &sb,
        &["group", "members", "mute", "gm", "m", "--seconds", "1h"],
    );
    let mute = json_of(
        &emu,
        &sb,
        &["group", "members", "mute", "gm", "m", "--duration", "2d"],
    );
    assert_eq!(mute["MuteTime"], 172_800);
}
