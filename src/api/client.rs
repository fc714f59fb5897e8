//! The REST client: the request envelope of spec §1 (admin UserSig, `random`, JSON body never
//! empty), lenient response parsing, retries with backoff and jitter on transport faults, 5xx
//! and the throttling codes, per-command pacing, and a record of every call in the store.
//! The UserSig only ever travels in the request URL: errors, logs and previews never show it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::limiter::Limiter;
use crate::config::SecretKey;
use crate::domain::limits;
use crate::error::Error;
use crate::store::{CallRecord, Store};
use crate::units::now_unix;
use crate::usersig::{SigParams, Signer};

/// Validity of the admin UserSig minted per process, and when to mint a fresh one.
const ADMIN_SIG_VALIDITY: u64 = 3600;
const ADMIN_SIG_REFRESH: Duration = Duration::from_secs(3000);
const BACKOFF_BASE: Duration = Duration::from_millis(100);
const BACKOFF_CAP: Duration = Duration::from_secs(5);

pub struct ClientConfig {
    /// `https://host` (or `http://127.0.0.1:port` for the emulator), no trailing slash.
    pub base_url: String,
    pub sdkappid: u32,
    pub admin: String,
    pub key: SecretKey,
    /// Profile name recorded in the call log.
    pub profile: String,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// Tries per call, the first included.
    pub attempts: u32,
}

pub struct Client {
    http: reqwest::Client,
    cfg: ClientConfig,
    admin_sig: Mutex<(String, Instant)>,
    limiters: Mutex<HashMap<String, Arc<Limiter>>>,
    store: Option<Mutex<Store>>,
    rng: Mutex<fastrand::Rng>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.cfg.base_url)
            .field("sdkappid", &self.cfg.sdkappid)
            .field("admin", &self.cfg.admin)
            .finish_non_exhaustive()
    }
}

/// How one attempt ended.
enum Attempt {
    Done(Value),
    /// Worth another try; the error to report if none is left.
    Retry(Error, Option<i64>),
    Fatal(Error, i64),
}

