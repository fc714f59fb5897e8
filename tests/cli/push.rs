//! `imctl push` end to end against the emulator: attribute names, attributes and tags set, read
//! and removed through bulk files; pushes by tag and attribute reaching the imported accounts
//! their condition selects; the confirmation; the day's quota, from the service (90047) and
//! from the client's own count; `--dry-run` on every mutation; the documented JSON shapes.

use serde_json::{json, Value};

use crate::common::{
    admin_sig, assert_snapshot, auth_query, post_json, redact_volatile, stdout_json, text,
    Emulator, Sandbox,
};

/// An emulator with `users` imported.
fn emulator_with(sb: &Sandbox, users: &[&str]) -> Emulator {
    let emu = Emulator::start(sb, &[]);
    let list = sb.file("accounts.txt", &(users.join("\n") + "\n"));
    let out = emu
        .cmd(sb)
        .args(["account", "import", "--file"])
        .arg(&list)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    emu
}

/// Runs imctl against `emu`, expecting success; stdout.
fn ok(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> String {
    let out = emu.cmd(sb).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

fn json_of(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["-o", "json"]);
    serde_json::from_str(&ok(emu, sb, &all)).unwrap()
}

/// A test-only emulator call (`/imctl-test/COMMAND`).
fn hook(emu: &Emulator, sb: &Sandbox, command: &str, body: Value) -> Value {
    let answer = post_json(
        emu.addr(),
        &format!("/imctl-test/{command}?{}", auth_query(&admin_sig(sb))),
        &body,
    );
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    answer
}

/// The pushes the emulator recorded, with their resolved target counts.
fn tasks(emu: &Emulator, sb: &Sandbox) -> Vec<Value> {
    hook(emu, sb, "push_tasks", json!({}))["Tasks"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn attributes_and_tags_go_through_bulk_files() {
    let sb = Sandbox::new();
    let emu = emulator_with(&sb, &["ann", "bob", "cat"]);
    ok(
        &emu,
        &sb,
        &["push", "attr-names", "set", "0=city", "1=level"],
    );
    let names = json_of(&emu, &sb, &["push", "attr-names", "get"]);
    assert_snapshot("push-attr-names-get.json", &(names.to_string() + "\n"));
    let users = sb.file("users.csv", "UserID\nann\nbob\n");
    let summary = json_of(
        &emu,
        &sb,
        &[
            "push",
            "attrs",
            "set",
            "--attr",
            "city=Shenzhen",
            "--attr",
            "level=gold",
            "--file",
            users.to_str().unwrap(),
        ],
    );
    assert_eq!(summary["Succeeded"], 2, "{summary}");
    ok(
        &emu,
        &sb,
        &[
            "push",
            "tags",
            "add",
            "--tag",
            "vip",
            "--tag",
            "sz",
            "--file",
            users.to_str().unwrap(),
        ],
    );
    let all = sb.file("all.txt", "ann\nbob\ncat\n");
    let attrs = json_of(
        &emu,
        &sb,
        &["push", "attrs", "get", "--file", all.to_str().unwrap()],
    );
    assert_snapshot("push-attrs-get.json", &(attrs.to_string() + "\n"));
    let tags = json_of(
        &emu,
        &sb,
        &["push", "tags", "get", "--file", all.to_str().unwrap()],
    );
    assert_snapshot("push-tags-get.json", &(tags.to_string() + "\n"));
    // Remove one attribute and one tag from one user, then every tag of both.
    let one = sb.file("one.txt", "bob\n");
    ok(
        &emu,
        &sb,
        &[
            "push",
            "attrs",
            "remove",
            "--attr",
            "level",
            "--file",
            one.to_str().unwrap(),
            "--yes",
        ],
    );
    ok(
        &emu,
        &sb,
        &[
            "push",
            "tags",
            "remove",
            "--tag",
            "sz",
            "--file",
            one.to_str().unwrap(),
            "--yes",
        ],
    );
    let attrs = json_of(&emu, &sb, &["push", "attrs", "get", "ann", "bob"]);
    assert_eq!(
        attrs,
        json!([{"To_Account": "ann", "Attrs": {"city": "Shenzhen", "level": "gold"}},
               {"To_Account": "bob", "Attrs": {"city": "Shenzhen"}}])
    );
    let tags = json_of(&emu, &sb, &["push", "tags", "get", "ann", "bob"]);
    assert_eq!(
        tags[1],
        json!({"To_Account": "bob", "Tags": ["vip"]}),
        "{tags}"
    );
    let mut summary = json_of(
        &emu,
        &sb,
        &[
            "push",
            "tags",
            "clear",
            "--file",
            users.to_str().unwrap(),
            "--yes",
        ],
    );
    redact_volatile(&mut summary, &["Seconds"]);
    assert_snapshot("push-tags-clear.json", &(summary.to_string() + "\n"));
    let tags = json_of(&emu, &sb, &["push", "tags", "get", "ann", "bob"]);
    assert_eq!(tags[0]["Tags"], json!([]), "{tags}");
}

#[test]
fn a_bad_attribute_fails_its_rows_with_the_service_code() {
    let sb = Sandbox::new();
    let emu = emulator_with(&sb, &["ann"]);
    let users = sb.file("users.txt", "ann\nbob\n");
    let failed = sb.path().join("failed.txt");
    let out = emu
        .cmd(&sb)
        .args([
            "push", "attrs", "set", "--attr", "nosuch=x", "-o", "json", "--file",
        ])
        .arg(&users)
        .arg("--failures")
        .arg(&failed)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let summary = stdout_json(&out);
    assert_eq!(summary["Failed"], 2, "{summary}");
    assert_eq!(summary["Failures"][0]["ErrorCode"], 90033, "{summary}");
    assert!(std::fs::read_to_string(&failed).unwrap().contains("bob"));
}

#[test]
fn pushes_reach_the_accounts_their_condition_selects() {
    let sb = Sandbox::new();
    let emu = emulator_with(&sb, &["ann", "bob", "cat", "dan"]);
    ok(&emu, &sb, &["push", "attr-names", "set", "0=city"]);
    ok(
        &emu,
        &sb,
        &["push", "tags", "add", "ann", "bob", "--tag", "vip"],
    );
    ok(
        &emu,
        &sb,
        &["push", "tags", "add", "ann", "cat", "--tag", "sz"],
    );
    // ghost has the tags but is not an imported account: never a target.
    ok(
        &emu,
        &sb,
        &[
            "push", "tags", "add", "ghost", "--tag", "vip", "--tag", "sz",
        ],
    );
    ok(
        &emu,
        &sb,
        &[
            "push",
            "attrs",
            "set",
            "ann",
            "dan",
            "ghost",
            "--attr",
            "city=Shenzhen",
        ],
    );
    let sends: [(&[&str], u64); 5] = [
        (&["--all"], 4),
        (&["--tag", "vip", "--tag", "sz"], 1),
        (&["--tag", "vip", "--tag", "sz", "--tag-op", "or"], 3),
        (&["--attr", "city=Shenzhen"], 2),
        (&["--attr", "city=Beijing"], 0),
    ];
    let mut ids = Vec::new();
    for (target, _) in &sends {
        let mut args = vec!["push", "send", "--text", "hi", "--yes"];
        args.extend_from_slice(target);
        let answer = json_of(&emu, &sb, &args);
        ids.push(answer["TaskId"].as_str().unwrap().to_string());
    }
    let tasks = tasks(&emu, &sb);
    assert_eq!(tasks.len(), sends.len());
    for ((task, id), (target, want)) in tasks.iter().zip(&ids).zip(&sends) {
        assert_eq!(task["TaskId"], json!(id));
        assert_eq!(task["Targets"], json!(want), "{target:?}: {task}");
    }
    assert_eq!(tasks[2]["Condition"], json!({"TagsOr": ["vip", "sz"]}));
}

#[test]
fn a_push_off_a_terminal_needs_yes() {
    let sb = Sandbox::new();
    let emu = emulator_with(&sb, &["ann"]);
    for target in [&["--all"][..], &["--tag", "vip"]] {
        let out = emu
            .cmd(&sb)
            .args(["push", "send", "--text", "hi"])
            .args(target)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains("--yes"), "{}", text(&out.stderr));
        assert!(out.stdout.is_empty());
    }
    assert!(tasks(&emu, &sb).is_empty(), "nothing was pushed");
}

#[test]
fn the_daily_quota_is_the_services_and_then_the_clients() {
    let sb = Sandbox::new();
    let emu = emulator_with(&sb, &["ann"]);
    // 100 pushes made today already (without waiting the 1 s between each).
    hook(&emu, &sb, "push_spend", json!({"Count": 100}));
    let out = emu
        .cmd(&sb)
        .args(["push", "send", "--all", "--text", "hi", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("90047"), "{err}");
    // A fresh emulator would take the push; the client's own count, which recorded the
    // service's refusal, refuses it before sending.
    drop(emu);
    let fresh = Emulator::start(&sb, &[]);
    let out = fresh
        .cmd(&sb)
        .args(["push", "send", "--all", "--text", "hi", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("nothing was sent") && err.contains("90047"),
        "{err}"
    );
    assert!(err.contains("push-quota.json"), "{err}");
    assert!(tasks(&fresh, &sb).is_empty());
}

#[test]
fn the_client_counts_its_own_pushes_per_day() {
    let sb = Sandbox::new();
    let emu = emulator_with(&sb, &["ann"]);
    ok(
        &emu,
        &sb,
        &["push", "send", "--all", "--text", "hi", "--yes"],
    );
    let path = sb.path().join("data").join("push-quota.json");
    let count: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(count["1400000000"]["Count"], 1, "{count}");
    // 99 more this day (written as the client would have): the 101st is refused unsent.
    let mut full = count.clone();
    full["1400000000"]["Count"] = json!(100);
    std::fs::write(&path, full.to_string()).unwrap();
    let out = emu
        .cmd(&sb)
        .args(["push", "send", "--tag", "vip", "--text", "hi", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("nothing was sent"));
    assert_eq!(tasks(&emu, &sb).len(), 1);
}

#[test]
fn every_mutation_has_a_dry_run_that_sends_nothing() {
    let sb = Sandbox::new();
    let emu = emulator_with(&sb, &["ann"]);
    let dry: [&[&str]; 8] = [
        &["push", "send", "--all", "--text", "hi"],
        &[
            "push",
            "send",
            "--tag",
            "vip",
            "--text",
            "hi",
            "--lifetime",
            "1d",
        ],
        &["push", "attr-names", "set", "0=city"],
        &["push", "attrs", "set", "ann", "--attr", "city=Shenzhen"],
        &["push", "attrs", "remove", "ann", "--attr", "city"],
        &["push", "tags", "add", "ann", "--tag", "vip"],
        &["push", "tags", "remove", "ann", "--tag", "vip"],
        &["push", "tags", "clear", "ann"],
    ];
    for args in dry {
        let out = emu.cmd(&sb).arg("--dry-run").args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let stdout = text(&out.stdout);
        assert!(
            stdout.contains("/v4/all_member_push/im_") && stdout.contains("REDACTED"),
            "{args:?}: {stdout}"
        );
    }
    assert!(tasks(&emu, &sb).is_empty());
    let names = json_of(&emu, &sb, &["push", "attr-names", "get"]);
    assert_eq!(names, json!({"AttrNames": {}}));
    let tags = json_of(&emu, &sb, &["push", "tags", "get", "ann"]);
    assert_eq!(tags, json!([{"To_Account": "ann", "Tags": []}]));
    assert!(!sb.path().join("data").join("push-quota.json").exists());
}

#[test]
fn bad_push_input_is_a_usage_error() {
    let sb = Sandbox::new();
    let eleven: Vec<String> = (0..11)
        .flat_map(|i| ["--tag".into(), format!("t{i}")])
        .collect();
    let cases: Vec<Vec<String>> = vec![
        vec!["--text".into(), "hi".into()],
        vec![
            "--all".into(),
            "--tag".into(),
            "a".into(),
            "--text".into(),
            "hi".into(),
        ],
        vec!["--all".into()],
        eleven
            .into_iter()
            .chain(["--text".into(), "hi".into()])
            .collect(),
        vec!["--tag".into(), "x".repeat(51), "--text".into(), "hi".into()],
        vec!["--attr".into(), "city".into(), "--text".into(), "hi".into()],
        vec![
            "--all".into(),
            "--text".into(),
            "hi".into(),
            "--lifetime".into(),
            "8d".into(),
        ],
    ];
    for args in cases {
        let out = sb
            .cmd()
            .args([
                "push",
                "send",
                "--yes",
                "--sdkappid",
                "1400000000",
                "--endpoint",
                "http://127.0.0.1:9",
            ])
            .args(&args)
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
fn the_state_survives_an_emulator_restart() {
    let sb = Sandbox::new();
    let data = sb.path().join("emu");
    let data = data.to_str().unwrap();
    let mut emu = Emulator::start(&sb, &["--data", data]);
    ok(&emu, &sb, &["push", "attr-names", "set", "0=city"]);
    ok(
        &emu,
        &sb,
        &["push", "attrs", "set", "ann", "--attr", "city=Paris"],
    );
    ok(&emu, &sb, &["push", "tags", "add", "ann", "--tag", "vip"]);
    ok(
        &emu,
        &sb,
        &["push", "send", "--all", "--text", "hi", "--yes"],
    );
    emu.kill();
    let emu = Emulator::start(&sb, &["--data", data]);
    let attrs = json_of(&emu, &sb, &["push", "attrs", "get", "ann"]);
    assert_eq!(attrs[0]["Attrs"], json!({"city": "Paris"}));
    let tags = json_of(&emu, &sb, &["push", "tags", "get", "ann"]);
    assert_eq!(tags[0]["Tags"], json!(["vip"]));
    assert_eq!(tasks(&emu, &sb).len(), 1);
}

#[test]
fn push_send_prints_its_task_id() {
    let sb = Sandbox::new();
    let emu = emulator_with(&sb, &["ann"]);
    let mut answer = json_of(
        &emu,
        &sb,
        &["push", "send", "--all", "--text", "hi", "--yes"],
    );
    let id = answer["TaskId"].as_str().unwrap();
    assert!(id.starts_with("1400000000_"), "{id}");
    answer["TaskId"] = json!("TASK_ID");
    assert_snapshot("push-send.json", &(answer.to_string() + "\n"));
    let out = emu
        .cmd(&sb)
        .args(["push", "send", "--all", "--text", "hi", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "human mode: a status line only");
    assert!(text(&out.stderr).contains("pushed to every user: TaskId 1400000000_"));
}

#[test]
fn a_push_made_is_a_success_even_when_the_local_count_cannot_be_written() {
    let sb = Sandbox::new();
    let emu = emulator_with(&sb, &["ann"]);
    // The count is written to FILE.partial first: a directory there makes the write fail.
    let data = sb.path().join("data");
    std::fs::create_dir_all(data.join("push-quota.json.partial")).unwrap();
    let out = emu
        .cmd(&sb)
        .args([
            "push", "send", "--all", "--text", "hi", "--yes", "-o", "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(stdout_json(&out)["TaskId"].is_string());
    assert!(
        text(&out.stderr).contains("the push was made, but the local push count was not"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(tasks(&emu, &sb).len(), 1);
}
