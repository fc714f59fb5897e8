//! Group messages: send (Random dedup, 40 a second per group under `--throttle`), system
//! notifications, reading them back, and the hour's records for `get_history`.

use super::*;
use crate::domain::codes;

impl Groups {
    pub(super) fn send(&self, body: &Value, now: i64, exists: &dyn Fn(&str) -> bool) -> Reply {
        let id = req_str(body, "GroupId")?;
        let random = body
            .get("Random")
            .and_then(Value::as_u64)
            .and_then(|r| u32::try_from(r).ok())
            .ok_or_else(|| bad("Random is required (an unsigned 32-bit integer)"))?;
        let msg_body = body
            .get("MsgBody")
            .and_then(Value::as_array)
            .filter(|b| !b.is_empty())
            .ok_or_else(|| bad("MsgBody is required (a non-empty array)"))?;
        let size = body.to_string().len();
        if size > MESSAGE_MAX_BYTES {
            return Err((
                codes::MESSAGE_TOO_LONG,
                format!("the message is {size} bytes; at most {MESSAGE_MAX_BYTES}"),
            ));
        }
        let from = opt_str(body, "From_Account")?.unwrap_or_default();
        if !from.is_empty() && !exists(from) {
            return Err(bad(format!(
                "From_Account `{from}` is not an imported account"
            )));
        }
        let priority = opt_str(body, "MsgPriority")?.unwrap_or("Normal");
        let online_only = opt_u64(body, "OnlineOnlyFlag")? == Some(1);
        let mut inner = self.lock();
        let Inner {
            groups, buckets, ..
        } = &mut *inner;
        let group = groups.get_mut(id).ok_or_else(|| gone(id))?;
        if !from.is_empty() {
            if let Some(m) = group.member(from) {
                let privileged = m.role == "Owner" || m.role == "Admin";
                if m.mute_until > now || (group.mute_all && !privileged) {
                    return Err((
                        codes::GROUP_SENDER_MUTED,
                        format!("`{from}` is muted in this group"),
                    ));
                }
            }
            // A banned user was put out of the room and may not speak in it (spec §4.15).
            if let Some(until) = group.banned_until(from, now) {
                return Err((
                    codes::GROUP_NO_PERMISSION,
                    format!("`{from}` is banned from this group until {until}"),
                ));
            }
        }
        let content = Value::Array(msg_body.clone());
        if let Some(dup) = group.messages.iter().rev().find(|m| {
            m.random == random
                && m.body == content
                && m.from_account == from
                && now - m.time < DEDUP_SECONDS
        }) {
            // A retry of a message already delivered: the same answer, nothing new.
            return Ok(json!({ "MsgTime": dup.time, "MsgSeq": dup.msg_seq }));
        }
        if self.throttle {
            let rate = f64::from(MSGS_PER_GROUP_PER_SEC);
            let at = Instant::now();
            let (tokens, last) = buckets.entry(id.to_string()).or_insert((rate, at));
            *tokens = (*tokens + at.duration_since(*last).as_secs_f64() * rate).min(rate);
            *last = at;
            if *tokens < 1.0 {
                return Err((
                    codes::GROUP_MSG_RATE_LIMITED,
                    format!("message frequency limit: {MSGS_PER_GROUP_PER_SEC} messages a second per group"),
                ));
            }
            *tokens -= 1.0;
        }
        if online_only {
            // Delivered to online members only, never stored: nobody is online here.
            return Ok(json!({ "MsgTime": now, "MsgSeq": 0 }));
        }
        let seq = group.next_msg_seq;
        group.next_msg_seq += 1;
        group.last_msg_time = now;
        if let Some(m) = group.member_mut(from) {
            m.last_send_msg_time = now;
            m.msg_seq = seq;
        }
        let msg = StoredMsg {
            msg_seq: seq,
            from_account: from.into(),
            random,
            time: now,
            priority: priority.into(),
            body: content,
            cloud_custom_data: opt_str(body, "CloudCustomData")?.map(String::from),
            is_system: false,
            recalled: false,
            imported: false,
        };
        group.messages.push(msg.clone());
        self.persist(&inner, &[id], Some((id, &msg)))?;
        Ok(json!({ "MsgTime": now, "MsgSeq": seq }))
    }

