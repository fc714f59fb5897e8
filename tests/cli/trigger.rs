//! `imctl callback trigger` against a tiny handler on 127.0.0.1 (a [`Stub`] that answers as
//! told and hands back what it received).

use std::time::Duration;

use serde_json::{json, Value};

use crate::common::{stdout_json, text, Sandbox, Stub, StubReply};

const TOKEN: &str = "handler-secret-token";
const SDKAPPID: &str = "1400000000";

/// What the handler sends back.
type Answer = StubReply;

fn answer(body: Value) -> Answer {
    StubReply::json(&body.to_string())
}

/// An answer with this status and body, after `delay`.
fn answer_with(status: u16, body: &str, delay: Duration) -> Answer {
    StubReply {
        status,
        delay,
        ..StubReply::json(body)
    }
}

fn envelope(code: i64, info: &str) -> Value {
    json!({"ActionStatus": "OK", "ErrorCode": code, "ErrorInfo": info})
}

/// One request as the handler read it.
struct Received {
    method: String,
    target: String,
    content_type: String,
    body: Value,
}

impl Received {
    /// Query parameters in order.
    fn query(&self) -> Vec<(String, String)> {
        let query = self.target.split_once('?').map_or("", |(_, q)| q);
        url::form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect()
    }

    fn param(&self, name: &str) -> String {
        self.query()
            .into_iter()
            .find(|(k, _)| k == name)
            .unwrap_or_else(|| panic!("no {name} in {}", self.target))
            .1
    }
}

/// A handler on the one stub server, answering every request the same way.
struct Handler {
    url: String,
    stub: Stub,
}

impl Handler {
    fn start(answer: Answer) -> Handler {
        let stub = Stub::start(move |_| answer.clone());
        let url = format!("{}/im/callback", stub.url);
        Handler { url, stub }
    }

    /// The first request (waiting up to 10 s for it).
    fn received(self) -> Received {
        let got = self
            .stub
            .wait_for(Duration::from_secs(10), |_| true)
            .expect("the handler received no request");
        Received {
            method: got.method.clone(),
            target: got.target.clone(),
            content_type: got.header("content-type").unwrap_or_default().to_string(),
            body: got.json(),
        }
    }
}

/// `imctl callback trigger EVENT --url URL --token TOKEN --sdkappid … -o json EXTRA`.
fn trigger(sb: &Sandbox, event: &str, url: &str, extra: &[&str]) -> std::process::Output {
    sb.cmd()
        .args(["callback", "trigger", event, "--url", url, "--token", TOKEN])
        .args(["--sdkappid", SDKAPPID, "-o", "json"])
        .args(extra)
        .output()
        .unwrap()
}

/// Sends EVENT to a handler giving `answer`; returns the report, the exit code, the request.
fn exchange(event: &str, answer: Answer, extra: &[&str]) -> (Value, Option<i32>, Received) {
    let sb = Sandbox::new();
    let handler = Handler::start(answer);
    let out = trigger(&sb, event, &handler.url, extra);
    assert!(
        !text(&out.stdout).contains(TOKEN) && !text(&out.stderr).contains(TOKEN),
        "the token leaked"
    );
    let report = stdout_json(&out);
    (report, out.status.code(), handler.received())
}

#[test]
fn the_request_is_signed_with_the_documented_query_and_a_fresh_sample() {
    let before = imctl::units::now_unix();
    let (report, code, got) = exchange(
        "c2c.callbackbeforesendmsg",
        answer(envelope(0, "")),
        &["--client-ip", "203.0.113.7"],
    );
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(got.method, "POST");
    assert!(got.target.starts_with("/im/callback?"), "{}", got.target);
    assert!(got
        .content_type
        .to_ascii_lowercase()
        .contains("application/json"));
    let names: Vec<String> = got.query().into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        names,
        [
            "SdkAppid",
            "CallbackCommand",
            "contenttype",
            "ClientIP",
            "OptPlatform",
            "Sign",
            "RequestTime"
        ]
    );
    assert_eq!(got.param("SdkAppid"), SDKAPPID);
    assert_eq!(got.param("CallbackCommand"), "C2C.CallbackBeforeSendMsg");
    assert_eq!(got.param("contenttype"), "json");
    assert_eq!(got.param("ClientIP"), "203.0.113.7");
    assert_eq!(got.param("OptPlatform"), "RESTAPI");
    let time: i64 = got.param("RequestTime").parse().unwrap();
    assert!((before..=before + 60).contains(&time), "{time}");
    // The Sign a handler would recompute: SHA256(token + RequestTime).
    let token = imctl::callback::Token::new(TOKEN).unwrap();
    assert_eq!(
        got.param("Sign"),
        imctl::callback::sign(&token, &got.param("RequestTime"))
    );
    assert_eq!(got.body["CallbackCommand"], "C2C.CallbackBeforeSendMsg");
    assert_eq!(got.body["From_Account"], "alice");
    assert_eq!(got.body["MsgTime"], time);
    let key = format!(
        "{}_{}_{}",
        got.body["MsgSeq"], got.body["MsgRandom"], got.body["MsgTime"]
    );
    assert_eq!(got.body["MsgKey"], key.as_str());
    assert_eq!(report["Signed"], true);
    assert_eq!(report["RequestBody"], got.body);
    assert_eq!(report["Decision"], "allow");
    assert_eq!(report["Valid"], true);
    assert_eq!(report["HttpStatus"], 200);
    assert_eq!(report["WithinBudget"], true);
}

