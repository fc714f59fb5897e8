//! Reading one HTTP exchange of a REST call: success, a fault worth another try, or a final
//! failure (a redirect is final: nothing is sent to where it points); the envelope's
//! `ErrorCode`/`ErrorInfo`; transport failures in words without the URL (it carries the UserSig).

use std::time::Duration;

use hyper::body::Bytes;
use reqwest::StatusCode;
use serde_json::Value;

use crate::domain::limits;
use crate::error::Error;

/// How one attempt ended; each failure carries the answer's ErrorCode when it had one.
pub(super) enum Attempt {
    Done(Value),
    /// Worth another try; the error to report if none is left.
    Retry(Error, Option<i64>),
    Fatal(Error, Option<i64>),
}

/// What came back from the server, before judging it.
pub(super) struct Answer {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: Bytes,
}

/// Judges one answer: success, a retryable fault, or a final failure.
pub(super) fn judge(endpoint: &str, base_url: &str, answer: &Answer) -> Attempt {
    let status = answer.status;
    if status.is_redirection() {
        return Attempt::Fatal(redirected(endpoint, base_url, answer), None);
    }
    if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
        let e = Error::Transport(format!("{endpoint}: HTTP {status}"));
        return Attempt::Retry(e, None);
    }
    if !status.is_success() {
        return Attempt::Fatal(Error::Transport(format!("{endpoint}: HTTP {status}")), None);
    }
    let Ok(value) = serde_json::from_slice::<Value>(&answer.body) else {
        let e = Error::Failed(format!("{endpoint}: the answer is not JSON"));
        return Attempt::Fatal(e, None);
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
        Attempt::Fatal(e, Some(code))
    }
}

/// A 3xx, in words: the status and where it pointed (host and port only: the path or query
/// of a redirect may echo credentials). Nothing is sent there.
fn redirected(endpoint: &str, base_url: &str, answer: &Answer) -> Error {
    let target = answer
        .location
        .as_deref()
        .and_then(|loc| url::Url::parse(base_url).ok()?.join(loc).ok())
        .and_then(|url| {
            let host = url.host_str()?.to_string();
            Some(match url.port() {
                Some(port) => format!("{host}:{port}"),
                None => host,
            })
        });
    let to = match target {
        Some(host) => format!("redirects to {host}"),
        None => "redirects without a usable Location".to_string(),
    };
    Error::Transport(format!(
        "{endpoint}: HTTP {}: the server {to}; imctl does not follow redirects (the admin credentials travel in the URL), so nothing was sent there",
        answer.status
    ))
}

/// What went wrong, for an observer: transport and answer-format failures without the
/// endpoint (the event names the call), and nothing when it would only restate the status.
pub(super) fn failure_note(
    endpoint: &str,
    e: &Error,
    status: Option<StatusCode>,
) -> Option<String> {
    if !matches!(e, Error::Transport(_) | Error::Failed(_)) {
        return None;
    }
    let text = e.to_string();
    let what = text
        .strip_prefix(endpoint)
        .and_then(|t| t.strip_prefix(": "))
        .unwrap_or(&text);
    match status {
        Some(status) if what == format!("HTTP {status}") => None,
        _ => Some(what.to_string()),
    }
}

/// A duration for messages: whole seconds when it is, else tenths.
pub(super) fn seconds(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
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
pub(super) fn transport(endpoint: &str, e: reqwest::Error) -> Error {
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
    use serde_json::json;

    fn answer(status: u16, location: Option<&str>, body: &str) -> Answer {
        Answer {
            status: StatusCode::from_u16(status).unwrap(),
            location: location.map(String::from),
            body: Bytes::copy_from_slice(body.as_bytes()),
        }
    }

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

    #[test]
    fn redirects_are_transport_failures_naming_only_the_host() {
        let base = "http://127.0.0.1:9901";
        let to = "http://127.0.0.1:4242/v4/x/y?usersig=eJxSECRET&sdkappid=1";
        for status in [301, 302, 303, 307, 308] {
            let Attempt::Fatal(e, None) = judge("v4/x/y", base, &answer(status, Some(to), ""))
            else {
                panic!("{status} is not final");
            };
            assert_eq!(e.exit(), crate::error::Exit::Transport);
            let text = e.to_string();
            assert!(text.contains(&status.to_string()), "{text}");
            assert!(text.contains("127.0.0.1:4242"), "{text}");
            assert!(
                !text.to_lowercase().contains("usersig") && !text.contains("/v4/x/y?"),
                "{text}"
            );
        }
        // A relative Location names the same host; none at all says so.
        let Attempt::Fatal(e, _) = judge("v4/x/y", base, &answer(307, Some("/elsewhere?q=1"), ""))
        else {
            panic!()
        };
        assert!(e.to_string().contains("127.0.0.1:9901") && !e.to_string().contains("q=1"));
        let Attempt::Fatal(e, _) = judge("v4/x/y", base, &answer(302, None, "")) else {
            panic!()
        };
        assert!(e.to_string().contains("without a usable Location"));
    }

    #[test]
    fn answers_are_judged_by_status_then_error_code() {
        let base = "https://h";
        assert!(matches!(
            judge("e", base, &answer(502, None, "")),
            Attempt::Retry(_, None)
        ));
        assert!(matches!(
            judge("e", base, &answer(429, None, "")),
            Attempt::Retry(_, None)
        ));
        assert!(matches!(
            judge("e", base, &answer(404, None, "")),
            Attempt::Fatal(_, None)
        ));
        assert!(matches!(
            judge("e", base, &answer(200, None, r#"{"ErrorCode":0}"#)),
            Attempt::Done(_)
        ));
        assert!(matches!(
            judge("e", base, &answer(200, None, r#"{"ErrorCode":70050}"#)),
            Attempt::Retry(_, Some(70050))
        ));
        assert!(matches!(
            judge("e", base, &answer(200, None, r#"{"ErrorCode":70107}"#)),
            Attempt::Fatal(_, Some(70107))
        ));
    }

    #[test]
    fn observer_notes_say_what_the_status_does_not() {
        let e = Error::Transport("v4/x/y: HTTP 502 Bad Gateway".into());
        assert_eq!(
            failure_note("v4/x/y", &e, Some(StatusCode::BAD_GATEWAY)),
            None
        );
        let e = Error::Transport("v4/x/y: cannot connect".into());
        assert_eq!(
            failure_note("v4/x/y", &e, None).as_deref(),
            Some("cannot connect")
        );
        let api = Error::Api {
            endpoint: "v4/x/y".into(),
            code: 70107,
            info: "i".into(),
        };
        assert_eq!(failure_note("v4/x/y", &api, Some(StatusCode::OK)), None);
    }

    #[test]
    fn message_durations_read_naturally() {
        assert_eq!(seconds(Duration::from_secs(2)), "2 s");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5 s");
    }
}
