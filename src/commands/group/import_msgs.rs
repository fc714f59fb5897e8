//! `imctl group import-msgs GROUP --file F`: a group's old messages from JSONL, 7 a request
//! (`import_group_msg`'s documented maximum) on the bulk engine, one request at a time in file
//! order: the service takes only messages later than the newest one it holds, so batches
//! must not overtake each other. Each line keeps its `SendTime`, `From_Account` and
//! `Random`; a line without `Random` gets one derived from its content, so a retried or
//! resumed batch is recognised as a repeat instead of imported twice. `MsgTimeStamp` and
//! `MsgRandom` are read as `SendTime` and `Random`: `group_msg_get_simple`'s rows feed back.

use clap::Args;

use super::checked_group;
use crate::api::wire::group::{ImportGroupMsg, ImportGroupMsgItem, ImportGroupMsgRequest};
use crate::bulk::input::{Format, Raw, Record};
use crate::bulk::operation::missing_from_answer;
use crate::bulk::{EndpointOp, ItemResult};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::IMPORT_GROUP_MSG_BATCH;
use crate::error::{Error, Exit};
use crate::migrate::lines::{group_msg as line_item, group_msg_refusal as refusal};

#[derive(Debug, Args)]
#[command(
    mut_arg("file", |a| a.required(true)
        .help("JSONL, one message a line, oldest first: From_Account, SendTime, MsgBody \
               [, Random] (docs/group-import.md)")),
    after_help = "\
Examples:
  # old.jsonl: {\"From_Account\":\"bob\",\"SendTime\":1620808101,
  #   \"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]}
  imctl group import-msgs team-a --file old.jsonl --failures failed.jsonl
  # continue after Ctrl-C
  imctl group import-msgs team-a --file old.jsonl --resume
  # into a topic of a topic-enabled Community
  imctl group import-msgs @TGS#_club --topic @TGS#_club@TOPIC#_news \\
      --file news.jsonl
  # check every line, send nothing
  imctl --dry-run group import-msgs team-a --file old.jsonl"
)]
pub struct ImportMsgsArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// Import into this topic of a topic-enabled Community (TopicId)
    #[arg(long, value_name = "TOPICID")]
    pub topic: Option<String>,
    /// Update the members' conversation lists (RecentContactFlag 1; not for Community)
    #[arg(long)]
    pub recent_contact: bool,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

fn check(record: &Record) -> Result<(), String> {
    match &record.raw {
        Raw::Json(map) => line_item(map).map(drop),
        _ => Err("not a JSON line".into()),
    }
}

pub fn run(ctx: &mut Ctx, args: &ImportMsgsArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?.to_string();
    let input = args.bulk.input(&[])?;
    if !matches!(input.format, Format::Jsonl) {
        return Err(Error::usage(format!(
            "{}: group import-msgs reads JSONL (one JSON object a line), see docs/group-import.md",
            input.name
        )));
    }
    let (topic, flag) = (args.topic.clone(), args.recent_contact.then_some(1));
    let target = match &topic {
        Some(t) => format!("{group} {t}"),
        None => group.clone(),
    };
    let mut op = EndpointOp::<ImportGroupMsg>::new(
        "group-import-msgs",
        IMPORT_GROUP_MSG_BATCH,
        move |records| ImportGroupMsgRequest {
            group_id: group.clone(),
            recent_contact_flag: flag,
            msg_list: records
                .iter()
                .map(|r| match &r.raw {
                    Raw::Json(map) => line_item(map).unwrap_or_default(),
                    _ => ImportGroupMsgItem::default(),
                })
                .collect(),
            topic_id: topic.clone(),
        },
        |records, _, answer| {
            let mut results = answer.import_msg_result.into_iter();
            records
                .iter()
                .map(|_| match results.next() {
                    Some(r) if r.result == 0 => ItemResult::Done(None),
                    Some(r) => ItemResult::Failed {
                        code: Some(r.result),
                        reason: refusal(r.result),
                    },
                    None => missing_from_answer(),
                })
                .collect()
        },
    );
    op.check = check;
    op.target = Some(target);
    op.explain = super::group_failure;
    let mut opts = args.bulk.options(ctx.global.dry_run);
    // In file order: a batch that overtook an earlier one would be refused as out of order.
    opts.concurrency = 1;
    bulk_args::run(
        ctx,
        input,
        op,
        opts,
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
    use serde_json::{json, Value};

    fn line(v: Value) -> Result<ImportGroupMsgItem, String> {
        line_item(v.as_object().unwrap())
    }

    #[test]
    fn lines_are_checked_and_get_a_stable_random() {
        let ok = json!({"From_Account": "bob", "SendTime": 1620808101,
                        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}],
                        "Error": "a failures file's column is ignored"});
        let item = line(ok.clone()).unwrap();
        assert_eq!(item.random, line(ok.clone()).unwrap().random);
        let mut later = ok.clone();
        later["SendTime"] = json!(1620808102);
        assert_ne!(item.random, line(later).unwrap().random);
        let history = json!({"From_Account": "bob", "MsgTimeStamp": 7, "MsgRandom": 9,
                             "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]});
        let read = line(history).unwrap();
        assert_eq!((read.send_time, read.random), (7, Some(9)));
        for (key, value, reason) in [
            ("SendTime", json!("yesterday"), "SendTime"),
            ("MsgBody", json!([]), "MsgBody"),
            (
                "MsgBody",
                json!([{"MsgType": "TIMImageElem", "MsgContent": {}}]),
                "TIMImageElem",
            ),
            (
                "MsgBody",
                json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x".repeat(12_001)}}]),
                "bytes",
            ),
            ("From_Account", json!(""), "From_Account"),
            ("Random", json!(-1), "Random"),
        ] {
            let mut bad = ok.clone();
            bad[key] = value;
            assert!(line(bad).unwrap_err().contains(reason), "{key}");
        }
    }
}
