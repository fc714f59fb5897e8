//! One callback request as `callback listen` recorded it, and its table.

use std::time::Duration;

use rusqlite::{params, Connection};
use serde_json::Value;

use super::callback_ids::{bounded, CallbackIds};
use super::Store;
use crate::callback::{CallbackQuery, Decision};

/// What became of one callback request: what the answer made the service do (from
/// [`Decision`]), or that the receiver refused the request itself (bad `Sign`, stale, too big…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallbackVerdict {
    Acknowledged,
    Allow,
    Modify,
    Reject,
    Drop,
    /// The answer was not a valid one (non-200, not JSON, late…): the service counts a failure.
    Failure,
    /// The receiver refused the request before any answer was judged.
    Refused,
}

impl CallbackVerdict {
    pub const ALL: [CallbackVerdict; 7] = [
        CallbackVerdict::Acknowledged,
        CallbackVerdict::Allow,
        CallbackVerdict::Modify,
        CallbackVerdict::Reject,
        CallbackVerdict::Drop,
        CallbackVerdict::Failure,
        CallbackVerdict::Refused,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CallbackVerdict::Acknowledged => "acknowledged",
            CallbackVerdict::Allow => "allow",
            CallbackVerdict::Modify => "modify",
            CallbackVerdict::Reject => "reject",
            CallbackVerdict::Drop => "drop",
            CallbackVerdict::Failure => "failure",
            CallbackVerdict::Refused => "refused",
        }
    }

    pub fn parse(s: &str) -> Option<CallbackVerdict> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// One callback request as recorded by `callback listen`: who sent it, what it was about
/// (IDs only), and what became of it. Never the token, the `Sign` or message text.
#[derive(Debug, Clone, PartialEq)]
pub struct CallbackEvent {
    /// Unix seconds when it was received.
    pub time: i64,
    /// `CallbackCommand` (from the query, else the body); empty when neither has one.
    pub command: String,
    /// `SdkAppid` of the query, when it is a number.
    pub sdkappid: Option<u64>,
    pub client_ip: String,
    pub opt_platform: String,
    pub ids: CallbackIds,
    pub verdict: CallbackVerdict,
    /// The ErrorCode the operation ends with because of the answer: 0 when it goes ahead (a
    /// dropped message too: its sender sees success), the reject code (20006, 10016, or the
    /// handler's own) when refused; None when not known (refused request, failed answer, a
    /// reject whose code the spec does not name).
    pub error_code: Option<i64>,
    /// Why: the answer's `ErrorInfo` on a reject, the failure or refusal reason otherwise.
    pub error_reason: String,
    pub body_bytes: u64,
    /// How long the receiver took to answer (forwarding included).
    pub duration: Duration,
}

impl CallbackEvent {
    /// An event whose answer was judged (see `callback::judge`).
    pub fn answered(
        time: i64,
        query: &CallbackQuery,
        body: &Value,
        body_bytes: u64,
        decision: &Decision,
    ) -> CallbackEvent {
        let (verdict, error_code, reason) = match decision {
            Decision::Acknowledged => (CallbackVerdict::Acknowledged, Some(0), String::new()),
            Decision::Allow => (CallbackVerdict::Allow, Some(0), String::new()),
            Decision::Modify { .. } => (CallbackVerdict::Modify, Some(0), String::new()),
            Decision::Drop => (CallbackVerdict::Drop, Some(0), String::new()),
            Decision::Reject { code, info } => (CallbackVerdict::Reject, *code, info.clone()),
            Decision::Failure { reason, message } => (
                CallbackVerdict::Failure,
                None,
                format!("{reason}: {message}"),
            ),
        };
        let mut event = Self::base(time, query, Some(body), body_bytes, verdict, &reason);
        event.error_code = error_code;
        event
    }

    /// A request the receiver refused (`reason` says why; it must not contain the token).
    /// `body` is what could be read of it, if it was JSON.
    pub fn refused(
        time: i64,
        query: &CallbackQuery,
        body: Option<&Value>,
        body_bytes: u64,
        reason: &str,
    ) -> CallbackEvent {
        Self::base(
            time,
            query,
            body,
            body_bytes,
            CallbackVerdict::Refused,
            reason,
        )
    }

    fn base(
        time: i64,
        query: &CallbackQuery,
        body: Option<&Value>,
        body_bytes: u64,
        verdict: CallbackVerdict,
        reason: &str,
    ) -> CallbackEvent {
        let command = query
            .callback_command
            .as_deref()
            .or_else(|| body?.get("CallbackCommand")?.as_str())
            .map(bounded)
            .unwrap_or_default();
        CallbackEvent {
            time,
            command,
            sdkappid: query.sdk_appid.as_deref().and_then(|s| s.parse().ok()),
            client_ip: query.client_ip.as_deref().map(bounded).unwrap_or_default(),
            opt_platform: query
                .opt_platform
                .as_deref()
                .map(bounded)
                .unwrap_or_default(),
            ids: body.map(CallbackIds::from_body).unwrap_or_default(),
            verdict,
            error_code: None,
            error_reason: bounded(reason),
            body_bytes,
            duration: Duration::ZERO,
        }
    }
}

/// Creates the callback event table (ids grow only, so `logs tail` never misses a row) and
/// prunes it like the call log.
pub(super) fn open_callback_events(conn: &Connection, cutoff: i64) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS callback_events (
             id INTEGER PRIMARY KEY AUTOINCREMENT,
             time INTEGER NOT NULL, command TEXT NOT NULL, sdkappid INTEGER,
             client_ip TEXT NOT NULL, opt_platform TEXT NOT NULL,
             from_account TEXT, operator_account TEXT, group_id TEXT,
             to_accounts TEXT NOT NULL, user_ids TEXT NOT NULL,
             verdict TEXT NOT NULL, error_code INTEGER, error_reason TEXT NOT NULL,
             body_bytes INTEGER NOT NULL, duration_ms INTEGER NOT NULL);
         CREATE INDEX IF NOT EXISTS callback_events_time ON callback_events(time);",
    )?;
    conn.execute(
        "DELETE FROM callback_events WHERE time < ?1",
        params![cutoff],
    )?;
    Ok(())
}

impl Store {
    /// Records one callback request (see [`CallbackEvent::answered`] and
    /// [`CallbackEvent::refused`]).
    pub fn record_callback(&self, event: &CallbackEvent) -> Result<(), String> {
        let json_list = |ids: &[String]| serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
        self.conn
            .prepare_cached(
                "INSERT INTO callback_events (time, command, sdkappid, client_ip, opt_platform,
                     from_account, operator_account, group_id, to_accounts, user_ids, verdict,
                     error_code, error_reason, body_bytes, duration_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )
            .and_then(|mut stmt| {
                stmt.execute(params![
                    event.time,
                    event.command,
                    event.sdkappid.and_then(|n| i64::try_from(n).ok()),
                    event.client_ip,
                    event.opt_platform,
                    event.ids.from,
                    event.ids.operator,
                    event.ids.group_id,
                    json_list(&event.ids.to),
                    json_list(&event.ids.users),
                    event.verdict.as_str(),
                    event.error_code,
                    event.error_reason,
                    i64::try_from(event.body_bytes).unwrap_or(i64::MAX),
                    i64::try_from(event.duration.as_millis()).unwrap_or(i64::MAX),
                ])
            })
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}
