//! The relationship chain, service `sns` (spec §8): friends (both ways and one way) with their
//! remarks, lists and custom fields, friend lists, blocklists and pending requests, with every
//! documented limit and per-item result code (§8.13). Per user, one JSON row in SQLite
//! (`sns_users`) when the state is durable, written before the answer and read again in
//! `State::in_transaction` when another process changed the file.

mod blocklist;
mod friends;
mod lists;
mod read;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, MutexGuard};

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::db::Conn;
use super::State;
use crate::domain::codes;
use crate::domain::sns::{MAX_FRIENDS, REMARK_MAX};
use crate::domain::user_id;

pub const SERVICE: &str = "sns";

type Reply = Result<Value, (i64, String)>;

/// One friend in a user's list.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Friend {
    pub to_account: String,
    #[serde(default)]
    pub remark: String,
    #[serde(default)]
    pub remark_time: i64,
    /// The friend lists the friend is in.
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub add_source: String,
    #[serde(default)]
    pub add_wording: String,
    #[serde(default)]
    pub add_time: i64,
    /// `Tag_SNS_Custom_*` values.
    #[serde(default)]
    pub custom: BTreeMap<String, Value>,
}

/// One user's side of the relationship chain.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SnsUser {
    /// In the order they were added (friend_get's order).
    #[serde(default)]
    pub friends: Vec<Friend>,
    /// Friend list names, in creation order.
    #[serde(default)]
    pub lists: Vec<String>,
    /// Blocklisted UserID → the time it was added, in the order added.
    #[serde(default)]
    pub blocked: Vec<(String, i64)>,
    /// Users this one sent a friend request to that waits for their approval.
    #[serde(default)]
    pub pending: Vec<String>,
    /// Moves on each change of standard / custom friend data, of the lists, of the blocklist.
    #[serde(default)]
    pub standard_sequence: u64,
    #[serde(default)]
    pub custom_sequence: u64,
    #[serde(default)]
    pub list_sequence: u64,
    #[serde(default)]
    pub black_sequence: u64,
}

impl SnsUser {
    pub fn friend(&self, peer: &str) -> Option<&Friend> {
        self.friends.iter().find(|f| f.to_account == peer)
    }

    fn friend_mut(&mut self, peer: &str) -> Option<&mut Friend> {
        self.friends.iter_mut().find(|f| f.to_account == peer)
    }

    pub fn has_friend(&self, peer: &str) -> bool {
        self.friend(peer).is_some()
    }

    pub fn has_blocked(&self, peer: &str) -> bool {
        self.blocked.iter().any(|(id, _)| id == peer)
    }

    fn is_full(&self) -> bool {
        self.friends.len() >= MAX_FRIENDS
    }

    /// Removes `peer` from the friends; true when it was one.
    fn remove_friend(&mut self, peer: &str) -> bool {
        let before = self.friends.len();
        self.friends.retain(|f| f.to_account != peer);
        let removed = self.friends.len() != before;
        if removed {
            self.standard_sequence += 1;
        }
        removed
    }
}

/// Every user's relationship chain.
pub struct Sns {
    users: Mutex<HashMap<String, SnsUser>>,
    db: Option<Conn>,
}

impl Sns {
    pub fn in_memory() -> Self {
        Sns {
            users: Mutex::new(HashMap::new()),
            db: None,
        }
    }

