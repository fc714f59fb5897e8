//! Judging the answer the way the service does, and the report of it (JSON and human).

use super::*;

/// The service's reading of the reply: what the answer says, and whether it still counts.
pub(super) struct Verdict {
    /// What the answer says (None: no answer in time).
    pub(super) answer: Option<Judgement>,
    /// Set when the reply is a failure: a reason code and a sentence.
    pub(super) failure: Option<(&'static str, String)>,
    pub(super) within_budget: bool,
}

impl Verdict {
    pub(super) fn of(event: &Event, reply: &Reply) -> Verdict {
        let budget = Duration::from_millis(ANSWER_TIMEOUT_MS);
        match reply {
            Reply::TimedOut { after } => Verdict {
                answer: None,
                failure: Some((
                    "timeout",
                    format!("no answer within {} ms", after.as_millis()),
                )),
                within_budget: false,
            },
            Reply::Answer {
                status,
                body,
                latency,
                truncated,
            } => {
                let mut judgement = judge(event, *status, body);
                if (300..400).contains(status) {
                    judgement.notes.push(
                        "the service follows no redirects: configure the final URL in the console"
                            .into(),
                    );
                }
                if *truncated {
                    judgement.notes.push(format!(
                        "the answer is longer than {MAX_BODY_BYTES} bytes; only that much was read"
                    ));
                }
                let within_budget = *latency <= budget;
                let failure = match &judgement.decision {
                    Decision::Failure { reason, message } => Some((*reason, message.clone())),
                    _ if !within_budget => Some((
                        "over_budget",
                        format!(
                            "answered in {} ms; the service stops waiting at {ANSWER_TIMEOUT_MS} ms",
                            latency.as_millis()
                        ),
                    )),
                    _ => None,
                };
                Verdict {
                    answer: Some(judgement),
                    failure,
                    within_budget,
                }
            }
        }
    }

    pub(super) fn valid(&self) -> bool {
        self.failure.is_none()
    }

    /// What the service does: the answer's decision, or `failure`.
    pub(super) fn decision(&self) -> &'static str {
        match (&self.failure, &self.answer) {
            (None, Some(j)) => j.decision.as_str(),
            _ => "failure",
        }
    }

    pub(super) fn notes(&self) -> &[String] {
        self.answer.as_ref().map_or(&[], |j| &j.notes)
    }
}

/// One sentence on what the service does to the operation.
pub(super) fn service_action(event: &Event, verdict: &Verdict) -> String {
    let decision = match (&verdict.failure, &verdict.answer) {
        (None, Some(j)) => &j.decision,
        _ => return format!("the callback counts as failed: {}", event.on_failure()),
    };
    match decision {
        Decision::Acknowledged => {
            "the callback counts as handled; the operation is not affected".into()
        }
        Decision::Allow => "the operation goes ahead unchanged".into(),
        Decision::Modify {
            msg_body,
            cloud_custom_data,
        } => {
            let what = match (msg_body.is_some(), cloud_custom_data.is_some()) {
                (true, true) => "MsgBody and CloudCustomData",
                (true, false) => "MsgBody",
                _ => "CloudCustomData",
            };
            format!("the message goes ahead with your {what} instead of the original")
        }
        Decision::Reject { code, info } => {
            let info = if info.is_empty() {
                String::new()
            } else {
                format!(" ({info:?})")
            };
            match code {
                Some(code) => format!("the operation is refused: the caller gets ErrorCode {code}{info}"),
                None => format!(
                    "the operation is refused{info} (the spec does not name the ErrorCode the caller gets)"
                ),
            }
        }
        Decision::Drop => "the message is discarded silently; the sender sees success".into(),
        Decision::Failure { .. } => {
            format!("the callback counts as failed: {}", event.on_failure())
        }
    }
}

// ---------------------------------------------------------------- the report

/// The answer as JSON when it is JSON, else (the start of) its text.
pub(super) fn answer_value(reply: &Reply) -> Value {
    match reply {
        Reply::TimedOut { .. } => Value::Null,
        Reply::Answer { body, .. } => serde_json::from_slice(body)
            .unwrap_or_else(|_| json!(quote(&String::from_utf8_lossy(body)))),
    }
}

pub(super) fn quote(text: &str) -> String {
    let mut quoted: String = text.chars().take(QUOTE_CHARS).collect();
    if text.chars().nth(QUOTE_CHARS).is_some() {
        quoted.push('…');
    }
    quoted
}

pub(super) fn latency(reply: &Reply) -> Duration {
    match reply {
        Reply::Answer { latency, .. } => *latency,
        Reply::TimedOut { after } => *after,
    }
}

