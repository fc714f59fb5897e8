//! The callbacks the emulator sends to the app's backend (spec §9), as the service does: a POST
//! to the configured URL with `SdkAppid`, `CallbackCommand`, `contenttype=json`, `ClientIP`,
//! `OptPlatform=RESTAPI` and, with a token, `Sign` and `RequestTime`. Before-events wait for the
//! answer (2 s at most; a timeout or a failed callback lets the operation proceed, the
//! documented default); after-events go out in the background and never delay a REST answer.
//! An answer is read up to [`MAX_ANSWER_BYTES`] within the same 2 s: a longer one is a failed
//! callback, so a handler that streams without end costs nothing. A URL that cannot be reached
//! is reported (a warning, at most once a minute per URL) instead of dropping callbacks silently.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::callback::answer::{judge, Decision, ANSWER_TIMEOUT_MS};
use crate::callback::events::{self, Phase};
use crate::callback::query::{callback_url, OutgoingQuery};
use crate::callback::sign::Token;

/// Where callbacks go and which ones.
#[derive(Debug, Clone)]
pub struct CallbackConfig {
    pub url: String,
    pub token: Option<Token>,
    /// `CallbackCommand`s to send; `None` sends every one the emulator produces.
    pub events: Option<BTreeSet<String>>,
}

/// What the emulator tells about a callback it sent (for `-v`).
pub type CallbackLog = Arc<dyn Fn(&str, &str) + Send + Sync>;

/// Where the emulator's warnings go (the command prints them on stderr).
pub type WarnLog = Arc<dyn Fn(&str) + Send + Sync>;

/// The most of a handler's answer that is read: a valid answer (a rewritten `MsgBody` is at most
/// the 12 KB of a send) fits many times over.
pub const MAX_ANSWER_BYTES: usize = 64 * 1024;

/// How often the same unreachable URL is reported.
const UNREACHABLE_WARN_EVERY: Duration = Duration::from_secs(60);

/// When each URL was last reported unreachable.
#[derive(Default)]
struct WarnEvery {
    last: HashMap<String, Instant>,
}

impl WarnEvery {
    /// Whether `url` may be reported at `now` (and notes that it is).
    fn due(&mut self, url: &str, now: Instant) -> bool {
        match self.last.get(url) {
            Some(&then) if now.saturating_duration_since(then) < UNREACHABLE_WARN_EVERY => false,
            _ => {
                self.last.insert(url.to_string(), now);
                true
            }
        }
    }
}

/// Sends callbacks; cheap to clone.
#[derive(Clone)]
pub struct Emitter {
    cfg: Arc<CallbackConfig>,
    sdkappid: u32,
    http: reqwest::Client,
    log: Option<CallbackLog>,
    warn: Option<WarnLog>,
    warned: Arc<Mutex<WarnEvery>>,
}

impl std::fmt::Debug for Emitter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emitter")
            .field("url", &self.cfg.url)
            .field("events", &self.cfg.events)
            .finish_non_exhaustive()
    }
}

