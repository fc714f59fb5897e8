//! One log entry as JSON (`-o json|jsonl`, docs/output-logs.md) and as a row of text.

use serde_json::{json, Value};

use crate::store::{CallRecord, CallbackEvent, LogEntry, LogKind};
use crate::units::rfc3339;

/// Columns of the table, CSV and text forms.
pub const COLUMNS: &[&str] = &[
    "Time",
    "Kind",
    "Event",
    "IDs",
    "ErrorCode",
    "Result",
    "Detail",
];

/// How many IDs the table shows before `+N`.
const TABLE_IDS: usize = 4;

pub fn kind_str(kind: LogKind) -> &'static str {
    match kind {
        LogKind::Rest => "rest",
        LogKind::Callback => "callback",
    }
}

fn time(t: i64) -> String {
    rfc3339(t).unwrap_or_else(|| t.to_string())
}

/// The documented JSON shape of one entry.
pub fn entry_json(entry: &LogEntry) -> Value {
    match entry {
        LogEntry::Rest { call, .. } => rest_json(call),
        LogEntry::Callback { event, .. } => callback_json(event),
    }
}

fn rest_result(call: &CallRecord) -> &'static str {
    if call.error_code == 0 {
        "ok"
    } else {
        "error"
    }
}

fn rest_json(c: &CallRecord) -> Value {
    json!({
        "Time": time(c.time),
        "Kind": "rest",
        "Event": c.endpoint,
        "IDs": c.ids,
        "ErrorCode": c.error_code,
        "ErrorInfo": c.error_info,
        "Result": rest_result(c),
        "DurationMs": c.duration.as_millis() as u64,
        "Profile": c.profile,
        "RequestId": c.request_id,
        "Attempts": c.attempts,
    })
}

fn callback_json(e: &CallbackEvent) -> Value {
    json!({
        "Time": time(e.time),
        "Kind": "callback",
        "Event": e.command,
        "IDs": e.ids.all(),
        "ErrorCode": e.error_code,
        "ErrorInfo": e.error_reason,
        "Result": e.verdict.as_str(),
        "DurationMs": e.duration.as_millis() as u64,
        "SdkAppid": e.sdkappid,
        "ClientIP": e.client_ip,
        "OptPlatform": e.opt_platform,
        "From": e.ids.from,
        "Operator": e.ids.operator,
        "To": e.ids.to,
        "GroupId": e.ids.group_id,
        "BodyBytes": e.body_bytes,
    })
}

/// The entry flattened to [`COLUMNS`]; `short_ids` cuts the ID list for a table.
pub fn entry_row(entry: &LogEntry, short_ids: bool) -> Value {
    let (ids, code, result, detail) = match entry {
        LogEntry::Rest { call, .. } => {
            let mut detail = if call.error_info.is_empty() {
                format!("{} ms", call.duration.as_millis())
            } else {
                call.error_info.clone()
            };
            if call.attempts > 1 {
                detail.push_str(&format!(" ({} attempts)", call.attempts));
            }
            (
                call.ids.clone(),
                Some(call.error_code),
                rest_result(call),
                detail,
            )
        }
        LogEntry::Callback { event, .. } => {
            let detail = if event.error_reason.is_empty() {
                [event.opt_platform.as_str(), event.client_ip.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" from ")
            } else {
                event.error_reason.clone()
            };
            (
                event.ids.all(),
                event.error_code,
                event.verdict.as_str(),
                detail,
            )
        }
    };
    json!({
        "Time": time(entry.time()),
        "Kind": kind_str(entry.kind()),
        "Event": match entry {
            LogEntry::Rest { call, .. } => call.endpoint.as_str(),
            LogEntry::Callback { event, .. } => event.command.as_str(),
        },
        "IDs": ids_cell(&ids, short_ids),
        "ErrorCode": code,
        "Result": result,
        "Detail": detail,
    })
}

