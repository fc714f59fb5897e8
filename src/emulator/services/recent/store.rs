//! The recent-contact state in SQLite: the C2C conversations each user has (table
//! `recent_c2c`, written by the sends and imports), deleted group conversations, the messages
//! one side no longer sees (`c2c_hidden`: one-way deletes, `ClearRamble`, `SyncOtherMachine: 2`),
//! and the conversation groups and marks. Every read goes to the file, so another process's
//! changes need no reload; without a data dir the same tables live in an in-memory database.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard};

use rusqlite::{params, Connection, OptionalExtension};

use super::super::db::Conn;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS recent_c2c (owner TEXT NOT NULL, peer TEXT NOT NULL,
    msg_time INTEGER NOT NULL, PRIMARY KEY (owner, peer));
CREATE TABLE IF NOT EXISTS recent_group_deleted (owner TEXT NOT NULL, group_id TEXT NOT NULL,
    at INTEGER NOT NULL, PRIMARY KEY (owner, group_id));
CREATE TABLE IF NOT EXISTS c2c_hidden (owner TEXT NOT NULL, peer TEXT NOT NULL,
    msg_key TEXT NOT NULL, PRIMARY KEY (owner, peer, msg_key));
CREATE TABLE IF NOT EXISTS contact_groups (owner TEXT NOT NULL, id INTEGER NOT NULL,
    name TEXT NOT NULL, PRIMARY KEY (owner, id));
CREATE TABLE IF NOT EXISTS contact_group_items (owner TEXT NOT NULL, group_id INTEGER NOT NULL,
    kind INTEGER NOT NULL, peer TEXT NOT NULL, PRIMARY KEY (owner, group_id, kind, peer));
CREATE TABLE IF NOT EXISTS contact_meta (owner TEXT NOT NULL, kind INTEGER NOT NULL,
    peer TEXT NOT NULL, standard INTEGER NOT NULL DEFAULT 0, custom TEXT NOT NULL DEFAULT '',
    time INTEGER NOT NULL, PRIMARY KEY (owner, kind, peer));
";

/// A conversation as the contact commands name it: 1 C2C (a UserID), 2 group (a GroupId).
pub type Contact = (u8, String);

/// A conversation's marks and the time they last changed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub standard: u64,
    pub custom: String,
    pub time: i64,
}

pub struct Recent {
    conn: Conn,
}

type Sql<T> = Result<T, String>;

fn e(err: rusqlite::Error) -> String {
    err.to_string()
}

impl Recent {
    /// The tables in a private in-memory database (the emulator without `--data`).
    pub fn in_memory() -> Self {
        let conn = Connection::open_in_memory().expect("an in-memory SQLite database");
        conn.execute_batch(SCHEMA)
            .expect("the recent-contact tables");
        Recent {
            conn: Arc::new(Mutex::new(conn)),
        }
    }

    /// The tables in the app's SQLite file, beside the accounts and messages.
    pub fn open(conn: Conn) -> Sql<Self> {
        lock(&conn).execute_batch(SCHEMA).map_err(e)?;
        Ok(Recent { conn })
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        lock(&self.conn)
    }

    /// Records messages between `owner` and each peer at `time`: a new conversation, or a
    /// later `MsgTime` (unless `keep_time`: `NoLastMsg` leaves an existing one as it was).
    pub fn touch(&self, owner_peers: &[(&str, &str)], time: i64, keep_time: bool) -> Sql<()> {
        let mut conn = self.lock();
        let tx = conn.savepoint().map_err(e)?;
        {
            let sql = if keep_time {
                "INSERT OR IGNORE INTO recent_c2c (owner, peer, msg_time) VALUES (?1, ?2, ?3)"
            } else {
                "INSERT INTO recent_c2c (owner, peer, msg_time) VALUES (?1, ?2, ?3)
                 ON CONFLICT (owner, peer) DO UPDATE SET msg_time = MAX(msg_time, excluded.msg_time)"
            };
            let mut stmt = tx.prepare_cached(sql).map_err(e)?;
            for (owner, peer) in owner_peers {
                stmt.execute(params![owner, peer, time]).map_err(e)?;
            }
        }
        tx.commit().map_err(e)
    }

