//! The bulk engine end to end (issue 7 §1, §2, §5, §6): reader rules, files imctl writes,
//! resume, dry-run, missing accounts and the summary shapes, against a real emulator.

use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use crate::common::{assert_snapshot, redact_volatile, stdout_json, text, Emulator, Sandbox};

fn import(emu: &Emulator, sb: &Sandbox, input: &Path, extra: &[&str]) -> std::process::Output {
    emu.cmd(sb)
        .args(["account", "import", "--file"])
        .arg(input)
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn failures_path_that_is_the_input_is_refused_and_the_input_kept() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let body = "UserID\nalice\nbob\n";
    let input = sb.file("users.csv", body);
    let link = sb.path().join("link.csv");
    std::os::unix::fs::symlink(&input, &link).unwrap();
    for failures in [&input, &link] {
        let out = import(
            &emu,
            &sb,
            &input,
            &["--failures", failures.to_str().unwrap()],
        );
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains("is the input file"));
        assert_eq!(std::fs::read_to_string(&input).unwrap(), body);
    }
    let out = import(
        &emu,
        &sb,
        &input,
        &["--checkpoint", input.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(emu.account_statuses(&sb, &["alice"]), ["NotImported"]);
}

#[test]
fn header_rules() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    // A lowercase header is a header, not an account called `userid`.
    let input = sb.file("lower.csv", "userid,nick\nalice,Alice\n");
    let out = import(&emu, &sb, &input, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        emu.account_statuses(&sb, &["alice", "userid"]),
        ["Imported", "NotImported"]
    );
    // `;` header: exit 2 suggesting --delimiter, then it works with it.
    let input = sb.file("semi.csv", "UserID;Nick\nbob;Bob\n");
    let out = import(&emu, &sb, &input, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--delimiter"),
        "{}",
        text(&out.stderr)
    );
    let out = import(&emu, &sb, &input, &["--delimiter", ";"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // An unknown column lists the known ones; several columns without a header are refused.
    let input = sb.file("typo.csv", "UserID,Nickname\ncarol,C\n");
    let out = import(&emu, &sb, &input, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("known columns: UserID"));
    let input = sb.file("nohead.csv", "carol,Carol\n");
    let out = import(&emu, &sb, &input, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("add a header: UserID,Nick,FaceUrl"));
    assert_eq!(emu.account_statuses(&sb, &["carol"]), ["NotImported"]);
    // Empty and header-only files: a warning naming the file, exit 0.
    let input = sb.file("empty.csv", "UserID\n");
    let out = import(&emu, &sb, &input, &[]);
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("empty.csv has no rows"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn cr_only_files_read_every_row() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let input = sb.file("cr.csv", "UserID,Nick\rcr1,One\rcr2,Two\r");
    let out = import(&emu, &sb, &input, &["-o", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(stdout_json(&out)["Succeeded"], 2);
    assert_eq!(
        emu.account_statuses(&sb, &["cr1", "cr2"]),
        ["Imported", "Imported"]
    );
}

#[test]
fn bad_rows_are_named_kept_in_the_failures_file_and_the_rest_imported() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let input = sb.file(
        "users.csv",
        "UserID,Nick\nok1,One\nextra,E,X\n\"open,N\nok2,Two\n\"multi\nline\",M\nok3,Three\n",
    );
    let failures = sb.path().join("failed.csv");
    let out = import(
        &emu,
        &sb,
        &input,
        &["--failures", failures.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("users.csv:3: 3 field(s)"), "{stderr}");
    assert!(
        stderr.contains("users.csv:4: unterminated quote"),
        "{stderr}"
    );
    assert!(
        stderr.contains("users.csv:6: a quoted field spans lines 6-7"),
        "{stderr}"
    );
    let failed = std::fs::read_to_string(&failures).unwrap();
    assert!(
        failed.starts_with("UserID,Nick,Error,ErrorCode\n"),
        "{failed}"
    );
    assert!(
        failed.contains("extra,E,X,") && failed.contains("\"open,N,"),
        "{failed}"
    );
    assert!(!sb.path().join("failed.csv.partial").exists());
    assert_eq!(
        emu.account_statuses(&sb, &["ok1", "ok2", "ok3", "extra", "multi", "line\","]),
        [
            "Imported",
            "Imported",
            "Imported",
            "NotImported",
            "NotImported",
            "NotImported"
        ]
    );
}

#[test]
fn a_non_utf8_line_and_a_bad_jsonl_line_fail_alone() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let input = sb.path().join("users.jsonl");
    std::fs::write(
        &input,
        b"{\"UserID\":\"j1\",\"Nick\":\"One\"}\n{\"UserID\":\"\xff\xfe\"}\n{\"UserID\":\"j2\",\"Nick\":7}\nnot json\n{\"UserID\":\"j3\"}\n",
    )
    .unwrap();
    let failures = sb.path().join("failed.jsonl");
    let out = import(
        &emu,
        &sb,
        &input,
        &["--failures", failures.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("users.jsonl:2: the line is not UTF-8 text"),
        "{stderr}"
    );
    assert!(
        stderr.contains("users.jsonl:3: \"Nick\" must be a string"),
        "{stderr}"
    );
    assert!(stderr.contains("users.jsonl:4: not JSON"), "{stderr}");
    let failed = std::fs::read(&failures).unwrap();
    assert!(
        failed.windows(2).any(|w| w == b"\xff\xfe"),
        "the raw bytes are kept"
    );
    assert!(String::from_utf8_lossy(&failed).contains("not json\n"));
    assert_eq!(
        emu.account_statuses(&sb, &["j1", "j3", "j2"]),
        ["Imported", "Imported", "NotImported"]
    );
}

#[test]
fn an_unwritable_failures_path_is_exit_3_before_anything_is_sent() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let input = sb.file("users.csv", "UserID\nnever\n");
    let out = import(
        &emu,
        &sb,
        &input,
        &["--failures", "/nonexistent-dir/failed.csv"],
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stdout).is_empty());
    assert_eq!(emu.account_statuses(&sb, &["never"]), ["NotImported"]);
}

#[test]
fn zero_concurrency_or_batch_size_is_a_usage_error() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    for flag in ["--concurrency", "--batch-size"] {
        let out = emu
            .cmd(&sb)
            .args(["account", "check", "a", flag, "0"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag}");
    }
    let out = emu
        .cmd(&sb)
        .args(["account", "check", "a", "--batch-size", "101"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn dry_run_validates_everything_and_sends_nothing() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let long = "x".repeat(40);
    let input = sb.file("users.csv", &format!("UserID\nd1\n{long}\nd2\n\"bad\n"));
    let out = emu
        .cmd(&sb)
        .args(["--dry-run", "account", "import", "--file"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("users.csv:3: ") && stderr.contains("users.csv:5: "),
        "{stderr}"
    );
    assert!(
        stderr.contains("4 row(s) read, 2 would be sent in 1 request(s), 2 with problems"),
        "{stderr}"
    );
    assert_eq!(
        emu.account_statuses(&sb, &["d1", "d2"]),
        ["NotImported", "NotImported"]
    );
    assert!(!sb.path().join("users.csv.imctl-checkpoint").exists());
}

#[test]
fn deleting_an_absent_account_is_not_a_deletion_unless_ignored() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let out = emu
        .cmd(&sb)
        .args(["account", "import", "here"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = emu
        .cmd(&sb)
        .args(["--yes", "account", "delete", "here", "ghost", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let summary = stdout_json(&out);
    assert_eq!(
        (summary["Succeeded"].as_u64(), summary["Failed"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(summary["Failures"][0]["UserID"], "ghost");
    assert_eq!(summary["Failures"][0]["ErrorCode"], 70107);
    assert!(text(&out.stderr).contains("ghost: ErrorCode 70107"));
    let out = emu
        .cmd(&sb)
        .args([
            "--yes",
            "account",
            "delete",
            "ghost",
            "--ignore-missing",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    // an absent account is not counted as deleted, even when accepted
    let summary = stdout_json(&out);
    assert_eq!(
        (
            summary["Succeeded"].as_u64(),
            summary["AlreadyDone"].as_u64()
        ),
        (Some(0), Some(1))
    );
}

#[test]
fn summary_shapes() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let input = sb.file("users.csv", "UserID,Nick\ns1,One\n,Empty\n");
    let failures = sb.path().join("failed.csv");
    let out = import(
        &emu,
        &sb,
        &input,
        &["-o", "json", "--failures", failures.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(6));
    let mut import_summary = stdout_json(&out);
    redact_volatile(&mut import_summary, &["Seconds", "FailuresFile"]);
    let out = emu
        .cmd(&sb)
        .args(["--yes", "account", "delete", "s1", "-o", "json"])
        .output()
        .unwrap();
    let mut delete_summary = stdout_json(&out);
    redact_volatile(&mut delete_summary, &["Seconds"]);
    let shapes = serde_json::json!({"import": import_summary, "delete": delete_summary});
    assert_snapshot(
        "bulk-summaries.json",
        &format!("{}\n", serde_json::to_string_pretty(&shapes).unwrap()),
    );
}

/// Starts `args` and waits (up to 10 s) for `checkpoint` to appear.
fn start_until_checkpoint(
    cmd: &mut std::process::Command,
    checkpoint: &Path,
) -> std::process::Child {
    let child = cmd
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !checkpoint.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

#[test]
fn resume_refuses_a_rewritten_input_of_the_same_size_and_mtime() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &["--throttle", "--latency", "20"]);
    let csv: String = std::iter::once("UserID\n".to_string())
        .chain((0..20_000).map(|i| format!("r{i:05}\n")))
        .collect();
    let input = sb.file("users.csv", &csv);
    let checkpoint = sb.path().join("users.csv.imctl-checkpoint");
    let mut cmd = emu.std_cmd(&sb);
    cmd.args(["account", "import", "--file"]).arg(&input);
    let mut child = start_until_checkpoint(&mut cmd, &checkpoint);
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(checkpoint.exists());
    let mtime = std::fs::metadata(&input).unwrap().modified().unwrap();
    std::fs::write(&input, csv.replace("r00001", "x00001")).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&input)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    let out = import(&emu, &sb, &input, &["--resume"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("changed since the checkpoint"),
        "{}",
        text(&out.stderr)
    );
    // --resume with stdin is refused; --resume without a checkpoint starts over with a note.
    let out = emu
        .cmd(&sb)
        .args(["account", "import", "--resume", "--file", "-"])
        .write_stdin("UserID\na\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let fresh = sb.file("fresh.csv", "UserID\nf1\n");
    let out = import(&emu, &sb, &fresh, &["--resume"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("nothing to resume"));
}

#[test]
fn export_resumes_into_the_same_file() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &["--latency", "15"]);
    let n = 3000;
    let csv: String = std::iter::once("UserID,Nick\n".to_string())
        .chain((0..n).map(|i| format!("e{i:04},N{i}\n")))
        .collect();
    let input = sb.file("users.csv", &csv);
    let out = import(&emu, &sb, &input, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let export = sb.path().join("profiles.csv");
    let checkpoint = sb.path().join("users.csv.imctl-checkpoint");
    let mut cmd = emu.std_cmd(&sb);
    cmd.args([
        "account",
        "export",
        "--field",
        "Tag_Profile_IM_Nick",
        "--concurrency",
        "1",
    ])
    .args(["--file"])
    .arg(&input)
    .arg("--out")
    .arg(&export);
    let mut child = start_until_checkpoint(&mut cmd, &checkpoint);
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!export.exists(), "a crash leaves only the .partial");
    assert!(sb.path().join("profiles.csv.partial").exists());
    let out = emu
        .cmd(&sb)
        .args([
            "account",
            "export",
            "--field",
            "Tag_Profile_IM_Nick",
            "--resume",
            "--file",
        ])
        .arg(&input)
        .arg("--out")
        .arg(&export)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(&export).unwrap();
    let expected: String = std::iter::once("UserID,Tag_Profile_IM_Nick\n".to_string())
        .chain((0..n).map(|i| format!("e{i:04},N{i}\n")))
        .collect();
    assert_eq!(written, expected);
    assert!(!checkpoint.exists());
    // Missing accounts in an export: reported with their code, exit 6, not in the data.
    let out = emu
        .cmd(&sb)
        .args([
            "account",
            "export",
            "e0001",
            "ghost",
            "--field",
            "Tag_Profile_IM_Nick",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert_eq!(text(&out.stdout), "UserID,Tag_Profile_IM_Nick\ne0001,N1\n");
    assert!(
        text(&out.stderr).contains("ghost: ErrorCode 40003"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_failures_file_reimports_as_is() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let long = "y".repeat(40);
    let input = sb.file("users.csv", &format!("UserID,Nick\nfine,F\n{long},L\n"));
    let failures = sb.path().join("failed.csv");
    let out = import(
        &emu,
        &sb,
        &input,
        &["--failures", failures.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(6));
    let again = sb.path().join("again.csv");
    let out = import(
        &emu,
        &sb,
        &failures,
        &["--failures", again.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let first: Value = Value::String(std::fs::read_to_string(&failures).unwrap());
    let second: Value = Value::String(std::fs::read_to_string(&again).unwrap());
    assert_eq!(first, second, "the failures file reads back to itself");
}

#[test]
fn usersig_gen_from_file_reads_like_every_bulk_command() {
    let sb = Sandbox::new();
    let input = sb.path().join("users.csv");
    // An export-style header, CR line endings, and a line that is not UTF-8.
    std::fs::write(
        &input,
        b"UserID,Tag_Profile_IM_Nick\rsa,A\r\xff\xfe,B\rsb,C\r",
    )
    .unwrap();
    let out = sb
        .cmd()
        .args(["usersig", "gen", "--sdkappid", "1400000000", "--from-file"])
        .arg(&input)
        .env("IMCTL_KEY", crate::common::DEMO_KEY)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let lines: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["identifier"], "sa");
    assert_eq!(lines[1]["line"], 3);
    assert!(lines[1]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(lines[2]["identifier"], "sb");
    assert!(text(&out.stderr).contains("users.csv:3: the line is not UTF-8 text"));
}

#[test]
fn the_summary_of_a_verb_that_writes_is_a_status_line_or_the_json_data() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let input = sb.file("users.csv", "UserID\nalice\nbob\n");
    // human: nothing on stdout, the summary on stderr
    let out = import(&emu, &sb, &input, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "");
    assert!(text(&out.stderr).contains("imported 2 account(s)"));
    // -q silences it
    let out = import(&emu, &sb, &input, &["-q"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(text(&out.stderr), "");
    // -o json: the summary object is the data, on stdout
    let out = import(&emu, &sb, &input, &["-o", "json", "-q"]);
    assert_eq!(stdout_json(&out)["Succeeded"], 2);
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn a_csv_saved_with_a_byte_order_mark_reads_like_any_other() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let input = sb.path().join("bom.csv");
    std::fs::write(&input, b"\xEF\xBB\xBFUserID,Nick\r\nalice,Alice\r\n").unwrap();
    let out = import(&emu, &sb, &input, &["-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(stdout_json(&out)["Succeeded"], 1);
    assert_eq!(emu.account_statuses(&sb, &["alice"]), ["Imported"]);
    // a plain list too: the mark is not part of the first ID
    let list = sb.path().join("bom.txt");
    std::fs::write(&list, b"\xEF\xBB\xBFbob\n").unwrap();
    let out = import(&emu, &sb, &list, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(emu.account_statuses(&sb, &["bob"]), ["Imported"]);
}

#[test]
fn a_missing_input_file_is_exit_2_in_every_command() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let missing = sb.path().join("nosuch.csv");
    let path = missing.to_str().unwrap();
    let commands: [&[&str]; 16] = [
        &["account", "import", "--file", path],
        &["account", "check", "--file", path],
        &["--yes", "account", "delete", "--file", path],
        &["account", "state", "--file", path],
        &["account", "export", "--file", path],
        &["group", "members", "add", "g", "--file", path],
        &["--yes", "group", "members", "remove", "g", "--file", path],
        &["group", "send", "--text", "hi", "--file", path],
        &["--yes", "group", "disband", "--file", path],
        &["usersig", "gen", "--file", path],
        &["message", "send", "--to-file", path, "--text", "hi"],
        &["message", "import", "--file", path],
        &["message", "modify", "a", "b", "1_2_3", "--body", path],
        &[
            "callback",
            "trigger",
            "State.StateChange",
            "--url",
            "http://127.0.0.1:9/",
            "--file",
            path,
        ],
        &["plan", "-f", path],
        &["state", "export", "--groups-file", path],
    ];
    for args in commands {
        let out = emu.cmd(&sb).args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(
            text(&out.stderr).lines().next().unwrap_or_default(),
            format!("error: {path}: No such file or directory"),
            "{args:?}"
        );
        assert_eq!(text(&out.stdout), "", "{args:?}");
    }
}

#[test]
fn progress_off_a_terminal_is_a_plain_line_every_few_seconds_and_quiet_silences_it() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &["--latency", "400"]);
    let ids: Vec<String> = (0..12).map(|i| format!("p{i}")).collect();
    let input = sb.file("users.txt", &(ids.join("\n") + "\n"));
    let args = |quiet: bool| {
        let mut a = vec![
            "account",
            "check",
            "--batch-size",
            "1",
            "--concurrency",
            "1",
        ];
        if quiet {
            a.push("-q");
        }
        a.push("--file");
        a
    };
    // 12 requests of 0.4 s, one at a time: longer than the 3 s between lines
    let out = emu.cmd(&sb).args(args(false)).arg(&input).output().unwrap();
    let stderr = text(&out.stderr);
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("check: ") && l.contains("/12 (")),
        "{stderr}"
    );
    let out = emu.cmd(&sb).args(args(true)).arg(&input).output().unwrap();
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("check: "), "{stderr}");
}

#[test]
fn account_state_detail_is_the_services_array() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let input = sb.file("users.csv", "UserID\nalice\n");
    assert_eq!(import(&emu, &sb, &input, &[]).status.code(), Some(0));
    emu.cmd(&sb)
        .args([
            "emulator",
            "set-status",
            "alice",
            "--platform",
            "iPhone",
            "--status",
            "PushOnline",
        ])
        .assert()
        .success();
    let out = emu
        .cmd(&sb)
        .args(["account", "state", "alice", "--detail", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let rows = stdout_json(&out);
    // the same type as push-check's Detail: an array of the service's objects
    assert_eq!(
        rows[0]["Detail"],
        serde_json::json!([{"Platform": "iPhone", "Status": "PushOnline"}]),
        "{rows}"
    );
    // without --detail the service sends none, and so does imctl
    let out = emu
        .cmd(&sb)
        .args(["account", "state", "alice", "-o", "json"])
        .output()
        .unwrap();
    assert!(stdout_json(&out)[0].get("Detail").is_none());
}

#[test]
fn profile_set_takes_face_url_and_its_old_spelling() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let input = sb.file("users.csv", "UserID\nalice\n");
    assert_eq!(import(&emu, &sb, &input, &[]).status.code(), Some(0));
    for (flag, url) in [
        ("--face-url", "https://a.example/1.png"),
        ("--avatar", "https://a.example/2.png"),
    ] {
        let out = emu
            .cmd(&sb)
            .args(["account", "profile", "set", "alice", flag, url])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{flag}: {}", text(&out.stderr));
        let out = emu
            .cmd(&sb)
            .args([
                "account",
                "profile",
                "get",
                "alice",
                "--field",
                "Tag_Profile_IM_Image",
                "-o",
                "json",
            ])
            .output()
            .unwrap();
        assert_eq!(stdout_json(&out)[0]["Tag_Profile_IM_Image"], url);
    }
}
