//! `imctl callback listen`: a local callback receiver on the emulator's hardened server. Each
//! request is checked (Sign, RequestTime freshness, SdkAppid, then the body; see
//! [`crate::callback::receive`]), answered within the service's 2 s budget (the `--respond`
//! answer, or the `--forward-to` handler's), printed and recorded in the store.
//!
//! The server's tasks never print or touch the store: they hand a [`Note`] to the main thread
//! through a bounded channel, and the main thread prints through [`Output`] and writes the
//! store, so output lines never interleave and a slow stdout slows answers instead of growing
//! memory.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};
use http_body_util::Full;
use hyper::body::Bytes;
use hyper::header::{HeaderValue, ALLOW, CONTENT_TYPE};
use hyper::http::request::Parts;
use hyper::{Request, Response, StatusCode};
use serde_json::{json, Value};
use tokio::sync::mpsc;

use super::TokenArgs;
use crate::api::http::http_client;
use crate::callback::receive::{
    decision_for, receive, respond_answer, Accepted, Reception, Refused, Respond,
};
use crate::callback::verify::Expectation;
use crate::callback::{callback_url, CallbackQuery, Decision, Token, ANSWER_TIMEOUT_MS};
use crate::commands::rest::{ca_file, proxy_env};
use crate::commands::{rest, Ctx};
use crate::error::{Error, Exit};
use crate::global::OutputFormat;
use crate::output::printable;
use crate::server::{self, Answer, Handler, HandlerFuture, Refusal, ServerLimits};
use crate::store::{CallbackEvent, Store, DEFAULT_RETENTION_DAYS};
use crate::units::{now_unix, parse_duration, rfc3339};

/// How long a `--forward-to` handler has to answer: the rest of the service's 2 s budget is
/// kept for reading the request and relaying the answer.
pub const FORWARD_TIMEOUT_MS: u64 = 1_500;
/// The largest answer relayed from the `--forward-to` handler.
const MAX_FORWARD_ANSWER: usize = 1024 * 1024;
const MAX_MAX_BODY: usize = 64 * 1024 * 1024;
/// Notes waiting for the main thread; when it falls behind (a slow stdout), answers wait.
const QUEUE: usize = 1024;
/// After the end (Ctrl-C, --duration), requests already being answered get this long.
const DRAIN: Duration = Duration::from_millis(ANSWER_TIMEOUT_MS + 500);

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RespondArg {
    /// {"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}: the operation goes ahead
    Allow,
    /// ErrorCode 1 to before-callbacks: the operation is refused (20006 for C2C, 10016 for groups)
    Reject,
    /// ErrorCode 2 to before-send callbacks: the message is discarded, the sender sees success
    Drop,
}

impl From<RespondArg> for Respond {
    fn from(r: RespondArg) -> Respond {
        match r {
            RespondArg::Allow => Respond::Allow,
            RespondArg::Reject => Respond::Reject,
            RespondArg::Drop => Respond::Drop,
        }
    }
}

#[derive(Debug, Args)]
pub struct ListenArgs {
    /// Address to listen on (port 0 picks a free one; the URL is printed on stderr)
    #[arg(long, default_value = "127.0.0.1:9902", value_name = "ADDR")]
    pub listen: String,
    #[command(flatten)]
    pub token: TokenArgs,
    /// What to answer to each accepted event (after-callbacks are always acknowledged)
    #[arg(long, value_enum, default_value = "allow", value_name = "ANSWER")]
    pub respond: RespondArg,
    /// Forward each accepted request (same query and body) to your handler and relay its answer;
    /// without an answer within 1500 ms the --respond answer is given instead
    #[arg(long, value_name = "URL")]
    pub forward_to: Option<String>,
    /// Largest request body accepted (1048576, 512K, 1M; K and M are 1024-based); larger ones
    /// get HTTP 413, unread
    #[arg(long, value_name = "SIZE", default_value = "1M")]
    pub max_body: String,
    /// Stop after this long (30s, 10m, 2h) [default: until Ctrl-C]
    #[arg(long, value_name = "DURATION")]
    pub duration: Option<String>,
    /// Check RequestTime against this unix time instead of the clock (tests)
    #[arg(long, hide = true, value_name = "UNIX")]
    pub now: Option<i64>,
}

