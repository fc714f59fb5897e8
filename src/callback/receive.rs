//! What a callback receiver (`imctl callback listen`) decides about one request, before any
//! answer is chosen: accept it, or refuse it with an HTTP status and a failure answer. And the
//! answer it gives to an accepted one under `--respond`. Pure: the caller passes the request
//! (method, target, body) and the clock inside [`Expectation`].
//!
//! The order of the checks is the order a careful handler uses: the method, then the query
//! (Sign, RequestTime freshness and SdkAppid, all reported together), and only then the body,
//! so nothing from an unauthenticated sender is parsed.
//!
//! | refusal | HTTP | why |
//! | --- | --- | --- |
//! | `method` | 405 | the service only POSTs |
//! | `unauthenticated` | 401 | Sign or RequestTime failed: not proven to come from the service |
//! | `wrong_app` | 403 | signed, but SdkAppid is not this app's |
//! | `not_json`, `not_object` | 400 | the service always sends a JSON object |
//! | `no_command`, `command_mismatch` | 400 | no CallbackCommand in the query, or the query and body disagree |
//!
//! The body of every refusal is the documented answer envelope with `ActionStatus` `FAIL`,
//! `ErrorCode` [`FAIL_ERROR_CODE`] and the reason in `ErrorInfo` (never the token or a Sign).
//! The service treats any non-200 answer as a failed callback (spec §9.2). A body over the size
//! limit is refused earlier, by the server (413, read no further).

use serde_json::{json, Value};

use super::answer::{example_answer, judge, Decision};
use super::events::{self, Effect, Event};
use super::query::CallbackQuery;
use super::verify::{verify, Expectation};

/// `ErrorCode` of a failure answer: 1, the code every callback answer uses for "not handled".
pub const FAIL_ERROR_CODE: i64 = 1;

/// What `--respond` makes the receiver answer to an accepted event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Respond {
    Allow,
    Reject,
    Drop,
}

impl Respond {
    pub fn as_str(self) -> &'static str {
        match self {
            Respond::Allow => "allow",
            Respond::Reject => "reject",
            Respond::Drop => "drop",
        }
    }

    fn effect(self) -> Effect {
        match self {
            Respond::Allow => Effect::Allow,
            Respond::Reject => Effect::Reject,
            Respond::Drop => Effect::Drop,
        }
    }
}

/// Why a request was refused; `code()` is stable (stderr, the log).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalKind {
    Method,
    Unauthenticated,
    WrongApp,
    NotJson,
    NotObject,
    NoCommand,
    CommandMismatch,
}

impl RefusalKind {
    pub fn code(self) -> &'static str {
        match self {
            RefusalKind::Method => "method",
            RefusalKind::Unauthenticated => "unauthenticated",
            RefusalKind::WrongApp => "wrong_app",
            RefusalKind::NotJson => "not_json",
            RefusalKind::NotObject => "not_object",
            RefusalKind::NoCommand => "no_command",
            RefusalKind::CommandMismatch => "command_mismatch",
        }
    }

    pub fn http_status(self) -> u16 {
        match self {
            RefusalKind::Method => 405,
            RefusalKind::Unauthenticated => 401,
            RefusalKind::WrongApp => 403,
            RefusalKind::NotJson
            | RefusalKind::NotObject
            | RefusalKind::NoCommand
            | RefusalKind::CommandMismatch => 400,
        }
    }
}

/// A request the receiver accepted: its query, its JSON body and the catalogue entry of its
/// `CallbackCommand` (None for a command the catalogue does not know).
#[derive(Debug, Clone)]
pub struct Accepted {
    pub query: CallbackQuery,
    pub command: String,
    pub body: Value,
    pub event: Option<&'static Event>,
    pub request_time: Option<i64>,
}

/// A request the receiver refused, and what it answers.
#[derive(Debug, Clone)]
pub struct Refused {
    pub kind: RefusalKind,
    /// For people: which checks failed and why. Never the token or a Sign.
    pub message: String,
    /// What the sender is told in `ErrorInfo`: for a failed check only its name and reason
    /// code (`Sign mismatch`), so an unauthenticated sender learns nothing about this app.
    pub summary: String,
    pub query: CallbackQuery,
    /// The body, when it was read and is JSON (only after the query's checks passed).
    pub body: Option<Value>,
}

