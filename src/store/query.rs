//! Reading the log: the console's filters as SQL over both tables, newest first, and the
//! cursor `logs tail` reads new rows with.

use std::time::Duration;

use super::callback_events::{CallbackEvent, CallbackVerdict};
use super::callback_ids::CallbackIds;
use super::calls::CallRecord;
use super::Store;

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