#[test]
fn the_token_comes_from_a_file_or_the_environment_and_can_be_absent() {
    let sb = Sandbox::new();
    let file = sb.file("callback.token", &format!("{TOKEN}\n"));
    let handler = Handler::start(answer(envelope(0, "")));
    let out = sb
        .cmd()
        .args([
            "callback",
            "trigger",
            "State.StateChange",
            "--url",
            &handler.url,
        ])
        .arg("--token-file")
        .arg(&file)
        .args(["--sdkappid", SDKAPPID])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let got = handler.received();
    let token = imctl::callback::Token::new(TOKEN).unwrap();
    assert_eq!(
        got.param("Sign"),
        imctl::callback::sign(&token, &got.param("RequestTime"))
    );

    let handler = Handler::start(answer(envelope(0, "")));
    let out = sb
        .cmd()
        .env("IMCTL_CALLBACK_TOKEN", TOKEN)
        .env("IMCTL_SDKAPPID", SDKAPPID)
        .args([
            "callback",
            "trigger",
            "State.StateChange",
            "--url",
            &handler.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let got = handler.received();
    assert_eq!(
        got.param("Sign"),
        imctl::callback::sign(&token, &got.param("RequestTime"))
    );

    let handler = Handler::start(answer(envelope(0, "")));
    let out = sb
        .cmd()
        .args([
            "callback",
            "trigger",
            "State.StateChange",
            "--url",
            &handler.url,
        ])
        .args(["--sdkappid", SDKAPPID, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_json(&out)["Signed"], false);
    assert!(text(&out.stderr).contains("without Sign"));
    let names: Vec<String> = handler
        .received()
        .query()
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert!(!names.contains(&"Sign".to_string()) && !names.contains(&"RequestTime".to_string()));
}

#[test]
fn a_reject_says_which_code_the_sender_gets() {
    let (report, code, got) = exchange(
        "C2C.CallbackBeforeSendMsg",
        answer(envelope(1, "blocked words")),
        &[],
    );
    assert_eq!(code, Some(0));
    assert_eq!(got.body["CallbackCommand"], "C2C.CallbackBeforeSendMsg");
    assert_eq!(report["Decision"], "reject");
    assert_eq!(report["RejectCode"], 20006);
    assert_eq!(report["ErrorInfo"], "blocked words");
    assert!(report["ServiceAction"]
        .as_str()
        .unwrap()
        .contains("ErrorCode 20006"));

    let (report, code, _) = exchange(
        "Group.CallbackBeforeSendMsg",
        answer(envelope(10_150, "")),
        &[],
    );
    assert_eq!(code, Some(0));
    assert_eq!(report["RejectCode"], 10_150);
}

#[test]
fn a_drop_discards_the_message_silently() {
    let (report, code, got) = exchange("Group.CallbackBeforeSendMsg", answer(envelope(2, "")), &[]);
    assert_eq!(code, Some(0));
    assert_eq!(got.param("CallbackCommand"), "Group.CallbackBeforeSendMsg");
    assert_eq!(report["Decision"], "drop");
    assert!(report["ServiceAction"]
        .as_str()
        .unwrap()
        .contains("sender sees success"));
}

#[test]
fn a_modified_msg_body_is_what_would_be_sent() {
    let mut modified = envelope(0, "");
    modified["MsgBody"] = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "***"}}]);
    let (report, code, _) = exchange("C2C.CallbackBeforeSendMsg", answer(modified), &[]);
    assert_eq!(code, Some(0));
    assert_eq!(report["Decision"], "modify");
    assert_eq!(report["MsgBody"][0]["MsgContent"]["Text"], "***");
    assert!(report["ServiceAction"]
        .as_str()
        .unwrap()
        .contains("MsgBody"));
}

