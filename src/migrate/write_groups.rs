//! The group write stages, each a [`bulk::Operation`](Operation) over its bundle file:
//!
//! - groups: one `import_group` a group, keeping its `GroupId` (or, for an ID the service
//!   generated, the new one of [`GroupIds`]) and `CreateTime`, unless the destination's
//!   `get_group_info` finds it (or the import answers 10021, "ID in use");
//! - members: one `import_group_member` per group in a batch (300 a request), with `JoinTime`
//!   and `Role`; `Result` 2 ("already a member") is already present;
//! - group messages: `import_group_msg`, 7 a request, in time order per group and one request
//!   at a time per group (the service refuses a message older than the newest it holds); the
//!   groups of a batch in parallel. The stage runs one batch at a time, so a group's messages
//!   never overtake each other; the messages the destination's history already holds (same
//!   group, sender, `Random` and time) are not sent.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use serde_json::{json, Map, Value};

use super::group_ids::GroupIds;
use super::lines::{group_msg, group_msg_refusal, group_request, member};
use super::read_groups::group_message_key;
use super::write::{item_error, json_of, settle, IN_BATCH, PRESENT};
use crate::api::client::Client;
use crate::api::wire::group::{
    GetGroupInfo, GetGroupInfoRequest, ImportGroup, ImportGroupMember, ImportGroupMemberRequest,
    ImportGroupMsg, ImportGroupMsgItem, ImportGroupMsgRequest, ImportGroupRequest, ImportMember,
};
use crate::api::wire::{self, Endpoint};
use crate::bulk::operation::{missing_from_answer, BatchFuture};
use crate::bulk::{ItemResult, Operation, Record};
use crate::domain::codes::GROUP_ID_TAKEN;
use crate::domain::limits::{IMPORT_GROUP_MEMBER_BATCH, IMPORT_GROUP_MSG_BATCH};
use crate::error::Error;

/// Groups whose messages one batch of the group-messages stage carries at most (the file is
/// in time order across groups, so a batch holds many groups, each sent in parallel).
pub const GROUPS_AT_ONCE: usize = 100;

fn map_of(record: &Record) -> Result<&Map<String, Value>, String> {
    json_of(record).ok_or_else(|| "not a JSON line".to_string())
}

/// The record's group in the destination.
fn group_of(record: &Record, ids: &GroupIds) -> Result<String, String> {
    match map_of(record)?.get("GroupId") {
        Some(Value::String(g)) if !g.is_empty() => Ok(ids.destination(g).into_owned()),
        _ => Err("no \"GroupId\" string".into()),
    }
}

/// The records' indexes by destination GroupId, groups in order of first appearance, records
/// in file order.
fn by_group(records: &[Record], ids: &GroupIds) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for (i, r) in records.iter().enumerate() {
        let Ok(group) = group_of(r, ids) else {
            continue;
        };
        let slot = *at.entry(group.clone()).or_insert_with(|| {
            out.push((group, Vec::new()));
            out.len() - 1
        });
        out[slot].1.push(i);
    }
    out
}

// ---------------------------------------------------------------- groups

pub struct Groups {
    pub ids: GroupIds,
}

/// The line's `import_group` request, under the group's destination ID.
fn group_line(record: &Record, ids: &GroupIds) -> Result<ImportGroupRequest, String> {
    let map = map_of(record)?;
    match map
        .get("GroupId")
        .and_then(Value::as_str)
        .map(|g| ids.destination(g))
    {
        Some(Cow::Owned(renamed)) => {
            let mut map = map.clone();
            map.insert("GroupId".into(), Value::String(renamed));
            group_request(&map)
        }
        _ => group_request(map),
    }
}

