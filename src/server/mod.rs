//! The hardened HTTP/1.1 server below both the emulator and the callback receiver: it accepts
//! connections, reads each request's body under [`ServerLimits`], and hands the whole request to
//! a [`Handler`]. What it guarantees whatever the clients do:
//!
//! - a client that does not finish its request head within `header_timeout` (also between two
//!   requests on a kept-alive connection) is disconnected;
//! - a body must arrive within `body_timeout` (408 otherwise) and hold at most `max_body` bytes
//!   (413, before anything is read when `Content-Length` says so);
//! - the bodies being read or handled at one time hold at most `max_inflight_body_bytes`
//!   together: a request that would go past it is answered 503 at once, unread, so memory stays
//!   bounded however many clients send at once;
//! - when `accept` fails for want of descriptors (EMFILE, ENFILE) or memory, the loop sleeps
//!   `accept_backoff` instead of spinning, and serves again once descriptors are free.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderValue, CONNECTION, CONTENT_LENGTH, CONTENT_TYPE, RETRY_AFTER};
use hyper::http::request::Parts;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The server's bounds; [`Default`] is what `imctl emulator` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerLimits {
    /// Time a client has to send a complete request head (and to start the next one).
    pub header_timeout: Duration,
    /// Time a client has to send a request's whole body.
    pub body_timeout: Duration,
    /// Largest body of one request.
    pub max_body: usize,
    /// Largest total of the bodies being read or handled at one time.
    pub max_inflight_body_bytes: usize,
    /// Pause after `accept` fails for want of descriptors or memory.
    pub accept_backoff: Duration,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            max_body: 4 * 1024 * 1024,
            max_inflight_body_bytes: 256 * 1024 * 1024,
            accept_backoff: Duration::from_millis(100),
        }
    }
}

/// The in-flight budget counts in KiB so that any sane cap fits the semaphore's u32 requests.
const UNIT: usize = 1024;
/// A body without `Content-Length` reserves budget in steps of this many bytes.
const STEP: usize = 64 * 1024;
/// The read buffer's cap: request heads larger than this are refused by hyper.
const MAX_BUF: usize = 64 * 1024;

/// The handler's answer, or [`Hangup`] to close the connection without one.
pub type Answer = Result<Response<Full<Bytes>>, Hangup>;

/// Closes the connection without answering (an injected reset, a hang's end).
#[derive(Debug)]
pub struct Hangup;

impl std::fmt::Display for Hangup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection closed without an answer")
    }
}

impl std::error::Error for Hangup {}

/// A request the server answered for itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// 413: the body is larger than `max_body`.
    TooLarge,
    /// 503: the in-flight body budget is spent.
    Busy,
    /// 408: the body did not arrive within `body_timeout`.
    SlowBody,
    /// 400: the body broke off or was malformed.
    BrokenBody,
}

impl Refusal {
    pub fn status(self) -> StatusCode {
        match self {
            Refusal::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Refusal::Busy => StatusCode::SERVICE_UNAVAILABLE,
            Refusal::SlowBody => StatusCode::REQUEST_TIMEOUT,
            Refusal::BrokenBody => StatusCode::BAD_REQUEST,
        }
    }

    fn text(self, limits: &ServerLimits) -> String {
        match self {
            Refusal::TooLarge => format!(
                "413 Payload Too Large: a request body may hold at most {} bytes\n",
                limits.max_body
            ),
            Refusal::Busy => {
                "503 Service Unavailable: too many request bytes in flight, retry shortly\n".into()
            }
            Refusal::SlowBody => format!(
                "408 Request Timeout: the body did not arrive within {} s\n",
                limits.body_timeout.as_secs()
            ),
            Refusal::BrokenBody => "400 Bad Request: the body broke off\n".into(),
        }
    }
}

pub type HandlerFuture = Pin<Box<dyn Future<Output = Answer> + Send>>;

/// What the server calls for each complete request.
pub trait Handler: Send + Sync + 'static {
    /// Answers a request whose body has been read in full.
    fn handle(self: Arc<Self>, req: Request<Bytes>, peer: SocketAddr) -> HandlerFuture;

    /// Told when the server answered a request itself (`elapsed` since its head arrived).
    fn refused(&self, _head: &Parts, _refusal: Refusal, _elapsed: Duration) {}

    /// Told when `accept` failed and the loop is backing off.
    fn accept_failed(&self, _err: &std::io::Error) {}
}

