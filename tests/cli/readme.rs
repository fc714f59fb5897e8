//! The README and the docs run as written: every ```sh block, top to bottom, in one bash, in an
//! empty directory holding a copy of `examples/`, with the built `imctl` first on PATH and a
//! private config and data dir. The conventions (stated at the top of README.md):
//!
//! - ```sh blocks run; ```text blocks do not (a block of commands there starts with `# template`).
//! - A command expected to fail ends with `# exit N`; any other non-zero exit fails the test.
//! - Long-running commands run in the background (`&`) and are killed at the end.
//!
//! A failure names the file, the line and the command.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::text;

/// The whole README must finish within this, even on a loaded 2-core machine.
const TIME_LIMIT: Duration = Duration::from_secs(240);

/// Fence languages that hold shell: `sh` runs, `text` does not.
const SHELL_LIKE: &[&str] = &["", "bash", "shell", "console", "zsh", "shell-session"];

/// The markdown files whose examples run.
fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    docs.insert(0, root.join("README.md"));
    docs
}

/// The bash text of `md`'s ```sh blocks, every other line blank so that bash's line numbers are
/// the file's; a `# exit N` line checks its command's exit status instead of stopping the run.
/// Errors are fences that break the convention.
fn script_of(name: &str, md: &str) -> Result<String, Vec<String>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    // (language, line of the opening fence, lines of the block so far)
    let mut fence: Option<(String, usize)> = None;
    let mut block_lines: Vec<&str> = Vec::new();
    // The line where the current (backslash-continued) command began.
    let mut command_start: Option<usize> = None;
    for (i, line) in md.lines().enumerate() {
        let number = i + 1;
        let trimmed = line.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            match fence.take() {
                None => {
                    let lang = info.trim().to_string();
                    if SHELL_LIKE.contains(&lang.as_str()) {
                        problems.push(format!(
                            "{name}:{number}: a fence tagged `{lang}`: tag shell examples `sh` (they run) or `text` (not run)"
                        ));
                    }
                    fence = Some((lang, number));
                    block_lines.clear();
                }
                Some((lang, open)) => {
                    if lang == "text" && block_lines.iter().any(|l| l.starts_with("imctl ")) {
                        let first = block_lines.first().map_or("", |l| l.trim());
                        if !first.starts_with("# template") {
                            problems.push(format!(
                                "{name}:{open}: a ```text block of commands must start with a `# template: why` line"
                            ));
                        }
                    }
                }
            }
            out.push(String::new());
            continue;
        }
        match &fence {
            Some((lang, _)) => {
                block_lines.push(line);
                if lang == "sh" {
                    out.push(line.to_string());
                    let start = *command_start.get_or_insert(out.len() - 1);
                    if line.trim_end().ends_with('\\') {
                        continue;
                    }
                    command_start = None;
                    if let Some(code) = expected_exit(line) {
                        // The check goes before the comment, the reset before the command.
                        let at = line.rfind("# exit ").unwrap_or(line.len());
                        let (command, comment) = line.split_at(at);
                        let last = out.len() - 1;
                        out[last] = format!(
                            "{} || __rc=$?; __expect {code} {}  {comment}",
                            command.trim_end(),
                            start + 1
                        );
                        out[start] = format!("__rc=0; {}", out[start]);
                    }
                } else {
                    out.push(String::new());
                }
            }
            None => out.push(String::new()),
        }
    }
    if let Some((_, open)) = fence {
        problems.push(format!("{name}:{open}: a fence that is never closed"));
    }
    if problems.is_empty() {
        Ok(out.join("\n") + "\n")
    } else {
        Err(problems)
    }
}

