//! The local log (`imctl logs`) in SQLite under the data dir: one row per REST call imctl made
//! (`calls`) and one per callback request `callback listen` received (`callback_events`).
//! Never the key, a UserSig, a callback token or `Sign`, or message text: only what the
//! console's troubleshooting filters need. Rows older than the retention are pruned when the
//! store opens.

use std::path::Path;
use std::time::Duration;

use rusqlite::{params, Connection};
use serde_json::Value;

use crate::callback::{CallbackQuery, Decision};

/// Default retention: the console keeps a week of troubleshooting data.
pub const DEFAULT_RETENTION_DAYS: u32 = 7;

/// One REST call as recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct CallRecord {
    pub time: i64,
    pub profile: String,
    pub endpoint: String,
    pub request_id: String,
    pub error_code: i64,
    pub error_info: String,
    pub duration: Duration,
    pub attempts: u32,
    /// The user or group IDs the call was about.
    pub ids: Vec<String>,
}

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating) `dir/imctl.sqlite3` and prunes rows older than `retention_days`.
    pub fn open(dir: &Path, retention_days: u32, now: i64) -> Result<Self, String> {
        // The call log names accounts and endpoints: owner-only, like the config.
        crate::config::create_private_dir(dir).map_err(|e| e.to_string())?;
        crate::config::make_private(dir)
            .map_err(|e| format!("cannot restrict {}: {e}", dir.display()))?;
        let path = dir.join("imctl.sqlite3");
        let conn = Connection::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(|e| e.to_string())?;
        conn.execute_batch(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
             CREATE TABLE IF NOT EXISTS calls (
                 time INTEGER NOT NULL, profile TEXT NOT NULL, endpoint TEXT NOT NULL,
                 request_id TEXT NOT NULL, error_code INTEGER NOT NULL, error_info TEXT NOT NULL,
                 duration_ms INTEGER NOT NULL, attempts INTEGER NOT NULL, ids TEXT NOT NULL);
             CREATE INDEX IF NOT EXISTS calls_time ON calls(time);",
        )
        .map_err(|e| format!("{}: {e}", path.display()))?;
        for suffix in ["", "-wal", "-shm"] {
            let file = dir.join(format!("imctl.sqlite3{suffix}"));
            if file.exists() {
                crate::config::make_private(&file)
                    .map_err(|e| format!("cannot restrict {}: {e}", file.display()))?;
            }
        }
        let cutoff = now - i64::from(retention_days) * 86_400;
        conn.execute("DELETE FROM calls WHERE time < ?1", params![cutoff])
            .map_err(|e| e.to_string())?;
        open_callback_events(&conn, cutoff).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Store { conn })
    }

    pub fn record(&self, call: &CallRecord) -> Result<(), String> {
        self.conn
            .prepare_cached(
                "INSERT INTO calls (time, profile, endpoint, request_id, error_code, error_info,
                                    duration_ms, attempts, ids)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .and_then(|mut stmt| {
                stmt.execute(params![
                    call.time,
                    call.profile,
                    call.endpoint,
                    call.request_id,
                    call.error_code,
                    call.error_info,
                    call.duration.as_millis() as i64,
                    call.attempts,
                    call.ids.join(","),
                ])
            })
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    /// The most recent calls, newest first.
    pub fn recent(&self, limit: usize) -> Result<Vec<CallRecord>, String> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT time, profile, endpoint, request_id, error_code, error_info, duration_ms,
                        attempts, ids FROM calls ORDER BY rowid DESC LIMIT ?1",
            )
            .map_err(|e| e.to_string())?;
        let rows = stmt
            .query_map(params![limit as i64], |r| {
                let ids: String = r.get(8)?;
                Ok(CallRecord {
                    time: r.get(0)?,
                    profile: r.get(1)?,
                    endpoint: r.get(2)?,
                    request_id: r.get(3)?,
                    error_code: r.get(4)?,
                    error_info: r.get(5)?,
                    duration: Duration::from_millis(r.get::<_, i64>(6)?.max(0) as u64),
                    attempts: r.get(7)?,
                    ids: ids
                        .split(',')
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect(),
                })
            })
            .map_err(|e| e.to_string())?;
        rows.collect::<Result<_, _>>().map_err(|e| e.to_string())
    }
}

