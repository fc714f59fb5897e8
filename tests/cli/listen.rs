//! `imctl callback listen` end to end on 127.0.0.1: `callback trigger` against it with good and
//! bad credentials, raw HTTP for what trigger cannot send (oversized, malformed), forwarding to
//! a second receiver, `logs query` over what it recorded, and a bounded load test.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::{assert_snapshot, redact_volatile, stdout_json, text, Sandbox};

const TOKEN: &str = "listen-test-token";
const APP: &str = "1400000000";

/// A running `imctl callback listen`, its stdout and stderr collected as they come.
struct Listen {
    child: Child,
    url: String,
    stdout: Arc<Mutex<String>>,
    stderr: Arc<Mutex<String>>,
    readers: Vec<std::thread::JoinHandle<()>>,
}

impl Listen {
    fn start(sb: &Sandbox, extra: &[&str]) -> Listen {
        Listen::start_as(sb, &["--sdkappid", APP], extra)
    }

    /// With `global` flags (or none: no SDKAppID configured) before the subcommand.
    fn start_as(sb: &Sandbox, global: &[&str], extra: &[&str]) -> Listen {
        let mut child = sb
            .std_cmd()
            .args(global)
            .args(["callback", "listen", "--listen", "127.0.0.1:0"])
            .args(["--token", TOKEN])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (line, err) = crate::common::first_stderr_line(&mut child);
        let url = line
            .trim()
            .rsplit(' ')
            .next()
            .filter(|u| u.starts_with("http://127.0.0.1:"))
            .unwrap_or_else(|| panic!("no ready line: {line}"))
            .to_string();
        let stderr = Arc::new(Mutex::new(line));
        let stdout = Arc::new(Mutex::new(String::new()));
        let collect = |mut from: Box<dyn BufRead + Send>, into: Arc<Mutex<String>>| {
            std::thread::spawn(move || {
                let mut line = String::new();
                while from.read_line(&mut line).unwrap_or(0) > 0 {
                    into.lock().unwrap().push_str(&line);
                    line.clear();
                }
            })
        };
        let out = BufReader::new(child.stdout.take().unwrap());
        let readers = vec![
            collect(Box::new(err), stderr.clone()),
            collect(Box::new(out), stdout.clone()),
        ];
        Listen {
            child,
            url,
            stdout,
            stderr,
            readers,
        }
    }