impl Refused {
    pub fn http_status(&self) -> u16 {
        self.kind.http_status()
    }

    /// The failure answer sent back.
    pub fn answer(&self) -> Value {
        failure_answer(&format!("{}: {}", self.kind.code(), self.summary))
    }
}

#[derive(Debug, Clone)]
pub enum Reception {
    Accepted(Accepted),
    Refused(Refused),
}

/// The documented envelope of a failure answer.
pub fn failure_answer(info: &str) -> Value {
    json!({"ActionStatus": "FAIL", "ErrorCode": FAIL_ERROR_CODE, "ErrorInfo": info})
}

/// Decides about one request: `method` as received, `target` its path and query, `body` its
/// bytes (already within the size limit).
pub fn receive(method: &str, target: &str, body: &[u8], exp: &Expectation<'_>) -> Reception {
    let query = CallbackQuery::parse(target);
    let refuse = |kind, message: String, query: CallbackQuery, body: Option<Value>| {
        Reception::Refused(Refused {
            kind,
            summary: message.clone(),
            message,
            query,
            body,
        })
    };
    if method != "POST" {
        return refuse(
            RefusalKind::Method,
            format!("method {method} (the service only sends POST)"),
            query,
            None,
        );
    }
    let verification = verify(&query, exp);
    if !verification.is_valid() {
        let failed: Vec<_> = verification.failed().collect();
        let only_app = failed
            .iter()
            .all(|c| c.name == super::verify::CheckName::SdkAppid);
        let message = failed
            .iter()
            .map(|c| format!("{} {}: {}", c.name.as_str(), c.reason.code(), c.message))
            .collect::<Vec<_>>()
            .join("; ");
        let summary = failed
            .iter()
            .map(|c| format!("{} {}", c.name.as_str(), c.reason.code()))
            .collect::<Vec<_>>()
            .join("; ");
        let kind = if only_app {
            RefusalKind::WrongApp
        } else {
            RefusalKind::Unauthenticated
        };
        return Reception::Refused(Refused {
            kind,
            message,
            summary,
            query,
            body: None,
        });
    }
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return refuse(
            RefusalKind::NotJson,
            format!(
                "the body ({} bytes) is not JSON; the service always sends a JSON object",
                body.len()
            ),
            query,
            None,
        );
    };
    if !value.is_object() {
        return refuse(
            RefusalKind::NotObject,
            "the body is JSON but not an object".into(),
            query,
            Some(value),
        );
    }
    let in_body = value.get("CallbackCommand").and_then(Value::as_str);
    let command = match (query.callback_command.as_deref(), in_body) {
        (Some(q), Some(b)) if q != b => {
            let message = format!(
                "CallbackCommand is {q} in the query but {b} in the body; the service sends the same in both"
            );
            return refuse(RefusalKind::CommandMismatch, message, query, Some(value));
        }
        (Some(c), _) if !c.is_empty() => c.to_string(),
        // The service always puts CallbackCommand in the query: a body naming one is not enough.
        (_, body_command) => {
            let message = if body_command.is_some() {
                "no CallbackCommand in the query (only in the body); the service always sends it in the query"
            } else {
                "no CallbackCommand in the query; the service always sends it"
            };
            return refuse(RefusalKind::NoCommand, message.into(), query, Some(value));
        }
    };
    let event = events::find(&command);
    Reception::Accepted(Accepted {
        request_time: verification.request_time,
        query,
        command,
        body: value,
        event,
    })
}

