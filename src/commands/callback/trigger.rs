//! `imctl callback trigger`: sends one realistic, signed callback request to your handler, the
//! way the service would, and judges the answer the way the service does (spec §9.2): HTTP
//! status, time against the 2 s budget, whether the body is a valid answer for the event, and
//! what the service would then do to the operation.

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

/// The body to send: `--file`, or the event's sample with fresh times and random numbers;
/// then each `--set`.
fn request_body(ctx: &Ctx, args: &TriggerArgs, event: &Event) -> Result<Value, Error> {
    let mut body = match &args.body {
        Some(path) => read_body(ctx, path)?,
        None => fresh_sample(event, now_ms(), &mut fastrand::Rng::new()),
    };
    for set in &args.set {
        let (field, value) = parse_set(set)?;
        let Some(object) = body.as_object_mut() else {
            return Err(Error::usage("--set needs a body that is a JSON object"));
        };
        object.insert(field, value);
    }
    Ok(body)
}

fn read_body(ctx: &Ctx, path: &std::path::Path) -> Result<Value, Error> {
    let text = if path.as_os_str() == "-" {
        ctx.read_stdin_value("body", MAX_BODY_BYTES)?
    } else {
        let what = path.display();
        let meta = std::fs::metadata(path).map_err(|e| Error::usage(format!("{what}: {e}")))?;
        if meta.len() > MAX_BODY_BYTES {
            return Err(Error::usage(format!(
                "--file {what} is larger than {MAX_BODY_BYTES} bytes; a callback body is far smaller"
            )));
        }
        std::fs::read_to_string(path).map_err(|e| Error::usage(format!("{what}: {e}")))?
    };
    serde_json::from_str(&text).map_err(|e| {
        Error::usage(format!(
            "--file {}: not JSON ({e}); the service always sends JSON",
            path.display()
        ))
    })
}

/// `Field=value`: the value as JSON when it parses (`5`, `true`, `[…]`, `"5"`), else the text.
fn parse_set(set: &str) -> Result<(String, Value), Error> {
    let Some((field, raw)) = set.split_once('=') else {
        return Err(Error::usage(format!(
            "--set `{set}` needs the form Field=value"
        )));
    };
    let field = field.trim();
    if field.is_empty() {
        return Err(Error::usage(format!("--set `{set}` has no field name")));
    }
    let value = serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_string()));
    Ok((field.to_string(), value))
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// The event's sample body as the service would send it now: `EventTime` (ms, keeping the
/// string or number form of the sample), `MsgTime`/`LastReadTime` (s), fresh `MsgSeq`,
/// `MsgRandom`/`Random`, and the `MsgKey` made of them (`{MsgSeq}_{MsgRandom}_{MsgTime}`).
fn fresh_sample(event: &Event, now_ms: i64, rng: &mut fastrand::Rng) -> Value {
    let mut body = event.sample_body();
    let Some(fields) = body.as_object_mut() else {
        return body;
    };
    let secs = now_ms / 1000;
    if let Some(v) = fields.get_mut("EventTime") {
        *v = if v.is_string() {
            json!(now_ms.to_string())
        } else {
            json!(now_ms)
        };
    }
    set_if_present(fields, "MsgTime", json!(secs));
    set_if_present(fields, "LastReadTime", json!(secs));
    set_if_present(fields, "MsgSeq", json!(rng.u32(1..1_000_000)));
    set_if_present(fields, "MsgRandom", json!(rng.u32(..)));
    set_if_present(fields, "Random", json!(rng.u32(..)));
    if fields.contains_key("MsgKey") {
        let part = |k: &str| fields.get(k).map(Value::to_string).unwrap_or_default();
        let key = format!(
            "{}_{}_{}",
            part("MsgSeq"),
            part("MsgRandom"),
            part("MsgTime")
        );
        fields.insert("MsgKey".into(), json!(key));
    }
    body
}

fn set_if_present(fields: &mut Map<String, Value>, name: &str, value: Value) {
    if let Some(v) = fields.get_mut(name) {
        *v = value;
    }
}

// ---------------------------------------------------------------- sending

/// What was sent, for the report.
struct Sent {
    url: String,
    signed: bool,
    request_time: i64,
    body: Value,
    body_bytes: usize,
}

/// What came back: an answer, or nothing within the timeout.
enum Reply {
    Answer {
        status: u16,
        body: Vec<u8>,
        latency: Duration,
        truncated: bool,
    },
    TimedOut {
        after: Duration,
    },
}

