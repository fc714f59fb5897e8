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
    assert!(text(&out.stdout).contains("--file users.txt"));
    assert!(
        !text(&out.stdout).contains("--from-file"),
        "the old spelling is hidden"
    );
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

/// Every command of the tree, built as the binary parses it (global options propagated),
/// with its path (`imctl account kick`), rendered at 80 columns.
fn every_command() -> Vec<(String, clap::Command)> {
    fn walk(cmd: &clap::Command, path: &str, all: &mut Vec<(String, clap::Command)>) {
        let path = format!("{path} {}", cmd.get_name()).trim().to_string();
        all.push((path.clone(), cmd.clone()));
        for child in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
            walk(child, &path, all);
        }
    }
    let mut root = imctl::cli::command().term_width(80);
    root.build();
    let mut all = Vec::new();
    walk(&root, "", &mut all);
    all
}

/// The lines of the `Examples:` block of a help text (up to the next blank line).
fn example_lines(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| l.trim() != "Examples:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// What is wrong with one command's examples, if anything: none at all; a line that is
/// neither a `# comment` nor a command (clap wrapped it, or it is sample output); a trailing
/// `(comment)`, a bash syntax error when pasted.
fn example_problems(path: &str, raw: &str, rendered: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let lines = example_lines(rendered);
    if !lines.iter().any(|l| l.contains("imctl ")) {
        problems.push(format!("{path}: no example command"));
    }
    let mut continued = false;
    for line in &lines {
        let t = line.trim();
        let assignment = t.split_once('=').is_some_and(|(name, _)| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_')
        });
        let is_command = t.contains("imctl") || t.starts_with("export ") || assignment || continued;
        if !t.starts_with('#') && !is_command {
            problems.push(format!("{path}: not a command or a # comment: {t:?}"));
        }
        if !t.starts_with('#') && t.ends_with(')') && t.contains("  (") {
            problems.push(format!("{path}: trailing (comment): {t:?}"));
        }
        continued = !t.starts_with('#') && t.ends_with('\\');
    }
    // Nothing was wrapped: the block is the text as written.
    if lines != example_lines(raw) {
        problems.push(format!("{path}: an example is wrapped at 80 columns"));
    }
    problems
}

/// Every leaf has examples that paste cleanly into bash at 80 columns; every other command's
/// examples follow the same rules.
#[test]
fn every_example_pastes_cleanly() {
    let mut problems = Vec::new();
    for (path, mut cmd) in every_command() {
        let leaf = !cmd.has_subcommands();
        for long in [false, true] {
            let raw = if long {
                cmd.get_after_long_help().or(cmd.get_after_help())
            } else {
                cmd.get_after_help()
            }
            .map(|h| h.to_string())
            .unwrap_or_default();
            if !leaf && !raw.contains("Examples:") {
                continue;
            }
            let rendered = if long {
                cmd.render_long_help()
            } else {
                cmd.render_help()
            };
            problems.extend(example_problems(&path, &raw, &rendered.to_string()));
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_example_rules_catch_what_they_say() {
    let ok =
        "Examples:\n  # a comment\n  imctl app list\n  imctl app ids \\\n    --secret-id-env X\n";
    assert!(example_problems("x", ok, ok).is_empty());
    let trailing = "Examples:\n  imctl app show   (the current profile)\n";
    assert_eq!(example_problems("x", trailing, trailing).len(), 1);
    let wrapped = "Examples:\n  imctl app add prod --sdkappid 1\n  --region singapore\n";
    let raw = "Examples:\n  imctl app add prod --sdkappid 1 --region singapore\n";
    assert_eq!(example_problems("x", raw, wrapped).len(), 2);
    assert_eq!(example_problems("x", "", "").len(), 1);
}

/// The long flags of the global options.
fn global_flags() -> Vec<String> {
    use clap::CommandFactory;
    imctl::cli::Cli::command()
        .get_arguments()
        .filter(|a| a.is_global_set())
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .collect()
}

/// A help page shows its own options and one line about the global options (not 28 lines of
/// them); `imctl help globals` lists them all, `--region` with every region of the table.
#[test]
fn help_pages_point_at_the_global_options_in_one_line() {
    let globals = global_flags();
    assert!(globals.len() > 10, "{globals:?}");
    for (path, mut cmd) in every_command() {
        if path == "imctl globals" {
            continue;
        }
        for help in [cmd.render_help(), cmd.render_long_help()] {
            let help = help.to_string();
            let about_globals = help
                .lines()
                .filter(|l| l.to_lowercase().contains("global option"))
                .filter(|l| !l.trim_start().starts_with("globals "))
                .count();
            assert!(about_globals <= 1, "{path}: {help}");
            // The options part: the text below (examples, notes) may well name one.
            let options = help.split("imctl help globals").next().unwrap_or_default();
            for line in options.lines().map(str::trim_start) {
                assert!(
                    !globals
                        .iter()
                        .any(|g| line.split([' ', ',', '=']).next() == Some(g)),
                    "{path} lists a global option: {line}"
                );
            }
        }
    }
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["account", "kick", "--help"])
        .output()
        .unwrap();
    let help = text(&out.stdout);
    assert!(help.contains("imctl help globals"), "{help}");
    assert!(!help.contains("--sdkappid"), "{help}");
    for args in [&["help", "globals"][..], &["globals"]] {
        let out = sb.cmd().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        let help = text(&out.stdout);
        for flag in &globals {
            assert!(
                help.contains(flag.as_str()),
                "{args:?} misses {flag}: {help}"
            );
        }
        let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
        for region in imctl::domain::region::REGIONS {
            assert!(
                flat.contains(&format!("{} ({})", region.name, region.short)),
                "--region help misses {}: {help}",
                region.name
            );
        }
    }
}
