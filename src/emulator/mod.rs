//! `imctl emulator`: a stateful stand-in for the Chat REST backend on loopback. Same envelope,
//! same field names, same error codes as the documented service (DESIGN.md §5), plus the
//! failure modes a client must survive: latency, rate limits, 5xx, resets and hangs.
//!
//! The HTTP server is `crate::server` (shared with the callback receiver); `gateway.rs` the UserSig
//! checks and the envelope, `routes.rs` the `(service, command)` table, `services/` one file per
//! service with its state, `faults.rs` the injected failures and the documented rate limits.

pub mod callbacks;
pub mod endpoints;
pub mod faults;
pub mod gateway;
pub mod routes;
pub mod services;

use crate::domain::codes;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::http::request::Parts;
use hyper::{Method, Request, Response, StatusCode};
use serde_json::Value;
use tokio::net::TcpListener;

use crate::error::Error;
use crate::secret::SecretKey;
pub use crate::server::ServerLimits;
use crate::server::{self, Handler, HandlerFuture, Hangup, Refusal};
use crate::units::now_unix;
use faults::{Fault, FaultPlan, Throttle};
use gateway::{fail, Gate, Query};
pub use services::State;

/// The root of the test-only calls (`POST /imctl-test/set_status`), outside `/v4/`.
pub const TEST_ROOT: &str = "imctl-test";
/// How long a "hang" fault holds a request: longer than any sane client timeout.
const HANG: Duration = Duration::from_secs(120);

pub struct EmulatorConfig {
    pub listen: SocketAddr,
    pub sdkappid: u32,
    pub admin: String,
    pub key: SecretKey,
    pub data: Option<PathBuf>,
    pub latency: Duration,
    pub fail_rate: f64,
    pub seed: u64,
    pub fault_kinds: Vec<faults::FaultKind>,
    pub throttle: bool,
    /// The plan whose limits the group service applies.
    pub edition: crate::domain::group::Edition,
    /// Where to send the app backend's callbacks (spec §9), if anywhere.
    pub callbacks: Option<callbacks::CallbackConfig>,
    /// See [`services::App::custom_profile_fields`].
    pub custom_profile_fields: Option<Vec<String>>,
}

/// What the emulator reports for `-v`: the caller decides how to print it.
pub enum ServerEvent<'a> {
    /// One request answered (or hung up on).
    Request(RequestEvent<'a>),
    /// `accept` failed (out of descriptors, say); the server backs off and retries.
    AcceptFailed(&'a std::io::Error),
}

pub struct RequestEvent<'a> {
    pub peer: SocketAddr,
    /// `service/command` for `/v4/...` paths, else the path (never the query: it holds the
    /// UserSig).
    pub route: &'a str,
    /// The HTTP status; `None` when the connection was closed unanswered (an injected fault).
    pub status: Option<u16>,
    /// The answer's ErrorCode, for JSON answers.
    pub error_code: Option<i64>,
    pub latency: Duration,
}

