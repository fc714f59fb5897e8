//! `imctl account check`: whether accounts are imported (`account_check`, 100 a request).

use serde_json::{json, Value};

use super::AccountBulkArgs;
use crate::api::wire::account::{
    AccountCheck, AccountCheckRequest, ResultItem, ResultItems, UserItem,
};
use crate::api::wire::{self, Endpoint};
use crate::bulk::operation::missing_from_answer;
use crate::bulk::{ItemResult, Operation, Record};
use crate::commands::bulk_args::{self, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::ACCOUNT_BATCH;
use crate::error::{Error, Exit};

pub struct Check;

/// Each record's `ResultItem` (matched by UserID), through `each`.
pub(super) fn by_user(
    records: &[Record],
    answer: &ResultItems,
    each: impl Fn(&ResultItem) -> ItemResult,
) -> Vec<ItemResult> {
    let items: std::collections::HashMap<&str, &ResultItem> = answer
        .result_item
        .iter()
        .map(|i| (i.user_id.as_str(), i))
        .collect();
    records
        .iter()
        .map(|r| {
            items
                .get(r.user.as_str())
                .map_or_else(missing_from_answer, |item| each(item))
        })
        .collect()
}

impl Operation for Check {
    fn name(&self) -> &'static str {
        "check"
    }

    fn max_batch(&self) -> usize {
        ACCOUNT_BATCH
    }

    fn endpoint(&self) -> (&'static str, &'static str) {
        (AccountCheck::SERVICE, AccountCheck::COMMAND)
    }

    fn body(&self, records: &[Record]) -> Value {
        wire::body::<AccountCheck>(&AccountCheckRequest {
            check_item: records
                .iter()
                .map(|r| UserItem {
                    user_id: r.user.clone(),
                })
                .collect(),
        })
    }

    fn results(&self, records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
        let answer: ResultItems = wire::parse::<AccountCheck>(answer)?;
        Ok(by_user(records, &answer, |item| match item.result_code {
            0 => ItemResult::Done(Some(json!({
                "UserID": item.user_id,
                "AccountStatus": item.account_status,
                "ResultCode": 0,
            }))),
            code => ItemResult::Failed {
                code: Some(code),
                reason: item.result_info.clone(),
            },
        }))
    }
}

pub fn run(ctx: &mut Ctx, args: &AccountBulkArgs) -> Result<Exit, Error> {
    let input = args.bulk.input(&args.users)?;
    let opts = args.bulk.options(ctx.global.dry_run);
    bulk_args::run(
        ctx,
        input,
        Check,
        opts,
        Presentation {
            columns: vec!["UserID".into(), "AccountStatus".into()],
            verb: "checked",
            noun: "account(s)",
        },
    )
}