impl Operation for Groups {
    fn name(&self) -> &'static str {
        "migrate-groups"
    }
    fn id_column(&self) -> &'static str {
        "GroupId"
    }
    fn max_batch(&self) -> usize {
        1
    }
    fn check(&self, record: &Record) -> Result<(), String> {
        group_line(record, &self.ids).map(drop)
    }
    fn endpoint(&self) -> (&'static str, &'static str) {
        (ImportGroup::SERVICE, ImportGroup::COMMAND)
    }
    fn body(&self, records: &[Record]) -> Value {
        records
            .first()
            .and_then(|r| group_line(r, &self.ids).ok())
            .map(|req| wire::body::<ImportGroup>(&req))
            .unwrap_or_else(|| json!({}))
    }
    fn results(&self, records: &[Record], _: Value) -> Result<Vec<ItemResult>, Error> {
        Ok(records.iter().map(|_| ItemResult::Done(None)).collect())
    }
    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            let mut out = Vec::with_capacity(records.len());
            for record in records {
                let req = group_line(record, &self.ids).map_err(Error::Failed)?;
                let id = req.group_id.clone().unwrap_or_default();
                let ask = GetGroupInfoRequest {
                    group_id_list: vec![id.clone()],
                    response_filter: None,
                };
                let there = match wire::call::<GetGroupInfo>(client, &ask, &[&id]).await {
                    Ok(there) => there,
                    Err(e) => {
                        out.push(item_error(e)?);
                        continue;
                    }
                };
                if there.group_info.iter().any(|g| g.error_code == 0) {
                    out.push(ItemResult::Unchanged(PRESENT.into()));
                    continue;
                }
                let ids: Vec<&str> = req.owner_account.as_deref().into_iter().collect();
                out.push(match wire::call::<ImportGroup>(client, &req, &ids).await {
                    Ok(_) => ItemResult::Done(None),
                    Err(Error::Api { code, .. }) if code == GROUP_ID_TAKEN => {
                        ItemResult::Unchanged(PRESENT.into())
                    }
                    Err(e) => item_error(e)?,
                });
            }
            Ok(out)
        })
    }
}

// ---------------------------------------------------------------- members

pub struct Members {
    pub ids: GroupIds,
}

fn member_line(record: &Record, ids: &GroupIds) -> Result<(String, ImportMember), String> {
    let map = map_of(record)?;
    let group = group_of(record, ids)?;
    let account = match map.get("Member_Account") {
        Some(Value::String(a)) => a.as_str(),
        _ => return Err("no \"Member_Account\" string".into()),
    };
    Ok((group, member(account, map)?))
}

/// One group's members of a batch in one `import_group_member`: each record's result by
/// index.
async fn import_members(
    client: &Client,
    group: String,
    members: Vec<(usize, ImportMember)>,
) -> Result<Vec<(usize, ItemResult)>, Error> {
    let req = ImportGroupMemberRequest {
        group_id: group.clone(),
        member_list: members.iter().map(|(_, m)| m.clone()).collect(),
    };
    let answer = match wire::call::<ImportGroupMember>(client, &req, &[&group]).await {
        Ok(answer) => answer,
        Err(e) => {
            let failed = item_error(e)?;
            return Ok(members.iter().map(|(i, _)| (*i, failed.clone())).collect());
        }
    };
    let by_user: HashMap<&str, u8> = answer
        .member_list
        .iter()
        .map(|m| (m.member_account.as_str(), m.result))
        .collect();
    Ok(members
        .iter()
        .map(|(i, m)| {
            let result = match by_user.get(m.member_account.as_str()) {
                Some(1) => ItemResult::Done(None),
                Some(2) => ItemResult::Unchanged(PRESENT.into()),
                Some(_) => ItemResult::Failed {
                    code: None,
                    reason: "not imported (Result 0): not an account of the destination, a \
                             JoinTime before the group's creation or in the future, or the \
                             group is full"
                        .into(),
                },
                None => missing_from_answer(),
            };
            (*i, result)
        })
        .collect())
}

impl Operation for Members {
    fn name(&self) -> &'static str {
        "migrate-members"
    }
    fn id_column(&self) -> &'static str {
        "GroupId"
    }
    fn max_batch(&self) -> usize {
        IMPORT_GROUP_MEMBER_BATCH
    }
    fn check(&self, record: &Record) -> Result<(), String> {
        member_line(record, &self.ids).map(drop)
    }
    fn endpoint(&self) -> (&'static str, &'static str) {
        (ImportGroupMember::SERVICE, ImportGroupMember::COMMAND)
    }
    /// The first group's request (a batch sends one per group).
    fn body(&self, records: &[Record]) -> Value {
        let Some((group, indexes)) = by_group(records, &self.ids).into_iter().next() else {
            return json!({});
        };
        let member_list = indexes
            .iter()
            .filter_map(|&i| member_line(&records[i], &self.ids).ok().map(|(_, m)| m))
            .collect();
        wire::body::<ImportGroupMember>(&ImportGroupMemberRequest {
            group_id: group,
            member_list,
        })
    }
    fn results(&self, records: &[Record], _: Value) -> Result<Vec<ItemResult>, Error> {
        Ok(records.iter().map(|_| ItemResult::Done(None)).collect())
    }
    /// The batch's groups at once, one request each.
    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            let jobs = by_group(records, &self.ids)
                .into_iter()
                .map(|(group, indexes)| {
                    let members: Vec<(usize, ImportMember)> = indexes
                        .iter()
                        .filter_map(|&i| {
                            member_line(&records[i], &self.ids)
                                .ok()
                                .map(|(_, m)| (i, m))
                        })
                        .collect();
                    import_members(client, group, members)
                });
            settle(vec![None; records.len()], jobs.collect(), IN_BATCH).await
        })
    }
}