pub fn run(ctx: &mut Ctx, args: &ListenArgs) -> Result<Exit, Error> {
    if ctx.out.format() == Some(OutputFormat::Csv) {
        return Err(Error::usage(
            "callback listen prints one event a line: use -o jsonl or -o text instead of csv",
        ));
    }
    let listen: SocketAddr = args.listen.parse().map_err(|_| {
        Error::usage(format!(
            "--listen `{}` is not an address like 127.0.0.1:9902",
            args.listen
        ))
    })?;
    let max_body =
        parse_size(&args.max_body).map_err(|m| Error::usage(format!("--max-body: {m}")))?;
    let duration = args
        .duration
        .as_deref()
        .map(|d| {
            parse_duration(d)
                .map(Duration::from_secs)
                .map_err(|m| Error::usage(format!("--duration: {m}")))
        })
        .transpose()?;
    let now = args
        .now
        .map(|n| super::unix_arg("--now", Some(n)))
        .transpose()?;
    let ca_certs = ca_file(ctx)?.map(|ca| ca.certs).unwrap_or_default();
    let forward = args
        .forward_to
        .as_deref()
        .map(|raw| Forward::new(raw, &ca_certs))
        .transpose()?;
    let token = args.token.resolve(&ctx.env)?;
    let sdkappid = ctx.settings()?.sdkappid.map(u64::from);
    let store = open_store(ctx);

    let (tx, rx) = mpsc::channel(QUEUE);
    let receiver = Arc::new(Receiver {
        token,
        sdkappid,
        now,
        respond: args.respond.into(),
        forward,
        tx,
        busy: AtomicUsize::new(0),
        lost: AtomicU64::new(0),
    });
    let limits = ServerLimits {
        max_body,
        max_inflight_body_bytes: (64 * 1024 * 1024).max(4 * max_body),
        ..ServerLimits::default()
    };
    let rt = rest::runtime()?;
    rt.block_on(async {
        #[cfg(unix)]
        let mut interrupt =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
                .map_err(|e| Error::io("cannot catch Ctrl-C", &e))?;
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|e| Error::io(format!("cannot listen on {listen}"), &e))?;
        let bound = listener.local_addr().unwrap_or(listen);
        let forwards_to_itself = receiver
            .forward
            .as_ref()
            .is_some_and(|f| f.loopback_port == Some(bound.port()));
        if forwards_to_itself {
            return Err(Error::usage(
                "--forward-to points at this receiver itself: every request would loop",
            ));
        }
        // The ready line: scripts wait for it and read the URL from it.
        ctx.out.status(&format!(
            "imctl callback listen receiving on http://{bound}"
        ));
        startup_notes(ctx, &receiver, bound);
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(server::serve(listener, limits, receiver.clone(), async {
            let _ = stop_rx.await;
        }));
        let mut printer = Printer {
            store,
            warned: false,
        };
        let mut rx = rx;
        let deadline = duration.map(|d| tokio::time::Instant::now() + d);
        let until = async {
            match deadline {
                Some(d) => tokio::time::sleep_until(d).await,
                None => std::future::pending().await,
            }
        };
        tokio::pin!(until);
        loop {
            #[cfg(unix)]
            let interrupted = interrupt.recv();
            #[cfg(not(unix))]
            let interrupted = tokio::signal::ctrl_c();
            tokio::select! {
                note = rx.recv() => match note {
                    Some(note) => printer.show(ctx, note)?,
                    None => break,
                },
                _ = interrupted => break,
                () = &mut until => break,
            }
        }
        // Stop accepting; let the requests being answered finish and be shown.
        let _ = stop_tx.send(());
        let _ = server.await;
        let drain_until = Instant::now() + DRAIN;
        loop {
            while let Ok(note) = rx.try_recv() {
                printer.show(ctx, note)?;
            }
            if receiver.busy.load(Ordering::SeqCst) == 0 || Instant::now() >= drain_until {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        while let Ok(note) = rx.try_recv() {
            printer.show(ctx, note)?;
        }
        let lost = receiver.lost.load(Ordering::SeqCst);
        if lost > 0 {
            ctx.out.warn(&format!(
                "{lost} refused requests were not shown: the output fell behind"
            ));
        }
        Ok::<(), Error>(())
    })?;
    Ok(Exit::Ok)
}

fn startup_notes(ctx: &Ctx, receiver: &Receiver, bound: SocketAddr) {
    if receiver.token.is_none() {
        ctx.out.warn(&format!(
            "no callback token given (--token-file, --token or {}): Sign and RequestTime are not checked, as when authentication is off in the console",
            super::TOKEN_ENV
        ));
    }
    if receiver.sdkappid.is_none() {
        ctx.out
            .warn("no SDKAppID configured (--sdkappid or a profile): SdkAppid is not checked");
    }
    if !bound.ip().is_loopback() {
        ctx.out.warn(&format!(
            "listening on {bound}, an address other machines can reach, over plain HTTP"
        ));
    }
    if let Some(f) = &receiver.forward {
        ctx.out.status(&format!(
            "forwarding accepted requests to {} (answer within {FORWARD_TIMEOUT_MS} ms, else --respond {})",
            f.shown,
            receiver.respond.as_str()
        ));
    }
}

/// The store in the data dir; without one (IMCTL_NO_LOG, or it cannot open) events are only
/// printed, and a warning says so.
fn open_store(ctx: &Ctx) -> Option<Store> {
    if ctx
        .env
        .get("IMCTL_NO_LOG")
        .is_some_and(|v| v != "0" && !v.is_empty())
    {
        ctx.out
            .status("IMCTL_NO_LOG is set: events are printed but not recorded");
        return None;
    }
    let retention = ctx
        .env
        .get("IMCTL_LOG_RETENTION_DAYS")
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_RETENTION_DAYS);
    let opened = ctx
        .env
        .data_dir()
        .map_err(|e| e.to_string())
        .and_then(|dir| Store::open(&dir, retention, now_unix()));
    match opened {
        Ok(store) => Some(store),
        Err(e) => {
            ctx.out.warn(&format!(
                "events will not be recorded: cannot open the log: {e}"
            ));
            None
        }
    }
}

