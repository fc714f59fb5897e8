//! `imctl message modify A B MSGKEY`: `modify_c2c_msg`, replacing the stored body and/or cloud
//! data of one message A sent B.

use clap::Args;
use serde_json::json;

use super::{pair, BodyArgs};
use crate::api::wire::c2c::{ModifyC2cMsg, ModifyC2cMsgRequest};
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  # correct a typo in what alice sent bob
  imctl message modify alice bob 31906_833502_1572869830 --text \"see you at 10\"
  # replace only the cloud data
  imctl message modify alice bob 31906_833502_1572869830 \\
      --cloud-data '{\"edited\":true}'
  # print the request; send nothing
  imctl --dry-run message modify alice bob 1_2_3 --text hi")]
pub struct ModifyArgs {
    /// The sender (From_Account)
    #[arg(value_name = "FROM")]
    pub from: String,
    /// The recipient (To_Account)
    #[arg(value_name = "TO")]
    pub to: String,
    /// MsgKey of the message
    #[arg(value_name = "MSGKEY")]
    pub key: String,
    #[command(flatten)]
    pub content: BodyArgs,
    /// New CloudCustomData
    #[arg(long, value_name = "TEXT")]
    pub cloud_data: Option<String>,
}

/// `-o json`: the request's own fields (`From_Account`, `To_Account`, `MsgKey`, and the
/// `MsgBody` / `CloudCustomData` written); a human run a status line.
pub fn run(ctx: &mut Ctx, args: &ModifyArgs) -> Result<Exit, Error> {
    let (from, to) = pair(&args.from, &args.to)?;
    if args.key.is_empty() {
        return Err(Error::usage("MSGKEY is empty"));
    }
    let msg_body = args.content.msg_body()?;
    if msg_body.is_none() && args.cloud_data.is_none() {
        return Err(Error::usage(
            "nothing to change: give --text, --custom, --body or --cloud-data",
        ));
    }
    let req = ModifyC2cMsgRequest {
        from_account: from.to_string(),
        to_account: to.to_string(),
        msg_key: args.key.clone(),
        msg_body,
        cloud_custom_data: args.cloud_data.clone(),
    };
    let rest = Rest::open(ctx)?;
    if call::<ModifyC2cMsg>(ctx, &rest, &req, &[from, to])?.is_none() {
        return Ok(Exit::Ok);
    }
    ctx.out.done(
        &serde_json::to_value(&req).unwrap_or_else(|_| json!({})),
        &format!("modified message {} from {from} to {to}", args.key),
    )?;
    Ok(Exit::Ok)
}
