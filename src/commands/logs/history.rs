//! `imctl logs history`: one hour of all C2C or group messages from `open_msg_svc/get_history`
//! (spec §7.2). Each listed archive is downloaded, checked against the announced sizes and MD5s
//! (compressed and unpacked) before anything is printed or kept, then streamed through the
//! filters one line at a time.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, ValueEnum};
use flate2::read::GzDecoder;
use serde_json::{json, Value};

use crate::api::download::{self, Expected};
use crate::api::wire;
use crate::api::wire::history::{
    next_line, Checked, GetHistory, GetHistoryRequest, HistoryFile, Line,
};
use crate::commands::{rest, Ctx};
use crate::error::{Error, Exit};
use crate::global::OutputFormat;

/// A download gets this long unless `--timeout` says otherwise.
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(300);

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChatType {
    C2c,
    Group,
}

impl ChatType {
    fn wire(self) -> &'static str {
        match self {
            ChatType::C2c => "C2C",
            ChatType::Group => "Group",
        }
    }
}

#[derive(Debug, Args)]
#[command(after_help = "\
The service writes one archive set per hour (Beijing time), ready about an hour after the hour
ends, and keeps it 7 days. Every file is checked against its announced size and MD5 before any
message is printed; a corrupt download is removed and nothing is kept.

Examples:
  imctl logs history --type c2c --hour 2026112821
  imctl logs history --type group --hour 2026112821 --peer @TGS#2J4SZEAEL \\
      -o jsonl
  imctl logs history --type c2c --hour 2026112821 --user alice --grep refund
  # keep the .gz files
  imctl logs history --type c2c --hour 2026112821 --out ./archive")]
pub struct HistoryArgs {
    /// One-to-one or group messages
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub chat_type: ChatType,
    /// The hour, as YYYYMMDDHH in Beijing time (2026112821 = 21:00-21:59 on 2026-11-28)
    #[arg(long, value_name = "YYYYMMDDHH", value_parser = hour_value)]
    pub hour: String,
    /// Keep the downloaded archives in this directory (default: a temporary one, removed after)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Only messages sent by or to this user
    #[arg(long, value_name = "USERID")]
    pub user: Option<String>,
    /// Only messages with this peer: the receiver (C2C) or the group (GroupId)
    #[arg(long, value_name = "ID")]
    pub peer: Option<String>,
    /// Only messages whose text contains this (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub grep: Option<String>,
}

/// `YYYYMMDDHH` with a real month, day and hour.
fn hour_value(text: &str) -> Result<String, String> {
    let ok = text.len() == 10 && text.bytes().all(|b| b.is_ascii_digit()) && {
        let month: u32 = text[4..6].parse().unwrap_or(0);
        let day: u32 = text[6..8].parse().unwrap_or(0);
        let hour: u32 = text[8..].parse().unwrap_or(99);
        (1..=12).contains(&month) && (1..=31).contains(&day) && hour < 24
    };
    if ok {
        Ok(text.to_string())
    } else {
        Err("give the hour as YYYYMMDDHH, e.g. 2026112821".into())
    }
}