/// `1048576`, `512K`, `512KB`, `512KiB`, `1M`, `1MB`, `1MiB` (1024-based), 1 byte to 64 MiB.
fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let n: usize = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a size such as 1M, 512K or 1048576"))?;
    let mult = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1024,
        "m" | "mb" | "mib" => 1024 * 1024,
        _ => return Err(format!("`{s}` has an unknown unit; use K or M")),
    };
    match n.checked_mul(mult) {
        Some(v) if (1..=MAX_MAX_BODY).contains(&v) => Ok(v),
        _ => Err(format!("`{s}` must be from 1 byte to 64M")),
    }
}

// ---------------------------------------------------------------- the receiver

/// The forwarding target: its URL without a query, a client that follows no redirect.
struct Forward {
    base: String,
    shown: String,
    client: reqwest::Client,
    /// The port of a loopback target: forwarding to this receiver itself would loop.
    loopback_port: Option<u16>,
}

impl Forward {
    fn new(raw: &str, ca_certs: &[reqwest::Certificate]) -> Result<Forward, Error> {
        let url = url::Url::parse(raw)
            .map_err(|e| Error::usage(format!("--forward-to `{raw}` is not a URL: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(Error::usage(format!(
                "--forward-to `{raw}` must be an http or https URL"
            )));
        }
        let loopback = match url.host() {
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            None => return Err(Error::usage(format!("--forward-to `{raw}` has no host"))),
        };
        // The REST client's builder: no redirects, proxies only for remote hosts, --ca-cert.
        let (client, _route) = http_client(
            &url,
            &proxy_env(),
            ca_certs,
            Duration::from_millis(FORWARD_TIMEOUT_MS),
        )?;
        let mut shown = url.clone();
        shown.set_fragment(None);
        let loopback_port = loopback.then(|| url.port_or_known_default()).flatten();
        Ok(Forward {
            loopback_port,
            base: shown.to_string(),
            shown: {
                shown.set_query(None);
                shown.to_string()
            },
            client,
        })
    }

    /// POSTs `body` to the handler with the original query; its status and body, or why not.
    async fn send(&self, query: Option<&str>, body: Bytes) -> Result<(u16, Bytes), String> {
        let url = match query {
            Some(q) if !q.is_empty() => callback_url(&self.base, q),
            _ => self.base.clone(),
        };
        let started = Instant::now();
        let describe = |e: reqwest::Error| {
            if e.is_timeout() {
                format!("no answer within {FORWARD_TIMEOUT_MS} ms")
            } else if e.is_connect() {
                "cannot connect".to_string()
            } else {
                e.without_url().to_string()
            }
        };
        let response = self
            .client
            .post(url)
            .timeout(Duration::from_millis(FORWARD_TIMEOUT_MS))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body)
            .send()
            .await
            .map_err(describe)?;
        let status = response.status().as_u16();
        let mut response = response;
        let mut buf = Vec::new();
        loop {
            let left = Duration::from_millis(FORWARD_TIMEOUT_MS).saturating_sub(started.elapsed());
            match tokio::time::timeout(left, response.chunk()).await {
                Err(_) => return Err(format!("no answer within {FORWARD_TIMEOUT_MS} ms")),
                Ok(Err(e)) => return Err(describe(e)),
                Ok(Ok(None)) => break,
                Ok(Ok(Some(chunk))) => {
                    if buf.len() + chunk.len() > MAX_FORWARD_ANSWER {
                        return Err(format!(
                            "its answer is larger than {MAX_FORWARD_ANSWER} bytes"
                        ));
                    }
                    buf.extend_from_slice(&chunk);
                }
            }
        }
        Ok((status, Bytes::from(buf)))
    }
}