/// The answer `--respond` gives to `event`: `{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}`
/// to allow (and to acknowledge an after-callback, whatever `--respond` says: the service
/// ignores its content); ErrorCode 1 to reject a before-callback; ErrorCode 2 to drop a
/// before-send message. An effect the event cannot have (drop on a create-group check) gets
/// the allow answer. For a command the catalogue does not know, the codes are used as they are.
pub fn respond_answer(event: Option<&Event>, respond: Respond) -> Value {
    match event {
        Some(e) if e.phase == events::Phase::After => {
            example_answer(e, Effect::Allow).unwrap_or_else(allow_envelope)
        }
        Some(e) => example_answer(e, respond.effect()).unwrap_or_else(allow_envelope),
        None => match respond {
            Respond::Allow => allow_envelope(),
            Respond::Reject => {
                json!({"ActionStatus": "OK", "ErrorCode": 1, "ErrorInfo": "refused by the app backend"})
            }
            Respond::Drop => json!({"ActionStatus": "OK", "ErrorCode": 2, "ErrorInfo": ""}),
        },
    }
}

fn allow_envelope() -> Value {
    json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""})
}

/// What the service would do with `answer` (HTTP `status`, `body`) to `event`; for an unknown
/// command, read from the ErrorCode alone.
pub fn decision_for(event: Option<&Event>, status: u16, body: &[u8]) -> Decision {
    if let Some(e) = event {
        return judge(e, status, body).decision;
    }
    if status != 200 {
        return Decision::Failure {
            reason: "http_status",
            message: format!("HTTP {status}: the service accepts only 200"),
        };
    }
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return Decision::Failure {
            reason: "not_json",
            message: "the body is not JSON".into(),
        };
    };
    let info = value
        .get("ErrorInfo")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    match value.get("ErrorCode").and_then(Value::as_i64) {
        Some(0) => Decision::Allow,
        Some(2) => Decision::Drop,
        Some(c) => Decision::Reject {
            code: (c != 1).then_some(c),
            info,
        },
        None => Decision::Failure {
            reason: "no_error_code",
            message: "the answer has no ErrorCode".into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::callback::query::{OutgoingQuery, PLATFORM_RESTAPI};
    use crate::callback::{callback_url, Token};

    const NOW: i64 = 1_669_872_112;
    const APP: u64 = 1_400_000_000;

    fn token() -> Token {
        Token::new("xxxxyyyy").unwrap()
    }

    fn target(command: &str, sdkappid: u64, time: i64, token: &Token) -> String {
        let q = OutgoingQuery {
            sdkappid,
            command,
            client_ip: "127.0.0.1",
            opt_platform: PLATFORM_RESTAPI,
            auth: Some((token, time)),
        };
        callback_url("/im/callback", &q.encode())
    }

    fn run(method: &str, target: &str, body: &str) -> Reception {
        let t = token();
        receive(
            method,
            target,
            body.as_bytes(),
            &Expectation {
                token: Some(&t),
                sdkappid: Some(APP),
                now: NOW,
            },
        )
    }

    fn refused(r: Reception) -> Refused {
        match r {
            Reception::Refused(r) => r,
            Reception::Accepted(a) => panic!("accepted: {a:?}"),
        }
    }

    const BODY: &str = r#"{"CallbackCommand":"C2C.CallbackBeforeSendMsg","From_Account":"alice"}"#;
    const CMD: &str = "C2C.CallbackBeforeSendMsg";

    #[test]
    fn a_genuine_request_is_accepted_with_its_event() {
        let Reception::Accepted(a) = run("POST", &target(CMD, APP, NOW, &token()), BODY) else {
            panic!()
        };
        assert_eq!(a.command, CMD);
        assert_eq!(a.event.unwrap().command, CMD);
        assert_eq!(a.request_time, Some(NOW));
        assert_eq!(a.body["From_Account"], "alice");
    }

    #[test]
    fn a_bad_sign_or_a_stale_time_is_401_and_names_the_checks() {
        let other = Token::new("another").unwrap();
        let r = refused(run("POST", &target(CMD, APP, NOW, &other), BODY));
        assert_eq!(
            (r.kind, r.http_status()),
            (RefusalKind::Unauthenticated, 401)
        );
        assert!(r.message.starts_with("Sign mismatch"), "{}", r.message);
        let r = refused(run("POST", &target(CMD, APP, NOW - 61, &token()), BODY));
        assert_eq!(r.http_status(), 401);
        assert!(r.message.contains("RequestTime stale"), "{}", r.message);
        assert!(r.body.is_none(), "an unauthenticated body is not parsed");
        let answer = r.answer();
        assert_eq!(answer["ActionStatus"], "FAIL");
        assert_eq!(answer["ErrorCode"], FAIL_ERROR_CODE);
        assert!(!answer.to_string().contains("xxxxyyyy"));
        assert_eq!(answer["ErrorInfo"], "unauthenticated: RequestTime stale");
    }

    #[test]
    fn another_apps_request_is_403() {
        let r = refused(run("POST", &target(CMD, APP + 1, NOW, &token()), BODY));
        assert_eq!((r.kind, r.http_status()), (RefusalKind::WrongApp, 403));
        assert!(r.message.starts_with("SdkAppid mismatch"), "{}", r.message);
    }

    #[test]
    fn bodies_must_be_json_objects_naming_one_command() {
        let t = target(CMD, APP, NOW, &token());
        assert_eq!(refused(run("POST", &t, "{nope")).kind, RefusalKind::NotJson);
        assert_eq!(refused(run("POST", &t, "[1]")).kind, RefusalKind::NotObject);
        let other = r#"{"CallbackCommand":"State.StateChange"}"#;
        let r = refused(run("POST", &t, other));
        assert_eq!(
            (r.kind, r.http_status()),
            (RefusalKind::CommandMismatch, 400)
        );
        let bare = "/cb?SdkAppid=1400000000";
        let unsigned = receive(
            "POST",
            bare,
            b"{}",
            &Expectation {
                token: None,
                sdkappid: Some(APP),
                now: NOW,
            },
        );
        assert_eq!(refused(unsigned).kind, RefusalKind::NoCommand);
    }

    #[test]
    fn a_signed_request_without_callback_command_in_its_query_is_400() {
        let t = token();
        let q = OutgoingQuery {
            sdkappid: APP,
            command: CMD,
            client_ip: "127.0.0.1",
            opt_platform: PLATFORM_RESTAPI,
            auth: Some((&t, NOW)),
        }
        .encode();
        let without: Vec<&str> = q
            .split('&')
            .filter(|p| !p.starts_with("CallbackCommand="))
            .collect();
        let target = format!("/im/callback?{}", without.join("&"));
        let r = refused(run("POST", &target, BODY));
        assert_eq!((r.kind, r.http_status()), (RefusalKind::NoCommand, 400));
        assert!(r.message.contains("query"), "{}", r.message);
    }

    #[test]
    fn only_post_is_accepted() {
        let r = refused(run("GET", &target(CMD, APP, NOW, &token()), ""));
        assert_eq!((r.kind, r.http_status()), (RefusalKind::Method, 405));
    }

    #[test]
    fn respond_answers_judge_as_the_service_would() {
        let c2c = events::find(CMD);
        let create = events::find("Group.CallbackBeforeCreateGroup");
        let after = events::find("Group.CallbackAfterCreateGroup");
        let decide = |e, r| {
            let answer = respond_answer(e, r).to_string();
            decision_for(e, 200, answer.as_bytes()).as_str()
        };
        assert_eq!(decide(c2c, Respond::Allow), "allow");
        assert_eq!(decide(c2c, Respond::Reject), "reject");
        assert_eq!(decide(c2c, Respond::Drop), "drop");
        assert_eq!(decide(create, Respond::Reject), "reject");
        assert_eq!(decide(create, Respond::Drop), "allow");
        assert_eq!(decide(after, Respond::Reject), "acknowledged");
        assert_eq!(respond_answer(after, Respond::Reject)["ErrorCode"], 0);
        assert_eq!(decide(None, Respond::Allow), "allow");
        assert_eq!(decide(None, Respond::Reject), "reject");
        assert_eq!(decide(None, Respond::Drop), "drop");
        assert_eq!(
            respond_answer(c2c, Respond::Allow),
            json!({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""})
        );
        assert_eq!(decision_for(None, 500, b"{}").as_str(), "failure");
    }
}
