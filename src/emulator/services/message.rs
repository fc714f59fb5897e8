//! `openim/sendmsg` and `openim/batchsendmsg` (spec §5.2–5.4): C2C messages from the admin or a
//! `From_Account`, stored with what happened to them (delivered online, offline push, held
//! offline) so that `getappinfo` can count them per day. A repeated `MsgRandom` from the same
//! sender to the same recipient within the same second is the same message (spec: "dedup within
//! a second"): it answers the first one's MsgTime and MsgKey and is stored once.

use crate::domain::codes;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use rusqlite::{params, Connection};
use serde_json::{json, Value};

use super::c2c::store::key_seq;
use super::db::Conn;
pub(super) use super::message_check::{check_send, Fail};
use super::message_events::{after_send, before_send, c2c_event};
use super::presence::Reach;
use super::State;
use crate::domain::limits::STATUS_BATCH;

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
    fn sent(body: &Value, from: &str, to: &str, time: i64, random: u32, key: &str) -> Self {
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
    recent: Mutex<HashMap<(String, String, u32, i64), String>>,
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
            (load(&conn)?, super::c2c::store::load_marks(&conn)?)
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
        *self.read_marks.lock().unwrap_or_else(|p| p.into_inner()) =
            super::c2c::store::load_marks(conn)?;
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

fn delivery(state: &State, to: &str, pushes: bool) -> Delivery {
    match state.presence.reach(to) {
        Reach::Online => Delivery::Online,
        Reach::PushOnline if pushes => Delivery::Pushed,
        _ => Delivery::Held,
    }
}

/// The MsgKey of a send: `SEQ_RANDOM_TIME`, like the samples' `89541_2574206_1572870301`.
fn new_key(state: &State, random: u32, now: i64) -> String {
    let seq = state.messages.seq.fetch_add(1, Ordering::Relaxed);
    format!("{seq}_{random}_{now}")
}

/// The key already given to this (from, to, random) in this second, if any.
fn duplicate(state: &State, from: &str, to: &str, random: u32, now: i64) -> Option<String> {
    let mut recent = state
        .messages
        .recent
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    recent.retain(|k, _| k.3 >= now - 1);
    recent
        .get(&(from.to_string(), to.to_string(), random, now))
        .cloned()
}

fn remember(state: &State, from: &str, to: &str, random: u32, now: i64, key: &str) {
    state
        .messages
        .recent
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(
            (from.to_string(), to.to_string(), random, now),
            key.to_string(),
        );
}

fn exists(state: &State, id: &str) -> bool {
    state.accounts.read(|a| a.contains_key(id))
}

pub fn sendmsg(state: &State, body: &Value, now: i64) -> Result<Value, Fail> {
    let admin = state.app.admin.clone();
    let to = body
        .get("To_Account")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            (
                codes::TO_ACCOUNT_INVALID,
                "To_Account is required (a string)".to_string(),
            )
        })?;
    let send = check_send(body, &admin)?;
    if send.from != admin && !exists(state, send.from) {
        return Err((
            codes::SENDER_MISSING,
            format!("From_Account `{}` does not exist", send.from),
        ));
    }
    if !exists(state, to) {
        return Err((
            codes::RECEIVER_NOT_IMPORTED,
            format!("To_Account `{to}` is invalid or not imported"),
        ));
    }
    if let Some(key) = duplicate(state, send.from, to, send.random, now) {
        return Ok(json!({"MsgTime": now, "MsgKey": key}));
    }
    let key = new_key(state, send.random, now);
    let event = c2c_event(body, send.from, to, &key, now);
    let Some(event) = before_send(state, body, event, now)? else {
        // Dropped by the app's backend: the sender sees success, nothing is delivered.
        return Ok(json!({"MsgTime": now, "MsgKey": key}));
    };
    state
        .messages
        .store(vec![Message {
            delivery: delivery(state, to, send.pushes),
            // What the before-send callback let through (possibly rewritten) is what is stored.
            body: event["MsgBody"].clone(),
            cloud_custom_data: event
                .get("CloudCustomData")
                .and_then(Value::as_str)
                .map(String::from),
            ..Message::sent(body, send.from, to, now, send.random, &key)
        }])
        .map_err(|e| (codes::MSG_INTERNAL_CALLBACK, format!("internal error: {e}")))?;
    remember(state, send.from, to, send.random, now, &key);
    after_send(state, body, event, now);
    Ok(json!({"MsgTime": now, "MsgKey": key}))
}

