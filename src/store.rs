//! The local call log (`imctl logs`): one row per REST call in SQLite under the data dir.
//! Never the key, a UserSig or message text: only what the console's troubleshooting filters
//! need. Rows older than the retention are pruned when the store opens.

use std::path::Path;
use std::time::Duration;

use rusqlite::{params, Connection};

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
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
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
        let cutoff = now - i64::from(retention_days) * 86_400;
        conn.execute("DELETE FROM calls WHERE time < ?1", params![cutoff])
            .map_err(|e| e.to_string())?;
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

#[cfg(test)]
mod tests {
    use super::*;

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
