//! The emulator's app state: accounts with their profiles and mute settings. Reads come from
//! memory; with a data directory every change is committed to SQLite before the request is
//! answered, so a `kill -9` loses nothing that was acknowledged.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Mutex, RwLock};

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One account as the emulator keeps it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Account {
    /// Profile fields by tag (`Tag_Profile_IM_Nick`, `Tag_Profile_Custom_x`, ...).
    #[serde(default)]
    pub profile: BTreeMap<String, Value>,
    /// Global mute: unix time it ends (0 = not muted, `i64::MAX` = forever).
    #[serde(default)]
    pub c2c_mute_until: i64,
    #[serde(default)]
    pub group_mute_until: i64,
    /// Bumped by `kick`: login state invalidated.
    #[serde(default)]
    pub kicks: u32,
}

pub struct State {
    accounts: RwLock<HashMap<String, Account>>,
    db: Option<Mutex<Connection>>,
}

impl State {
    pub fn in_memory() -> Self {
        State {
            accounts: RwLock::new(HashMap::new()),
            db: None,
        }
    }

    /// State kept in `dir/emulator.sqlite3`, loaded now and written through on every change.
    pub fn open(dir: &Path) -> Result<Self, String> {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let path = dir.join("emulator.sqlite3");
        let conn = Connection::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        // WAL + NORMAL: a commit is in the OS before we answer, so a killed process loses nothing.
        conn.execute_batch(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
             CREATE TABLE IF NOT EXISTS accounts (user_id TEXT PRIMARY KEY, data TEXT NOT NULL);",
        )
        .map_err(|e| format!("{}: {e}", path.display()))?;
        let mut accounts = HashMap::new();
        {
            let mut stmt = conn
                .prepare("SELECT user_id, data FROM accounts")
                .map_err(|e| e.to_string())?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
                .map_err(|e| e.to_string())?;
            for row in rows {
                let (id, data) = row.map_err(|e| e.to_string())?;
                let account = serde_json::from_str(&data).unwrap_or_default();
                accounts.insert(id, account);
            }
        }
        Ok(State {
            accounts: RwLock::new(accounts),
            db: Some(Mutex::new(conn)),
        })
    }

    pub fn read<R>(&self, f: impl FnOnce(&HashMap<String, Account>) -> R) -> R {
        let guard = self.accounts.read().unwrap_or_else(|p| p.into_inner());
        f(&guard)
    }

    /// Applies `f` to the accounts; every account id it returns as changed (or removed) is
    /// persisted in one transaction before this returns.
    pub fn write<R>(
        &self,
        f: impl FnOnce(&mut HashMap<String, Account>, &mut Vec<String>) -> R,
    ) -> Result<R, String> {
        let mut guard = self.accounts.write().unwrap_or_else(|p| p.into_inner());
        let mut changed = Vec::new();
        let result = f(&mut guard, &mut changed);
        if let Some(db) = &self.db {
            let mut conn = db.lock().unwrap_or_else(|p| p.into_inner());
            let tx = conn.transaction().map_err(|e| e.to_string())?;
            for id in &changed {
                match guard.get(id) {
                    Some(account) => {
                        let data = serde_json::to_string(account).unwrap_or_default();
                        tx.execute(
                            "INSERT INTO accounts (user_id, data) VALUES (?1, ?2)
                             ON CONFLICT(user_id) DO UPDATE SET data = excluded.data",
                            params![id, data],
                        )
                        .map_err(|e| e.to_string())?;
                    }
                    None => {
                        tx.execute("DELETE FROM accounts WHERE user_id = ?1", params![id])
                            .map_err(|e| e.to_string())?;
                    }
                }
            }
            tx.commit().map_err(|e| e.to_string())?;
        }
        Ok(result)
    }

    pub fn len(&self) -> usize {
        self.read(|a| a.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let state = State::open(dir.path()).unwrap();
            state
                .write(|accounts, changed| {
                    for id in ["a", "b"] {
                        accounts.insert(id.into(), Account::default());
                        changed.push(id.into());
                    }
                })
                .unwrap();
            state
                .write(|accounts, changed| {
                    accounts.remove("a");
                    changed.push("a".into());
                })
                .unwrap();
        }
        let state = State::open(dir.path()).unwrap();
        assert_eq!(state.len(), 1);
        assert!(state.read(|a| a.contains_key("b")));
    }
}
