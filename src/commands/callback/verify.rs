//! `imctl callback verify`: the checks a receiver makes on a callback request, on a URL you
//! captured, all of them reported.

use clap::Args;
use serde_json::{json, Value};

use super::{unix_arg, TokenArgs};
use crate::callback::verify::{Check, Outcome};
use crate::callback::{events, verify, CallbackQuery, Expectation, Verification};
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::output::Tone;
use crate::units::human_time;

/// A callback URL is well under this; more on stdin is not one.
const MAX_URL_INPUT: u64 = 64 * 1024;

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub token: TokenArgs,
    /// The callback URL as your server received it (quote it: it contains `&`), a request
    /// target `/path?…`, the query alone, or `-` to read it from standard input
    #[arg(value_name = "URL|-")]
    pub url: String,
    /// Judge RequestTime's freshness at this unix time instead of now
    #[arg(long, value_name = "UNIX")]
    pub now: Option<i64>,
}

pub fn run(ctx: &mut Ctx, args: &VerifyArgs) -> Result<Exit, Error> {
    let now = unix_arg("--now", args.now)?;
    let url = if args.url == "-" {
        ctx.read_stdin_value("callback URL", MAX_URL_INPUT)?
            .trim()
            .to_string()
    } else {
        args.url.clone()
    };
    let token = args.token.require(&ctx.env)?;
    let expected = ctx.settings()?.sdkappid.map(u64::from);
    if expected.is_none() {
        ctx.out.detail(
            1,
            "no SDKAppID configured (--sdkappid, IMCTL_SDKAPPID or a profile): the SdkAppid check is skipped",
        );
    }
    let query = CallbackQuery::parse(&url);
    let result = verify(
        &query,
        &Expectation {
            token: Some(&token),
            sdkappid: expected,
            now,
        },
    );
    let value = to_json(&query, &result, expected, now);
    let human = to_human(ctx, &query, &result, now);
    ctx.out.object(&value, || human)?;
    Ok(if result.is_valid() {
        Exit::Ok
    } else {
        Exit::Failed
    })
}

fn check_json(c: &Check) -> Value {
    json!({
        "Check": c.name.as_str(),
        "Result": c.outcome.as_str(),
        "Reason": c.reason.code(),
        "Message": c.message,
    })
}

fn to_json(q: &CallbackQuery, v: &Verification, expected: Option<u64>, now: i64) -> Value {
    let failed: Vec<&str> = v.failed().map(|c| c.name.as_str()).collect();
    json!({
        "Valid": v.is_valid(),
        "CallbackCommand": q.callback_command,
        "KnownCommand": q.callback_command.as_deref().is_some_and(|c| events::find(c).is_some()),
        "SdkAppid": q.sdk_appid,
        "ExpectedSdkAppid": expected,
        "RequestTime": v.request_time,
        "Now": now,
        "AgeSeconds": v.age_secs,
        "Checks": v.checks.iter().map(check_json).collect::<Vec<_>>(),
        "Failed": failed,
    })
}

fn to_human(ctx: &Ctx, q: &CallbackQuery, v: &Verification, now: i64) -> String {
    let mut lines = Vec::new();
    if v.is_valid() {
        lines.push(ctx.out.paint(Tone::Good, "✓ Valid callback request"));
    } else {
        let failed: Vec<&str> = v.failed().map(|c| c.name.as_str()).collect();
        lines.push(ctx.out.paint(
            Tone::Bad,
            &format!("✗ Invalid callback request: {} failed", failed.join(", ")),
        ));
    }
    for c in &v.checks {
        let mark = match c.outcome {
            Outcome::Passed => "✓",
            Outcome::Failed => "✗",
            Outcome::Skipped => "-",
        };
        let skipped = if c.outcome == Outcome::Skipped {
            "skipped: "
        } else {
            ""
        };
        lines.push(format!(
            "  {mark} {:<12} {skipped}{}",
            c.name.as_str(),
            c.message
        ));
    }
    let row = |k: &str, v: String| format!("  {k:<16} {v}");
    match q.callback_command.as_deref() {
        Some(c) if events::find(c).is_some() => lines.push(row("CallbackCommand", c.to_string())),
        Some(c) => lines.push(row(
            "CallbackCommand",
            format!("{c} (not in imctl's catalogue: `imctl callback events`)"),
        )),
        None => lines.push(row("CallbackCommand", "(missing)".into())),
    }
    if let Some(t) = v.request_time {
        lines.push(row("RequestTime", format!("{} ({t})", human_time(t))));
    }
    lines.push(row("Checked at", format!("{} ({now})", human_time(now))));
    lines.join("\n")
}
