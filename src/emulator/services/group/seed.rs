//! The `/imctl-test/seed_group_msgs` hook (tests and `scripts/bench-group-history`): appends
//! `Count` text messages to a group in one write, as if sent one by one, the senders taken in
//! turn from `Senders` (default: the admin's empty From_Account). Not part of the REST API.

use super::*;

/// The most messages one hook call adds.
const SEED_MAX: u64 = 100_000;

impl Groups {
    pub fn seed_msgs(&self, body: &Value, now: i64) -> Result<Value, (i64, String)> {
        let id = req_str(body, "GroupId")?;
        let count = opt_u64(body, "Count")?.unwrap_or(1);
        if count == 0 || count > SEED_MAX {
            return Err(bad(format!("Count must be 1 to {SEED_MAX}")));
        }
        let senders = match body.get("Senders") {
            Some(_) => str_list(body, "Senders")?,
            None => vec![""],
        };
        if senders.is_empty() {
            return Err(bad("Senders is empty"));
        }
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        let first = group.next_msg_seq;
        let added: Vec<StoredMsg> = (0..count)
            .map(|i| {
                let seq = first + i;
                StoredMsg {
                    msg_seq: seq,
                    from_account: senders[(i as usize) % senders.len()].to_string(),
                    random: seq as u32,
                    time: now,
                    priority: "Normal".into(),
                    body: json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": format!("message {seq}")}}]),
                    ..StoredMsg::default()
                }
            })
            .collect();
        group.next_msg_seq = first + count;
        group.last_msg_time = now;
        group.messages.extend(added.iter().cloned());
        self.persist(&inner, &[id], None)?;
        self.persist_msgs(id, &added)?;
        Ok(json!({ "FirstMsgSeq": first, "LastMsgSeq": first + count - 1 }))
    }
}
