//! `imctl friend update A B… --remark R | --group G…`: friend_update for one user's friends on
//! the bulk engine (a peer who is not a friend fails with its code in words).

use clap::Args;
use serde_json::json;

use super::{by_peer, outcome, owner};
use crate::api::wire::sns::{FriendUpdate, FriendUpdateRequest, TagValue, UpdateItem};
use crate::bulk::EndpointOp;
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::sns::{self as rules, REMARK_MAX, TAG_GROUP, TAG_REMARK, UNSTATED_BATCH};
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The user whose friends change (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The friends to change (or --file)
    #[arg(value_name = "PEER", required_unless_present = "file")]
    pub peers: Vec<String>,
    /// The new remark ("" clears it; at most 96 bytes)
    #[arg(long, value_name = "TEXT", required_unless_present_any = ["group", "no_group"])]
    pub remark: Option<String>,
    /// The friend lists the friends are in from now on (repeat for several)
    #[arg(long, value_name = "LIST")]
    pub group: Vec<String>,
    /// Take the friends out of every friend list
    #[arg(long, conflicts_with = "group")]
    pub no_group: bool,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

pub fn run(ctx: &mut Ctx, args: &UpdateArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    let mut fields = Vec::new();
    if let Some(remark) = &args.remark {
        if remark.len() > REMARK_MAX {
            return Err(Error::usage(format!(
                "--remark is {} bytes; at most {REMARK_MAX}",
                remark.len()
            )));
        }
        fields.push(TagValue {
            tag: TAG_REMARK.into(),
            value: json!(remark),
        });
    }
    for group in &args.group {
        rules::check_list_name(group).map_err(Error::usage)?;
    }
    if !args.group.is_empty() || args.no_group {
        fields.push(TagValue {
            tag: TAG_GROUP.into(),
            value: json!(args.group),
        });
    }
    let input = args.bulk.input(&args.peers)?;
    let target = format!(
        "{from} {}",
        serde_json::to_string(&fields).unwrap_or_default()
    );
    let mut op = EndpointOp::<FriendUpdate>::new(
        "friend-update",
        UNSTATED_BATCH,
        move |records| FriendUpdateRequest {
            from_account: from.clone(),
            update_item: records
                .iter()
                .map(|r| UpdateItem {
                    to_account: r.user.clone(),
                    sns_item: fields.clone(),
                })
                .collect(),
        },
        |records, _, answer| by_peer(records, &answer.result_item, |i| outcome(i, &[])),
    );
    op.target = Some(target);
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "updated",
            noun: "friend(s)",
        },
    )
}
