//! `imctl account state`: online status (Online, PushOnline, Offline), optionally per
//! platform, through the bulk engine (`query_online_status`, 500 accounts a request). An
//! account in `ErrorList` (70107: not imported) is a failure with its own code. `Detail`
//! (with `--detail`) is the service's array of `{"Platform", "Status"}`.

use crate::domain::codes;
use clap::Args;
use serde_json::json;

use crate::api::wire::presence::{
    QueryOnlineStatus, QueryOnlineStatusRequest, QueryOnlineStatusResponse,
};
use crate::bulk::operation::missing_from_answer;
use crate::bulk::{EndpointOp, ItemResult};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::STATUS_BATCH;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct AccountStateArgs {
    /// UserIDs (up to 500 per request; more are split)
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    /// Per-platform detail
    #[arg(long)]
    pub detail: bool,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

/// `query_online_status`: a row per account, `Detail` (the service's array) with `--detail`.
fn state_op(detail: bool) -> EndpointOp<QueryOnlineStatus> {
    EndpointOp::<QueryOnlineStatus>::new(
        "state",
        STATUS_BATCH,
        move |records| QueryOnlineStatusRequest {
            to_account: records.iter().map(|r| r.user.clone()).collect(),
            is_need_detail: detail.then_some(1),
        },
        move |records, _, answer: QueryOnlineStatusResponse| {
            records
                .iter()
                .map(|r| {
                    if let Some(e) = answer.error_list.iter().find(|e| e.to_account == r.user) {
                        return ItemResult::Failed {
                            code: Some(e.error_code),
                            reason: if e.error_code == codes::ACCOUNT_NOT_IMPORTED {
                                "the account is not imported".into()
                            } else {
                                "the service could not query this account".into()
                            },
                        };
                    }
                    let Some(item) = answer.query_result.iter().find(|q| q.to_account == r.user)
                    else {
                        return missing_from_answer();
                    };
                    let mut row = json!({"UserID": item.to_account, "Status": item.status});
                    if detail {
                        // The service's own shape, as push-check prints it:
                        // [{"Platform": "iPhone", "Status": "PushOnline"}].
                        row["Detail"] = serde_json::to_value(&item.detail).unwrap_or_default();
                    }
                    ItemResult::Done(Some(row))
                })
                .collect()
        },
    )
}

pub fn run(ctx: &mut Ctx, args: &AccountStateArgs) -> Result<Exit, Error> {
    let input = args.bulk.input(&args.users)?;
    let opts = args.bulk.options(ctx.global.dry_run);
    let columns: Vec<String> = if args.detail {
        vec!["UserID".into(), "Status".into(), "Detail".into()]
    } else {
        vec!["UserID".into(), "Status".into()]
    };
    bulk_args::run(
        ctx,
        input,
        state_op(args.detail),
        opts,
        Presentation {
            columns,
            verb: "queried",
            noun: "account(s)",
        },
    )
}
