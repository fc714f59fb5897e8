//! A handler's answer, as the service reads it (spec §9.2): HTTP 200 with a JSON object whose
//! `ErrorCode` says what happens to the operation. `judge` is what `trigger` reports and what the
//! emulator obeys; `example_answer` is what `listen --respond` sends and `events` shows.

use serde_json::{json, Map, Value};

use super::events::{Effect, Event, Phase};

/// How long the service waits for an answer, in milliseconds (spec §9.1).
pub const ANSWER_TIMEOUT_MS: u64 = 2_000;

/// What the service does with the operation after reading an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// After-callback answered: the service notes it and moves on (its content is ignored).
    Acknowledged,
    /// Before-callback allows the operation unchanged.
    Allow,
    /// Before-send callback allows the message with what it returned instead of the original.
    Modify {
        msg_body: Option<Value>,
        cloud_custom_data: Option<String>,
    },
    /// The operation fails. `code` is the ErrorCode the sender or operator gets (None when the
    /// spec does not name it); `info` is the answer's `ErrorInfo`.
    Reject { code: Option<i64>, info: String },
    /// Before-send callback discards the message silently; the sender sees success.
    Drop,
    /// Not a valid answer: the service counts a failed callback (see `Event::on_failure`).
    Failure {
        reason: &'static str,
        message: String,
    },
}

impl Decision {
    pub fn as_str(&self) -> &'static str {
        match self {
            Decision::Acknowledged => "acknowledged",
            Decision::Allow => "allow",
            Decision::Modify { .. } => "modify",
            Decision::Reject { .. } => "reject",
            Decision::Drop => "drop",
            Decision::Failure { .. } => "failure",
        }
    }
}

/// The decision and remarks that do not change it (a missing `ActionStatus`, ignored fields).
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub decision: Decision,
    pub notes: Vec<String>,
}

fn failure(reason: &'static str, message: impl Into<String>) -> Judgement {
    Judgement {
        decision: Decision::Failure {
            reason,
            message: message.into(),
        },
        notes: Vec::new(),
    }
}

/// Reads the handler's answer to `event`: its HTTP status and body.
pub fn judge(event: &Event, http_status: u16, body: &[u8]) -> Judgement {
    if http_status != 200 {
        return failure(
            "http_status",
            format!("HTTP {http_status}: the service accepts only 200"),
        );
    }
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return failure("not_json", "the body is not JSON");
    };
    if event.phase == Phase::After {
        return acknowledge(&value);
    }
    let Some(answer) = value.as_object() else {
        return failure("not_object", "the body is JSON but not an object");
    };
    let code = match answer.get("ErrorCode") {
        None => return failure("no_error_code", "the answer has no ErrorCode"),
        Some(v) => match v.as_i64() {
            Some(c) => c,
            None => {
                return failure(
                    "bad_error_code",
                    format!("ErrorCode must be an integer, not {v}"),
                )
            }
        },
    };
    let mut notes = envelope_notes(answer);
    let info = answer
        .get("ErrorInfo")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let decision = match code {
        0 => match allowed_changes(event, answer, &mut notes) {
            Ok(decision) => decision,
            Err(j) => return j,
        },
        1 => Decision::Reject {
            code: event.reject_code,
            info,
        },
        2 if event.can(Effect::Drop) => Decision::Drop,
        c if event
            .custom_codes
            .is_some_and(|(lo, hi)| (lo..=hi).contains(&c)) =>
        {
            Decision::Reject {
                code: Some(c),
                info,
            }
        }
        c => {
            return failure(
                "unexpected_error_code",
                format!(
                    "ErrorCode {c} is not an answer {} can give: {}",
                    event.command,
                    accepted_codes(event)
                ),
            )
        }
    };
    Judgement { decision, notes }
}