/// What the server's tasks hand to the main thread.
enum Note {
    Accepted {
        event: CallbackEvent,
        shown: Value,
        /// Said on stderr before the line (a forward that fell back).
        warning: Option<String>,
    },
    Refused {
        event: CallbackEvent,
        line: String,
    },
}

struct Receiver {
    token: Option<Token>,
    sdkappid: Option<u64>,
    now: Option<i64>,
    respond: Respond,
    forward: Option<Forward>,
    tx: mpsc::Sender<Note>,
    /// Requests being handled (answered but not yet handed over included).
    busy: AtomicUsize,
    /// Server-side refusals that found the queue full.
    lost: AtomicU64,
}

/// Counts a request as busy until dropped.
struct Busy<'a>(&'a AtomicUsize);

impl<'a> Busy<'a> {
    fn new(n: &'a AtomicUsize) -> Self {
        n.fetch_add(1, Ordering::SeqCst);
        Busy(n)
    }
}

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Handler for Receiver {
    fn handle(self: Arc<Self>, req: Request<Bytes>, peer: SocketAddr) -> HandlerFuture {
        Box::pin(async move {
            let busy = Busy::new(&self.busy);
            let answer = self.answer(req, peer).await;
            drop(busy);
            answer
        })
    }

    fn refused(&self, head: &Parts, refusal: Refusal, elapsed: Duration) {
        let query = CallbackQuery::parse(&target(head));
        let declared = head
            .headers
            .get(hyper::header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0);
        let (code, why) = match refusal {
            Refusal::TooLarge => ("too_large", "the body is larger than --max-body"),
            Refusal::Busy => ("busy", "too many request bytes in flight"),
            Refusal::SlowBody => ("slow_body", "the body did not arrive in time"),
            Refusal::BrokenBody => ("broken_body", "the body broke off"),
        };
        let reason = format!("{code}: {why}");
        let mut event = CallbackEvent::refused(now_unix(), &query, None, declared, &reason);
        event.duration = elapsed;
        let line = refused_line(
            head.method.as_str(),
            head.uri.path(),
            None,
            &event.command,
            refusal.status().as_u16(),
            &reason,
        );
        if self.tx.try_send(Note::Refused { event, line }).is_err() {
            self.lost.fetch_add(1, Ordering::SeqCst);
        }
    }
}

fn target(head: &Parts) -> String {
    head.uri
        .path_and_query()
        .map_or_else(|| head.uri.path().to_string(), |pq| pq.as_str().to_string())
}