// ---------------------------------------------------------------- group messages

/// `present`: the identities of the messages the destination's history already holds
/// ([`group_message_key`], under the destination's GroupIds).
pub struct GroupMessages {
    pub present: Arc<HashSet<String>>,
    pub ids: GroupIds,
}

fn message_line(record: &Record, ids: &GroupIds) -> Result<(String, ImportGroupMsgItem), String> {
    Ok((group_of(record, ids)?, group_msg(map_of(record)?)?))
}

fn key_of(group: &str, item: &ImportGroupMsgItem) -> String {
    group_message_key(
        group,
        &item.from_account,
        u64::from(item.random.unwrap_or(0)),
        item.send_time,
    )
}

/// One group's messages of a batch, in order, 7 a request, one request at a time: each
/// record's result by index.
async fn import_in_order(
    client: &Client,
    group: String,
    items: Vec<(usize, ImportGroupMsgItem)>,
) -> Result<Vec<(usize, ItemResult)>, Error> {
    let mut out = Vec::with_capacity(items.len());
    for chunk in items.chunks(IMPORT_GROUP_MSG_BATCH) {
        let req = ImportGroupMsgRequest {
            group_id: group.clone(),
            recent_contact_flag: None,
            msg_list: chunk.iter().map(|(_, m)| m.clone()).collect(),
            topic_id: None,
        };
        let answer = match wire::call::<ImportGroupMsg>(client, &req, &[&group]).await {
            Ok(answer) => answer,
            Err(e) => {
                let failed = item_error(e)?;
                out.extend(chunk.iter().map(|(i, _)| (*i, failed.clone())));
                continue;
            }
        };
        for (n, (i, _)) in chunk.iter().enumerate() {
            let result = match answer.import_msg_result.get(n) {
                Some(r) if r.result == 0 => ItemResult::Done(None),
                Some(r) => ItemResult::Failed {
                    code: Some(r.result),
                    reason: group_msg_refusal(r.result),
                },
                None => missing_from_answer(),
            };
            out.push((*i, result));
        }
    }
    Ok(out)
}

