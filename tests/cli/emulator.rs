//! `imctl emulator` as a server under abuse: slow clients, floods of large bodies, too few file
//! descriptors, an address open to the network, and its `-v` request log.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use crate::common::{
    admin_sig, assert_snapshot, auth_query, post_json, text, Emulator, Launch, Sandbox, DEMO_KEY,
};

/// An emulator (the common helper) started with a command prefix (`prlimit ...`) and flags.
fn start(sb: &Sandbox, prefix: &[&str], listen: &str, extra: &[&str]) -> Emulator {
    Emulator::launch(
        sb,
        Launch {
            prefix,
            listen,
            args: extra,
            ..Launch::default()
        },
    )
}

/// What the abuse tests ask of a running emulator process.
trait Probe {
    fn serves(&self, sb: &Sandbox) -> bool;
    fn cpu_ticks(&self) -> u64;
    fn status_kib(&self, field: &str) -> u64;
}

impl Probe for Emulator {
    /// `account check alice` answers within 10 s (exit 0 or 1: alice need not exist).
    fn serves(&self, sb: &Sandbox) -> bool {
        let out = self
            .cmd(sb)
            .args(["--timeout", "10", "account", "check", "alice"])
            .output()
            .unwrap();
        matches!(out.status.code(), Some(0 | 1))
    }

    /// User + system CPU time of the process so far, in clock ticks.
    fn cpu_ticks(&self) -> u64 {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).unwrap();
        let after_name = &stat[stat.rfind(')').unwrap() + 2..];
        let fields: Vec<&str> = after_name.split(' ').collect();
        // Fields 14 and 15 of stat(5), counted from 3 after the name.
        fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
    }

    fn status_kib(&self, field: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix(field))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap()
    }
}

/// True once the server has closed `stream` (EOF or reset), false if it is still open at `by`.
fn closed_by(stream: &mut TcpStream, by: Instant) -> bool {
    let mut buf = [0u8; 256];
    loop {
        let left = by.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        stream.set_read_timeout(Some(left)).unwrap();
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::TimedOut =>
            {
                return false
            }
            Err(_) => return true,
        }
    }
}

#[test]
fn slow_header_clients_are_dropped_while_others_are_served() {
    let sb = Sandbox::new();
    let emu = start(&sb, &[], "127.0.0.1:0", &["--header-timeout", "2"]);
    let started = Instant::now();
    let mut silent: Vec<TcpStream> = (0..20)
        .map(|_| {
            let mut s = TcpStream::connect(emu.addr()).unwrap();
            s.write_all(b"POST /v4/im_open_login_svc/account_check HTTP/1.1\r\nHost: x\r\n")
                .unwrap();
            s
        })
        .collect();
    // One that trickles a header byte every 200 ms, as slowloris does.
    let trickler = std::thread::spawn({
        let addr = emu.addr();
        move || {
            let mut s = TcpStream::connect(addr).unwrap();
            s.write_all(b"POST /v4/x/y HTTP/1.1\r\n").unwrap();
            for _ in 0..40 {
                std::thread::sleep(Duration::from_millis(200));
                if s.write_all(b"X").is_err() {
                    return started.elapsed();
                }
            }
            Duration::MAX
        }
    });
    assert!(emu.serves(&sb), "a normal request is served meanwhile");
    for s in &mut silent {
        assert!(
            closed_by(s, started + Duration::from_secs(4)),
            "a partial head is still connected after 4 s (timeout 2 s)"
        );
    }
    let dropped = trickler.join().unwrap();
    assert!(
        dropped < Duration::from_secs(5),
        "trickler kept for {dropped:?}"
    );
    assert!(emu.serves(&sb));
}

