//! `imctl account delete`: destructive, so it asks first on a terminal and needs `--yes` otherwise.

use super::{bulk, AccountBulkArgs};
use crate::bulk::Op;
use crate::commands::Ctx;
use crate::error::{Error, Exit};

pub fn run(ctx: &mut Ctx, args: &AccountBulkArgs) -> Result<Exit, Error> {
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
    bulk(ctx, Op::Delete, args)
}
