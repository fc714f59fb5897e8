//! `imctl account kick`: invalidates a user's login state and current UserSig.

use clap::Args;
use serde_json::json;

use super::checked_user;
use crate::api::wire::account::{Kick, KickRequest};
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  imctl account kick alice
  # {\"UserID\": \"alice\"}
  imctl account kick alice -o json
  # print the request; send nothing
  imctl --dry-run account kick alice")]
pub struct AccountUserArg {
    /// UserID
    #[arg(value_name = "USERID")]
    pub user: String,
}

/// `-o json`: `{"UserID": ...}`; a human run says what happened on stderr.
pub fn run(ctx: &mut Ctx, args: &AccountUserArg) -> Result<Exit, Error> {
    let user = checked_user(&args.user)?;
    let rest = Rest::open(ctx)?;
    let req = KickRequest {
        user_id: user.to_string(),
    };
    if call::<Kick>(ctx, &rest, &req, &[user])?.is_none() {
        return Ok(Exit::Ok);
    }
    ctx.out.done(
        &json!({"UserID": user}),
        &format!("kicked {user}: their current UserSig and login state are invalid now"),
    )?;
    Ok(Exit::Ok)
}
