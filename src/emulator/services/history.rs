//! `open_msg_svc/get_history` (spec §7.2): one Beijing-time hour of all C2C or group messages as
//! a gzip archive in the documented layout — a header line
//! `{"SdkAppId":..,"ChatType":..,"MsgTime":..,"MsgList":[`, one message object a line with a
//! trailing comma except the last, `]}` — kept in memory under a random token and served by the
//! emulator's own HTTP server at `/imctl-files/<token>.gz` (no UserSig, like a signed COS URL).
//!
//! Deviation from the service: the hour's archive exists as soon as it has a message (the real
//! one is ready about an hour after the hour ends). Errors: 1002 bad `ChatType`/`MsgTime`, 1004
//! an hour with no message (or one still to come), 1005 an hour that ended over 7 days ago.

use crate::domain::codes;
use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::{json, Map, Value};

use super::message::Messages;
use super::{Reply, State};
use crate::api::download::md5_hex;
use crate::units::{beijing_datetime, beijing_hour_start};

/// The path root the archives are served under (outside `/v4/` and `/imctl-test/`).
pub const FILES_ROOT: &str = "imctl-files";
/// How long an archive URL works.
const URL_LIFETIME: i64 = 3600;
/// Archives are kept this long after their hour.
const KEPT: i64 = 7 * 86_400;
/// At most this many archives are held at once; the oldest go first.
const MAX_FILES: usize = 64;

/// What a service gives the archive: its messages sent in `[start, end)`, as archive records
/// (the documented fields), in the order they were sent. The group service implements it for
/// its messages and plugs in at [`source`].
pub trait Recorded {
    fn records(&self, start: i64, end: i64) -> Vec<Value>;
}

impl Recorded for Messages {
    fn records(&self, start: i64, end: i64) -> Vec<Value> {
        self.read(|list| {
            list.iter()
                .filter(|m| (start..end).contains(&m.time))
                .map(|m| {
                    let mut r = Map::new();
                    r.insert("From_Account".into(), json!(m.from));
                    r.insert("To_Account".into(), json!(m.to));
                    // The key is SEQ_RANDOM_TIME.
                    let seq = m.key.split('_').next().and_then(|s| s.parse::<u64>().ok());
                    r.insert("MsgSeq".into(), json!(seq.unwrap_or(0)));
                    r.insert("MsgRandom".into(), json!(m.random));
                    r.insert("MsgTimeStamp".into(), json!(m.time));
                    r.insert("MsgBody".into(), m.body.clone());
                    if let Some(data) = &m.cloud_custom_data {
                        r.insert("CloudCustomData".into(), json!(data));
                    }
                    Value::Object(r)
                })
                .collect()
        })
    }
}

/// Where one chat type's messages come from.
fn source<'a>(state: &'a State, chat_type: &str) -> Option<&'a dyn Recorded> {
    match chat_type {
        "C2C" => Some(&state.messages),
        "Group" => Some(&state.groups),
        _ => None,
    }
}

struct Archive {
    bytes: Vec<u8>,
    expires: i64,
}

/// The archives handed out, by token, and the test switch that corrupts downloads.
#[derive(Default)]
pub struct Archives {
    files: Mutex<Vec<(String, Archive)>>,
    corrupt: AtomicBool,
}

impl Archives {
    fn keep(&self, token: String, archive: Archive, now: i64) {
        let mut files = self.files.lock().unwrap_or_else(|p| p.into_inner());
        files.retain(|(_, a)| a.expires > now);
        if files.len() >= MAX_FILES {
            files.remove(0);
        }
        files.push((token, archive));
    }

    /// The bytes served for `/imctl-files/<name>`, or `None` (404) for an unknown or expired
    /// token. After the `corrupt_files` test hook one byte in the middle is flipped.
    pub fn serve(&self, name: &str, now: i64) -> Option<Vec<u8>> {
        let token = name.strip_suffix(".gz")?;
        let files = self.files.lock().unwrap_or_else(|p| p.into_inner());
        let (_, archive) = files.iter().find(|(t, a)| t == token && a.expires > now)?;
        let mut bytes = archive.bytes.clone();
        if self.corrupt.load(Ordering::Relaxed) && !bytes.is_empty() {
            let middle = bytes.len() / 2;
            bytes[middle] ^= 0xff;
        }
        Some(bytes)
    }
}