/// An after-callback's answer: any JSON is taken (spec §9.2: its content is ignored); what
/// differs from the documented answer is noted.
fn acknowledge(value: &Value) -> Judgement {
    let notes = match value.as_object() {
        None => vec!["the answer is not a JSON object (the documented answer is)".to_string()],
        Some(answer) => {
            let mut notes = envelope_notes(answer);
            match answer.get("ErrorCode").map(Value::as_i64) {
                Some(Some(0)) => {}
                Some(Some(code)) => notes.push(format!(
                    "ErrorCode {code} is ignored: an after-callback's answer only acknowledges (0 = handled)"
                )),
                Some(None) => notes.push("ErrorCode is not an integer (it is ignored here)".into()),
                None => notes.push("ErrorCode is missing (it is ignored here)".into()),
            }
            notes
        }
    };
    Judgement {
        decision: Decision::Acknowledged,
        notes,
    }
}

/// `ErrorCode` 0 from a before-callback: plain allow, or for before-send a rewritten message.
fn allowed_changes(
    event: &Event,
    answer: &Map<String, Value>,
    notes: &mut Vec<String>,
) -> Result<Decision, Judgement> {
    let msg_body = answer.get("MsgBody");
    let custom = answer.get("CloudCustomData");
    if !event.is_before_send() {
        for (name, v) in [("MsgBody", msg_body), ("CloudCustomData", custom)] {
            if v.is_some() {
                notes.push(format!(
                    "{name} is ignored: only before-send callbacks may rewrite the message"
                ));
            }
        }
        return Ok(Decision::Allow);
    }
    if msg_body.is_none() && custom.is_none() {
        return Ok(Decision::Allow);
    }
    if let Some(body) = msg_body {
        if let Err(problem) = check_msg_body(body) {
            return Err(failure("bad_msg_body", problem));
        }
    }
    let cloud_custom_data = match custom {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            return Err(failure(
                "bad_cloud_custom_data",
                "CloudCustomData must be a string",
            ))
        }
    };
    Ok(Decision::Modify {
        msg_body: msg_body.cloned(),
        cloud_custom_data,
    })
}

/// A `MsgBody` is a non-empty array of `{"MsgType": "TIM…Elem", "MsgContent": {…}}`.
fn check_msg_body(body: &Value) -> Result<(), String> {
    let Some(elems) = body.as_array() else {
        return Err("MsgBody must be an array of message elements".into());
    };
    if elems.is_empty() {
        return Err("MsgBody is empty: answer ErrorCode 2 to drop a message".into());
    }
    for (i, elem) in elems.iter().enumerate() {
        let msg_type = elem.get("MsgType").and_then(Value::as_str);
        if !msg_type.is_some_and(|t| t.starts_with("TIM") && t.ends_with("Elem")) {
            return Err(format!("MsgBody[{i}] needs a MsgType such as TIMTextElem"));
        }
        if !elem.get("MsgContent").is_some_and(Value::is_object) {
            return Err(format!("MsgBody[{i}] needs a MsgContent object"));
        }
    }
    Ok(())
}

/// Remarks on the documented envelope fields, which the service does not act on.
fn envelope_notes(answer: &Map<String, Value>) -> Vec<String> {
    let mut notes = Vec::new();
    match answer.get("ActionStatus").and_then(Value::as_str) {
        Some("OK" | "FAIL") => {}
        Some(other) => notes.push(format!(
            "ActionStatus is {other:?}; the documented values are OK and FAIL"
        )),
        None => notes.push("ActionStatus is missing (the documented answer has it)".into()),
    }
    if !answer.get("ErrorInfo").is_some_and(Value::is_string) {
        notes.push("ErrorInfo is missing or not a string (the documented answer has it)".into());
    }
    notes
}

/// The `ErrorCode`s a before-callback answer may use, in words.
pub fn accepted_codes(event: &Event) -> String {
    let mut parts = vec!["0 (allow)".to_string(), "1 (reject)".to_string()];
    if event.can(Effect::Drop) {
        parts.push("2 (drop)".into());
    }
    if let Some((lo, hi)) = event.custom_codes {
        parts.push(format!("{lo}-{hi} (reject with your own code)"));
    }
    parts.join(", ")
}

