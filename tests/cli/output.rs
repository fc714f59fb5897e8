//! What users see (issue §5): data on stdout and nothing else, `-q`, control characters
//! escaped for terminals but exact in JSON, per-item failures, and the JSON shapes of the
//! account verbs that are not bulk (snapshotted; documented in docs/OUTPUT.md).

use std::io::{Read, Write};
use std::net::TcpListener;

use serde_json::Value;

use crate::common::{assert_snapshot, stdout_json, text, Emulator, Sandbox, DEMO_KEY};

const NASTY_NICK: &str = "A\u{1b}[2J\u{9b}Z\nB\u{202e}";

fn run(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> std::process::Output {
    emu.cmd(sb).args(args).output().unwrap()
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap() + "\n"
}

#[test]
fn control_characters_are_escaped_for_people_and_exact_in_json() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let out = run(
        &emu,
        &sb,
        &["account", "import", "alice", "--nick", NASTY_NICK],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let nick = ["--field", "Tag_Profile_IM_Nick"];
    for format in ["table", "text"] {
        let out = run(
            &emu,
            &sb,
            &[
                &["account", "profile", "get", "alice", "-o", format],
                &nick[..],
            ]
            .concat(),
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        let shown = text(&out.stdout);
        assert!(
            shown.contains(r"A\u{1b}[2J\u{9b}Z\nB\u{202e}"),
            "{format}: {shown}"
        );
        for raw in ['\u{1b}', '\u{9b}', '\u{202e}'] {
            assert!(
                !shown.contains(raw),
                "{format} let {raw:?} through: {shown:?}"
            );
        }
    }
    let out = run(
        &emu,
        &sb,
        &[
            &["account", "profile", "get", "alice", "-o", "json"],
            &nick[..],
        ]
        .concat(),
    );
    assert_eq!(stdout_json(&out)[0]["Tag_Profile_IM_Nick"], NASTY_NICK);
}

/// A one-request loopback server answering `body` (HTTP 200), for answers no emulator gives.
fn answer_once(body: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            stream
                .set_read_timeout(Some(std::time::Duration::from_secs(5)))
                .unwrap();
            let mut seen = Vec::new();
            let mut buf = [0u8; 4096];
            // Read the head and the (small) JSON body: up to the closing brace.
            while !(seen.windows(4).any(|w| w == b"\r\n\r\n") && seen.ends_with(b"}")) {
                match stream.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => seen.extend_from_slice(&buf[..n]),
                }
            }
            let answer = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(answer.as_bytes());
        }
    });
    url
}

#[test]
fn server_text_in_errors_and_verbose_lines_is_escaped_and_secrets_redacted() {
    let sb = Sandbox::new();
    let url = answer_once(
        "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":70107,\"ErrorInfo\":\"gone\\u001b]0;pwned\\u0007\\nerror: forged\",\"UserSig\":\"eJxSERVERSIG\",\"Token\":\"t0ken-value\"}",
    );
    let out = sb
        .cmd()
        .args(["--endpoint", &url, "--sdkappid", "1400000000", "--key-file"])
        .arg(sb.key_file())
        .args(["-vv", "account", "kick", "alice"])
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty(), "a failed kick prints no data");
    let stderr = text(&out.stderr);
    for raw in ['\u{1b}', '\u{7}'] {
        assert!(
            !stderr.contains(raw),
            "{raw:?} reached the terminal: {stderr:?}"
        );
    }
    assert!(
        stderr.contains(r"ErrorCode 70107: gone\u{1b}]0;pwned\u{7}\nerror: forged"),
        "{stderr}"
    );
    assert!(
        !stderr.lines().any(|l| l.starts_with("error: forged")),
        "a server message forged a line: {stderr}"
    );
    // -vv shows the bodies, with the UserSig, tokens and the key redacted.
    assert!(stderr.contains("response: {"), "{stderr}");
    for secret in ["eJxSERVERSIG", "t0ken-value", DEMO_KEY] {
        assert!(!stderr.contains(secret), "{secret} leaked: {stderr}");
    }
}

