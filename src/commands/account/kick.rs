//! `imctl account kick`: invalidates a user's login state and current UserSig.

use clap::Args;
use serde_json::json;

use super::{checked_user, single};
use crate::commands::Ctx;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct AccountUserArg {
    /// UserID
    #[arg(value_name = "USERID")]
    pub user: String,
}

pub fn run(ctx: &mut Ctx, args: &AccountUserArg) -> Result<Exit, Error> {
    let user = checked_user(&args.user)?;
    single(
        ctx,
        "im_open_login_svc",
        "kick",
        json!({"UserID": user}),
        &[user],
        |_| format!("kicked {user}: their current UserSig and login state are invalid now"),
    )
}
