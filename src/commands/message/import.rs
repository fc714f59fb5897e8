//! `imctl message import --file F`: historic one-to-one messages from JSONL, one `importmsg` a
//! line (the service takes one message a call) on the bulk engine, paced at the documented
//! 200 calls/s, with the failures file, checkpoint and `--resume`. A line is importmsg's own
//! body; each keeps its `MsgTimeStamp`. The service deduplicates on MsgSeq + MsgRandom +
//! MsgTimeStamp and picks a random MsgSeq when none is sent, so a line without them gets its line
//! number as `MsgSeq` (same-second messages keep the file's order) and a `MsgRandom` derived from
//! its content: importing the same file twice imports every message once.

use clap::Args;
use serde_json::{Map, Value};

use crate::api::wire::c2c::{ImportMsg, ImportMsgRequest};
use crate::api::wire::message::MsgElem;
use crate::bulk::input::{Format, Raw, Record};
use crate::bulk::{EndpointOp, ItemResult};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::user_id;
use crate::error::{Error, Exit};

/// The longest JSON body of an import (93000 beyond it).
const MAX_PACKET: usize = 12 * 1024;
const HISTORY: u8 = 2;
const REALTIME: u8 = 5;

#[derive(Debug, Args)]
#[command(
    mut_arg("file", |a| a.required(true)
        .help("JSONL, one message a line: From_Account, To_Account, MsgTimeStamp, MsgBody \
               [, MsgRandom, MsgSeq, CloudCustomData, SyncFromOldSystem] (docs/output-message.md)")),
    after_help = "\
Examples:
  # old.jsonl: one importmsg body a line (From_Account, To_Account,
  # MsgTimeStamp, MsgBody), docs/output-message.md has the format
  imctl message import --file old.jsonl --failures failed.jsonl
  # continue after Ctrl-C
  imctl message import --file old.jsonl --resume
  # count them as unread and push them (SyncFromOldSystem 5)
  imctl message import --file recent.jsonl --realtime
  # check every line, send nothing
  imctl --dry-run message import --file old.jsonl"
)]
pub struct ImportArgs {
    #[command(flatten)]
    pub bulk: BulkFileArgs,
    /// Import as real-time messages: unread and pushed (SyncFromOldSystem 5); default history:
    /// read, not pushed (2). A line's own SyncFromOldSystem wins
    #[arg(long)]
    pub realtime: bool,
}

/// One line as its request, checked. `SyncFromOldSystem` is 0 when the line has none.
fn line_request(map: &Map<String, Value>) -> Result<ImportMsgRequest, String> {
    let string = |key: &str| -> Result<Option<String>, String> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("\"{key}\" must be a string")),
        }
    };
    let user = |key: &str| -> Result<String, String> {
        let id = string(key)?.ok_or_else(|| format!("no \"{key}\""))?;
        user_id::validate(&id).map_err(|e| format!("\"{key}\" `{id}`: {e}"))?;
        Ok(id)
    };
    let unsigned = |key: &str| -> Result<Option<u32>, String> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => v
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .map(Some)
                .ok_or_else(|| format!("\"{key}\" must be an integer 0..4294967295")),
        }
    };
    let msg_time_stamp = map
        .get("MsgTimeStamp")
        .and_then(Value::as_i64)
        .filter(|t| *t >= 0)
        .ok_or("\"MsgTimeStamp\" must be the original send time in Unix seconds")?;
    let body = map.get("MsgBody").ok_or("no \"MsgBody\"")?;
    let msg_body: Vec<MsgElem> = serde_json::from_value(body.clone())
        .map_err(|_| "\"MsgBody\" must be an array of {MsgType, MsgContent}".to_string())?;
    if msg_body.is_empty()
        || msg_body
            .iter()
            .any(|e| e.msg_type.is_empty() || !e.msg_content.is_object())
    {
        return Err("\"MsgBody\" needs at least one {MsgType, MsgContent} element".into());
    }
    let sync = match unsigned("SyncFromOldSystem")? {
        None => 0,
        Some(n @ (2 | 5)) => n as u8,
        Some(_) => return Err("\"SyncFromOldSystem\" must be 2 (history) or 5 (real-time)".into()),
    };
    let mut req = ImportMsgRequest {
        sync_from_old_system: sync,
        from_account: user("From_Account")?,
        to_account: user("To_Account")?,
        msg_seq: unsigned("MsgSeq")?,
        msg_random: 0,
        msg_time_stamp,
        msg_body,
        cloud_custom_data: string("CloudCustomData")?,
    };
    req.msg_random = match unsigned("MsgRandom")? {
        Some(r) => r,
        None => stable_random(&req),
    };
    let size = serde_json::to_vec(&req).map_or(0, |b| b.len());
    if size > MAX_PACKET {
        return Err(format!(
            "{size} bytes of JSON; importmsg takes at most {MAX_PACKET} (12 KB)"
        ));
    }
    Ok(req)
}

