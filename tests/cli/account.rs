//! `imctl account` and `imctl emulator` end to end: the real binary against a real emulator on
//! 127.0.0.1, every command, every exit-code path, checkpoint/resume, dry-run, persistence,
//! the sandbox, and no secret in any output or file.

use std::time::Duration;

use serde_json::Value;

use crate::common::{stdout_json, text, Emulator, Sandbox, DEMO_KEY};

/// `imctl` against `url` with the demo app, for endpoints that are not a running emulator.
fn endpoint_cmd(sb: &Sandbox, url: &str) -> assert_cmd::Command {
    let mut cmd = sb.cmd();
    cmd.args(["--endpoint", url, "--sdkappid", "1400000000", "--key-file"])
        .arg(sb.key_file());
    cmd
}

fn check_statuses(emu: &Emulator, sb: &Sandbox, users: &[&str]) -> Vec<(String, String)> {
    users
        .iter()
        .map(|u| u.to_string())
        .zip(emu.account_statuses(sb, users))
        .collect()
}

#[test]
fn every_account_command_against_the_emulator() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);

    let out = emu
        .cmd(&sb)
        .args(["account", "import", "alice", "--nick", "Alice"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Data only on stdout: a human run's status line goes to stderr.
    assert_eq!(text(&out.stdout), "");
    assert!(text(&out.stderr).contains("imported alice"));
    assert_eq!(
        check_statuses(&emu, &sb, &["alice", "bob"]),
        [
            ("alice".into(), "Imported".into()),
            ("bob".into(), "NotImported".into())
        ]
    );

    let out = emu
        .cmd(&sb)
        .args([
            "account", "profile", "set", "alice", "--gender", "female", "--level", "3",
        ])
        .args(["--field", "Tag_Profile_Custom_Hobby=chess"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = emu
        .cmd(&sb)
        .args([
            "account",
            "profile",
            "get",
            "alice",
            "-o",
            "json",
            "--field",
            "Tag_Profile_IM_Nick",
        ])
        .args([
            "--field",
            "Tag_Profile_IM_Gender",
            "--field",
            "Tag_Profile_IM_Level",
            "--field",
            "Tag_Profile_Custom_Hobby",
        ])
        .output()
        .unwrap();
    let row = &stdout_json(&out)[0];
    assert_eq!(row["Tag_Profile_IM_Nick"], "Alice");
    assert_eq!(row["Tag_Profile_IM_Gender"], "Gender_Type_Female");
    assert_eq!(row["Tag_Profile_IM_Level"], 3);
    assert_eq!(row["Tag_Profile_Custom_Hobby"], "chess");

    let out = emu
        .cmd(&sb)
        .args([
            "account",
            "export",
            "alice",
            "--field",
            "Tag_Profile_IM_Nick",
        ])
        .output()
        .unwrap();
    assert_eq!(
        text(&out.stdout),
        "UserID,Tag_Profile_IM_Nick\nalice,Alice\n"
    );

    let out = emu
        .cmd(&sb)
        .args([
            "account", "state", "alice", "ghost", "-o", "json", "--detail",
        ])
        .output()
        .unwrap();
    // The missing account is reported with its code on stderr, not as a row; exit 6.
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let rows = stdout_json(&out);
    assert_eq!(rows[0]["Status"], "Offline");
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert!(
        text(&out.stderr).contains("ghost: ErrorCode 70107"),
        "{}",
        text(&out.stderr)
    );

    let out = emu
        .cmd(&sb)
        .args([
            "account", "mute", "alice", "--c2c", "forever", "--group", "1h",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = emu
        .cmd(&sb)
        .args(["account", "mute", "alice", "--show", "-o", "json"])
        .output()
        .unwrap();
    let muted = stdout_json(&out);
    assert_eq!(muted["C2CmsgNospeakingTime"], 4_294_967_295u64);
    assert!(muted["GroupmsgNospeakingTime"].as_u64().unwrap() > 3500);

    let out = emu
        .cmd(&sb)
        .args(["account", "kick", "alice"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));

    // Delete asks first; without a terminal it needs --yes.
    let out = emu
        .cmd(&sb)
        .args(["account", "delete", "alice"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--yes"));
    let out = emu
        .cmd(&sb)
        .args(["--yes", "account", "delete", "alice"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        check_statuses(&emu, &sb, &["alice"]),
        [("alice".into(), "NotImported".into())]
    );
}

#[test]
fn bad_input_is_refused_before_anything_is_sent() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let long = "x".repeat(33);
    for args in [
        vec!["account", "import", long.as_str()],
        vec!["account", "import", "a", "--nick", &"n".repeat(501)],
        vec!["account", "profile", "set", "a", "--gender", "robot"],
        vec![
            "account",
            "profile",
            "set",
            "a",
            "--field",
            "Tag_Profile_Custom_TooLongName=x",
        ],
        vec![
            "account",
            "profile",
            "set",
            "a",
            "--field",
            "Tag_Profile_IM_Level=high",
        ],
        vec!["account", "profile", "get", "a", "--field", "Nick"],
        vec!["account", "mute", "a", "--c2c", "soon"],
    ] {
        let out = emu.cmd(&sb).args(&args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(text(&out.stderr).starts_with("error: "), "{args:?}");
    }
    // Nothing reached the service: the account whose import was refused does not exist.
    let out = emu
        .cmd(&sb)
        .args(["account", "check", "a", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)[0]["AccountStatus"], "NotImported");
}

#[test]
fn exit_codes_for_auth_throttling_partial_and_transport_failures() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);

    // A key of another app: ErrorCode 70009, exit 4.
    let wrong = sb.file("wrong.key", &"0".repeat(64));
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
        .args(["account", "check", "alice"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("70009"));
    // Not an admin: exit 4 as well.
    let out = emu
        .cmd(&sb)
        .args(["--admin", "alice", "account", "import", "bob"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("70403"));

    // Partial: one line of the file is not a valid UserID; the rest lands, the failure is kept.
    let input = sb.file(
        "users.csv",
        &format!("UserID,Nick\nok1,One\n{},Bad\nok2,Two\n", "x".repeat(40)),
    );
    let failures = sb.path().join("failed.csv");
    let out = emu
        .cmd(&sb)
        .args(["account", "import", "--file"])
        .arg(&input)
        .arg("--failures")
        .arg(&failures)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let failed = std::fs::read_to_string(&failures).unwrap();
    assert!(
        failed.starts_with("UserID,Nick,Error,ErrorCode\n"),
        "{failed}"
    );
    assert!(failed.contains(&"x".repeat(40)));
    assert_eq!(
        check_statuses(&emu, &sb, &["ok1", "ok2"]),
        [
            ("ok1".into(), "Imported".into()),
            ("ok2".into(), "Imported".into())
        ]
    );

    // Throttled on every try: exit 5 after the retries.
    let throttling = Emulator::start(&sb, &["--fail-rate", "1", "--fault-kinds", "throttle"]);
    let out = throttling
        .cmd(&sb)
        .args(["account", "check", "alice"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));

    // Nothing listening: exit 7.
    let out = endpoint_cmd(&sb, &crate::common::closed_url())
        .args(["account", "check", "alice"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    // Plain HTTP to anything but loopback is refused before connecting.
    let out = endpoint_cmd(&sb, "http://example.com")
        .args(["account", "check", "alice"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn flaky_service_still_gets_every_account() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &["--fail-rate", "0.3", "--seed", "3"]);
    let mut csv = String::from("UserID\n");
    for i in 0..1000 {
        csv.push_str(&format!("u{i}\n"));
    }
    let input = sb.file("users.csv", &csv);
    let failures = sb.path().join("failed.csv");
    let out = emu
        .cmd(&sb)
        .args(["--timeout", "1", "account", "import", "--file"])
        .arg(&input)
        .arg("--failures")
        .arg(&failures)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    // nothing failed: no failures file holding only its header
    assert!(!failures.exists());
    assert!(!sb.path().join("failed.csv.partial").exists());
    let check = emu
        .cmd(&sb)
        .args(["--timeout", "1", "account", "check", "--file"])
        .arg(&input)
        .args(["-o", "jsonl"])
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", text(&check.stderr));
    let imported = text(&check.stdout)
        .lines()
        .filter(|l| l.contains("\"Imported\""))
        .count();
    assert_eq!(imported, 1000);
}

/// 30,000 accounts in `users.csv`: about 3 s of importing at the documented 100 requests/s.
const INTERRUPTED_RUN: usize = 30_000;

/// Starts `account import --file users.csv` (30,000 accounts) and returns once its first
/// checkpoint is on disk, with the path of that checkpoint.
fn import_until_first_checkpoint(
    sb: &Sandbox,
    emu: &Emulator,
    extra: &[&str],
) -> (std::process::Child, std::path::PathBuf, std::path::PathBuf) {
    let mut csv = String::from("UserID,Nick\n");
    for i in 0..INTERRUPTED_RUN {
        csv.push_str(&format!("user{i},N{i}\n"));
    }
    let input = sb.file("users.csv", &csv);
    let checkpoint = sb.path().join("users.csv.imctl-checkpoint");
    let child = emu
        .std_cmd(sb)
        .args(["account", "import", "--file"])
        .arg(&input)
        .args(extra)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !checkpoint.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    (child, input, checkpoint)
}

#[test]
fn a_killed_import_resumes_without_losing_or_redoing_batches() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &["--throttle", "--latency", "20"]);
    let (mut first, input, checkpoint) = import_until_first_checkpoint(&sb, &emu, &[]);
    std::thread::sleep(Duration::from_millis(700));
    first.kill().unwrap(); // SIGKILL: no chance to tidy up
    first.wait().unwrap();
    let saved: Value =
        serde_json::from_str(&std::fs::read_to_string(&checkpoint).unwrap()).unwrap();
    let done_before = saved["succeeded"].as_u64().unwrap();
    assert!(
        done_before > 0 && done_before < INTERRUPTED_RUN as u64,
        "{saved}"
    );

    // Without --resume the checkpoint is not silently ignored.
    let out = emu
        .cmd(&sb)
        .args(["account", "import", "--file"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--resume"));

    let out = emu
        .cmd(&sb)
        .args(["account", "import", "-o", "json", "--resume", "--file"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary = stdout_json(&out);
    // Every batch the checkpoint recorded is skipped, not sent again.
    assert!(
        summary["SkippedAsDone"].as_u64().unwrap() >= done_before,
        "{summary}"
    );
    assert_eq!(
        summary["SkippedAsDone"].as_u64().unwrap() + summary["Succeeded"].as_u64().unwrap(),
        30_000
    );
    assert!(
        !checkpoint.exists(),
        "a finished run removes its checkpoint"
    );
    let check = emu
        .cmd(&sb)
        .args(["account", "check", "--file"])
        .arg(&input)
        .args(["-o", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(
        text(&check.stdout)
            .lines()
            .filter(|l| l.contains("\"Imported\""))
            .count(),
        30_000
    );
}

#[test]
fn dry_run_prints_requests_and_sends_nothing() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let input = sb.file("u.csv", "UserID\na\nb\n");
    let out = emu
        .cmd(&sb)
        .args(["--dry-run", "account", "import", "--file"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let request: Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
    assert!(request["url"]
        .as_str()
        .unwrap()
        .contains("usersig=REDACTED"));
    assert!(request["url"]
        .as_str()
        .unwrap()
        .contains("/v4/im_open_login_svc/multiaccount_import?"));
    // No Nick/FaceUrl columns: the `Accounts` form, which leaves existing profiles alone.
    assert_eq!(request["body"]["Accounts"][1], "b");
    assert!(request["body"].get("AccountList").is_none());
    let out = emu
        .cmd(&sb)
        .args(["--dry-run", "--yes", "account", "delete", "a"])
        .output()
        .unwrap();
    assert!(text(&out.stdout).contains("account_delete"));
    assert_eq!(
        check_statuses(&emu, &sb, &["a", "b"]),
        [
            ("a".into(), "NotImported".into()),
            ("b".into(), "NotImported".into())
        ]
    );
}

#[test]
fn emulator_state_survives_kill_dash_nine() {
    let sb = Sandbox::new();
    let data = sb.path().join("emu");
    let data_arg = data.to_str().unwrap();
    let mut emu = Emulator::start(&sb, &["--data", data_arg]);
    let out = emu
        .cmd(&sb)
        .args(["account", "import", "keeper"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    emu.kill(); // SIGKILL
    let emu = Emulator::start(&sb, &["--data", data_arg]);
    assert_eq!(
        check_statuses(&emu, &sb, &["keeper"]),
        [("keeper".into(), "Imported".into())]
    );
}

#[test]
fn sandbox_needs_no_account_and_keeps_state() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["--sandbox", "account", "import", "alice"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = sb
        .cmd()
        .args(["--sandbox", "account", "check", "alice", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)[0]["AccountStatus"], "Imported");
}

#[test]
fn no_key_or_usersig_in_any_output_or_file() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let input = sb.file("u.csv", "UserID\na\nb\n");
    let mut outputs = Vec::new();
    for args in [
        vec!["-vv", "account", "import", "alice"],
        vec!["-vv", "account", "check", "alice"],
        vec!["-vv", "account", "kick", "ghost"],
        vec!["-vv", "--dry-run", "account", "import", "x"],
        vec![
            "-vv",
            "account",
            "import",
            "--file",
            input.to_str().unwrap(),
        ],
        vec!["-vv", "--admin", "eve", "account", "check", "a"],
    ] {
        let out = emu.cmd(&sb).args(&args).output().unwrap();
        outputs.push(text(&out.stdout));
        outputs.push(text(&out.stderr));
    }
    // A transport error mentions the endpoint, never the URL with its UserSig.
    let out = endpoint_cmd(&sb, "http://127.0.0.1:9")
        .args(["--timeout", "1", "account", "check", "a"])
        .output()
        .unwrap();
    outputs.push(text(&out.stderr));
    // The call log and any other file in the data dir.
    for entry in walk(&sb.path().join("data")) {
        outputs.push(String::from_utf8_lossy(&std::fs::read(entry).unwrap()).into_owned());
    }
    assert!(outputs.len() > 10);
    for (i, o) in outputs.iter().enumerate() {
        assert!(!o.contains(DEMO_KEY), "output {i} holds the key");
        assert!(
            !o.contains("usersig=eA") && !o.contains("usersig=eJ"),
            "output {i} holds a UserSig: {o}"
        );
        // The admin UserSig this build mints (Go layout) starts with its zlib header, "eAEA".
        assert!(!o.contains("eAEA"), "output {i} holds a UserSig");
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn ctrl_c_stops_cleanly_keeps_the_checkpoint_and_exits_130() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &["--throttle"]);
    let failures = sb.path().join("failed.csv");
    let (run, input, checkpoint) =
        import_until_first_checkpoint(&sb, &emu, &["--failures", failures.to_str().unwrap()]);
    let status = std::process::Command::new("kill")
        .args(["-INT", &run.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = run.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", text(&out.stderr));
    // The exact command to continue: the command line as typed, with --resume added.
    let stderr = text(&out.stderr);
    let resume = stderr
        .lines()
        .find(|l| l.trim_end().ends_with(" --resume"))
        .unwrap_or_else(|| panic!("no resume command: {stderr}"))
        .trim()
        .to_string();
    let tail = format!(
        "account import --file {} --failures {} --resume",
        input.display(),
        failures.display()
    );
    assert!(resume.ends_with(&tail), "{resume}");
    let saved: Value =
        serde_json::from_str(&std::fs::read_to_string(&checkpoint).unwrap()).unwrap();
    assert!(saved["succeeded"].as_u64().unwrap() < INTERRUPTED_RUN as u64);
    // Nothing failed: no failures file (nor its `.partial`) is left behind.
    assert!(!failures.exists());
    assert!(!sb.path().join("failed.csv.partial").exists());
    let words: Vec<&str> = resume.split(' ').collect();
    let out = sb.cmd().args(&words[1..]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!checkpoint.exists());
    assert!(!failures.exists());
    assert_eq!(
        emu.account_statuses(&sb, &["user0", &format!("user{}", INTERRUPTED_RUN - 1)]),
        ["Imported", "Imported"]
    );
}