    /// Waits until stdout holds `n` lines (at most 20 s).
    fn wait_lines(&self, n: usize) {
        let until = Instant::now() + Duration::from_secs(20);
        while self.stdout.lock().unwrap().lines().count() < n && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Ctrl-C, then its exit code, stdout and stderr.
    fn stop(mut self) -> (Option<i32>, String, String) {
        let sent = std::process::Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        let until = Instant::now() + Duration::from_secs(15);
        let code = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status.code();
            }
            if Instant::now() > until {
                let _ = self.child.kill();
                panic!("listen did not stop on Ctrl-C");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        for r in self.readers.drain(..) {
            r.join().unwrap();
        }
        let out = self.stdout.lock().unwrap().clone();
        let err = self.stderr.lock().unwrap().clone();
        (code, out, err)
    }
}

impl Drop for Listen {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `callback trigger EVENT --url URL -o json` with the given extra flags: exit code, report.
fn trigger(sb: &Sandbox, url: &str, event: &str, extra: &[&str]) -> (Option<i32>, Value) {
    let out = sb
        .cmd()
        .args(["--sdkappid", APP, "callback", "trigger", event, "--url"])
        .arg(format!("{url}/im/callback"))
        .args(["-o", "json"])
        .args(extra)
        .output()
        .unwrap();
    (out.status.code(), stdout_json(&out))
}

fn logs(sb: &Sandbox, args: &[&str]) -> Vec<Value> {
    let out = sb
        .cmd()
        .args(["logs", "query", "--kind", "callback", "-o", "json"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    stdout_json(&out).as_array().unwrap().clone()
}

fn lines_json(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// A signed query for `command` at `time` (what the service appends).
fn signed_query(command: &str, sdkappid: u64, time: i64) -> String {
    let token = imctl::callback::Token::new(TOKEN).unwrap();
    imctl::callback::OutgoingQuery {
        sdkappid,
        command,
        client_ip: "127.0.0.1",
        opt_platform: "RESTAPI",
        auth: Some((&token, time)),
    }
    .encode()
}

/// One raw HTTP/1.1 POST on a fresh connection: the status and the answer's body.
fn raw_post(url: &str, target: &str, headers: &str, body: &[u8]) -> (u16, String) {
    let addr = url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "POST {target} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nConnection: close\r\n{headers}\r\n"
    )
    .unwrap();
    stream.write_all(body).unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {answer}"));
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

#[cfg(unix)]
#[test]
fn trigger_with_the_right_token_is_accepted_printed_and_recorded_a_wrong_one_refused() {
    let sb = Sandbox::new();
    let listen = Listen::start(&sb, &["-o", "jsonl"]);
    let (code, good) = trigger(
        &sb,
        &listen.url,
        "C2C.CallbackBeforeSendMsg",
        &[
            "--token",
            TOKEN,
            "--set",
            "From_Account=alice",
            "--set",
            "To_Account=bob",
        ],
    );
    assert_eq!(code, Some(0), "{good}");
    assert_eq!(good["HttpStatus"], 200);
    assert_eq!(good["Decision"], "allow");
    assert_eq!(good["Valid"], true);
    let (code, bad) = trigger(
        &sb,
        &listen.url,
        "C2C.CallbackBeforeSendMsg",
        &["--token", "not-the-token", "--set", "From_Account=mallory"],
    );
    assert_eq!(code, Some(1), "{bad}");
    assert_eq!(bad["HttpStatus"], 401);
    assert_eq!(bad["Answer"]["ActionStatus"], "FAIL");
    let (code, after) = trigger(
        &sb,
        &listen.url,
        "Group.CallbackAfterNewMemberJoin",
        &["--token", TOKEN],
    );
    assert_eq!(
        (code, &after["Decision"]),
        (Some(0), &json!("acknowledged"))
    );
    listen.wait_lines(2);
    let (code, out, err) = listen.stop();
    assert_eq!(code, Some(0), "{err}");
    let lines = lines_json(&out);
    assert_eq!(lines.len(), 2, "{out}");
    let first = &lines[0];
    assert_eq!(first["CallbackCommand"], "C2C.CallbackBeforeSendMsg");
    assert_eq!(first["From"], "alice");
    assert_eq!(first["To"], json!(["bob"]));
    assert_eq!(first["Result"], "allow");
    assert_eq!(first["Answer"]["ErrorCode"], 0);
    assert_eq!(first["Body"]["From_Account"], "alice");
    assert_eq!(lines[1]["Result"], "acknowledged");
    // The documented shape (docs/output-callback-listen.md).
    let mut shape = first.clone();
    redact_volatile(
        &mut shape,
        &[
            "Time",
            "RequestTime",
            "DurationMs",
            "BodyBytes",
            "MsgSeq",
            "MsgRandom",
            "MsgTime",
            "MsgKey",
        ],
    );
    assert_snapshot(
        "callback-listen.jsonl",
        &(serde_json::to_string_pretty(&shape).unwrap() + "\n"),
    );
    assert!(
        err.contains("refused POST /im/callback")
            && err.contains("HTTP 401")
            && err.contains("Sign mismatch"),
        "{err}"
    );
    for shown in [&out, &err] {
        assert!(
            !shown.contains(TOKEN) && !shown.contains("Sign="),
            "{shown}"
        );
    }
    // The log has all three, and the console's filters find each.
    assert_eq!(logs(&sb, &[]).len(), 3);
    let alice = logs(
        &sb,
        &["--event", "C2C.CallbackBeforeSendMsg", "--user", "alice"],
    );
    assert_eq!(alice.len(), 1, "{alice:?}");
    assert_eq!(alice[0]["Result"], "allow");
    assert_eq!(alice[0]["ErrorCode"], 0);
    let refused = logs(&sb, &["--event", "C2C.CallbackBeforeSendMsg"]);
    assert_eq!(refused.len(), 2);
    assert_eq!(refused[0]["Result"], "refused");
    assert!(refused[0]["ErrorInfo"]
        .as_str()
        .unwrap()
        .starts_with("unauthenticated: Sign mismatch"));
    assert!(logs(&sb, &["--user", "nobody"]).is_empty());
    let joins = logs(&sb, &["--event", "Group.CallbackAfterNewMemberJoin"]);
    assert_eq!(joins.len(), 1);
    let store = std::fs::read(sb.path().join("data").join("imctl.sqlite3")).unwrap();
    assert!(!String::from_utf8_lossy(&store).contains(TOKEN));
}

#[cfg(unix)]
#[test]
fn stale_times_and_other_apps_are_refused() {
    let sb = Sandbox::new();
    let later = (imctl::units::now_unix() + 3600).to_string();
    let listen = Listen::start(&sb, &["--now", &later]);
    let (code, stale) = trigger(&sb, &listen.url, "State.StateChange", &["--token", TOKEN]);
    assert_eq!(
        (code, &stale["HttpStatus"]),
        (Some(1), &json!(401)),
        "{stale}"
    );
    let info = stale["Answer"]["ErrorInfo"].as_str().unwrap();
    assert!(info.contains("RequestTime stale"), "{info}");
    assert!(!info.contains("Sign"), "only the time is wrong: {info}");
    let (code, _, err) = listen.stop();
    assert_eq!(code, Some(0));
    assert!(err.contains("RequestTime stale"), "{err}");

    let listen = Listen::start(&sb, &[]);
    let out = sb
        .cmd()
        .args([
            "--sdkappid",
            "1400000001",
            "callback",
            "trigger",
            "State.StateChange",
        ])
        .args(["--url", &listen.url, "--token", TOKEN, "-o", "json"])
        .output()
        .unwrap();
    let other = stdout_json(&out);
    assert_eq!(
        (out.status.code(), &other["HttpStatus"]),
        (Some(1), &json!(403))
    );
    let (_, out, err) = listen.stop();
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("wrong_app: SdkAppid mismatch"), "{err}");
    let recorded = logs(&sb, &["--event", "State.StateChange"]);
    assert_eq!(recorded.len(), 2);
    assert!(recorded.iter().all(|e| e["Result"] == "refused"));
}

#[cfg(unix)]
#[test]
fn oversized_bodies_get_413_unread_and_malformed_json_a_failure_answer() {
    let sb = Sandbox::new();
    let listen = Listen::start(&sb, &["--max-body", "1K"]);
    let now = imctl::units::now_unix();
    let target = format!(
        "/im/callback?{}",
        signed_query("C2C.CallbackAfterSendMsg", 1_400_000_000, now)
    );
    // The head announces 5000 bytes and none are sent: the answer must not wait for them.
    let started = Instant::now();
    let (status, body) = raw_post(&listen.url, &target, "Content-Length: 5000\r\n", b"");
    assert_eq!(status, 413, "{body}");
    assert!(started.elapsed() < Duration::from_secs(5));
    let (status, body) = raw_post(&listen.url, &target, "Content-Length: 9\r\n", b"{not json");
    assert_eq!(status, 400);
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["ActionStatus"], "FAIL");
    assert_eq!(answer["ErrorCode"], 1);
    assert!(answer["ErrorInfo"]
        .as_str()
        .unwrap()
        .starts_with("not_json"));
    // Any path is taken, GET is not.
    let fine = br#"{"CallbackCommand":"C2C.CallbackAfterSendMsg","From_Account":"zoe"}"#;
    let deep = target.replace("/im/callback", "/a/b/c");
    let (status, body) = raw_post(
        &listen.url,
        &deep,
        &format!("Content-Length: {}\r\n", fine.len()),
        fine,
    );
    assert_eq!(
        (status, body.contains("\"ErrorCode\":0")),
        (200, true),
        "{body}"
    );
    listen.wait_lines(1);
    let (code, out, err) = listen.stop();
    assert_eq!(code, Some(0));
    assert!(out.contains("C2C.CallbackAfterSendMsg From=zoe"), "{out}");
    assert!(err.contains("HTTP 413: too_large"), "{err}");
    assert!(err.contains("HTTP 400: not_json"), "{err}");
    let recorded = logs(&sb, &[]);
    assert_eq!(recorded.len(), 3);
    assert_eq!(
        recorded.iter().filter(|e| e["Result"] == "refused").count(),
        2
    );
}

#[cfg(unix)]
#[test]
fn respond_reject_is_seen_by_trigger_as_a_reject() {
    let sb = Sandbox::new();
    let listen = Listen::start(&sb, &["--respond", "reject"]);
    let (code, report) = trigger(
        &sb,
        &listen.url,
        "Group.CallbackBeforeSendMsg",
        &["--token", TOKEN],
    );
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["Decision"], "reject");
    assert_eq!(report["RejectCode"], 10016);
    listen.wait_lines(1);
    let (_, out, _) = listen.stop();
    assert!(out.contains("-> reject (ErrorCode 10016"), "{out}");
    let recorded = logs(&sb, &["--error-code", "10016"]);
    assert_eq!(recorded.len(), 1);
}

#[cfg(unix)]
#[test]
fn forward_to_relays_the_handlers_answer_and_falls_back_when_it_is_gone() {
    let sb = Sandbox::new();
    let handler = Listen::start(&sb, &["--respond", "drop", "-o", "jsonl"]);
    let front = Listen::start(&sb, &["--forward-to", &format!("{}/app/cb", handler.url)]);
    let (code, report) = trigger(
        &sb,
        &front.url,
        "C2C.CallbackBeforeSendMsg",
        &["--token", TOKEN, "--set", "From_Account=fwd"],
    );
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["Decision"], "drop");
    handler.wait_lines(1);
    front.wait_lines(1);
    let (_, handled, _) = handler.stop();
    let got = lines_json(&handled);
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0]["Path"], "/app/cb",
        "same query on the handler's own path"
    );
    assert_eq!(got[0]["Body"]["From_Account"], "fwd");
    // The handler is gone now: the front answers --respond allow itself, and says so.
    let (code, report) = trigger(
        &sb,
        &front.url,
        "C2C.CallbackBeforeSendMsg",
        &["--token", TOKEN],
    );
    assert_eq!((code, &report["Decision"]), (Some(0), &json!("allow")));
    front.wait_lines(2);
    let (_, out, err) = front.stop();
    assert!(
        out.lines().next().unwrap().contains("-> drop (ErrorCode 0"),
        "{out}"
    );
    assert!(out.contains(", forwarded)"), "{out}");
    assert!(out.lines().nth(1).unwrap().contains("-> allow"), "{out}");
    assert!(
        err.contains("failed (cannot connect); answered --respond allow instead"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_signed_request_without_callback_command_in_its_query_is_400() {
    let sb = Sandbox::new();
    let listen = Listen::start(&sb, &[]);
    let query = signed_query(
        "C2C.CallbackAfterSendMsg",
        1_400_000_000,
        imctl::units::now_unix(),
    );
    let without: Vec<&str> = query
        .split('&')
        .filter(|p| !p.starts_with("CallbackCommand="))
        .collect();
    let body = br#"{"CallbackCommand":"C2C.CallbackAfterSendMsg","From_Account":"zoe"}"#;
    let (status, answer) = raw_post(
        &listen.url,
        &format!("/cb?{}", without.join("&")),
        &format!("Content-Length: {}\r\n", body.len()),
        body,
    );
    assert_eq!(status, 400, "{answer}");
    assert!(answer.contains("no_command"), "{answer}");
    let (_, out, err) = listen.stop();
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("HTTP 400: no_command"), "{err}");
}

#[cfg(unix)]
#[test]
fn without_an_sdkappid_configured_listen_skips_the_check_as_verify_does() {
    let sb = Sandbox::new();
    let listen = Listen::start_as(&sb, &[], &[]);
    let query = signed_query(
        "C2C.CallbackAfterSendMsg",
        1_400_000_000,
        imctl::units::now_unix(),
    );
    let without: Vec<&str> = query
        .split('&')
        .filter(|p| !p.starts_with("SdkAppid="))
        .collect();
    let body = br#"{"CallbackCommand":"C2C.CallbackAfterSendMsg","From_Account":"zoe"}"#;
    let (status, answer) = raw_post(
        &listen.url,
        &format!("/cb?{}", without.join("&")),
        &format!("Content-Length: {}\r\n", body.len()),
        body,
    );
    assert_eq!(status, 200, "{answer}");
    listen.wait_lines(1);
    let (_, out, err) = listen.stop();
    assert!(out.contains("From=zoe"), "{out}");
    assert!(err.contains("SdkAppid is not checked"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_forward_to_password_is_never_shown() {
    let sb = Sandbox::new();
    // Nothing listens on port 1: every forward falls back, and the warning names the target.
    let front = Listen::start(
        &sb,
        &["--forward-to", "http://hook:pa55word@127.0.0.1:1/cb?t=1"],
    );
    let (code, _) = trigger(
        &sb,
        &front.url,
        "C2C.CallbackBeforeSendMsg",
        &["--token", TOKEN],
    );
    assert_eq!(code, Some(0));
    front.wait_lines(1);
    let (_, out, err) = front.stop();
    assert!(
        err.contains("http://REDACTED@127.0.0.1:1/cb") && err.contains("answered --respond"),
        "{err}"
    );
    for shown in [&out, &err] {
        assert!(!shown.contains("pa55word"), "{shown}");
    }
}

/// `count` signed events over `connections` kept-alive connections; every answer must be 200
/// with ErrorCode 0 within the 2 s budget. Returns the latencies.
pub fn load(url: &str, count: usize, connections: usize) -> Vec<Duration> {
    let addr = url.trim_start_matches("http://").to_string();
    let query = signed_query(
        "C2C.CallbackAfterSendMsg",
        1_400_000_000,
        imctl::units::now_unix(),
    );
    let threads: Vec<_> = (0..connections)
        .map(|c| {
            let (addr, query) = (addr.clone(), query.clone());
            std::thread::spawn(move || {
                let mut stream = TcpStream::connect(&addr).unwrap();
                stream
                    .set_read_timeout(Some(Duration::from_secs(10)))
                    .unwrap();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut latencies = Vec::new();
                for i in (c..count).step_by(connections) {
                    let body = format!(
                        r#"{{"CallbackCommand":"C2C.CallbackAfterSendMsg","From_Account":"u{i}","To_Account":"peer"}}"#
                    );
                    let started = Instant::now();
                    write!(
                        stream,
                        "POST /load?{query} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                        body.len()
                    )
                    .unwrap();
                    let (status, answer) = read_answer(&mut reader);
                    latencies.push(started.elapsed());
                    assert_eq!(status, 200, "{answer}");
                    assert!(answer.contains("\"ErrorCode\":0"), "{answer}");
                }
                latencies
            })
        })
        .collect();
    threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect()
}

fn read_answer(reader: &mut impl BufRead) -> (u16, String) {
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let status = line.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap();
    let mut length = 0;
    loop {
        line.clear();
        reader.read_line(&mut line).unwrap();
        if line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap();
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    (status, String::from_utf8(body).unwrap())
}

/// The CI-sized load test (scripts/bench-listen runs 5,000 on a release build): every event
/// answered, printed once and stored once.
#[cfg(unix)]
#[test]
fn every_event_of_a_load_is_answered_in_time_printed_and_stored() {
    const COUNT: usize = 1_000;
    let sb = Sandbox::new();
    let listen = Listen::start(&sb, &["-o", "jsonl"]);
    let started = Instant::now();
    let latencies = load(&listen.url, COUNT, 20);
    assert!(started.elapsed() < Duration::from_secs(60));
    assert_eq!(latencies.len(), COUNT);
    let slowest = latencies.iter().max().unwrap();
    assert!(*slowest < Duration::from_secs(2), "{slowest:?}");
    listen.wait_lines(COUNT);
    let (code, out, err) = listen.stop();
    assert_eq!(code, Some(0), "{err}");
    let lines = lines_json(&out);
    assert_eq!(lines.len(), COUNT);
    let mut users: Vec<String> = lines
        .iter()
        .map(|l| l["From"].as_str().unwrap().to_string())
        .collect();
    users.sort();
    users.dedup();
    assert_eq!(users.len(), COUNT, "each event printed exactly once");
    let stored = logs(&sb, &["--limit", "5000"]);
    assert_eq!(stored.len(), COUNT);
    assert!(stored.iter().all(|e| e["Result"] == "acknowledged"));
    assert_eq!(logs(&sb, &["--user", "u999"]).len(), 1);
}

/// End to end on loopback: the emulator sends its callbacks to `callback listen`, which checks,
/// answers, prints and records them; `logs query` then finds them with the console's filters,
/// and a `--respond reject` receiver refuses a message the way a real backend would.
#[test]
fn emulator_callbacks_reach_listen_and_logs_finds_them() {
    let sb = Sandbox::new();
    let listen = Listen::start(&sb, &["-o", "jsonl"]);
    let emu = crate::common::Emulator::start(
        &sb,
        &[
            "--callback-url",
            &format!("{}/im/callback", listen.url),
            "--callback-token",
            TOKEN,
        ],
    );
    for user in ["alice", "bob"] {
        emu.cmd(&sb)
            .args(["account", "import", user])
            .assert()
            .success();
    }
    let out = emu
        .std_cmd(&sb)
        .args([
            "push-check",
            "alice",
            "--send-test",
            "--from",
            "bob",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let report = stdout_json(&out);
    assert!(report["MsgKey"].as_str().is_some(), "{report}");
    // Before and after send.
    listen.wait_lines(2);
    let (code, stdout, _) = listen.stop();
    assert_eq!(code, Some(0));
    let events: Vec<String> = lines_json(&stdout)
        .iter()
        .map(|e| e["CallbackCommand"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        events.contains(&"C2C.CallbackBeforeSendMsg".to_string()),
        "{events:?}"
    );
    assert!(
        events.contains(&"C2C.CallbackAfterSendMsg".to_string()),
        "{events:?}"
    );

    let found = logs(
        &sb,
        &["--event", "C2C.CallbackBeforeSendMsg", "--user", "bob"],
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["Result"], "allow");
    assert!(logs(&sb, &["--event", "CallbackAfterSendMsg", "--peer", "alice"]).len() == 1);
    assert!(logs(&sb, &["--user", "nobody"]).is_empty());

    // A receiver that refuses: the sender gets 20006, explained.
    let refusing = Listen::start(&sb, &["--respond", "reject"]);
    let emu = crate::common::Emulator::start(
        &sb,
        &["--callback-url", &refusing.url, "--callback-token", TOKEN],
    );
    for user in ["alice", "bob"] {
        emu.cmd(&sb)
            .args(["account", "import", user])
            .assert()
            .success();
    }
    let out = emu
        .std_cmd(&sb)
        .args(["push-check", "alice", "--send-test", "-o", "json"])
        .output()
        .unwrap();
    let report = stdout_json(&out);
    assert_eq!(report["SendError"]["ErrorCode"], 20006, "{report}");
}
