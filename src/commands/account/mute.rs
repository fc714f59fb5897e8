//! `imctl account mute`: global no-speaking for one-to-one and group messages, or show it.

use clap::Args;
use serde_json::json;

use super::checked_user;
use crate::api::wire::mute::{
    GetNoSpeaking, GetNoSpeakingRequest, SetNoSpeaking, SetNoSpeakingRequest,
};
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::error::{Error, Exit};
use crate::units::parse_duration;

const FOREVER: u32 = u32::MAX;

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  imctl account mute alice --c2c forever --group 1h
  # unmute
  imctl account mute alice --c2c 0 --group 0
  # {\"UserID\": \"alice\", \"C2CmsgNospeakingTime\": 4294967295, ...}
  imctl account mute alice --show -o json")]
pub struct AccountMuteArgs {
    /// UserID
    #[arg(value_name = "USERID")]
    pub user: String,
    /// Mute one-to-one messages for this long (seconds, 7d, forever, 0 to unmute)
    #[arg(long, value_name = "DURATION")]
    pub c2c: Option<String>,
    /// Mute group messages for this long (seconds, 7d, forever, 0 to unmute)
    #[arg(long, value_name = "DURATION")]
    pub group: Option<String>,
    /// Show the current setting instead
    #[arg(long, conflicts_with_all = ["c2c", "group"])]
    pub show: bool,
}

/// `7d`, `3600`, `forever` or `0` as the service's seconds (4294967295 = forever).
pub(crate) fn mute_seconds(flag: &str, text: &str) -> Result<u32, Error> {
    if text.eq_ignore_ascii_case("forever") {
        return Ok(FOREVER);
    }
    let secs = parse_duration(text).map_err(|e| Error::usage(format!("--{flag}: {e}")))?;
    u32::try_from(secs)
        .ok()
        .filter(|s| *s < FOREVER)
        .ok_or_else(|| Error::usage(format!("--{flag} {text} is too long; use `forever`")))
}

/// `--show`: `{"UserID", "C2CmsgNospeakingTime", "GroupmsgNospeakingTime"}` on stdout. A change:
/// the same keys for what was set under `-o json`, else a status line on stderr.
pub fn run(ctx: &mut Ctx, args: &AccountMuteArgs) -> Result<Exit, Error> {
    let user = checked_user(&args.user)?;
    if args.show || (args.c2c.is_none() && args.group.is_none()) {
        let rest = Rest::open(ctx)?;
        let req = GetNoSpeakingRequest {
            get_account: user.to_string(),
        };
        let Some(answer) = call::<GetNoSpeaking>(ctx, &rest, &req, &[user])? else {
            return Ok(Exit::Ok);
        };
        let value = json!({
            "UserID": user,
            "C2CmsgNospeakingTime": answer.c2c_seconds,
            "GroupmsgNospeakingTime": answer.group_seconds,
        });
        let human = format!(
            "{user}\n  one-to-one  {}\n  group       {}",
            describe(answer.c2c_seconds),
            describe(answer.group_seconds)
        );
        ctx.out.object(&value, || human)?;
        return Ok(Exit::Ok);
    }
    let req = SetNoSpeakingRequest {
        set_account: user.to_string(),
        c2c_seconds: args
            .c2c
            .as_deref()
            .map(|d| mute_seconds("c2c", d))
            .transpose()?,
        group_seconds: args
            .group
            .as_deref()
            .map(|d| mute_seconds("group", d))
            .transpose()?,
    };
    let rest = Rest::open(ctx)?;
    if call::<SetNoSpeaking>(ctx, &rest, &req, &[user])?.is_none() {
        return Ok(Exit::Ok);
    }
    let mut value = json!({"UserID": user});
    if let Some(s) = req.c2c_seconds {
        value["C2CmsgNospeakingTime"] = json!(s);
    }
    if let Some(s) = req.group_seconds {
        value["GroupmsgNospeakingTime"] = json!(s);
    }
    ctx.out
        .done(&value, &format!("updated the global mute of {user}"))?;
    Ok(Exit::Ok)
}

fn describe(secs: u32) -> String {
    match secs {
        0 => "not muted".to_string(),
        FOREVER => "muted forever".to_string(),
        s => format!("muted for {s} more second(s)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mute_durations() {
        assert_eq!(mute_seconds("c2c", "forever").unwrap(), FOREVER);
        assert_eq!(mute_seconds("c2c", "1h").unwrap(), 3600);
        assert_eq!(mute_seconds("c2c", "0").unwrap(), 0);
        assert!(mute_seconds("c2c", "200y").is_err());
    }
}
