//! `imctl friend remove A B… | --all A`: friend_delete on the bulk engine (a peer who is not a
//! friend, 31704, has nothing to do), or friend_delete_all. One way unless `--both`.
//! Destructive: asks first on a terminal and needs `--yes` otherwise.

use clap::Args;
use serde_json::json;

use super::{by_peer, outcome, owner};
use crate::api::wire::sns::{
    FriendDelete, FriendDeleteAll, FriendDeleteAllRequest, FriendDeleteRequest,
};
use crate::bulk::EndpointOp;
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::codes;
use crate::domain::limits::SNS_BATCH;
use crate::domain::sns::{DELETE_TYPE_BOTH, DELETE_TYPE_SINGLE};
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The user whose friends go (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The friends to remove (or --file, or --all)
    #[arg(value_name = "PEER", required_unless_present_any = ["file", "all"])]
    pub peers: Vec<String>,
    /// Remove every friend of the user (friend_delete_all)
    #[arg(long, conflicts_with_all = ["peers", "file"])]
    pub all: bool,
    /// Both ways: the user also leaves each friend's list (Delete_Type_Both)
    #[arg(long)]
    pub both: bool,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

pub fn run(ctx: &mut Ctx, args: &RemoveArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    let delete_type = if args.both {
        DELETE_TYPE_BOTH
    } else {
        DELETE_TYPE_SINGLE
    };
    let ways = if args.both { " (both ways)" } else { "" };
    if args.all {
        if !ctx.global.dry_run {
            ctx.confirm(&format!("Remove every friend of {from}{ways}?"))?;
        }
        let rest = Rest::open(ctx)?;
        let req = FriendDeleteAllRequest {
            from_account: from.clone(),
            delete_type: Some(delete_type.into()),
        };
        if call::<FriendDeleteAll>(ctx, &rest, &req, &[&from])?.is_none() {
            return Ok(Exit::Ok); // --dry-run
        }
        let summary = json!({"From_Account": from, "DeleteType": delete_type});
        ctx.out
            .done(&summary, &format!("removed every friend of {from}{ways}"))?;
        return Ok(Exit::Ok);
    }
    let input = args.bulk.input(&args.peers)?;
    if !ctx.global.dry_run {
        let what = match &args.bulk.file {
            Some(path) => format!("every friend listed in {}", path.display()),
            None => args.peers.join(", "),
        };
        ctx.confirm(&format!("Remove {what} from {from}'s friends{ways}?"))?;
    }
    let target = format!("{from} {delete_type}");
    let mut op = EndpointOp::<FriendDelete>::new(
        "friend-remove",
        SNS_BATCH,
        move |records| FriendDeleteRequest {
            from_account: from.clone(),
            to_account: records.iter().map(|r| r.user.clone()).collect(),
            delete_type: Some(delete_type.into()),
        },
        |records, _, answer| {
            by_peer(records, &answer.result_item, |i| {
                outcome(i, &[(codes::NOT_A_FRIEND, "not a friend")])
            })
        },
    );
    op.target = Some(target);
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "removed",
            noun: "friend(s)",
        },
    )
}