/// POSTs `payload` once: no redirects (the service follows none), no proxy for a loopback
/// handler, the whole exchange bounded by `timeout`. A handler that accepted the connection
/// but did not answer in time is a `TimedOut` reply (the service's failure); not reaching it
/// at all is a transport error.
async fn post(
    target: &Target,
    url: &str,
    payload: String,
    timeout: Duration,
    ca_certs: &[reqwest::Certificate],
) -> Result<Reply, Error> {
    // The REST client's builder: no redirects, proxies only for remote hosts, --ca-cert.
    let parsed = url::Url::parse(url)
        .map_err(|e| Error::usage(format!("`{}` is not a URL: {e}", target.shown)))?;
    let (client, _route) = http_client(&parsed, &proxy_env(), ca_certs, timeout)?;
    let started = Instant::now();
    let unreachable = |e: reqwest::Error| -> Result<Reply, Error> {
        if e.is_timeout() && !e.is_connect() {
            return Ok(Reply::TimedOut {
                after: started.elapsed(),
            });
        }
        Err(Error::Transport(format!(
            "cannot reach {}: {}",
            target.shown,
            describe(&e)
        )))
    };
    let sent = client
        .post(url)
        .timeout(timeout)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(payload)
        .send()
        .await;
    let mut response = match sent {
        Ok(r) => r,
        Err(e) => return unreachable(e),
    };
    let status = response.status().as_u16();
    let mut body = Vec::new();
    let mut truncated = false;
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if (body.len() + chunk.len()) as u64 > MAX_BODY_BYTES {
                    truncated = true;
                    break;
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => break,
            Err(e) => return unreachable(e),
        }
    }
    Ok(Reply::Answer {
        status,
        body,
        latency: started.elapsed(),
        truncated,
    })
}

/// A transport error in a few words: its innermost cause ("Connection refused", a TLS
/// complaint…), never the URL (whose query carries the Sign).
fn describe(e: &reqwest::Error) -> String {
    let mut innermost: &dyn std::error::Error = e;
    while let Some(source) = innermost.source() {
        innermost = source;
    }
    let text = innermost.to_string();
    let text = match e.url() {
        Some(url) => text.replace(url.as_str(), "the handler"),
        None => text,
    };
    if e.is_timeout() {
        format!("no connection within the timeout ({text})")
    } else {
        text
    }
}

// ---------------------------------------------------------------- judging

/// The service's reading of the reply: what the answer says, and whether it still counts.
struct Verdict {
    /// What the answer says (None: no answer in time).
    answer: Option<Judgement>,
    /// Set when the reply is a failure: a reason code and a sentence.
    failure: Option<(&'static str, String)>,
    within_budget: bool,
}

impl Verdict {
    fn of(event: &Event, reply: &Reply) -> Verdict {
        let budget = Duration::from_millis(ANSWER_TIMEOUT_MS);
        match reply {
            Reply::TimedOut { after } => Verdict {
                answer: None,
                failure: Some((
                    "timeout",
                    format!("no answer within {} ms", after.as_millis()),
                )),
                within_budget: false,
            },
            Reply::Answer {
                status,
                body,
                latency,
                truncated,
            } => {
                let mut judgement = judge(event, *status, body);
                if (300..400).contains(status) {
                    judgement.notes.push(
                        "the service follows no redirects: configure the final URL in the console"
                            .into(),
                    );
                }
                if *truncated {
                    judgement.notes.push(format!(
                        "the answer is longer than {MAX_BODY_BYTES} bytes; only that much was read"
                    ));
                }
                let within_budget = *latency <= budget;
                let failure = match &judgement.decision {
                    Decision::Failure { reason, message } => Some((*reason, message.clone())),
                    _ if !within_budget => Some((
                        "over_budget",
                        format!(
                            "answered in {} ms; the service stops waiting at {ANSWER_TIMEOUT_MS} ms",
                            latency.as_millis()
                        ),
                    )),
                    _ => None,
                };
                Verdict {
                    answer: Some(judgement),
                    failure,
                    within_budget,
                }
            }
        }
    }

    fn valid(&self) -> bool {
        self.failure.is_none()
    }

    /// What the service does: the answer's decision, or `failure`.
    fn decision(&self) -> &'static str {
        match (&self.failure, &self.answer) {
            (None, Some(j)) => j.decision.as_str(),
            _ => "failure",
        }
    }

    fn notes(&self) -> &[String] {
        self.answer.as_ref().map_or(&[], |j| &j.notes)
    }
}

