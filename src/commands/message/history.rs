//! `imctl message history A B`: every page of `admin_getroammsg` for A's view of the
//! conversation with B. The service pages newest first (each next page asks for what is older
//! than the last page's oldest message), so the pages wait in a temporary file, one in memory at
//! a time, and are printed oldest first; `--limit` stops paging once that many of the newest
//! messages are in.

use clap::Args;
use serde_json::{json, Value};

use super::pair;
use crate::api::wire::c2c::{AdminGetRoamMsg, AdminGetRoamMsgRequest, RoamMsg};
use crate::commands::logs::filters::parse_time;
use crate::commands::pages::PagePrinter;
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::error::{Error, Exit};
use crate::units::{human_time, now_unix};

/// Roaming storage keeps 7 days by default (30 on Ultimate): the window read without --since.
const DEFAULT_SINCE: &str = "7d";
const DEFAULT_PAGE: u32 = 100;
const RECALLED: u32 = 8;
const HUMAN_COLUMNS: [&str; 4] = ["MsgTimeStamp", "From_Account", "MsgKey", "Text"];
const CSV_COLUMNS: [&str; 9] = [
    "MsgTimeStamp",
    "From_Account",
    "To_Account",
    "MsgSeq",
    "MsgRandom",
    "MsgFlagBits",
    "MsgKey",
    "MsgBody",
    "CloudCustomData",
];

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  # the last 7 days between alice and bob, as alice sees them
  imctl message history alice bob
  # one message a line, the service's field names
  imctl message history alice bob --since 30d -o jsonl > alice-bob.jsonl
  # only the 20 newest
  imctl message history alice bob --limit 20")]
pub struct HistoryArgs {
    /// Whose view of the conversation is read (Operator_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The other side (Peer_Account)
    #[arg(value_name = "PEER")]
    pub peer: String,
    /// From this time on: a duration ago (30m, 3d) or an RFC 3339 time or date [default: 7d]
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// Up to this time (same forms as --since) [default: now]
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
    /// At most this many messages (the newest)
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Messages asked for per request (MaxCnt)
    #[arg(long, value_name = "N", default_value_t = DEFAULT_PAGE)]
    pub page_size: u32,
}

/// `-o json`: an array of `MsgList` items as the service returns them, oldest first; `jsonl`
/// one a line; human formats a table of time, sender, MsgKey and text.
pub fn run(ctx: &mut Ctx, args: &HistoryArgs) -> Result<Exit, Error> {
    let (user, peer) = pair(&args.user, &args.peer)?;
    if args.limit == Some(0) || args.page_size == 0 {
        return Err(Error::usage("--limit and --page-size must be at least 1"));
    }
    let now = now_unix();
    let time = |flag: &str, text: &str| {
        parse_time(text, now).map_err(|m| Error::usage(format!("--{flag}: {m}")))
    };
    let since = time("since", args.since.as_deref().unwrap_or(DEFAULT_SINCE))?;
    let until = args
        .until
        .as_deref()
        .map_or(Ok(now), |u| time("until", u))?;
    if since > until {
        return Err(Error::usage("--since is later than --until"));
    }
    let rest = Rest::open(ctx)?;
    let mut req = AdminGetRoamMsgRequest {
        operator_account: user.to_string(),
        peer_account: peer.to_string(),
        max_cnt: args.page_size,
        min_time: since,
        max_time: until,
        last_msg_key: None,
    };
    // Pages come newest first: they wait on disk (one page in memory) and are printed back
    // oldest first, so memory stays flat however long the history.
    let mut spill = Spill::new()?;
    let mut count = 0;
    loop {
        let Some(page) = call::<AdminGetRoamMsg>(ctx, &rest, &req, &[user, peer])? else {
            return Ok(Exit::Ok);
        };
        count += page.msg_list.len();
        let done = page.complete == 1 || args.limit.is_some_and(|l| count >= l);
        let stuck = page.msg_list.is_empty()
            || req.last_msg_key.as_deref() == Some(page.last_msg_key.as_str());
        spill.push(&page.msg_list)?;
        if done {
            break;
        }
        if stuck {
            return Err(Error::Failed(format!(
                "admin_getroammsg: Complete 0 but page {} did not move past LastMsgKey `{}`",
                spill.len(),
                page.last_msg_key
            )));
        }
        req.max_time = page.last_msg_time;
        req.last_msg_key = Some(page.last_msg_key);
    }
    // --limit keeps the newest: the extra are the oldest, at the start of the oldest page.
    let mut skip = args.limit.map_or(0, |l| count.saturating_sub(l));
    if count == skip {
        ctx.out.status(&format!(
            "no messages between {user} and {peer} from {} to {}",
            human_time(since),
            human_time(until)
        ));
    }
    let mut printer = PagePrinter::new(ctx.out.format(), &CSV_COLUMNS, &HUMAN_COLUMNS);
    for index in (0..spill.len()).rev() {
        let mut page = spill.page(index)?;
        let cut = skip.min(page.len());
        page.drain(..cut);
        skip -= cut;
        printer.push(ctx, &page, raw_row, human_row)?;
    }
    printer.finish(ctx)?;
    Ok(Exit::Ok)
}