// ---------------------------------------------------------------- callback events

/// At most this many IDs of one kind are kept per event (a group's `MemberList` can be long).
pub const MAX_EVENT_IDS: usize = 64;
/// Longest text kept in one field of an event (IDs, IP, platform, reason): the receiver
/// records what strangers send, so nothing it stores grows with the input.
const MAX_FIELD_CHARS: usize = 256;

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

/// The IDs a callback body names, by role. Never message text: `MsgBody`, `CloudCustomData`,
/// profile values and group names are not read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallbackIds {
    /// Who acted: `From_Account`, else `Requester_Account`/`Requestor_Account`/`Report_Account`.
    pub from: Option<String>,
    /// `Operator_Account`.
    pub operator: Option<String>,
    /// Who it was for: `To_Account`, `Peer_Account`, and the `To_Account`s of `PairList`,
    /// `FriendItem` and `ResponseFriendItem`.
    pub to: Vec<String>,
    pub group_id: Option<String>,
    /// Every user ID the body names, in any role (members included), without repeats.
    pub users: Vec<String>,
}

/// Fields naming one user, and what role they play.
const FROM_FIELDS: &[&str] = &[
    "From_Account",
    "Requester_Account",
    "Requestor_Account",
    "Report_Account",
];
const TO_FIELDS: &[&str] = &["To_Account", "Peer_Account"];
const OTHER_USER_FIELDS: &[&str] = &["Operator_Account", "Owner_Account", "Admin_Account"];
/// Arrays of objects naming users: (array, field of each item).
const USER_LISTS: &[(&str, &str)] = &[
    ("MemberList", "Member_Account"),
    ("NewMemberList", "Member_Account"),
    ("ExitMemberList", "Member_Account"),
    ("DestinationMembers", "Member_Account"),
    ("PairList", "From_Account"),
    ("PairList", "To_Account"),
    ("PairList", "Initiator_Account"),
    ("FriendItem", "To_Account"),
    ("ResponseFriendItem", "To_Account"),
];
/// The lists whose users are receivers (for `--peer`).
const TO_LISTS: &[(&str, &str)] = &[
    ("PairList", "To_Account"),
    ("FriendItem", "To_Account"),
    ("ResponseFriendItem", "To_Account"),
];

impl CallbackIds {
    /// Reads the IDs of any callback body (spec §9.4 and Tencent's per-event pages); fields
    /// that are missing or not strings are skipped, and each list keeps at most
    /// [`MAX_EVENT_IDS`] IDs.
    pub fn from_body(body: &Value) -> CallbackIds {
        let text = |v: Option<&Value>| {
            v.and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(bounded)
        };
        let mut ids = CallbackIds {
            from: FROM_FIELDS.iter().find_map(|f| text(body.get(f))),
            operator: text(body.get("Operator_Account")),
            group_id: text(body.get("GroupId")),
            ..CallbackIds::default()
        };
        for f in TO_FIELDS {
            push_unique(&mut ids.to, text(body.get(f)));
        }
        for (list, field) in TO_LISTS {
            for item in items(body, list) {
                push_unique(&mut ids.to, text(item.get(field)));
            }
        }
        for f in FROM_FIELDS.iter().chain(TO_FIELDS).chain(OTHER_USER_FIELDS) {
            push_unique(&mut ids.users, text(body.get(f)));
        }
        // State.StateChange names its user inside `Info`.
        push_unique(
            &mut ids.users,
            text(body.get("Info").and_then(|i| i.get("To_Account"))),
        );
        for (list, field) in USER_LISTS {
            for item in items(body, list) {
                push_unique(&mut ids.users, text(item.get(field)));
            }
        }
        ids
    }

    /// The users, then the group: what `--user`/`--peer` can find the event by.
    pub fn all(&self) -> Vec<String> {
        let mut all = self.users.clone();
        all.extend(self.group_id.clone());
        all
    }
}

fn items<'a>(body: &'a Value, list: &str) -> impl Iterator<Item = &'a Value> {
    body.get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .take(MAX_EVENT_IDS * 4)
}

fn push_unique(list: &mut Vec<String>, id: Option<String>) {
    if let Some(id) = id {
        if list.len() < MAX_EVENT_IDS && !list.contains(&id) {
            list.push(id);
        }
    }
}

