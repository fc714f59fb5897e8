//! `imctl callback listen`: a local callback receiver on the emulator's hardened server. Each
//! request is checked (Sign, RequestTime freshness, SdkAppid, then the body; see
//! [`crate::callback::receive`]), answered within the service's 2 s budget (the `--respond`
//! answer, or the `--forward-to` handler's), printed and recorded in the store.
//!
//! The server's tasks never print or touch the store: they hand a [`Note`] to the main thread
//! through a bounded channel, and the main thread prints through [`Output`] and writes the
//! store, so output lines never interleave and a slow stdout slows answers instead of growing
//! memory.

mod forward;
mod lines;
mod receiver;

use forward::*;
use lines::*;
use receiver::*;

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
}
