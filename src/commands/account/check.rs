//! `imctl account check`: whether accounts are imported (`account_check`, 100 a request).

use super::{bulk, AccountBulkArgs};
use crate::bulk::Op;
use crate::commands::Ctx;
use crate::error::{Error, Exit};

pub fn run(ctx: &mut Ctx, args: &AccountBulkArgs) -> Result<Exit, Error> {
    bulk(ctx, Op::Check, args)
}