/// `s` cut to [`MAX_FIELD_CHARS`] characters.
fn bounded(s: &str) -> String {
    s.chars().take(MAX_FIELD_CHARS).collect()
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
fn open_callback_events(conn: &Connection, cutoff: i64) -> rusqlite::Result<()> {
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

// ---------------------------------------------------------------- reading the log

/// The two kinds of entries `imctl logs` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogKind {
    /// A REST call made by imctl.
    Rest,
    /// A callback request received by `callback listen`.
    Callback,
}

/// The console's troubleshooting filters; every one that is set must match.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LogFilter {
    pub kind: Option<LogKind>,
    /// An endpoint (`v4/openim/sendmsg`, `openim/sendmsg`, `sendmsg`) or a CallbackCommand
    /// (`C2C.CallbackBeforeSendMsg`, or `CallbackBeforeSendMsg` for C2C and Group), any case.
    pub event: Option<String>,
    /// A user the entry involves in any role (REST: any recorded ID).
    pub user: Option<String>,
    /// A receiver or group (callback: `To_Account`s and `GroupId`; REST: any recorded ID).
    pub peer: Option<String>,
    pub error_code: Option<i64>,
    /// Unix seconds, inclusive.
    pub since: Option<i64>,
    pub until: Option<i64>,
}

impl LogFilter {
    fn wants(&self, kind: LogKind) -> bool {
        self.kind.is_none_or(|k| k == kind)
    }
}

/// One entry of the log, with its row id in its table.
#[derive(Debug, Clone, PartialEq)]
pub enum LogEntry {
    Rest { id: i64, call: CallRecord },
    Callback { id: i64, event: CallbackEvent },
}

impl LogEntry {
    pub fn time(&self) -> i64 {
        match self {
            LogEntry::Rest { call, .. } => call.time,
            LogEntry::Callback { event, .. } => event.time,
        }
    }

    pub fn kind(&self) -> LogKind {
        match self {
            LogEntry::Rest { .. } => LogKind::Rest,
            LogEntry::Callback { .. } => LogKind::Callback,
        }
    }

    fn id(&self) -> i64 {
        match self {
            LogEntry::Rest { id, .. } | LogEntry::Callback { id, .. } => *id,
        }
    }
}

/// Where `logs tail` has read up to in each table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LogCursor {
    pub calls: i64,
    pub callbacks: i64,
}

/// A WHERE clause and its parameters, built from a filter for one table.
struct Clause {
    sql: Vec<String>,
    params: Vec<rusqlite::types::Value>,
}

impl Clause {
    fn new() -> Clause {
        Clause {
            sql: vec!["1".into()],
            params: Vec::new(),
        }
    }

    /// Adds `condition`, in which `?` stands for `value` (numbered here).
    fn and(&mut self, condition: &str, value: impl Into<rusqlite::types::Value>) {
        self.params.push(value.into());
        let n = self.params.len();
        self.sql.push(condition.replace('?', &format!("?{n}")));
    }

    fn sql(&self) -> String {
        self.sql.join(" AND ")
    }
}

/// `column` (a comma-joined ID list, as the call log writes it) contains `?`.
const IN_CALL_IDS: &str = "instr(',' || ids || ',', ',' || ? || ',') > 0";

fn calls_clause(f: &LogFilter) -> Clause {
    let mut c = Clause::new();
    if let Some(event) = &f.event {
        let e = event.to_ascii_lowercase();
        let e = e.trim_start_matches('/');
        c.and(
            "(lower(endpoint) = ? OR substr(lower(endpoint), -length(?) - 1) = '/' || ?)",
            e.to_string(),
        );
    }
    for id in [&f.user, &f.peer].into_iter().flatten() {
        c.and(IN_CALL_IDS, id.clone());
    }
    if let Some(code) = f.error_code {
        c.and("error_code = ?", code);
    }
    if let Some(t) = f.since {
        c.and("time >= ?", t);
    }
    if let Some(t) = f.until {
        c.and("time <= ?", t);
    }
    c
}

