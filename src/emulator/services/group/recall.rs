//! Changing stored group messages: `group_msg_recall` (spec §5.15), `delete_group_msg_by_sender`
//! (§5.16) and `openim/modify_group_msg` (§5.17). A recalled message stays stored, flagged:
//! `group_msg_get_simple` leaves it out, or lists it as `IsPlaceMsg` 2 with an empty body under
//! `WithRecalledMsg` 1 (see `messages.rs`).

use super::*;
use crate::domain::limits::{DELETE_BY_SENDER_WINDOW, GROUP_RECALL_BATCH};

impl Groups {
    /// Recalls up to 10 seqs; each gets its own `RetCode` (0, 10030 not stored, 10032 already
    /// recalled) while the request as a whole succeeds.
    pub(super) fn recall(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let list = body
            .get("MsgSeqList")
            .and_then(Value::as_array)
            .filter(|l| !l.is_empty())
            .ok_or_else(|| bad("MsgSeqList is required (a non-empty array of {MsgSeq})"))?;
        if list.len() > GROUP_RECALL_BATCH {
            return Err(bad(format!(
                "MsgSeqList has {} entries; at most {GROUP_RECALL_BATCH}",
                list.len()
            )));
        }
        let seqs = list
            .iter()
            .map(|item| {
                opt_u64(item, "MsgSeq")?.ok_or_else(|| bad("MsgSeqList[].MsgSeq is required"))
            })
            .collect::<Result<Vec<u64>, _>>()?;
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        let mut changed = Vec::new();
        let results: Vec<Value> = seqs
            .iter()
            .map(|&seq| {
                let code = match group.messages.iter_mut().find(|m| m.msg_seq == seq) {
                    None => codes::GROUP_RECALL_ERROR,
                    Some(m) if m.recalled => codes::GROUP_RECALL_ERROR_3,
                    Some(m) => {
                        m.recalled = true;
                        changed.push(m.clone());
                        0
                    }
                };
                json!({ "MsgSeq": seq, "RetCode": code })
            })
            .collect();
        self.persist_msgs(id, &changed)?;
        Ok(json!({ "RecallRetList": results }))
    }

    /// Marks the sender's messages among the group's newest 1,000 recalled, silently (no
    /// callback, no notification); AVChatRoom keeps nothing, so nothing changes there.
    pub(super) fn delete_by_sender(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let sender = req_str(body, "Sender_Account")?;
        if sender.is_empty() {
            return Err(bad("Sender_Account is empty"));
        }
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        let window = group.messages.len().saturating_sub(DELETE_BY_SENDER_WINDOW);
        let changed: Vec<StoredMsg> = group.messages[window..]
            .iter_mut()
            .filter(|m| m.from_account == sender && !m.recalled)
            .map(|m| {
                m.recalled = true;
                m.clone()
            })
            .collect();
        self.persist_msgs(id, &changed)?;
        Ok(json!({}))
    }

    /// `openim/modify_group_msg`: the given `MsgBody` and/or `CloudCustomData` replace the
    /// stored ones; answers `ErrorInfo: "succeed"` as published. The page's codes are the
    /// `openim` ones (20001 for a message that is not there), not the group service's.
    pub fn modify_msg(&self, body: &Value) -> Result<Value, (i64, String)> {
        let invalid = |info: String| (codes::MSG_INVALID_REQUEST, info);
        let id = body
            .get("GroupId")
            .and_then(Value::as_str)
            .filter(|g| !g.is_empty())
            .ok_or_else(|| invalid("GroupId is required (a string)".into()))?;
        let seq = body
            .get("MsgSeq")
            .and_then(Value::as_u64)
            .ok_or_else(|| invalid("MsgSeq is required (an unsigned integer)".into()))?;
        let new_body = match body.get("MsgBody") {
            None | Some(Value::Null) => None,
            Some(b) => Some(checked_body(b)?),
        };
        let cloud = match body.get("CloudCustomData") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                return Err((
                    codes::MSG_FORMAT_INVALID,
                    "CloudCustomData must be a string".into(),
                ))
            }
        };
        if new_body.is_none() && cloud.is_none() {
            return Err((
                codes::MSG_BODY_MALFORMED,
                "give MsgBody, CloudCustomData or both".into(),
            ));
        }
        let mut inner = self.lock();
        let group = inner
            .groups
            .get_mut(id)
            .ok_or_else(|| invalid(format!("group `{id}` does not exist or was disbanded")))?;
        if group.kind() == GroupType::AVChatRoom {
            return Err(invalid("AVChatRoom messages are not stored".into()));
        }
        let msg = group
            .messages
            .iter_mut()
            .find(|m| m.msg_seq == seq)
            .ok_or_else(|| invalid(format!("no message {seq} in group `{id}`")))?;
        if msg.recalled {
            return Err(invalid(format!(
                "message {seq} was recalled; it cannot be modified"
            )));
        }
        if let Some(b) = new_body {
            msg.body = b;
        }
        if cloud.is_some() {
            msg.cloud_custom_data = cloud;
        }
        let changed = [msg.clone()];
        self.persist_msgs(id, &changed)?;
        Ok(json!({ "ErrorInfo": "succeed" }))
    }

    /// Writes changed messages of one group through to SQLite, in one savepoint.
    pub(super) fn persist_msgs(&self, id: &str, msgs: &[StoredMsg]) -> Result<(), (i64, String)> {
        let Some(db) = &self.db else { return Ok(()) };
        if msgs.is_empty() {
            return Ok(());
        }
        let fail =
            |e: rusqlite::Error| (codes::GROUP_INTERNAL_ERROR, format!("internal error: {e}"));
        let mut conn = db.lock().unwrap_or_else(|p| p.into_inner());
        let tx = conn.savepoint().map_err(fail)?;
        for msg in msgs {
            tx.execute(
                "INSERT OR REPLACE INTO group_msgs (group_id, msg_seq, data) VALUES (?1, ?2, ?3)",
                params![
                    id,
                    msg.msg_seq as i64,
                    serde_json::to_string(msg).unwrap_or_default()
                ],
            )
            .map_err(fail)?;
        }
        tx.commit().map_err(fail)
    }
}

/// A `MsgBody` as a send checks it: a non-empty array of `{MsgType, MsgContent}` (90002).
fn checked_body(body: &Value) -> Result<Value, (i64, String)> {
    let malformed = |info: &str| (codes::MSG_BODY_MALFORMED, info.to_string());
    let elems = body
        .as_array()
        .filter(|e| !e.is_empty())
        .ok_or_else(|| malformed("MsgBody must be a non-empty array"))?;
    for e in elems {
        let typed = e.get("MsgType").and_then(Value::as_str).is_some();
        if !typed || !e.get("MsgContent").is_some_and(Value::is_object) {
            return Err(malformed(
                "each MsgBody element needs a MsgType string and a MsgContent object",
            ));
        }
    }
    Ok(body.clone())
}