impl Receiver {
    async fn answer(&self, req: Request<Bytes>, peer: SocketAddr) -> Answer {
        let started = Instant::now();
        let time = now_unix();
        let (head, body) = req.into_parts();
        let exp = Expectation {
            token: self.token.as_ref(),
            sdkappid: self.sdkappid,
            now: self.now.unwrap_or(time),
        };
        match receive(head.method.as_str(), &target(&head), &body, &exp) {
            Reception::Refused(r) => {
                let status = r.http_status();
                let response = json_response(status, &r.answer(), status == 405);
                let mut event = CallbackEvent::refused(
                    time,
                    &r.query,
                    r.body.as_ref(),
                    body.len() as u64,
                    &format!("{}: {}", r.kind.code(), r.message),
                );
                event.duration = started.elapsed();
                let line = refused_line(
                    head.method.as_str(),
                    head.uri.path(),
                    Some(peer),
                    &event.command,
                    status,
                    &refusal_text(&r),
                );
                let _ = self.tx.send(Note::Refused { event, line }).await;
                Ok(response)
            }
            Reception::Accepted(a) => {
                let mut warning = None;
                let mut forwarded = false;
                let (status, bytes) = match &self.forward {
                    Some(f) => match f.send(head.uri.query(), body.clone()).await {
                        Ok(reply) => {
                            forwarded = true;
                            reply
                        }
                        Err(why) => {
                            warning = Some(format!(
                                "forward of {} to {} failed ({why}); answered --respond {} instead",
                                printable(&a.command),
                                f.shown,
                                self.respond.as_str()
                            ));
                            self.own_answer(&a)
                        }
                    },
                    None => self.own_answer(&a),
                };
                let decision = decision_for(a.event, status, &bytes);
                let mut event =
                    CallbackEvent::answered(time, &a.query, &a.body, body.len() as u64, &decision);
                event.duration = started.elapsed();
                let answer_json = serde_json::from_slice::<Value>(&bytes).ok();
                let shown = shown_json(
                    &a,
                    &event,
                    &decision,
                    head.uri.path(),
                    status,
                    answer_json,
                    forwarded,
                );
                let mut response = Response::new(Full::new(bytes));
                *response.status_mut() =
                    StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                let _ = self
                    .tx
                    .send(Note::Accepted {
                        event,
                        shown,
                        warning,
                    })
                    .await;
                Ok(response)
            }
        }
    }

    fn own_answer(&self, a: &Accepted) -> (u16, Bytes) {
        let answer = respond_answer(a.event, self.respond);
        (200, Bytes::from(answer.to_string()))
    }
}

fn json_response(status: u16, body: &Value, allow_post: bool) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_string())));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if allow_post {
        headers.insert(ALLOW, HeaderValue::from_static("POST"));
    }
    response
}

fn refusal_text(r: &Refused) -> String {
    format!("{}: {}", r.kind.code(), r.message)
}

/// `refused POST /path from 127.0.0.1:5555 (C2C.CallbackBeforeSendMsg): HTTP 401: reason`,
/// every part a client chose escaped.
fn refused_line(
    method: &str,
    path: &str,
    peer: Option<SocketAddr>,
    command: &str,
    status: u16,
    reason: &str,
) -> String {
    let from = peer.map(|p| format!(" from {p}")).unwrap_or_default();
    let command = if command.is_empty() {
        String::new()
    } else {
        format!(" ({})", printable(command))
    };
    format!(
        "refused {} {}{from}{command}: HTTP {status}: {}",
        printable(method),
        printable(path),
        printable(reason)
    )
}

/// The line's JSON form (`-o jsonl`, see docs/output-callback-listen.md).
fn shown_json(
    a: &Accepted,
    event: &CallbackEvent,
    decision: &Decision,
    path: &str,
    status: u16,
    answer: Option<Value>,
    forwarded: bool,
) -> Value {
    json!({
        "Time": rfc3339(event.time),
        "CallbackCommand": a.command,
        "KnownCommand": a.event.is_some(),
        "SdkAppid": event.sdkappid,
        "ClientIP": event.client_ip,
        "OptPlatform": event.opt_platform,
        "RequestTime": a.request_time,
        "Path": path,
        "From": event.ids.from,
        "Operator": event.ids.operator,
        "To": event.ids.to,
        "GroupId": event.ids.group_id,
        "Result": event.verdict.as_str(),
        "ErrorCode": event.error_code,
        "ErrorInfo": event.error_reason,
        "HttpStatus": status,
        "Answer": answer,
        "Forwarded": forwarded,
        "DurationMs": event.duration.as_millis() as u64,
        "BodyBytes": event.body_bytes,
        "Body": a.body,
        "Decision": decision.as_str(),
    })
}