/// FNV-1a over the message's identity: the same line gets the same `MsgRandom` in every run.
fn stable_random(req: &ImportMsgRequest) -> u32 {
    let text = format!(
        "{}\u{0}{}\u{0}{}\u{0}{:?}\u{0}{}",
        req.from_account,
        req.to_account,
        req.msg_time_stamp,
        req.msg_seq,
        serde_json::to_string(&req.msg_body).unwrap_or_default()
    );
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn check(record: &Record) -> Result<(), String> {
    match &record.raw {
        Raw::Json(map) => line_request(map).map(drop),
        _ => Err("not a JSON line".into()),
    }
}

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<Exit, Error> {
    let input = args.bulk.input(&[])?;
    if !matches!(input.format, Format::Jsonl) {
        return Err(Error::usage(format!(
            "{}: message import reads JSONL (one JSON object a line), see docs/output-message.md",
            input.name
        )));
    }
    let default_sync = if args.realtime { REALTIME } else { HISTORY };
    let mut op = EndpointOp::<ImportMsg>::new(
        "message-import",
        1,
        move |records| {
            let mut req = match &records[0].raw {
                Raw::Json(map) => line_request(map).unwrap_or_default(),
                _ => ImportMsgRequest::default(),
            };
            if req.msg_seq.is_none() {
                req.msg_seq = u32::try_from(records[0].line).ok();
            }
            if req.sync_from_old_system == 0 {
                req.sync_from_old_system = default_sync;
            }
            req
        },
        |records, _, _| records.iter().map(|_| ItemResult::Done(None)).collect(),
    );
    op.check = check;
    op.per_item = true;
    // A resume must import the rest the same way.
    op.target = Some(
        if args.realtime {
            "real-time"
        } else {
            "history"
        }
        .to_string(),
    );
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "imported",
            noun: "message(s)",
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn line(v: Value) -> Result<ImportMsgRequest, String> {
        line_request(v.as_object().unwrap())
    }

    #[test]
    fn lines_are_checked_and_get_a_stable_random() {
        let ok = json!({"From_Account": "a", "To_Account": "b", "MsgTimeStamp": 5,
                        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}],
                        "Error": "a failures file's column is ignored"});
        let req = line(ok.clone()).unwrap();
        assert_eq!((req.sync_from_old_system, req.msg_time_stamp), (0, 5));
        assert_eq!(req.msg_random, line(ok.clone()).unwrap().msg_random);
        let mut other = ok.clone();
        other["MsgTimeStamp"] = json!(6);
        assert_ne!(req.msg_random, line(other).unwrap().msg_random);
        for (key, value, reason) in [
            ("MsgTimeStamp", json!("yesterday"), "MsgTimeStamp"),
            ("MsgBody", json!([]), "MsgBody"),
            ("From_Account", json!(""), "From_Account"),
            ("SyncFromOldSystem", json!(3), "SyncFromOldSystem"),
            ("MsgRandom", json!(-1), "MsgRandom"),
        ] {
            let mut bad = ok.clone();
            bad[key] = value;
            assert!(line(bad).unwrap_err().contains(reason), "{key}");
        }
    }
}