#[test]
fn partial_heads_are_dropped_within_ten_seconds_by_default() {
    let sb = Sandbox::new();
    let emu = start(&sb, &[], "127.0.0.1:0", &[]);
    let started = Instant::now();
    let mut s = TcpStream::connect(emu.addr()).unwrap();
    s.write_all(b"POST /v4/x/y HTTP/1.1\r\n").unwrap();
    assert!(emu.serves(&sb));
    assert!(closed_by(&mut s, started + Duration::from_millis(11_500)));
    assert!(
        started.elapsed() >= Duration::from_secs(9),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn many_parallel_large_bodies_are_refused_and_memory_stays_bounded() {
    let sb = Sandbox::new();
    let emu = start(&sb, &[], "127.0.0.1:0", &["--max-inflight-mib", "8"]);
    let before = emu.status_kib("VmRSS:");
    const CLIENTS: usize = 40;
    const LEN: usize = 4_000_000;
    let barrier = Arc::new(Barrier::new(CLIENTS));
    let threads: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (addr, barrier) = (emu.addr(), barrier.clone());
            std::thread::spawn(move || -> String {
                let mut s = TcpStream::connect(addr).unwrap();
                s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
                let head = format!(
                    "POST /v4/im_open_login_svc/account_check?sdkappid=1 HTTP/1.1\r\nHost: x\r\nContent-Length: {LEN}\r\n\r\n"
                );
                s.write_all(head.as_bytes()).unwrap();
                // Every head is in before any body is sent: the bodies are all in flight at once.
                barrier.wait();
                let mut body = vec![b' '; LEN];
                body[..2].copy_from_slice(b"{}");
                let _ = s.write_all(&body);
                let mut answer = Vec::new();
                let _ = s.read_to_end(&mut answer);
                String::from_utf8_lossy(&answer).lines().next().unwrap_or("reset").to_string()
            })
        })
        .collect();
    let answers: Vec<String> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    let ok = answers
        .iter()
        .filter(|a| a.starts_with("HTTP/1.1 200"))
        .count();
    let refused = answers
        .iter()
        .filter(|a| a.starts_with("HTTP/1.1 503") || *a == "reset")
        .count();
    assert_eq!(ok + refused, CLIENTS, "{answers:?}");
    assert!(
        answers.iter().any(|a| a.starts_with("HTTP/1.1 503")),
        "{answers:?}"
    );
    assert!(ok <= 2, "at most 8 MiB of 4 MB bodies at once: {answers:?}");
    // 40 bodies of 4 MB would be 160 MB held at once without the cap.
    let peak = emu.status_kib("VmHWM:");
    assert!(
        peak < before + 48 * 1024,
        "peak RSS {peak} KiB, {before} KiB before the flood"
    );
    assert!(emu.serves(&sb), "the emulator still answers");
}

fn open_fds(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .unwrap()
        .count()
}