fn callbacks_clause(f: &LogFilter) -> Clause {
    let mut c = Clause::new();
    if let Some(event) = &f.event {
        c.and(
            "(lower(command) = ? OR substr(lower(command), -length(?) - 1) = '.' || ?)",
            event.to_ascii_lowercase(),
        );
    }
    if let Some(user) = &f.user {
        c.and(
            "EXISTS (SELECT 1 FROM json_each(user_ids) WHERE value = ?)",
            user.clone(),
        );
    }
    if let Some(peer) = &f.peer {
        c.and(
            "(group_id = ? OR EXISTS (SELECT 1 FROM json_each(to_accounts) WHERE value = ?))",
            peer.clone(),
        );
    }
    if let Some(code) = f.error_code {
        c.and("error_code = ?", code);
    }
    if let Some(t) = f.since {
        c.and("time >= ?", t);
    }
    if let Some(t) = f.until {
        c.and("time <= ?", t);
    }
    c
}

const CALL_COLUMNS: &str = "rowid, time, profile, endpoint, request_id, error_code, error_info, \
                            duration_ms, attempts, ids";
const CALLBACK_COLUMNS: &str = "id, time, command, sdkappid, client_ip, opt_platform, \
     from_account, operator_account, group_id, to_accounts, user_ids, verdict, error_code, \
     error_reason, body_bytes, duration_ms";

fn call_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LogEntry> {
    let ids: String = r.get(9)?;
    Ok(LogEntry::Rest {
        id: r.get(0)?,
        call: CallRecord {
            time: r.get(1)?,
            profile: r.get(2)?,
            endpoint: r.get(3)?,
            request_id: r.get(4)?,
            error_code: r.get(5)?,
            error_info: r.get(6)?,
            duration: Duration::from_millis(r.get::<_, i64>(7)?.max(0) as u64),
            attempts: r.get(8)?,
            ids: ids
                .split(',')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect(),
        },
    })
}

