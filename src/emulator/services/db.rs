//! The emulator's SQLite file (`DIR/emulator.sqlite3`), shared by the services, and what makes
//! it safe for several processes at once (every `--sandbox` command is its own emulator on the
//! same file): each request runs inside one `BEGIN IMMEDIATE` transaction (the file's write lock,
//! held across processes), which first re-reads the state when another process has changed it
//! since, so a read-modify-write never works from a stale copy. A `version` row counts the
//! requests that changed something.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rusqlite::{params, Connection};

/// The connection the services write through (each change in a savepoint of the request's
/// transaction).
pub type Conn = Arc<Mutex<Connection>>;

pub const FILE: &str = "emulator.sqlite3";

/// How long a request waits for another process's request to finish: well under a client's
/// 10 s attempt timeout, far over what one request holds the lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens (creating) `dir/emulator.sqlite3`: the directory 0700 and the file 0600, its `-wal`
/// and `-shm` too (SQLite gives them the database file's mode), because it holds message
/// bodies and profiles.
pub fn open(dir: &Path) -> Result<Connection, String> {
    crate::config::create_private_dir(dir).map_err(|e| e.to_string())?;
    crate::config::make_private(dir)
        .map_err(|e| format!("cannot restrict {}: {e}", dir.display()))?;
    let path = dir.join(FILE);
    create_private_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let conn = Connection::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    // WAL + NORMAL: a commit is in the OS before we answer, so a killed process loses nothing.
    // (Set-up waits for other processes setting up the same new file.)
    crate::store::execute_when_free(
        &conn,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
         CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v INTEGER NOT NULL);
         INSERT OR IGNORE INTO meta (k, v) VALUES ('version', 0);",
    )
    .map_err(|e| format!("{}: {e}", path.display()))?;
    // Files made by an older emulator, or SQLite's side files made before this one ran.
    for suffix in ["", "-wal", "-shm"] {
        let file = dir.join(format!("{FILE}{suffix}"));
        if file.exists() {
            crate::config::make_private(&file)
                .map_err(|e| format!("cannot restrict {}: {e}", file.display()))?;
        }
    }
    Ok(conn)
}

/// Creates `path` empty with mode 0600 if it does not exist, so SQLite opens (and copies the
/// mode of) an owner-only file.
fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map(drop)
}

/// The number of changing requests committed to the file so far.
pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT v FROM meta WHERE k = 'version'", [], |r| r.get(0))
}

/// One request's transaction, begun; [`Turn::end`] commits it.
pub struct Turn {
    changes_before: u64,
}

/// Begins a request: takes the file's write lock (waiting for another process's request) and
/// returns the current version, to compare with the one this process last saw.
pub fn begin(conn: &Connection) -> Result<(Turn, i64), String> {
    if !conn.is_autocommit() {
        // A request that died half-way (a panic) left its transaction open: undo it.
        let _ = conn.execute_batch("ROLLBACK");
    }
    conn.execute_batch("BEGIN IMMEDIATE")
        .map_err(|e| format!("the state is locked by another process: {e}"))?;
    match version(conn) {
        Ok(v) => Ok((
            Turn {
                changes_before: conn.total_changes(),
            },
            v,
        )),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e.to_string())
        }
    }
}

impl Turn {
    /// Commits the request; when it changed anything, the version moves on. Returns the
    /// version the file is at now.
    pub fn end(self, conn: &Connection, version: i64) -> Result<i64, String> {
        let mut now = version;
        let result = (|| {
            if conn.total_changes() != self.changes_before {
                now = version + 1;
                conn.execute("UPDATE meta SET v = ?1 WHERE k = 'version'", params![now])?;
            }
            conn.execute_batch("COMMIT")
        })();
        result.map(|()| now).map_err(|e| {
            let _ = conn.execute_batch("ROLLBACK");
            e.to_string()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn the_file_and_its_side_files_are_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("emu");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let conn = open(&dir).unwrap();
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        for name in [FILE, "emulator.sqlite3-wal", "emulator.sqlite3-shm"] {
            assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
        }
    }

    #[test]
    fn the_version_moves_only_when_a_request_changed_something() {
        let tmp = tempfile::tempdir().unwrap();
        let conn = open(tmp.path()).unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        let (turn, v) = begin(&conn).unwrap();
        assert_eq!(v, 0);
        assert_eq!(turn.end(&conn, v).unwrap(), 0);
        let (turn, v) = begin(&conn).unwrap();
        conn.execute("INSERT INTO t VALUES (1)", []).unwrap();
        assert_eq!(turn.end(&conn, v).unwrap(), 1);
        // Another connection (another process) sees the new version and waits for the lock.
        let other = open(tmp.path()).unwrap();
        let (turn, v) = begin(&other).unwrap();
        assert_eq!(v, 1);
        assert!(begin(&Connection::open(tmp.path().join(FILE)).unwrap()).is_err());
        turn.end(&other, v).unwrap();
    }
}
