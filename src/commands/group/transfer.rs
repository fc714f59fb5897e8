//! `imctl group transfer GROUP --owner USER`: `change_group_owner`; the new owner must be a
//! member, the old one stays as a member.

use clap::Args;
use serde_json::json;

use super::checked_group;
use crate::api::wire::group::{ChangeGroupOwner, ChangeGroupOwnerRequest};
use crate::commands::call;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::user_id;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct TransferArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// The new owner (a member of the group)
    #[arg(long, value_name = "USERID")]
    pub owner: String,
}

pub fn run(ctx: &mut Ctx, args: &TransferArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    user_id::validate(&args.owner)
        .map_err(|e| Error::usage(format!("--owner `{}`: {e}", args.owner)))?;
    let req = ChangeGroupOwnerRequest {
        group_id: group.into(),
        new_owner_account: args.owner.clone(),
    };
    let rest = Rest::open(ctx)?;
    if call::<ChangeGroupOwner>(ctx, &rest, &req, &[group, &args.owner])?.is_none() {
        return Ok(Exit::Ok);
    }
    let row = json!({"GroupId": group, "NewOwner_Account": args.owner});
    ctx.out
        .done(&row, &format!("{group} now belongs to {}", args.owner))?;
    Ok(Exit::Ok)
}