#[test]
fn missing_accounts_are_reported_one_by_one_and_exit_6() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    assert!(run(&emu, &sb, &["account", "import", "alice"])
        .status
        .success());
    let nick = ["--field", "Tag_Profile_IM_Nick"];
    let out = run(
        &emu,
        &sb,
        &[
            &["account", "profile", "get", "alice", "ghost", "-o", "json"],
            &nick[..],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let rows = stdout_json(&out);
    assert_eq!(rows.as_array().unwrap().len(), 1, "the others are printed");
    assert_eq!(rows[0]["UserID"], "alice");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("ghost: ErrorCode 40003: Err_Profile_Account_Not_Exist"),
        "{stderr}"
    );
    assert!(stderr.contains("1 of 2 item(s) failed"), "{stderr}");

    // Nothing read at all: no data, in any format; the errors still show under -q.
    for format in ["json", "table", "csv", "text"] {
        let out = run(
            &emu,
            &sb,
            &[
                "-q", "account", "profile", "get", "ghost", "nobody", "-o", format,
            ],
        );
        assert_eq!(out.status.code(), Some(6), "{format}");
        assert!(out.stdout.is_empty(), "{format}: {}", text(&out.stdout));
        let stderr = text(&out.stderr);
        assert!(stderr.contains("ghost: ErrorCode 40003"), "{stderr}");
        assert!(stderr.contains("nobody: ErrorCode 40003"), "{stderr}");
    }
}

#[test]
fn status_goes_to_stderr_and_quiet_leaves_only_errors() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    assert!(run(&emu, &sb, &["account", "import", "alice"])
        .status
        .success());
    for args in [
        vec!["account", "kick", "alice"],
        vec!["account", "mute", "alice", "--c2c", "1h"],
        vec!["account", "profile", "set", "alice", "--nick", "Al"],
    ] {
        let out = run(&emu, &sb, &args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        assert!(out.stdout.is_empty(), "{args:?}: {}", text(&out.stdout));
        assert!(!out.stderr.is_empty(), "{args:?} says what it did");
        let quiet = run(&emu, &sb, &[&["-q"], &args[..]].concat());
        assert!(quiet.status.success());
        assert!(
            quiet.stdout.is_empty() && quiet.stderr.is_empty(),
            "{args:?}"
        );
    }
    let out = run(&emu, &sb, &["-q", "account", "kick", "ghost"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("70107"), "errors survive -q");
}

/// The JSON shapes of kick, mute and profile (docs/OUTPUT.md), snapshotted.
#[test]
fn account_json_shapes_are_snapshotted() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    assert!(run(
        &emu,
        &sb,
        &["account", "import", "alice", "--nick", "Alice"]
    )
    .status
    .success());
    let json = |args: &[&str]| {
        let out = run(&emu, &sb, &[args, &["-o", "json"][..]].concat());
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        stdout_json(&out)
    };
    assert_snapshot(
        "account-profile-set.json",
        &pretty(&json(&[
            "account", "profile", "set", "alice", "--gender", "female", "--level", "3",
        ])),
    );
    assert_snapshot(
        "account-profile-get.json",
        &pretty(&json(&["account", "profile", "get", "alice"])),
    );
    assert_snapshot(
        "account-mute-set.json",
        &pretty(&json(&[
            "account", "mute", "alice", "--c2c", "forever", "--group", "0",
        ])),
    );
    assert_snapshot(
        "account-mute-show.json",
        &pretty(&json(&["account", "mute", "alice", "--show"])),
    );
    assert_snapshot(
        "account-kick.json",
        &pretty(&json(&["account", "kick", "alice"])),
    );
}

/// The `usersig verify|decode` and `app` shapes of docs/OUTPUT.md, snapshotted.
#[test]
fn usersig_and_app_json_shapes_are_snapshotted() {
    let sb = Sandbox::new();
    let key = sb.key_file();
    let imctl = |args: &[&str]| {
        let out = sb
            .cmd()
            .args(["--sdkappid", "1400000000", "--key-file"])
            .arg(&key)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.code().is_some_and(|c| c <= 1),
            "{args:?}: {}",
            text(&out.stderr)
        );
        out
    };
    let sig = text(
        &imctl(&[
            "usersig",
            "gen",
            "--user",
            "alice",
            "--time",
            "1700000000",
            "--expire",
            "30d",
        ])
        .stdout,
    );
    let sig = sig.trim();
    // Expired long ago whatever today is: the verdict is stable.
    let verify = imctl(&[
        "usersig", "verify", "--user", "alice", "--sig", sig, "-o", "json",
    ]);
    assert_eq!(verify.status.code(), Some(1));
    assert_snapshot("usersig-verify.json", &pretty(&stdout_json(&verify)));
    let decode = imctl(&["usersig", "decode", sig, "-o", "json"]);
    assert_snapshot("usersig-decode.json", &pretty(&stdout_json(&decode)));

    let mut shapes = Vec::new();
    for args in [
        &["--dry-run", "app", "add", "prod", "-o", "json"][..],
        &["app", "add", "prod"],
        &["--dry-run", "app", "use", "prod", "-o", "json"],
        &["--dry-run", "app", "remove", "prod", "-o", "json"],
        &["app", "list", "-o", "json"],
        &["app", "show", "prod", "-o", "json"],
    ] {
        let out = imctl(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        if out.stdout.is_empty() {
            continue;
        }
        let mut value = stdout_json(&out);
        crate::common::redact_volatile(&mut value, &["config"]);
        shapes.push(serde_json::json!({"args": args.join(" "), "stdout": value}));
    }
    assert_eq!(shapes.len(), 5, "app add prints no data");
    assert_snapshot("app-profiles.json", &pretty(&Value::Array(shapes)));
}

