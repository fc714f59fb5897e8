//! `imctl message history A B`: every page of `admin_getroammsg` for A's view of the
//! conversation with B. The service pages newest first (each next page asks for what is older
//! than the last page's oldest message), so the pages are gathered and printed oldest first;
//! `--limit` stops paging once that many of the newest messages are in.

use clap::Args;
use serde_json::{json, Value};

use super::pair;
use crate::api::wire::c2c::{AdminGetRoamMsg, AdminGetRoamMsgRequest, RoamMsg};
use crate::commands::logs::filters::parse_time;
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::error::{Error, Exit};
use crate::global::OutputFormat;
use crate::units::{human_time, now_unix};

/// Roaming storage keeps 7 days by default (30 on Ultimate): the window read without --since.
const DEFAULT_SINCE: &str = "7d";
const DEFAULT_PAGE: u32 = 100;
const RECALLED: u32 = 8;
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
    let mut pages: Vec<Vec<RoamMsg>> = Vec::new();
    let mut count = 0;
    loop {
        let Some(page) = call::<AdminGetRoamMsg>(ctx, &rest, &req, &[user, peer])? else {
            return Ok(Exit::Ok);
        };
        count += page.msg_list.len();
        let done = page.complete == 1 || args.limit.is_some_and(|l| count >= l);
        let stuck = page.msg_list.is_empty()
            || req.last_msg_key.as_deref() == Some(page.last_msg_key.as_str());
        pages.push(page.msg_list);
        if done {
            break;
        }
        if stuck {
            return Err(Error::Failed(format!(
                "admin_getroammsg: Complete 0 but page {} did not move past LastMsgKey `{}`",
                pages.len(),
                page.last_msg_key
            )));
        }
        req.max_time = page.last_msg_time;
        req.last_msg_key = Some(page.last_msg_key);
    }
    // Pages came newest first, each oldest first within.
    let mut messages: Vec<RoamMsg> = pages.into_iter().rev().flatten().collect();
    if let Some(limit) = args.limit {
        let extra = messages.len().saturating_sub(limit);
        messages.drain(..extra);
    }
    if messages.is_empty() {
        ctx.out.status(&format!(
            "no messages between {user} and {peer} from {} to {}",
            human_time(since),
            human_time(until)
        ));
    }
    let raw = || -> Vec<Value> {
        messages
            .iter()
            .map(|m| serde_json::to_value(m).unwrap_or(Value::Null))
            .collect()
    };
    match ctx.out.format() {
        Some(OutputFormat::Json | OutputFormat::Jsonl | OutputFormat::Csv) => {
            ctx.out.rows(&CSV_COLUMNS, &raw())?
        }
        _ => {
            let rows: Vec<Value> = messages.iter().map(human_row).collect();
            ctx.out
                .rows(&["MsgTimeStamp", "From_Account", "MsgKey", "Text"], &rows)?
        }
    }
    Ok(Exit::Ok)
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
