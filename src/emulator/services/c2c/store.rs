//! What the C2C management commands change in the stored messages: a message's body, cloud data
//! and recall flag, and the read marks of `admin_set_msg_read` (table `c2c_read`).

use std::collections::HashMap;

use rusqlite::{params, Connection};

use super::super::message::{Message, Messages};

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
