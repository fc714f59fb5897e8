//! `imctl logs history` end to end against the emulator: C2C messages sent through `imctl`,
//! their hour's archive listed by `get_history`, downloaded from the emulator's own server,
//! checked, printed (table, JSONL, JSON) and filtered; `--out` keeping the archive; the
//! documented errors; and a corrupt download that leaves nothing behind.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use crate::common::{
    admin_sig, assert_snapshot, auth_query, post_json, redact_volatile, stdout_json, text,
    Emulator, Sandbox,
};

/// Unix seconds -> the Beijing-time (UTC+8) hour `YYYYMMDDHH`, computed here rather than by
/// imctl (Howard Hinnant's civil-from-days).
pub fn beijing_hour(unix: i64) -> String {
    let t = unix + 8 * 3600;
    let z = t.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let h = t.rem_euclid(86_400) / 3600;
    format!("{y:04}{m:02}{d:02}{h:02}")
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[test]
fn the_beijing_hour_helper_is_right() {
    // 2023-11-14T22:13:20Z is 06:13 on the 15th in Beijing; 2024-02-29T15:00Z is 23:00 there.
    assert_eq!(beijing_hour(1_700_000_000), "2023111506");
    assert_eq!(beijing_hour(1_709_218_800), "2024022923");
}

/// Sends `text` to `to` (from the admin, or `from`) through `imctl push-check --send-test` and
/// returns its MsgTime.
fn send(emu: &Emulator, sb: &Sandbox, from: Option<&str>, to: &str, text_: &str) -> i64 {
    let mut cmd = emu.std_cmd(sb);
    cmd.args([
        "push-check",
        to,
        "-o",
        "json",
        "--send-test",
        "--text",
        text_,
    ]);
    if let Some(from) = from {
        cmd.args(["--from", from]);
    }
    let out = cmd.output().unwrap();
    let json = stdout_json(&out);
    assert!(json["MsgKey"].is_string(), "{json} {}", text(&out.stderr));
    json["MsgTime"].as_i64().unwrap()
}

/// Three C2C messages, all in one Beijing hour: admin -> alice, bob -> alice, alice -> carol.
/// Returns the hour and the first message's time.
fn seed_at(emu: &Emulator, sb: &Sandbox) -> (String, i64) {
    for user in ["alice", "bob", "carol"] {
        emu.cmd(sb)
            .args(["account", "import", user])
            .assert()
            .success();
    }
    // Clear of the hour's last seconds, so the three land in the same hour.
    let into_hour = now().rem_euclid(3600);
    if into_hour > 3590 {
        std::thread::sleep(Duration::from_secs((3601 - into_hour) as u64));
    }
    let times = [
        send(emu, sb, None, "alice", "Hello Alice"),
        send(emu, sb, Some("bob"), "alice", "About my REFUND"),
        send(emu, sb, Some("alice"), "carol", "lunch at noon?"),
    ];
    let hour = beijing_hour(times[0]);
    assert!(times.iter().all(|t| beijing_hour(*t) == hour), "{times:?}");
    (hour, times[0])
}

fn seed(emu: &Emulator, sb: &Sandbox) -> String {
    seed_at(emu, sb).0
}

fn history(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> (i32, String, String) {
    let out = emu
        .std_cmd(sb)
        .args(["logs", "history"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        text(&out.stdout),
        text(&out.stderr),
    )
}

fn jsonl(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The texts of the printed messages, in order.
fn texts(messages: &[Value]) -> Vec<&str> {
    messages
        .iter()
        .map(|m| m["MsgBody"][0]["MsgContent"]["Text"].as_str().unwrap())
        .collect()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_hour_of_c2c_messages_prints_filters_and_keeps_its_archive() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let hour = seed(&emu, &sb);
    let c2c = ["--type", "c2c", "--hour", hour.as_str()];

    // JSONL: every message as the archive holds it, in send order; its shape snapshotted.
    let (code, out, err) = history(&emu, &sb, &[&c2c[..], &["-o", "jsonl"]].concat());
    assert_eq!(code, 0, "{err}");
    let mut messages = jsonl(&out);
    assert_eq!(
        texts(&messages),
        ["Hello Alice", "About my REFUND", "lunch at noon?"]
    );
    assert_eq!(messages[0]["From_Account"], "administrator");
    assert_eq!(messages[1]["From_Account"], "bob");
    assert_eq!(messages[2]["To_Account"], "carol");
    for m in &messages {
        assert_eq!(beijing_hour(m["MsgTimeStamp"].as_i64().unwrap()), hour);
    }
    messages
        .iter_mut()
        .for_each(|m| redact_volatile(m, &["MsgSeq", "MsgRandom", "MsgTimeStamp"]));
    let shape: String = messages.iter().map(|m| format!("{m}\n")).collect();
    assert_snapshot("logs-history.jsonl", &shape);

    // -o json: the same objects as one array.
    let (code, out, _) = history(&emu, &sb, &[&c2c[..], &["-o", "json"]].concat());
    assert_eq!(code, 0);
    let array: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(array.as_array().unwrap().len(), 3);

    // The table: the documented columns, one row a message.
    let (code, out, _) = history(&emu, &sb, &c2c);
    assert_eq!(code, 0);
    for word in [
        "MsgTimeStamp",
        "From_Account",
        "To",
        "MsgType",
        "Text",
        "TIMTextElem",
        "Hello Alice",
        "lunch at noon?",
    ] {
        assert!(out.contains(word), "{word}: {out}");
    }

    // Filters.
    let only = |extra: &[&str]| {
        let (code, out, err) = history(&emu, &sb, &[&c2c[..], &["-o", "jsonl"], extra].concat());
        assert_eq!(code, 0, "{err}");
        texts(&jsonl(&out))
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(only(&["--user", "bob"]), ["About my REFUND"]);
    assert_eq!(
        only(&["--user", "alice"]),
        ["Hello Alice", "About my REFUND", "lunch at noon?"]
    );
    assert_eq!(only(&["--peer", "carol"]), ["lunch at noon?"]);
    assert_eq!(
        only(&["--user", "alice", "--peer", "bob"]),
        ["About my REFUND"]
    );
    assert_eq!(only(&["--grep", "refund"]), ["About my REFUND"]);
    assert_eq!(
        only(&["--user", "alice", "--grep", "HELLO"]),
        ["Hello Alice"]
    );
    let (code, out, err) = history(
        &emu,
        &sb,
        &[&c2c[..], &["--grep", "no such words"]].concat(),
    );
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(err.contains("no message matches"), "{err}");

    // --out keeps the checked archive under its documented name, and nothing partial.
    let dir = sb.path().join("archive");
    let (code, _, err) = history(
        &emu,
        &sb,
        &[&c2c[..], &["--out", dir.to_str().unwrap()]].concat(),
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(files_in(&dir), [format!("c2c-{hour}.gz")]);
    let gz = std::fs::read(dir.join(format!("c2c-{hour}.gz"))).unwrap();
    let mut unpacked = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut unpacked)
        .unwrap();
    let lines: Vec<&str> = unpacked.lines().collect();
    assert_eq!(
        lines[0],
        format!(r#"{{"SdkAppId":1400000000,"ChatType":"C2C","MsgTime":"{hour}","MsgList":["#)
    );
    assert!(lines[1].ends_with("},") && lines[2].ends_with("},"));
    assert!(lines[3].ends_with('}'));
    assert_eq!(lines[4..], ["]}"]);
}

#[test]
fn hours_without_messages_expired_hours_and_bad_hours_are_explained() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let (hour, sent) = seed_at(&emu, &sb);

    // The hour before: no message.
    let before = beijing_hour(sent - 3600);
    let (code, out, err) = history(&emu, &sb, &["--type", "c2c", "--hour", &before]);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(
        err.contains("1004") && err.contains("no message was sent"),
        "{err}"
    );
    // ... and which hour was probably meant.
    assert!(err.contains("; ") && err.contains("--hour 20"), "{err}");

    // Group messages: the emulator keeps none yet.
    let (code, _, err) = history(&emu, &sb, &["--type", "group", "--hour", &hour]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("1004"), "{err}");

    // Eight days ago: expired.
    let old = beijing_hour(now() - 8 * 86_400);
    let (code, _, err) = history(&emu, &sb, &["--type", "c2c", "--hour", &old]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("1005") && err.contains("7 days"), "{err}");

    // Not an hour: a usage error, nothing asked.
    for bad in [
        "2026113124",
        "202611",
        "yesterday",
        "2026023010x",
        "2026023012",
    ] {
        let (code, out, err) = history(&emu, &sb, &["--type", "c2c", "--hour", bad]);
        assert_eq!((code, out.as_str()), (2, ""), "{bad}: {err}");
        assert!(err.contains("YYYYMMDDHH"), "{err}");
    }
    let (code, _, _) = history(&emu, &sb, &["--type", "chat", "--hour", &hour]);
    assert_eq!(code, 2);
}

#[test]
fn a_corrupt_download_fails_clearly_and_leaves_nothing() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let hour = seed(&emu, &sb);
    let sig = admin_sig(&sb);
    let hook = |body: Value| {
        let answer = post_json(
            emu.addr(),
            &format!("/imctl-test/corrupt_files?{}", auth_query(&sig)),
            &body,
        );
        assert_eq!(answer["ErrorCode"], 0, "{answer}");
    };
    // The hook is authenticated like the REST API.
    let refused = post_json(
        emu.addr(),
        "/imctl-test/corrupt_files?sdkappid=1400000000&identifier=administrator&usersig=x",
        &json!({}),
    );
    assert_ne!(refused["ErrorCode"], 0, "{refused}");

    hook(json!({}));
    let dir = sb.path().join("archive");
    for extra in [&["-o", "jsonl"][..], &[]] {
        let (code, out, err) = history(
            &emu,
            &sb,
            &[
                &["--type", "c2c", "--hour", hour.as_str()][..],
                &["--out", dir.to_str().unwrap()],
                extra,
            ]
            .concat(),
        );
        assert_eq!(code, 1, "{err}");
        assert_eq!(out, "", "nothing printed from a corrupt archive");
        assert!(err.contains("corrupt") && err.contains("MD5"), "{err}");
        assert!(files_in(&dir).is_empty(), "{:?}", files_in(&dir));
    }

    // Once the downloads are whole again, the same hour reads.
    hook(json!({"Corrupt": false}));
    let (code, out, err) = history(
        &emu,
        &sb,
        &["--type", "c2c", "--hour", &hour, "-o", "jsonl"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(jsonl(&out).len(), 3);
}

/// What the stand-in archive host serves.
#[derive(Clone, Copy)]
enum Serve {
    /// A valid header then `lines` blank lines, announcing `FileSize` 78.
    Bomb { lines: usize, announce: bool },
    /// An endless body, no size announced.
    Endless,
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// A stand-in for get_history and its archive host on 127.0.0.1; counts the REST calls.
fn archive_host(serve: Serve) -> (crate::common::Stub, Arc<AtomicUsize>) {
    use std::io::Write;
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let base = Arc::new(OnceLock::<String>::new());
    let me = base.clone();
    let archive = match serve {
        Serve::Bomb { lines, .. } => {
            let mut raw =
                br#"{"SdkAppId":1400000000,"ChatType":"C2C","MsgTime":"2026120710","MsgList":["#
                    .to_vec();
            raw.extend(std::iter::repeat_n(b'\n', lines + 1));
            raw.extend_from_slice(b"]}\n");
            gz(&raw)
        }
        Serve::Endless => Vec::new(),
    };
    let stub = crate::common::Stub::raw(move |target, stream| {
        if target.starts_with("/v4/") {
            seen.fetch_add(1, Ordering::SeqCst);
            let url = format!("{}/archive.gz", me.get().unwrap());
            let file = match serve {
                Serve::Bomb { announce, .. } => {
                    json!({"URL": url, "ExpireTime": "2099-01-01 00:00:00",
                    "FileSize": if announce { 78 } else { 0 }, "FileMD5": "",
                    "GzipSize": archive.len(), "GzipMD5": ""})
                }
                Serve::Endless => json!({"URL": url, "ExpireTime": "2099-01-01 00:00:00",
                    "FileSize": 0, "FileMD5": "", "GzipSize": 0, "GzipMD5": ""}),
            };
            let body =
                json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "File": [file]});
            crate::common::Stub::write_json(stream, &body.to_string());
            return;
        }
        match serve {
            Serve::Bomb { .. } => {
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    archive.len()
                );
                let _ = stream.write_all(&archive);
            }
            Serve::Endless => {
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                );
                let chunk = vec![0u8; 64 * 1024];
                loop {
                    let frame =
                        [format!("{:x}\r\n", chunk.len()).as_bytes(), &chunk, b"\r\n"].concat();
                    if stream.write_all(&frame).is_err() {
                        return;
                    }
                }
            }
        }
    });
    base.set(stub.url.clone()).unwrap();
    (stub, calls)
}

/// `logs history ARGS` against `stub` with its own TMPDIR: exit code, stderr, and what the
/// TMPDIR holds afterwards.
fn history_at(sb: &Sandbox, stub: &str, args: &[&str]) -> (i32, String, Vec<String>) {
    let tmp = sb.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let out = sb
        .std_cmd()
        .env("TMPDIR", &tmp)
        .args(["--endpoint", stub, "--sdkappid", "1400000000", "--key-file"])
        .arg(sb.key_file())
        .args(["logs", "history", "--type", "c2c"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        text(&out.stderr),
        files_in(&tmp),
    )
}

#[test]
fn an_archive_passing_its_announced_size_stops_at_once_and_leaves_nothing() {
    let sb = Sandbox::new();
    let (stub, _) = archive_host(Serve::Bomb {
        lines: 64 << 20,
        announce: true,
    });
    let started = Instant::now();
    let (code, err, left) = history_at(&sb, &stub.url, &["--hour", "2026120710"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("more than the announced 78 bytes"), "{err}");
    assert!(left.is_empty(), "{left:?}");
    // Unpacking all 64 MiB before checking took seconds in a debug build.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn without_an_announced_size_the_download_and_the_unpacked_size_are_capped() {
    let sb = Sandbox::new();
    let (stub, _) = archive_host(Serve::Endless);
    let (code, err, left) = history_at(&sb, &stub.url, &["--max-download", "1M"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("more than 1 MiB (1048576 bytes), the limit of --max-download"),
        "{err}"
    );
    assert!(left.is_empty(), "{left:?}");

    let (stub, _) = archive_host(Serve::Bomb {
        lines: 4 << 20,
        announce: false,
    });
    let (code, err, left) = history_at(&sb, &stub.url, &["--max-unpacked", "1M"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("the limit of --max-unpacked"), "{err}");
    assert!(left.is_empty(), "{left:?}");
    // Within the caps the same archive reads (it holds no message).
    let (code, err, _) = history_at(&sb, &stub.url, &["--max-unpacked", "8M"]);
    assert_eq!(code, 0, "{err}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_or_sigterm_during_a_download_leaves_nothing_behind() {
    use std::io::BufRead;
    for signal in ["-INT", "-TERM"] {
        let sb = Sandbox::new();
        let (stub, _) = archive_host(Serve::Endless);
        let tmp = sb.path().join("tmp");
        std::fs::create_dir_all(&tmp).unwrap();
        let mut child = sb
            .std_cmd()
            .env("TMPDIR", &tmp)
            .args([
                "--endpoint",
                &stub.url,
                "--sdkappid",
                "1400000000",
                "--key-file",
            ])
            .arg(sb.key_file())
            .args(["logs", "history", "--type", "c2c"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        while !line.contains("downloading") {
            line.clear();
            assert!(err.read_line(&mut line).unwrap() > 0, "no download started");
        }
        // Let some of the body land in the .partial file first.
        let until = Instant::now() + Duration::from_secs(10);
        while !std::fs::read_dir(&tmp)
            .unwrap()
            .filter_map(Result::ok)
            .any(|d| std::fs::read_dir(d.path()).is_ok_and(|mut f| f.next().is_some()))
        {
            assert!(Instant::now() < until, "no partial file appeared");
            std::thread::sleep(Duration::from_millis(20));
        }
        std::process::Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(130), "{signal}");
        assert!(files_in(&tmp).is_empty(), "{signal}: {:?}", files_in(&tmp));
    }
}

#[test]
fn a_plain_http_download_url_for_a_remote_host_is_a_server_problem() {
    let sb = Sandbox::new();
    let stub = crate::common::Stub::raw(|_, stream| {
        crate::common::Stub::write_json(
            stream,
            r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","File":[{"URL":"http://download.example.invalid/a.gz","FileSize":1,"GzipSize":1}]}"#,
        )
    });
    let (code, err, _) = history_at(&sb, &stub.url, &["--hour", "2026120710"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("plain-http download URL"), "{err}");
}

#[test]
fn impossible_hours_and_unwritable_out_are_refused_before_any_call() {
    let sb = Sandbox::new();
    let (stub, calls) = archive_host(Serve::Bomb {
        lines: 1,
        announce: false,
    });
    let (code, err, _) = history_at(&sb, &stub.url, &["--hour", "2026023012"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("not a real date"), "{err}");
    let file = sb.file("archive", "not a directory");
    let (code, err, _) = history_at(
        &sb,
        &stub.url,
        &["--hour", "2026120710", "--out", file.to_str().unwrap()],
    );
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("--out") && err.contains("cannot write there"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a directory");
    assert_eq!(calls.load(Ordering::SeqCst), 0, "nothing was asked");
}

#[test]
fn the_default_hour_is_the_last_complete_one_and_since_converts() {
    let sb = Sandbox::new();
    let (stub, _) = archive_host(Serve::Bomb {
        lines: 1,
        announce: false,
    });
    let (code, err, _) = history_at(&sb, &stub.url, &[]);
    assert_eq!(code, 0, "{err}");
    let expected = beijing_hour(now() - 3600);
    assert!(
        err.contains(&format!(
            "reading hour {expected} (Beijing time, UTC+8; the last complete hour)"
        )),
        "{err}"
    );
    let (code, err, _) = history_at(&sb, &stub.url, &["--since", "3h"]);
    assert_eq!(code, 0, "{err}");
    let hours: Vec<String> = [now() - 3 * 3600, now() - 3 * 3600 - 5]
        .iter()
        .map(|t| beijing_hour(*t))
        .collect();
    assert!(
        hours
            .iter()
            .any(|h| err.contains(&format!("reading hour {h} (Beijing time, UTC+8; --since)"))),
        "{err}"
    );
    assert!(err.contains(" UTC to "), "{err}");
}
