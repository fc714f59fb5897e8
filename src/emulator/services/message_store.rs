//! The stored C2C messages (table `messages`) and read marks (table `c2c_read`): what sends,
//! recalls, modifies and imports change, loaded again when another process changed the file.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use rusqlite::{params, Connection};
use serde_json::{json, Value};

use super::db::Conn;

/// One stored C2C message (one per recipient).
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub from: String,
    pub to: String,
    pub time: i64,
    pub random: u32,
    pub key: String,
    /// Where it went when it was sent.
    pub delivery: Delivery,
    /// The `MsgBody` array as sent (`[]` for messages stored before bodies were kept).
    pub body: Value,
    /// `CloudCustomData`, when the send had one.
    pub cloud_custom_data: Option<String>,
    /// `MsgSeq` as roaming reads list it (a send's is its MsgKey's first part).
    pub seq: u32,
    /// Recalled (`admin_msgwithdraw`): still listed, with `MsgFlagBits` 8.
    pub recalled: bool,
    /// Counts as unread until read (false for `NoUnread` sends and history imports).
    pub unread: bool,
    /// Stored by `importmsg`: not a send of the day it is dated.
    pub imported: bool,
}

impl Message {
    /// A message sent now (`seq` from its MsgKey, unread unless `SendMsgControl` says `NoUnread`).
    pub(super) fn sent(
        body: &Value,
        from: &str,
        to: &str,
        time: i64,
        random: u32,
        key: &str,
    ) -> Self {
        let no_unread = body
            .get("SendMsgControl")
            .and_then(Value::as_array)
            .is_some_and(|c| c.iter().any(|v| v == "NoUnread"));
        Message {
            from: from.to_string(),
            to: to.to_string(),
            time,
            random,
            key: key.to_string(),
            delivery: Delivery::Held,
            body: json!([]),
            cloud_custom_data: None,
            seq: key_seq(key),
            recalled: false,
            unread: !no_unread,
            imported: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// The recipient was Online: delivered over the long connection.
    Online,
    /// The recipient was PushOnline and the message had push text: an offline push went out.
    Pushed,
    /// Kept for roaming only (offline, or push suppressed / no push text).
    Held,
}

impl Delivery {
    fn name(self) -> &'static str {
        match self {
            Delivery::Online => "online",
            Delivery::Pushed => "pushed",
            Delivery::Held => "held",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "online" => Delivery::Online,
            "pushed" => Delivery::Pushed,
            _ => Delivery::Held,
        }
    }
}

pub struct Messages {
    pub(super) list: Mutex<Vec<Message>>,
    /// (reader, peer) -> the `admin_set_msg_read` time: what is not later is read.
    pub(super) read_marks: Mutex<HashMap<(String, String), i64>>,
    /// (from, to, MsgRandom, second) -> MsgKey, for the dedup window.
    pub(super) recent: Mutex<HashMap<(String, String, u32, i64), String>>,
    pub(super) seq: AtomicU64,
    pub(super) db: Option<Conn>,
}

impl Messages {
    pub fn in_memory() -> Self {
        Messages {
            list: Mutex::new(Vec::new()),
            read_marks: Mutex::new(HashMap::new()),
            recent: Mutex::new(HashMap::new()),
            seq: AtomicU64::new(1),
            db: None,
        }
    }

    /// Messages kept in the same SQLite file as the accounts.
    pub fn open(db: Conn) -> Result<Self, String> {
        let (list, marks) = {
            let conn = db.lock().unwrap_or_else(|p| p.into_inner());
            conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS messages (
                   msg_key TEXT NOT NULL, from_id TEXT NOT NULL, to_id TEXT NOT NULL,
                   time INTEGER NOT NULL, random INTEGER NOT NULL, delivery TEXT NOT NULL);
                 CREATE TABLE IF NOT EXISTS c2c_read (
                   reader TEXT NOT NULL, peer TEXT NOT NULL, time INTEGER NOT NULL,
                   PRIMARY KEY (reader, peer));",
            )
            .map_err(|e| e.to_string())?;
            add_missing_columns(&conn)?;
            (load(&conn)?, load_marks(&conn)?)
        };
        Ok(Messages {
            seq: AtomicU64::new(list.len() as u64 + 1),
            list: Mutex::new(list),
            read_marks: Mutex::new(marks),
            recent: Mutex::new(HashMap::new()),
            db: Some(db),
        })
    }

    /// Reads the messages again from the file (another process stored some).
    pub fn reload(&self, conn: &Connection) -> Result<(), String> {
        let fresh = load(conn)?;
        *self.read_marks.lock().unwrap_or_else(|p| p.into_inner()) = load_marks(conn)?;
        let mut list = self.list.lock().unwrap_or_else(|p| p.into_inner());
        self.seq.store(fresh.len() as u64 + 1, Ordering::Relaxed);
        *list = fresh;
        Ok(())
    }

