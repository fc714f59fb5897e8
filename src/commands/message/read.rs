//! `imctl message read A B`: `admin_set_msg_read`, marking what B sent A read for A.

use clap::Args;
use serde_json::json;

use super::pair;
use crate::api::wire::c2c::{AdminSetMsgRead, AdminSetMsgReadRequest};
use crate::commands::logs::filters::parse_time;
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::error::{Error, Exit};
use crate::units::now_unix;

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  # everything bob sent alice is read for alice
  imctl message read alice bob
  # only what bob sent up to an hour ago
  imctl message read alice bob --until 1h
  # print the request; send nothing
  imctl --dry-run message read alice bob")]
pub struct ReadArgs {
    /// Who read (Report_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The other side (Peer_Account)
    #[arg(value_name = "PEER")]
    pub peer: String,
    /// Read up to this time: a duration ago (30m, 3d) or an RFC 3339 time [default: now]
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
}

/// `-o json`: `{"Report_Account", "Peer_Account"}` plus `MsgReadTime` when --until was given.
pub fn run(ctx: &mut Ctx, args: &ReadArgs) -> Result<Exit, Error> {
    let (user, peer) = pair(&args.user, &args.peer)?;
    let time = args
        .until
        .as_deref()
        .map(|u| parse_time(u, now_unix()).map_err(|m| Error::usage(format!("--until: {m}"))))
        .transpose()?;
    let req = AdminSetMsgReadRequest {
        report_account: user.to_string(),
        peer_account: peer.to_string(),
        msg_read_time: time.map(|t| t.to_string()),
    };
    let rest = Rest::open(ctx)?;
    if call::<AdminSetMsgRead>(ctx, &rest, &req, &[user, peer])?.is_none() {
        return Ok(Exit::Ok);
    }
    let mut value = json!({"Report_Account": user, "Peer_Account": peer});
    if let Some(t) = &req.msg_read_time {
        value["MsgReadTime"] = json!(t);
    }
    ctx.out
        .done(&value, &format!("marked what {peer} sent {user} as read"))?;
    Ok(Exit::Ok)
}