/// An answer that makes the service do `effect`; None when `event` cannot do it. `Allow`
/// works for every event (for after-callbacks it is the acknowledgement).
pub fn example_answer(event: &Event, effect: Effect) -> Option<Value> {
    let envelope =
        |code: i64, info: &str| json!({"ActionStatus": "OK", "ErrorCode": code, "ErrorInfo": info});
    match effect {
        Effect::Allow => Some(envelope(0, "")),
        _ if !event.can(effect) => None,
        Effect::Reject => Some(envelope(1, "refused by the app backend")),
        Effect::Drop => Some(envelope(2, "")),
        Effect::Modify => {
            let mut answer = envelope(0, "");
            answer["MsgBody"] = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "***"}}]);
            answer["CloudCustomData"] = json!("{\"reviewed\":true}");
            Some(answer)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::callback::events::{find, EVENTS};

    fn event(name: &str) -> &'static Event {
        find(name).unwrap()
    }

    fn judge_json(name: &str, body: Value) -> Judgement {
        judge(event(name), 200, body.to_string().as_bytes())
    }

    const C2C: &str = "C2C.CallbackBeforeSendMsg";
    const GROUP: &str = "Group.CallbackBeforeSendMsg";

    #[test]
    fn before_send_answers_allow_reject_drop_or_modify() {
        let ok = |code: i64| json!({"ActionStatus":"OK","ErrorCode":code,"ErrorInfo":"no"});
        assert_eq!(judge_json(C2C, ok(0)).decision, Decision::Allow);
        assert_eq!(
            judge_json(C2C, ok(1)).decision,
            Decision::Reject {
                code: Some(20006),
                info: "no".into()
            }
        );
        assert_eq!(
            judge_json(GROUP, ok(1)).decision,
            Decision::Reject {
                code: Some(10016),
                info: "no".into()
            }
        );
        assert_eq!(judge_json(C2C, ok(2)).decision, Decision::Drop);
        assert_eq!(
            judge_json(C2C, ok(120_001)).decision,
            Decision::Reject {
                code: Some(120_001),
                info: "no".into()
            }
        );
        assert_eq!(
            judge_json(GROUP, ok(10_150)).decision,
            Decision::Reject {
                code: Some(10_150),
                info: "no".into()
            }
        );
        assert_eq!(judge_json(C2C, ok(10_150)).decision.as_str(), "failure");
        assert_eq!(judge_json(GROUP, ok(120_001)).decision.as_str(), "failure");
        assert!(judge_json(C2C, ok(0)).notes.is_empty());
    }

    #[test]
    fn a_modified_message_is_what_gets_sent() {
        let answer = example_answer(event(C2C), Effect::Modify).unwrap();
        match judge_json(C2C, answer).decision {
            Decision::Modify {
                msg_body,
                cloud_custom_data,
            } => {
                assert_eq!(msg_body.unwrap()[0]["MsgContent"]["Text"], "***");
                assert_eq!(cloud_custom_data.as_deref(), Some("{\"reviewed\":true}"));
            }
            other => panic!("{other:?}"),
        }
        let bad = json!({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","MsgBody":"text"});
        assert_eq!(judge_json(C2C, bad).decision.as_str(), "failure");
        let empty = json!({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","MsgBody":[]});
        assert_eq!(judge_json(GROUP, empty).decision.as_str(), "failure");
        let custom = json!({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","CloudCustomData":5});
        assert_eq!(judge_json(GROUP, custom).decision.as_str(), "failure");
    }

    #[test]
    fn other_before_callbacks_allow_or_reject_only() {
        let create = "Group.CallbackBeforeCreateGroup";
        let ok = |code: i64| json!({"ActionStatus":"OK","ErrorCode":code,"ErrorInfo":""});
        assert_eq!(judge_json(create, ok(0)).decision, Decision::Allow);
        assert_eq!(
            judge_json(create, ok(1)).decision,
            Decision::Reject {
                code: Some(10016),
                info: String::new()
            }
        );
        assert_eq!(judge_json(create, ok(2)).decision.as_str(), "failure");
        let with_body = json!({"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","MsgBody":[]});
        let j = judge_json(create, with_body);
        assert_eq!(j.decision, Decision::Allow);
        assert!(j.notes[0].contains("MsgBody is ignored"));
        let friend = judge_json("Sns.CallbackPrevFriendAdd", ok(1));
        assert_eq!(
            friend.decision,
            Decision::Reject {
                code: None,
                info: String::new()
            }
        );
    }

    #[test]
    fn after_callbacks_only_acknowledge() {
        let j = judge_json(
            "Group.CallbackAfterCreateGroup",
            json!({"ActionStatus":"OK","ErrorCode":1,"ErrorInfo":""}),
        );
        assert_eq!(j.decision, Decision::Acknowledged);
        assert!(j.notes[0].contains("ignored"));
        let after = event("State.StateChange");
        assert_eq!(judge(after, 200, b"[]").decision, Decision::Acknowledged);
        assert_eq!(judge(after, 200, b"nope").decision.as_str(), "failure");
        assert_eq!(judge(after, 503, b"{}").decision.as_str(), "failure");
    }

    #[test]
    fn broken_answers_are_failures_with_a_reason() {
        let e = event(C2C);
        let reason = |j: Judgement| match j.decision {
            Decision::Failure { reason, .. } => reason,
            other => panic!("{other:?}"),
        };
        assert_eq!(reason(judge(e, 500, b"{}")), "http_status");
        assert_eq!(reason(judge(e, 200, b"OK")), "not_json");
        assert_eq!(reason(judge(e, 200, b"[1]")), "not_object");
        assert_eq!(
            reason(judge(e, 200, b"{\"ActionStatus\":\"OK\"}")),
            "no_error_code"
        );
        assert_eq!(
            reason(judge(e, 200, b"{\"ErrorCode\":\"0\"}")),
            "bad_error_code"
        );
        assert_eq!(
            reason(judge(e, 200, b"{\"ErrorCode\":7}")),
            "unexpected_error_code"
        );
    }

    #[test]
    fn envelope_gaps_are_noted_not_failed() {
        let j = judge(event(C2C), 200, b"{\"ErrorCode\":0}");
        assert_eq!(j.decision, Decision::Allow);
        assert_eq!(j.notes.len(), 2);
    }

    #[test]
    fn example_answers_judge_as_their_effect() {
        for e in EVENTS {
            for effect in [Effect::Allow, Effect::Reject, Effect::Drop, Effect::Modify] {
                let Some(answer) = example_answer(e, effect) else {
                    assert!(!e.can(effect) && effect != Effect::Allow);
                    continue;
                };
                let j = judge_json(e.command, answer);
                let expected = match (e.phase, effect) {
                    (Phase::After, _) => "acknowledged",
                    (_, effect) => effect.as_str(),
                };
                assert_eq!(j.decision.as_str(), expected, "{} {effect:?}", e.command);
                assert!(
                    j.notes.is_empty(),
                    "{} {effect:?}: {:?}",
                    e.command,
                    j.notes
                );
            }
        }
    }

    #[test]
    fn accepted_codes_name_the_ranges() {
        assert_eq!(
            accepted_codes(event(C2C)),
            "0 (allow), 1 (reject), 2 (drop), 120001-130000 (reject with your own code)"
        );
        assert_eq!(
            accepted_codes(event("Sns.CallbackPrevFriendAdd")),
            "0 (allow), 1 (reject)"
        );
    }
}
