//! `imctl group modify-msg GROUP SEQ`: `openim/modify_group_msg` (served by `openim`, not the
//! group service), replacing the stored body and/or cloud data of one group message.

use clap::Args;
use serde_json::json;

use super::checked_group;
use crate::api::wire::group::{ModifyGroupMsg, ModifyGroupMsgRequest};
use crate::commands::message::BodyArgs;
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct ModifyMsgArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// MsgSeq of the message (from `group send` or `group history`)
    #[arg(value_name = "SEQ", value_parser = clap::value_parser!(u64).range(1..))]
    pub seq: u64,
    #[command(flatten)]
    pub content: BodyArgs,
    /// New CloudCustomData
    #[arg(long, value_name = "TEXT")]
    pub cloud_data: Option<String>,
}

/// `-o json`: the request's own fields (`GroupId`, `MsgSeq`, and the `MsgBody` /
/// `CloudCustomData` written); a human run a status line.
pub fn run(ctx: &mut Ctx, args: &ModifyMsgArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let msg_body = args.content.msg_body()?;
    if msg_body.is_none() && args.cloud_data.is_none() {
        return Err(Error::usage(
            "nothing to change: give --text, --custom, --body or --cloud-data",
        ));
    }
    let req = ModifyGroupMsgRequest {
        group_id: group.to_string(),
        msg_seq: args.seq,
        msg_body,
        cloud_custom_data: args.cloud_data.clone(),
        topic_id: None,
    };
    let rest = Rest::open(ctx)?;
    if call::<ModifyGroupMsg>(ctx, &rest, &req, &[group])?.is_none() {
        return Ok(Exit::Ok);
    }
    ctx.out.done(
        &serde_json::to_value(&req).unwrap_or_else(|_| json!({})),
        &format!("modified message {} in group {group}", args.seq),
    )?;
    Ok(Exit::Ok)
}
