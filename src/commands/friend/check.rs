//! `imctl friend check A B…`: friend_check on the bulk engine, a row per peer with the
//! service's `Relation` and its meaning in words. Both directions unless `--one-way`.

use clap::Args;
use serde_json::json;

use super::owner;
use crate::api::wire::sns::{FriendCheck, FriendCheckRequest};
use crate::bulk::{EndpointOp, ItemResult};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::SNS_BATCH;
use crate::domain::sns::{self as rules, CHECK_TYPE_BOTH, CHECK_TYPE_SINGLE};
use crate::error::{Error, Exit};

pub(super) const COLUMNS: [&str; 3] = ["To_Account", "Relation", "Meaning"];

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The user whose relations are checked (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The peers (or --file)
    #[arg(value_name = "PEER", required_unless_present = "file")]
    pub peers: Vec<String>,
    /// Only whether each peer is in the user's list (CheckResult_Type_Single)
    #[arg(long)]
    pub one_way: bool,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

pub fn run(ctx: &mut Ctx, args: &CheckArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    let input = args.bulk.input(&args.peers)?;
    let check_type = if args.one_way {
        CHECK_TYPE_SINGLE
    } else {
        CHECK_TYPE_BOTH
    };
    let mut op = EndpointOp::<FriendCheck>::new(
        "friend-check",
        SNS_BATCH,
        move |records| FriendCheckRequest {
            from_account: from.clone(),
            to_account: records.iter().map(|r| r.user.clone()).collect(),
            check_type: check_type.into(),
        },
        |records, _, answer| {
            let items: Vec<_> = answer
                .info_item
                .iter()
                .map(|i| crate::api::wire::sns::SnsResultItem {
                    to_account: i.to_account.clone(),
                    result_code: i.result_code,
                    result_info: i.relation.clone(),
                })
                .collect();
            super::by_peer(records, &items, |i| match i.result_code {
                0 => ItemResult::Done(Some(json!({
                    "To_Account": i.to_account,
                    "Relation": i.result_info,
                    "Meaning": rules::relation_words(&i.result_info),
                }))),
                code => ItemResult::Failed {
                    code: Some(code),
                    reason: rules::code_words(code, ""),
                },
            })
        },
    );
    op.target = Some(args.user.clone());
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: COLUMNS.map(String::from).to_vec(),
            verb: "checked",
            noun: "peer(s)",
        },
    )
}