impl Operation for GroupMessages {
    fn name(&self) -> &'static str {
        "migrate-group-messages"
    }
    fn id_column(&self) -> &'static str {
        "GroupId"
    }
    fn max_batch(&self) -> usize {
        IMPORT_GROUP_MSG_BATCH * GROUPS_AT_ONCE
    }
    fn check(&self, record: &Record) -> Result<(), String> {
        message_line(record, &self.ids).map(drop)
    }
    fn endpoint(&self) -> (&'static str, &'static str) {
        (ImportGroupMsg::SERVICE, ImportGroupMsg::COMMAND)
    }
    /// The first group's first request.
    fn body(&self, records: &[Record]) -> Value {
        let Some((group, indexes)) = by_group(records, &self.ids).into_iter().next() else {
            return json!({});
        };
        let msg_list = indexes
            .iter()
            .filter_map(|&i| message_line(&records[i], &self.ids).ok().map(|(_, m)| m))
            .take(IMPORT_GROUP_MSG_BATCH)
            .collect();
        wire::body::<ImportGroupMsg>(&ImportGroupMsgRequest {
            group_id: group,
            recent_contact_flag: None,
            msg_list,
            topic_id: None,
        })
    }
    fn results(&self, records: &[Record], _: Value) -> Result<Vec<ItemResult>, Error> {
        Ok(records.iter().map(|_| ItemResult::Done(None)).collect())
    }
    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            let mut results: Vec<Option<ItemResult>> = vec![None; records.len()];
            let mut jobs = Vec::new();
            for (group, indexes) in by_group(records, &self.ids) {
                let mut items: Vec<(usize, ImportGroupMsgItem)> = Vec::new();
                for i in indexes {
                    let Ok((_, item)) = message_line(&records[i], &self.ids) else {
                        continue;
                    };
                    if self.present.contains(&key_of(&group, &item)) {
                        results[i] = Some(ItemResult::Unchanged(PRESENT.into()));
                    } else {
                        items.push((i, item));
                    }
                }
                // Oldest first within the group, whatever the file's order.
                items.sort_by_key(|(i, m)| (m.send_time, *i));
                if !items.is_empty() {
                    jobs.push(import_in_order(client, group, items));
                }
            }
            settle(results, jobs, GROUPS_AT_ONCE).await
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bulk::input::Raw;

    fn record(v: Value) -> Record {
        let map = v.as_object().unwrap().clone();
        Record {
            line: 1,
            user: map["GroupId"].as_str().unwrap().into(),
            nick: None,
            face_url: None,
            raw: Raw::Json(map),
        }
    }

    fn text(t: &str) -> Value {
        json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": t}}])
    }

    #[test]
    fn member_and_message_lines_are_checked_and_grouped() {
        let ok = record(
            json!({"GroupId": "g", "Member_Account": "bob", "Role": "Admin",
                               "JoinTime": 1500000000}),
        );
        let members = Members {
            ids: GroupIds::default(),
        };
        assert!(members.check(&ok).is_ok());
        assert!(members
            .check(&record(json!({"GroupId": "g"})))
            .unwrap_err()
            .contains("Member_Account"));
        assert_eq!(
            members.body(&[ok]),
            json!({"GroupId": "g", "MemberList": [{"Member_Account": "bob", "Role": "Admin",
                   "JoinTime": 1500000000}]})
        );
        let msgs = [
            json!({"GroupId": "g", "From_Account": "a", "SendTime": 10, "Random": 1, "MsgBody": text("1")}),
            json!({"GroupId": "h", "From_Account": "a", "SendTime": 11, "Random": 2, "MsgBody": text("2")}),
            json!({"GroupId": "g", "From_Account": "b", "SendTime": 12, "Random": 3, "MsgBody": text("3")}),
        ]
        .map(record);
        assert_eq!(
            by_group(&msgs, &GroupIds::default()),
            [("g".to_string(), vec![0, 2]), ("h".to_string(), vec![1])]
        );
        let op = GroupMessages {
            present: Arc::new(HashSet::new()),
            ids: GroupIds::default(),
        };
        assert_eq!(op.body(&msgs)["MsgList"].as_array().unwrap().len(), 2);
        assert!(op
            .check(&record(
                json!({"GroupId": "g", "From_Account": "a", "SendTime": 1,
                                  "MsgBody": [{"MsgType": "TIMImageElem", "MsgContent": {}}]})
            ))
            .is_err());
    }

    #[test]
    fn a_generated_group_id_is_sent_under_its_new_one_everywhere() {
        let ids = GroupIds::default();
        let group = record(json!({"GroupId": "@TGS#2J4SZEAEL", "Type": "Public", "Name": "n"}));
        let groups = Groups { ids: ids.clone() };
        assert!(groups.check(&group).is_ok());
        assert_eq!(groups.body(&[group])["GroupId"], "TGS_2J4SZEAEL");
        let member = record(json!({"GroupId": "@TGS#2J4SZEAEL", "Member_Account": "bob"}));
        assert_eq!(
            Members { ids: ids.clone() }.body(&[member])["GroupId"],
            "TGS_2J4SZEAEL"
        );
        let msg = record(json!({"GroupId": "@TGS#2J4SZEAEL", "From_Account": "a",
                                "SendTime": 10, "MsgBody": text("1")}));
        let op = GroupMessages {
            present: Arc::new(HashSet::new()),
            ids,
        };
        assert_eq!(op.body(&[msg])["GroupId"], "TGS_2J4SZEAEL");
        // Without the rule, the line is refused by the custom-ID check it would fail remotely.
        let kept = record(json!({"GroupId": "@TGS#2J4SZEAEL", "Type": "Public", "Name": "n"}));
        assert!(group_request(map_of(&kept).unwrap()).is_err());
    }
}