    /// The chain kept in the app's SQLite file, loaded now and written through on every change.
    pub fn load(db: Conn) -> Result<Self, String> {
        let users = {
            let conn = db.lock().unwrap_or_else(|p| p.into_inner());
            conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS sns_users (user_id TEXT PRIMARY KEY, data TEXT NOT NULL);",
            )
            .map_err(|e| format!("sns: {e}"))?;
            read_users(&conn)?
        };
        Ok(Sns {
            users: Mutex::new(users),
            db: Some(db),
        })
    }

    /// Reads the chain again from the file (another process changed it).
    pub fn reload(&self, conn: &Connection) -> Result<(), String> {
        let fresh = read_users(conn)?;
        *self.lock() = fresh;
        Ok(())
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, SnsUser>> {
        self.users.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A copy of one user's chain (tests, other services).
    pub fn user(&self, id: &str) -> Option<SnsUser> {
        self.lock().get(id).cloned()
    }

    /// Runs `f` on the chain; the users it names as changed are written through before this
    /// returns.
    fn write<R>(
        &self,
        f: impl FnOnce(&mut HashMap<String, SnsUser>, &mut Vec<String>) -> R,
    ) -> Result<R, (i64, String)> {
        let mut users = self.lock();
        let mut changed = Vec::new();
        let result = f(&mut users, &mut changed);
        let Some(db) = &self.db else {
            return Ok(result);
        };
        let fail = |e: rusqlite::Error| (codes::SNS_INTERNAL_ERROR, format!("internal error: {e}"));
        let mut conn = db.lock().unwrap_or_else(|p| p.into_inner());
        let tx = conn.savepoint().map_err(fail)?;
        changed.sort();
        changed.dedup();
        for id in &changed {
            match users.get(id) {
                Some(user) if *user != SnsUser::default() => {
                    tx.execute(
                        "INSERT INTO sns_users (user_id, data) VALUES (?1, ?2)
                         ON CONFLICT(user_id) DO UPDATE SET data = excluded.data",
                        params![id, serde_json::to_string(user).unwrap_or_default()],
                    )
                    .map_err(fail)?;
                }
                _ => {
                    tx.execute("DELETE FROM sns_users WHERE user_id = ?1", params![id])
                        .map_err(fail)?;
                }
            }
        }
        tx.commit().map_err(fail)?;
        Ok(result)
    }

    /// Deleted accounts leave every friend list and blocklist.
    pub fn forget_accounts(&self, accounts: &[String]) {
        let _ = self.write(|users, changed| {
            for id in accounts {
                if users.remove(id).is_some() {
                    changed.push(id.clone());
                }
            }
            for (id, user) in users.iter_mut() {
                let before = (user.friends.len(), user.blocked.len(), user.pending.len());
                user.friends.retain(|f| !accounts.contains(&f.to_account));
                user.blocked.retain(|(b, _)| !accounts.contains(b));
                user.pending.retain(|p| !accounts.contains(p));
                if before != (user.friends.len(), user.blocked.len(), user.pending.len()) {
                    user.standard_sequence += 1;
                    changed.push(id.clone());
                }
            }
        });
    }
}

fn read_users(conn: &Connection) -> Result<HashMap<String, SnsUser>, String> {
    let mut stmt = conn
        .prepare("SELECT user_id, data FROM sns_users")
        .map_err(|e| e.to_string())?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .map_err(|e| e.to_string())?;
    let mut users = HashMap::new();
    for row in rows {
        let (id, data) = row.map_err(|e| e.to_string())?;
        users.insert(id, serde_json::from_str(&data).unwrap_or_default());
    }
    Ok(users)
}

/// Answers one `sns` command with its envelope (sns answers carry `ErrorDisplay`); `None` for
/// a command the emulator does not know.
pub fn handle(state: &State, command: &str, body: &Value, now: i64) -> Option<Reply> {
    let reply = match command {
        "friend_add" => friends::friend_add(state, body, now),
        "friend_import" => friends::friend_import(state, body, now),
        "friend_update" => friends::friend_update(state, body),
        "friend_delete" => friends::friend_delete(state, body),
        "friend_delete_all" => friends::friend_delete_all(state, body),
        "friend_check" => read::friend_check(state, body),
        "friend_get" => read::friend_get(state, body),
        "friend_get_list" => read::friend_get_list(state, body),
        "black_list_add" => blocklist::add(state, body, now),
        "black_list_delete" => blocklist::delete(state, body),
        "black_list_get" => blocklist::get(state, body),
        "black_list_check" => blocklist::check(state, body),
        "group_add" => lists::add(state, body),
        "group_delete" => lists::delete(state, body),
        "group_get" => lists::get(state, body),
        _ => return None,
    };
    Some(reply)
}

// ---------------------------------------------------------------- shared readers

fn bad(message: impl Into<String>) -> (i64, String) {
    (codes::SNS_BAD_PARAMETER, message.into())
}

/// `From_Account`: a well-formed UserID of an imported account (30001, 30003).
fn from_account<'a>(state: &State, body: &'a Value) -> Result<&'a str, (i64, String)> {
    let id = body
        .get("From_Account")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("From_Account is required and must be a string"))?;
    user_id::validate(id).map_err(|e| bad(format!("From_Account `{id}`: {e}")))?;
    if !exists(state, id) {
        return Err((
            codes::SNS_ACCOUNT_MISSING,
            format!("From_Account `{id}` is not an imported account"),
        ));
    }
    Ok(id)
}

fn exists(state: &State, id: &str) -> bool {
    state.accounts.read(|a| a.contains_key(id))
}

/// `To_Account` as a non-empty array of strings, at most `max` (30001).
fn to_accounts(body: &Value, max: usize) -> Result<Vec<String>, (i64, String)> {
    let list = body
        .get("To_Account")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| bad("To_Account is required: a non-empty array of UserIDs"))?;
    if list.len() > max {
        return Err(bad(format!(
            "To_Account has {} UserIDs; at most {max} per request",
            list.len()
        )));
    }
    list.iter()
        .map(|v| {
            v.as_str()
                .map(String::from)
                .ok_or_else(|| bad("To_Account[] must be strings"))
        })
        .collect()
}

/// One peer's outcome in a `ResultItem` list.
fn result_item(peer: &str, code: i64, info: &str) -> Value {
    json!({"To_Account": peer, "ResultCode": code, "ResultInfo": info})
}

/// `{ResultItem, Fail_Account?}` from per-peer results (`Fail_Account` only when one failed).
fn batch_answer(items: Vec<Value>) -> Value {
    let failed: Vec<Value> = items
        .iter()
        .filter(|i| i["ResultCode"] != 0)
        .map(|i| i["To_Account"].clone())
        .collect();
    let mut out = json!({ "ResultItem": items });
    if !failed.is_empty() {
        out["Fail_Account"] = Value::Array(failed);
    }
    out
}

/// An optional string field of at most `max` bytes.
fn text<'a>(item: &'a Value, name: &str, max: usize) -> Result<Option<&'a str>, String> {
    match item.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.len() > max => Err(format!("{name} is over {max} bytes")),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(format!("{name} must be a string")),
    }
}

fn remark(item: &Value) -> Result<Option<&str>, String> {
    text(item, "Remark", REMARK_MAX)
}

#[cfg(test)]
mod tests;