fn callback_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LogEntry> {
    let list = |i: usize| -> rusqlite::Result<Vec<String>> {
        let text: String = r.get(i)?;
        Ok(serde_json::from_str(&text).unwrap_or_default())
    };
    let verdict: String = r.get(11)?;
    Ok(LogEntry::Callback {
        id: r.get(0)?,
        event: CallbackEvent {
            time: r.get(1)?,
            command: r.get(2)?,
            sdkappid: r.get::<_, Option<i64>>(3)?.map(|n| n.max(0) as u64),
            client_ip: r.get(4)?,
            opt_platform: r.get(5)?,
            ids: CallbackIds {
                from: r.get(6)?,
                operator: r.get(7)?,
                group_id: r.get(8)?,
                to: list(9)?,
                users: list(10)?,
            },
            verdict: CallbackVerdict::parse(&verdict).unwrap_or(CallbackVerdict::Failure),
            error_code: r.get(12)?,
            error_reason: r.get(13)?,
            body_bytes: r.get::<_, i64>(14)?.max(0) as u64,
            duration: Duration::from_millis(r.get::<_, i64>(15)?.max(0) as u64),
        },
    })
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

    /// Entries matching `filter`, newest first, at most `limit`.
    pub fn query_log(&self, filter: &LogFilter, limit: usize) -> Result<Vec<LogEntry>, String> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut entries = Vec::new();
        if filter.wants(LogKind::Rest) {
            let c = calls_clause(filter);
            let sql = format!(
                "SELECT {CALL_COLUMNS} FROM calls WHERE {} ORDER BY time DESC, rowid DESC LIMIT {limit}",
                c.sql()
            );
            entries.extend(self.select(&sql, &c.params, call_row)?);
        }
        if filter.wants(LogKind::Callback) {
            let c = callbacks_clause(filter);
            let sql = format!(
                "SELECT {CALLBACK_COLUMNS} FROM callback_events WHERE {} ORDER BY time DESC, id DESC LIMIT {limit}",
                c.sql()
            );
            entries.extend(self.select(&sql, &c.params, callback_row)?);
        }
        // Newest first across both tables; a tie keeps each table's own (newest-first) order.
        entries.sort_by_key(|e| std::cmp::Reverse(e.time()));
        entries.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        Ok(entries)
    }

    /// The end of each table now: a tail that starts here shows only what comes next.
    pub fn log_cursor(&self) -> Result<LogCursor, String> {
        Ok(LogCursor {
            calls: self.max_id("SELECT coalesce(max(rowid), 0) FROM calls")?,
            callbacks: self.max_id("SELECT coalesce(max(id), 0) FROM callback_events")?,
        })
    }

    /// Entries written after `cursor` that match `filter`, oldest first, at most `max` per
    /// table; moves `cursor` past what was read (matching or not).
    pub fn log_after(
        &self,
        cursor: &mut LogCursor,
        filter: &LogFilter,
        max: usize,
    ) -> Result<Vec<LogEntry>, String> {
        let end = self.log_cursor()?;
        // The call log's rowids start again from 1 when pruning empties it.
        if end.calls < cursor.calls {
            cursor.calls = 0;
        }
        let max = i64::try_from(max).unwrap_or(i64::MAX).max(1);
        let mut entries = Vec::new();
        if filter.wants(LogKind::Rest) {
            let mut c = calls_clause(filter);
            c.and("rowid > ?", cursor.calls);
            c.and("rowid <= ?", end.calls);
            let sql = format!(
                "SELECT {CALL_COLUMNS} FROM calls WHERE {} ORDER BY rowid LIMIT {max}",
                c.sql()
            );
            let rows = self.select(&sql, &c.params, call_row)?;
            cursor.calls = next_cursor(&rows, max, end.calls);
            entries.extend(rows);
        } else {
            cursor.calls = end.calls;
        }
        if filter.wants(LogKind::Callback) {
            let mut c = callbacks_clause(filter);
            c.and("id > ?", cursor.callbacks);
            c.and("id <= ?", end.callbacks);
            let sql = format!(
                "SELECT {CALLBACK_COLUMNS} FROM callback_events WHERE {} ORDER BY id LIMIT {max}",
                c.sql()
            );
            let rows = self.select(&sql, &c.params, callback_row)?;
            cursor.callbacks = next_cursor(&rows, max, end.callbacks);
            entries.extend(rows);
        } else {
            cursor.callbacks = end.callbacks;
        }
        entries.sort_by_key(LogEntry::time);
        Ok(entries)
    }

    fn max_id(&self, sql: &str) -> Result<i64, String> {
        self.conn
            .query_row(sql, [], |r| r.get(0))
            .map_err(|e| e.to_string())
    }

    fn select(
        &self,
        sql: &str,
        params: &[rusqlite::types::Value],
        row: fn(&rusqlite::Row<'_>) -> rusqlite::Result<LogEntry>,
    ) -> Result<Vec<LogEntry>, String> {
        let mut stmt = self.conn.prepare(sql).map_err(|e| e.to_string())?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(params), row)
            .map_err(|e| e.to_string())?;
        rows.collect::<Result<_, _>>().map_err(|e| e.to_string())
    }
}

/// After reading `rows` (at most `max`): the last id read when the batch was full (more may
/// follow), else the end of the table.
fn next_cursor(rows: &[LogEntry], max: i64, end: i64) -> i64 {
    match rows.last() {
        Some(last) if rows.len() as i64 >= max => last.id(),
        _ => end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn the_call_log_and_its_dir_are_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let _store = Store::open(&dir, 30, 0).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join("imctl.sqlite3")), 0o600);
        for extra in ["imctl.sqlite3-wal", "imctl.sqlite3-shm"] {
            if dir.join(extra).exists() {
                assert_eq!(mode(&dir.join(extra)), 0o600, "{extra}");
            }
        }
    }

    fn call(time: i64, id: &str) -> CallRecord {
        CallRecord {
            time,
            profile: "p".into(),
            endpoint: "v4/im_open_login_svc/account_check".into(),
            request_id: "1".into(),
            error_code: 0,
            error_info: String::new(),
            duration: Duration::from_millis(12),
            attempts: 1,
            ids: vec![id.into(), "b".into()],
        }
    }

    #[test]
    fn records_and_prunes_by_retention() {
        let dir = tempfile::tempdir().unwrap();
        let now = 1_700_000_000;
        {
            let store = Store::open(dir.path(), 7, now).unwrap();
            store.record(&call(now - 8 * 86_400, "old")).unwrap();
            store.record(&call(now, "new")).unwrap();
            assert_eq!(store.recent(10).unwrap().len(), 2);
        }
        let store = Store::open(dir.path(), 7, now).unwrap();
        let rows = store.recent(10).unwrap();
        assert_eq!(rows, vec![call(now, "new")]);
    }
}