/// `POST /imctl-test/corrupt_files` `{"Corrupt": true|false}` (default true): whether later
/// archive downloads arrive with one byte flipped.
pub fn corrupt_files(state: &State, body: &Value) -> Reply {
    let on = match body.get("Corrupt") {
        None => true,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(super::invalid("Corrupt must be true or false")),
    };
    state.history.corrupt.store(on, Ordering::Relaxed);
    Ok(json!({}))
}

fn bad(message: impl Into<String>) -> (i64, String) {
    (codes::HISTORY_BAD_PARAMETER, message.into())
}

pub fn get_history(state: &State, body: &Value, now: i64) -> Reply {
    let chat_type = match body.get("ChatType").and_then(Value::as_str) {
        Some(t @ ("C2C" | "Group")) => t,
        Some(other) => return Err(bad(format!("ChatType `{other}` must be C2C or Group"))),
        None => return Err(bad("ChatType is required (C2C or Group)")),
    };
    let hour = body
        .get("MsgTime")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("MsgTime is required (a string YYYYMMDDHH)"))?;
    let start = beijing_hour_start(hour)
        .ok_or_else(|| bad(format!("MsgTime `{hour}` is not an hour YYYYMMDDHH")))?;
    let end = start + 3600;
    if end + KEPT <= now {
        return Err((
            codes::HISTORY_EXPIRED,
            format!("the files of {hour} have expired (kept 7 days)"),
        ));
    }
    let no_file = || {
        (
            codes::HISTORY_NOT_READY,
            format!("no file for {hour}: not generated yet, or no message in that hour"),
        )
    };
    if start > now {
        return Err(no_file());
    }
    let records = source(state, chat_type)
        .map(|s| s.records(start, end))
        .unwrap_or_default();
    if records.is_empty() {
        return Err(no_file());
    }
    let text = archive_text(state.app.sdkappid, chat_type, hour, &records);
    let gzip = gzip(text.as_bytes())
        .map_err(|e| (codes::HISTORY_SYSTEM_ERROR, format!("system error: {e}")))?;
    let token = format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..));
    let expires = now + URL_LIFETIME;
    let file = json!({
        "URL": format!("{}/{FILES_ROOT}/{token}.gz", base_url(state.app.listen)),
        "ExpireTime": beijing_datetime(expires).unwrap_or_default(),
        "FileSize": text.len(),
        "FileMD5": md5_hex(text.as_bytes()),
        "GzipSize": gzip.len(),
        "GzipMD5": md5_hex(&gzip),
    });
    state.history.keep(
        token,
        Archive {
            bytes: gzip,
            expires,
        },
        now,
    );
    Ok(json!({ "File": [file] }))
}

/// The archive in the documented layout.
fn archive_text(sdkappid: u32, chat_type: &str, hour: &str, records: &[Value]) -> String {
    let header = json!({"SdkAppId": sdkappid, "ChatType": chat_type, "MsgTime": hour}).to_string();
    // `{"SdkAppId":..,"MsgTime":".."}` -> the same with `"MsgList":[` left open.
    let mut text = format!("{},\"MsgList\":[\n", header.trim_end_matches('}'));
    for (n, record) in records.iter().enumerate() {
        text.push_str(&record.to_string());
        if n + 1 < records.len() {
            text.push(',');
        }
        text.push('\n');
    }
    text.push_str("]}\n");
    text
}

fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// The emulator's own URL: a wildcard listen address is reached on loopback.
fn base_url(listen: SocketAddr) -> String {
    let ip = match listen.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}", SocketAddr::new(ip, listen.port()))
}

#[cfg(test)]
mod tests {
    use std::io::{BufReader, Read};

    use flate2::read::GzDecoder;