/// The filters of one run.
struct Filter {
    user: Option<String>,
    peer: Option<String>,
    grep: Option<String>,
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

pub fn run(ctx: &mut Ctx, args: &HistoryArgs) -> Result<Exit, Error> {
    let filter = Filter {
        user: args.user.clone(),
        peer: args.peer.clone(),
        grep: args.grep.clone(),
    };
    let temp;
    let dir: &Path = match &args.out {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::io(format!("cannot create {}", dir.display()), &e))?;
            dir
        }
        None => {
            temp = TempDir::new()?;
            &temp.0
        }
    };
    let timeout = ctx
        .global
        .timeout
        .map_or(DOWNLOAD_TIMEOUT, Duration::from_secs);
    let rt = rest::runtime()?;
    let request = GetHistoryRequest {
        chat_type: args.chat_type.wire().into(),
        msg_time: args.hour.clone(),
    };
    let archives = rt.block_on(async {
        let session = rest::connect(ctx).await?;
        let files = match wire::call::<GetHistory>(&session.client, &request, &[]).await {
            Ok(answer) => answer.file,
            Err(e) => return Err(explain(e, &args.hour)),
        };
        let mut archives = Vec::new();
        for (n, file) in files.iter().enumerate() {
            let dest = dir.join(archive_name(args.chat_type, &args.hour, n, files.len()));
            let expected = Expected {
                size: Some(file.gzip_size).filter(|s| *s > 0),
                md5: Some(file.gzip_md5.clone()).filter(|m| !m.is_empty()),
            };
            ctx.out.status(&format!(
                "downloading {} ({} bytes)",
                dest.display(),
                file.gzip_size
            ));
            download::fetch(&session.client, &file.url, &dest, &expected, timeout, |p| {
                check_archive(p, file)
            })
            .await?;
            archives.push(dest);
        }
        Ok::<_, Error>(archives)
    })?;
    if archives.is_empty() {
        ctx.out
            .status("the service listed no archive for that hour");
        return Ok(Exit::Ok);
    }
    print_messages(ctx, &archives, &filter)?;
    Ok(Exit::Ok)
}

/// `c2c-2026112821.gz`, numbered when the hour has several files.
fn archive_name(chat: ChatType, hour: &str, n: usize, of: usize) -> String {
    let kind = chat.wire().to_lowercase();
    if of > 1 {
        format!("{kind}-{hour}-{}.gz", n + 1)
    } else {
        format!("{kind}-{hour}.gz")
    }
}

/// The unpacked archive must have the announced size and MD5 and the documented layout.
fn check_archive(path: &Path, file: &HistoryFile) -> Result<(), Error> {
    let corrupt =
        |why: String| Error::Failed(format!("the archive is corrupt: {why}; nothing was kept"));
    let gz =
        File::open(path).map_err(|e| Error::io(format!("cannot open {}", path.display()), &e))?;
    let mut checked = Checked::new(GzDecoder::new(gz));
    {
        let mut reader = BufReader::new(&mut checked);
        let mut n = 0;
        let mut ended = false;
        loop {
            match next_line(&mut reader, &mut n).map_err(corrupt)? {
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
/// table, CSV or JSON array.
fn print_messages(ctx: &mut Ctx, archives: &[PathBuf], filter: &Filter) -> Result<(), Error> {
    let stream = matches!(ctx.out.format(), Some(OutputFormat::Jsonl));
    let mut rows = Vec::new();
    let mut kept = 0u64;
    for path in archives {
        let gz = File::open(path)
            .map_err(|e| Error::io(format!("cannot open {}", path.display()), &e))?;
        let mut reader = BufReader::new(GzDecoder::new(gz));
        let mut n = 0;
        while let Some(line) = next_line(&mut reader, &mut n).map_err(Error::Failed)? {
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

/// The documented get_history errors in plain words.
fn explain(e: Error, hour: &str) -> Error {
    match &e {
        Error::Api { code: 1004, .. } => Error::Failed(format!(
            "no archive for {hour} (ErrorCode 1004): the files are ready about an hour after the hour ends, and none exists when no message was sent"
        )),
        Error::Api { code: 1005, .. } => Error::Failed(format!(
            "the archive for {hour} has expired (ErrorCode 1005): archives are kept 7 days"
        )),
        _ => e,
    }
}

/// A private temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<Self, Error> {
        let path = std::env::temp_dir().join(format!(
            "imctl-history-{}-{}",
            std::process::id(),
            fastrand::u64(..)
        ));
        crate::config::create_private_dir(&path)?;
        Ok(Self(path))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
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

    #[test]
    fn hours_are_checked() {
        assert!(hour_value("2026112821").is_ok());
        for bad in ["202611282", "2026112824", "2026130121", "20261128xx"] {
            assert!(hour_value(bad).is_err(), "{bad}");
        }
    }
}