fn ids_cell(ids: &[String], short: bool) -> String {
    if !short || ids.len() <= TABLE_IDS {
        return ids.join(" ");
    }
    format!("{} +{}", ids[..TABLE_IDS].join(" "), ids.len() - TABLE_IDS)
}

/// One entry as one aligned line, for `logs tail`.
pub fn entry_line(entry: &LogEntry) -> String {
    let row = entry_row(entry, true);
    let cell = |k: &str| match &row[k] {
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        other => other.to_string(),
    };
    format!(
        "{}  {:<8} {:<36} {:>6} {:<12} {}  {}",
        cell("Time"),
        cell("Kind"),
        cell("Event"),
        cell("ErrorCode"),
        cell("Result"),
        cell("IDs"),
        cell("Detail")
    )
    .trim_end()
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::callback::{events::find, CallbackQuery, Decision};
    use std::time::Duration;

    fn rest(code: i64, ids: &[&str]) -> LogEntry {
        LogEntry::Rest {
            id: 1,
            call: CallRecord {
                time: 1_700_000_000,
                profile: "prod".into(),
                endpoint: "v4/im_open_login_svc/kick".into(),
                request_id: "42".into(),
                error_code: code,
                error_info: if code == 0 { "" } else { "not imported" }.into(),
                duration: Duration::from_millis(12),
                attempts: 1,
                ids: ids.iter().map(|s| s.to_string()).collect(),
            },
        }
    }

    fn callback() -> LogEntry {
        let e = find("Group.CallbackBeforeSendMsg").unwrap();
        let q = CallbackQuery::parse(
            "SdkAppid=1400000000&CallbackCommand=Group.CallbackBeforeSendMsg&ClientIP=10.0.0.9&OptPlatform=Web",
        );
        let decision = Decision::Reject {
            code: Some(10016),
            info: "spam".into(),
        };
        LogEntry::Callback {
            id: 1,
            event: CallbackEvent::answered(1_700_000_000, &q, &e.sample_body(), 321, &decision),
        }
    }

    #[test]
    fn rest_entries_in_json() {
        let v = entry_json(&rest(70107, &["ghost"]));
        assert_eq!(v["Time"], "2023-11-14T22:13:20Z");
        assert_eq!(v["Kind"], "rest");
        assert_eq!(v["IDs"], json!(["ghost"]));
        assert_eq!(v["Result"], "error");
        assert_eq!(v["DurationMs"], 12);
        assert!(v.get("ClientIP").is_none());
    }

    #[test]
    fn callback_entries_in_json_name_ids_by_role() {
        let v = entry_json(&callback());
        assert_eq!(v["Kind"], "callback");
        assert_eq!(v["Event"], "Group.CallbackBeforeSendMsg");
        assert_eq!(v["IDs"], json!(["bob", "@TGS#2J4SZEAEL"]));
        assert_eq!(v["From"], "bob");
        assert_eq!(v["GroupId"], "@TGS#2J4SZEAEL");
        assert_eq!(v["ErrorCode"], 10016);
        assert_eq!(v["ErrorInfo"], "spam");
        assert_eq!(v["Result"], "reject");
        assert_eq!(v["SdkAppid"], 1_400_000_000u64);
        assert!(!v.to_string().contains("See you at 8"));
    }

    #[test]
    fn rows_and_lines_are_short() {
        let many = rest(0, &["a", "b", "c", "d", "e", "f"]);
        assert_eq!(entry_row(&many, true)["IDs"], "a b c d +2");
        assert_eq!(entry_row(&many, false)["IDs"], "a b c d e f");
        assert_eq!(entry_row(&many, true)["Detail"], "12 ms");
        let line = entry_line(&callback());
        assert!(line.starts_with("2023-11-14T22:13:20Z  callback Group.CallbackBeforeSendMsg"));
        assert!(line.contains("10016") && line.ends_with("spam"), "{line}");
    }
}