pub(super) fn report_json(event: &Event, sent: &Sent, reply: &Reply, verdict: &Verdict) -> Value {
    let decision = verdict.answer.as_ref().map(|j| &j.decision);
    let (reject_code, error_info) = match decision {
        Some(Decision::Reject { code, info }) => (*code, Some(info.clone())),
        _ => (None, None),
    };
    let (msg_body, custom) = match decision {
        Some(Decision::Modify {
            msg_body,
            cloud_custom_data,
        }) => (msg_body.clone(), cloud_custom_data.clone()),
        _ => (None, None),
    };
    json!({
        "CallbackCommand": event.command,
        "Phase": event.phase.as_str(),
        "Url": sent.url,
        "Signed": sent.signed,
        "RequestTime": sent.request_time,
        "RequestBody": sent.body,
        "RequestBytes": sent.body_bytes,
        "HttpStatus": match reply {
            Reply::Answer { status, .. } => Some(*status),
            Reply::TimedOut { .. } => None,
        },
        "LatencyMs": latency(reply).as_millis() as u64,
        "BudgetMs": ANSWER_TIMEOUT_MS,
        "WithinBudget": verdict.within_budget,
        "Answer": answer_value(reply),
        "Valid": verdict.valid(),
        "Decision": verdict.decision(),
        "AnswerDecision": decision.map(Decision::as_str),
        "RejectCode": reject_code,
        "ErrorInfo": error_info,
        "MsgBody": msg_body,
        "CloudCustomData": custom,
        "Failure": verdict.failure.as_ref().map(|(reason, message)| {
            json!({"Reason": reason, "Message": message})
        }),
        "ServiceAction": service_action(event, verdict),
        "Notes": verdict.notes(),
    })
}

pub(super) fn report_human(
    ctx: &Ctx,
    event: &Event,
    target: &Target,
    sent: &Sent,
    reply: &Reply,
    verdict: &Verdict,
) -> String {
    let row = |k: &str, v: &str| format!("  {k:<9} {v}");
    let headline = match &verdict.failure {
        None => ctx.out.paint(
            Tone::Good,
            &format!("✓ {}: valid answer: {}", event.command, verdict.decision()),
        ),
        Some((reason, _)) => ctx.out.paint(
            Tone::Bad,
            &format!(
                "✗ {}: the answer counts as a failure ({reason})",
                event.command
            ),
        ),
    };
    let signed = if sent.signed { "signed" } else { "unsigned" };
    let mut lines = vec![
        headline,
        row(
            "Sent",
            &format!(
                "POST {} ({signed}, {} bytes)",
                target.shown, sent.body_bytes
            ),
        ),
    ];
    let took = latency(reply).as_millis();
    match reply {
        Reply::Answer { status, body, .. } => {
            lines.push(row(
                "HTTP",
                &format!("{status} in {took} ms (budget {ANSWER_TIMEOUT_MS} ms)"),
            ));
            let text = String::from_utf8_lossy(body);
            let shown = if text.trim().is_empty() {
                "(empty)".to_string()
            } else {
                quote(text.trim())
            };
            lines.push(row("Answer", &shown));
        }
        Reply::TimedOut { .. } => {
            lines.push(row("HTTP", &format!("no answer within {took} ms")));
        }
    }
    if let Some((_, message)) = &verdict.failure {
        lines.push(row("Problem", message));
        if let Some(j) = &verdict.answer {
            if !matches!(j.decision, Decision::Failure { .. }) {
                lines.push(row(
                    "On time",
                    &format!("it would have meant: {}", j.decision.as_str()),
                ));
            }
        }
    }
    lines.push(row("Service", &service_action(event, verdict)));
    for note in verdict.notes() {
        lines.push(format!("  note: {note}"));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn event(name: &str) -> &'static Event {
        events::find(name).unwrap()
    }
    pub(super) fn verdict(name: &str, status: u16, body: &str, ms: u64) -> Verdict {
        let reply = Reply::Answer {
            status,
            body: body.as_bytes().to_vec(),
            latency: Duration::from_millis(ms),
            truncated: false,
        };
        Verdict::of(event(name), &reply)
    }

    #[test]
    pub(super) fn verdicts_say_what_the_service_does() {
        let c2c = "C2C.CallbackBeforeSendMsg";
        let ok = r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#;
        let v = verdict(c2c, 200, ok, 5);
        assert!(v.valid());
        assert_eq!(v.decision(), "allow");
        let v = verdict(c2c, 200, ok, 2500);
        assert_eq!(v.failure.as_ref().unwrap().0, "over_budget");
        assert_eq!(v.decision(), "failure");
        assert!(service_action(event(c2c), &v).contains("goes ahead"));
        let reject = r#"{"ActionStatus":"OK","ErrorCode":1,"ErrorInfo":"spam"}"#;
        let v = verdict(c2c, 200, reject, 5);
        assert_eq!(
            service_action(event(c2c), &v),
            "the operation is refused: the caller gets ErrorCode 20006 (\"spam\")"
        );
        let v = verdict(c2c, 500, ok, 5);
        assert_eq!(v.failure.as_ref().unwrap().0, "http_status");
        let timed_out = Verdict::of(
            event(c2c),
            &Reply::TimedOut {
                after: Duration::from_millis(2000),
            },
        );
        assert_eq!(timed_out.failure.as_ref().unwrap().0, "timeout");
        assert!(timed_out.answer.is_none());
    }
}
