//! `imctl group purge GROUP --sender USER`: `delete_group_msg_by_sender`, which silently marks
//! that sender's messages among the group's newest 1,000 as recalled (no notification; clients
//! see it on their next roaming pull). Destructive: asks first on a terminal, needs `--yes`
//! otherwise.

use clap::Args;
use serde_json::json;

use super::checked_group;
use crate::api::wire::group::{DeleteGroupMsgBySender, DeleteGroupMsgBySenderRequest};
use crate::commands::account::checked_user;
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::limits::DELETE_BY_SENDER_WINDOW;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// Whose messages are recalled (Sender_Account)
    #[arg(long, value_name = "USERID")]
    pub sender: String,
}

/// `-o json`: `{"GroupId", "Sender_Account"}`, the request that was carried out; a human run
/// a status line.
pub fn run(ctx: &mut Ctx, args: &PurgeArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let sender = checked_user(&args.sender)?;
    if !ctx.global.dry_run {
        ctx.confirm(&format!(
            "Recall every message {sender} sent among the newest {DELETE_BY_SENDER_WINDOW} of \
             group {group}? Members are not told, and it cannot be undone."
        ))?;
    }
    let req = DeleteGroupMsgBySenderRequest {
        group_id: group.to_string(),
        sender_account: sender.to_string(),
        topic_id: None,
    };
    let rest = Rest::open(ctx)?;
    if call::<DeleteGroupMsgBySender>(ctx, &rest, &req, &[group, sender])?.is_none() {
        return Ok(Exit::Ok);
    }
    ctx.out.done(
        &json!({"GroupId": group, "Sender_Account": sender}),
        &format!("recalled {sender}'s messages among the newest {DELETE_BY_SENDER_WINDOW} of group {group}"),
    )?;
    Ok(Exit::Ok)
}
