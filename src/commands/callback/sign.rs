//! `imctl callback sign`: the `Sign` for a token and a `RequestTime`, to build test requests or
//! to compare with what a handler computed.

use clap::Args;
use serde_json::json;

use super::{unix_arg, TokenArgs};
use crate::callback::{query, sign_at};
use crate::commands::Ctx;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct SignArgs {
    #[command(flatten)]
    pub token: TokenArgs,
    /// RequestTime as unix seconds (default: now)
    #[arg(long, value_name = "UNIX")]
    pub time: Option<i64>,
}

pub fn run(ctx: &mut Ctx, args: &SignArgs) -> Result<Exit, Error> {
    let time = unix_arg("--time", args.time)?;
    let token = args.token.require(&ctx.env)?;
    let sign = sign_at(&token, time);
    let value = json!({
        "Sign": sign,
        "RequestTime": time,
        "Query": format!("{}={sign}&{}={time}", query::SIGN, query::REQUEST_TIME),
    });
    ctx.out.object(&value, || sign.clone())?;
    Ok(Exit::Ok)
}
