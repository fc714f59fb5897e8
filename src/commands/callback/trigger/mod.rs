//! `imctl callback trigger`: sends one realistic, signed callback request to your handler, the
//! way the service would, and judges the answer the way the service does (spec §9.2): HTTP
//! status, time against the 2 s budget, whether the body is a valid answer for the event, and
//! what the service would then do to the operation.

mod body;
mod exchange;
mod report;

use body::*;
use exchange::*;
use report::*;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::Args;
use serde_json::{json, Map, Value};

use super::TokenArgs;
use crate::api::http::http_client;
use crate::callback::events::{self, Event};
use crate::callback::query::PLATFORM_RESTAPI;
use crate::callback::{
    callback_url, judge, Decision, Judgement, OutgoingQuery, Token, ANSWER_TIMEOUT_MS,
};
use crate::commands::rest::{ca_file, print_preview, proxy_env, runtime};
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::output::Tone;

/// A `--file` body, and the answer read back, are cut off here (a callback body is small).
const MAX_BODY_BYTES: u64 = 1024 * 1024;
const MAX_TIMEOUT_MS: u64 = 60_000;
/// How much of a non-JSON answer the report quotes.
const QUOTE_CHARS: usize = 300;

#[derive(Debug, Args)]
pub struct TriggerArgs {
    /// The CallbackCommand to send, e.g. C2C.CallbackBeforeSendMsg (any case)
    #[arg(value_name = "EVENT")]
    pub event: String,
    /// Your handler's URL (http or https), as entered in the console
    #[arg(long, value_name = "URL")]
    pub url: String,
    #[command(flatten)]
    pub token: TokenArgs,
    /// Override a top-level field of the body; VALUE is taken as JSON when it parses, else as a
    /// string (repeatable)
    #[arg(long = "set", value_name = "FIELD=VALUE")]
    pub set: Vec<String>,
    /// Send the JSON in this file (`-`: standard input) instead of the event's sample body
    #[arg(long = "file", alias = "body", value_name = "FILE")]
    pub body: Option<PathBuf>,
    /// ClientIP in the query string
    #[arg(long, value_name = "IP", default_value = "127.0.0.1")]
    pub client_ip: String,
    /// OptPlatform in the query string (RESTAPI, Web, Android, iOS, Windows, macOS, iPad, Unknown)
    #[arg(long, value_name = "PLATFORM", default_value = PLATFORM_RESTAPI)]
    pub opt_platform: String,
    /// Stop waiting for the answer after this many milliseconds (the service waits 2000)
    #[arg(long, value_name = "MS", default_value_t = ANSWER_TIMEOUT_MS)]
    pub timeout_ms: u64,
}

pub fn run(ctx: &mut Ctx, args: &TriggerArgs) -> Result<Exit, Error> {
    let event = events::find(&args.event).ok_or_else(|| super::events::unknown(&args.event))?;
    if !(1..=MAX_TIMEOUT_MS).contains(&args.timeout_ms) {
        return Err(Error::usage(format!(
            "--timeout-ms must be from 1 to {MAX_TIMEOUT_MS}"
        )));
    }
    let target = Target::parse(&args.url)?;
    let body = request_body(ctx, args, event)?;
    let token = args.token.resolve(&ctx.env)?;
    let sdkappid = u64::from(ctx.settings()?.require_sdkappid()?);
    let request_time = crate::units::now_unix();
    let query = OutgoingQuery {
        sdkappid,
        command: event.command,
        client_ip: &args.client_ip,
        opt_platform: &args.opt_platform,
        auth: token.as_ref().map(|t| (t, request_time)),
    };
    let url = callback_url(&args.url, &query.encode());
    warn_about_transport(ctx, &target, token.as_ref());
    if ctx.global.dry_run {
        print_preview(ctx, &json!({"method": "POST", "url": url, "body": body}))?;
        return Ok(Exit::Ok);
    }
    let payload = body.to_string();
    let sent = Sent {
        url,
        signed: token.is_some(),
        request_time,
        body,
        body_bytes: payload.len(),
    };
    let timeout = Duration::from_millis(args.timeout_ms);
    let ca_certs = ca_file(ctx)?.map(|ca| ca.certs).unwrap_or_default();
    let reply = runtime()?.block_on(post(&target, &sent.url, payload, timeout, &ca_certs))?;
    let verdict = Verdict::of(event, &reply);
    let value = report_json(event, &sent, &reply, &verdict);
    let human = report_human(ctx, event, &target, &sent, &reply, &verdict);
    ctx.out.object(&value, || human)?;
    Ok(if verdict.valid() {
        Exit::Ok
    } else {
        Exit::Failed
    })
}

// ---------------------------------------------------------------- the request

/// The handler's URL, checked, and what the transport warnings need to know about it.
struct Target {
    /// Scheme, host, port and path, without the query: what the report shows.
    shown: String,
    https: bool,
    loopback: bool,
}

impl Target {
    fn parse(raw: &str) -> Result<Target, Error> {
        let url = url::Url::parse(raw)
            .map_err(|e| Error::usage(format!("--url `{raw}` is not a URL: {e}")))?;
        let https = match url.scheme() {
            "https" => true,
            "http" => false,
            other => {
                return Err(Error::usage(format!(
                    "--url scheme `{other}` is not http or https (the service only calls those)"
                )))
            }
        };
        let loopback = match url.host() {
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            None => return Err(Error::usage(format!("--url `{raw}` has no host"))),
        };
        let mut shown = url.clone();
        shown.set_query(None);
        shown.set_fragment(None);
        Ok(Target {
            shown: shown.to_string(),
            https,
            loopback,
        })
    }
}

fn warn_about_transport(ctx: &Ctx, target: &Target, token: Option<&Token>) {
    if token.is_none() {
        ctx.out.status(
            "no callback token given: sending without Sign and RequestTime, as the service does when authentication is off",
        );
    } else if !target.https && !target.loopback {
        ctx.out.warn(&format!(
            "sending a signed request over plain http to {}: anyone on the path can read it and replay its Sign for a minute; prefer https",
            target.shown
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_know_loopback_and_hide_the_query() {
        let t = Target::parse("http://127.0.0.1:8080/cb?tenant=7#x").unwrap();
        assert!(t.loopback && !t.https);
        assert_eq!(t.shown, "http://127.0.0.1:8080/cb");
        assert!(Target::parse("http://[::1]/cb").unwrap().loopback);
        assert!(Target::parse("http://LOCALHOST/cb").unwrap().loopback);
        let remote = Target::parse("https://example.com/cb").unwrap();
        assert!(remote.https && !remote.loopback);
        assert!(Target::parse("ftp://example.com/").is_err());
        assert!(Target::parse("example.com/cb").is_err());
    }
}
