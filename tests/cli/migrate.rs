//! `imctl migrate` between two real emulators (two SDKAppIDs, two `imctl emulator` processes on
//! 127.0.0.1, two `--app` profiles): a full move (accounts, profiles, friends, groups with their
//! CreateTime, members with JoinTime and Role, group and C2C messages with their times)
//! compared object by object, a re-run that writes nothing, kill -9 then `--resume`, the
//! bundle's export → import, the dry run, and the refusals made before any write.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{assert_snapshot, stdout_json, text, Emulator, Launch, Sandbox};

const SRC: &str = "1400000001";
const DST: &str = "1400000002";
/// Custom profile field the source defines (the destination too, unless a test says not).
const TEAM: &str = "Tag_Profile_Custom_Team";
/// Every kind, in the order the compare lists them.
const KINDS: [&str; 7] = [
    "accounts",
    "profiles",
    "friends",
    "groups",
    "members",
    "group-messages",
    "c2c-messages",
];
/// The groups seeded in the source.
const GROUPS: [&str; 2] = ["team-a", "team-b"];

/// Two apps, each an emulator with its profile (`src`, `dst`).
struct Apps {
    sb: Sandbox,
    src: Emulator,
    /// Kept so the destination lives as long as the test.
    _dst: Emulator,
}

fn emulator(sb: &Sandbox, sdkappid: &str, extra: &[&str]) -> Emulator {
    let key = sb.key_file();
    let key = key.to_str().unwrap();
    let mut args = vec!["--sdkappid", sdkappid, "--key-file", key];
    args.extend_from_slice(extra);
    Emulator::launch(
        sb,
        Launch {
            app: false,
            args: &args,
            ..Launch::default()
        },
    )
}

impl Apps {
    fn start(dst_extra: &[&str]) -> Apps {
        let sb = Sandbox::new();
        let src = emulator(&sb, SRC, &[]);
        let dst = emulator(&sb, DST, dst_extra);
        for (name, id, e) in [("src", SRC, &src), ("dst", DST, &dst)] {
            let out = sb
                .cmd()
                .args(["app", "add", name, "--sdkappid", id, "--endpoint", &e.url])
                .arg("--key-file")
                .arg(sb.key_file())
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", text(&out.stderr));
        }
        Apps { sb, src, _dst: dst }
    }

