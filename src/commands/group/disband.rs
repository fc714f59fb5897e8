//! `imctl group disband GROUP… | --file F`: destructive, so it asks first on a terminal and needs
//! `--yes` otherwise. Runs on the bulk engine, one group a request: each group is disbanded on
//! its own and reported (exit 6 when some failed; failures file, `--resume`).

use clap::Args;

use super::per_group;
use crate::api::wire::group::{DestroyGroup, GroupIdRequest};
use crate::bulk::ItemResult;
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct DisbandArgs {
    /// GroupIds
    #[arg(value_name = "GROUP", required_unless_present = "file")]
    pub groups: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

pub fn run(ctx: &mut Ctx, args: &DisbandArgs) -> Result<Exit, Error> {
    let input = args.bulk.input_of(
        "GroupIds",
        &args.groups,
        crate::domain::group::check_group_id,
    )?;
    if !ctx.global.dry_run {
        let what = match &args.bulk.file {
            Some(path) => format!("every group listed in {}", path.display()),
            None => {
                let shown: Vec<&str> = args.groups.iter().take(5).map(String::as_str).collect();
                let more = match args.groups.len() {
                    n if n > 5 => format!(" and {} more", n - 5),
                    _ => String::new(),
                };
                format!("{} group(s): {}{more}", args.groups.len(), shown.join(", "))
            }
        };
        ctx.confirm(&format!(
            "Disband {what}? Their members, messages and settings are deleted for good."
        ))?;
    }
    let op = per_group::<DestroyGroup>(
        "group-disband",
        |records| GroupIdRequest {
            group_id: records[0].user.clone(),
        },
        |_, _, _| vec![ItemResult::Done(None)],
    );
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "disbanded",
            noun: "group(s)",
        },
    )
}