/// The pages read so far, in an owner-only temporary file that is unlinked at once (so it is
/// gone with the process, however it ends).
struct Spill {
    file: std::fs::File,
    pages: Vec<(u64, usize)>,
}

impl Spill {
    fn new() -> Result<Self, Error> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path =
            std::env::temp_dir().join(format!("imctl-history-{}-{nanos}", std::process::id()));
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(&path).map_err(|e| spill_error(&e))?;
        let _ = std::fs::remove_file(&path);
        Ok(Spill {
            file,
            pages: Vec::new(),
        })
    }

    fn len(&self) -> usize {
        self.pages.len()
    }

    fn push(&mut self, page: &[RoamMsg]) -> Result<(), Error> {
        use std::io::{Seek, SeekFrom, Write};
        let bytes = serde_json::to_vec(page).map_err(|e| spill_error(&e))?;
        let offset = self
            .file
            .seek(SeekFrom::End(0))
            .map_err(|e| spill_error(&e))?;
        self.file.write_all(&bytes).map_err(|e| spill_error(&e))?;
        self.pages.push((offset, bytes.len()));
        Ok(())
    }

    fn page(&mut self, index: usize) -> Result<Vec<RoamMsg>, Error> {
        use std::io::{Read, Seek, SeekFrom};
        let (offset, len) = self.pages[index];
        let mut bytes = vec![0; len];
        self.file
            .seek(SeekFrom::Start(offset))
            .and_then(|_| self.file.read_exact(&mut bytes))
            .map_err(|e| spill_error(&e))?;
        serde_json::from_slice(&bytes).map_err(|e| spill_error(&e))
    }
}

fn spill_error(e: &dyn std::fmt::Display) -> Error {
    Error::Failed(format!("history: the temporary page file: {e}"))
}

/// The message as the service answered it (its own field names).
fn raw_row(m: &RoamMsg) -> Value {
    serde_json::to_value(m).unwrap_or(Value::Null)
}

fn human_row(m: &RoamMsg) -> Value {
    json!({
        // Unix seconds: the table shows them as local time with the zone, like every time.
        "MsgTimeStamp": m.msg_time_stamp,
        "From_Account": m.from_account,
        "MsgKey": m.msg_key,
        "Text": summary(m),
    })
}

/// The text elements' text; other elements as `[MsgType]`; a recalled message as `(recalled)`.
fn summary(m: &RoamMsg) -> String {
    if m.msg_flag_bits & RECALLED != 0 {
        return "(recalled)".into();
    }
    crate::api::wire::message::MsgElem::summary(&m.msg_body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::message::MsgElem;

    #[test]
    fn summaries_show_text_other_kinds_and_recalls() {
        let mut m = RoamMsg {
            msg_body: vec![MsgElem::text("hi"), MsgElem::custom("{}", None)],
            ..RoamMsg::default()
        };
        assert_eq!(summary(&m), "hi [TIMCustomElem]");
        m.msg_flag_bits = 8;
        assert_eq!(summary(&m), "(recalled)");
    }
}