impl Emitter {
    pub fn new(cfg: CallbackConfig, sdkappid: u32) -> Result<Self, String> {
        // The service follows no redirects and uses no proxy to reach the app's backend.
        let http = reqwest::Client::builder()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_millis(ANSWER_TIMEOUT_MS))
            .build()
            .map_err(|e| format!("cannot set up the callback client: {e}"))?;
        Ok(Emitter {
            cfg: Arc::new(cfg),
            sdkappid,
            http,
            log: None,
            warn: None,
            warned: Arc::default(),
        })
    }

    pub fn with_log(mut self, log: CallbackLog) -> Self {
        self.log = Some(log);
        self
    }

    /// Reports an unreachable callback URL to `warn`.
    pub fn set_warn(&mut self, warn: WarnLog) {
        self.warn = Some(warn);
    }

    /// Whether `command` is switched on.
    pub fn wants(&self, command: &str) -> bool {
        self.cfg.events.as_ref().is_none_or(|e| e.contains(command))
    }

    /// A before-event: what the app's backend decides. Anything but a valid answer within 2 s
    /// lets the operation proceed unchanged.
    pub fn before(&self, command: &str, body: Value, now: i64) -> Decision {
        if !self.wants(command) {
            return Decision::Allow;
        }
        let request = self.request(command, body, now, "RESTAPI");
        let emitter = self.clone();
        let command = command.to_string();
        let decision = run_blocking(async move { emitter.send(&command, request).await });
        match decision {
            Decision::Failure { .. } => Decision::Allow,
            other => other,
        }
    }

    /// An after-event caused by a REST call: sent in the background.
    pub fn after(&self, command: &str, body: Value, now: i64) {
        self.after_from(command, body, now, "RESTAPI");
    }

    /// An after-event caused by a client on `opt_platform` (the query's `OptPlatform`).
    pub fn after_from(&self, command: &str, body: Value, now: i64, opt_platform: &str) {
        if !self.wants(command) {
            return;
        }
        let request = self.request(command, body, now, opt_platform);
        let emitter = self.clone();
        let command = command.to_string();
        let task = async move {
            emitter.send(&command, request).await;
        };
        match tokio::runtime::Handle::try_current() {
            Ok(handle) => {
                handle.spawn(task);
            }
            Err(_) => {
                std::thread::spawn(move || {
                    if let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                    {
                        rt.block_on(task);
                    }
                });
            }
        }
    }

    /// The URL and body of one callback.
    fn request(
        &self,
        command: &str,
        mut body: Value,
        now: i64,
        opt_platform: &str,
    ) -> (String, String) {
        if let Value::Object(map) = &mut body {
            map.insert("CallbackCommand".into(), json!(command));
        }
        let query = OutgoingQuery {
            sdkappid: u64::from(self.sdkappid),
            command,
            client_ip: "127.0.0.1",
            opt_platform,
            auth: self.cfg.token.as_ref().map(|t| (t, now)),
        };
        (
            callback_url(&self.cfg.url, &query.encode()),
            body.to_string(),
        )
    }

    async fn send(&self, command: &str, (url, body): (String, String)) -> Decision {
        let Some(event) = events::find(command) else {
            return Decision::Acknowledged;
        };
        let answer = self
            .http
            .post(&url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body)
            .send()
            .await;
        let decision = match answer {
            Err(e) => {
                let message = e.without_url().to_string();
                self.warn_unreachable(&message);
                Decision::Failure {
                    reason: "unreachable",
                    message,
                }
            }
            Ok(response) => {
                let status = response.status().as_u16();
                match read_capped(response, MAX_ANSWER_BYTES).await {
                    Ok(bytes) => judge(event, status, &bytes).decision,
                    Err(failure) => failure,
                }
            }
        };
        if let Some(log) = &self.log {
            let what = match &decision {
                Decision::Failure { message, .. } => format!("failed: {message}"),
                other => other.as_str().to_string(),
            };
            log(command, &what);
        }
        if event.phase == Phase::After {
            return Decision::Acknowledged;
        }
        decision
    }
}

impl Emitter {
    /// The warning for a URL that cannot be reached, at most once a minute per URL.
    fn warn_unreachable(&self, why: &str) {
        let Some(warn) = &self.warn else { return };
        let url = shown_url(&self.cfg.url);
        let due = self
            .warned
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .due(&url, Instant::now());
        if due {
            warn(&format!(
                "callback URL {url} cannot be reached ({why}): its callbacks are dropped \
                 (before-events go ahead, as the service does); this repeats at most once a minute"
            ));
        }
    }
}

