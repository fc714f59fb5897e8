//! `imctl logs history` end to end against the emulator: C2C messages sent through `imctl`,
//! their hour's archive listed by `get_history`, downloaded from the emulator's own server,
//! checked, printed (table, JSONL, JSON) and filtered; `--out` keeping the archive; the
//! documented errors; and a corrupt download that leaves nothing behind.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

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
    for bad in ["2026113124", "202611", "yesterday", "2026023010x"] {
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
