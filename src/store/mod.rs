//! The local log (`imctl logs`) in SQLite under the data dir: one row per REST call imctl made
//! (`calls`) and one per callback request `callback listen` received (`callback_events`).
//! Never the key, a UserSig, a callback token or `Sign`, or message text: only what the
//! console's troubleshooting filters need. Rows older than the retention are pruned when the
//! store opens.
//!
//! By concern: `calls.rs` the REST call log, `callback_ids.rs` the IDs read from a callback
//! body, `callback_events.rs` the callback records, `query.rs` the filters and the tail cursor
//! (the SQL that reads both tables).

mod callback_events;
mod callback_ids;
mod calls;
mod query;

use std::path::Path;
use std::time::Duration;

use rusqlite::{params, Connection};

use callback_events::open_callback_events;
pub use callback_events::{CallbackEvent, CallbackVerdict};
pub use callback_ids::{CallbackIds, MAX_EVENT_IDS};
pub use calls::CallRecord;
pub use query::{LogCursor, LogEntry, LogFilter, LogKind};

/// Default retention: the console keeps a week of troubleshooting data.
pub const DEFAULT_RETENTION_DAYS: u32 = 7;

pub struct Store {
    conn: Connection,
}

/// How long opening a SQLite file waits for other processes opening it too.
const OPEN_BUDGET: Duration = Duration::from_secs(5);

/// Runs `sql` (a file's set-up: journal mode, tables), trying again for a while when SQLite
/// answers "busy" or "locked": switching a new file to WAL does so at once, without waiting,
/// while another process opens it too (parallel commands on a fresh data dir).
pub fn execute_when_free(conn: &Connection, sql: &str) -> rusqlite::Result<()> {
    let started = std::time::Instant::now();
    loop {
        match conn.execute_batch(sql) {
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
                ) && started.elapsed() < OPEN_BUDGET =>
            {
                std::thread::sleep(Duration::from_millis(5 + fastrand::u64(0..20)));
            }
            other => return other,
        }
    }
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
        execute_when_free(
            &conn,
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_up_waits_for_another_process_holding_the_new_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("x.sqlite3");
        let holder = Connection::open(&path).unwrap();
        holder
            .execute_batch("BEGIN EXCLUSIVE; CREATE TABLE t (x);")
            .unwrap();
        let release = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            holder.execute_batch("COMMIT").unwrap();
        });
        // No busy timeout: SQLite answers "locked" at once, as it does for a WAL switch.
        let other = Connection::open(&path).unwrap();
        execute_when_free(
            &other,
            "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS u (y);",
        )
        .unwrap();
        release.join().unwrap();
    }

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
}

#[cfg(test)]
mod log_tests;