    /// `owner`'s C2C conversations: (peer, MsgTime).
    pub fn c2c(&self, owner: &str) -> Sql<Vec<(String, i64)>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare_cached("SELECT peer, msg_time FROM recent_c2c WHERE owner = ?1")
            .map_err(e)?;
        let rows = stmt
            .query_map(params![owner], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(e)?;
        rows.collect::<Result<_, _>>().map_err(e)
    }

    pub fn remove_c2c(&self, owner: &str, peer: &str) -> Sql<()> {
        self.lock()
            .execute(
                "DELETE FROM recent_c2c WHERE owner = ?1 AND peer = ?2",
                params![owner, peer],
            )
            .map(drop)
            .map_err(e)
    }

    /// The group conversations `owner` deleted, with when (a later message brings one back).
    pub fn deleted_groups(&self, owner: &str) -> Sql<HashMap<String, i64>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare_cached("SELECT group_id, at FROM recent_group_deleted WHERE owner = ?1")
            .map_err(e)?;
        let rows = stmt
            .query_map(params![owner], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(e)?;
        rows.collect::<Result<_, _>>().map_err(e)
    }

    pub fn delete_group(&self, owner: &str, group: &str, at: i64) -> Sql<()> {
        self.lock()
            .execute(
                "INSERT OR REPLACE INTO recent_group_deleted (owner, group_id, at) VALUES (?1, ?2, ?3)",
                params![owner, group, at],
            )
            .map(drop)
            .map_err(e)
    }

