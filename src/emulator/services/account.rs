//! `im_open_login_svc`: import, delete, check and kick accounts, and the account store every
//! service reads (profiles and mute settings live on the account). Reads come from memory; with
//! a data directory every change is committed to SQLite before the request is answered, so a
//! `kill -9` loses nothing that was acknowledged.

use crate::domain::codes;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex, RwLock};

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::db::Conn;
use super::{
    apply_nick_face, check_user_id, invalid, optional_string, persist_error, user_field, Reply,
    State,
};
use crate::domain::limits::ACCOUNT_BATCH;

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
    /// Unix time of the import that created it (0 for accounts stored before this was kept).
    #[serde(default)]
    pub created: i64,
}

pub struct Accounts {
    accounts: RwLock<HashMap<String, Account>>,
    db: Option<Conn>,
}

impl Accounts {
    pub fn in_memory() -> Self {
        Accounts {
            accounts: RwLock::new(HashMap::new()),
            db: None,
        }
    }

    /// State kept in `dir/emulator.sqlite3` on a connection of its own (tests).
    pub fn open(dir: &Path) -> Result<Self, String> {
        Self::with_db(Arc::new(Mutex::new(super::db::open(dir)?)))
    }

    /// Accounts kept in the app's SQLite file, loaded now and written through on every change.
    pub fn with_db(db: Conn) -> Result<Self, String> {
        let accounts = {
            let conn = db.lock().unwrap_or_else(|p| p.into_inner());
            conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS accounts (user_id TEXT PRIMARY KEY, data TEXT NOT NULL);",
            )
            .map_err(|e| format!("accounts: {e}"))?;
            load(&conn)?
        };
        Ok(Accounts {
            accounts: RwLock::new(accounts),
            db: Some(db),
        })
    }

    /// Reads the accounts again from the file (another process changed them).
    pub fn reload(&self, conn: &Connection) -> Result<(), String> {
        let fresh = load(conn)?;
        *self.accounts.write().unwrap_or_else(|p| p.into_inner()) = fresh;
        Ok(())
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
            let tx = conn.savepoint().map_err(|e| e.to_string())?;
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

fn load(conn: &Connection) -> Result<HashMap<String, Account>, String> {
    let mut stmt = conn
        .prepare("SELECT user_id, data FROM accounts")
        .map_err(|e| e.to_string())?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .map_err(|e| e.to_string())?;
    let mut accounts = HashMap::new();
    for row in rows {
        let (id, data) = row.map_err(|e| e.to_string())?;
        accounts.insert(id, serde_json::from_str(&data).unwrap_or_default());
    }
    Ok(accounts)
}

// ---------------------------------------------------------------- handlers

pub fn account_import(state: &State, body: &Value, now: i64) -> Reply {
    let id = user_field(body, &["UserID", "Identifier"])?;
    let nick = optional_string(body, "Nick")?;
    let face = optional_string(body, "FaceUrl")?;
    state
        .accounts
        .write(|accounts, changed| {
            apply_nick_face(account_entry(accounts, id, now), nick, face);
            changed.push(id.to_string());
        })
        .map_err(persist_error)?;
    Ok(json!({}))
}

pub fn multiaccount_import(state: &State, body: &Value, now: i64) -> Reply {
    // (UserID, Nick, FaceUrl) per entry; the old form carries IDs only.
    let mut entries: Vec<(String, Option<String>, Option<String>)> = Vec::new();
    if let Some(list) = body.get("AccountList") {
        let list = list
            .as_array()
            .ok_or_else(|| invalid("AccountList must be an array"))?;
        for item in list {
            let id = item.get("UserID").and_then(Value::as_str).ok_or_else(|| {
                (
                    codes::ACCOUNT_FIELD_TYPE,
                    "AccountList[].UserID must be a string".to_string(),
                )
            })?;
            let nick = optional_string(item, "Nick")?.map(str::to_string);
            let face = optional_string(item, "FaceUrl")?.map(str::to_string);
            entries.push((id.to_string(), nick, face));
        }
    } else if let Some(list) = body.get("Accounts") {
        let list = list
            .as_array()
            .ok_or_else(|| invalid("Accounts must be an array"))?;
        for item in list {
            let id = item.as_str().ok_or_else(|| {
                (
                    codes::ACCOUNT_FIELD_TYPE,
                    "Accounts[] must be strings".to_string(),
                )
            })?;
            entries.push((id.to_string(), None, None));
        }
    } else {
        return Err(invalid("Accounts or AccountList is required"));
    }
    if entries.is_empty() {
        return Err(invalid("no accounts to import"));
    }
    if entries.len() > ACCOUNT_BATCH {
        return Err((
            codes::BAD_BATCH_SIZE,
            format!(
                "at most {ACCOUNT_BATCH} accounts per request, got {}",
                entries.len()
            ),
        ));
    }
    let mut fail_accounts = Vec::new();
    state
        .accounts
        .write(|accounts, changed| {
            for (id, nick, face) in &entries {
                if check_user_id(id).is_err() {
                    fail_accounts.push(id.clone());
                    continue;
                }
                apply_nick_face(
                    account_entry(accounts, id, now),
                    nick.as_deref(),
                    face.as_deref(),
                );
                changed.push(id.clone());
            }
        })
        .map_err(persist_error)?;
    Ok(json!({ "FailAccounts": fail_accounts }))
}

/// The account `id`, created now if it is new.
fn account_entry<'a>(
    accounts: &'a mut HashMap<String, Account>,
    id: &str,
    now: i64,
) -> &'a mut Account {
    accounts.entry(id.to_string()).or_insert_with(|| Account {
        created: now,
        ..Account::default()
    })
}

