//! The push state in SQLite: `push_attr_names` (number → name), `push_users` (a user's
//! attribute values and tags as JSON), `push_tasks` (every push made).

use std::collections::BTreeSet;

use rusqlite::{params, Connection};

use super::{Inner, Task, UserPush};

pub(super) fn create(conn: &Connection) -> Result<(), String> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS push_attr_names (slot TEXT PRIMARY KEY, name TEXT NOT NULL);
         CREATE TABLE IF NOT EXISTS push_users (user_id TEXT PRIMARY KEY, data TEXT NOT NULL);
         CREATE TABLE IF NOT EXISTS push_tasks (seq INTEGER PRIMARY KEY AUTOINCREMENT,
             task_id TEXT NOT NULL, data TEXT NOT NULL);",
    )
    .map_err(|e| format!("push: {e}"))
}

pub(super) fn read(conn: &Connection) -> Result<Inner, String> {
    let fail = |e: rusqlite::Error| format!("push: {e}");
    let mut inner = Inner::default();
    let mut stmt = conn
        .prepare("SELECT slot, name FROM push_attr_names")
        .map_err(fail)?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .map_err(fail)?;
    for row in rows {
        let (slot, name) = row.map_err(fail)?;
        inner.attr_names.insert(slot, name);
    }
    let mut stmt = conn
        .prepare("SELECT user_id, data FROM push_users")
        .map_err(fail)?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .map_err(fail)?;
    for row in rows {
        let (user, data) = row.map_err(fail)?;
        let data: UserPush =
            serde_json::from_str(&data).map_err(|e| format!("push user {user}: {e}"))?;
        inner.users.insert(user, data);
    }
    let mut stmt = conn
        .prepare("SELECT data FROM push_tasks ORDER BY seq")
        .map_err(fail)?;
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(fail)?;
    for row in rows {
        let data = row.map_err(fail)?;
        inner
            .tasks
            .push(serde_json::from_str(&data).map_err(|e| format!("push task: {e}"))?);
    }
    Ok(inner)
}

/// One savepoint of the request's transaction: the names (all of them) when `names`, each
/// user of `users` (deleted when it holds nothing), and `task`.
pub(super) fn write(
    conn: &mut Connection,
    inner: &Inner,
    names: bool,
    users: &BTreeSet<String>,
    task: Option<&Task>,
) -> rusqlite::Result<()> {
    let tx = conn.savepoint()?;
    if names {
        tx.execute("DELETE FROM push_attr_names", [])?;
        for (slot, name) in &inner.attr_names {
            tx.execute(
                "INSERT INTO push_attr_names (slot, name) VALUES (?1, ?2)",
                params![slot, name],
            )?;
        }
    }
    for user in users {
        match inner.users.get(user).filter(|u| !u.is_empty()) {
            Some(data) => {
                tx.execute(
                    "INSERT INTO push_users (user_id, data) VALUES (?1, ?2)
                     ON CONFLICT(user_id) DO UPDATE SET data = excluded.data",
                    params![user, serde_json::to_string(data).unwrap_or_default()],
                )?;
            }
            None => {
                tx.execute("DELETE FROM push_users WHERE user_id = ?1", params![user])?;
            }
        }
    }
    if let Some(task) = task {
        tx.execute(
            "INSERT INTO push_tasks (task_id, data) VALUES (?1, ?2)",
            params![
                task.task_id,
                serde_json::to_string(task).unwrap_or_default()
            ],
        )?;
    }
    tx.commit()
}
