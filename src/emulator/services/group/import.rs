//! Migration imports (spec §4.12, §5.18): a group with its own ID and creation time, members
//! with their join times, roles and unread counts, and messages with their send times. No
//! callbacks and no notifications (the pages say so); imported messages are history, not
//! sends, so the day's send counters leave them out.

use super::*;
use crate::domain::codes;
use crate::domain::limits::{IMPORT_GROUP_MEMBER_BATCH, IMPORT_GROUP_MSG_BATCH};

/// The element types `import_group_msg` takes (spec §5.18).
const IMPORTABLE_ELEMS: [&str; 4] = [
    "TIMTextElem",
    "TIMFaceElem",
    "TIMLocationElem",
    "TIMCustomElem",
];
/// A message body over this many bytes is the message's `Result` 80002 (spec §5.18).
const IMPORT_MSG_MAX_BYTES: usize = 12_000;

impl Groups {
    /// `import_group`: `create_group`'s fields and limits without `MemberList`, keeping the
    /// given `GroupId` (10021 when taken) and `CreateTime`; AVChatRoom is refused (10007).
    pub(super) fn import_group(
        &self,
        body: &Value,
        now: i64,
        exists: &dyn Fn(&str) -> bool,
    ) -> Reply {
        let kind_name = req_str(body, "Type")?;
        let kind = GroupType::parse(kind_name).map_err(bad)?;
        if matches!(kind, GroupType::AVChatRoom | GroupType::BChatRoom) {
            return Err((
                codes::GROUP_NO_PERMISSION,
                format!("{kind_name} groups cannot be imported"),
            ));
        }
        let create_time = match body.get("CreateTime") {
            None | Some(Value::Null) => now,
            Some(v) => v
                .as_i64()
                .filter(|t| *t >= 0)
                .ok_or_else(|| bad("CreateTime must be Unix seconds"))?,
        };
        let topics = match opt_u64(body, "SupportTopic")? {
            None | Some(0) => false,
            Some(1) if kind == GroupType::Community => true,
            Some(1) => return Err(bad("SupportTopic 1 is for Community groups only")),
            Some(n) => return Err(bad(format!("SupportTopic {n}: 0 or 1"))),
        };
        if let Some(id) = opt_str(body, "GroupId")? {
            if self.lock().groups.contains_key(id) {
                return Err((
                    codes::GROUP_ID_TAKEN,
                    format!("group ID `{id}` is in use: specify another"),
                ));
            }
        }
        // The rest is create_group's: the same checks, limits and ID rules.
        let mut fields = body.clone();
        if let Some(map) = fields.as_object_mut() {
            map.remove("MemberList");
            map.remove("CreateTime");
            map.remove("SupportTopic");
        }
        let created = self.create(&fields, now, exists)?;
        let id = created["GroupId"].as_str().unwrap_or_default().to_string();
        let mut inner = self.lock();
        if let Some(group) = inner.groups.get_mut(&id) {
            group.create_time = create_time;
            group.last_info_time = create_time;
            group.topics = topics::Topics::new(topics);
            for member in &mut group.members {
                member.join_time = create_time;
            }
        }
        self.persist(&inner, &[&id], None)?;
        Ok(json!({ "GroupId": id }))
    }

