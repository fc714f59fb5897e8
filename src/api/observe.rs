//! What the client reports about each attempt, for `-v`: the client never prints, it hands a
//! [`CallEvent`] to an observer the caller installs. Bodies come out redacted only: the
//! UserSig, the key, and any JSON field whose name suggests a secret.

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

use super::proxy::Route;

/// Called once per attempt, from whichever runtime thread ran it.
pub type Observer = Arc<dyn Fn(&CallEvent<'_>) + Send + Sync>;

/// Longest body text an event hands out; the rest is summarised.
const BODY_LIMIT: usize = 16 * 1024;
const REDACTED: &str = "REDACTED";
/// Parts of JSON field names that mark a secret (compared in lower case).
const SECRET_NAME_PARTS: [&str; 6] = ["key", "token", "sig", "password", "passwd", "secret"];

/// One attempt of one REST call.
pub struct CallEvent<'a> {
    pub service: &'a str,
    pub command: &'a str,
    /// 1 for the first try.
    pub attempt: u32,
    /// The HTTP status, when an answer came.
    pub status: Option<u16>,
    /// The answer's `ErrorCode`, when it had one.
    pub error_code: Option<i64>,
    /// Why there was no answer, or why it was unusable (never holds the URL).
    pub failure: Option<String>,
    pub latency: Duration,
    pub route: &'a Route,
    pub(super) bodies: Bodies<'a>,
}

/// The raw material of the redacted views; private to the client layer.
pub(super) struct Bodies<'a> {
    /// The URL with the UserSig already replaced.
    pub redacted_url: String,
    pub request: &'a str,
    pub response: Option<&'a [u8]>,
    /// Exact strings that must never come out (the UserSig, the key).
    pub secrets: [&'a str; 2],
}

impl CallEvent<'_> {
    /// The request URL, `usersig=REDACTED`.
    pub fn url(&self) -> &str {
        &self.bodies.redacted_url
    }

    /// The request body, secrets redacted.
    pub fn request_body(&self) -> String {
        self.redact_body(self.bodies.request.as_bytes())
    }

    /// The response body, secrets redacted, when an answer came.
    pub fn response_body(&self) -> Option<String> {
        self.bodies.response.map(|b| self.redact_body(b))
    }

    fn redact_body(&self, bytes: &[u8]) -> String {
        let text = match serde_json::from_slice::<Value>(bytes) {
            Ok(mut value) => {
                redact_json(&mut value);
                value.to_string()
            }
            Err(_) => redact_query_sig(&String::from_utf8_lossy(bytes)),
        };
        truncate(scrub(text, &self.bodies.secrets))
    }
}

/// True when a field name suggests it holds a secret.
pub fn is_secret_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    SECRET_NAME_PARTS.iter().any(|part| lower.contains(part))
}

/// Replaces the value of every field with a secret-looking name, at any depth.
pub fn redact_json(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (name, v) in map.iter_mut() {
                if is_secret_name(name) {
                    *v = Value::String(REDACTED.into());
                } else {
                    redact_json(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_json),
        _ => {}
    }
}

/// Replaces every `usersig=VALUE` (any case) up to the next `&`, quote or blank.
pub fn redact_query_sig(text: &str) -> String {
    const NEEDLE: &str = "usersig=";
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    while let Some(found) = lower[rest..].find(NEEDLE) {
        let value_start = rest + found + NEEDLE.len();
        let value_end = text[value_start..]
            .find(|c: char| c == '&' || c == '"' || c == '\'' || c.is_whitespace())
            .map_or(text.len(), |i| value_start + i);
        out.push_str(&text[rest..value_start]);
        out.push_str(REDACTED);
        rest = value_end;
    }
    out.push_str(&text[rest..]);
    out
}

/// Removes exact secret strings wherever they appear (a field name may not say "sig").
fn scrub(mut text: String, secrets: &[&str]) -> String {
    for secret in secrets.iter().filter(|s| s.len() >= 8) {
        if text.contains(secret) {
            text = text.replace(secret, REDACTED);
        }
    }
    text
}

fn truncate(text: String) -> String {
    if text.len() <= BODY_LIMIT {
        return text;
    }
    let mut cut = BODY_LIMIT;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}… ({} more bytes)", &text[..cut], text.len() - cut)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::proxy::DirectReason;
    use serde_json::json;

    #[test]
    fn secret_fields_are_redacted_at_any_depth() {
        let mut v = json!({
            "UserID": "alice",
            "UserSig": "eJx-secret",
            "Nested": [{"Token": "t0k", "PrivateMapKey": "pmk", "Value": "keep"}],
            "PASSWORD": 1,
            "Sign": "abc",
            "ApiKey": {"deep": "x"}
        });
        redact_json(&mut v);
        assert_eq!(
            v,
            json!({
                "UserID": "alice",
                "UserSig": "REDACTED",
                "Nested": [{"Token": "REDACTED", "PrivateMapKey": "REDACTED", "Value": "keep"}],
                "PASSWORD": "REDACTED",
                "Sign": "REDACTED",
                "ApiKey": "REDACTED"
            })
        );
    }

    #[test]
    fn query_usersigs_are_redacted_in_any_case() {
        assert_eq!(
            redact_query_sig("a?sdkappid=1&usersig=eJx&random=2"),
            "a?sdkappid=1&usersig=REDACTED&random=2"
        );
        assert_eq!(redact_query_sig("x UserSig=abc y"), "x UserSig=REDACTED y");
        assert_eq!(redact_query_sig("usersig="), "usersig=REDACTED");
        assert_eq!(redact_query_sig("plain"), "plain");
    }

    #[test]
    fn events_never_hand_out_secrets() {
        let route = Route::Direct(DirectReason::Loopback);
        let sig = "eAEAsecretsig";
        let key = "0123456789abcdef";
        let response = format!("not json: {sig} and usersig=zzz, key {key}");
        let event = CallEvent {
            service: "s",
            command: "c",
            attempt: 1,
            status: Some(200),
            error_code: None,
            failure: None,
            latency: Duration::ZERO,
            route: &route,
            bodies: Bodies {
                redacted_url: "http://h/v4/s/c?usersig=REDACTED".into(),
                request: r#"{"Note":"eAEAsecretsig","UserID":"a"}"#,
                response: Some(response.as_bytes()),
                secrets: [sig, key],
            },
        };
        let request = event.request_body();
        assert_eq!(request, r#"{"Note":"REDACTED","UserID":"a"}"#);
        let response = event.response_body().unwrap();
        assert!(!response.contains(sig) && !response.contains(key) && !response.contains("zzz"));
    }

    #[test]
    fn long_bodies_are_cut_on_a_character_boundary() {
        let long = "é".repeat(BODY_LIMIT);
        let cut = truncate(long);
        assert!(cut.ends_with("more bytes)"));
        assert!(cut.len() < BODY_LIMIT + 40);
    }
}