/// Serves `handler` on `listener` under `limits` until `shutdown` completes.
pub async fn serve<H: Handler>(
    listener: TcpListener,
    limits: ServerLimits,
    handler: Arc<H>,
    shutdown: impl Future<Output = ()>,
) {
    let budget = Arc::new(Semaphore::new(
        limits.max_inflight_body_bytes.div_ceil(UNIT).max(1),
    ));
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                Err(e) if transient_accept_error(&e) => continue,
                Err(e) => {
                    // Out of descriptors or memory: the listener stays readable, so retrying at
                    // once would spin. Wait for connections to close.
                    handler.accept_failed(&e);
                    tokio::select! {
                        () = tokio::time::sleep(limits.accept_backoff) => continue,
                        () = &mut shutdown => return,
                    }
                }
            },
            () = &mut shutdown => return,
        };
        let _ = stream.set_nodelay(true);
        let (handler, budget) = (handler.clone(), budget.clone());
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req: Request<Incoming>| {
                let (handler, budget) = (handler.clone(), budget.clone());
                async move { one_request(handler, budget, limits, req, peer).await }
            });
            // A connection error is the client's business (or an injected reset).
            let _ = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout)
                .max_buf_size(MAX_BUF)
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Errors that concern one client only (it gave up during the handshake).
fn transient_accept_error(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionReset, Interrupted, WouldBlock};
    matches!(
        e.kind(),
        ConnectionAborted | ConnectionReset | Interrupted | WouldBlock
    )
}

async fn one_request<H: Handler>(
    handler: Arc<H>,
    budget: Arc<Semaphore>,
    limits: ServerLimits,
    req: Request<Incoming>,
    peer: SocketAddr,
) -> Answer {
    let started = Instant::now();
    let (head, body) = req.into_parts();
    match read_body(&head, body, &limits, &budget).await {
        Ok((bytes, permits)) => {
            let answer = handler.handle(Request::from_parts(head, bytes), peer).await;
            // The body's bytes are freed with the request; only now is the budget back.
            drop(permits);
            answer
        }
        Err(refusal) => {
            handler.refused(&head, refusal, started.elapsed());
            Ok(refusal_response(refusal, &limits))
        }
    }
}

/// The budget a body holds, released on drop.
pub struct Reserved {
    permits: Vec<OwnedSemaphorePermit>,
    bytes: usize,
}

impl Reserved {
    fn take(&mut self, budget: &Arc<Semaphore>, bytes: usize) -> Result<(), Refusal> {
        let units = bytes.div_ceil(UNIT);
        if units == 0 {
            return Ok(());
        }
        let units = u32::try_from(units).map_err(|_| Refusal::TooLarge)?;
        let permit = budget
            .clone()
            .try_acquire_many_owned(units)
            .map_err(|_| Refusal::Busy)?;
        self.permits.push(permit);
        self.bytes += units as usize * UNIT;
        Ok(())
    }
}

/// Reads a whole body within the limits, holding its share of the in-flight budget.
async fn read_body(
    head: &Parts,
    mut body: Incoming,
    limits: &ServerLimits,
    budget: &Arc<Semaphore>,
) -> Result<(Bytes, Reserved), Refusal> {
    let mut reserved = Reserved {
        permits: Vec::new(),
        bytes: 0,
    };
    let declared = head
        .headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if let Some(len) = declared {
        let len = usize::try_from(len).unwrap_or(usize::MAX);
        if len > limits.max_body {
            return Err(Refusal::TooLarge);
        }
        reserved.take(budget, len)?;
    }
    let deadline = tokio::time::Instant::now() + limits.body_timeout;
    let mut buf: Vec<u8> = Vec::with_capacity(declared.map_or(0, |l| l as usize));
    loop {
        let frame = match tokio::time::timeout_at(deadline, body.frame()).await {
            Err(_) => return Err(Refusal::SlowBody),
            Ok(None) => break,
            Ok(Some(Err(_))) => return Err(Refusal::BrokenBody),
            Ok(Some(Ok(frame))) => frame,
        };
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        let total = buf.len() + data.len();
        if total > limits.max_body {
            return Err(Refusal::TooLarge);
        }
        if total > reserved.bytes {
            reserved.take(budget, (total - reserved.bytes).max(STEP))?;
        }
        buf.extend_from_slice(&data);
    }
    Ok((Bytes::from(buf), reserved))
}

fn refusal_response(refusal: Refusal, limits: &ServerLimits) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(refusal.text(limits))));
    *response.status_mut() = refusal.status();
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    // The body is unread (or partly read): the connection cannot carry another request.
    headers.insert(CONNECTION, HeaderValue::from_static("close"));
    if refusal == Refusal::Busy {
        headers.insert(RETRY_AFTER, HeaderValue::from_static("1"));
    }
    response
}

#[cfg(test)]
mod tests;