    fn ok(&self, args: &[&str]) -> std::process::Output {
        let out = self.sb.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: exit {:?}: {}",
            out.status.code(),
            text(&out.stderr)
        );
        out
    }

    fn work(&self) -> PathBuf {
        self.sb.path().join("work")
    }

    /// `n` accounts with nicknames, a custom field on the first, and `messages` C2C messages
    /// between them within the last hour, in the source.
    fn seed(&self, n: usize, messages: usize) {
        let mut csv = String::from("UserID,Nick\n");
        for i in 0..n {
            csv.push_str(&format!("u{i:04},User {i}\n"));
        }
        let users = self.sb.file("seed.csv", &csv);
        self.ok(&[
            "--app",
            "src",
            "account",
            "import",
            "--file",
            users.to_str().unwrap(),
        ]);
        let team = format!("{TEAM}=red");
        self.ok(&[
            "--app", "src", "account", "profile", "set", "u0000", "--level", "3", "--field", &team,
        ]);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let mut lines = String::new();
        for i in 0..messages {
            let (from, to) = (i % n, (i + 1) % n);
            lines.push_str(&format!(
                "{{\"From_Account\":\"u{from:04}\",\"To_Account\":\"u{to:04}\",\"MsgTimeStamp\":{},\"MsgBody\":[{{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{{\"Text\":\"m{i}\"}}}}]}}\n",
                now - 1800 + i as u64 % 600
            ));
        }
        let file = self.sb.file("messages.jsonl", &lines);
        self.ok(&[
            "--app",
            "src",
            "message",
            "import",
            "--file",
            file.to_str().unwrap(),
        ]);
        self.seed_social(n, now);
        // The accounts file lists all but the last; `--include-referenced` brings it in.
        let list: String = (0..n.saturating_sub(1))
            .map(|i| format!("u{i:04}\n"))
            .collect();
        self.sb.file("users.txt", &list);
    }

    /// Friends (each account has the next one, the first two each other), two groups created
    /// a month ago owned by u0000 with every other account a member (u0001 an admin) and a
    /// message a member in the last hour, in the source.
    fn seed_social(&self, n: usize, now: u64) {
        let src = |args: &[&str], name: &str, body: String| {
            let file = self.sb.file(name, &body);
            let mut all = vec!["--app", "src"];
            all.extend_from_slice(args);
            all.extend(["--file", file.to_str().unwrap()]);
            self.ok(&all);
        };
        let mut friends = String::new();
        for i in 0..n {
            friends.push_str(&format!(
                "{{\"From_Account\":\"u{i:04}\",\"To_Account\":\"u{:04}\",\"Remark\":\"r{i}\",\"AddTime\":{}}}\n",
                (i + 1) % n,
                now - 86_400 + i as u64
            ));
        }
        if n > 2 {
            friends.push_str(
                "{\"From_Account\":\"u0001\",\"To_Account\":\"u0000\",\"Group\":[\"work\"]}\n",
            );
        }
        src(&["friend", "import"], "friends.jsonl", friends);
        let created = now - 30 * 86_400;
        let mut groups = String::new();
        for (g, id) in GROUPS.iter().enumerate() {
            groups.push_str(&format!(
                "{{\"GroupId\":\"{id}\",\"Type\":\"Public\",\"Name\":\"Team {g}\",\"Owner_Account\":\"u0000\",\"CreateTime\":{created},\"Introduction\":\"about {id}\",\"AppDefinedData\":[{{\"Key\":\"Topic\",\"Value\":\"t{g}\"}}]}}\n"
            ));
        }
        src(&["group", "import"], "groups.jsonl", groups);
        for id in GROUPS {
            let mut members = String::new();
            let mut msgs = String::new();
            for i in 1..n {
                let role = if i == 1 { ",\"Role\":\"Admin\"" } else { "" };
                members.push_str(&format!(
                    "{{\"Member_Account\":\"u{i:04}\",\"JoinTime\":{}{role}}}\n",
                    created + 100 + i as u64
                ));
                msgs.push_str(&format!(
                    "{{\"From_Account\":\"u{i:04}\",\"SendTime\":{},\"MsgBody\":[{{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{{\"Text\":\"{id} {i}\"}}}}]}}\n",
                    now - 3000 + i as u64
                ));
            }
            src(
                &["group", "members", "import", id],
                "members.jsonl",
                members,
            );
            src(&["group", "import-msgs", id], "group-msgs.jsonl", msgs);
        }
    }

    /// `account check` of `users` in the destination: each user's `AccountStatus`.
    fn dst_statuses(&self, users: &[&str]) -> Vec<String> {
        let mut args = vec!["--app", "dst", "account", "check", "-o", "json"];
        args.extend_from_slice(users);
        stdout_json(&self.ok(&args))
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["AccountStatus"].as_str().unwrap().to_string())
            .collect()
    }

    fn users(&self) -> String {
        self.sb.path().join("users.txt").display().to_string()
    }

    /// The selection flags every run of a test shares.
    fn select(&self) -> Vec<String> {
        [
            "--accounts-file",
            &self.users(),
            "--include-referenced",
            "--since",
            "2h",
            "--profile-fields",
            TEAM,
            "--groups",
            "all",
            "--group-fields",
            "Topic",
        ]
        .map(String::from)
        .to_vec()
    }

    fn run_args(&self) -> Vec<String> {
        let mut args: Vec<String> = [
            "migrate",
            "run",
            "--from-app",
            "src",
            "--to-app",
            "dst",
            "--work",
        ]
        .map(String::from)
        .to_vec();
        args.push(self.work().display().to_string());
        args.extend(self.select());
        args
    }

    /// An app read into a bundle: its files' lines, sorted, per kind.
    fn contents(&self, app: &str) -> Vec<(String, Vec<String>)> {
        let dir = self.sb.path().join(format!("read-{app}"));
        let _ = std::fs::remove_dir_all(&dir);
        let mut args: Vec<String> = ["migrate", "export", "-q", "--from-app", app, "--out"]
            .map(String::from)
            .to_vec();
        args.push(dir.display().to_string());
        // Both sides are read with the source's full list: what the destination lacks shows.
        let all = self.sb.file("all.txt", &self.all_users());
        args.extend(["--accounts-file".into(), all.display().to_string()]);
        args.extend(self.select().into_iter().skip(2));
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        self.ok(&refs);
        KINDS
            .iter()
            .map(|kind| {
                (
                    kind.to_string(),
                    sorted_lines(&dir.join(format!("{kind}.jsonl"))),
                )
            })
            .collect()
    }

    fn all_users(&self) -> String {
        let listed = std::fs::read_to_string(self.users()).unwrap();
        let n = listed.lines().count();
        format!("{listed}u{n:04}\n")
    }

    fn assert_equal(&self) {
        let (src, dst) = (self.contents("src"), self.contents("dst"));
        for ((kind, a), (_, b)) in src.iter().zip(&dst) {
            assert!(!a.is_empty(), "the source has no {kind}");
            assert_eq!(a, b, "{kind} differ between the apps");
            if kind == "groups" {
                // The custom fields of --group-fields were read, so the compare covers them.
                assert!(a.iter().all(|l| l.contains("\"Key\":\"Topic\"")), "{a:?}");
            }
        }
    }
}

