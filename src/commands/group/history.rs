//! `imctl group history GROUP`: `group_msg_get_simple` page after page, newest first, each next
//! page asking for what is older than the last one's oldest seq (`ReqMsgSeq` = smallest − 1).
//! Messages are printed as each page arrives (JSON, JSONL, CSV and text hold nothing), so
//! memory stays flat however long the history; only the human table waits for the end.

use clap::Args;
use serde_json::{json, Value};

use super::checked_group;
use crate::api::wire::group::{GroupMsgGetSimple, GroupMsgGetSimpleRequest, RspMsg};
use crate::commands::account::checked_user;
use crate::commands::pages::PagePrinter;
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::limits::GROUP_HISTORY_PAGE;
use crate::error::{Error, Exit};

/// `IsPlaceMsg` values (spec §5.14).
const PLACE_DELETED: u8 = 1;
const PLACE_RECALLED: u8 = 2;
/// `IsFinished` 1: nothing older remains.
const FINISHED: u8 = 1;
const MACHINE_COLUMNS: [&str; 8] = [
    "MsgSeq",
    "MsgTimeStamp",
    "From_Account",
    "IsPlaceMsg",
    "IsSystemMsg",
    "MsgPriority",
    "MsgRandom",
    "MsgBody",
];
const HUMAN_COLUMNS: [&str; 4] = ["MsgSeq", "MsgTimeStamp", "From_Account", "Text"];

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// Only messages this user sent
    #[arg(long, value_name = "USERID")]
    pub from: Option<String>,
    /// Only messages with MsgSeq N or later (paging stops below it)
    #[arg(long, value_name = "N")]
    pub since_seq: Option<u64>,
    /// Start at MsgSeq N and go older (ReqMsgSeq) [default: the newest]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub until_seq: Option<u64>,
    /// At most this many messages (the newest; pages are followed until there are N)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
    /// Follow every page (without it or --limit: the first page, and a note when more remain)
    #[arg(long)]
    pub all: bool,
    /// Messages asked for per request (ReqMsgNumber, 1-20)
    #[arg(long, value_name = "N", default_value_t = GROUP_HISTORY_PAGE as u32,
          value_parser = clap::value_parser!(u32).range(1..=GROUP_HISTORY_PAGE as i64))]
    pub page_size: u32,
    /// Include recalled messages (WithRecalledMsg 1: listed with IsPlaceMsg 2, no body)
    #[arg(long)]
    pub with_recalled: bool,
}

/// `-o json`: an array of `RspMsgList` items as the service returns them, newest first; `jsonl`
/// one a line; `csv` the same columns; human formats a table of seq, time, sender and text.
pub fn run(ctx: &mut Ctx, args: &HistoryArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let from = args.from.as_deref().map(checked_user).transpose()?;
    if let (Some(since), Some(until)) = (args.since_seq, args.until_seq) {
        if since > until {
            return Err(Error::usage("--since-seq is larger than --until-seq"));
        }
    }
    let rest = Rest::open(ctx)?;
    let mut req = GroupMsgGetSimpleRequest {
        group_id: group.to_string(),
        req_msg_number: args.page_size,
        req_msg_seq: args.until_seq,
        with_recalled_msg: args.with_recalled.then_some(1),
        topic_id: None,
    };
    let ids: Vec<&str> = std::iter::once(group).chain(from).collect();
    let mut printer = PagePrinter::new(ctx.out.format(), &MACHINE_COLUMNS, &HUMAN_COLUMNS);
    let (mut shown, mut pages) = (0u64, 0u64);
    let room = |shown: u64| args.limit.map_or(u64::MAX, |l| l - shown);
    loop {
        let Some(page) = call::<GroupMsgGetSimple>(ctx, &rest, &req, &ids)? else {
            return Ok(Exit::Ok); // --dry-run: the first request was printed
        };
        pages += 1;
        let oldest = page.rsp_msg_list.iter().map(|m| m.msg_seq).min();
        // A page above the seq asked for would be asked for again, and again: stop instead.
        if let (Some(asked), Some(got)) = (req.req_msg_seq, oldest) {
            if got > asked {
                return Err(Error::Failed(format!(
                    "group_msg_get_simple: asked for MsgSeq {asked} and older, got {got} as the \
                     oldest of page {pages}; stopping rather than reading it again"
                )));
            }
        }
        let below_since = args
            .since_seq
            .is_some_and(|s| oldest.is_some_and(|o| o <= s));
        let keep: Vec<RspMsg> = page
            .rsp_msg_list
            .into_iter()
            .filter(|m| args.since_seq.is_none_or(|s| m.msg_seq >= s))
            .filter(|m| from.is_none_or(|f| m.from_account == f))
            .take(usize::try_from(room(shown)).unwrap_or(usize::MAX))
            .collect();
        shown += keep.len() as u64;
        printer.push(ctx, &keep, raw_row, human_row)?;
        let more = page.is_finished != FINISHED && oldest.is_some_and(|o| o > 1);
        if !more || below_since || room(shown) == 0 {
            break;
        }
        if !args.all && args.limit.is_none() {
            ctx.out.status(&format!(
                "{shown} message(s) from the newest page; pass --all for every page (or --limit N)"
            ));
            break;
        }
        req.req_msg_seq = oldest.map(|o| o - 1);
    }
    if shown == 0 {
        ctx.out.status(&format!(
            "no messages in group {group}{} ({pages} page(s) read)",
            from.map(|f| format!(" from {f}")).unwrap_or_default()
        ));
    }
    printer.finish(ctx)?;
    Ok(Exit::Ok)
}

/// The message as the service answered it (its own field names).
fn raw_row(m: &RspMsg) -> Value {
    serde_json::to_value(m).unwrap_or(Value::Null)
}

fn human_row(m: &RspMsg) -> Value {
    json!({
        "MsgSeq": m.msg_seq,
        // Unix seconds: the table shows them as local time with the zone, like every time.
        "MsgTimeStamp": m.msg_time_stamp,
        "From_Account": m.from_account,
        "Text": summary(m),
    })
}

/// The text elements' text; other elements as `[MsgType]`; recalled and deleted messages as
/// such.
fn summary(m: &RspMsg) -> String {
    match m.is_place_msg {
        PLACE_RECALLED => return "(recalled)".into(),
        PLACE_DELETED => return "(deleted or expired)".into(),
        _ => {}
    }
    crate::api::wire::message::MsgElem::summary(&m.msg_body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::message::MsgElem;

    #[test]
    fn summaries_show_text_other_kinds_recalls_and_deletions() {
        let mut m = RspMsg {
            msg_body: vec![MsgElem::text("hi"), MsgElem::custom("{}", None)],
            ..RspMsg::default()
        };
        assert_eq!(summary(&m), "hi [TIMCustomElem]");
        m.is_place_msg = PLACE_RECALLED;
        assert_eq!(summary(&m), "(recalled)");
        m.is_place_msg = PLACE_DELETED;
        assert_eq!(summary(&m), "(deleted or expired)");
    }

    #[test]
    fn raw_rows_keep_the_service_names() {
        let m = RspMsg {
            from_account: "bob".into(),
            msg_seq: 7,
            ..RspMsg::default()
        };
        let row = raw_row(&m);
        assert_eq!(row["From_Account"], "bob");
        assert_eq!(row["MsgSeq"], 7);
        assert!(row.get("MsgKey").is_none(), "{row}");
    }
}
