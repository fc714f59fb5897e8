//! `imctl account mute`: global no-speaking for one-to-one and group messages, or show it.

use clap::Args;
use serde_json::{json, Value};

use super::{checked_user, single};
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::units::parse_duration;

const FOREVER: u32 = u32::MAX;

#[derive(Debug, Args)]
pub struct AccountMuteArgs {
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
fn mute_seconds(flag: &str, text: &str) -> Result<u32, Error> {
    if text.eq_ignore_ascii_case("forever") {
        return Ok(FOREVER);
    }
    let secs = parse_duration(text).map_err(|e| Error::usage(format!("--{flag}: {e}")))?;
    u32::try_from(secs)
        .ok()
        .filter(|s| *s < FOREVER)
        .ok_or_else(|| Error::usage(format!("--{flag} {text} is too long; use `forever`")))
}

pub fn run(ctx: &mut Ctx, args: &AccountMuteArgs) -> Result<Exit, Error> {
    let user = checked_user(&args.user)?;
    let describe = |secs: &Value| match secs.as_u64() {
        Some(0) => "not muted".to_string(),
        Some(s) if s == u64::from(FOREVER) => "muted forever".to_string(),
        Some(s) => format!("muted for {s} more second(s)"),
        None => "unknown".to_string(),
    };
    if args.show || (args.c2c.is_none() && args.group.is_none()) {
        return single(
            ctx,
            "openconfigsvr",
            "getnospeaking",
            json!({"Get_Account": user}),
            &[user],
            |a| {
                format!(
                    "{user}\n  one-to-one  {}\n  group       {}",
                    describe(&a["C2CmsgNospeakingTime"]),
                    describe(&a["GroupmsgNospeakingTime"])
                )
            },
        );
    }
    let mut body = json!({"Set_Account": user});
    if let Some(c2c) = &args.c2c {
        body["C2CmsgNospeakingTime"] = json!(mute_seconds("c2c", c2c)?);
    }
    if let Some(group) = &args.group {
        body["GroupmsgNospeakingTime"] = json!(mute_seconds("group", group)?);
    }
    single(ctx, "openconfigsvr", "setnospeaking", body, &[user], |_| {
        format!("updated the global mute of {user}")
    })
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