/// Every leaf's path in the command tree (`["account", "kick"]`), as the binary parses it.
fn leaf_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: &[String], all: &mut Vec<Vec<String>>) {
        let children: Vec<&clap::Command> = cmd
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .collect();
        if children.is_empty() {
            all.push(path.to_vec());
        }
        for child in children {
            let mut path = path.to_vec();
            path.push(child.get_name().to_string());
            walk(child, &path, all);
        }
    }
    let mut all = Vec::new();
    walk(&imctl::cli::command(), &[], &mut all);
    all
}

/// `-o` takes a format name on every leaf: anything else is exit 2, and a value that looks
/// like a file names `--out PATH`, the flag that writes one.
#[test]
fn every_leaf_refuses_an_unknown_output_format_with_exit_2() {
    let leaves = leaf_paths();
    assert!(leaves.len() > 40, "{leaves:?}");
    for path in &leaves {
        for (value, needle) in [("nonsense", "nonsense"), ("report.csv", "--out PATH")] {
            let args = [
                &["imctl".to_string()],
                &path[..],
                &["-o".into(), value.into()],
            ]
            .concat();
            let err = imctl::cli::parse_from(&args).expect_err(&format!("{args:?}"));
            assert_eq!(err.exit_code(), 2, "{args:?}");
            assert!(err.to_string().contains(needle), "{args:?}: {err}");
        }
    }
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["account", "kick", "alice", "--output", "kicked.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains("use --out PATH"),
        "{}",
        text(&out.stderr)
    );
}

/// One row of the output contract of a command that changes something: what it needs first
/// (run before each mode) and its arguments.
struct Mutation {
    setup: &'static [&'static [&'static str]],
    args: &'static [&'static str],
}

const fn row(args: &'static [&'static str]) -> Mutation {
    Mutation { setup: &[], args }
}

/// The mutating commands under the contract. Add one row per new verb. (`group send` is not
/// here: each group's `MsgSeq`/`MsgTime` is data, printed on stdout like any read.)
const MUTATIONS: &[Mutation] = &[
    row(&["account", "import", "alice"]),
    row(&["account", "kick", "alice"]),
    row(&["account", "mute", "alice", "--c2c", "1h"]),
    row(&["account", "profile", "set", "alice", "--nick", "Al"]),
    Mutation {
        setup: &[&["account", "import", "dave"]],
        args: &["account", "delete", "dave", "--yes"],
    },
    row(&["group", "modify", "team-a", "--notice", "hi"]),
    row(&["group", "members", "add", "team-a", "bob"]),
    row(&["group", "members", "role", "team-a", "bob", "Admin"]),
    row(&[
        "group",
        "members",
        "mute",
        "team-a",
        "bob",
        "--duration",
        "1m",
    ]),
    Mutation {
        setup: &[&["group", "members", "add", "team-a", "carol"]],
        args: &["group", "members", "remove", "team-a", "carol", "--yes"],
    },
    row(&["group", "notify", "team-a", "--text", "hi"]),
    row(&["message", "read", "alice", "bob"]),
    Mutation {
        setup: &[&[
            "group", "create", "--name", "D", "--owner", "alice", "--id", "doomed",
        ]],
        args: &["group", "disband", "doomed", "--yes"],
    },
    row(&["group", "purge", "team-a", "--sender", "bob", "--yes"]),
    Mutation {
        setup: &[&["group", "send", "team-a", "--text", "hi"]],
        args: &["group", "modify-msg", "team-a", "1", "--text", "edited"],
    },
    row(&[
        "group",
        "members",
        "ban",
        "live-a",
        "bob",
        "--duration",
        "1m",
        "--yes",
    ]),
    row(&["group", "members", "unban", "live-a", "bob"]),
    row(&["group", "attr", "set", "team-a", "k=v"]),
    row(&["group", "attr", "clear", "team-a", "--yes"]),
    row(&["group", "counter", "set", "team-a", "likes=1"]),
    row(&["group", "counter", "delete", "team-a", "likes", "--yes"]),
    row(&["friend", "add", "alice", "bob", "--force-add"]),
    row(&["friend", "update", "alice", "bob", "--remark", "B"]),
    Mutation {
        setup: &[&["friend", "add", "alice", "carol", "--force-add"]],
        args: &["friend", "remove", "alice", "carol", "--yes"],
    },
    row(&["friend", "block", "add", "alice", "carol"]),
    row(&["friend", "block", "remove", "alice", "carol"]),
    row(&["push", "attr-names", "set", "0=city"]),
    Mutation {
        setup: &[&["push", "attr-names", "set", "1=level"]],
        args: &["push", "attrs", "set", "alice", "--attr", "level=gold"],
    },
    row(&[
        "push", "attrs", "remove", "alice", "--attr", "level", "--yes",
    ]),
    row(&["push", "tags", "add", "alice", "--tag", "vip"]),
    row(&["push", "tags", "remove", "alice", "--tag", "vip", "--yes"]),
    row(&["push", "tags", "clear", "alice", "--yes"]),
    row(&["push", "send", "--all", "--text", "hi", "--yes"]),
    row(&[
        "group",
        "import",
        "--file",
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/group-import/groups.jsonl"
        ),
    ]),
    row(&[
        "group",
        "members",
        "import",
        "old-team",
        "--file",
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/group-import/members.csv"
        ),
    ]),
    row(&[
        "group",
        "import-msgs",
        "old-team",
        "--file",
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/group-import/msgs.jsonl"
        ),
    ]),
];

