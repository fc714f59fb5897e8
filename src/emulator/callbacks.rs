//! The callbacks the emulator sends to the app's backend (spec §9), as the service does: a POST
//! to the configured URL with `SdkAppid`, `CallbackCommand`, `contenttype=json`, `ClientIP`,
//! `OptPlatform=RESTAPI` and, with a token, `Sign` and `RequestTime`. Before-events wait for the
//! answer (2 s at most; a timeout or a failed callback lets the operation proceed, the
//! documented default); after-events go out in the background and never delay a REST answer.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

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

/// Sends callbacks; cheap to clone.
#[derive(Clone)]
pub struct Emitter {
    cfg: Arc<CallbackConfig>,
    sdkappid: u32,
    http: reqwest::Client,
    log: Option<CallbackLog>,
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
        })
    }

    pub fn with_log(mut self, log: CallbackLog) -> Self {
        self.log = Some(log);
        self
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
            Err(e) => Decision::Failure {
                reason: "unreachable",
                message: e.without_url().to_string(),
            },
            Ok(response) => {
                let status = response.status().as_u16();
                match response.bytes().await {
                    Ok(bytes) => judge(event, status, &bytes).decision,
                    Err(e) => Decision::Failure {
                        reason: "unreadable",
                        message: e.without_url().to_string(),
                    },
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
}