/// A URL as it may be shown: scheme, host, port and path; never a query or user info (either
/// may hold a secret).
fn shown_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(u) => {
            format!(
                "{}://{}{}",
                u.scheme(),
                u.host_str().unwrap_or(""),
                u.port().map(|p| format!(":{p}")).unwrap_or_default()
            ) + u.path()
        }
        Err(_) => "(the callback URL)".to_string(),
    }
}

/// The answer's body, at most `cap` bytes of it; more is a failed callback (read no further).
async fn read_capped(mut response: reqwest::Response, cap: usize) -> Result<Vec<u8>, Decision> {
    let too_long = || Decision::Failure {
        reason: "too_large",
        message: format!("the answer is longer than {cap} bytes"),
    };
    if response.content_length().is_some_and(|n| n > cap as u64) {
        return Err(too_long());
    }
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > cap {
                    return Err(too_long());
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body),
            Err(e) => {
                return Err(Decision::Failure {
                    reason: "unreadable",
                    message: e.without_url().to_string(),
                })
            }
        }
    }
}

/// Runs a callback to its decision from synchronous code, inside or outside a runtime.
fn run_blocking<F>(fut: F) -> Decision
where
    F: std::future::Future<Output = Decision> + Send + 'static,
{
    use tokio::runtime::{Handle, RuntimeFlavor};
    let no_runtime = || Decision::Failure {
        reason: "unreachable",
        message: "no runtime to send the callback on".into(),
    };
    match Handle::try_current() {
        Ok(handle) if handle.runtime_flavor() == RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(|| handle.block_on(fut))
        }
        _ => std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map(|rt| rt.block_on(fut))
        })
        .join()
        .ok()
        .and_then(Result::ok)
        .unwrap_or_else(no_runtime),
    }
}

/// Whether a send asked to skip one of its callbacks (`ForbidCallbackControl`, spec §5.3/§5.6:
/// `ForbidBeforeSendMsgCallback`, `ForbidAfterSendMsgCallback`).
pub fn forbids(body: &Value, control: &str) -> bool {
    body.get("ForbidCallbackControl")
        .and_then(Value::as_array)
        .is_some_and(|list| list.iter().any(|v| v == control))
}