/// One sentence on what the service does to the operation.
fn service_action(event: &Event, verdict: &Verdict) -> String {
    let decision = match (&verdict.failure, &verdict.answer) {
        (None, Some(j)) => &j.decision,
        _ => return format!("the callback counts as failed: {}", event.on_failure()),
    };
    match decision {
        Decision::Acknowledged => {
            "the callback counts as handled; the operation is not affected".into()
        }
        Decision::Allow => "the operation goes ahead unchanged".into(),
        Decision::Modify {
            msg_body,
            cloud_custom_data,
        } => {
            let what = match (msg_body.is_some(), cloud_custom_data.is_some()) {
                (true, true) => "MsgBody and CloudCustomData",
                (true, false) => "MsgBody",
                _ => "CloudCustomData",
            };
            format!("the message goes ahead with your {what} instead of the original")
        }
        Decision::Reject { code, info } => {
            let info = if info.is_empty() {
                String::new()
            } else {
                format!(" ({info:?})")
            };
            match code {
                Some(code) => format!("the operation is refused: the caller gets ErrorCode {code}{info}"),
                None => format!(
                    "the operation is refused{info} (the spec does not name the ErrorCode the caller gets)"
                ),
            }
        }
        Decision::Drop => "the message is discarded silently; the sender sees success".into(),
        Decision::Failure { .. } => {
            format!("the callback counts as failed: {}", event.on_failure())
        }
    }
}

// ---------------------------------------------------------------- the report

/// The answer as JSON when it is JSON, else (the start of) its text.
fn answer_value(reply: &Reply) -> Value {
    match reply {
        Reply::TimedOut { .. } => Value::Null,
        Reply::Answer { body, .. } => serde_json::from_slice(body)
            .unwrap_or_else(|_| json!(quote(&String::from_utf8_lossy(body)))),
    }
}

fn quote(text: &str) -> String {
    let mut quoted: String = text.chars().take(QUOTE_CHARS).collect();
    if text.chars().nth(QUOTE_CHARS).is_some() {
        quoted.push('…');
    }
    quoted
}

fn latency(reply: &Reply) -> Duration {
    match reply {
        Reply::Answer { latency, .. } => *latency,
        Reply::TimedOut { after } => *after,
    }
}

fn report_json(event: &Event, sent: &Sent, reply: &Reply, verdict: &Verdict) -> Value {
    let decision = verdict.answer.as_ref().map(|j| &j.decision);
    let (reject_code, error_info) = match decision {
        Some(Decision::Reject { code, info }) => (*code, Some(info.clone())),
        _ => (None, None),
    };
    let (msg_body, custom) = match decision {
        Some(Decision::Modify {
            msg_body,
            cloud_custom_data,
        }) => (msg_body.clone(), cloud_custom_data.clone()),
        _ => (None, None),
    };
    json!({
        "CallbackCommand": event.command,
        "Phase": event.phase.as_str(),
        "Url": sent.url,
        "Signed": sent.signed,
        "RequestTime": sent.request_time,
        "RequestBody": sent.body,
        "RequestBytes": sent.body_bytes,
        "HttpStatus": match reply {
            Reply::Answer { status, .. } => Some(*status),
            Reply::TimedOut { .. } => None,
        },
        "LatencyMs": latency(reply).as_millis() as u64,
        "BudgetMs": ANSWER_TIMEOUT_MS,
        "WithinBudget": verdict.within_budget,
        "Answer": answer_value(reply),
        "Valid": verdict.valid(),
        "Decision": verdict.decision(),
        "AnswerDecision": decision.map(Decision::as_str),
        "RejectCode": reject_code,
        "ErrorInfo": error_info,
        "MsgBody": msg_body,
        "CloudCustomData": custom,
        "Failure": verdict.failure.as_ref().map(|(reason, message)| {
            json!({"Reason": reason, "Message": message})
        }),
        "ServiceAction": service_action(event, verdict),
        "Notes": verdict.notes(),
    })
}