#[test]
fn out_of_descriptors_it_backs_off_and_serves_again_once_they_free_up() {
    let sb = Sandbox::new();
    let emu = start(
        &sb,
        &["prlimit", "--nofile=64:64", "--"],
        "127.0.0.1:0",
        &["-v"],
    );
    let baseline = open_fds(emu.child.id());
    assert!(baseline < 40, "{baseline} descriptors open at rest");
    // More connections than the emulator has descriptors left: the kernel completes the
    // handshakes, and `accept` fails with EMFILE once the table is full.
    let conns: Vec<TcpStream> = (0..100)
        .map(|_| TcpStream::connect(emu.addr()).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let t0 = emu.cpu_ticks();
    std::thread::sleep(Duration::from_millis(1500));
    let spent = emu.cpu_ticks() - t0;
    // A spinning accept loop burns a whole core: ~150 ticks in 1.5 s.
    assert!(
        spent < 30,
        "{spent} clock ticks of CPU in 1.5 s while out of descriptors"
    );
    assert!(
        emu.stderr()
            .iter()
            .any(|l| l.contains("cannot accept a connection")),
        "{:?}",
        emu.stderr()
    );
    drop(conns);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !emu.serves(&sb) {
        assert!(
            Instant::now() < deadline,
            "not serving again after descriptors freed up"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn listening_on_all_interfaces_prints_a_usable_url_and_warns() {
    let sb = Sandbox::new();
    let emu = start(&sb, &[], "0.0.0.0:0", &[]);
    assert!(emu.url.starts_with("http://127.0.0.1:"), "{}", emu.ready);
    assert!(emu.serves(&sb), "reachable through 127.0.0.1");
    let warning = emu
        .wait_for_stderr(Duration::from_secs(5), |l| l.starts_with("warning:"))
        .unwrap_or_else(|| panic!("no warning: {:?}", emu.stderr()));
    assert!(warning.contains("all interfaces"), "{warning}");
    assert!(warning.contains("1400000000"), "{warning}");
    assert!(!warning.contains(DEMO_KEY));
    // Loopback alone: no warning.
    let local = start(&sb, &[], "127.0.0.1:0", &[]);
    assert!(local.serves(&sb));
    assert!(!local.stderr().iter().any(|l| l.contains("warning")));
}

#[test]
fn verbose_logs_one_line_per_request() {
    let sb = Sandbox::new();
    let emu = start(&sb, &[], "127.0.0.1:0", &["-v"]);
    emu.cmd(&sb)
        .args(["account", "import", "alice"])
        .assert()
        .success();
    // Another app's SDKAppID: the gateway refuses with 70020.
    sb.cmd()
        .args([
            "--endpoint",
            &emu.url,
            "--sdkappid",
            "1400000001",
            "--key-file",
        ])
        .arg(sb.key_file())
        .args(["account", "check", "alice"])
        .assert()
        .code(4);
    let deadline = Instant::now() + Duration::from_secs(5);
    while emu.stderr().len() < 2 {
        assert!(Instant::now() < deadline, "{:?}", emu.stderr());
        std::thread::sleep(Duration::from_millis(50));
    }
    let lines = emu.stderr();
    assert_eq!(lines.len(), 2, "{lines:?}");
    let pattern = |line: &str, route: &str, tail: &str| {
        let rest = line
            .strip_prefix(&format!("emulator: {route}: HTTP 200, {tail}, "))
            .unwrap_or_else(|| panic!("{line}"));
        assert!(
            rest.strip_suffix(" ms").unwrap().parse::<u64>().is_ok(),
            "{line}"
        );
    };
    pattern(&lines[0], "im_open_login_svc/account_import", "ErrorCode 0");
    pattern(
        &lines[1],
        "im_open_login_svc/account_check",
        "ErrorCode 70020",
    );
    assert!(lines
        .iter()
        .all(|l| !l.contains("usersig") && !l.contains(DEMO_KEY)));
}

// ---------------------------------------------------------------- messages, statuses, app data

#[test]
fn set_status_is_what_query_online_status_reports() {
    let sb = Sandbox::new();
    let emu = start(&sb, &[], "127.0.0.1:0", &[]);
    emu.cmd(&sb)
        .args(["account", "import", "alice"])
        .assert()
        .success();
    let state = |sb: &Sandbox| {
        let out = emu
            .cmd(sb)
            .args(["account", "state", "alice", "--detail", "-o", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    assert!(state(&sb).contains("Offline"), "{}", state(&sb));
    let out = emu
        .cmd(&sb)
        .args([
            "emulator",
            "set-status",
            "alice",
            "--platform",
            "iphone",
            "--status",
            "pushonline",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Status on stderr, stdout kept for data; -q leaves nothing.
    assert_eq!(text(&out.stdout), "");
    assert_eq!(text(&out.stderr), "alice is now PushOnline on iPhone\n");
    let quiet = emu
        .cmd(&sb)
        .args(["-q", "emulator", "set-status", "alice"])
        .args(["--platform", "iPhone", "--status", "PushOnline"])
        .output()
        .unwrap();
    assert!(quiet.status.success(), "{}", text(&quiet.stderr));
    assert_eq!(
        (text(&quiet.stdout), text(&quiet.stderr)),
        (String::new(), String::new())
    );
    let shown = state(&sb);
    assert!(
        shown.contains("PushOnline") && shown.contains("iPhone"),
        "{shown}"
    );
    let out = emu
        .cmd(&sb)
        .args([
            "emulator",
            "set-status",
            "alice",
            "--platform",
            "WEB",
            "--status",
            "online",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_snapshot("emulator-set-status.json", &text(&out.stdout));
    let sig = admin_sig(&sb);
    let status = post_json(
        emu.addr(),
        &format!("/v4/openim/query_online_status?{}", auth_query(&sig)),
        &serde_json::json!({"To_Account": ["alice"], "IsNeedDetail": 1}),
    );
    assert_eq!(status["QueryResult"][0]["Status"], "Online");
    assert_eq!(
        status["QueryResult"][0]["Detail"],
        serde_json::json!([{"Platform": "Web", "Status": "Online"}, {"Platform": "iPhone", "Status": "PushOnline"}])
    );
    // Not imported: the emulator's code, not a success.
    let out = emu
        .cmd(&sb)
        .args([
            "emulator",
            "set-status",
            "ghost",
            "--platform",
            "Web",
            "--status",
            "Online",
        ])
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(text(&out.stderr).contains("70107"), "{}", text(&out.stderr));
    // The test path is authenticated like the REST API.
    let refused = post_json(
        emu.addr(),
        "/imctl-test/set_status?sdkappid=1400000000&identifier=administrator",
        &serde_json::json!({"UserID": "alice", "Platform": "Web", "Status": "Offline"}),
    );
    assert_eq!(refused["ErrorCode"], 70002);
    let other_key = sb.file("other.key", "0123456789abcdef0123456789abcdef\n");
    sb.cmd()
        .args([
            "--endpoint",
            &emu.url,
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(&other_key)
        .args([
            "emulator",
            "set-status",
            "alice",
            "--platform",
            "Web",
            "--status",
            "Offline",
        ])
        .assert()
        .code(4);
    // Without an emulator to talk to: a usage error, nothing sent anywhere.
    sb.cmd()
        .args(["--sdkappid", "1400000000", "--key-file"])
        .arg(sb.key_file())
        .args([
            "emulator",
            "set-status",
            "alice",
            "--platform",
            "Web",
            "--status",
            "Online",
        ])
        .assert()
        .code(2);
}

#[test]
fn messages_are_stored_counted_per_day_and_deduplicated() {
    let sb = Sandbox::new();
    let emu = start(&sb, &[], "127.0.0.1:0", &[]);
    emu.cmd(&sb)
        .args(["account", "import", "alice"])
        .assert()
        .success();
    emu.cmd(&sb)
        .args(["account", "import", "bob"])
        .assert()
        .success();
    emu.cmd(&sb)
        .args([
            "emulator",
            "set-status",
            "bob",
            "--platform",
            "Android",
            "--status",
            "PushOnline",
        ])
        .assert()
        .success();
    let sig = admin_sig(&sb);
    let call = |path: &str, body: serde_json::Value| {
        post_json(
            emu.addr(),
            &format!("/v4/{path}?{}", auth_query(&sig)),
            &body,
        )
    };
    let msg = |to: &str, random: u32| {
        serde_json::json!({
            "SyncOtherMachine": 2, "From_Account": "alice", "To_Account": to, "MsgRandom": random,
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}],
            "OfflinePushInfo": {"PushFlag": 0, "Title": "t", "Desc": "d"}
        })
    };
    let sent = call("openim/sendmsg", msg("bob", 42));
    assert_eq!(sent["ErrorCode"], 0, "{sent}");
    let key = sent["MsgKey"].as_str().unwrap().to_string();
    assert!(sent["MsgTime"].as_i64().unwrap() > 1_700_000_000);
    let again = call("openim/sendmsg", msg("bob", 42));
    let deduplicated = again["MsgKey"] == key.as_str();
    let missing = call("openim/sendmsg", msg("nobody", 1));
    assert_eq!(missing["ErrorCode"], 20003, "{missing}");
    let batch = call(
        "openim/batchsendmsg",
        serde_json::json!({"To_Account": ["alice", "bob", "nobody"], "MsgRandom": 5,
                           "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "all"}}]}),
    );
    assert_eq!(batch["ActionStatus"], "SomeError", "{batch}");
    assert_eq!(
        batch["ErrorList"],
        serde_json::json!([{"To_Account": "nobody", "ErrorCode": 70107}])
    );
    let info = call("openconfigsvr/getappinfo", serde_json::json!({}));
    assert_eq!(info["ErrorInfo"], "OK");
    let today = &info["Result"][0];
    // alice->bob once (twice if the repeat fell in the next second), admin->alice, admin->bob.
    let sends = if deduplicated { 3 } else { 4 };
    assert_eq!(today["C2CUpMsgNum"], sends.to_string(), "{today}");
    assert_eq!(today["APNSMsgNum"], (sends - 1).to_string(), "{today}");
    assert_eq!(today["SendMsgUserNum"], "2", "{today}");
    assert_eq!(today["RegistUserNumTotal"], "2", "{today}");
    assert_eq!(today["AppId"], "1400000000");
    let ips = call("ConfigSvc/GetIPList", serde_json::json!({}));
    assert_eq!(ips["IPList"], serde_json::json!(["127.0.0.1"]), "{ips}");
    // An emulator on every interface says so.
    let wide = start(&sb, &[], "0.0.0.0:0", &[]);
    let ips = post_json(
        wide.addr(),
        &format!("/v4/ConfigSvc/GetIPList?nettype=1&{}", auth_query(&sig)),
        &serde_json::json!({}),
    );
    assert_eq!(ips["IPList"], serde_json::json!(["0.0.0.0/0"]), "{ips}");
}

// ---------------------------------------------------------------- no app configured

/// `imctl emulator ARGS` with no SDKAppID or key from flags, and its stderr a moment later.
fn start_bare(sb: &Sandbox, env: &[(&str, &str)], args: &[&str]) -> (Emulator, Vec<String>) {
    let emu = Emulator::launch(
        sb,
        Launch {
            app: false,
            args,
            env,
            ..Launch::default()
        },
    );
    std::thread::sleep(Duration::from_millis(300));
    let lines = emu.stderr();
    (emu, lines)
}

#[test]
fn with_no_app_configured_it_uses_the_sandbox_defaults_and_says_so() {
    let sb = Sandbox::new();
    let (emu, lines) = start_bare(&sb, &[], &[]);
    let url = emu.url.clone();
    let note = lines
        .iter()
        .find(|l| l.contains("--sandbox defaults"))
        .unwrap_or_else(|| panic!("no note: {lines:?}"));
    assert!(note.contains("SDKAppID 1400000000"), "{note}");
    assert!(note.contains("sandbox key"), "{note}");
    assert!(!note.contains(DEMO_KEY), "{note}");
    // The sandbox's SDKAppID and key (the demo key) are what it accepts.
    sb.cmd()
        .args(["--endpoint", &url, "--sdkappid", "1400000000", "--key-file"])
        .arg(sb.key_file())
        .args(["account", "import", "alice"])
        .assert()
        .success();

    // A configured SDKAppID wins; only the key is defaulted.
    drop(emu);
    let (emu, lines) = start_bare(&sb, &[("IMCTL_SDKAPPID", "1400000555")], &[]);
    let url = emu.url.clone();
    let note = lines
        .iter()
        .find(|l| l.contains("--sandbox defaults"))
        .unwrap_or_else(|| panic!("no note: {lines:?}"));
    assert!(!note.contains("SDKAppID"), "{note}");
    sb.cmd()
        .args(["--endpoint", &url, "--sdkappid", "1400000000", "--key-file"])
        .arg(sb.key_file())
        .args(["account", "check", "alice"])
        .assert()
        .code(4);

    // Both configured: no note.
    let key = sb.key_file();
    drop(emu);
    let (_emu, lines) = start_bare(
        &sb,
        &[],
        &[
            "--sdkappid",
            "1400000001",
            "--key-file",
            key.to_str().unwrap(),
        ],
    );
    assert!(lines.iter().all(|l| !l.contains("defaults")), "{lines:?}");
}

#[cfg(unix)]
#[test]
fn data_files_are_owner_only_in_an_owner_only_directory() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let dir = sb.path().join("emu-data");
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let emu = Emulator::start(&sb, &["--data", dir.to_str().unwrap()]);
    emu.cmd(&sb)
        .args(["account", "import", "alice"])
        .assert()
        .success();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for name in [
        "emulator.sqlite3",
        "emulator.sqlite3-wal",
        "emulator.sqlite3-shm",
    ] {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
    }
    // The --sandbox state too.
    sb.cmd()
        .args(["--sandbox", "account", "import", "bob"])
        .assert()
        .success();
    let sandbox = sb.path().join("data").join("sandbox");
    assert_eq!(mode(&sandbox), 0o700);
    assert_eq!(mode(&sandbox.join("emulator.sqlite3")), 0o600);
}

#[test]
fn an_unreachable_callback_url_is_warned_about_once() {
    let sb = Sandbox::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/im/cb?token=hush");
    let emu = start(&sb, &[], "127.0.0.1:0", &["--callback-url", &url]);
    for name in ["a", "b", "c"] {
        // The before-create callback fails, so the group is created (the documented default).
        emu.cmd(&sb)
            .args(["group", "create", "--name", name])
            .assert()
            .success();
    }
    let unreachable = |l: &str| l.starts_with("warning:") && l.contains("cannot be reached");
    let warned = |lines: &[String]| {
        lines
            .iter()
            .filter(|l| unreachable(l))
            .cloned()
            .collect::<Vec<_>>()
    };
    emu.wait_for_stderr(Duration::from_secs(5), unreachable)
        .unwrap_or_else(|| panic!("no warning: {:?}", emu.stderr()));
    std::thread::sleep(Duration::from_millis(300));
    let lines = warned(&emu.stderr());
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains(&format!("http://127.0.0.1:{port}/im/cb ")),
        "{}",
        lines[0]
    );
    assert!(!lines[0].contains("hush"), "{}", lines[0]);
}

#[test]
fn app_stats_counts_groups_and_group_messages() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let run = |args: &[&str]| {
        let out = emu.cmd(&sb).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        out
    };
    run(&["account", "import", "alice"]);
    run(&["account", "import", "bob"]);
    run(&[
        "group", "create", "--name", "a", "--id", "ga", "--owner", "alice", "--member", "bob",
    ]);
    run(&["group", "create", "--name", "b", "--id", "gb"]);
    run(&["group", "create", "--name", "c", "--id", "gc"]);
    run(&["group", "send", "ga", "gb", "--text", "hi"]);
    run(&["group", "send", "ga", "--text", "yo", "--from", "bob"]);
    // A system notification is not a sender's message.
    run(&["group", "notify", "ga", "--text", "maintenance"]);
    let out = run(&["app", "stats", "-o", "json"]);
    let days = crate::common::stdout_json(&out)["Days"].clone();
    let today = days.as_array().unwrap().last().unwrap().clone();
    let expect = [
        ("GroupAllGroupNum", 3),
        ("GroupNewGroupNum", 3),
        ("GroupJoinGroupTimes", 2),
        ("GroupUpMsgNum", 3),
        ("GroupSendMsgUserNum", 2),
        ("GroupSendMsgGroupNum", 2),
        ("UpMsgNum", 3),
        ("SendMsgUserNum", 2),
        ("C2CUpMsgNum", 0),
    ];
    for (field, n) in expect {
        assert_eq!(today[field], n, "{field}: {today}");
    }
}