    /// `owner` no longer sees these messages with `peer` in its roaming reads.
    pub fn hide<'a>(
        &self,
        owner: &str,
        peer: &str,
        keys: impl IntoIterator<Item = &'a str>,
    ) -> Sql<()> {
        let mut conn = self.lock();
        let tx = conn.savepoint().map_err(e)?;
        {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO c2c_hidden (owner, peer, msg_key) VALUES (?1, ?2, ?3)",
                )
                .map_err(e)?;
            for key in keys {
                stmt.execute(params![owner, peer, key]).map_err(e)?;
            }
        }
        tx.commit().map_err(e)
    }

    /// The MsgKeys of the conversation with `peer` that `owner` no longer sees.
    pub fn hidden(&self, owner: &str, peer: &str) -> Sql<HashSet<String>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare_cached("SELECT msg_key FROM c2c_hidden WHERE owner = ?1 AND peer = ?2")
            .map_err(e)?;
        let rows = stmt
            .query_map(params![owner, peer], |r| r.get(0))
            .map_err(e)?;
        rows.collect::<Result<_, _>>().map_err(e)
    }

    /// `owner`'s conversation groups: (GroupId, GroupName), by id.
    pub fn groups(&self, owner: &str) -> Sql<Vec<(i64, String)>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare_cached("SELECT id, name FROM contact_groups WHERE owner = ?1 ORDER BY id")
            .map_err(e)?;
        let rows = stmt
            .query_map(params![owner], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(e)?;
        rows.collect::<Result<_, _>>().map_err(e)
    }

    pub fn group_id(&self, owner: &str, name: &str) -> Sql<Option<i64>> {
        self.lock()
            .query_row(
                "SELECT id FROM contact_groups WHERE owner = ?1 AND name = ?2",
                params![owner, name],
                |r| r.get(0),
            )
            .optional()
            .map_err(e)
    }

    /// Creates a group with the next free id (ids are not reused while a higher one exists).
    pub fn create_group(&self, owner: &str, name: &str) -> Sql<i64> {
        let conn = self.lock();
        let id: i64 = conn
            .query_row(
                "SELECT COALESCE(MAX(id), 0) + 1 FROM contact_groups WHERE owner = ?1",
                params![owner],
                |r| r.get(0),
            )
            .map_err(e)?;
        conn.execute(
            "INSERT INTO contact_groups (owner, id, name) VALUES (?1, ?2, ?3)",
            params![owner, id, name],
        )
        .map_err(e)?;
        Ok(id)
    }

    pub fn rename_group(&self, owner: &str, id: i64, name: &str) -> Sql<()> {
        self.lock()
            .execute(
                "UPDATE contact_groups SET name = ?3 WHERE owner = ?1 AND id = ?2",
                params![owner, id, name],
            )
            .map(drop)
            .map_err(e)
    }

    pub fn delete_group_of_contacts(&self, owner: &str, id: i64) -> Sql<()> {
        let conn = self.lock();
        conn.execute(
            "DELETE FROM contact_group_items WHERE owner = ?1 AND group_id = ?2",
            params![owner, id],
        )
        .map_err(e)?;
        conn.execute(
            "DELETE FROM contact_groups WHERE owner = ?1 AND id = ?2",
            params![owner, id],
        )
        .map(drop)
        .map_err(e)
    }

    /// How many conversations sit in `owner`'s groups (each membership counted).
    pub fn grouped_count(&self, owner: &str) -> Sql<usize> {
        self.lock()
            .query_row(
                "SELECT COUNT(*) FROM contact_group_items WHERE owner = ?1",
                params![owner],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as usize)
            .map_err(e)
    }

    /// Adds (`true`) or removes a conversation from a group; whether anything changed.
    pub fn set_in_group(
        &self,
        owner: &str,
        id: i64,
        (kind, peer): &Contact,
        add: bool,
        now: i64,
    ) -> Sql<bool> {
        let sql = if add {
            "INSERT OR IGNORE INTO contact_group_items (owner, group_id, kind, peer) VALUES (?1, ?2, ?3, ?4)"
        } else {
            "DELETE FROM contact_group_items WHERE owner = ?1 AND group_id = ?2 AND kind = ?3 AND peer = ?4"
        };
        let changed = self
            .lock()
            .execute(sql, params![owner, id, kind, peer])
            .map_err(e)?;
        if changed > 0 {
            self.stamp(owner, &(*kind, peer.clone()), now)?;
        }
        Ok(changed > 0)
    }

    /// The groups (ids) a conversation is in.
    pub fn groups_of(&self, owner: &str, (kind, peer): &Contact) -> Sql<Vec<i64>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare_cached(
                "SELECT group_id FROM contact_group_items
                 WHERE owner = ?1 AND kind = ?2 AND peer = ?3 ORDER BY group_id",
            )
            .map_err(e)?;
        let rows = stmt
            .query_map(params![owner, kind, peer], |r| r.get(0))
            .map_err(e)?;
        rows.collect::<Result<_, _>>().map_err(e)
    }

    pub fn meta(&self, owner: &str, (kind, peer): &Contact) -> Sql<Option<Meta>> {
        self.lock()
            .query_row(
                "SELECT standard, custom, time FROM contact_meta
                 WHERE owner = ?1 AND kind = ?2 AND peer = ?3",
                params![owner, kind, peer],
                |r| {
                    Ok(Meta {
                        standard: r.get::<_, i64>(0)? as u64,
                        custom: r.get(1)?,
                        time: r.get(2)?,
                    })
                },
            )
            .optional()
            .map_err(e)
    }

    pub fn set_meta(&self, owner: &str, (kind, peer): &Contact, meta: &Meta) -> Sql<()> {
        self.lock()
            .execute(
                "INSERT OR REPLACE INTO contact_meta (owner, kind, peer, standard, custom, time)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    owner,
                    kind,
                    peer,
                    meta.standard as i64,
                    meta.custom,
                    meta.time
                ],
            )
            .map(drop)
            .map_err(e)
    }

    /// Notes that a conversation's group or mark data changed at `now`.
    fn stamp(&self, owner: &str, contact: &Contact, now: i64) -> Sql<()> {
        let meta = self.meta(owner, contact)?.unwrap_or_default();
        self.set_meta(owner, contact, &Meta { time: now, ..meta })
    }

    /// The conversations with marks or groups, in a stable order.
    pub fn described(&self, owner: &str) -> Sql<Vec<Contact>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare_cached(
                "SELECT kind, peer FROM contact_meta m WHERE owner = ?1 AND (standard != 0
                   OR custom != '' OR EXISTS (SELECT 1 FROM contact_group_items i
                   WHERE i.owner = m.owner AND i.kind = m.kind AND i.peer = m.peer))
                 ORDER BY time, kind, peer",
            )
            .map_err(e)?;
        let rows = stmt
            .query_map(params![owner], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(e)?;
        rows.collect::<Result<_, _>>().map_err(e)
    }
}

fn lock(conn: &Conn) -> MutexGuard<'_, Connection> {
    conn.lock().unwrap_or_else(|p| p.into_inner())
}