/// Milliseconds, as the bodies' `EventTime`.
pub fn event_time(now: i64) -> i64 {
    now.saturating_mul(1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_filter_and_query_are_as_documented() {
        let e = Emitter::new(
            CallbackConfig {
                url: "http://127.0.0.1:9/cb?x=1".into(),
                token: Some(Token::new("xxxxyyyy").unwrap()),
                events: Some(["C2C.CallbackBeforeSendMsg".to_string()].into()),
            },
            1_400_000_000,
        )
        .unwrap();
        assert!(e.wants("C2C.CallbackBeforeSendMsg"));
        assert!(!e.wants("C2C.CallbackAfterSendMsg"));
        let (url, body) = e.request(
            "C2C.CallbackBeforeSendMsg",
            json!({"a": 1}),
            1669872112,
            "RESTAPI",
        );
        assert!(url.starts_with("http://127.0.0.1:9/cb?x=1&SdkAppid=1400000000&CallbackCommand=C2C.CallbackBeforeSendMsg&contenttype=json&ClientIP=127.0.0.1&OptPlatform=RESTAPI&Sign=17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061&RequestTime=1669872112"), "{url}");
        assert!(body.contains("\"CallbackCommand\":\"C2C.CallbackBeforeSendMsg\""));
    }

    #[test]
    fn an_unreachable_backend_lets_a_before_event_proceed() {
        let e = Emitter::new(
            CallbackConfig {
                url: "http://127.0.0.1:9/".into(),
                token: None,
                events: None,
            },
            1,
        )
        .unwrap();
        assert_eq!(
            e.before("C2C.CallbackBeforeSendMsg", json!({}), 0),
            Decision::Allow
        );
    }

    /// A handler on loopback that answers `head` then streams `{"ErrorCode":0,"x":"aaaa…`
    /// (at most `limit` bytes, or until the emulator hangs up); returns its URL.
    fn streaming_handler(head: &'static str, limit: usize) -> String {
        use std::io::{Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/cb", listener.local_addr().unwrap());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut s) = stream else { return };
                std::thread::spawn(move || {
                    let mut buf = [0u8; 4096];
                    let _ = s.read(&mut buf);
                    let _ = s.write_all(head.as_bytes());
                    let _ = s.write_all(br#"{"ActionStatus":"OK","ErrorCode":0,"x":""#);
                    let chunk = [b'a'; 16 * 1024];
                    let mut sent = 0;
                    while sent < limit && s.write_all(&chunk).is_ok() {
                        sent += chunk.len();
                    }
                    let _ = s.write_all(b"\"}");
                });
            }
        });
        url
    }

    fn send_to(url: String) -> (Decision, Duration) {
        let e = Emitter::new(
            CallbackConfig {
                url,
                token: None,
                events: None,
            },
            1,
        )
        .unwrap();
        let rt = tokio::runtime::Runtime::new().unwrap();
        let started = Instant::now();
        let request = e.request("C2C.CallbackBeforeSendMsg", json!({}), 0, "RESTAPI");
        let decision = rt.block_on(e.send("C2C.CallbackBeforeSendMsg", request));
        (decision, started.elapsed())
    }

    #[test]
    fn an_endless_answer_is_a_failed_callback_read_no_further_than_the_cap() {
        let url = streaming_handler(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n",
            usize::MAX,
        );
        let (decision, took) = send_to(url);
        assert!(
            matches!(
                decision,
                Decision::Failure {
                    reason: "too_large",
                    ..
                }
            ),
            "{decision:?}"
        );
        assert!(took < Duration::from_millis(ANSWER_TIMEOUT_MS), "{took:?}");
    }

    #[test]
    fn a_valid_answer_longer_than_the_cap_is_a_failed_callback() {
        // 4 MiB of valid JSON, announced by its Content-Length.
        let n = 4 * 1024 * 1024;
        let head: &'static str = Box::leak(
            format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                40 + n + 2
            )
            .into_boxed_str(),
        );
        let (decision, _) = send_to(streaming_handler(head, n));
        assert!(
            matches!(
                decision,
                Decision::Failure {
                    reason: "too_large",
                    ..
                }
            ),
            "{decision:?}"
        );
        // A small one is judged as usual.
        let (decision, _) = send_to(streaming_handler(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n",
            16 * 1024,
        ));
        assert_eq!(decision, Decision::Allow);
    }

    #[test]
    fn an_unreachable_url_is_reported_once_a_minute_without_its_query() {
        let mut every = WarnEvery::default();
        let t0 = Instant::now();
        assert!(every.due("http://a/cb", t0));
        assert!(!every.due("http://a/cb", t0 + Duration::from_secs(59)));
        assert!(every.due("http://b/cb", t0 + Duration::from_secs(1)));
        assert!(every.due("http://a/cb", t0 + Duration::from_secs(61)));
        assert_eq!(
            shown_url("http://user:pw@127.0.0.1:9/cb/x?token=secret"),
            "http://127.0.0.1:9/cb/x"
        );
        let warnings = Arc::new(Mutex::new(Vec::new()));
        let sink = warnings.clone();
        let mut e = Emitter::new(
            CallbackConfig {
                url: "http://127.0.0.1:9/cb?token=secret".into(),
                token: None,
                events: None,
            },
            1,
        )
        .unwrap();
        e.set_warn(Arc::new(move |w: &str| {
            sink.lock().unwrap().push(w.to_string())
        }));
        for _ in 0..3 {
            e.before("C2C.CallbackBeforeSendMsg", json!({}), 0);
        }
        let warnings = warnings.lock().unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains("http://127.0.0.1:9/cb cannot be reached"),
            "{}",
            warnings[0]
        );
        assert!(!warnings[0].contains("secret"));
    }
}