/// `[{ "UserID": ... }]` lists of account_delete / account_check.
fn user_items<'a>(body: &'a Value, field: &str) -> Result<Vec<&'a str>, (i64, String)> {
    let list = body
        .get(field)
        .and_then(Value::as_array)
        .ok_or_else(|| invalid(format!("{field} is required (an array)")))?;
    if list.is_empty() {
        return Err(invalid(format!("{field} is empty")));
    }
    if list.len() > ACCOUNT_BATCH {
        return Err((
            codes::BAD_BATCH_SIZE,
            format!(
                "at most {ACCOUNT_BATCH} items in {field}, got {}",
                list.len()
            ),
        ));
    }
    list.iter()
        .map(|item| {
            item.get("UserID").and_then(Value::as_str).ok_or_else(|| {
                (
                    codes::ACCOUNT_FIELD_TYPE,
                    format!("{field}[].UserID must be a string"),
                )
            })
        })
        .collect()
}

pub fn account_delete(state: &State, body: &Value) -> Reply {
    let ids = user_items(body, "DeleteItem")?;
    let items = state
        .accounts
        .write(|accounts, changed| {
            ids.iter()
                .map(|id| {
                    if accounts.remove(*id).is_some() {
                        changed.push(id.to_string());
                        json!({"UserID": id, "ResultCode": 0, "ResultInfo": ""})
                    } else {
                        json!({"UserID": id, "ResultCode": codes::ACCOUNT_NOT_IMPORTED,
                               "ResultInfo": "Err_TLS_PT_Open_Login_Account_Not_Exist"})
                    }
                })
                .collect::<Vec<_>>()
        })
        .map_err(persist_error)?;
    // Deleted accounts are logged out everywhere and leave their groups (outside the account
    // lock).
    let mut gone = Vec::new();
    for id in &ids {
        if !state.accounts.read(|a| a.contains_key(*id)) {
            state.presence.clear(id);
            gone.push(id.to_string());
        }
    }
    state.groups.forget_accounts(&gone);
    state.sns.forget_accounts(&gone);
    Ok(json!({ "ResultItem": items }))
}

pub fn account_check(state: &State, body: &Value) -> Reply {
    let ids = user_items(body, "CheckItem")?;
    let items: Vec<Value> =
        state.accounts.read(|accounts| {
            ids.iter()
            .map(|id| {
                let status = if accounts.contains_key(*id) { "Imported" } else { "NotImported" };
                json!({"UserID": id, "ResultCode": 0, "ResultInfo": "", "AccountStatus": status})
            })
            .collect()
        });
    Ok(json!({ "ResultItem": items }))
}

pub fn kick(state: &State, body: &Value) -> Reply {
    let id = user_field(body, &["UserID", "Identifier"])?;
    let found = state
        .accounts
        .write(|accounts, changed| match accounts.get_mut(id) {
            Some(account) => {
                account.kicks += 1;
                changed.push(id.to_string());
                true
            }
            None => false,
        })
        .map_err(persist_error)?;
    if found {
        state.presence.clear(id);
    }
    if found {
        Ok(json!({}))
    } else {
        Err((
            codes::ACCOUNT_NOT_IMPORTED,
            format!("UserID `{id}` is not imported"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let state = Accounts::open(dir.path()).unwrap();
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
        let state = Accounts::open(dir.path()).unwrap();
        assert_eq!(state.len(), 1);
        assert!(state.read(|a| a.contains_key("b")));
    }
}