#[cfg(test)]
mod log_tests {
    use super::*;
    use crate::callback::events::find;
    use crate::callback::judge;
    use serde_json::json;

    const NOW: i64 = 1_700_000_000;

    fn store(dir: &tempfile::TempDir) -> Store {
        Store::open(dir.path(), 7, NOW).unwrap()
    }

    fn call(time: i64, endpoint: &str, code: i64, ids: &[&str]) -> CallRecord {
        CallRecord {
            time,
            profile: "-".into(),
            endpoint: endpoint.into(),
            request_id: "7".into(),
            error_code: code,
            error_info: String::new(),
            duration: Duration::from_millis(3),
            attempts: 1,
            ids: ids.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn query(command: &str) -> CallbackQuery {
        CallbackQuery::parse(&format!(
            "SdkAppid=1400000000&CallbackCommand={command}&contenttype=json&ClientIP=10.0.0.9\
             &OptPlatform=Android&Sign=5ec7e75157a7d00d&RequestTime=1"
        ))
    }

    /// The catalogue's sample of `command`, answered with ErrorCode `code`.
    fn event(time: i64, command: &str, code: i64) -> CallbackEvent {
        let e = find(command).unwrap();
        let body = e.sample_body();
        let answer = json!({"ActionStatus": "OK", "ErrorCode": code, "ErrorInfo": "nope"});
        let decision = judge(e, 200, answer.to_string().as_bytes()).decision;
        CallbackEvent::answered(time, &query(command), &body, 300, &decision)
    }

    fn events(entries: &[LogEntry]) -> Vec<String> {
        entries
            .iter()
            .map(|e| match e {
                LogEntry::Rest { call, .. } => call.endpoint.clone(),
                LogEntry::Callback { event, .. } => event.command.clone(),
            })
            .collect()
    }

    #[test]
    fn ids_come_from_every_documented_field_and_never_text() {
        let c2c = CallbackIds::from_body(&find("C2C.CallbackBeforeSendMsg").unwrap().sample_body());
        assert_eq!(c2c.from.as_deref(), Some("alice"));
        assert_eq!(c2c.to, vec!["bob"]);
        assert_eq!(c2c.users, vec!["alice", "bob"]);
        let join = CallbackIds::from_body(
            &find("Group.CallbackAfterNewMemberJoin")
                .unwrap()
                .sample_body(),
        );
        assert_eq!(join.group_id.as_deref(), Some("@TGS#2J4SZEAEL"));
        assert_eq!(join.operator.as_deref(), Some("alice"));
        assert_eq!(join.users, vec!["alice", "dave", "erin"]);
        assert_eq!(
            join.all().last().map(String::as_str),
            Some("@TGS#2J4SZEAEL")
        );
        let state = CallbackIds::from_body(&find("State.StateChange").unwrap().sample_body());
        assert_eq!(state.users, vec!["alice"]);
        let friends = CallbackIds::from_body(&find("Sns.CallbackFriendAdd").unwrap().sample_body());
        assert_eq!(friends.to, vec!["bob", "alice"]);
        // Whatever a stranger sends, what is kept stays small.
        let members: Vec<Value> = (0..1000)
            .map(|i| json!({"Member_Account": format!("u{i}")}))
            .collect();
        let huge = CallbackIds::from_body(&json!({
            "From_Account": "x".repeat(10_000), "MemberList": members, "To_Account": 5
        }));
        assert_eq!(huge.users.len(), MAX_EVENT_IDS);
        assert_eq!(huge.from.unwrap().len(), MAX_FIELD_CHARS);
        assert!(huge.to.is_empty());
    }

    #[test]
    fn callback_events_keep_ids_and_verdicts_but_no_secrets_or_text() {
        let dir = tempfile::tempdir().unwrap();
        let s = store(&dir);
        s.record_callback(&event(NOW, "C2C.CallbackBeforeSendMsg", 1))
            .unwrap();
        let rows = s.query_log(&LogFilter::default(), 10).unwrap();
        let LogEntry::Callback { event: e, .. } = &rows[0] else {
            panic!("{rows:?}")
        };
        assert_eq!(e.verdict, CallbackVerdict::Reject);
        assert_eq!(e.error_code, Some(20006));
        assert_eq!(e.error_reason, "nope");
        assert_eq!(e.sdkappid, Some(1_400_000_000));
        assert_eq!(
            (e.client_ip.as_str(), e.opt_platform.as_str()),
            ("10.0.0.9", "Android")
        );
        assert_eq!(e.body_bytes, 300);
        assert_eq!(*e, event(NOW, "C2C.CallbackBeforeSendMsg", 1));
        drop(s);
        let raw = std::fs::read(dir.path().join("imctl.sqlite3")).unwrap();
        let wal = std::fs::read(dir.path().join("imctl.sqlite3-wal")).unwrap_or_default();
        for bytes in [raw, wal] {
            let text = String::from_utf8_lossy(&bytes);
            assert!(!text.contains("orderId") && !text.contains("\"hi\""));
            assert!(!text.contains("Sign") && !text.contains("5ec7e75157a7d00d"));
        }
    }

    #[test]
    fn refused_requests_are_recorded_with_their_reason() {
        let dir = tempfile::tempdir().unwrap();
        let s = store(&dir);
        let q = CallbackQuery::parse("CallbackCommand=State.StateChange&SdkAppid=abc");
        s.record_callback(&CallbackEvent::refused(NOW, &q, None, 9, "sign_mismatch"))
            .unwrap();
        let rows = s.query_log(&LogFilter::default(), 10).unwrap();
        let LogEntry::Callback { event: e, .. } = &rows[0] else {
            panic!()
        };
        assert_eq!(e.verdict, CallbackVerdict::Refused);
        assert_eq!((e.sdkappid, e.error_code), (None, None));
        assert_eq!(e.command, "State.StateChange");
        assert_eq!(e.error_reason, "sign_mismatch");
    }

    #[test]
    fn filters_select_across_both_tables_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let s = store(&dir);
        s.record(&call(
            NOW - 50,
            "v4/im_open_login_svc/account_import",
            0,
            &["alice"],
        ))
        .unwrap();
        s.record(&call(
            NOW - 40,
            "v4/im_open_login_svc/kick",
            70107,
            &["ghost"],
        ))
        .unwrap();
        s.record_callback(&event(NOW - 30, "C2C.CallbackBeforeSendMsg", 0))
            .unwrap();
        s.record_callback(&event(NOW - 20, "Group.CallbackBeforeSendMsg", 1))
            .unwrap();
        s.record_callback(&event(NOW - 10, "Group.CallbackAfterNewMemberJoin", 0))
            .unwrap();
        let q = |f: LogFilter| events(&s.query_log(&f, 100).unwrap());
        assert_eq!(
            q(LogFilter::default()),
            vec![
                "Group.CallbackAfterNewMemberJoin",
                "Group.CallbackBeforeSendMsg",
                "C2C.CallbackBeforeSendMsg",
                "v4/im_open_login_svc/kick",
                "v4/im_open_login_svc/account_import",
            ]
        );
        let kind = |k| LogFilter {
            kind: Some(k),
            ..LogFilter::default()
        };
        assert_eq!(q(kind(LogKind::Rest)).len(), 2);
        assert_eq!(q(kind(LogKind::Callback)).len(), 3);
        let event = |e: &str| LogFilter {
            event: Some(e.into()),
            ..LogFilter::default()
        };
        assert_eq!(q(event("KICK")), vec!["v4/im_open_login_svc/kick"]);
        assert_eq!(q(event("im_open_login_svc/kick")).len(), 1);
        assert_eq!(q(event("v4/im_open_login_svc/kick")).len(), 1);
        assert_eq!(q(event("ick")), Vec::<String>::new());
        assert_eq!(q(event("callbackbeforesendmsg")).len(), 2);
        assert_eq!(
            q(event("C2C.CallbackBeforeSendMsg")),
            vec!["C2C.CallbackBeforeSendMsg"]
        );
        let user = |u: &str| LogFilter {
            user: Some(u.into()),
            ..LogFilter::default()
        };
        assert_eq!(q(user("ghost")), vec!["v4/im_open_login_svc/kick"]);
        // bob receives the C2C sample and sends the group one; dave joins the group.
        assert_eq!(q(user("bob")).len(), 2);
        assert_eq!(q(user("dave")), vec!["Group.CallbackAfterNewMemberJoin"]);
        let peer = |p: &str| LogFilter {
            peer: Some(p.into()),
            ..LogFilter::default()
        };
        assert_eq!(q(peer("bob")), vec!["C2C.CallbackBeforeSendMsg"]);
        assert_eq!(q(peer("@TGS#2J4SZEAEL")).len(), 2);
        assert_eq!(
            q(peer("alice")),
            vec!["v4/im_open_login_svc/account_import"]
        );
        let code = |c| LogFilter {
            error_code: Some(c),
            ..LogFilter::default()
        };
        assert_eq!(q(code(70107)), vec!["v4/im_open_login_svc/kick"]);
        assert_eq!(q(code(10016)), vec!["Group.CallbackBeforeSendMsg"]);
        let window = LogFilter {
            since: Some(NOW - 40),
            until: Some(NOW - 20),
            ..LogFilter::default()
        };
        assert_eq!(q(window).len(), 3);
        assert_eq!(s.query_log(&LogFilter::default(), 2).unwrap().len(), 2);
    }

    #[test]
    fn the_tail_cursor_reads_each_new_row_once() {
        let dir = tempfile::tempdir().unwrap();
        let s = store(&dir);
        s.record(&call(NOW, "v4/a/old", 0, &[])).unwrap();
        let mut cursor = s.log_cursor().unwrap();
        let all = LogFilter::default();
        assert!(s.log_after(&mut cursor, &all, 10).unwrap().is_empty());
        for i in 0..5 {
            s.record(&call(NOW + i, &format!("v4/a/n{i}"), 0, &[]))
                .unwrap();
        }
        s.record_callback(&event(NOW + 2, "State.StateChange", 0))
            .unwrap();
        // Two per table at a time: the cursor stops at the last row read.
        let first = events(&s.log_after(&mut cursor, &all, 2).unwrap());
        assert_eq!(first, vec!["v4/a/n0", "v4/a/n1", "State.StateChange"]);
        let rest = events(&s.log_after(&mut cursor, &all, 10).unwrap());
        assert_eq!(rest, vec!["v4/a/n2", "v4/a/n3", "v4/a/n4"]);
        assert!(s.log_after(&mut cursor, &all, 10).unwrap().is_empty());
        // Rows that do not match are skipped, not read again later.
        s.record(&call(NOW, "v4/a/skip", 0, &[])).unwrap();
        let kicks = LogFilter {
            event: Some("kick".into()),
            ..LogFilter::default()
        };
        assert!(s.log_after(&mut cursor, &kicks, 10).unwrap().is_empty());
        s.record(&call(NOW, "v4/a/kick", 0, &[])).unwrap();
        assert_eq!(
            events(&s.log_after(&mut cursor, &all, 10).unwrap()),
            vec!["v4/a/kick"]
        );
    }

    #[test]
    fn a_pruned_call_log_starts_the_tail_again() {
        let dir = tempfile::tempdir().unwrap();
        let s = store(&dir);
        for i in 0..3 {
            s.record(&call(NOW - 30 * 86_400, &format!("v4/a/old{i}"), 0, &[]))
                .unwrap();
        }
        let mut cursor = s.log_cursor().unwrap();
        assert_eq!(cursor.calls, 3);
        let later = Store::open(dir.path(), 7, NOW).unwrap();
        later.record(&call(NOW, "v4/a/new", 0, &[])).unwrap();
        let rows = s.log_after(&mut cursor, &LogFilter::default(), 10).unwrap();
        assert_eq!(events(&rows), vec!["v4/a/new"]);
    }

    #[test]
    fn callback_events_are_pruned_like_calls() {
        let dir = tempfile::tempdir().unwrap();
        {
            let s = store(&dir);
            s.record_callback(&event(NOW - 8 * 86_400, "State.StateChange", 0))
                .unwrap();
            s.record_callback(&event(NOW, "State.StateChange", 0))
                .unwrap();
        }
        let s = store(&dir);
        let rows = s.query_log(&LogFilter::default(), 10).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].time(), NOW);
        assert_eq!(rows[0].kind(), LogKind::Callback);
    }
}
