//! `imctl group recall GROUP SEQ…`: `group_msg_recall` on the bulk engine, up to 10 seqs a
//! request (one request for a usual handful). The service answers each seq on its own
//! (`RecallRetList[].RetCode`, while the top level says OK): every seq that was not recalled is
//! a failure named on stderr and in the summary, and the exit status is 6.

use clap::Args;

use super::{checked_group, group_failure};
use crate::api::wire::group::{GroupMsgRecall, GroupMsgRecallRequest, MsgSeqItem};
use crate::bulk::{EndpointOp, Input, ItemResult, Options, Record};
use crate::commands::bulk_args::{self, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::GROUP_RECALL_BATCH;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct RecallArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// MsgSeqs of the messages to recall (from `group send` or `group history`)
    #[arg(value_name = "SEQ", required = true)]
    pub seqs: Vec<String>,
}

pub fn run(ctx: &mut Ctx, args: &RecallArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?.to_string();
    for seq in &args.seqs {
        check_seq(seq).map_err(|e| Error::usage(format!("`{seq}`: {e}")))?;
    }
    let op = recall_op(group);
    let opts = Options {
        concurrency: 1,
        batch_size: None,
        failures: None,
        output: None,
        checkpoint: None,
        resume: false,
        dry_run: ctx.global.dry_run,
    };
    bulk_args::run(
        ctx,
        Input::args(&args.seqs),
        op,
        opts,
        Presentation {
            columns: Vec::new(),
            verb: "recalled",
            noun: "message(s)",
        },
    )
}

/// A MsgSeq: a positive integer.
fn check_seq(seq: &str) -> Result<(), String> {
    match seq.parse::<u64>() {
        Ok(n) if n > 0 => Ok(()),
        _ => Err("a MsgSeq is a positive integer".into()),
    }
}

/// Seqs listed twice are recalled once; each seq's `RetCode` is its result.
fn recall_op(group: String) -> EndpointOp<GroupMsgRecall> {
    let target = group.clone();
    let mut op = EndpointOp::<GroupMsgRecall>::new(
        "group-recall",
        GROUP_RECALL_BATCH,
        move |records| GroupMsgRecallRequest {
            group_id: group.clone(),
            msg_seq_list: records
                .iter()
                .map(|r| MsgSeqItem { msg_seq: seq_of(r) })
                .collect(),
            topic_id: None,
            reason: None,
        },
        |records, _, answer| {
            let by_seq: std::collections::HashMap<u64, i64> = answer
                .recall_ret_list
                .iter()
                .map(|r| (r.msg_seq, r.ret_code))
                .collect();
            records
                .iter()
                .map(|r| match by_seq.get(&seq_of(r)) {
                    Some(0) => ItemResult::Done(None),
                    Some(&code) => ItemResult::Failed {
                        code: Some(code),
                        reason: group_failure(code, "not recalled".into()),
                    },
                    None => ItemResult::Failed {
                        code: None,
                        reason: "the answer did not mention this MsgSeq".into(),
                    },
                })
                .collect()
        },
    );
    op.target = Some(target);
    op.id_column = "MsgSeq";
    op.check = |r| check_seq(&r.user);
    op.dedup = true;
    op.explain = group_failure;
    op
}

/// The record's seq (checked before anything is sent).
fn seq_of(record: &Record) -> u64 {
    record.user.parse().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::group::{GroupMsgRecallResponse, RecallRet};
    use crate::bulk::Operation;

    #[test]
    fn seqs_are_positive_integers() {
        assert!(check_seq("12").is_ok());
        assert!(check_seq("0").is_err());
        assert!(check_seq("-1").is_err());
        assert!(check_seq("abc").is_err());
    }

    #[test]
    fn each_seq_gets_its_ret_code() {
        let op = recall_op("g".into());
        assert_eq!(op.max_batch(), 10);
        let records: Vec<Record> = ["100", "101", "102"]
            .iter()
            .enumerate()
            .map(|(i, seq)| Record {
                line: i as u64 + 1,
                user: seq.to_string(),
                nick: None,
                face_url: None,
                raw: crate::bulk::input::Raw::Id,
            })
            .collect();
        let req = (op.request)(&records);
        assert_eq!(req.msg_seq_list.len(), 3);
        let answer = GroupMsgRecallResponse {
            recall_ret_list: vec![
                RecallRet {
                    msg_seq: 100,
                    ret_code: 10030,
                },
                RecallRet {
                    msg_seq: 101,
                    ret_code: 0,
                },
            ],
        };
        let got = (op.results)(&records, &req, answer);
        assert!(matches!(
            &got[0],
            ItemResult::Failed {
                code: Some(10030),
                ..
            }
        ));
        assert_eq!(got[1], ItemResult::Done(None));
        assert!(matches!(&got[2], ItemResult::Failed { code: None, .. }));
    }
}