    pub(super) fn notify(&self, body: &Value, now: i64) -> Reply {
        let id = req_str(body, "GroupId")?;
        let content = req_str(body, "Content")?;
        if content.is_empty() {
            return Err(bad("Content is empty"));
        }
        let to = match body.get("ToMembers_Account") {
            Some(_) => str_list(body, "ToMembers_Account")?,
            None => Vec::new(),
        };
        if to.len() > NOTIFY_TO_MAX {
            return Err(bad(format!("at most {NOTIFY_TO_MAX} ToMembers_Account")));
        }
        let inner = self.lock();
        let group = inner.groups.get(id).ok_or_else(|| gone(id))?;
        if !to.is_empty() && group.kind() == GroupType::AVChatRoom {
            return Err(bad(
                "AVChatRoom notifications go to all members: leave out ToMembers_Account",
            ));
        }
        let _ = now;
        Ok(json!({}))
    }

    /// `group_msg_get_simple`: the stored messages, newest first, up to `ReqMsgSeq`.
    pub(super) fn history(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let count =
            opt_u64(body, "ReqMsgNumber")?.ok_or_else(|| bad("ReqMsgNumber is required"))?;
        if count == 0 || count > 20 {
            return Err(bad("ReqMsgNumber must be 1 to 20"));
        }
        let inner = self.lock();
        let group = inner.groups.get(id).ok_or_else(|| gone(id))?;
        if group.kind() == GroupType::AVChatRoom {
            return Err((
                codes::GROUP_NO_PERMISSION,
                "AVChatRoom groups keep no history".into(),
            ));
        }
        let top = opt_u64(body, "ReqMsgSeq")?.unwrap_or(u64::MAX);
        // Recalled messages are left out unless asked for, then listed as place holders.
        let with_recalled = opt_u64(body, "WithRecalledMsg")? == Some(1);
        let older: Vec<&StoredMsg> = group
            .messages
            .iter()
            .rev()
            .filter(|m| m.msg_seq <= top && (with_recalled || !m.recalled))
            // One more than asked says whether more remain (IsFinished).
            .take(count as usize + 1)
            .collect();
        let list: Vec<Value> = older
            .iter()
            .take(count as usize)
            .map(|m| {
                let (place, body) = match m.recalled {
                    true => (PLACE_RECALLED, json!([])),
                    false => (0, m.body.clone()),
                };
                json!({
                    "From_Account": m.from_account, "IsPlaceMsg": place,
                    "MsgPriority": priority_number(&m.priority),
                    "MsgRandom": m.random, "MsgSeq": m.msg_seq, "MsgTimeStamp": m.time,
                    "MsgBody": body, "IsSystemMsg": u8::from(m.is_system),
                })
            })
            .collect();
        Ok(json!({
            "GroupId": id,
            "IsFinished": u8::from(older.len() <= count as usize),
            // `RspMsgList`: the samples' and the client libraries' name (the EN field table's
            // `MsgList` is read by nobody, spec §5.14).
            "RspMsgList": list,
        }))
    }
}

/// `IsPlaceMsg` of a recalled message (1 is deleted or expired, spec §5.14).
const PLACE_RECALLED: u8 = 2;

/// `MsgPriority` as `group_msg_get_simple` answers it: 1 High, 2 Normal, 3 Low, 4 Lowest.
fn priority_number(name: &str) -> u8 {
    match name {
        "High" => 1,
        "Low" => 3,
        "Lowest" => 4,
        _ => 2,
    }
}

/// Group messages for the hour's chat-history archive, in the order they were sent.
impl crate::emulator::services::history::Recorded for Groups {
    fn records(&self, start: i64, end: i64) -> Vec<Value> {
        let inner = self.lock();
        let mut found: Vec<(i64, &str, &StoredMsg)> = inner
            .groups
            .values()
            .flat_map(|g| g.messages.iter().map(move |m| (m.time, g.id.as_str(), m)))
            .filter(|(time, _, m)| (start..end).contains(time) && !m.is_system)
            .collect();
        found.sort_by(|a, b| (a.0, a.1, a.2.msg_seq).cmp(&(b.0, b.1, b.2.msg_seq)));
        found
            .into_iter()
            .map(|(_, id, m)| {
                let mut r = json!({
                    "GroupId": id,
                    "From_Account": m.from_account,
                    "MsgSeq": m.msg_seq,
                    "MsgRandom": m.random,
                    "MsgTimeStamp": m.time,
                    "MsgBody": m.body,
                });
                if let Some(data) = &m.cloud_custom_data {
                    r["CloudCustomData"] = json!(data);
                }
                r
            })
            .collect()
    }
}
