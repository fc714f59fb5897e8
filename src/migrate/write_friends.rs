//! The friends write stage: a batch of `friends.jsonl` becomes one `friend_check` and one
//! `friend_import` per `From_Account` in it (the service takes one user's friends a request,
//! 1,000 at most): the pairs the destination already has (`CheckResult_Type_AWithB` or
//! `_BothWay`) are counted as already present, the rest imported with their `AddTime`,
//! `AddSource`, `Remark` and `Group`.

use std::collections::{HashMap, HashSet};

use serde_json::{json, Value};

use super::lines::friend_item;
use super::write::{item_error, json_of, settle, IN_BATCH, PRESENT};
use crate::api::client::Client;
use crate::api::wire::sns::{
    FriendCheck, FriendCheckRequest, FriendImport, FriendImportAddFriendItem, FriendImportRequest,
};
use crate::api::wire::{self, Endpoint};
use crate::bulk::operation::{missing_from_answer, BatchFuture};
use crate::bulk::{ItemResult, Operation, Record};
use crate::domain::sns::{outcome, Outcome};
use crate::error::Error;

/// Pairs a write batch carries: fewer than `friend_import` takes (1,000), because the engine
/// keeps 16 batches in flight and a batch's records stay held until it settles; a user's
/// pairs are contiguous in the file, so a batch seldom splits one user's import.
pub const FRIEND_WRITE_BATCH: usize = 100;

/// A `friend_check` relation in which From_Account already has To_Account.
const HAS: [&str; 2] = ["CheckResult_Type_AWithB", "CheckResult_Type_BothWay"];

pub struct Friends;

fn item(record: &Record) -> Result<(String, FriendImportAddFriendItem), String> {
    let map = json_of(record).ok_or("not a JSON line")?;
    friend_item(&|name| map.get(name).cloned(), &record.user)
}

/// The batch's requests, one per From_Account in order of first appearance, each with the
/// indexes of its records.
fn requests(records: &[Record]) -> Vec<(FriendImportRequest, Vec<usize>)> {
    let mut out: Vec<(FriendImportRequest, Vec<usize>)> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for (i, record) in records.iter().enumerate() {
        let Ok((from, item)) = item(record) else {
            continue;
        };
        let slot = *at.entry(from.clone()).or_insert_with(|| {
            out.push((
                FriendImportRequest {
                    from_account: from,
                    add_friend_item: Vec::new(),
                },
                Vec::new(),
            ));
            out.len() - 1
        });
        out[slot].0.add_friend_item.push(item);
        out[slot].1.push(i);
    }
    out
}

/// The peers of `from` among `to` that the app already lists as its friends.
async fn friends_already(
    client: &Client,
    from: &str,
    to: Vec<String>,
) -> Result<HashSet<String>, Error> {
    let req = FriendCheckRequest {
        from_account: from.to_string(),
        to_account: to,
        check_type: "CheckResult_Type_Single".into(),
    };
    let answer = wire::call::<FriendCheck>(client, &req, &[from]).await?;
    Ok(answer
        .info_item
        .into_iter()
        .filter(|i| i.result_code == 0 && HAS.contains(&i.relation.as_str()))
        .map(|i| i.to_account)
        .collect())
}