impl Client {
    pub fn new(cfg: ClientConfig, store: Option<Store>) -> Result<Self, Error> {
        let http = reqwest::Client::builder()
            .timeout(cfg.timeout)
            .connect_timeout(cfg.connect_timeout)
            .pool_max_idle_per_host(64)
            .tcp_nodelay(true)
            .user_agent(concat!("imctl/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::Transport(format!("cannot set up HTTPS: {}", e.without_url())))?;
        let sig = mint(&cfg);
        Ok(Client {
            http,
            admin_sig: Mutex::new((sig, Instant::now())),
            cfg,
            limiters: Mutex::new(HashMap::new()),
            store: store.map(Mutex::new),
            rng: Mutex::new(fastrand::Rng::new()),
        })
    }

    /// What would be sent, for `--dry-run`: the URL with the UserSig redacted, and the body.
    pub fn preview(&self, service: &str, command: &str, body: &Value) -> Value {
        json!({
            "method": "POST",
            "url": self.url(service, command, "REDACTED", 0),
            "body": body,
        })
    }

    /// Sends one command and returns its answer when `ErrorCode` is 0. `ids` are the user or
    /// group IDs the call is about, for the call log.
    pub async fn call(
        &self,
        service: &str,
        command: &str,
        body: &Value,
        ids: &[&str],
    ) -> Result<Value, Error> {
        let endpoint = format!("v4/{service}/{command}");
        let limiter = self.limiter(service, command);
        let payload = body.to_string();
        let started = Instant::now();
        let mut attempt = 0;
        loop {
            attempt += 1;
            let wait = limiter.reserve();
            if !wait.is_zero() {
                tokio::time::sleep(wait).await;
            }
            let random = self.random();
            let outcome = self
                .attempt(&endpoint, service, command, &payload, random)
                .await;
            let (result, code, info) = match outcome {
                Attempt::Done(value) => {
                    limiter.succeeded();
                    (Ok(value), 0, String::new())
                }
                Attempt::Fatal(e, code) => {
                    let info = e.to_string();
                    (Err(e), code, info)
                }
                Attempt::Retry(e, code) => {
                    if code.is_some_and(limits::is_throttle_code) {
                        limiter.throttled();
                    }
                    if attempt < self.cfg.attempts {
                        tokio::time::sleep(self.backoff(attempt)).await;
                        continue;
                    }
                    let e = match (e, code) {
                        (_, Some(code)) if limits::is_throttle_code(code) => Error::RateLimited {
                            endpoint: endpoint.clone(),
                            code,
                            attempts: attempt,
                        },
                        (e, _) => e,
                    };
                    let info = e.to_string();
                    (Err(e), code.unwrap_or(-1), info)
                }
            };
            self.record(
                &endpoint,
                random,
                code,
                &info,
                started.elapsed(),
                attempt,
                ids,
            );
            return result;
        }
    }

    async fn attempt(
        &self,
        endpoint: &str,
        service: &str,
        command: &str,
        payload: &str,
        random: u32,
    ) -> Attempt {
        let url = self.url(service, command, &self.admin_sig(), random);
        let sent = self
            .http
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(payload.to_string())
            .send()
            .await;
        let response = match sent {
            Ok(r) => r,
            Err(e) => return Attempt::Retry(transport(endpoint, e), None),
        };
        let status = response.status();
        if status.is_server_error() || status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            let e = Error::Transport(format!("{endpoint}: HTTP {status}"));
            return Attempt::Retry(e, None);
        }
        if !status.is_success() {
            return Attempt::Fatal(Error::Transport(format!("{endpoint}: HTTP {status}")), -1);
        }
        let bytes = match response.bytes().await {
            Ok(b) => b,
            Err(e) => return Attempt::Retry(transport(endpoint, e), None),
        };
        let Ok(value) = serde_json::from_slice::<Value>(&bytes) else {
            let e = Error::Failed(format!("{endpoint}: the answer is not JSON"));
            return Attempt::Fatal(e, -1);
        };
        let (code, info) = envelope(&value);
        if code == 0 {
            return Attempt::Done(value);
        }
        let e = Error::Api {
            endpoint: endpoint.to_string(),
            code,
            info,
        };
        if limits::is_throttle_code(code) || limits::is_transient_code(code) {
            Attempt::Retry(e, Some(code))
        } else {
            Attempt::Fatal(e, code)
        }
    }

    fn url(&self, service: &str, command: &str, usersig: &str, random: u32) -> String {
        let admin: String =
            url::form_urlencoded::byte_serialize(self.cfg.admin.as_bytes()).collect();
        format!(
            "{}/v4/{service}/{command}?sdkappid={}&identifier={admin}&usersig={usersig}&random={random}&contenttype=json",
            self.cfg.base_url, self.cfg.sdkappid
        )
    }

    fn admin_sig(&self) -> String {
        let mut slot = self.admin_sig.lock().unwrap_or_else(|p| p.into_inner());
        if slot.1.elapsed() > ADMIN_SIG_REFRESH {
            *slot = (mint(&self.cfg), Instant::now());
        }
        slot.0.clone()
    }

    fn limiter(&self, service: &str, command: &str) -> Arc<Limiter> {
        let mut map = self.limiters.lock().unwrap_or_else(|p| p.into_inner());
        map.entry(format!("{service}/{command}"))
            .or_insert_with(|| Arc::new(Limiter::new(limits::qps(service, command))))
            .clone()
    }

    fn random(&self) -> u32 {
        self.rng.lock().unwrap_or_else(|p| p.into_inner()).u32(..)
    }

    /// Exponential backoff with "equal jitter": half fixed, half random.
    fn backoff(&self, attempt: u32) -> Duration {
        let full = BACKOFF_BASE
            .saturating_mul(1 << attempt.min(16))
            .min(BACKOFF_CAP);
        let jitter = self.rng.lock().unwrap_or_else(|p| p.into_inner()).f64();
        full / 2 + full.mul_f64(jitter / 2.0)
    }

    #[allow(clippy::too_many_arguments)]
    fn record(
        &self,
        endpoint: &str,
        random: u32,
        code: i64,
        info: &str,
        duration: Duration,
        attempts: u32,
        ids: &[&str],
    ) {
        let Some(store) = &self.store else { return };
        let call = CallRecord {
            time: now_unix(),
            profile: self.cfg.profile.clone(),
            endpoint: endpoint.to_string(),
            request_id: random.to_string(),
            error_code: code,
            error_info: info.to_string(),
            duration,
            attempts,
            ids: ids.iter().map(|s| s.to_string()).collect(),
        };
        // The log is a convenience: a full disk must not fail the user's command.
        let _ = store
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .record(&call);
    }
}

fn mint(cfg: &ClientConfig) -> String {
    Signer::new(cfg.key.expose().as_bytes()).sign(&SigParams {
        sdkappid: u64::from(cfg.sdkappid),
        identifier: &cfg.admin,
        time: now_unix(),
        expire: ADMIN_SIG_VALIDITY,
        userbuf: None,
    })
}

/// `ErrorCode` and `ErrorInfo`, leniently: some answers omit `ActionStatus` or `ErrorInfo`.
pub fn envelope(value: &Value) -> (i64, String) {
    let info = value
        .get("ErrorInfo")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let code = match value.get("ErrorCode") {
        Some(Value::Number(n)) => n.as_i64().unwrap_or(-1),
        Some(Value::String(s)) => s.trim().parse().unwrap_or(-1),
        _ if value.get("ActionStatus").and_then(Value::as_str) == Some("OK") => 0,
        _ => -1,
    };
    (code, info)
}

/// A transport failure in words, never with the URL (it carries the UserSig).
fn transport(endpoint: &str, e: reqwest::Error) -> Error {
    let e = e.without_url();
    let what = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "cannot connect".to_string()
    } else {
        let mut text = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            text = format!("{text}: {s}");
            source = s.source();
        }
        text
    };
    // Belt and braces: reqwest's text can include the URL.
    let what = match what.find("usersig=") {
        Some(i) => format!("{}usersig=REDACTED", &what[..i]),
        None => what,
    };
    Error::Transport(format!("{endpoint}: {what}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelopes_parse_leniently() {
        assert_eq!(
            envelope(&json!({"ActionStatus": "OK", "ErrorCode": 0})).0,
            0
        );
        assert_eq!(envelope(&json!({"ErrorCode": 0, "ErrorInfo": "OK"})).0, 0);
        assert_eq!(envelope(&json!({"ActionStatus": "OK"})).0, 0);
        assert_eq!(
            envelope(&json!({"ActionStatus": "SomeError", "ErrorCode": 0})).0,
            0
        );
        assert_eq!(
            envelope(&json!({"ActionStatus": "FAIL", "ErrorCode": 70107, "ErrorInfo": "x"})),
            (70107, "x".to_string())
        );
        assert_eq!(envelope(&json!({})).0, -1);
    }

    fn client() -> Client {
        Client::new(
            ClientConfig {
                base_url: "https://adminapisgp.im.qcloud.com".into(),
                sdkappid: 1400000000,
                admin: "administrator".into(),
                key: SecretKey::new("k".repeat(64)).unwrap(),
                profile: "default".into(),
                timeout: Duration::from_secs(5),
                connect_timeout: Duration::from_secs(2),
                attempts: 3,
            },
            None,
        )
        .unwrap()
    }

    #[test]
    fn previews_and_debug_never_show_the_usersig() {
        let c = client();
        let preview = c
            .preview("im_open_login_svc", "kick", &json!({"UserID": "a"}))
            .to_string();
        assert!(preview.contains("usersig=REDACTED"));
        assert!(!preview.contains(&c.admin_sig()));
        let debug = format!("{c:?}");
        assert!(!debug.contains(&c.admin_sig()) && !debug.contains("kkkk"));
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let c = client();
        let first = c.backoff(1);
        assert!(first >= Duration::from_millis(100) && first <= Duration::from_millis(200));
        assert!(c.backoff(30) <= BACKOFF_CAP);
    }
}
