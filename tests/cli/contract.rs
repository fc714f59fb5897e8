//! The global command contract: help, exit codes, secrets.

use crate::common::{text, Sandbox, DEMO_KEY};

#[test]
fn help_documents_exit_codes_and_examples() {
    let sb = Sandbox::new();
    let out = sb.cmd().arg("--help").output().unwrap();
    assert!(out.status.success());
    let help = text(&out.stdout);
    for needle in [
        "Exit codes:",
        "130  interrupted",
        "Examples:",
        "usersig",
        "push-check",
        "emulator",
    ] {
        assert!(help.contains(needle), "missing {needle:?} in --help");
    }
    let out = sb
        .cmd()
        .args(["usersig", "gen", "--help"])
        .output()
        .unwrap();
    assert!(text(&out.stdout).contains("--from-file users.txt"));
    let out = sb.cmd().arg("--version").output().unwrap();
    assert!(text(&out.stdout).starts_with("imctl "));
}

#[test]
fn global_flags_work_before_and_after_the_subcommand() {
    let sb = Sandbox::new();
    let key = sb.key_file();
    let before = sb
        .cmd()
        .args(["--sdkappid", "1400000000", "--key-file"])
        .arg(&key)
        .args([
            "-o",
            "json",
            "usersig",
            "gen",
            "--user",
            "a",
            "--time",
            "1700000000",
        ])
        .output()
        .unwrap();
    let after = sb
        .cmd()
        .args([
            "usersig",
            "gen",
            "--user",
            "a",
            "--time",
            "1700000000",
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(&key)
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert!(before.status.success() && after.status.success());
    assert_eq!(before.stdout, after.stdout);
}

#[test]
fn the_key_never_reaches_stderr_or_non_data_output() {
    let sb = Sandbox::new();
    let key = sb.key_file();
    let long_user = "b".repeat(40);
    let runs = [
        vec![
            "app",
            "add",
            "p",
            "--sdkappid",
            "1400000000",
            "--key-file",
            key.to_str().unwrap(),
        ],
        vec!["app", "show", "p"],
        vec!["app", "show", "p", "-o", "json"],
        vec!["app", "list", "-o", "csv"],
        vec!["-vv", "usersig", "gen", "--user", "a"],
        vec!["usersig", "verify", "--user", "a", "--sig", "garbage"],
        vec!["usersig", "gen", "--user", &long_user],
    ];
    for args in runs {
        let out = sb.cmd().args(&args).output().unwrap();
        for stream in [&out.stdout, &out.stderr] {
            assert!(!text(stream).contains(DEMO_KEY), "{args:?} leaked the key");
            assert!(
                !text(stream).contains(&DEMO_KEY[..16]),
                "{args:?} leaked part of the key"
            );
        }
    }
}

/// The documented `usersig gen -o json` shape, snapshotted (lowercase keys: they mirror the
/// UserSig document's own fields), and the same with its volatile part redacted.
#[test]
fn usersig_gen_json_shape_is_snapshotted() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["usersig", "gen", "--sdkappid", "1400000000", "--key-file"])
        .arg(sb.key_file())
        .args(["--user", "alice", "--time", "1700000000", "--expire", "30d"])
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut value = crate::common::stdout_json(&out);
    crate::common::redact_volatile(&mut value, &["usersig"]);
    crate::common::assert_snapshot(
        "usersig-gen.json",
        &serde_json::to_string_pretty(&value).unwrap(),
    );
}

/// Every leaf of the command tree shows at least one example in its help (`after_help`).
#[test]
fn every_leaf_command_has_an_example() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        let path = format!("{path} {}", cmd.get_name());
        let children: Vec<&clap::Command> = cmd
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .collect();
        if children.is_empty() {
            let help = cmd
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            if !help.contains("Example") {
                missing.push(path.trim().to_string());
            }
        }
        for child in children {
            walk(child, &path, missing);
        }
    }
    let root = imctl::cli::Cli::command();
    let mut missing = Vec::new();
    for child in root.get_subcommands() {
        walk(child, "imctl", &mut missing);
    }
    assert!(
        missing.is_empty(),
        "leaf commands without an example: {missing:#?}"
    );
}

/// Global options come under their own heading, after the command's own options, and
/// `--region` lists every region of the client's table.
#[test]
fn global_options_have_their_own_heading_and_regions_are_all_listed() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["account", "mute", "--help"])
        .output()
        .unwrap();
    let help = text(&out.stdout);
    let own = help.find("\nOptions:").expect("an Options heading");
    let global = help
        .find("\nGlobal options:")
        .expect("a Global options heading");
    assert!(own < global, "{help}");
    assert!(help[own..global].contains("--show"), "{help}");
    assert!(!help[own..global].contains("--sdkappid"), "{help}");
    assert!(help[global..].contains("--sdkappid"), "{help}");
    let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
    for region in imctl::domain::region::REGIONS {
        assert!(
            flat.contains(&format!("{} ({})", region.name, region.short)),
            "--region help misses {}: {help}",
            region.name
        );
    }
}
