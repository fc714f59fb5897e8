//! `imctl friend add A B…`: friend_add for one user's peers on the bulk engine. Both ways by
//! default; `--force-add` adds without the peers' approval (ForceAddFlags 1), without it a peer who
//! asks for approval gets a pending request (30539), which is not a failure.

use clap::Args;

use super::{by_peer, outcome, owner};
use crate::api::wire::sns::{AddFriendItem, FriendAdd, FriendAddRequest};
use crate::bulk::EndpointOp;
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::sns::{
    self as rules, ADD_TYPE_BOTH, ADD_TYPE_SINGLE, DEFAULT_ADD_SOURCE, REMARK_MAX, UNSTATED_BATCH,
};
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The user who adds (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The peers to add (or --file)
    #[arg(value_name = "PEER", required_unless_present = "file")]
    pub peers: Vec<String>,
    /// Only into the user's list (Add_Type_Single); default both ways
    #[arg(long)]
    pub one_way: bool,
    /// Add without the peers' approval (ForceAddFlags 1)
    #[arg(long)]
    pub force_add: bool,
    /// The remark the user gives each peer (at most 96 bytes)
    #[arg(long, value_name = "TEXT")]
    pub remark: Option<String>,
    /// Put the peers in this friend list (created when missing)
    #[arg(long, value_name = "LIST")]
    pub group: Option<String>,
    /// The AddSource: AddSource_Type_ and 1 to 8 letters (default AddSource_Type_imctl)
    #[arg(long, value_name = "SOURCE")]
    pub source: Option<String>,
    /// The words sent with the request (AddWording)
    #[arg(long, value_name = "TEXT")]
    pub wording: Option<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

pub fn run(ctx: &mut Ctx, args: &AddArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    if let Some(remark) = &args.remark {
        if remark.len() > REMARK_MAX {
            return Err(Error::usage(format!(
                "--remark is {} bytes; at most {REMARK_MAX}",
                remark.len()
            )));
        }
    }
    if let Some(group) = &args.group {
        rules::check_list_name(group).map_err(Error::usage)?;
    }
    let source = args.source.clone().unwrap_or(DEFAULT_ADD_SOURCE.into());
    if !rules::is_add_source(&source) {
        return Err(Error::usage(format!(
            "--source `{source}`: it must be AddSource_Type_ and 1 to 8 letters"
        )));
    }
    let input = args.bulk.input(&args.peers)?;
    let (remark, group, wording) = (
        args.remark.clone(),
        args.group.clone(),
        args.wording.clone(),
    );
    let add_type = if args.one_way {
        ADD_TYPE_SINGLE
    } else {
        ADD_TYPE_BOTH
    };
    let force = args.force_add.then_some(1);
    let target = from.clone();
    let mut op = EndpointOp::<FriendAdd>::new(
        "friend-add",
        UNSTATED_BATCH,
        move |records| FriendAddRequest {
            from_account: from.clone(),
            add_friend_item: records
                .iter()
                .map(|r| AddFriendItem {
                    to_account: r.user.clone(),
                    add_source: Some(source.clone()),
                    remark: remark.clone(),
                    group_name: group.clone(),
                    add_wording: wording.clone(),
                })
                .collect(),
            add_type: Some(add_type.into()),
            force_add_flags: force,
        },
        |records, _, answer| by_peer(records, &answer.result_item, |i| outcome(i, &[])),
    );
    // A resume must add to the same user, the same way.
    op.target = Some(format!("{target} {add_type} force={}", args.force_add));
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "added",
            noun: "friend(s)",
        },
    )
}
