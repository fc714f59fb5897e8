//! The REST client: the request envelope of spec §1 (admin UserSig, `random`, JSON body never
//! empty), lenient response parsing, retries with backoff and jitter on transport faults, 5xx
//! and the throttling codes, per-command pacing, and a record of every call in the store.
//! The UserSig only ever travels in the request URL: errors, logs, previews and observer
//! events never show it. Redirects are never followed (the next host would get the URL, and
//! the UserSig with it); proxies follow [`super::proxy`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::answer::{failure_note, judge, seconds, transport, Answer, Attempt};
use super::http::http_client;
use super::limiter::Limiter;
use super::observe::{Bodies, CallEvent, Observer};
use super::proxy::{ProxyEnv, Route};
use super::retry::{self, Deadline, Next, Tries};
use crate::domain::codes;
use crate::domain::limits;
use crate::error::Error;
use crate::secret::SecretKey;
use crate::store::{CallRecord, Store};
use crate::units::now_unix;
use crate::usersig::{SigParams, Signer};

/// Validity of the admin UserSig minted per process, and when to mint a fresh one.
pub const ADMIN_SIG_VALIDITY: u64 = 3600;
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
    /// The longest one attempt may take (connecting, sending and reading the answer).
    pub attempt_timeout: Duration,
    pub connect_timeout: Duration,
    /// The longest one call may take, every attempt, backoff and wait included; each attempt
    /// then gets at most what is left. `None`: only `attempts` bounds the call.
    pub call_budget: Option<Duration>,
    /// Tries per call, the first included.
    pub attempts: u32,
    /// The proxy variables; loopback base URLs ignore them.
    pub proxy: ProxyEnv,
    /// Told about every attempt (for `-v`); the client itself never prints.
    pub observer: Option<Observer>,
    /// Extra trusted roots (`--ca-cert`), on top of the built-in ones; see [`super::http::parse_ca_pem`].
    pub ca_certs: Vec<reqwest::Certificate>,
}

pub struct Client {
    http: reqwest::Client,
    cfg: ClientConfig,
    route: Route,
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
            .field("route", &self.route)
            .finish_non_exhaustive()
    }
}

impl Client {
    pub fn new(cfg: ClientConfig, store: Option<Store>) -> Result<Self, Error> {
        let base = url::Url::parse(&cfg.base_url)
            .map_err(|e| Error::usage(format!("`{}` is not a URL: {e}", cfg.base_url)))?;
        let (http, route) = http_client(&base, &cfg.proxy, &cfg.ca_certs, cfg.connect_timeout)?;
        let sig = mint(&cfg);
        Ok(Client {
            http,
            admin_sig: Mutex::new((sig, Instant::now())),
            cfg,
            route,
            limiters: Mutex::new(HashMap::new()),
            store: store.map(Mutex::new),
            rng: Mutex::new(fastrand::Rng::new()),
        })
    }

    /// How calls reach the server: direct, or through which proxy (for `-v`).
    pub fn route(&self) -> &Route {
        &self.route
    }

    /// An HTTP client for another host the service points at (history files), under the same
    /// rules as REST calls: no redirects, the proxy choice made for that host.
    pub fn http_for(&self, target: &url::Url) -> Result<(reqwest::Client, Route), Error> {
        http_client(
            target,
            &self.cfg.proxy,
            &self.cfg.ca_certs,
            self.cfg.connect_timeout,
        )
    }

    /// The SDKAppID the client signs for.
    pub fn sdkappid(&self) -> u32 {
        self.cfg.sdkappid
    }

