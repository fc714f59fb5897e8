//! `imctl plan`, `imctl apply` and `imctl state export` against the emulator: plan on an empty
//! app, apply, plan again = nothing, drift, prune, a partial failure finished by a second
//! apply, saved plans refused after the app moved, export → plan = nothing, the bad files with
//! their `FILE:LINE`, and the snapshots of the human and JSON plans (docs/apply.md).

use serde_json::Value;

use crate::common::{assert_snapshot, stdout_json, text, Emulator, Sandbox};

/// The calls plan may send; anything else in the call log is a write.
const READS: &[&str] = &[
    "v4/im_open_login_svc/account_check",
    "v4/profile/portrait_get",
    "v4/group_open_http_svc/get_group_info",
    "v4/group_open_http_svc/get_group_member_info",
];

const FILE: &str = r#"SDKAppID = 1400000000

[[Account]]
UserID = "alice"
Nick = "Alice"
Profile = { Tag_Profile_IM_Gender = "Gender_Type_Female", Tag_Profile_Custom_Team = "blue" }

[[Account]]
UserID = "bob"

[[Account]]
UserID = "carol"

[[Group]]
GroupId = "team-a"
Type = "Public"
Name = "Team A"
Owner = "alice"
ApplyJoinOption = "FreeAccess"
Members = ["bob", "carol"]
Admins = ["carol"]
"#;

