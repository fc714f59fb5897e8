//! The REST call log: one row per call imctl made.

use std::time::Duration;

use rusqlite::params;

use super::Store;

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

impl Store {
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