fn report_human(
    ctx: &Ctx,
    event: &Event,
    target: &Target,
    sent: &Sent,
    reply: &Reply,
    verdict: &Verdict,
) -> String {
    let row = |k: &str, v: &str| format!("  {k:<9} {v}");
    let headline = match &verdict.failure {
        None => ctx.out.paint(
            Tone::Good,
            &format!("✓ {}: valid answer: {}", event.command, verdict.decision()),
        ),
        Some((reason, _)) => ctx.out.paint(
            Tone::Bad,
            &format!(
                "✗ {}: the answer counts as a failure ({reason})",
                event.command
            ),
        ),
    };
    let signed = if sent.signed { "signed" } else { "unsigned" };
    let mut lines = vec![
        headline,
        row(
            "Sent",
            &format!(
                "POST {} ({signed}, {} bytes)",
                target.shown, sent.body_bytes
            ),
        ),
    ];
    let took = latency(reply).as_millis();
    match reply {
        Reply::Answer { status, body, .. } => {
            lines.push(row(
                "HTTP",
                &format!("{status} in {took} ms (budget {ANSWER_TIMEOUT_MS} ms)"),
            ));
            let text = String::from_utf8_lossy(body);
            let shown = if text.trim().is_empty() {
                "(empty)".to_string()
            } else {
                quote(text.trim())
            };
            lines.push(row("Answer", &shown));
        }
        Reply::TimedOut { .. } => {
            lines.push(row("HTTP", &format!("no answer within {took} ms")));
        }
    }
    if let Some((_, message)) = &verdict.failure {
        lines.push(row("Problem", message));
        if let Some(j) = &verdict.answer {
            if !matches!(j.decision, Decision::Failure { .. }) {
                lines.push(row(
                    "On time",
                    &format!("it would have meant: {}", j.decision.as_str()),
                ));
            }
        }
    }
    lines.push(row("Service", &service_action(event, verdict)));
    for note in verdict.notes() {
        lines.push(format!("  note: {note}"));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(name: &str) -> &'static Event {
        events::find(name).unwrap()
    }

    #[test]
    fn samples_are_refreshed_keeping_their_shape() {
        let now = 1_700_000_000_123;
        let mut rng = fastrand::Rng::with_seed(7);
        let c2c = fresh_sample(event("C2C.CallbackBeforeSendMsg"), now, &mut rng);
        assert_eq!(c2c["MsgTime"], 1_700_000_000);
        let key = format!("{}_{}_{}", c2c["MsgSeq"], c2c["MsgRandom"], c2c["MsgTime"]);
        assert_eq!(c2c["MsgKey"], key.as_str());
        assert_eq!(c2c["MsgBody"][0]["MsgContent"]["Text"], "hi");
        assert!(c2c.get("EventTime").is_none());
        let group = fresh_sample(event("Group.CallbackBeforeSendMsg"), now, &mut rng);
        assert_eq!(group["EventTime"], "1700000000123");
        assert_ne!(group["Random"], 123_456);
        let created = fresh_sample(event("Group.CallbackAfterCreateGroup"), now, &mut rng);
        assert_eq!(created["EventTime"], now);
        for e in events::EVENTS {
            let body = fresh_sample(e, now, &mut rng);
            assert_eq!(body["CallbackCommand"], e.command);
        }
    }

    #[test]
    fn set_values_are_json_when_they_parse() {
        assert_eq!(
            parse_set("To_Account=bob").unwrap(),
            ("To_Account".into(), json!("bob"))
        );
        assert_eq!(parse_set("MsgRandom=5").unwrap().1, json!(5));
        assert_eq!(parse_set("X=\"5\"").unwrap().1, json!("5"));
        assert_eq!(parse_set("X=[1,2]").unwrap().1, json!([1, 2]));
        assert_eq!(parse_set("X=").unwrap().1, json!(""));
        assert_eq!(parse_set("X=a=b").unwrap().1, json!("a=b"));
        assert!(parse_set("X").is_err());
        assert!(parse_set("=5").is_err());
    }

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

    fn verdict(name: &str, status: u16, body: &str, ms: u64) -> Verdict {
        let reply = Reply::Answer {
            status,
            body: body.as_bytes().to_vec(),
            latency: Duration::from_millis(ms),
            truncated: false,
        };
        Verdict::of(event(name), &reply)
    }

    #[test]
    fn verdicts_say_what_the_service_does() {
        let c2c = "C2C.CallbackBeforeSendMsg";
        let ok = r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#;
        let v = verdict(c2c, 200, ok, 5);
        assert!(v.valid());
        assert_eq!(v.decision(), "allow");
        let v = verdict(c2c, 200, ok, 2500);
        assert_eq!(v.failure.as_ref().unwrap().0, "over_budget");
        assert_eq!(v.decision(), "failure");
        assert!(service_action(event(c2c), &v).contains("goes ahead"));
        let reject = r#"{"ActionStatus":"OK","ErrorCode":1,"ErrorInfo":"spam"}"#;
        let v = verdict(c2c, 200, reject, 5);
        assert_eq!(
            service_action(event(c2c), &v),
            "the operation is refused: the caller gets ErrorCode 20006 (\"spam\")"
        );
        let v = verdict(c2c, 500, ok, 5);
        assert_eq!(v.failure.as_ref().unwrap().0, "http_status");
        let timed_out = Verdict::of(
            event(c2c),
            &Reply::TimedOut {
                after: Duration::from_millis(2000),
            },
        );
        assert_eq!(timed_out.failure.as_ref().unwrap().0, "timeout");
        assert!(timed_out.answer.is_none());
    }
}