#[test]
fn http_errors_and_broken_answers_are_failures() {
    let server_error = answer_with(500, &envelope(0, "").to_string(), Duration::ZERO);
    let (report, code, _) = exchange("C2C.CallbackBeforeSendMsg", server_error, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(report["Valid"], false);
    assert_eq!(report["Decision"], "failure");
    assert_eq!(report["HttpStatus"], 500);
    assert_eq!(report["Failure"]["Reason"], "http_status");
    assert!(report["ServiceAction"]
        .as_str()
        .unwrap()
        .contains("never retried"));

    let not_json = answer_with(200, "OK", Duration::ZERO);
    let (report, code, _) = exchange("C2C.CallbackBeforeSendMsg", not_json, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(report["Failure"]["Reason"], "not_json");
    assert_eq!(report["Answer"], "OK");

    let (report, code, _) = exchange(
        "Group.CallbackBeforeCreateGroup",
        answer(envelope(2, "")),
        &[],
    );
    assert_eq!(code, Some(1));
    assert_eq!(report["Failure"]["Reason"], "unexpected_error_code");
}

#[test]
fn a_slow_handler_is_over_the_two_second_budget() {
    let slow = || {
        answer_with(
            200,
            &envelope(0, "").to_string(),
            Duration::from_millis(2500),
        )
    };
    // The default wait is the service's: the answer never arrives in time.
    let (report, code, _) = exchange("C2C.CallbackBeforeSendMsg", slow(), &[]);
    assert_eq!(code, Some(1), "{report}");
    assert_eq!(report["Failure"]["Reason"], "timeout");
    assert_eq!(report["HttpStatus"], Value::Null);
    assert_eq!(report["WithinBudget"], false);
    // Waiting longer shows what the late answer said, still a failure.
    let (report, code, _) = exchange(
        "C2C.CallbackBeforeSendMsg",
        slow(),
        &["--timeout-ms", "6000"],
    );
    assert_eq!(code, Some(1), "{report}");
    assert_eq!(report["Failure"]["Reason"], "over_budget");
    assert_eq!(report["AnswerDecision"], "allow");
    assert_eq!(report["Decision"], "failure");
    assert!(report["LatencyMs"].as_u64().unwrap() >= 2500);
}

#[test]
fn an_unreachable_handler_is_a_transport_failure() {
    let sb = Sandbox::new();
    let out = trigger(
        &sb,
        "State.StateChange",
        &format!("{}/cb", crate::common::closed_url()),
        &[],
    );
    assert_eq!(out.status.code(), Some(7));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    assert!(err.contains("cannot reach http://127.0.0.1:"), "{err}");
    assert!(!err.contains("Sign="), "{err}");
}

#[test]
fn set_and_body_shape_what_is_sent() {
    let (_, code, got) = exchange(
        "C2C.CallbackBeforeSendMsg",
        answer(envelope(0, "")),
        &["--set", "To_Account=carol", "--set", "OnlineOnlyFlag=1"],
    );
    assert_eq!(code, Some(0));
    assert_eq!(got.body["To_Account"], "carol");
    assert_eq!(got.body["OnlineOnlyFlag"], 1);

    let sb = Sandbox::new();
    let body = sb.file(
        "body.json",
        r#"{"CallbackCommand":"Group.CallbackAfterGroupFull","GroupId":"g-1","EventTime":5}"#,
    );
    let handler = Handler::start(answer(json!({})));
    let out = sb
        .cmd()
        .args([
            "callback",
            "trigger",
            "Group.CallbackAfterGroupFull",
            "--url",
            &handler.url,
        ])
        .args(["--sdkappid", SDKAPPID, "-o", "json", "--file"])
        .arg(&body)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = stdout_json(&out);
    assert_eq!(report["Decision"], "acknowledged");
    assert!(!report["Notes"].as_array().unwrap().is_empty());
    assert_eq!(
        handler.received().body,
        json!({"CallbackCommand":"Group.CallbackAfterGroupFull","GroupId":"g-1","EventTime":5})
    );
}

#[test]
fn the_human_report_names_the_outcome() {
    let sb = Sandbox::new();
    let handler = Handler::start(answer(envelope(1, "no")));
    let out = sb
        .cmd()
        .args([
            "callback",
            "trigger",
            "Group.CallbackBeforeCreateGroup",
            "--url",
            &handler.url,
        ])
        .args(["--token", TOKEN, "--sdkappid", SDKAPPID])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report = text(&out.stdout);
    assert!(
        report.starts_with("✓ Group.CallbackBeforeCreateGroup: valid answer: reject"),
        "{report}"
    );
    assert!(report.contains("POST http://127.0.0.1:") && report.contains("(signed,"));
    assert!(report.contains("ErrorCode 10016"), "{report}");
    assert!(!report.contains("Sign=") && !report.contains(TOKEN));
    handler.received();
}

#[test]
fn dry_run_sends_nothing_and_warns_about_plain_http() {
    let sb = Sandbox::new();
    // Nothing listens on example.com here: --dry-run must not try.
    let out = sb
        .cmd()
        .args([
            "callback",
            "trigger",
            "State.StateChange",
            "--url",
            "http://example.com/cb",
        ])
        .args(["--token", TOKEN, "--sdkappid", SDKAPPID, "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stderr).contains("plain http"));
    let preview = stdout_json(&out);
    assert_eq!(preview["method"], "POST");
    let url = preview["url"].as_str().unwrap();
    assert!(url.starts_with(
        "http://example.com/cb?SdkAppid=1400000000&CallbackCommand=State.StateChange"
    ));
    assert!(url.contains("&Sign=") && !url.contains(TOKEN));
    assert_eq!(preview["body"]["CallbackCommand"], "State.StateChange");

    for quiet in ["https://example.com/cb", "http://127.0.0.1:9/cb"] {
        let out = sb
            .cmd()
            .args(["callback", "trigger", "State.StateChange", "--url", quiet])
            .args(["--token", TOKEN, "--sdkappid", SDKAPPID, "--dry-run"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert!(!text(&out.stderr).contains("plain http"), "{quiet}");
    }
}

#[test]
fn mistakes_are_usage_or_configuration_errors() {
    let sb = Sandbox::new();
    let run = |args: &[&str]| {
        sb.cmd()
            .args(["callback", "trigger"])
            .args(args)
            .output()
            .unwrap()
    };
    let unknown = run(&[
        "C2C.CallbackBeforeSendMs",
        "--url",
        "http://127.0.0.1:9/",
        "--sdkappid",
        SDKAPPID,
    ]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("did you mean"));
    let no_app = run(&[
        "State.StateChange",
        "--url",
        "http://127.0.0.1:9/",
        "--dry-run",
    ]);
    assert_eq!(no_app.status.code(), Some(3));
    assert!(text(&no_app.stderr).contains("--sdkappid"));
    for bad in [
        vec!["--url", "ftp://127.0.0.1/"],
        vec!["--url", "http://127.0.0.1:9/", "--set", "novalue"],
        vec!["--url", "http://127.0.0.1:9/", "--timeout-ms", "0"],
    ] {
        let mut args = vec!["State.StateChange", "--sdkappid", SDKAPPID];
        args.extend(bad.iter().copied());
        assert_eq!(run(&args).status.code(), Some(2), "{bad:?}");
    }
    let not_json = sb.file("bad.json", "{nope");
    let out = sb
        .cmd()
        .args([
            "callback",
            "trigger",
            "State.StateChange",
            "--url",
            "http://127.0.0.1:9/",
        ])
        .args(["--sdkappid", SDKAPPID, "--body"])
        .arg(&not_json)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not JSON"));
}

#[test]
fn the_json_shape_is_the_documented_one() {
    let mut modified = envelope(0, "");
    modified["MsgBody"] = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "***"}}]);
    let (mut report, code, _) = exchange("C2C.CallbackBeforeSendMsg", answer(modified), &[]);
    assert_eq!(code, Some(0));
    crate::common::redact_volatile(
        &mut report,
        &[
            "Url",
            "RequestTime",
            "RequestBody",
            "RequestBytes",
            "LatencyMs",
        ],
    );
    crate::common::assert_snapshot(
        "callback-trigger.json",
        &serde_json::to_string_pretty(&report).unwrap(),
    );
}