fn run(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> std::process::Output {
    emu.cmd(sb)
        .current_dir(sb.path())
        .args(args)
        .output()
        .unwrap()
}

fn code(out: &std::process::Output) -> Option<i32> {
    out.status.code()
}

fn ok(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> String {
    let out = run(emu, sb, args);
    assert_eq!(
        code(&out),
        Some(0),
        "{args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

fn setup() -> (Sandbox, Emulator) {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    sb.file("imctl.toml", FILE);
    (sb, emu)
}

/// The REST calls in the call log, in order.
fn calls(sb: &Sandbox) -> Vec<String> {
    let out = sb
        .cmd()
        .args(["logs", "query", "--limit", "100000", "-o", "json"])
        .output()
        .unwrap();
    if text(&out.stdout).trim().is_empty() {
        return Vec::new();
    }
    stdout_json(&out)
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["Kind"] == "rest")
        .map(|e| e["Event"].as_str().unwrap().to_string())
        .collect()
}

fn writes(calls: &[String]) -> Vec<String> {
    calls
        .iter()
        .filter(|c| !READS.contains(&c.as_str()))
        .cloned()
        .collect()
}

#[test]
fn plan_apply_then_nothing_to_do_and_no_write_on_a_second_apply() {
    let (sb, emu) = setup();
    let plan = ok(&emu, &sb, &["plan"]);
    assert_snapshot("apply-plan-empty-app.txt", &plan);
    let json = ok(&emu, &sb, &["plan", "-o", "json"]);
    assert_snapshot("apply-plan-empty-app.json", &json);
    assert!(
        writes(&calls(&sb)).is_empty(),
        "plan wrote: {:?}",
        calls(&sb)
    );

    let out = run(&emu, &sb, &["plan", "--exit-code"]);
    assert_eq!(code(&out), Some(1), "changes pending: exit 1");

    ok(&emu, &sb, &["apply", "--yes"]);
    let info = stdout_json(&run(
        &emu,
        &sb,
        &["group", "members", "list", "team-a", "-o", "json"],
    ));
    let roles: Vec<(String, String)> = info
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["Member_Account"].as_str().unwrap().into(),
                m["Role"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        roles.contains(&("alice".into(), "Owner".into())),
        "{roles:?}"
    );
    assert!(
        roles.contains(&("carol".into(), "Admin".into())),
        "{roles:?}"
    );
    assert!(
        roles.contains(&("bob".into(), "Member".into())),
        "{roles:?}"
    );

    let again = ok(&emu, &sb, &["plan", "--exit-code"]);
    assert!(
        again.ends_with("Plan: 0 to add, 0 to change, 0 to remove.\n"),
        "{again}"
    );
    let before = writes(&calls(&sb)).len();
    // Nothing to do: no question, so no --yes needed.
    let out = run(&emu, &sb, &["apply"]);
    assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        writes(&calls(&sb)).len(),
        before,
        "a second apply sent writes"
    );
}

#[test]
fn drift_shows_exactly_the_three_changes_and_prune_removes_extras() {
    let (sb, emu) = setup();
    ok(&emu, &sb, &["apply", "--yes"]);
    ok(
        &emu,
        &sb,
        &["account", "profile", "set", "alice", "--nick", "Al"],
    );
    ok(&emu, &sb, &["group", "modify", "team-a", "--name", "Old"]);
    ok(
        &emu,
        &sb,
        &["group", "members", "role", "team-a", "bob", "Admin"],
    );
    ok(&emu, &sb, &["account", "import", "dave"]);
    ok(&emu, &sb, &["group", "members", "add", "team-a", "dave"]);
    let plan = ok(&emu, &sb, &["plan"]);
    assert_eq!(
        plan,
        "~ account alice  Tag_Profile_IM_Nick: \"Al\" → \"Alice\"\n\
         ~ group team-a  Name: \"Old\" → \"Team A\"\n\
         ~ member team-a/bob  Role: Admin → Member\n\
         Plan: 0 to add, 3 to change, 0 to remove.\n"
    );
    let pruned = ok(&emu, &sb, &["plan", "--prune", "-o", "json"]);
    assert_snapshot("apply-plan-drift-prune.json", &pruned);
    let out = run(&emu, &sb, &["apply", "--prune"]);
    assert_eq!(code(&out), Some(2), "no terminal: --yes needed");
    assert!(text(&out.stderr).contains("--yes"), "{}", text(&out.stderr));
    let summary = stdout_json(&run(
        &emu,
        &sb,
        &["apply", "--prune", "--yes", "-o", "json"],
    ));
    assert_eq!(summary["Change"], 3);
    assert_eq!(summary["Remove"], 1);
    assert_eq!(summary["Failed"], 0);
    let plan = ok(&emu, &sb, &["plan", "--prune", "--exit-code"]);
    assert!(plan.starts_with("No changes"), "{plan}");
}

#[test]
fn a_refused_member_is_exit_6_and_the_next_apply_finishes_it() {
    let (sb, emu) = setup();
    ok(&emu, &sb, &["apply", "--yes"]);
    // The group fills up behind the file's back: adding dave is refused (10014).
    ok(
        &emu,
        &sb,
        &["group", "modify", "team-a", "--max-members", "3"],
    );
    ok(&emu, &sb, &["account", "import", "dave"]);
    sb.file(
        "imctl.toml",
        &FILE.replace(
            "Members = [\"bob\", \"carol\"]",
            "Members = [\"bob\", \"carol\", \"dave\"]",
        ),
    );
    let out = run(&emu, &sb, &["apply", "--yes"]);
    assert_eq!(code(&out), Some(6), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("error: member team-a/dave: ErrorCode 10014"),
        "{err}"
    );
    assert!(
        err.contains("adding members (add_group_member): 1 item(s)"),
        "{err}"
    );
    ok(
        &emu,
        &sb,
        &["group", "modify", "team-a", "--max-members", "10"],
    );
    let plan = ok(&emu, &sb, &["plan"]);
    assert_eq!(
        plan,
        "+ member team-a/dave (Member)\nPlan: 1 to add, 0 to change, 0 to remove.\n"
    );
    ok(&emu, &sb, &["apply", "--yes"]);
    assert!(ok(&emu, &sb, &["plan"]).starts_with("No changes"));
}

#[test]
fn a_saved_plan_applies_and_is_refused_once_the_app_moved() {
    let (sb, emu) = setup();
    ok(&emu, &sb, &["plan", "--out", "plan.json"]);
    ok(&emu, &sb, &["account", "import", "bob"]);
    let out = run(&emu, &sb, &["apply", "plan.json", "--yes"]);
    assert_eq!(code(&out), Some(1), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("account bob"), "names the resource: {err}");
    assert!(err.contains("nothing was applied"), "{err}");

    ok(&emu, &sb, &["plan", "--out", "plan.json"]);
    ok(&emu, &sb, &["apply", "plan.json", "--yes"]);
    assert!(ok(&emu, &sb, &["plan"]).starts_with("No changes"));
}

#[test]
fn export_then_plan_shows_no_changes() {
    let (sb, emu) = setup();
    ok(&emu, &sb, &["apply", "--yes"]);
    sb.file("users.csv", "UserID\nalice\nbob\ncarol\n");
    let exported = ok(
        &emu,
        &sb,
        &[
            "state",
            "export",
            "--group",
            "team-a",
            "--accounts-file",
            "users.csv",
        ],
    );
    assert!(
        exported.contains("[[Group]]") && exported.contains("Admins = [\"carol\"]"),
        "{exported}"
    );
    sb.file("exported.toml", &exported);
    let plan = ok(
        &emu,
        &sb,
        &["plan", "-f", "exported.toml", "--prune", "--exit-code"],
    );
    assert!(plan.starts_with("No changes"), "{plan}");
    let json: Value = serde_json::from_str(&ok(
        &emu,
        &sb,
        &["state", "export", "--group", "team-a", "-o", "json"],
    ))
    .unwrap();
    assert_eq!(json["Group"][0]["Owner"], "alice");
}

/// Runs `plan -f NAME` on `body`; expects exit `want` and returns stderr.
fn refused(emu: &Emulator, sb: &Sandbox, body: &str, want: i32) -> String {
    sb.file("bad.toml", body);
    let out = run(emu, sb, &["plan", "-f", "bad.toml"]);
    assert_eq!(code(&out), Some(want), "{}", text(&out.stderr));
    assert!(text(&out.stdout).is_empty());
    text(&out.stderr)
}

#[test]
fn bad_files_are_refused_with_their_line_before_any_write() {
    let (sb, emu) = setup();
    let cases: &[(&str, &str)] = &[
        ("[[Account]]\nUserID = \"a\"\nNik = \"x\"\n", "error: bad.toml:3: unknown field `Nik`"),
        (
            "[[Account]]\nUserID = \"a\"\n[[Account]]\nUserID = \"a\"\n",
            "error: bad.toml:4: UserID `a` is declared twice (first at bad.toml:2)",
        ),
        (
            "[[Group]]\nGroupId = \"g\"\nName = \"n\"\n[[Group]]\nGroupId = \"g\"\n",
            "error: bad.toml:5: GroupId `g` is declared twice (first at bad.toml:2)",
        ),
        (
            "[[Account]]\nUserID = \"a\"\n[[Group]]\nGroupId = \"g\"\nType = \"Public\"\nName = \"n\"\nMembers = [\"a\"]\nAdmins = [\"b\"]\n",
            "error: bad.toml:8: admin `b` is not a member of group `g`",
        ),
        (
            "[[Group]]\nGroupId = \"g\"\nType = \"Public\"\nName = \"n\"\nMembers = [\n  \"ghost\",\n]\n",
            "error: bad.toml:6: `ghost` (group `g`) is neither declared as an [[Account]] nor an existing account",
        ),
        (
            "[[Group]]\nGroupId = \"g\"\nType = \"Public\"\nName = \"0123456789012345678901234567890\"\n",
            "error: bad.toml:4: the group name is 31 bytes",
        ),
        (
            "[[Group]]\nGroupId = \"g\"\nType = \"Forum\"\nName = \"n\"\n",
            "error: bad.toml:3: `Forum` is not a group type",
        ),
        (
            "[[Account]]\nUserID = \"a\"\nProfile = { Tag_Profile_IM_Gender = \"Robot\" }\n",
            "error: bad.toml:3: Tag_Profile_IM_Gender cannot be `Robot`",
        ),
    ];
    for (body, want) in cases {
        let err = refused(&emu, &sb, body, 2);
        assert!(err.starts_with(want), "{body}\n→ {err}");
    }
    // Every problem, one line each.
    let err = refused(&emu, &sb, "[[Account]]\nUserID = \"a\"\n[[Account]]\nUserID = \"a\"\n[[Group]]\nGroupId = \"g\"\nType = \"Forum\"\n", 2);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(writes(&calls(&sb)).is_empty(), "a bad file led to writes");
    // A Type the service cannot change is a plan error, not a disband-and-recreate.
    ok(&emu, &sb, &["apply", "--yes"]);
    let err = refused(
        &emu,
        &sb,
        "[[Group]]\nGroupId = \"team-a\"\nType = \"Private\"\n",
        2,
    );
    assert!(
        err.starts_with("error: bad.toml:3: group `team-a` is Public in the app"),
        "{err}"
    );
    // Another app: configuration (exit 3).
    let err = refused(&emu, &sb, "SDKAppID = 1400000001\n", 3);
    assert!(err.contains("SDKAppID 1400000001"), "{err}");
    // No file: `PATH: reason`, exit 2.
    let out = run(&emu, &sb, &["plan", "-f", "missing.toml"]);
    assert_eq!(code(&out), Some(2));
    assert!(
        text(&out.stderr).starts_with("error: missing.toml: "),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn accounts_file_and_members_file_use_the_bulk_reader() {
    let (sb, emu) = setup();
    sb.file("users.csv", "UserID,Nick\nu1,One\nu2,Two\n");
    sb.file("team.txt", "u1\nu2\n");
    sb.file(
        "imctl.toml",
        "AccountsFile = \"users.csv\"\n[[Group]]\nGroupId = \"g\"\nType = \"Private\"\nName = \"G\"\nOwner = \"u1\"\nMembersFile = \"team.txt\"\n",
    );
    let plan = ok(&emu, &sb, &["plan"]);
    assert_eq!(
        plan.lines().last(),
        Some("Plan: 4 to add, 0 to change, 0 to remove."),
        "{plan}"
    );
    ok(&emu, &sb, &["apply", "--yes"]);
    assert!(ok(&emu, &sb, &["plan"]).starts_with("No changes"));
    let profile = stdout_json(&run(
        &emu,
        &sb,
        &["account", "profile", "get", "u2", "-o", "json"],
    ));
    assert_eq!(profile[0]["Tag_Profile_IM_Nick"], "Two");
    sb.file("users.csv", "UserID,Nick\nu1,One\n\"u2\n");
    let out = run(&emu, &sb, &["plan"]);
    assert_eq!(code(&out), Some(2));
    assert!(
        text(&out.stderr).starts_with("error: users.csv:3"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn absent_accounts_and_groups_go_only_with_prune() {
    let (sb, emu) = setup();
    ok(&emu, &sb, &["account", "import", "dave"]);
    ok(
        &emu,
        &sb,
        &["group", "create", "--name", "Old", "--id", "old"],
    );
    sb.file(
        "imctl.toml",
        "[[Group]]\nGroupId = \"old\"\nAbsent = true\n\n[[Account]]\nUserID = \"dave\"\nAbsent = true\n",
    );
    let out = run(&emu, &sb, &["plan"]);
    assert_eq!(
        text(&out.stdout),
        "No changes: the app matches the file.\nPlan: 0 to add, 0 to change, 0 to remove.\n"
    );
    assert!(
        text(&out.stderr).contains("note: account dave is declared Absent"),
        "{}",
        text(&out.stderr)
    );
    let plan = ok(&emu, &sb, &["plan", "--prune"]);
    assert_eq!(
        plan,
        "- group old\n- account dave\nPlan: 0 to add, 0 to change, 2 to remove.\n"
    );
    ok(&emu, &sb, &["apply", "--prune", "--yes"]);
    assert_eq!(emu.account_statuses(&sb, &["dave"]), ["NotImported"]);
    assert!(ok(&emu, &sb, &["plan", "--prune"]).starts_with("No changes"));
}

/// An app that defines only `Tag_Profile_Custom_Team`: a file setting another custom tag is
/// refused by the service (40009), and plan says which field to define in the console.
#[test]
fn a_custom_profile_field_the_app_has_not_defined_is_named_by_plan() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &["--custom-profile-fields", "Tag_Profile_Custom_Team"]);
    sb.file("imctl.toml", FILE);
    // The defined tag applies as usual.
    ok(&emu, &sb, &["apply", "--yes"]);
    assert!(ok(&emu, &sb, &["plan"]).starts_with("No changes"));
    sb.file(
        "imctl.toml",
        &FILE.replace(
            "Tag_Profile_Custom_Team = \"blue\"",
            "Tag_Profile_Custom_Color = \"red\"",
        ),
    );
    let out = run(&emu, &sb, &["plan"]);
    let err = text(&out.stderr);
    assert_ne!(code(&out), Some(0), "{err}");
    assert!(err.contains("Tag_Profile_Custom_Color"), "{err}");
    assert!(err.contains("40009"), "{err}");
    // Nothing was written by the refused plan, and apply refuses the same way before writing.
    let before = writes(&calls(&sb)).len();
    let out = run(&emu, &sb, &["apply", "--yes"]);
    assert_ne!(code(&out), Some(0), "{}", text(&out.stderr));
    assert_eq!(writes(&calls(&sb)).len(), before);
}

/// `-o toml` is `state export`'s default spelled out; another data format there, or `toml`
/// anywhere else, is exit 2.
#[test]
fn toml_is_state_export_s_format_and_no_other_command_s() {
    let (sb, emu) = setup();
    ok(&emu, &sb, &["apply", "--yes"]);
    let default = ok(&emu, &sb, &["state", "export", "--group", "team-a"]);
    let toml = ok(
        &emu,
        &sb,
        &["state", "export", "--group", "team-a", "-o", "toml"],
    );
    assert_eq!(default, toml);
    assert!(toml.contains("GroupId = \"team-a\""), "{toml}");
    for args in [
        &["state", "export", "--group", "team-a", "-o", "csv"][..],
        &["-o", "toml", "account", "check", "alice"],
        &["plan", "-o", "toml"],
    ] {
        let out = run(&emu, &sb, args);
        assert_eq!(code(&out), Some(2), "{args:?}: {}", text(&out.stderr));
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(
            text(&out.stderr).contains("toml"),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

/// `--groups-file` goes through the bulk reader: a CSV with a `GroupId` header (here saved with
/// a byte-order mark) exports the same as `--group`, and a bad row is named with its line.
#[test]
fn groups_file_takes_the_bulk_readers_formats() {
    let (sb, emu) = setup();
    ok(&emu, &sb, &["apply", "--yes"]);
    let by_flag = ok(&emu, &sb, &["state", "export", "--group", "team-a"]);
    sb.file("groups.csv", "\u{feff}GroupId\nteam-a\n");
    let by_file = ok(
        &emu,
        &sb,
        &["state", "export", "--groups-file", "groups.csv"],
    );
    assert_eq!(by_flag, by_file);
    sb.file("bad.csv", &format!("GroupId\nteam-a\n{}\n", "g".repeat(60)));
    let out = run(&emu, &sb, &["state", "export", "--groups-file", "bad.csv"]);
    assert_eq!(code(&out), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("bad.csv:3"),
        "{}",
        text(&out.stderr)
    );
}
