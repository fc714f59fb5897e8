//! `imctl friend list A`: every page of friend_get, rows printed as each page arrives, one row
//! per friend with its friend fields keyed by their tags (`Tag_SNS_IM_Remark`, …).

use clap::Args;
use serde_json::{Map, Value};

use super::owner;
use crate::api::wire::sns::{FriendGet, FriendGetRequest, TagValue};
use crate::commands::pages::RowStream;
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::sns::{TAG_ADD_SOURCE, TAG_ADD_TIME, TAG_GROUP, TAG_REMARK};
use crate::error::{Error, Exit};

/// The table's columns; JSON rows keep every tag the service sent (custom ones too).
pub(super) const COLUMNS: [&str; 5] = [
    "To_Account",
    TAG_REMARK,
    TAG_GROUP,
    TAG_ADD_SOURCE,
    TAG_ADD_TIME,
];

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The user whose friends are listed (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// At most this many friends (pages are followed until there are N)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
}

/// A friend as one row: `To_Account` and each `{Tag, Value}` as `Tag: Value`.
pub(super) fn row(to_account: &str, values: &[TagValue]) -> Value {
    let mut row = Map::new();
    row.insert("To_Account".into(), Value::String(to_account.into()));
    for v in values {
        row.insert(v.tag.clone(), v.value.clone());
    }
    Value::Object(row)
}

pub fn list(ctx: &mut Ctx, args: &ListArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    let rest = Rest::open(ctx)?;
    let mut stream = RowStream::new(&COLUMNS);
    let (mut start, mut shown) = (0u32, 0u64);
    let mut total;
    loop {
        let req = FriendGetRequest {
            from_account: from.clone(),
            start_index: start,
            ..Default::default()
        };
        let Some(page) = call::<FriendGet>(ctx, &rest, &req, &[&from])? else {
            return Ok(Exit::Ok); // --dry-run: the first request is what would be sent
        };
        total = page.friend_num;
        let mut rows: Vec<Value> = page
            .user_data_item
            .iter()
            .map(|f| row(&f.to_account, &f.value_item))
            .collect();
        if let Some(limit) = args.limit {
            rows.truncate(limit.saturating_sub(shown) as usize);
        }
        shown += rows.len() as u64;
        stream.push(ctx, rows)?;
        let reached = args.limit.is_some_and(|l| shown >= l);
        // An empty page that claims more would never end: stop there too.
        if page.complete_flag != 0 || reached || page.user_data_item.is_empty() {
            break;
        }
        start = page.next_start_index;
    }
    stream.finish(ctx)?;
    if shown == 0 {
        ctx.out.status(&format!("{from} has no friends"));
    } else if u64::from(total) > shown {
        ctx.out
            .status(&format!("{shown} of {total} friends shown (--limit)"));
    }
    Ok(Exit::Ok)
}
