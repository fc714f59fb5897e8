//! `imctl message recall A B MSGKEY...`: `admin_msgwithdraw` once per MsgKey (the service takes
//! one a call). With several keys, a key the service refuses is that key's failure (exit 6).

use clap::Args;
use serde_json::json;

use super::pair;
use crate::api::wire::c2c::{AdminMsgWithdraw, AdminMsgWithdrawRequest};
use crate::commands::items::{self, ItemFailure};
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  # recall what alice sent bob (MsgKey from send or history)
  imctl message recall alice bob 31906_833502_1572869830
  # print the requests; send nothing
  imctl --dry-run message recall alice bob 1_2_3 4_5_6")]
pub struct RecallArgs {
    /// The sender (From_Account)
    #[arg(value_name = "FROM")]
    pub from: String,
    /// The recipient (To_Account)
    #[arg(value_name = "TO")]
    pub to: String,
    /// MsgKeys of the messages to recall
    #[arg(value_name = "MSGKEY", required = true)]
    pub keys: Vec<String>,
}

/// `-o json`: `{"From_Account", "To_Account", "MsgKey": [recalled keys]}`; a human run says
/// how many were recalled on stderr.
pub fn run(ctx: &mut Ctx, args: &RecallArgs) -> Result<Exit, Error> {
    let (from, to) = pair(&args.from, &args.to)?;
    if let Some(bad) = args.keys.iter().find(|k| k.is_empty()) {
        return Err(Error::usage(format!("MsgKey `{bad}` is empty")));
    }
    let rest = Rest::open(ctx)?;
    let (mut recalled, mut failures) = (Vec::new(), Vec::new());
    for key in &args.keys {
        let req = AdminMsgWithdrawRequest {
            from_account: from.to_string(),
            to_account: to.to_string(),
            msg_key: key.clone(),
        };
        match call::<AdminMsgWithdraw>(ctx, &rest, &req, &[from, to]) {
            Ok(None) => continue,
            Ok(Some(_)) => recalled.push(key.clone()),
            Err(Error::Api { code, info, .. }) if args.keys.len() > 1 => {
                failures.push(ItemFailure::new(key.clone(), Some(code), info))
            }
            Err(e) => return Err(e),
        }
    }
    if ctx.global.dry_run {
        return Ok(Exit::Ok);
    }
    ctx.out.done(
        &json!({"From_Account": from, "To_Account": to, "MsgKey": recalled}),
        &format!("recalled {} message(s) from {from} to {to}", recalled.len()),
    )?;
    items::finish(&ctx.out, args.keys.len(), &failures)
}
