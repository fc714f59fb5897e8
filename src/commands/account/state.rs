//! `imctl account state`: online status (Online, PushOnline, Offline), optionally per platform.

use clap::Args;
use serde_json::{json, Value};

use super::checked_users;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::limits::STATUS_BATCH;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct AccountStateArgs {
    /// UserIDs (up to 500 per request; more are split)
    #[arg(value_name = "USERID", required = true)]
    pub users: Vec<String>,
    /// Per-platform detail
    #[arg(long)]
    pub detail: bool,
}

pub fn run(ctx: &mut Ctx, args: &AccountStateArgs) -> Result<Exit, Error> {
    let users = checked_users(&args.users)?;
    let rest = Rest::open(ctx)?;
    let mut rows = Vec::new();
    for chunk in users.chunks(STATUS_BATCH) {
        let mut body = json!({"To_Account": chunk});
        if args.detail {
            body["IsNeedDetail"] = json!(1);
        }
        let Some(answer) = rest.call(ctx, "openim", "query_online_status", &body, chunk)? else {
            continue;
        };
        for item in answer["QueryResult"].as_array().into_iter().flatten() {
            // Current docs say "Status"; the legacy answer and an English sample say "State".
            let status = item
                .get("Status")
                .or_else(|| item.get("State"))
                .cloned()
                .unwrap_or(Value::Null);
            let detail: Vec<String> = item["Detail"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|d| {
                    format!(
                        "{}:{}",
                        d["Platform"].as_str().unwrap_or("?"),
                        d["Status"].as_str().unwrap_or("?")
                    )
                })
                .collect();
            rows.push(json!({
                "UserID": item["To_Account"],
                "Status": status,
                "Detail": detail.join(" "),
                "ErrorCode": 0,
            }));
        }
        for item in answer["ErrorList"].as_array().into_iter().flatten() {
            rows.push(json!({
                "UserID": item["To_Account"],
                "Status": "NotImported",
                "Detail": "",
                "ErrorCode": item["ErrorCode"],
            }));
        }
    }
    if ctx.global.dry_run {
        return Ok(Exit::Ok);
    }
    let columns: &[&str] = if args.detail {
        &["UserID", "Status", "Detail"]
    } else {
        &["UserID", "Status"]
    };
    ctx.out.rows(columns, &rows)?;
    Ok(Exit::Ok)
}