    use super::*;
    use crate::api::wire::history::{next_line, Line};
    use crate::emulator::services::{account, message};
    use crate::units::beijing_hour;

    /// 2023-11-15 06:13:20 in Beijing.
    const NOW: i64 = 1_700_000_000;

    fn state_with_messages() -> State {
        let state = State::in_memory();
        account::multiaccount_import(&state, &json!({"Accounts": ["alice", "bob"]}), NOW).unwrap();
        let send = |from: &str, to: &str, text: &str, random: u32, at: i64, extra: Value| {
            let mut body = json!({"From_Account": from, "To_Account": to, "MsgRandom": random,
                "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": text}}]});
            if let (Value::Object(b), Value::Object(e)) = (&mut body, extra) {
                b.extend(e);
            }
            message::sendmsg(&state, &body, at).unwrap();
        };
        send("alice", "bob", "hello bob", 1, NOW - 60, json!({}));
        send(
            "bob",
            "alice",
            "hi",
            2,
            NOW - 30,
            json!({"CloudCustomData": "cc"}),
        );
        // The hour before: not in this hour's archive.
        send("alice", "bob", "earlier", 3, NOW - 3600, json!({}));
        state
    }

    fn call(state: &State, chat: &str, hour: &str) -> Reply {
        get_history(state, &json!({"ChatType": chat, "MsgTime": hour}), NOW)
    }

    fn unpack(gz: &[u8]) -> String {
        let mut text = String::new();
        GzDecoder::new(gz).read_to_string(&mut text).unwrap();
        text
    }

    #[test]
    fn the_hour_is_one_gzip_archive_in_the_documented_layout() {
        let state = state_with_messages();
        let hour = beijing_hour(NOW).unwrap();
        assert_eq!(hour, "2023111506");
        let answer = call(&state, "C2C", &hour).unwrap();
        let files = answer["File"].as_array().unwrap();
        assert_eq!(files.len(), 1);
        let file = &files[0];
        assert_eq!(file["ExpireTime"], "2023-11-15 07:13:20");
        let url = file["URL"].as_str().unwrap();
        let (base, name) = url.rsplit_once('/').unwrap();
        assert_eq!(base, format!("http://127.0.0.1:0/{FILES_ROOT}"));
        assert!(name.ends_with(".gz") && name.len() == 35, "{name}");

        let gz = state.history.serve(name, NOW).unwrap();
        assert_eq!(file["GzipSize"], gz.len());
        assert_eq!(file["GzipMD5"], md5_hex(&gz));
        let text = unpack(&gz);
        assert_eq!(file["FileSize"], text.len());
        assert_eq!(file["FileMD5"], md5_hex(text.as_bytes()));

        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            r#"{"SdkAppId":1400000000,"ChatType":"C2C","MsgTime":"2023111506","MsgList":["#
        );
        assert!(lines[1].ends_with("},"));
        assert!(lines[2].ends_with('}'));
        assert_eq!(lines[3], "]}");
        assert_eq!(lines.len(), 4);

        let mut reader = BufReader::new(text.as_bytes());
        let mut read = Vec::new();
        let mut n = 0;
        while let Some(line) = next_line(&mut reader, &mut n).unwrap() {
            read.push(line);
        }
        assert!(matches!(&read[0], Line::Header(h) if h["SdkAppId"] == 1_400_000_000));
        let Line::Message(first) = &read[1] else {
            panic!("{:?}", read[1])
        };
        assert_eq!(first["From_Account"], "alice");
        assert_eq!(first["To_Account"], "bob");
        assert_eq!(first["MsgRandom"], 1);
        assert_eq!(first["MsgTimeStamp"], NOW - 60);
        assert_eq!(first["MsgBody"][0]["MsgContent"]["Text"], "hello bob");
        assert!(first["MsgSeq"].as_u64().unwrap() > 0);
        assert!(first.get("CloudCustomData").is_none());
        let Line::Message(second) = &read[2] else {
            panic!("{:?}", read[2])
        };
        assert_eq!(second["CloudCustomData"], "cc");
        assert_eq!(read[3], Line::End);
    }

    #[test]
    fn the_answer_has_the_published_sample_shape() {
        let sample: Value = serde_json::from_str(include_str!(
            "../../../tests/data/samples/open_msg_svc.get_history.json"
        ))
        .unwrap();
        let want = &sample["examples"][0]["response"]["File"][0];
        let state = state_with_messages();
        let ours = call(&state, "C2C", "2023111506").unwrap();
        let ours = &ours["File"][0];
        let keys = |v: &Value| {
            let mut k: Vec<(String, bool)> = v
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v.is_string()))
                .collect();
            k.sort();
            k
        };
        assert_eq!(keys(ours), keys(want));
    }

    #[test]
    fn documented_errors() {
        let state = state_with_messages();
        let code = |r: Reply| r.unwrap_err().0;
        assert_eq!(code(call(&state, "c2c", "2023111506")), 1002);
        assert_eq!(
            code(get_history(&state, &json!({"MsgTime": "2023111506"}), NOW)),
            1002
        );
        assert_eq!(code(call(&state, "C2C", "2023111524")), 1002);
        assert_eq!(code(call(&state, "C2C", "2023022910")), 1002);
        assert_eq!(
            code(get_history(
                &state,
                &json!({"ChatType": "C2C", "MsgTime": 2023111506}),
                NOW
            )),
            1002
        );
        // No message in the hour, an hour to come, and group messages (none kept yet).
        assert_eq!(code(call(&state, "C2C", "2023111504")), 1004);
        assert_eq!(code(call(&state, "C2C", "2023111507")), 1004);
        assert_eq!(code(call(&state, "Group", "2023111506")), 1004);
        // The hour before still has its message.
        assert!(call(&state, "C2C", "2023111505").is_ok());
        // Older than 7 days.
        // An hour that ended more than 7 days ago (06:00 on the 8th) has expired; the next one
        // (ends 07:00, within 7 days of 06:13) merely has no message.
        assert_eq!(code(call(&state, "C2C", "2023110805")), 1005);
        assert_eq!(code(call(&state, "C2C", "2023110806")), 1004);
    }

    #[test]
    fn unknown_or_expired_tokens_are_not_served_and_corruption_flips_one_byte() {
        let state = state_with_messages();
        let answer = call(&state, "C2C", "2023111506").unwrap();
        let url = answer["File"][0]["URL"].as_str().unwrap();
        let name = url.rsplit('/').next().unwrap();
        assert!(state
            .history
            .serve("0123456789abcdef0123456789abcdef.gz", NOW)
            .is_none());
        assert!(state
            .history
            .serve(name.trim_end_matches(".gz"), NOW)
            .is_none());
        assert!(state.history.serve(name, NOW + URL_LIFETIME).is_none());
        let good = state.history.serve(name, NOW).unwrap();

        corrupt_files(&state, &json!({})).unwrap();
        let bad = state.history.serve(name, NOW).unwrap();
        assert_eq!(bad.len(), good.len());
        let differ = good.iter().zip(&bad).filter(|(a, b)| a != b).count();
        assert_eq!(differ, 1);
        assert_ne!(md5_hex(&bad), answer["File"][0]["GzipMD5"]);

        corrupt_files(&state, &json!({"Corrupt": false})).unwrap();
        assert_eq!(state.history.serve(name, NOW).unwrap(), good);
        assert_eq!(
            corrupt_files(&state, &json!({"Corrupt": "yes"}))
                .unwrap_err()
                .0,
            70402
        );
    }

    #[test]
    fn a_wildcard_listen_address_is_reached_on_loopback() {
        assert_eq!(
            base_url("0.0.0.0:9901".parse().unwrap()),
            "http://127.0.0.1:9901"
        );
        assert_eq!(base_url("[::]:9901".parse().unwrap()), "http://[::1]:9901");
        assert_eq!(
            base_url("127.0.0.1:80".parse().unwrap()),
            "http://127.0.0.1:80"
        );
    }
}