pub type EventLog = Arc<dyn Fn(&ServerEvent<'_>) + Send + Sync>;

struct Shared {
    gate: Gate,
    state: State,
    throttle: Option<Throttle>,
    faults: FaultPlan,
    latency: Duration,
    log: Option<EventLog>,
    /// When an accept failure was last reported (ms since `born`), to report one a second.
    last_accept_report: AtomicU64,
    born: Instant,
    /// One request at a time touches a state kept in a file (its transaction spans the request;
    /// other processes wait on the file's lock).
    turn: tokio::sync::Mutex<()>,
}

pub struct Emulator {
    listener: TcpListener,
    limits: ServerLimits,
    shared: Shared,
}

impl Emulator {
    /// Opens the state and binds the listener (port 0 picks a free port).
    pub async fn bind(cfg: EmulatorConfig) -> Result<Self, Error> {
        let listener = TcpListener::bind(cfg.listen)
            .await
            .map_err(|e| Error::io(format!("cannot listen on {}", cfg.listen), &e))?;
        let mut state = match &cfg.data {
            Some(dir) => State::open(dir).map_err(Error::Failed)?,
            None => State::in_memory(),
        };
        state.app = services::App {
            sdkappid: cfg.sdkappid,
            admin: cfg.admin.clone(),
            listen: listener.local_addr().unwrap_or(cfg.listen),
            custom_profile_fields: cfg
                .custom_profile_fields
                .map(|tags| tags.into_iter().collect()),
        };
        state
            .groups
            .set_plan(cfg.edition, cfg.throttle, cfg.sdkappid);
        if let Some(callbacks) = cfg.callbacks {
            state.callbacks =
                Some(callbacks::Emitter::new(callbacks, cfg.sdkappid).map_err(Error::Failed)?);
        }
        Ok(Emulator {
            listener,
            limits: ServerLimits::default(),
            shared: Shared {
                gate: Gate::new(cfg.sdkappid, &cfg.admin, cfg.key),
                state,
                throttle: cfg.throttle.then(Throttle::default),
                faults: FaultPlan::new(cfg.fail_rate, cfg.seed, &cfg.fault_kinds),
                latency: cfg.latency,
                log: None,
                last_accept_report: AtomicU64::new(u64::MAX),
                born: Instant::now(),
                turn: tokio::sync::Mutex::new(()),
            },
        })
    }

    /// Other server limits than the defaults (tests, tuning).
    pub fn with_limits(mut self, limits: ServerLimits) -> Self {
        self.limits = limits;
        self
    }

    /// Sends the emulator's warnings (a callback URL that cannot be reached) to `warn`.
    pub fn with_warnings(mut self, warn: callbacks::WarnLog) -> Self {
        if let Some(emitter) = &mut self.shared.state.callbacks {
            emitter.set_warn(warn);
        }
        self
    }

    /// Reports every request (and accept failures) to `log`.
    pub fn with_log(mut self, log: EventLog) -> Self {
        self.shared.log = Some(log);
        self
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// `http://HOST:PORT`, what `--endpoint` takes.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.local_addr())
    }

    /// Serves until `shutdown` completes.
    pub async fn serve(self, shutdown: impl std::future::Future<Output = ()>) -> Result<(), Error> {
        server::serve(self.listener, self.limits, Arc::new(self.shared), shutdown).await;
        Ok(())
    }
}

impl Handler for Shared {
    fn handle(self: Arc<Self>, req: Request<Bytes>, peer: SocketAddr) -> HandlerFuture {
        Box::pin(async move {
            let started = Instant::now();
            let route = route_name(req.uri().path());
            let (answer, code) = answer(&self, req).await;
            if let Some(log) = &self.log {
                log(&ServerEvent::Request(RequestEvent {
                    peer,
                    route: &route,
                    status: answer.as_ref().ok().map(|r| r.status().as_u16()),
                    error_code: code,
                    latency: started.elapsed(),
                }));
            }
            answer
        })
    }

    fn refused(&self, head: &Parts, refusal: Refusal, elapsed: Duration) {
        if let Some(log) = &self.log {
            log(&ServerEvent::Request(RequestEvent {
                peer: SocketAddr::from(([0, 0, 0, 0], 0)),
                route: &route_name(head.uri.path()),
                status: Some(refusal.status().as_u16()),
                error_code: None,
                latency: elapsed,
            }));
        }
    }

    fn accept_failed(&self, err: &std::io::Error) {
        let Some(log) = &self.log else { return };
        let now = u64::try_from(self.born.elapsed().as_millis()).unwrap_or(u64::MAX);
        let last = self.last_accept_report.load(Ordering::Relaxed);
        if last == u64::MAX || now.saturating_sub(last) >= 1000 {
            self.last_accept_report.store(now, Ordering::Relaxed);
            log(&ServerEvent::AcceptFailed(err));
        }
    }
}

/// `service/command` of a `/v4/` path, else the path itself, cut short (an archive's token is
/// left out: it is what lets anyone download the file).
fn route_name(path: &str) -> String {
    if path.starts_with(&format!("/{}/", services::history::FILES_ROOT)) {
        return services::history::FILES_ROOT.to_string();
    }
    let name = path.strip_prefix("/v4/").unwrap_or(path);
    name.chars().take(80).collect()
}

/// The answer, and its ErrorCode when it is a JSON envelope.
async fn answer(
    shared: &Shared,
    req: Request<Bytes>,
) -> (Result<Response<Full<Bytes>>, Hangup>, Option<i64>) {
    let files = format!("/{}/", services::history::FILES_ROOT);
    if let Some(name) = req.uri().path().strip_prefix(files.as_str()) {
        return (Ok(archive_file(shared, req.method(), name)), None);
    }
    let fault = shared.faults.next();
    if !shared.latency.is_zero() {
        tokio::time::sleep(shared.latency).await;
    }
    match fault {
        Some(Fault::BadGateway) => {
            return (Ok(plain(StatusCode::BAD_GATEWAY, "502 Bad Gateway")), None)
        }
        Some(Fault::Throttled) => {
            return (
                Ok(json_response(&fail(
                    codes::TOO_MANY_REQUESTS,
                    "too many requests, retry later",
                ))),
                Some(codes::TOO_MANY_REQUESTS),
            )
        }
        Some(Fault::Reset { after: false }) => return (Err(Hangup), None),
        Some(Fault::Hang { after: false }) => {
            tokio::time::sleep(HANG).await;
            return (Err(Hangup), None);
        }
        _ => {}
    }
    let response = {
        // Waiting here, not in SQLite, keeps this process's other requests off the threads.
        let _turn = match shared.state.is_durable() {
            true => Some(shared.turn.lock().await),
            false => None,
        };
        process(shared, req)
    };
    let code = response.get("ErrorCode").and_then(Value::as_i64);
    match fault {
        Some(Fault::Reset { .. }) => (Err(Hangup), code),
        Some(Fault::Hang { .. }) => {
            tokio::time::sleep(HANG).await;
            (Err(Hangup), code)
        }
        _ => (Ok(json_response(&response)), code),
    }
}

fn process(shared: &Shared, req: Request<Bytes>) -> Value {
    if req.method() != Method::POST {
        return fail(
            codes::HTTP_PARSE_ERROR,
            "HTTP parse error: the REST API takes POST only",
        );
    }
    let path = req.uri().path();
    let query = Query::parse(req.uri().query());
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let (test_hook, service, command) = match segments.as_slice() {
        ["v4", service, command] => (false, *service, *command),
        [TEST_ROOT, command] => (true, TEST_ROOT, *command),
        _ => {
            return fail(
                codes::BAD_RESOURCE,
                &format!("bad resource `{path}`: check the URL path"),
            )
        }
    };
    if let Err((code, info)) = shared.gate.check(&query, service, now_unix()) {
        return fail(code, &info);
    }
    let body = req.body();
    if body.iter().all(u8::is_ascii_whitespace) {
        return fail(
            codes::BODY_NOT_JSON,
            "JSON parse error: the body may not be empty (send {})",
        );
    }
    let Ok(body) = serde_json::from_slice::<Value>(body) else {
        return fail(codes::BODY_NOT_JSON, "JSON parse error in the request body");
    };
    if !body.is_object() {
        return fail(
            codes::BODY_NOT_JSON,
            "JSON parse error: the body must be an object",
        );
    }
    if let Some(throttle) = &shared.throttle {
        if !throttle.admit(service, command) {
            return fail(
                codes::REST_RATE_EXCEEDED,
                &format!(
                    "REST call frequency exceeded: {service}/{command} allows {} calls/s",
                    faults::documented_qps(service, command)
                ),
            );
        }
        if let Some(why) = throttle.refuse_recipients(service, command, &body) {
            return fail(codes::REST_RATE_EXCEEDED, &why);
        }
    }
    let answer = shared.state.in_transaction(|| {
        if test_hook {
            routes::handle_test_hook(&shared.state, command, &body, now_unix())
        } else {
            routes::handle(&shared.state, service, command, &body, &query, now_unix())
        }
    });
    match answer {
        Ok(Some(answer)) => answer,
        Ok(None) => {
            let (code, info) = endpoints::unknown_command(service, command);
            fail(code, &info)
        }
        Err(e) => fail(
            codes::ACCOUNT_INTERNAL_ERROR,
            &format!("internal server error: {e}"),
        ),
    }
}

/// `GET /imctl-files/<token>.gz`: an archive `get_history` listed. No UserSig (the token is the
/// permission, like a signed COS URL) and no injected faults.
fn archive_file(shared: &Shared, method: &Method, name: &str) -> Response<Full<Bytes>> {
    if method != Method::GET {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "405 Method Not Allowed");
    }
    match shared.state.history.serve(name, now_unix()) {
        Some(bytes) => {
            let mut response = Response::new(Full::new(Bytes::from(bytes)));
            response.headers_mut().insert(
                hyper::header::CONTENT_TYPE,
                hyper::header::HeaderValue::from_static("application/gzip"),
            );
            response
        }
        None => plain(StatusCode::NOT_FOUND, "404 Not Found"),
    }
}

fn json_response(body: &Value) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_string())));
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
}

fn plain(status: StatusCode, text: &'static str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from_static(text.as_bytes())));
    *response.status_mut() = status;
    response
}

#[cfg(test)]
mod tests;
