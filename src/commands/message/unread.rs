//! `imctl message unread A [--peer B...]`: `get_c2c_unread_msg_num`, A's unread one-to-one
//! counts in total, or per peer (10 peers a request; more are asked in turn).

use clap::Args;
use serde_json::json;

use crate::api::wire::c2c::{GetC2cUnreadMsgNum, GetC2cUnreadMsgNumRequest};
use crate::commands::account::{checked_user, checked_users};
use crate::commands::items::{self, ItemFailure};
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::limits::C2C_UNREAD_PEERS;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  # alice's unread one-to-one messages in total
  imctl message unread alice
  # per conversation
  imctl message unread alice --peer bob --peer carol -o json")]
pub struct UnreadArgs {
    /// Whose counts (To_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// Count only the conversation with this user (repeatable)
    #[arg(long = "peer", value_name = "USERID")]
    pub peers: Vec<String>,
}

/// Without --peer, `-o json`: `{"To_Account", "AllC2CUnreadMsgNum"}`. With it: an array of
/// `{"Peer_Account", "C2CUnreadMsgNum"}`; peers the service refused are item errors (exit 6).
pub fn run(ctx: &mut Ctx, args: &UnreadArgs) -> Result<Exit, Error> {
    let user = checked_user(&args.user)?;
    let peers = checked_users(&args.peers)?;
    let rest = Rest::open(ctx)?;
    if peers.is_empty() {
        let req = GetC2cUnreadMsgNumRequest {
            to_account: user.to_string(),
            peer_account: None,
        };
        let Some(answer) = call::<GetC2cUnreadMsgNum>(ctx, &rest, &req, &[user])? else {
            return Ok(Exit::Ok);
        };
        let total = answer.all_c2c_unread_msg_num.unwrap_or(0);
        let value = json!({"To_Account": user, "AllC2CUnreadMsgNum": total});
        ctx.out.object(&value, || {
            format!("{user}: {total} unread one-to-one message(s)")
        })?;
        return Ok(Exit::Ok);
    }
    let (mut rows, mut failures) = (Vec::new(), Vec::new());
    for chunk in peers.chunks(C2C_UNREAD_PEERS) {
        let req = GetC2cUnreadMsgNumRequest {
            to_account: user.to_string(),
            peer_account: Some(chunk.iter().map(|p| p.to_string()).collect()),
        };
        let Some(answer) = call::<GetC2cUnreadMsgNum>(ctx, &rest, &req, &[user])? else {
            continue;
        };
        for p in answer.c2c_unread_msg_num_list.unwrap_or_default() {
            rows.push(
                json!({"Peer_Account": p.peer_account, "C2CUnreadMsgNum": p.c2c_unread_msg_num}),
            );
        }
        for e in answer.error_list.unwrap_or_default() {
            failures.push(ItemFailure::new(
                e.peer_account,
                Some(e.error_code),
                "cannot count this conversation",
            ));
        }
    }
    if ctx.global.dry_run {
        return Ok(Exit::Ok);
    }
    ctx.out.rows(&["Peer_Account", "C2CUnreadMsgNum"], &rows)?;
    items::finish(&ctx.out, peers.len(), &failures)
}
