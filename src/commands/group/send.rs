//! `imctl group send` (one text message to one or many groups, the console's "send to selected
//! groups") and `imctl group notify` (a system notification). `send` runs on the bulk engine,
//! one group a request: each group gets its own `Random`, which the client's retries repeat,
//! so a retry after a lost answer is recognised by the service as the same message and never
//! delivered twice; a group that got no answer is that group's failure (failures file,
//! `--resume`), never the end of the run.

use crate::commands::message::delivery::PushTextArgs;
use clap::Args;
use serde_json::json;

use super::{checked_group, per_group};
use crate::api::wire::group::{
    SendGroupMsg, SendGroupMsgRequest, SendGroupSystemNotification,
    SendGroupSystemNotificationRequest,
};
use crate::api::wire::message::{ApnsInfo, MessageCommon, MsgElem, OfflinePushInfo};
use crate::bulk::ItemResult;
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::group::{CONSOLE_TEXT_CHARS, MESSAGE_MAX_BYTES, NOTIFY_TO_MAX};
use crate::domain::user_id;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct SendArgs {
    /// GroupIds
    #[arg(value_name = "GROUP", required_unless_present = "file")]
    pub groups: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
    /// The message text (the console takes 300 characters; the service 8 KB)
    #[arg(long, value_name = "TEXT")]
    pub text: String,
    /// Sender (an imported account; default: the app admin)
    #[arg(long, value_name = "USERID")]
    pub from: Option<String>,
    /// Priority: High, Normal or Low
    #[arg(long, value_name = "P", value_parser = ["High", "Normal", "Low"])]
    pub priority: Option<String>,
    #[command(flatten)]
    pub push: PushTextArgs,
    /// Pass-through payload (OfflinePushInfo.Ext; a JSON string for every Android vendor)
    #[arg(long, value_name = "JSON", help_heading = "Offline push")]
    pub push_ext: Option<String>,
    /// iOS sound file (OfflinePushInfo.ApnsInfo.Sound)
    #[arg(long, value_name = "FILE", help_heading = "Offline push")]
    pub apns_sound: Option<String>,
    /// No offline push at all (OfflinePushInfo.PushFlag 1)
    #[arg(long, help_heading = "Offline push",
          conflicts_with_all = ["push_title", "push_desc", "push_ext", "apns_sound"])]
    pub no_push: bool,
}

/// The request for one group (without its `Random`), checked against the documented size.
pub fn message(args: &SendArgs) -> Result<SendGroupMsgRequest, Error> {
    if args.text.is_empty() {
        return Err(Error::usage("--text is empty"));
    }
    if let Some(from) = &args.from {
        user_id::validate(from).map_err(|e| Error::usage(format!("--from `{from}`: {e}")))?;
    }
    let push = if args.no_push {
        Some(OfflinePushInfo {
            push_flag: Some(1),
            ..OfflinePushInfo::default()
        })
    } else if args.push.given() || args.push_ext.is_some() || args.apns_sound.is_some() {
        Some(OfflinePushInfo {
            push_flag: Some(0),
            title: args.push.push_title.clone(),
            desc: args.push.push_desc.clone(),
            ext: args.push_ext.clone(),
            apns_info: args.apns_sound.as_ref().map(|s| ApnsInfo {
                sound: Some(s.clone()),
                ..ApnsInfo::default()
            }),
            ..OfflinePushInfo::default()
        })
    } else {
        None
    };
    let req = SendGroupMsgRequest {
        msg_priority: args.priority.clone(),
        common: MessageCommon {
            from_account: args.from.clone(),
            msg_body: vec![MsgElem::text(&args.text)],
            offline_push_info: push,
            ..MessageCommon::default()
        },
        ..SendGroupMsgRequest::default()
    };
    let size = serde_json::to_vec(&req.common.msg_body).map_or(0, |b| b.len())
        + req
            .common
            .offline_push_info
            .as_ref()
            .and_then(|p| serde_json::to_vec(p).ok())
            .map_or(0, |b| b.len());
    if size > MESSAGE_MAX_BYTES {
        return Err(Error::usage(format!(
            "the message is {size} bytes; the service takes at most {MESSAGE_MAX_BYTES} (8 KB, the smaller documented limit)"
        )));
    }
    Ok(req)
}

pub fn run(ctx: &mut Ctx, args: &SendArgs) -> Result<Exit, Error> {
    let input = args.bulk.input_of(
        "GroupIds",
        &args.groups,
        crate::domain::group::check_group_id,
    )?;
    let template = message(args)?;
    let chars = args.text.chars().count();
    if chars > CONSOLE_TEXT_CHARS {
        ctx.out.warn(&format!(
            "the text is {chars} characters; the console's send box takes {CONSOLE_TEXT_CHARS} (the service takes it)"
        ));
    }
    let mut op = per_group::<SendGroupMsg>(
        "group-send",
        move |records| {
            let mut req = template.clone();
            req.group_id = records[0].user.clone();
            // Drawn once per group: the client's retries resend this same body.
            req.random = fastrand::u32(..);
            req
        },
        |records, req, answer| {
            let result = match answer.msg_drop_reason.as_deref() {
                Some(reason) if !reason.is_empty() => ItemResult::Failed {
                    code: None,
                    reason: format!("the service dropped the message ({reason}: over 40 messages a second to this group)"),
                },
                _ => ItemResult::Done(Some(json!({
                    "GroupId": records[0].user,
                    "MsgSeq": answer.msg_seq,
                    "MsgTime": answer.msg_time,
                    "Random": req.random,
                }))),
            };
            vec![result]
        },
    );
    // A resume must send as the same sender.
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
            columns: ["GroupId", "MsgSeq", "MsgTime"].map(String::from).to_vec(),
            verb: "sent to",
            noun: "group(s)",
        },
    )
}

#[derive(Debug, Args)]
pub struct NotifyArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// The notification text
    #[arg(long, value_name = "TEXT")]
    pub text: String,
    /// Only these members (repeat; at most 500; default: every member)
    #[arg(long = "to", value_name = "USERID")]
    pub to: Vec<String>,
}

pub fn notify(ctx: &mut Ctx, args: &NotifyArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    if args.text.is_empty() {
        return Err(Error::usage("--text is empty"));
    }
    if args.to.len() > NOTIFY_TO_MAX {
        return Err(Error::usage(format!("at most {NOTIFY_TO_MAX} --to")));
    }
    for u in &args.to {
        user_id::validate(u).map_err(|e| Error::usage(format!("--to `{u}`: {e}")))?;
    }
    let req = SendGroupSystemNotificationRequest {
        group_id: group.into(),
        to_members_account: args.to.clone(),
        content: args.text.clone(),
        topic_id: None,
    };
    let rest = Rest::open(ctx)?;
    if call::<SendGroupSystemNotification>(ctx, &rest, &req, &[group])?.is_none() {
        return Ok(Exit::Ok);
    }
    let to = if args.to.is_empty() {
        "every member".to_string()
    } else {
        format!("{} member(s)", args.to.len())
    };
    ctx.out
        .done(&super::ok_row(group), &format!("notified {to} of {group}"))?;
    Ok(Exit::Ok)
}
