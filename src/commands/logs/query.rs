//! `imctl logs query`: the entries matching the filters, newest first.

use clap::Args;
use serde_json::Value;

use super::filters::{parse_time, FilterArgs};
use super::render::{entry_json, entry_row, COLUMNS};
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::global::OutputFormat;
use crate::units::{human_time, now_unix};

/// What `logs query` looks back over without `--since` (the console's default).
const DEFAULT_SINCE: &str = "3d";
const MAX_LIMIT: usize = 100_000;

#[derive(Debug, Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// From this time on: a duration ago (30m, 3d) or an RFC 3339 time or date [default: 3d]
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// Up to this time (same forms as --since) [default: now]
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
    /// At most this many entries (the newest)
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub limit: usize,
}

pub fn run(ctx: &mut Ctx, args: &QueryArgs) -> Result<Exit, Error> {
    if args.limit == 0 || args.limit > MAX_LIMIT {
        return Err(Error::usage(format!(
            "--limit must be from 1 to {MAX_LIMIT}"
        )));
    }
    let now = now_unix();
    let mut filter = args.filters.to_filter()?;
    let since = args.since.as_deref().unwrap_or(DEFAULT_SINCE);
    filter.since = Some(parse_time(since, now).map_err(|m| Error::usage(format!("--since: {m}")))?);
    filter.until = args
        .until
        .as_deref()
        .map(|u| parse_time(u, now).map_err(|m| Error::usage(format!("--until: {m}"))))
        .transpose()?;
    if let (Some(s), Some(u)) = (filter.since, filter.until) {
        if s > u {
            return Err(Error::usage("--since is later than --until"));
        }
    }
    let store = super::open_store(ctx)?;
    let entries = store
        .query_log(&filter, args.limit)
        .map_err(|e| Error::Failed(format!("cannot read the log: {e}")))?;
    let format = ctx.out.format();
    if entries.is_empty() {
        let until = filter.until.map_or("now".to_string(), human_time);
        ctx.out.status(&format!(
            "no log entries match (from {} to {until})",
            human_time(filter.since.unwrap_or_default())
        ));
        if format == Some(OutputFormat::Json) {
            ctx.out.line("[]")?;
        }
        return Ok(Exit::Ok);
    }
    let rows: Vec<Value> = match format {
        Some(OutputFormat::Json | OutputFormat::Jsonl) => entries.iter().map(entry_json).collect(),
        Some(OutputFormat::Csv | OutputFormat::Text) => {
            entries.iter().map(|e| entry_row(e, false)).collect()
        }
        None | Some(OutputFormat::Table) => entries.iter().map(|e| entry_row(e, true)).collect(),
    };
    ctx.out.rows(COLUMNS, &rows)?;
    if entries.len() == args.limit {
        ctx.out.status(&format!(
            "showing the newest {} entries; raise --limit or narrow the filters for more",
            args.limit
        ));
    }
    Ok(Exit::Ok)
}