/// The whole answer (the envelope included): a partial failure is `ActionStatus: SomeError`
/// with ErrorCode 0, as in the published sample.
pub fn batchsendmsg(state: &State, body: &Value, now: i64) -> Value {
    match batch(state, body, now) {
        Ok((key, errors)) if errors.is_empty() => {
            json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "MsgKey": key})
        }
        Ok((key, errors)) => json!({"ActionStatus": "SomeError", "ErrorCode": 0, "ErrorInfo": "",
                                    "MsgKey": key, "ErrorList": errors}),
        Err((code, info)) => json!({"ActionStatus": "FAIL", "ErrorCode": code, "ErrorInfo": info}),
    }
}

fn batch(state: &State, body: &Value, now: i64) -> Result<(String, Vec<Value>), Fail> {
    let admin = state.app.admin.clone();
    let list = body
        .get("To_Account")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| {
            (
                codes::TO_ACCOUNT_INVALID,
                "To_Account is required (a non-empty array)".to_string(),
            )
        })?;
    if list.len() > STATUS_BATCH {
        return Err((
            codes::TOO_MANY_TARGETS,
            format!("at most {STATUS_BATCH} recipients per request"),
        ));
    }
    let send = check_send(body, &admin)?;
    if send.from != admin && !exists(state, send.from) {
        return Err((
            codes::SENDER_MISSING,
            format!("From_Account `{}` does not exist", send.from),
        ));
    }
    let mut errors = Vec::new();
    let mut to_send = Vec::new();
    let mut seen = HashSet::new();
    state.accounts.read(|accounts| {
        for to in list {
            match to.as_str() {
                Some(id) if accounts.contains_key(id) => {
                    if seen.insert(id) {
                        to_send.push(id.to_string());
                    }
                }
                _ => {
                    errors.push(json!({"To_Account": to, "ErrorCode": codes::ACCOUNT_NOT_IMPORTED}))
                }
            }
        }
    });
    if to_send.is_empty() {
        return Err((
            codes::TO_ACCOUNT_NOT_IMPORTED,
            "invalid To_Account: none of the recipients is imported".into(),
        ));
    }
    let key = new_key(state, send.random, now);
    let mut batch = Vec::new();
    for to in &to_send {
        if duplicate(state, send.from, to, send.random, now).is_some() {
            continue;
        }
        batch.push(Message {
            delivery: delivery(state, to, send.pushes),
            body: send.body.clone(),
            cloud_custom_data: send.cloud_custom_data.map(String::from),
            ..Message::sent(body, send.from, to, now, send.random, &key)
        });
    }
    state
        .messages
        .store(batch)
        .map_err(|e| (codes::MSG_INTERNAL_CALLBACK, format!("internal error: {e}")))?;
    for to in &to_send {
        remember(state, send.from, to, send.random, now, &key);
    }
    Ok((key, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_files_gain_the_body_columns_and_bodies_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("emulator.sqlite3");
        let open = || std::sync::Arc::new(Mutex::new(Connection::open(&path).unwrap()));
        // A file from before bodies were kept.
        open()
            .lock()
            .unwrap()
            .execute_batch(
                "CREATE TABLE messages (
                   msg_key TEXT NOT NULL, from_id TEXT NOT NULL, to_id TEXT NOT NULL,
                   time INTEGER NOT NULL, random INTEGER NOT NULL, delivery TEXT NOT NULL);
                 INSERT INTO messages VALUES ('1_7_100', 'a', 'b', 100, 7, 'held');",
            )
            .unwrap();
        let messages = Messages::open(open()).unwrap();
        messages.read(|list| {
            assert_eq!(list.len(), 1);
            assert_eq!(list[0].body, json!([]));
            assert_eq!(list[0].cloud_custom_data, None);
        });
        let body = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]);
        messages
            .store(vec![Message {
                from: "b".into(),
                to: "a".into(),
                time: 200,
                random: 8,
                key: "2_8_200".into(),
                delivery: Delivery::Online,
                body: body.clone(),
                cloud_custom_data: Some("cc".into()),
                seq: 2,
                recalled: false,
                unread: true,
                imported: false,
            }])
            .unwrap();
        drop(messages);
        let again = Messages::open(open()).unwrap();
        again.read(|list| {
            assert_eq!(list.len(), 2);
            assert_eq!(list[1].body, body);
            assert_eq!(list[1].cloud_custom_data.as_deref(), Some("cc"));
        });
    }
}