fn sorted_lines(path: &Path) -> Vec<String> {
    let mut lines: Vec<String> = std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(String::from)
        .collect();
    lines.sort();
    lines
}

fn stage<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["Stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["Stage"] == name)
        .unwrap_or_else(|| panic!("no stage {name} in {report}"))
}

fn run_json(apps: &Apps, extra: &[&str]) -> Value {
    let mut args = apps.run_args();
    args.extend(extra.iter().map(|s| s.to_string()));
    args.extend(["-o".into(), "json".into()]);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    stdout_json(&apps.ok(&refs))
}

#[test]
fn a_full_move_makes_the_destination_equal_and_a_rerun_writes_nothing() {
    let apps = Apps::start(&[]);
    apps.seed(12, 20);
    let report = run_json(&apps, &[]);
    // 11 listed + 1 met only as a message party.
    assert_eq!(stage(&report, "accounts")["Written"], 12, "{report}");
    assert_eq!(stage(&report, "profiles")["Written"], 12, "{report}");
    assert_eq!(stage(&report, "c2c-messages")["Written"], 20, "{report}");
    // 12 one-way pairs and one back.
    assert_eq!(stage(&report, "friends")["Written"], 13, "{report}");
    assert_eq!(stage(&report, "groups")["Written"], 2, "{report}");
    // 11 members a group besides the owner, and a message from each.
    assert_eq!(stage(&report, "members")["Written"], 22, "{report}");
    assert_eq!(stage(&report, "group-messages")["Written"], 22, "{report}");
    assert_eq!(report["From"], 1400000001);
    apps.assert_equal();

    let again = run_json(&apps, &[]);
    for s in again["Stages"].as_array().unwrap() {
        assert_eq!(s["Written"], 0, "a re-run wrote: {again}");
        assert_eq!(s["AlreadyPresent"], s["Read"], "{again}");
    }
    assert_snapshot(
        "migrate-run.json",
        &format!("{}\n", serde_json::to_string_pretty(&again).unwrap()),
    );
    // The checkpoint of a finished migration is gone: a third run needs no --resume.
    assert!(!apps.work().join("migrate.imctl-checkpoint").exists());
}

