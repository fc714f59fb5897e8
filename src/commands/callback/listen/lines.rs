//! What `callback listen` shows and records for each request: the human and JSON lines, and
//! the main thread's printer.

use super::*;

/// `refused POST /path from 127.0.0.1:5555 (C2C.CallbackBeforeSendMsg): HTTP 401: reason`,
/// every part a client chose escaped.
pub(super) fn refused_line(
    method: &str,
    path: &str,
    peer: Option<SocketAddr>,
    command: &str,
    status: u16,
    reason: &str,
) -> String {
    let from = peer.map(|p| format!(" from {p}")).unwrap_or_default();
    let command = if command.is_empty() {
        String::new()
    } else {
        format!(" ({})", printable(command))
    };
    format!(
        "refused {} {}{from}{command}: HTTP {status}: {}",
        printable(method),
        printable(path),
        printable(reason)
    )
}

/// The line's JSON form (`-o jsonl`, see docs/output-callback-listen.md).
pub(super) fn shown_json(
    a: &Accepted,
    event: &CallbackEvent,
    decision: &Decision,
    path: &str,
    status: u16,
    answer: Option<Value>,
    forwarded: bool,
) -> Value {
    json!({
        "Time": rfc3339(event.time),
        "CallbackCommand": a.command,
        "KnownCommand": a.event.is_some(),
        "SdkAppid": event.sdkappid,
        "ClientIP": event.client_ip,
        "OptPlatform": event.opt_platform,
        "RequestTime": a.request_time,
        "Path": path,
        "From": event.ids.from,
        "Operator": event.ids.operator,
        "To": event.ids.to,
        "GroupId": event.ids.group_id,
        "Result": event.verdict.as_str(),
        "ErrorCode": event.error_code,
        "ErrorInfo": event.error_reason,
        "HttpStatus": status,
        "Answer": answer,
        "Forwarded": forwarded,
        "DurationMs": event.duration.as_millis() as u64,
        "BodyBytes": event.body_bytes,
        "Body": a.body,
        "Decision": decision.as_str(),
    })
}

/// The human line: time, command, who, and what the answer does.
pub(super) fn human_line(shown: &Value) -> String {
    let text = |k: &str| shown[k].as_str().map(|s| printable(s).into_owned());
    let mut parts = vec![
        text("Time").unwrap_or_default(),
        text("CallbackCommand").unwrap_or_default(),
    ];
    for key in ["From", "Operator", "GroupId"] {
        if let Some(v) = text(key) {
            parts.push(format!("{key}={v}"));
        }
    }
    if let Some(to) = shown["To"].as_array().filter(|t| !t.is_empty()) {
        let to: Vec<String> = to
            .iter()
            .filter_map(Value::as_str)
            .map(|s| printable(s).into_owned())
            .collect();
        parts.push(format!("To={}", to.join(",")));
    }
    let code = shown["ErrorCode"]
        .as_i64()
        .map_or_else(|| "no ErrorCode".to_string(), |c| format!("ErrorCode {c}"));
    let forwarded = if shown["Forwarded"] == true {
        ", forwarded"
    } else {
        ""
    };
    format!(
        "{} -> {} ({code}, {} ms{forwarded})",
        parts.join(" "),
        text("Result").unwrap_or_default(),
        shown["DurationMs"]
    )
}

/// The main thread's side: prints each note and records its event.
pub(super) struct Printer {
    pub(super) store: Option<Store>,
    pub(super) warned: bool,
}

impl Printer {
    pub(super) fn show(&mut self, ctx: &mut Ctx, note: Note) -> Result<(), Error> {
        let event = match note {
            Note::Accepted {
                event,
                shown,
                warning,
            } => {
                if let Some(w) = warning {
                    ctx.out.warn(&w);
                }
                match ctx.out.format() {
                    Some(OutputFormat::Json | OutputFormat::Jsonl) => {
                        ctx.out.line(&shown.to_string())?
                    }
                    _ => ctx.out.line(&human_line(&shown))?,
                }
                ctx.out.flush()?;
                event
            }
            Note::Refused { event, line } => {
                ctx.out.status(&line);
                event
            }
        };
        if let Some(store) = &self.store {
            if let Err(e) = store.record_callback(&event) {
                if !self.warned {
                    ctx.out
                        .warn(&format!("cannot record an event in the log: {e}"));
                    self.warned = true;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    pub(super) fn refused_lines_escape_what_clients_chose() {
        let line = refused_line("POST", "/cb\n\x1b[2J", None, "X\ny", 401, "Sign mismatch");
        assert!(!line.contains('\n') && !line.contains('\x1b'), "{line}");
        assert!(line.starts_with("refused POST /cb\\n"));
    }

    #[test]
    pub(super) fn human_lines_escape_ids() {
        let shown = json!({"Time":"2026-01-01T00:00:00Z","CallbackCommand":"C2C.CallbackBeforeSendMsg",
            "From":"a\nb","Operator":null,"GroupId":null,"To":["c\u{1b}"],"Result":"allow",
            "ErrorCode":0,"DurationMs":3,"Forwarded":false});
        let line = human_line(&shown);
        assert_eq!(
            line,
            "2026-01-01T00:00:00Z C2C.CallbackBeforeSendMsg From=a\\nb To=c\\u{1b} -> allow (ErrorCode 0, 3 ms)"
        );
    }
}