/// What is wrong with one mutating command's output in the three modes, if anything: human
/// mode says what it did on stderr only, `-q` says nothing, `-o json` prints one object.
fn mutation_problems(sb: &Sandbox, m: &Mutation) -> Vec<String> {
    let mut problems = Vec::new();
    for mode in [&[][..], &["-q"], &["-o", "json"]] {
        for setup in m.setup {
            let out = sb.cmd().args(*setup).arg("--sandbox").output().unwrap();
            assert!(out.status.success(), "{setup:?}: {}", text(&out.stderr));
        }
        // Global options after the subcommand, as people type them.
        let out = sb
            .cmd()
            .args(m.args)
            .arg("--sandbox")
            .args(mode)
            .output()
            .unwrap();
        let what = format!("{:?} {mode:?}", m.args);
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        if !out.status.success() {
            problems.push(format!("{what}: exit {:?}: {stderr}", out.status.code()));
            continue;
        }
        match mode {
            [] if !stdout.is_empty() || stderr.is_empty() => {
                problems.push(format!("{what}: stdout {stdout:?}, stderr {stderr:?}"));
            }
            ["-q"] if !stdout.is_empty() || !stderr.is_empty() => {
                problems.push(format!("{what}: stdout {stdout:?}, stderr {stderr:?}"));
            }
            ["-o", "json"]
                if !serde_json::from_str::<Value>(&stdout).is_ok_and(|v| v.is_object()) =>
            {
                problems.push(format!("{what}: stdout is not one JSON object: {stdout:?}"));
            }
            _ => {}
        }
    }
    problems
}

/// The output contract of every mutating command, against `--sandbox`: human mode prints its
/// status on stderr only, `-q` silences it, `-o json` prints the object on stdout.
#[test]
fn mutating_commands_keep_the_output_contract() {
    let sb = Sandbox::new();
    for setup in [
        &["account", "import", "alice"][..],
        &["account", "import", "bob"],
        &["account", "import", "carol"],
        &[
            "group", "create", "--name", "A", "--owner", "alice", "--id", "team-a",
        ],
        &[
            "group",
            "create",
            "--name",
            "L",
            "--type",
            "AVChatRoom",
            "--owner",
            "alice",
            "--id",
            "live-a",
        ],
    ] {
        let out = sb.cmd().arg("--sandbox").args(setup).output().unwrap();
        assert!(out.status.success(), "{setup:?}: {}", text(&out.stderr));
    }
    let problems: Vec<String> = MUTATIONS
        .iter()
        .flat_map(|m| mutation_problems(&sb, m))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

/// `--color always|never` decides beside `NO_COLOR` (the sandbox sets it): `always` colours
/// even into a pipe, `never` and `auto` (not a terminal) do not.
#[test]
fn color_flag_decides_beside_no_color() {
    let sb = Sandbox::new();
    for (flag, coloured) in [("always", true), ("never", false), ("auto", false)] {
        let out = sb
            .cmd()
            .args(["usersig", "verify", "--user", "a", "--sig", "x"])
            .args(["--sdkappid", "1400000000", "--color", flag])
            .env("IMCTL_KEY", DEMO_KEY)
            .output()
            .unwrap();
        let all = text(&out.stdout) + &text(&out.stderr);
        assert_eq!(all.contains('\u{1b}'), coloured, "--color {flag}: {all:?}");
    }
    let out = sb
        .cmd()
        .args(["--color", "sometimes", "globals"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