#[test]
fn kill_9_mid_way_then_resume_makes_the_destination_equal() {
    let apps = Apps::start(&["--latency", "30"]);
    apps.seed(400, 400);
    let mut cmd = apps.sb.std_cmd();
    let mut child = cmd
        .args(apps.run_args())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill once the profiles stage has settled some batches (its checkpoint exists).
    let stage_cp = apps.work().join("profiles.jsonl.imctl-checkpoint");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !stage_cp.exists() && Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(stage_cp.exists(), "the run ended before it could be killed");
    child.kill().unwrap();
    child.wait().unwrap();

    // Without --resume the left checkpoint is refused, nothing is sent.
    let mut args = apps.run_args();
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = apps.sb.cmd().args(&refs).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("--resume"));

    args.extend(["--resume".into(), "-o".into(), "json".into()]);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let report = stdout_json(&apps.ok(&refs));
    let accounts = stage(&report, "accounts");
    // The accounts stage finished before the kill: not written again.
    assert_eq!(accounts["Written"], 0, "{report}");
    let profiles = stage(&report, "profiles");
    let settled = profiles["Resumed"].as_u64().unwrap();
    assert!(settled > 0, "the resumed run started over: {report}");
    assert_eq!(
        settled
            + profiles["Written"].as_u64().unwrap()
            + profiles["AlreadyPresent"].as_u64().unwrap(),
        400,
        "{report}"
    );
    apps.assert_equal();
}

#[test]
fn kill_9_in_the_group_messages_stage_then_resume_keeps_each_group_in_time_order() {
    let apps = Apps::start(&["--latency", "30"]);
    apps.seed(12, 4);
    // 1,500 more messages in team-a, after the seeded ones: three batches of the stage, each
    // group's requests one at a time.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let lines: String = (0..1500)
        .map(|i| {
            format!(
                "{{\"From_Account\":\"u{:04}\",\"SendTime\":{},\"MsgBody\":[{{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{{\"Text\":\"more {i}\"}}}}]}}\n",
                1 + i % 11,
                now - 2900 + i
            )
        })
        .collect();
    let file = apps.sb.file("more.jsonl", &lines);
    apps.ok(&[
        "--app",
        "src",
        "group",
        "import-msgs",
        GROUPS[0],
        "--file",
        file.to_str().unwrap(),
    ]);
    let mut child = apps
        .sb
        .std_cmd()
        .args(apps.run_args())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stage_cp = apps.work().join("group-messages.jsonl.imctl-checkpoint");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !stage_cp.exists() && Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(stage_cp.exists(), "the run ended before it could be killed");
    child.kill().unwrap();
    child.wait().unwrap();

    let report = run_json(&apps, &["--resume"]);
    let msgs = stage(&report, "group-messages");
    let settled = msgs["Resumed"].as_u64().unwrap();
    assert!(settled > 0, "the resumed run started over: {report}");
    assert_eq!(
        settled + msgs["Written"].as_u64().unwrap() + msgs["AlreadyPresent"].as_u64().unwrap(),
        1522,
        "{report}"
    );
    assert_eq!(msgs["Failed"], 0, "{report}");
    // The earlier stages finished before the kill: nothing written again.
    assert_eq!(stage(&report, "members")["Written"], 0, "{report}");
    apps.assert_equal();
}

#[test]
fn a_bundle_exported_then_imported_makes_the_destination_equal() {
    let apps = Apps::start(&[]);
    apps.seed(5, 8);
    let bundle = apps.sb.path().join("bundle");
    let mut args: Vec<String> = ["migrate", "export", "--from-app", "src", "--out"]
        .map(String::from)
        .to_vec();
    args.push(bundle.display().to_string());
    args.extend(apps.select());
    args.extend(["-o".into(), "json".into()]);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let exported = stdout_json(&apps.ok(&refs));
    assert_eq!(stage(&exported, "c2c-messages")["Read"], 8, "{exported}");
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(bundle.join("manifest.json")).unwrap())
            .unwrap();
    assert_eq!(manifest["Format"], "imctl-migrate-bundle/1");
    assert_eq!(manifest["ProfileFields"][0], TEAM);

    let b = bundle.display().to_string();
    // --dry-run prints the plan and writes nothing.
    let dry = apps.ok(&[
        "--dry-run",
        "migrate",
        "import",
        "--to-app",
        "dst",
        "--in",
        &b,
        "-o",
        "json",
    ]);
    let plan = stdout_json(&dry);
    assert_eq!(plan["DryRun"], true);
    assert!(plan["Seconds"].as_f64().unwrap() > 0.0, "{plan}");
    assert_snapshot(
        "migrate-import-dry-run.json",
        &format!("{}\n", serde_json::to_string_pretty(&plan).unwrap()),
    );
    assert_eq!(apps.dst_statuses(&["u0000"]), ["NotImported"]);

    let imported = apps.ok(&[
        "migrate", "import", "--to-app", "dst", "--in", &b, "-o", "json",
    ]);
    let report = stdout_json(&imported);
    assert_eq!(stage(&report, "accounts")["Written"], 5, "{report}");
    apps.assert_equal();

    // Profiles alone read the accounts of the list (no accounts stage to read them first).
    let only = apps.sb.path().join("profiles-only");
    let o = only.display().to_string();
    let users = apps.users();
    apps.ok(&[
        "migrate",
        "export",
        "-q",
        "--from-app",
        "src",
        "--out",
        &o,
        "--what",
        "profiles",
        "--accounts-file",
        &users,
    ]);
    assert_eq!(sorted_lines(&only.join("profiles.jsonl")).len(), 4);
}