/// The human line: time, command, who, and what the answer does.
fn human_line(shown: &Value) -> String {
    let text = |k: &str| shown[k].as_str().map(|s| printable(s).into_owned());
    let mut parts = vec![
        text("Time").unwrap_or_default(),
        text("CallbackCommand").unwrap_or_default(),
    ];
    for key in ["From", "Operator", "GroupId"] {
        if let Some(v) = text(key) {
            parts.push(format!("{key}={v}"));
        }
    }
    if let Some(to) = shown["To"].as_array().filter(|t| !t.is_empty()) {
        let to: Vec<String> = to
            .iter()
            .filter_map(Value::as_str)
            .map(|s| printable(s).into_owned())
            .collect();
        parts.push(format!("To={}", to.join(",")));
    }
    let code = shown["ErrorCode"]
        .as_i64()
        .map_or_else(|| "no ErrorCode".to_string(), |c| format!("ErrorCode {c}"));
    let forwarded = if shown["Forwarded"] == true {
        ", forwarded"
    } else {
        ""
    };
    format!(
        "{} -> {} ({code}, {} ms{forwarded})",
        parts.join(" "),
        text("Result").unwrap_or_default(),
        shown["DurationMs"]
    )
}

/// The main thread's side: prints each note and records its event.
struct Printer {
    store: Option<Store>,
    warned: bool,
}

impl Printer {
    fn show(&mut self, ctx: &mut Ctx, note: Note) -> Result<(), Error> {
        let event = match note {
            Note::Accepted {
                event,
                shown,
                warning,
            } => {
                if let Some(w) = warning {
                    ctx.out.warn(&w);
                }
                match ctx.out.format() {
                    Some(OutputFormat::Json | OutputFormat::Jsonl) => {
                        ctx.out.line(&shown.to_string())?
                    }
                    _ => ctx.out.line(&human_line(&shown))?,
                }
                ctx.out.flush()?;
                event
            }
            Note::Refused { event, line } => {
                ctx.out.status(&line);
                event
            }
        };
        if let Some(store) = &self.store {
            if let Err(e) = store.record_callback(&event) {
                if !self.warned {
                    ctx.out
                        .warn(&format!("cannot record an event in the log: {e}"));
                    self.warned = true;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1M").unwrap(), 1024 * 1024);
        assert_eq!(parse_size("512k").unwrap(), 512 * 1024);
        assert_eq!(parse_size("2MiB").unwrap(), 2 * 1024 * 1024);
        assert_eq!(parse_size("100").unwrap(), 100);
        assert!(parse_size("0").is_err());
        assert!(parse_size("65M").is_err());
        assert!(parse_size("1G").is_err());
        assert!(parse_size("M").is_err());
    }

    #[test]
    fn refused_lines_escape_what_clients_chose() {
        let line = refused_line("POST", "/cb\n\x1b[2J", None, "X\ny", 401, "Sign mismatch");
        assert!(!line.contains('\n') && !line.contains('\x1b'), "{line}");
        assert!(line.starts_with("refused POST /cb\\n"));
    }

    #[test]
    fn human_lines_escape_ids() {
        let shown = json!({"Time":"2026-01-01T00:00:00Z","CallbackCommand":"C2C.CallbackBeforeSendMsg",
            "From":"a\nb","Operator":null,"GroupId":null,"To":["c\u{1b}"],"Result":"allow",
            "ErrorCode":0,"DurationMs":3,"Forwarded":false});
        let line = human_line(&shown);
        assert_eq!(
            line,
            "2026-01-01T00:00:00Z C2C.CallbackBeforeSendMsg From=a\\nb To=c\\u{1b} -> allow (ErrorCode 0, 3 ms)"
        );
    }
}
