//! `imctl account delete`: destructive, so it asks first on a terminal and needs `--yes`
//! otherwise. An absent account (70107) is a failure, not a deletion, unless `--ignore-missing`.

use crate::domain::codes;
use clap::Args;

use crate::api::wire::account::{AccountDelete, AccountDeleteRequest, UserItem};
use crate::bulk::{EndpointOp, ItemResult};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::ACCOUNT_BATCH;
use crate::error::{Error, Exit};

/// The service's code for an account that does not exist.

#[derive(Debug, Args)]
pub struct AccountDeleteArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    /// An account that does not exist counts as deleted (like kubectl's --ignore-not-found)
    #[arg(long)]
    pub ignore_missing: bool,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

/// `account_delete`: an absent account (70107) is a failure, or with `--ignore-missing` an
/// account with nothing to do (`AlreadyDone`), never a deletion.
fn delete_op(ignore_missing: bool) -> EndpointOp<AccountDelete> {
    EndpointOp::<AccountDelete>::new(
        "delete",
        ACCOUNT_BATCH,
        |records| AccountDeleteRequest {
            delete_item: records
                .iter()
                .map(|r| UserItem {
                    user_id: r.user.clone(),
                })
                .collect(),
        },
        move |records, _, answer| {
            super::check::by_user(records, &answer, |item| match item.result_code {
                0 => ItemResult::Done(None),
                codes::ACCOUNT_NOT_IMPORTED if ignore_missing => {
                    ItemResult::Unchanged("no such account".into())
                }
                code => ItemResult::Failed {
                    code: Some(code),
                    reason: if code == codes::ACCOUNT_NOT_IMPORTED {
                        "the account does not exist; nothing was deleted (--ignore-missing accepts this)"
                            .into()
                    } else {
                        item.result_info.clone()
                    },
                },
            })
        },
    )
}

pub fn run(ctx: &mut Ctx, args: &AccountDeleteArgs) -> Result<Exit, Error> {
    let input = args.bulk.input(&args.users)?;
    let question = match &args.bulk.file {
        Some(path) => format!("Delete every account listed in {}?", path.display()),
        None => format!(
            "Delete {} account(s): {}?",
            args.users.len(),
            args.users.join(", ")
        ),
    };
    if !ctx.global.dry_run {
        ctx.confirm(&question)?;
    }
    let opts = args.bulk.options(ctx.global.dry_run);
    bulk_args::run(
        ctx,
        input,
        delete_op(args.ignore_missing),
        opts,
        Presentation {
            columns: Vec::new(),
            verb: "deleted",
            noun: "account(s)",
        },
    )
}