    pub(super) fn store(&self, batch: Vec<Message>) -> Result<(), String> {
        if let Some(db) = &self.db {
            let mut conn = db.lock().unwrap_or_else(|p| p.into_inner());
            let tx = conn.savepoint().map_err(|e| e.to_string())?;
            for m in &batch {
                tx.execute(
                    "INSERT INTO messages (msg_key, from_id, to_id, time, random, delivery, body,
                       cloud_data, seq, recalled, unread, imported)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                    params![
                        m.key,
                        m.from,
                        m.to,
                        m.time,
                        m.random,
                        m.delivery.name(),
                        m.body.to_string(),
                        m.cloud_custom_data,
                        m.seq,
                        m.recalled,
                        m.unread,
                        m.imported
                    ],
                )
                .map_err(|e| e.to_string())?;
            }
            tx.commit().map_err(|e| e.to_string())?;
        }
        self.list
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(batch);
        Ok(())
    }

    /// Reads the stored messages.
    pub fn read<R>(&self, f: impl FnOnce(&[Message]) -> R) -> R {
        f(&self.list.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

fn load(conn: &Connection) -> Result<Vec<Message>, String> {
    let mut stmt = conn
        .prepare(
            "SELECT msg_key, from_id, to_id, time, random, delivery, body, cloud_data,
                    seq, recalled, unread, imported FROM messages ORDER BY rowid",
        )
        .map_err(|e| e.to_string())?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Message {
                key: r.get(0)?,
                from: r.get(1)?,
                to: r.get(2)?,
                time: r.get(3)?,
                random: r.get(4)?,
                delivery: Delivery::parse(&r.get::<_, String>(5)?),
                body: r
                    .get::<_, Option<String>>(6)?
                    .and_then(|b| serde_json::from_str(&b).ok())
                    .unwrap_or_else(|| json!([])),
                cloud_custom_data: r.get(7)?,
                seq: match r.get::<_, Option<u32>>(8)? {
                    Some(seq) => seq,
                    None => key_seq(&r.get::<_, String>(0)?),
                },
                recalled: r.get::<_, Option<bool>>(9)?.unwrap_or(false),
                unread: r.get::<_, Option<bool>>(10)?.unwrap_or(true),
                imported: r.get::<_, Option<bool>>(11)?.unwrap_or(false),
            })
        })
        .map_err(|e| e.to_string())?;
    rows.collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())
}

/// Files written before the emulator kept message bodies lack `body` and `cloud_data` (old rows
/// read as an empty `MsgBody`), older ones the roaming columns (a normal, unread message).
fn add_missing_columns(conn: &Connection) -> Result<(), String> {
    let mut stmt = conn
        .prepare("SELECT name FROM pragma_table_info('messages')")
        .map_err(|e| e.to_string())?;
    let columns = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(|e| e.to_string())?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    let wanted = [
        ("body", "TEXT"),
        ("cloud_data", "TEXT"),
        ("seq", "INTEGER"),
        ("recalled", "INTEGER"),
        ("unread", "INTEGER"),
        ("imported", "INTEGER"),
    ];
    for (column, kind) in wanted {
        if !columns.iter().any(|c| c == column) {
            conn.execute_batch(&format!("ALTER TABLE messages ADD COLUMN {column} {kind}"))
                .map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

impl Messages {
    /// Changes the message `key` from `from` to `to` with `change` (recall, modify) and writes
    /// its body, cloud data and recall flag back. `Ok(None)` when there is no such message.
    pub fn update<R>(
        &self,
        (from, to, key): (&str, &str, &str),
        change: impl FnOnce(&mut Message) -> R,
    ) -> Result<Option<R>, String> {
        let mut list = self.list.lock().unwrap_or_else(|p| p.into_inner());
        let Some(m) = list
            .iter_mut()
            .find(|m| m.key == key && m.from == from && m.to == to)
        else {
            return Ok(None);
        };
        let result = change(m);
        if let Some(db) = &self.db {
            let conn = db.lock().unwrap_or_else(|p| p.into_inner());
            conn.execute(
                "UPDATE messages SET body = ?1, cloud_data = ?2, recalled = ?3
                 WHERE msg_key = ?4 AND from_id = ?5 AND to_id = ?6",
                params![
                    m.body.to_string(),
                    m.cloud_custom_data,
                    m.recalled,
                    key,
                    from,
                    to
                ],
            )
            .map_err(|e| e.to_string())?;
        }
        Ok(Some(result))
    }

    /// The time up to which `reader` has read what `peer` sent (0: nothing read).
    pub fn read_mark(&self, reader: &str, peer: &str) -> i64 {
        let marks = self.read_marks.lock().unwrap_or_else(|p| p.into_inner());
        marks
            .get(&(reader.to_string(), peer.to_string()))
            .copied()
            .unwrap_or(0)
    }

    /// Marks what `peer` sent `reader` up to `time` read (a mark never moves back).
    pub fn set_read_mark(&self, reader: &str, peer: &str, time: i64) -> Result<(), String> {
        let time = time.max(self.read_mark(reader, peer));
        if let Some(db) = &self.db {
            let conn = db.lock().unwrap_or_else(|p| p.into_inner());
            conn.execute(
                "INSERT OR REPLACE INTO c2c_read (reader, peer, time) VALUES (?1, ?2, ?3)",
                params![reader, peer, time],
            )
            .map_err(|e| e.to_string())?;
        }
        self.read_marks
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert((reader.to_string(), peer.to_string()), time);
        Ok(())
    }
}

/// The read marks stored in the file.
pub fn load_marks(conn: &Connection) -> Result<HashMap<(String, String), i64>, String> {
    let mut stmt = conn
        .prepare("SELECT reader, peer, time FROM c2c_read")
        .map_err(|e| e.to_string())?;
    let rows = stmt
        .query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))
        .map_err(|e| e.to_string())?;
    rows.collect::<Result<_, _>>().map_err(|e| e.to_string())
}

/// The `MsgSeq` part of a `SEQ_RANDOM_TIME` MsgKey (0 when none).
pub fn key_seq(key: &str) -> u32 {
    key.split('_')
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}