    /// `import_group_member`: per member `Result` 0 (not imported: unknown account, a
    /// `JoinTime` before the group's creation or after now, the group full), 1 imported,
    /// 2 already a member.
    pub(super) fn import_members(
        &self,
        body: &Value,
        now: i64,
        exists: &dyn Fn(&str) -> bool,
    ) -> Reply {
        let id = req_str(body, "GroupId")?;
        let list = body
            .get("MemberList")
            .and_then(Value::as_array)
            .filter(|l| !l.is_empty())
            .ok_or_else(|| bad("MemberList is required (a non-empty array)"))?;
        if list.len() > IMPORT_GROUP_MEMBER_BATCH {
            return Err((
                codes::GROUP_TOO_MANY_ACCOUNTS,
                format!("at most {IMPORT_GROUP_MEMBER_BATCH} members a request"),
            ));
        }
        struct Wanted<'a> {
            account: &'a str,
            role: &'static str,
            join_time: Option<i64>,
            unread: u64,
            last_send: Option<i64>,
        }
        let mut wanted = Vec::with_capacity(list.len());
        for item in list {
            let role = match opt_str(item, "Role")? {
                None | Some("Member") => "Member",
                Some("Admin") => "Admin",
                Some(r) => return Err(bad(format!("Role `{r}`: only Admin may be given"))),
            };
            let time = |name: &str| match item.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(v) => v
                    .as_i64()
                    .map(Some)
                    .ok_or_else(|| bad(format!("{name} must be Unix seconds"))),
            };
            wanted.push(Wanted {
                account: req_str(item, "Member_Account")?,
                role,
                join_time: time("JoinTime")?,
                unread: opt_u64(item, "UnreadMsgNum")?.unwrap_or(0),
                last_send: time("LastSendMsgTime")?,
            });
        }
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        if group.kind() == GroupType::AVChatRoom {
            return Err((
                codes::GROUP_NO_PERMISSION,
                "AVChatRoom members cannot be imported".into(),
            ));
        }
        // More unread messages than the group holds is cut to what it holds (spec §4.12).
        let held = group.messages.len() as u64;
        let mut results = Vec::with_capacity(wanted.len());
        let mut added = 0;
        for w in wanted {
            let join = w.join_time.unwrap_or(now);
            let result = if group.member(w.account).is_some() {
                2
            } else if !exists(w.account)
                || join < group.create_time
                || join > now
                || group
                    .max_members
                    .is_some_and(|m| group.members.len() >= m as usize)
            {
                0
            } else {
                let mut member = new_member(w.account, w.role, join);
                member.unread_msg_num = w.unread.min(held);
                member.last_send_msg_time = w.last_send.unwrap_or(0);
                group.push_member(member);
                added += 1;
                1
            };
            results.push(json!({ "Member_Account": w.account, "Result": result }));
        }
        if added > 0 {
            self.persist(&inner, &[id], None)?;
        }
        Ok(json!({ "MemberList": results }))
    }

    /// `import_group_msg`: up to 7 messages kept with their `SendTime` as `MsgTimeStamp`,
    /// `From_Account` and `Random`; per message `Result` 0, 10004 (send time not after the
    /// group's creation and the newest message, or in the future; an element type import
    /// does not take) or 80002 (body over 12,000 B). Resets every member's unread count.
    /// (A member's `JoinTime` may equal the creation time, as the published samples pair
    /// them; a message's may not: "大于建群时间", page 269/1635.)
    pub(super) fn import_msgs(&self, body: &Value, now: i64) -> Reply {
        let id = req_str(body, "GroupId")?;
        let list = body
            .get("MsgList")
            .and_then(Value::as_array)
            .filter(|l| !l.is_empty())
            .ok_or_else(|| bad("MsgList is required (a non-empty array)"))?;
        if list.len() > IMPORT_GROUP_MSG_BATCH {
            return Err(bad(format!(
                "at most {IMPORT_GROUP_MSG_BATCH} messages a request"
            )));
        }
        match opt_u64(body, "RecentContactFlag")? {
            None | Some(0) | Some(1) => {}
            Some(n) => return Err(bad(format!("RecentContactFlag {n}: 0 or 1"))),
        }
        let topic_id = opt_str(body, "TopicId")?;
        let mut parsed = Vec::with_capacity(list.len());
        for item in list {
            let from = req_str(item, "From_Account")?;
            let time = item
                .get("SendTime")
                .and_then(Value::as_i64)
                .ok_or_else(|| bad("SendTime is required (Unix seconds)"))?;
            let random = match item.get("Random") {
                None | Some(Value::Null) => 0,
                Some(v) => v
                    .as_u64()
                    .and_then(|r| u32::try_from(r).ok())
                    .ok_or_else(|| bad("Random must be an unsigned 32-bit integer"))?,
            };
            let elems = item
                .get("MsgBody")
                .and_then(Value::as_array)
                .filter(|b| !b.is_empty())
                .ok_or_else(|| bad("MsgBody is required (a non-empty array)"))?;
            parsed.push((from, time, random, elems));
        }
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        if group.kind() == GroupType::AVChatRoom {
            return Err((
                codes::GROUP_NO_PERMISSION,
                "AVChatRoom groups keep no history to import into".into(),
            ));
        }
        let created = group.create_time;
        let mut stored: Vec<StoredMsg> = Vec::new();
        let mut results = Vec::with_capacity(parsed.len());
        {
            let (messages, next_seq, last_time) = match topic_id {
                Some(t) => {
                    let topic = super::topics::topic_mut(group, t, self.edition)?;
                    (
                        &mut topic.messages,
                        &mut topic.next_msg_seq,
                        &mut topic.last_msg_time,
                    )
                }
                None => (
                    &mut group.messages,
                    &mut group.next_msg_seq,
                    &mut group.last_msg_time,
                ),
            };
            for (from, time, random, elems) in parsed {
                let content = Value::Array(elems.clone());
                let newest = messages.last().map_or(i64::MIN, |m| m.time);
                if let Some(dup) = messages.iter().rev().find(|m| {
                    random != 0
                        && m.random == random
                        && m.from_account == from
                        && (time - m.time).abs() < DEDUP_SECONDS
                }) {
                    // The same Random within 5 minutes is a repeat: dropped, answered as the first.
                    results.push(json!({"MsgSeq": dup.msg_seq, "MsgTime": dup.time, "Result": 0}));
                    continue;
                }
                let refused = if content.to_string().len() > IMPORT_MSG_MAX_BYTES {
                    Some(codes::MESSAGE_TOO_LONG)
                } else if time <= created || time <= newest || time > now || !importable(elems) {
                    Some(codes::GROUP_INVALID_PARAMETER)
                } else {
                    None
                };
                if let Some(code) = refused {
                    results.push(json!({"MsgSeq": 0, "MsgTime": time, "Result": code}));
                    continue;
                }
                let seq = *next_seq;
                *next_seq += 1;
                *last_time = (*last_time).max(time);
                let msg = StoredMsg {
                    msg_seq: seq,
                    from_account: from.into(),
                    random,
                    time,
                    priority: "Normal".into(),
                    body: content,
                    imported: true,
                    ..StoredMsg::default()
                };
                messages.push(msg.clone());
                stored.push(msg);
                results.push(json!({"MsgSeq": seq, "MsgTime": time, "Result": 0}));
            }
        }
        if !stored.is_empty() {
            for member in &mut group.members {
                member.unread_msg_num = 0;
            }
            if topic_id.is_none() {
                for msg in &stored {
                    if let Some(m) = group.member_mut(&msg.from_account) {
                        m.last_send_msg_time = m.last_send_msg_time.max(msg.time);
                        m.msg_seq = msg.msg_seq;
                    }
                }
                for msg in &stored {
                    self.persist(&inner, &[], Some((id, msg)))?;
                }
            }
            self.persist(&inner, &[id], None)?;
        }
        Ok(json!({ "ImportMsgResult": results }))
    }
}

/// Whether every element is of a type `import_group_msg` takes.
fn importable(elems: &[Value]) -> bool {
    elems.iter().all(|e| {
        e.get("MsgType")
            .and_then(Value::as_str)
            .is_some_and(|t| IMPORTABLE_ELEMS.contains(&t))
    })
}