    /// What would be sent, for `--dry-run`: the URL with the UserSig redacted, and the body.
    pub fn preview(&self, service: &str, command: &str, body: &Value) -> Value {
        json!({
            "method": "POST",
            "url": self.url(service, command, "", "REDACTED", 0),
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
        self.call_with_query(service, command, "", body, ids).await
    }

    /// [`Client::call`] with command parameters that travel in the query string, like
    /// `GetIPList`'s `nettype` (`query` is `name=value` pairs joined by `&`, already encoded).
    pub async fn call_with_query(
        &self,
        service: &str,
        command: &str,
        query: &str,
        body: &Value,
        ids: &[&str],
    ) -> Result<Value, Error> {
        let endpoint = path(service, command);
        let limiter = self.limiter(service, command);
        let payload = body.to_string();
        let started = Instant::now();
        // The budget starts when the first attempt may go: pacing before it is queueing.
        let mut budget_clock: Option<Deadline> = None;
        let mut tries = Tries {
            made: 0,
            allowed: self.cfg.attempts.max(1),
            lockout_waited: false,
        };
        // batchsendmsg is charged its recipients; other calls one each.
        let units = super::limiter::cost(service, command, body);
        let mut pace = limiter.reserve_units(units);
        loop {
            if !pace.is_zero() {
                tokio::time::sleep(pace).await;
            }
            let deadline =
                *budget_clock.get_or_insert_with(|| Deadline::starting_now(self.cfg.call_budget));
            tries.made += 1;
            let random = self.random();
            let timeout = deadline.attempt_timeout(self.cfg.attempt_timeout);
            let outcome = self
                .attempt(
                    &endpoint, service, command, query, &payload, random, tries.made, timeout,
                )
                .await;
            let (e, code) = match outcome {
                Attempt::Done(value) => {
                    limiter.succeeded();
                    self.record(&endpoint, random, 0, "", started.elapsed(), tries.made, ids);
                    return Ok(value);
                }
                Attempt::Fatal(e, code) => {
                    let info = e.to_string();
                    let code = code.unwrap_or(-1);
                    self.record(
                        &endpoint,
                        random,
                        code,
                        &info,
                        started.elapsed(),
                        tries.made,
                        ids,
                    );
                    return Err(e);
                }
                Attempt::Retry(e, code) => (e, code),
            };
            if retry::is_throttling(code) {
                limiter.throttled();
            }
            let backoff = self.backoff(tries.made);
            let Next::RetryAfter(wait) =
                retry::next_step(code, tries, backoff, deadline.remaining())
            else {
                return Err(self.give_up(&endpoint, e, code, tries.made, random, started, ids));
            };
            tries.lockout_waited |= code == Some(codes::USERSIG_LOCKOUT);
            tokio::time::sleep(wait).await;
            pace = limiter.reserve_units(units);
            if deadline.remaining().is_some_and(|left| pace >= left) {
                // The pacing queue alone would outlast the budget.
                return Err(self.give_up(&endpoint, e, code, tries.made, random, started, ids));
            }
        }
    }

    /// The error to report once retrying stops, recorded in the call log.
    #[allow(clippy::too_many_arguments)]
    fn give_up(
        &self,
        endpoint: &str,
        e: Error,
        code: Option<i64>,
        attempts: u32,
        random: u32,
        started: Instant,
        ids: &[&str],
    ) -> Error {
        let e = match code {
            Some(code) if limits::is_throttle_code(code) => Error::RateLimited {
                endpoint: endpoint.to_string(),
                code,
                attempts,
            },
            _ => e,
        };
        let info = e.to_string();
        self.record(
            endpoint,
            random,
            code.unwrap_or(-1),
            &info,
            started.elapsed(),
            attempts,
            ids,
        );
        e
    }

    #[allow(clippy::too_many_arguments)]
    async fn attempt(
        &self,
        endpoint: &str,
        service: &str,
        command: &str,
        query: &str,
        payload: &str,
        random: u32,
        number: u32,
        timeout: Duration,
    ) -> Attempt {
        let sig = self.admin_sig();
        let url = self.url(service, command, query, &sig, random);
        let sent_at = Instant::now();
        let exchanged = tokio::time::timeout(timeout, self.exchange(url, payload)).await;
        let latency = sent_at.elapsed();
        let (outcome, answer) = match exchanged {
            Err(_) => {
                let e =
                    Error::Transport(format!("{endpoint}: no answer within {}", seconds(timeout)));
                (Attempt::Retry(e, None), None)
            }
            Ok(Err(e)) => (Attempt::Retry(transport(endpoint, e), None), None),
            Ok(Ok(answer)) => (judge(endpoint, &self.cfg.base_url, &answer), Some(answer)),
        };
        if let Some(observer) = &self.cfg.observer {
            let (error_code, failure) = match &outcome {
                Attempt::Done(_) => (Some(0), None),
                Attempt::Retry(e, code) | Attempt::Fatal(e, code) => {
                    let status = answer.as_ref().map(|a| a.status);
                    let failure = failure_note(endpoint, e, status);
                    (*code, failure)
                }
            };
            observer(&CallEvent {
                service,
                command,
                attempt: number,
                status: answer.as_ref().map(|a| a.status.as_u16()),
                error_code,
                failure,
                latency,
                route: &self.route,
                bodies: Bodies {
                    redacted_url: self.url(service, command, query, "REDACTED", random),
                    request: payload,
                    response: answer.as_ref().map(|a| a.body.as_ref()),
                    secrets: [&sig, self.cfg.key.expose()],
                },
            });
        }
        outcome
    }

    /// One HTTP exchange: the status, a redirect's `Location`, and the whole body.
    async fn exchange(&self, url: String, payload: &str) -> Result<Answer, reqwest::Error> {
        let response = self
            .http
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(payload.to_string())
            .send()
            .await?;
        let status = response.status();
        let location = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = response.bytes().await?;
        Ok(Answer {
            status,
            location,
            body,
        })
    }

    fn url(&self, service: &str, command: &str, query: &str, usersig: &str, random: u32) -> String {
        let admin: String =
            url::form_urlencoded::byte_serialize(self.cfg.admin.as_bytes()).collect();
        let extra = if query.is_empty() { "" } else { "&" };
        format!(
            "{}/{}?sdkappid={}&identifier={admin}&usersig={usersig}&random={random}&contenttype=json{extra}{query}",
            self.cfg.base_url,
            path(service, command),
            self.cfg.sdkappid
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
            .or_insert_with(|| match (service, command) {
                ("openim", "batchsendmsg") => Arc::new(Limiter::weighted(
                    limits::BATCH_SEND_RECIPIENTS_PER_MINUTE / 60.0,
                )),
                _ => Arc::new(Limiter::new(limits::qps(service, command))),
            })
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

/// `v4/SERVICE/COMMAND`; a service written `/ROOT` is a path outside `/v4/`, `ROOT/COMMAND`
/// (the emulator's test-only calls).
fn path(service: &str, command: &str) -> String {
    match service.strip_prefix('/') {
        Some(root) => format!("{root}/{command}"),
        None => format!("v4/{service}/{command}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client() -> Client {
        Client::new(config(), None).unwrap()
    }

    fn config() -> ClientConfig {
        ClientConfig {
            base_url: "https://adminapisgp.im.qcloud.com".into(),
            sdkappid: 1400000000,
            admin: "administrator".into(),
            key: SecretKey::new("k".repeat(64)).unwrap(),
            profile: "default".into(),
            attempt_timeout: Duration::from_secs(5),
            connect_timeout: Duration::from_secs(2),
            call_budget: None,
            attempts: 3,
            proxy: ProxyEnv::default(),
            observer: None,
            ca_certs: Vec::new(),
        }
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

    #[test]
    fn the_route_is_chosen_once_and_loopback_goes_direct() {
        let env = ProxyEnv::from_lookup(|name| {
            (name == "HTTPS_PROXY" || name == "HTTP_PROXY").then(|| "http://127.0.0.1:9".into())
        });
        let make = |base: &str| {
            Client::new(
                ClientConfig {
                    base_url: base.into(),
                    proxy: env.clone(),
                    ..config()
                },
                None,
            )
            .unwrap()
        };
        assert_eq!(make("http://127.0.0.1:9901").route().short(), "direct");
        assert_eq!(
            make("https://adminapisgp.im.qcloud.com").route().short(),
            "proxy http://127.0.0.1:9"
        );
    }
}
