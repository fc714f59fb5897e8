//! Push to all users, `all_member_push` (spec §6.1): the app's ten named push attributes, each
//! user's attribute values and tags, and the pushes made (`im_push`), each recorded with its
//! `TaskId`, time and the number of imported accounts its condition reached. The daily quota
//! (100, 90047) counts the pushes of the UTC day; two pushes must be more than 1 s apart
//! (90024). With a data directory every change is committed to SQLite (`store.rs`).

mod attrs;
mod send;
mod store;
mod tags;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Mutex;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::db::Conn;
use super::{Reply, State};
use crate::domain::codes;

pub const SERVICE: &str = "all_member_push";

/// One user's push data: attribute values by attribute number ("0".."9"), so renaming an
/// attribute keeps its values, and tags in the order they were added.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UserPush {
    pub attrs: BTreeMap<String, String>,
    pub tags: Vec<String>,
}

impl UserPush {
    fn is_empty(&self) -> bool {
        self.attrs.is_empty() && self.tags.is_empty()
    }
}

/// One push as recorded: what `TaskId` names and whom it reached.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Task {
    pub task_id: String,
    /// Unix milliseconds.
    pub time_ms: i64,
    pub msg_random: u32,
    pub from: String,
    /// Imported accounts the condition selected when the push was made.
    pub targets: u64,
    /// The `Condition` as sent (`null`: every user).
    pub condition: Value,
    pub msg_life_time: i64,
}

#[derive(Default)]
struct Inner {
    /// Attribute number ("0".."9") to name.
    attr_names: BTreeMap<String, String>,
    users: HashMap<String, UserPush>,
    /// Every push, oldest first.
    tasks: Vec<Task>,
}

impl Inner {
    /// The attribute number a name stands for.
    fn slot_of(&self, name: &str) -> Option<&str> {
        self.attr_names
            .iter()
            .find(|(_, n)| n.as_str() == name)
            .map(|(slot, _)| slot.as_str())
    }
}

/// The push service and its state.
pub struct Push {
    inner: Mutex<Inner>,
    db: Option<Conn>,
}

impl Push {
    pub fn in_memory() -> Self {
        Push {
            inner: Mutex::new(Inner::default()),
            db: None,
        }
    }

    /// Push state kept in the app's SQLite file, loaded now and written through on every change.
    pub fn load(db: Conn) -> Result<Self, String> {
        let inner = {
            let conn = db.lock().unwrap_or_else(|p| p.into_inner());
            store::create(&conn)?;
            store::read(&conn)?
        };
        Ok(Push {
            inner: Mutex::new(inner),
            db: Some(db),
        })
    }

    /// Reads the state again from the file (another process changed it).
    pub fn reload(&self, conn: &Connection) -> Result<(), String> {
        let fresh = store::read(conn)?;
        *self.lock() = fresh;
        Ok(())
    }

    /// The pushes made so far, oldest first.
    pub fn tasks(&self) -> Vec<Task> {
        self.lock().tasks.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Writes what changed through to SQLite: the attribute names when `names`, the users
    /// named in `users`, and a new task.
    fn persist(
        &self,
        inner: &Inner,
        names: bool,
        users: &BTreeSet<String>,
        task: Option<&Task>,
    ) -> Result<(), (i64, String)> {
        let Some(db) = &self.db else { return Ok(()) };
        let mut conn = db.lock().unwrap_or_else(|p| p.into_inner());
        store::write(&mut conn, inner, names, users, task)
            .map_err(|e| (codes::MSG_INTERNAL_ERROR_4, format!("internal error: {e}")))
    }
}

/// The request's time in milliseconds: `now` (seconds, the emulator's clock) with this
/// moment's milliseconds, for the 1 s spacing of pushes.
pub fn millis(now: i64) -> i64 {
    let sub = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::from(d.subsec_millis()));
    now * 1000 + sub
}

/// Answers one `all_member_push` command; `None` for a command the service does not have.
pub fn handle(state: &State, command: &str, body: &Value, now_ms: i64) -> Option<Reply> {
    Some(match command {
        "im_push" => send::im_push(state, body, now_ms),
        "im_set_attr_name" => attrs::set_attr_name(state, body),
        "im_get_attr_name" => attrs::get_attr_name(state),
        "im_get_attr" => attrs::get_attr(state, body),
        "im_set_attr" => attrs::set_attr(state, body),
        "im_remove_attr" => attrs::remove_attr(state, body),
        "im_get_tag" => tags::get_tag(state, body),
        "im_add_tag" => tags::add_tag(state, body),
        "im_remove_tag" => tags::remove_tag(state, body),
        "im_remove_all_tags" => tags::remove_all_tags(state, body),
        _ => return None,
    })
}

/// Test hook `push_spend` `{"Count": N}`: records N pushes of no one made just over a second
/// ago, so a test reaches the day's quota (90047) without waiting 100 seconds.
pub fn spend(state: &State, body: &Value, now_ms: i64) -> Reply {
    let count = body
        .get("Count")
        .and_then(Value::as_u64)
        .filter(|n| *n <= 1000)
        .ok_or_else(|| super::invalid("Count must be an integer 0..1000"))?;
    let push = &state.push;
    let mut inner = push.lock();
    for _ in 0..count {
        let task = Task {
            task_id: format!("{}_spent_{}", state.app.sdkappid, inner.tasks.len() + 1),
            time_ms: now_ms - 1_001,
            ..Task::default()
        };
        inner.tasks.push(task.clone());
        push.persist(&inner, false, &BTreeSet::new(), Some(&task))?;
    }
    Ok(serde_json::json!({}))
}

/// Test hook `push_tasks`: every push made, with its resolved target count (what only the
/// console's statistics would show).
pub fn tasks_hook(state: &State) -> Reply {
    let tasks: Vec<Value> = state
        .push
        .tasks()
        .iter()
        .map(|t| {
            serde_json::json!({"TaskId": t.task_id, "Time": t.time_ms / 1000, "From_Account": t.from,
                  "MsgRandom": t.msg_random, "Targets": t.targets, "Condition": t.condition,
                  "MsgLifeTime": t.msg_life_time})
        })
        .collect();
    Ok(serde_json::json!({ "Tasks": tasks }))
}

/// 90001, the code these pages give for a request that is not what they describe.
fn malformed(message: impl Into<String>) -> (i64, String) {
    (codes::MSG_JSON_PARSE_FAILED, message.into())
}

/// A required array field of at most [`PUSH_USER_BATCH`] items (90018 beyond).
///
/// [`PUSH_USER_BATCH`]: crate::domain::limits::PUSH_USER_BATCH
fn user_list<'a>(body: &'a Value, field: &str) -> Result<&'a Vec<Value>, (i64, String)> {
    let list = body
        .get(field)
        .and_then(Value::as_array)
        .ok_or_else(|| malformed(format!("{field} is required and must be an array")))?;
    let max = crate::domain::limits::PUSH_USER_BATCH;
    if list.len() > max {
        return Err((
            codes::TOO_MANY_ACCOUNTS,
            format!(
                "{field} has {} accounts; at most {max} a request",
                list.len()
            ),
        ));
    }
    Ok(list)
}

/// A `To_Account` value: a non-empty string.
fn account(value: &Value) -> Result<&str, (i64, String)> {
    value
        .as_str()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| malformed("To_Account must be a non-empty string"))
}
