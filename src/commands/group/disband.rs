//! `imctl group disband GROUP… | --file F`: destructive, so it asks first on a terminal and needs
//! `--yes` otherwise; each group is disbanded on its own and reported (exit 6 when some failed).

use std::path::PathBuf;

use clap::Args;

use super::{call_per_group, group_ids, item_failure, ok_row};
use crate::api::wire::group::{DestroyGroup, GroupIdRequest};
use crate::commands::items;
use crate::commands::Ctx;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct DisbandArgs {
    /// GroupIds
    #[arg(value_name = "GROUP", required_unless_present = "file")]
    pub groups: Vec<String>,
    /// Read the GroupIds from this file (one a line, or CSV headed GroupId; - for stdin)
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: &DisbandArgs) -> Result<Exit, Error> {
    let ids = group_ids(&args.groups, args.file.as_deref())?;
    if !ctx.global.dry_run {
        let shown: Vec<&str> = ids.iter().take(5).map(String::as_str).collect();
        let more = if ids.len() > 5 {
            format!(" and {} more", ids.len() - 5)
        } else {
            String::new()
        };
        ctx.confirm(&format!(
            "Disband {} group(s): {}{more}? Their members, messages and settings are deleted for good.",
            ids.len(),
            shown.join(", ")
        ))?;
    }
    let requests = ids
        .iter()
        .map(|id| {
            (
                id.clone(),
                GroupIdRequest {
                    group_id: id.clone(),
                },
            )
        })
        .collect();
    let Some(answers) = call_per_group::<DestroyGroup>(ctx, requests)? else {
        return Ok(Exit::Ok);
    };
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for (id, answer) in answers {
        match answer {
            Ok(_) => rows.push(ok_row(&id)),
            Err(e) => failures.push(item_failure(&id, e)?),
        }
    }
    if !rows.is_empty() {
        ctx.out.rows(&["GroupId", "ErrorCode"], &rows)?;
    }
    items::finish(&ctx.out, ids.len(), &failures)
}