/// One From_Account's pairs: those the destination has are already present, the rest
/// imported; each record's result by index.
async fn import_one(
    client: &Client,
    records: &[Record],
    mut req: FriendImportRequest,
    indexes: Vec<usize>,
) -> Result<Vec<(usize, ItemResult)>, Error> {
    let peers = req.add_friend_item.iter().map(|i| i.to_account.clone());
    let there = match friends_already(client, &req.from_account, peers.collect()).await {
        Ok(there) => there,
        // A refusal (From_Account not in the destination, …) fails this user's pairs only.
        Err(e) => {
            let failed = item_error(e)?;
            return Ok(indexes.into_iter().map(|i| (i, failed.clone())).collect());
        }
    };
    let mut out = Vec::with_capacity(indexes.len());
    let mut sent = Vec::new();
    let mut items = Vec::new();
    for (item, i) in req.add_friend_item.drain(..).zip(indexes) {
        if there.contains(&item.to_account) {
            out.push((i, ItemResult::Unchanged(PRESENT.into())));
        } else {
            sent.push(i);
            items.push(item);
        }
    }
    if items.is_empty() {
        return Ok(out);
    }
    req.add_friend_item = items;
    let ids: Vec<&str> = std::iter::once(req.from_account.as_str())
        .chain(req.add_friend_item.iter().map(|i| i.to_account.as_str()))
        .collect();
    let answer = match wire::call::<FriendImport>(client, &req, &ids).await {
        Ok(answer) => answer,
        Err(e) => {
            let failed = item_error(e)?;
            out.extend(sent.into_iter().map(|i| (i, failed.clone())));
            return Ok(out);
        }
    };
    let mut by_peer: HashMap<&str, Vec<(i64, &str)>> = HashMap::new();
    for r in answer.result_item.iter().rev() {
        by_peer
            .entry(r.to_account.as_str())
            .or_default()
            .push((r.result_code, r.result_info.as_str()));
    }
    for i in sent {
        let got = by_peer.get_mut(records[i].user.as_str()).and_then(Vec::pop);
        out.push((
            i,
            match got {
                Some((code, info)) => result_of(code, info),
                None => missing_from_answer(),
            },
        ));
    }
    Ok(out)
}

fn result_of(code: i64, info: &str) -> ItemResult {
    match outcome(code, info) {
        Outcome::Done => ItemResult::Done(None),
        Outcome::Unchanged(words) => ItemResult::Unchanged(words.into()),
        Outcome::Failed(reason) => ItemResult::Failed {
            code: Some(code),
            reason,
        },
    }
}

impl Operation for Friends {
    fn name(&self) -> &'static str {
        "migrate-friends"
    }
    fn id_column(&self) -> &'static str {
        "To_Account"
    }
    fn max_batch(&self) -> usize {
        FRIEND_WRITE_BATCH
    }
    fn check(&self, record: &Record) -> Result<(), String> {
        item(record).map(drop)
    }
    fn endpoint(&self) -> (&'static str, &'static str) {
        (FriendImport::SERVICE, FriendImport::COMMAND)
    }
    /// The first From_Account's request (a batch sends one per From_Account).
    fn body(&self, records: &[Record]) -> Value {
        requests(records)
            .first()
            .map(|(req, _)| wire::body::<FriendImport>(req))
            .unwrap_or_else(|| json!({}))
    }
    fn results(&self, records: &[Record], _: Value) -> Result<Vec<ItemResult>, Error> {
        Ok(records.iter().map(|_| ItemResult::Done(None)).collect())
    }
    /// The batch's From_Accounts at once (each its check, then its import).
    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            let jobs = requests(records)
                .into_iter()
                .map(|(req, indexes)| import_one(client, records, req, indexes));
            settle(vec![None; records.len()], jobs.collect(), IN_BATCH).await
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
            user: map["To_Account"].as_str().unwrap().into(),
            nick: None,
            face_url: None,
            raw: Raw::Json(map),
        }
    }

    #[test]
    fn a_batch_is_one_request_per_from_account() {
        let lines = [
            json!({"From_Account": "a", "To_Account": "b", "AddTime": 5}),
            json!({"From_Account": "c", "To_Account": "a"}),
            json!({"From_Account": "a", "To_Account": "c", "Group": ["work"]}),
            json!({"From_Account": "a", "To_Account": "a"}),
        ]
        .map(record);
        let reqs = requests(&lines);
        assert_eq!(reqs.len(), 2);
        assert_eq!(reqs[0].0.from_account, "a");
        assert_eq!(reqs[0].1, [0, 2]);
        assert_eq!(reqs[0].0.add_friend_item[0].add_time, Some(5));
        assert!(Friends.check(&lines[3]).is_err());
        assert_eq!(
            Friends.body(&lines[..1]),
            json!({"From_Account": "a", "AddFriendItem": [{"To_Account": "b",
                "AddSource": "AddSource_Type_imctl", "AddTime": 5}]})
        );
    }
}