#[test]
fn include_referenced_moves_the_members_and_friends_of_what_is_moved() {
    let apps = Apps::start(&[]);
    apps.seed(5, 1);
    let one = apps.sb.file("one.txt", "u0000\n");
    let one = one.to_str().unwrap();
    let moved = |what: &str, work: &str| -> Value {
        let work = apps.sb.path().join(work);
        let out = apps.ok(&[
            "migrate",
            "export",
            "--from-app",
            "src",
            "--out",
            work.to_str().unwrap(),
            "--accounts-file",
            one,
            "--include-referenced",
            "--groups",
            "all",
            "--what",
            what,
            "-o",
            "json",
        ]);
        stdout_json(&out)
    };
    // u0000's friend u0001 comes with it.
    let friends = moved("accounts,friends", "f");
    assert_eq!(stage(&friends, "accounts")["Read"], 2, "{friends}");
    // The members of u0000's groups too: every account.
    let groups = moved("accounts,friends,groups,members", "g");
    assert_eq!(stage(&groups, "accounts")["Read"], 5, "{groups}");
    assert_eq!(stage(&groups, "members")["Read"], 8, "{groups}");
}

#[test]
fn a_pair_whose_user_the_destination_lacks_fails_alone() {
    let apps = Apps::start(&[]);
    apps.seed(2, 1);
    // Only u0000 and u0001 are moved; ghost is in neither app.
    let bundle = apps.sb.path().join("hand");
    std::fs::create_dir_all(&bundle).unwrap();
    std::fs::write(
        bundle.join("manifest.json"),
        r#"{"Format": "imctl-migrate-bundle/1", "Kinds": ["accounts", "friends"]}"#,
    )
    .unwrap();
    std::fs::write(
        bundle.join("accounts.jsonl"),
        "{\"UserID\":\"u0000\"}\n{\"UserID\":\"u0001\"}\n",
    )
    .unwrap();
    std::fs::write(
        bundle.join("friends.jsonl"),
        "{\"From_Account\":\"ghost\",\"To_Account\":\"u0000\"}\n\
         {\"From_Account\":\"u0000\",\"To_Account\":\"u0001\",\"AddTime\":1500000000}\n",
    )
    .unwrap();
    let b = bundle.display().to_string();
    let out = apps
        .sb
        .cmd()
        .args([
            "migrate", "import", "--to-app", "dst", "--in", &b, "-o", "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let report = stdout_json(&out);
    let friends = stage(&report, "friends");
    assert_eq!(
        (&friends["Written"], &friends["Failed"]),
        (&1.into(), &1.into()),
        "{report}"
    );
    let failed = std::fs::read_to_string(bundle.join("friends.failed.jsonl")).unwrap();
    assert!(failed.contains("ghost"), "{failed}");
}

#[test]
fn dry_run_prints_the_stages_calls_and_time_and_writes_nothing() {
    let apps = Apps::start(&[]);
    apps.seed(3, 4);
    let mut args = vec!["--dry-run".to_string()];
    args.extend(apps.run_args());
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = apps.ok(&refs);
    let human = text(&out.stdout);
    assert!(human.contains("accounts: 3 item(s)"), "{human}");
    assert!(human.contains("importmsg 4 call(s) / 200/s"), "{human}");
    // 2 groups of 2 members and 2 messages: one list page at 1/s, one import each.
    assert!(
        human.contains("source get_appid_group_list 1 call(s) / 1/s = 1.00 s"),
        "{human}"
    );
    assert!(human.contains("import_group_member 2 call(s)"), "{human}");
    assert!(human.contains("import_group_msg 2 call(s)"), "{human}");
    assert!(human.contains("total: "), "{human}");
    assert_eq!(
        apps.dst_statuses(&["u0000", "u0001", "u0002"]),
        ["NotImported"; 3]
    );
}

#[test]
fn the_same_app_on_both_sides_is_refused() {
    let apps = Apps::start(&[]);
    let users = apps.sb.file("u.txt", "a\n");
    let u = users.to_str().unwrap();
    for to in ["src", "same"] {
        if to == "same" {
            // Another profile naming the same SDKAppID.
            apps.ok(&[
                "app",
                "add",
                "same",
                "--sdkappid",
                SRC,
                "--endpoint",
                &apps.src.url,
                "--key-file",
                apps.sb.key_file().to_str().unwrap(),
            ]);
        }
        let out = apps
            .sb
            .cmd()
            .args([
                "migrate",
                "run",
                "--from-app",
                "src",
                "--to-app",
                to,
                "--accounts-file",
                u,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{to}: {}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains("nothing to migrate"),
            "{}",
            text(&out.stderr)
        );
    }
}

#[test]
fn a_trial_destination_too_small_is_refused_before_any_write() {
    let apps = Apps::start(&[]);
    apps.seed(102, 1);
    let mut args = apps.run_args();
    args.extend(["--to-edition".into(), "trial".into()]);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = apps.sb.cmd().args(&refs).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("at most 100 accounts"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(apps.dst_statuses(&["u0000"]), ["NotImported"]);

    // Few accounts, but a group of 22 with its owner: a Trial group holds 20.
    let apps = Apps::start(&[]);
    apps.seed(22, 1);
    let mut args = apps.run_args();
    args.extend(["--to-edition".into(), "trial".into()]);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = apps.sb.cmd().args(&refs).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("at most 20 members (ErrorCode 10038)"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(apps.dst_statuses(&["u0000"]), ["NotImported"]);
}

#[test]
fn an_undefined_custom_field_in_the_destination_fails_early_with_40009() {
    let apps = Apps::start(&["--custom-profile-fields", "Tag_Profile_Custom_Other"]);
    apps.seed(2, 1);
    let args = apps.run_args();
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = apps.sb.cmd().args(&refs).output().unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("40009") && stderr.contains(TEAM),
        "{stderr}"
    );
    assert!(
        stderr.contains("must have, before the move: custom profile fields"),
        "{stderr}"
    );
    assert_eq!(apps.dst_statuses(&["u0000"]), ["NotImported"]);
}

#[test]
fn migrate_keeps_the_output_contract() {
    let apps = Apps::start(&[]);
    apps.seed(2, 1);
    let mut base = apps.run_args();
    base.insert(0, "--yes".into());
    for (mode, stdout_empty, stderr_empty) in [(&[][..], true, false), (&["-q"][..], true, true)] {
        let mut args = base.clone();
        args.extend(mode.iter().map(|s| s.to_string()));
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = apps.ok(&refs);
        assert_eq!(
            out.stdout.is_empty(),
            stdout_empty,
            "{mode:?}: {}",
            text(&out.stdout)
        );
        assert_eq!(
            out.stderr.is_empty(),
            stderr_empty,
            "{mode:?}: {}",
            text(&out.stderr)
        );
    }
    // One JSON object on stdout with -o json (checked by run_json).
    assert!(run_json(&apps, &[]).is_object());
}

#[test]
fn flags_that_would_name_both_apps_and_group_kinds_without_groups_are_refused_before_connecting() {
    let sb = Sandbox::new();
    let users = sb.file("u.txt", "a\n");
    let u = users.to_str().unwrap();
    let run = [
        "migrate",
        "run",
        "--from-app",
        "a",
        "--to-app",
        "b",
        "--accounts-file",
        u,
    ];
    // (flags, environment, exit code, what stderr says)
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], i32, &'a str);
    let cases: [Case; 7] = [
        (
            &["--sdkappid", "1400000000"],
            &[],
            2,
            "--sdkappid would apply to both apps",
        ),
        (&["--sandbox"], &[], 2, "--sandbox would apply to both apps"),
        (
            &[],
            &[("IMCTL_ENDPOINT", "http://127.0.0.1:1")],
            3,
            "IMCTL_ENDPOINT is set",
        ),
        (
            &["--what", "accounts,members"],
            &[],
            2,
            "--what members: name the groups",
        ),
        (&["--what", "mail"], &[], 2, "`mail` is not a kind"),
        (
            &["--group-fields", "Topic,1st"],
            &[],
            2,
            "`1st`: a key may not start with a digit",
        ),
        (
            &["--generated-group-prefix", "@TGS#x"],
            &[],
            2,
            "may not start with `@TGS#`",
        ),
    ];
    for (extra, env, code, says) in cases {
        let mut cmd = sb.cmd();
        cmd.args(run).args(extra);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{extra:?}: {stderr}");
        assert!(stderr.contains(says), "{extra:?}: {stderr}");
    }
    // Accounts cannot be listed: a source of UserIDs is required.
    let out = sb
        .cmd()
        .args(["migrate", "export", "--from-app", "a", "--out", "b"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--accounts-file"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_group_with_a_generated_id_moves_under_the_prefix_with_its_members_and_messages() {
    let apps = Apps::start(&[]);
    let users = apps.sb.file("gen-users.txt", "u0000\nu0001\nu0002\n");
    let users = users.to_str().unwrap();
    apps.ok(&["--app", "src", "account", "import", "--file", users]);
    let created = stdout_json(&apps.ok(&[
        "--app", "src", "group", "create", "--name", "Gen", "--owner", "u0000", "--member",
        "u0001", "--member", "u0002", "-o", "json",
    ]));
    let id = created["GroupId"].as_str().unwrap().to_string();
    assert!(id.starts_with("@TGS#"), "{created}");
    // An imported message must be later than the group's creation, to the second.
    std::thread::sleep(Duration::from_millis(1100));
    apps.ok(&[
        "--app", "src", "group", "send", &id, "--from", "u0001", "--text", "hello",
    ]);
    let work = apps.work().display().to_string();
    let run = |extra: &[&str]| {
        let mut args = vec![
            "migrate",
            "run",
            "--from-app",
            "src",
            "--to-app",
            "dst",
            "--work",
            &work,
            "--accounts-file",
            users,
            "--group",
            &id,
            "--since",
            "1h",
            "-o",
            "json",
        ];
        args.extend_from_slice(extra);
        stdout_json(&apps.ok(&args))
    };
    let report = run(&[]);
    let moved = format!("TGS_{}", &id["@TGS#".len()..]);
    assert_eq!(report["RenamedGroups"], 1, "{report}");
    assert_eq!(stage(&report, "groups")["Written"], 1, "{report}");
    // The owner comes with the group; the two others are imported.
    assert_eq!(stage(&report, "members")["Written"], 2, "{report}");
    assert_eq!(stage(&report, "group-messages")["Written"], 1, "{report}");
    let list = std::fs::read_to_string(report["GroupIdsFile"].as_str().unwrap()).unwrap();
    let line: Value = serde_json::from_str(list.trim()).unwrap();
    assert_eq!(line["SourceGroupId"], id.as_str());
    assert_eq!(line["GroupId"], moved.as_str());

    let members = stdout_json(&apps.ok(&[
        "--app", "dst", "group", "members", "list", &moved, "-o", "json",
    ]));
    let mut names: Vec<&str> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["Member_Account"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["u0000", "u0001", "u0002"], "{members}");
    let history = apps.ok(&[
        "--app", "dst", "group", "history", &moved, "--all", "-o", "jsonl",
    ]);
    assert!(
        text(&history.stdout).contains("hello"),
        "{}",
        text(&history.stdout)
    );

    // The new ID is a function of the old one: a re-run finds what it wrote.
    let again = run(&[]);
    for s in again["Stages"].as_array().unwrap() {
        assert_eq!(s["Written"], 0, "a re-run wrote: {again}");
    }
}
