//! `imctl message send`: one message from one sender. One recipient: `sendmsg` (the C2C
//! callbacks run). Several, or `--file`: `batchsendmsg` on the bulk engine, 500 recipients a
//! request (no callbacks, as documented), with the failures file, checkpoint and `--resume`.
//! Each request draws its own `MsgRandom` once, which the client's retries resend, so a retry
//! after a lost answer is the same message to the service, never a second delivery.

use clap::Args;
use serde_json::{json, Value};

use super::delivery::{lifetime, PushTextArgs};
use super::BodyArgs;
use crate::api::wire::message::{
    BatchSendMsg, BatchSendMsgRequest, C2cMessage, MessageCommon, SendMsg, SendMsgRequest,
};
use crate::bulk::{EndpointOp, ItemResult};
use crate::commands::account::checked_user;
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::codes;
use crate::error::{Error, Exit};

/// The longest JSON body of a send (93000 beyond it).
const MAX_PACKET: usize = 12 * 1024;
/// Offline retention at most 7 days (90026 beyond).
/// Recipients per `batchsendmsg` (90011 beyond).
const BATCH_SEND_MAX: usize = 500;
const COLUMNS: [&str; 3] = ["To_Account", "MsgKey", "MsgTime"];

#[derive(Debug, Args)]
#[command(
    mut_arg("file", |a| a.visible_alias("to-file")
        .help("Send to the UserIDs of this file (`-` for stdin): CSV headed UserID, JSONL, or one UserID a line")),
    after_help = "\
Examples:
  # one recipient (sendmsg; callbacks run)
  imctl message send --from alice --to bob --text hello
  # many recipients: batchsendmsg, 500 a request
  imctl message send --from alice --to bob --to carol --text 'standup in 5'
  # a recipient list, with a failures file; --resume after Ctrl-C
  imctl message send --from alice --file users.csv --text hi \\
      --failures failed.csv
  # a custom message kept offline for one hour, with push text
  imctl message send --from alice --to bob --custom '{\"k\":1}' --lifetime 1h \\
      --push-desc 'new order'
  # print the request; send nothing
  imctl --dry-run message send --from alice --to bob --text hi"
)]
pub struct SendArgs {
    /// Sender (an imported account; default: the app admin)
    #[arg(long, value_name = "USERID")]
    pub from: Option<String>,
    /// Recipient (repeatable)
    #[arg(long = "to", value_name = "USERID", required_unless_present = "file")]
    pub to: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
    #[command(flatten)]
    pub content: BodyArgs,
    /// CloudCustomData of the message
    #[arg(long, value_name = "TEXT")]
    pub cloud_data: Option<String>,
    /// Deliver only to recipients online now; keep nothing offline (MsgLifeTime 0)
    #[arg(long, conflicts_with = "lifetime")]
    pub online_only: bool,
    /// Keep the message offline this long: 1h, 30m, 2d or seconds (at most 7d)
    #[arg(long, value_name = "DURATION")]
    pub lifetime: Option<String>,
    /// Do not sync the message to the sender's other devices (SyncOtherMachine 2)
    #[arg(long)]
    pub no_sync: bool,
    #[command(flatten)]
    pub push: PushTextArgs,
}

/// The message without recipients or `MsgRandom`, checked against the documented limits.
fn message(args: &SendArgs) -> Result<C2cMessage, Error> {
    if let Some(from) = &args.from {
        checked_user(from).map_err(|e| Error::usage(format!("--from: {e}")))?;
    }
    let msg_body = args
        .content
        .msg_body()?
        .ok_or_else(|| Error::usage("nothing to send: give --text, --custom or --body"))?;
    let msg_life_time = if args.online_only {
        Some(0)
    } else {
        lifetime(args.lifetime.as_deref())?
    };
    let push = args.push.info();
    let msg = C2cMessage {
        sync_other_machine: Some(if args.no_sync { 2 } else { 1 }),
        msg_life_time,
        common: MessageCommon {
            from_account: args.from.clone(),
            msg_body,
            cloud_custom_data: args.cloud_data.clone(),
            offline_push_info: push,
            ..MessageCommon::default()
        },
        ..C2cMessage::default()
    };
    let size = serde_json::to_vec(&msg).map_or(0, |b| b.len());
    if size > MAX_PACKET {
        return Err(Error::usage(format!(
            "the message is {size} bytes of JSON; the service takes at most {MAX_PACKET} (12 KB)"
        )));
    }
    Ok(msg)
}

/// `-o json`: an array of `{"To_Account", "MsgKey", "MsgTime"}`, one per recipient that got it
/// (`batchsendmsg` returns no time: MsgTime is read from the MsgKey, `SEQ_RANDOM_TIME`).
pub fn run(ctx: &mut Ctx, args: &SendArgs) -> Result<Exit, Error> {
    let template = message(args)?;
    if args.bulk.file.is_none() && args.to.len() == 1 {
        return send_one(ctx, template, checked_user(&args.to[0])?);
    }
    let input = args.bulk.input(&args.to)?;
    let mut op = EndpointOp::<BatchSendMsg>::new(
        "message-send",
        BATCH_SEND_MAX,
        move |records| {
            let mut message = template.clone();
            // Drawn once per request: the client's retries resend this same body.
            message.msg_random = fastrand::u32(..);
            BatchSendMsgRequest {
                to_account: records.iter().map(|r| r.user.clone()).collect(),
                message,
            }
        },
        |records, _req, answer| {
            let time = answer
                .msg_key
                .rsplit('_')
                .next()
                .and_then(|t| t.parse::<i64>().ok());
            records
                .iter()
                .map(|r| match answer.error_list.iter().find(|e| e.to_account == r.user) {
                    Some(e) => ItemResult::Failed {
                        code: Some(e.error_code),
                        reason: codes::lookup(e.error_code)
                            .map_or("not delivered".to_string(), |c| c.meaning.to_string()),
                    },
                    None => ItemResult::Done(Some(
                        json!({"To_Account": r.user, "MsgKey": answer.msg_key, "MsgTime": time}),
                    )),
                })
                .collect()
        },
    );
    op.dedup = true;
    // A resume must send the same message from the same sender.
    op.target = Some(format!(
        "sender {}",
        args.from.as_deref().unwrap_or("(the app admin)")
    ));
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: COLUMNS.map(String::from).to_vec(),
            verb: "sent to",
            noun: "recipient(s)",
        },
    )
}

fn send_one(ctx: &mut Ctx, mut message: C2cMessage, to: &str) -> Result<Exit, Error> {
    message.msg_random = fastrand::u32(..);
    let req = SendMsgRequest {
        to_account: to.to_string(),
        message,
    };
    let rest = Rest::open(ctx)?;
    let Some(answer) = call::<SendMsg>(ctx, &rest, &req, &[to])? else {
        return Ok(Exit::Ok);
    };
    let row: Value =
        json!({"To_Account": to, "MsgKey": answer.msg_key, "MsgTime": answer.msg_time});
    ctx.out.rows(&COLUMNS, &[row])?;
    Ok(Exit::Ok)
}