/// `N` from a trailing `# exit N` (optionally followed by `: why`).
fn expected_exit(line: &str) -> Option<u8> {
    let at = line.rfind("# exit ")?;
    let rest = &line[at + "# exit ".len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = &rest[digits.len()..];
    if digits.is_empty() || !(after.is_empty() || after.starts_with(':') || after.starts_with(' '))
    {
        return None;
    }
    digits.parse().ok()
}

/// What runs before the document: strict mode, the failure report, the `# exit N` check, and
/// background jobs killed at the end however the run ends.
const PRELUDE: &str = r#"set -eE -o pipefail
__rc=0
__expect() {
  if [ "$__rc" != "$1" ]; then
    echo "FAILED $__doc:$2: expected exit $1, got $__rc" >&2; exit 101
  fi
  __rc=0
}
trap 'echo "FAILED $__doc:$LINENO: exit $?: $BASH_COMMAND" >&2; exit 101' ERR
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
trap 'exit 143' TERM
exec 3>"$__trace"
BASH_XTRACEFD=3
PS4='+ $LINENO: '
set -x
source "$__script"
"#;

struct Run {
    ok: bool,
    report: String,
}

/// Runs `md` (named `name` in reports) as its examples say, in a fresh directory.
fn run_markdown(name: &str, md: &str, limit: Duration) -> Run {
    let script = match script_of(name, md) {
        Ok(s) => s,
        Err(problems) => {
            return Run {
                ok: false,
                report: problems.join("\n"),
            }
        }
    };
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("work");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"),
        &work.join("examples"),
    );
    let script_path = dir.path().join("examples.sh");
    std::fs::write(&script_path, &script).unwrap();
    let trace = dir.path().join("trace.log");

    let bin = assert_cmd::cargo::cargo_bin("imctl");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("bash");
    cmd.arg("--noprofile")
        .arg("--norc")
        .arg("-c")
        .arg(PRELUDE)
        .current_dir(&work)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, _) in std::env::vars() {
        if k.starts_with("IMCTL_") || k.to_ascii_lowercase().ends_with("_proxy") {
            cmd.env_remove(k);
        }
    }
    // Anything that tries to leave the machine goes to a closed loopback port instead.
    for proxy in ["HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY"] {
        cmd.env(proxy, "http://127.0.0.1:9");
    }
    cmd.env("NO_PROXY", "127.0.0.1,localhost,::1")
        .env("PATH", path)
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join("xdg-config"))
        .env("XDG_DATA_HOME", dir.path().join("xdg-data"))
        .env("IMCTL_CONFIG", dir.path().join("config.toml"))
        .env("IMCTL_DATA_DIR", dir.path().join("data"))
        .env("NO_COLOR", "1")
        .env("__doc", name)
        .env("__script", &script_path)
        .env("__trace", &trace);
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let mut child = cmd.spawn().unwrap();
    let (mut stdout, mut stderr) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        s
    });
    let started = Instant::now();
    let (status, timed_out) = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break (status, false);
        }
        if started.elapsed() > limit {
            // Bash and whatever it started, each by its own id.
            kill_group_members(child.id());
            break (child.wait().unwrap(), true);
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    // Whatever the script left behind in its group (a background job of a failed run).
    kill_group_members(child.id());
    let stdout = text(&out_reader.join().unwrap());
    let stderr = text(&err_reader.join().unwrap());
    let last_traced = std::fs::read_to_string(&trace)
        .unwrap_or_default()
        .lines()
        .rev()
        // `++ `: a command of the sourced document itself (the prelude is `+`, functions `+++`).
        .find_map(|l| l.strip_prefix("++ ").map(str::to_string))
        .unwrap_or_default();
    let failure = stderr.lines().find(|l| l.starts_with("FAILED ")).map(|l| {
        let line: usize = l
            .split(':')
            .nth(1)
            .and_then(|n| n.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let source = md.lines().nth(line.wrapping_sub(1)).unwrap_or("").trim();
        format!("{l}\n  the line: {source}")
    });
    let ok = status.success() && !timed_out;
    let headline = if timed_out {
        format!(
            "{name}: still running after {} s; last command started: {name}:{last_traced}",
            limit.as_secs()
        )
    } else if let Some(f) = failure {
        f
    } else {
        format!("{name}: bash ended with {status}")
    };
    Run {
        ok,
        report: format!(
            "{headline}\n--- stderr (last 40 lines)\n{}\n--- stdout (last 20 lines)\n{}",
            tail(&stderr, 40),
            tail(&stdout, 20)
        ),
    }
}

/// Kills, one positive id at a time, the processes whose process group is `pgid` (the bash this
/// test started with `process_group(0)`, and its jobs). Never a negative id: that is a group, or
/// with some `kill` builds every process.
fn kill_group_members(pgid: u32) {
    if pgid <= 1 || pgid == std::process::id() {
        return;
    }
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return;
    };
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses.
        let Some(after) = stat.rsplit_once(')').map(|(_, rest)| rest) else {
            continue;
        };
        let pgrp = after
            .split_whitespace()
            .nth(2)
            .and_then(|g| g.parse::<u32>().ok());
        if pgrp == Some(pgid) && pid != 0 {
            let _ = Command::new("kill")
                .args(["-s", "KILL", "--", &pid.to_string()])
                .stderr(Stdio::null())
                .status();
        }
    }
}

fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn relative(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn every_shell_example_in_the_readme_and_docs_runs_as_written() {
    for doc in documents() {
        let name = relative(&doc);
        let md = std::fs::read_to_string(&doc).unwrap();
        let run = run_markdown(&name, &md, TIME_LIMIT);
        assert!(run.ok, "{}", run.report);
    }
}

#[test]
fn the_readme_has_runnable_examples_of_every_tree() {
    let md =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let script = script_of("README.md", &md).unwrap();
    for tree in [
        "usersig",
        "account",
        "group",
        "emulator",
        "callback",
        "push-check",
        "app",
        "logs",
    ] {
        let needle = format!("imctl {tree} ");
        assert!(
            script.lines().any(|l| l.contains(&needle)),
            "no runnable `{needle}` example in README.md"
        );
    }
}

#[test]
fn a_failing_command_is_reported_with_its_file_line_and_text() {
    let md = "# t\n\n```sh\ntrue\nimctl account check --nope\ntrue\n```\n";
    let run = run_markdown("T.md", md, TIME_LIMIT);
    assert!(!run.ok);
    assert!(
        run.report.contains("FAILED T.md:5: exit 2"),
        "{}",
        run.report
    );
    assert!(
        run.report.contains("the line: imctl account check --nope"),
        "{}",
        run.report
    );
}

#[test]
fn an_expected_exit_is_checked_both_ways() {
    let md = "```sh\nimctl account check --nope   # exit 2\n```\n";
    assert!(run_markdown("T.md", md, TIME_LIMIT).ok);
    let md = "```sh\nimctl usersig gen --help > /dev/null   # exit 2\n```\n";
    let run = run_markdown("T.md", md, TIME_LIMIT);
    assert!(!run.ok);
    assert!(
        run.report.contains("T.md:2: expected exit 2, got 0"),
        "{}",
        run.report
    );
    // On a continued command the check covers the whole command.
    let md = "```sh\nimctl account check \\\n  --nope   # exit 2: no such flag\n```\n";
    assert!(run_markdown("T.md", md, TIME_LIMIT).ok);
}

#[test]
fn text_blocks_do_not_run_and_commands_in_them_say_they_are_templates() {
    let md = "```text\n# template: needs your key\nimctl account check --nope\n```\n";
    assert!(run_markdown("T.md", md, TIME_LIMIT).ok);
    let md = "```text\nimctl account check alice\n```\n";
    let run = run_markdown("T.md", md, TIME_LIMIT);
    assert!(!run.ok);
    assert!(
        run.report.contains("T.md:1: a ```text block of commands"),
        "{}",
        run.report
    );
    for fence in ["```", "```bash", "```console"] {
        let md = format!("{fence}\nimctl account check alice\n```\n");
        let run = run_markdown("T.md", &md, TIME_LIMIT);
        assert!(
            run.report.contains("tag shell examples `sh`"),
            "{}",
            run.report
        );
    }
}

#[test]
fn a_run_past_the_time_limit_is_stopped_and_names_the_command() {
    // A duration of this process's own, so another test run on the machine cannot be taken
    // for a job this one left behind.
    let job = format!("29.{:07}", std::process::id());
    let md = format!("```sh\nsleep {job} &\nsleep 0.5\nsleep 30\n```\n");
    let started = Instant::now();
    let run = run_markdown("T.md", &md, Duration::from_secs(3));
    assert!(!run.ok);
    assert!(started.elapsed() < Duration::from_secs(20));
    assert!(
        run.report.contains("still running after 3 s"),
        "{}",
        run.report
    );
    assert!(run.report.contains("T.md:4: sleep 30"), "{}", run.report);
    // The background job went with it.
    let left: Vec<_> = std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter(|e| {
            std::fs::read(e.path().join("cmdline"))
                .is_ok_and(|c| c == format!("sleep\0{job}\0").as_bytes())
        })
        .collect();
    assert!(left.is_empty(), "a background job outlived the run");
}

#[test]
fn the_blocks_share_one_shell_in_a_private_directory() {
    let md = "```sh\nexport N=42\ncd examples\n```\n\n```sh\ntest \"$N\" = 42\ntest -f demo.key\ntest \"$HOME\" != /root\ntest -n \"$IMCTL_CONFIG\"\n```\n";
    let run = run_markdown("T.md", md, TIME_LIMIT);
    assert!(run.ok, "{}", run.report);
}

#[test]
fn expected_exit_reads_the_trailing_comment() {
    assert_eq!(expected_exit("imctl x   # exit 6"), Some(6));
    assert_eq!(
        expected_exit("imctl x   # exit 1: alice is offline"),
        Some(1)
    );
    assert_eq!(expected_exit("imctl x   # exits when done"), None);
    assert_eq!(expected_exit("imctl x"), None);
}
