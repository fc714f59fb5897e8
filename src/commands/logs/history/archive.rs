//! One downloaded archive: checked against what the service announced while it is unpacked
//! (stopping as soon as it passes the announced or capped size), then read through the filters.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use flate2::read::GzDecoder;
use serde_json::{json, Value};

use crate::api::download::{self, Cap, Capped, Expected};
use crate::api::wire::history::{next_line, Checked, HistoryFile, Line};
use crate::commands::Ctx;
use crate::error::Error;
use crate::global::OutputFormat;

/// The filters of one run.
pub struct Filter {
    pub user: Option<String>,
    pub peer: Option<String>,
    pub grep: Option<String>,
}

impl Filter {
    fn keeps(&self, message: &Value) -> bool {
        let field = |name: &str| message.get(name).and_then(Value::as_str);
        let from = field("From_Account");
        let to = field("To_Account");
        let group = field("GroupId");
        if let Some(user) = &self.user {
            if from != Some(user.as_str()) && to != Some(user.as_str()) {
                return false;
            }
        }
        if let Some(peer) = &self.peer {
            let peer = Some(peer.as_str());
            let matches = to == peer || group == peer || (self.user.is_some() && from == peer);
            if !matches {
                return false;
            }
        }
        if let Some(grep) = &self.grep {
            return text_of(message)
                .to_lowercase()
                .contains(&grep.to_lowercase());
        }
        true
    }
}

/// The readable text of a message: every Text, Desc and Data of its body.
fn text_of(message: &Value) -> String {
    let mut parts = Vec::new();
    for elem in message["MsgBody"].as_array().into_iter().flatten() {
        for key in ["Text", "Desc", "Data"] {
            if let Some(s) = elem["MsgContent"][key].as_str() {
                parts.push(s.to_string());
            }
        }
    }
    parts.join(" ")
}

/// The unpacked archive must have the announced size and MD5 and the documented layout. It is
/// unpacked only up to the announced size (or `cap` when none is announced): one byte more
/// and the check stops.
pub fn check_archive(path: &Path, file: &HistoryFile, cap: Cap) -> Result<(), Error> {
    let corrupt =
        |why: String| Error::Failed(format!("the archive is corrupt: {why}; nothing was kept"));
    let gz =
        File::open(path).map_err(|e| Error::io(format!("cannot open {}", path.display()), &e))?;
    let announced = Some(file.file_size).filter(|s| *s > 0);
    let limit = announced.unwrap_or(cap.bytes);
    let passed = || {
        match announced {
        Some(size) => corrupt(format!("unpacked, it is more than the announced {size} bytes")),
        None => Error::Failed(format!(
            "the archive unpacks to more than {} ({} bytes), the limit of {} when the service announces no size; nothing was kept (raise it with {} SIZE)",
            download::human_size(cap.bytes),
            cap.bytes,
            cap.flag,
            cap.flag
        )),
    }
    };
    let mut checked = Checked::new(Capped::new(GzDecoder::new(gz), limit));
    {
        let mut reader = BufReader::new(&mut checked);
        let mut n = 0;
        let mut ended = false;
        loop {
            let line = next_line(&mut reader, &mut n);
            if let Err(why) = &line {
                if why.contains(download::CAP_MESSAGE) {
                    return Err(passed());
                }
            }
            match line.map_err(corrupt)? {
                None => break,
                Some(Line::End) => ended = true,
                Some(_) if ended => return Err(corrupt(format!("line {n}: data after `]}}`"))),
                Some(_) => {}
            }
        }
        if !ended {
            return Err(corrupt("it ends before the closing `]}`".into()));
        }
    }
    let (size, md5) = checked.finish();
    download::verify(
        size,
        &md5,
        &Expected {
            size: Some(file.file_size).filter(|s| *s > 0),
            md5: Some(file.file_md5.clone()).filter(|m| !m.is_empty()),
        },
    )
    .map_err(|e| corrupt(format!("unpacked, {e}")))
}

/// Streams the kept messages: one JSON object a line with `-o jsonl`, else collected for the
/// table, CSV or JSON array. Stops with [`Error::Interrupted`] once `interrupted` is set.
pub fn print_messages(
    ctx: &mut Ctx,
    archives: &[PathBuf],
    filter: &Filter,
    interrupted: &AtomicBool,
) -> Result<(), Error> {
    let stream = matches!(ctx.out.format(), Some(OutputFormat::Jsonl));
    let mut rows = Vec::new();
    let mut kept = 0u64;
    for path in archives {
        let gz = File::open(path)
            .map_err(|e| Error::io(format!("cannot open {}", path.display()), &e))?;
        let mut reader = BufReader::new(GzDecoder::new(gz));
        let mut n = 0;
        while let Some(line) = next_line(&mut reader, &mut n).map_err(Error::Failed)? {
            if interrupted.load(Ordering::SeqCst) {
                return Err(Error::Interrupted);
            }
            let Line::Message(message) = line else {
                continue;
            };
            if !filter.keeps(&message) {
                continue;
            }
            kept += 1;
            if stream {
                ctx.out.line(&message.to_string())?;
            } else if matches!(ctx.out.format(), Some(OutputFormat::Json)) {
                rows.push(message);
            } else {
                rows.push(table_row(&message));
            }
        }
    }
    if kept == 0 {
        ctx.out.status("no message matches");
        return Ok(());
    }
    if !stream {
        ctx.out.rows(
            &["MsgTimeStamp", "From_Account", "To", "MsgType", "Text"],
            &rows,
        )?;
    }
    Ok(())
}
fn table_row(message: &Value) -> Value {
    let time = message
        .get("MsgTimeStamp")
        .or_else(|| message.get("MsgTimestamp"))
        .and_then(Value::as_i64)
        .map(crate::units::human_time)
        .unwrap_or_default();
    let to = message
        .get("GroupId")
        .or_else(|| message.get("To_Account"))
        .cloned()
        .unwrap_or(Value::Null);
    let types: Vec<&str> = message["MsgBody"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["MsgType"].as_str())
        .collect();
    json!({
        "MsgTimeStamp": time,
        "From_Account": message["From_Account"],
        "To": to,
        "MsgType": types.join(","),
        "Text": text_of(message),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(from: &str, to: &str, text: &str) -> Value {
        json!({"From_Account": from, "To_Account": to,
               "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": text}}]})
    }

    #[test]
    fn filters_combine_user_peer_and_grep() {
        let f = Filter {
            user: Some("alice".into()),
            peer: Some("bob".into()),
            grep: Some("REFUND".into()),
        };
        assert!(f.keeps(&msg("alice", "bob", "about the refund")));
        assert!(f.keeps(&msg("bob", "alice", "refund done")));
        assert!(!f.keeps(&msg("alice", "carol", "refund")));
        assert!(!f.keeps(&msg("alice", "bob", "hello")));
        let group = Filter {
            user: None,
            peer: Some("@TGS#1".into()),
            grep: None,
        };
        assert!(group.keeps(&json!({"From_Account": "x", "GroupId": "@TGS#1", "MsgBody": []})));
    }
}
