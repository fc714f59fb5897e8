//! `imctl account check`: whether accounts are imported (`account_check`, 100 a request).

use serde_json::json;

use super::AccountBulkArgs;
use crate::api::wire::account::{
    AccountCheck, AccountCheckRequest, ResultItem, ResultItems, UserItem,
};
use crate::bulk::{EndpointOp, ItemResult, Record};
use crate::commands::bulk_args::{self, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::ACCOUNT_BATCH;
use crate::error::{Error, Exit};

/// Each record's `ResultItem` (matched by UserID), through `each`.
pub(super) fn by_user(
    records: &[Record],
    answer: &ResultItems,
    each: impl Fn(&ResultItem) -> ItemResult,
) -> Vec<ItemResult> {
    crate::bulk::operation::by_user(records, &answer.result_item, |i| &i.user_id, each)
}

/// `account_check`: a row per imported account, the others failed with their `ResultCode`.
fn check_op() -> EndpointOp<AccountCheck> {
    EndpointOp::<AccountCheck>::new(
        "check",
        ACCOUNT_BATCH,
        |records| AccountCheckRequest {
            check_item: records
                .iter()
                .map(|r| UserItem {
                    user_id: r.user.clone(),
                })
                .collect(),
        },
        |records, _, answer| {
            by_user(records, &answer, |item| match item.result_code {
                0 => ItemResult::Done(Some(json!({
                    "UserID": item.user_id,
                    "AccountStatus": item.account_status,
                    "ResultCode": 0,
                }))),
                code => ItemResult::Failed {
                    code: Some(code),
                    reason: item.result_info.clone(),
                },
            })
        },
    )
}

pub fn run(ctx: &mut Ctx, args: &AccountBulkArgs) -> Result<Exit, Error> {
    let input = args.bulk.input(&args.users)?;
    let opts = args.bulk.options(ctx.global.dry_run);
    bulk_args::run(
        ctx,
        input,
        check_op(),
        opts,
        Presentation {
            columns: vec!["UserID".into(), "AccountStatus".into()],
            verb: "checked",
            noun: "account(s)",
        },
    )
}
