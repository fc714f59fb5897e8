//! `imctl emulator`: a stateful stand-in for the Chat REST backend on loopback. Same envelope,
//! same field names, same error codes as the documented service (DESIGN.md §5), plus the
//! failure modes a client must survive: latency, rate limits, 5xx, resets and hangs.
//!
//! `server.rs` is the HTTP server (shared with the callback receiver), `gateway.rs` the UserSig
//! checks and the envelope, `routes.rs` the `(service, command)` table, `services/` one file per
//! service with its state, `faults.rs` the injected failures and the documented rate limits.

pub mod faults;
pub mod gateway;
pub mod routes;
pub mod server;
pub mod services;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::{Method, Request, Response, StatusCode};
use serde_json::Value;
use tokio::net::TcpListener;

use crate::config::SecretKey;
use crate::error::Error;
use crate::units::now_unix;
use faults::{Fault, FaultPlan, Throttle};
use gateway::{fail, Gate, Query};
pub use services::State;

/// Request bodies past this are refused (the service's own cap is far lower).
const MAX_BODY: usize = 4 * 1024 * 1024;
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
}

struct Shared {
    gate: Gate,
    state: State,
    throttle: Option<Throttle>,
    faults: FaultPlan,
    latency: Duration,
}

pub struct Emulator {
    listener: TcpListener,
    shared: Arc<Shared>,
}

impl Emulator {
    /// Opens the state and binds the listener (port 0 picks a free port).
    pub async fn bind(cfg: EmulatorConfig) -> Result<Self, Error> {
        let state = match &cfg.data {
            Some(dir) => State::open(dir).map_err(Error::Failed)?,
            None => State::in_memory(),
        };
        let listener = TcpListener::bind(cfg.listen)
            .await
            .map_err(|e| Error::io(format!("cannot listen on {}", cfg.listen), &e))?;
        Ok(Emulator {
            listener,
            shared: Arc::new(Shared {
                gate: Gate::new(cfg.sdkappid, &cfg.admin, cfg.key),
                state,
                throttle: cfg.throttle.then(Throttle::default),
                faults: FaultPlan::new(cfg.fail_rate, cfg.seed, &cfg.fault_kinds),
                latency: cfg.latency,
            }),
        })
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
        let shared = self.shared;
        let handler = move |req: Request<Incoming>| {
            let shared = shared.clone();
            async move { answer(&shared, req).await }
        };
        server::serve(self.listener, handler, shutdown).await;
        Ok(())
    }
}

/// An injected connection reset: the service fails, hyper drops the connection unanswered.
#[derive(Debug)]
pub struct Reset;

impl std::fmt::Display for Reset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("injected connection reset")
    }
}

impl std::error::Error for Reset {}

type Answer = Result<Response<Full<Bytes>>, Reset>;

async fn answer(shared: &Shared, req: Request<Incoming>) -> Answer {
    let fault = shared.faults.next();
    if !shared.latency.is_zero() {
        tokio::time::sleep(shared.latency).await;
    }
    match fault {
        Some(Fault::BadGateway) => return Ok(plain(StatusCode::BAD_GATEWAY, "502 Bad Gateway")),
        Some(Fault::Throttled) => {
            return Ok(json_response(&fail(
                60018,
                "too many requests, retry later",
            )))
        }
        Some(Fault::Reset { after: false }) => return Err(Reset),
        Some(Fault::Hang { after: false }) => {
            tokio::time::sleep(HANG).await;
            return Err(Reset);
        }
        _ => {}
    }
    let response = process(shared, req).await;
    match fault {
        Some(Fault::Reset { .. }) => Err(Reset),
        Some(Fault::Hang { .. }) => {
            tokio::time::sleep(HANG).await;
            Err(Reset)
        }
        _ => Ok(json_response(&response)),
    }
}

async fn process(shared: &Shared, req: Request<Incoming>) -> Value {
    if req.method() != Method::POST {
        return fail(60002, "HTTP parse error: the REST API takes POST only");
    }
    let path = req.uri().path().to_string();
    let query = Query::parse(req.uri().query());
    let mut parts = path.trim_start_matches('/').split('/');
    let (Some("v4"), Some(service), Some(command), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return fail(60009, &format!("bad resource `{path}`: check the URL path"));
    };
    if let Err((code, info)) = shared.gate.check(&query, service, now_unix()) {
        return fail(code, &info);
    }
    let body = match Limited::new(req.into_body(), MAX_BODY).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return fail(60002, "HTTP parse error: the body is too large or broken"),
    };
    if body.iter().all(u8::is_ascii_whitespace) {
        return fail(
            60003,
            "JSON parse error: the body may not be empty (send {})",
        );
    }
    let Ok(body) = serde_json::from_slice::<Value>(&body) else {
        return fail(60003, "JSON parse error in the request body");
    };
    if !body.is_object() {
        return fail(60003, "JSON parse error: the body must be an object");
    }
    if let Some(throttle) = &shared.throttle {
        if !throttle.admit(service, command) {
            return fail(
                60007,
                &format!(
                    "REST call frequency exceeded: {service}/{command} allows {} calls/s",
                    faults::documented_qps(service, command)
                ),
            );
        }
    }
    routes::handle(&shared.state, service, command, &body, now_unix()).unwrap_or_else(|| {
        fail(
            60009,
            &format!("bad resource: unknown command {service}/{command}"),
        )
    })
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
