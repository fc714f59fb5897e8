//! The write stages: each a [`bulk::Operation`](Operation) over its bundle file, so the reader,
//! the failures file, the checkpoint (`--resume` at the item), progress and the summary are
//! the bulk engine's. Each first reads what the destination already has and counts it as
//! `AlreadyDone` instead of writing it again: a re-run of a finished migration writes nothing.
//!
//! - accounts: `account_check`, then `multiaccount_import` (`Accounts` form, which leaves an
//!   existing profile alone) of the missing, 100 a request;
//! - profiles: `portrait_get` of up to 20 accounts, then `portrait_set` of each that differs;
//! - C2C messages: one `importmsg` a message (history, with its original time), unless the
//!   destination's archives of the window already hold it ([`super::read::message_keys`]).

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::Poll;

use serde_json::{json, Map, Value};

use super::read::{message_key, profiles_of, set_fields};
use crate::api::client::Client;
use crate::api::wire::account::{MultiImportRequest, MultiaccountImport};
use crate::api::wire::c2c::{ImportMsg, ImportMsgRequest};
use crate::api::wire::profile::{PortraitSet, PortraitSetRequest, ProfileItem};
use crate::api::wire::{self, Endpoint};
use crate::bulk::input::Raw;
use crate::bulk::operation::{missing_from_answer, BatchFuture};
use crate::bulk::{ItemResult, Operation, Record};
use crate::domain::limits::ACCOUNT_BATCH;
use crate::error::Error;

/// Profiles a write batch reads back from the destination: fewer than `portrait_get` takes
/// (100), because each differing one is then set by a call of its own, and a batch is what a
/// resumed run settles at once.
pub const PROFILE_WRITE_BATCH: usize = 20;

/// Users (friends) or groups (members) of one batch sent at once; the engine runs 16 batches.
pub(super) const IN_BATCH: usize = 8;

/// Why an item was not written.
pub const PRESENT: &str = "already in the destination";
/// importmsg's SyncFromOldSystem for history: read, not pushed, no callbacks.
const HISTORY: u8 = 2;

/// The answer's refusal as the item's failure; anything else (auth, network, throttling
/// past the retries) ends the stage, and the checkpoint keeps what was settled.
pub(super) fn item_error(e: Error) -> Result<ItemResult, Error> {
    match e {
        Error::Api { code, info, .. } => Ok(ItemResult::Failed {
            code: Some(code),
            reason: info,
        }),
        other => Err(other),
    }
}

/// Runs `futures` on this task, at most `limit` at once (the first unfinished ones: a sliding
/// window), their outputs in their order. A batch's users or groups go in parallel, but not
/// all at once: 16 batches of 500 users each in flight held every request (95 MB at 20,000
/// friend pairs).
pub(super) async fn join_all<F: Future>(futures: Vec<F>, limit: usize) -> Vec<F::Output> {
    let mut futures: Vec<Pin<Box<F>>> = futures.into_iter().map(Box::pin).collect();
    let mut out: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut running = 0;
        for (f, slot) in futures.iter_mut().zip(out.iter_mut()) {
            if slot.is_some() {
                continue;
            }
            if running == limit.max(1) {
                break;
            }
            match f.as_mut().poll(cx) {
                Poll::Ready(v) => *slot = Some(v),
                Poll::Pending => running += 1,
            }
        }
        if running > 0 {
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    })
    .await;
    out.into_iter().flatten().collect()
}

/// Runs a batch's jobs (each settles some of its records, by index) `limit` at a time, over the
/// results known before (`settled`), and gives each record's result in record order; a record
/// no job settled is missing from the answer.
pub(super) async fn settle<F>(
    mut settled: Vec<Option<ItemResult>>,
    jobs: Vec<F>,
    limit: usize,
) -> Result<Vec<ItemResult>, Error>
where
    F: Future<Output = Result<Vec<(usize, ItemResult)>, Error>>,
{
    for done in join_all(jobs, limit).await {
        for (i, result) in done? {
            if let Some(slot) = settled.get_mut(i) {
                *slot = Some(result);
            }
        }
    }
    Ok(settled
        .into_iter()
        .map(|r| r.unwrap_or_else(missing_from_answer))
        .collect())
}

pub(super) fn json_of(record: &Record) -> Option<&Map<String, Value>> {
    match &record.raw {
        Raw::Json(map) => Some(map),
        _ => None,
    }
}

// ---------------------------------------------------------------- accounts

pub struct Accounts;

impl Operation for Accounts {
    fn name(&self) -> &'static str {
        "migrate-accounts"
    }
    fn max_batch(&self) -> usize {
        ACCOUNT_BATCH
    }
    fn endpoint(&self) -> (&'static str, &'static str) {
        (MultiaccountImport::SERVICE, MultiaccountImport::COMMAND)
    }
    fn body(&self, records: &[Record]) -> Value {
        let ids = records.iter().map(|r| r.user.clone()).collect();
        wire::body::<MultiaccountImport>(&MultiImportRequest::Accounts(ids))
    }
    fn results(&self, records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
        let answer = wire::parse::<MultiaccountImport>(answer)?;
        Ok(records
            .iter()
            .map(|r| match answer.fail_accounts.contains(&r.user) {
                true => ItemResult::Failed {
                    code: None,
                    reason: "not imported (FailAccounts)".into(),
                },
                false => ItemResult::Done(None),
            })
            .collect())
    }
    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            let ids: Vec<String> = records.iter().map(|r| r.user.clone()).collect();
            let there = super::read::existing(client, &ids).await?;
            let missing: Vec<Record> = records
                .iter()
                .filter(|r| !there.contains(&r.user))
                .cloned()
                .collect();
            let mut written: HashMap<String, ItemResult> = HashMap::new();
            if !missing.is_empty() {
                let (service, command) = self.endpoint();
                let refs: Vec<&str> = missing.iter().map(|r| r.user.as_str()).collect();
                let answer = client
                    .call(service, command, &self.body(&missing), &refs)
                    .await?;
                let results = self.results(&missing, answer)?;
                written.extend(missing.iter().map(|r| r.user.clone()).zip(results));
            }
            Ok(records
                .iter()
                .map(|r| {
                    written
                        .remove(&r.user)
                        .unwrap_or_else(|| ItemResult::Unchanged(PRESENT.into()))
                })
                .collect())
        })
    }
}

// ---------------------------------------------------------------- profiles

/// `custom`: the custom fields the bundle may carry (read back from the destination too).
pub struct Profiles {
    pub tags: Vec<String>,
}

/// A line's `ProfileItem`, checked.
fn profile_items(record: &Record) -> Result<Vec<ProfileItem>, String> {
    let items = json_of(record)
        .and_then(|m| m.get("ProfileItem"))
        .ok_or("no \"ProfileItem\"")?;
    let items: Vec<ProfileItem> = serde_json::from_value(items.clone())
        .map_err(|_| "\"ProfileItem\" must be an array of {Tag, Value}".to_string())?;
    if items.is_empty() || items.iter().any(|i| i.tag.is_empty()) {
        return Err("\"ProfileItem\" needs at least one {Tag, Value}".into());
    }
    Ok(items)
}

/// The same fields, whatever their order.
fn same_fields(a: &[ProfileItem], b: &[ProfileItem]) -> bool {
    let map = |l: &[ProfileItem]| -> HashMap<String, Value> {
        l.iter().map(|i| (i.tag.clone(), i.value.clone())).collect()
    };
    map(a) == map(b)
}

impl Profiles {
    fn request(record: &Record) -> PortraitSetRequest {
        PortraitSetRequest {
            from_account: record.user.clone(),
            profile_item: set_fields(profile_items(record).unwrap_or_default()),
        }
    }
}

impl Operation for Profiles {
    fn name(&self) -> &'static str {
        "migrate-profiles"
    }
    fn max_batch(&self) -> usize {
        PROFILE_WRITE_BATCH
    }
    fn check(&self, record: &Record) -> Result<(), String> {
        crate::domain::user_id::validate(&record.user)?;
        profile_items(record).map(drop)
    }
    fn endpoint(&self) -> (&'static str, &'static str) {
        (PortraitSet::SERVICE, PortraitSet::COMMAND)
    }
    /// The first record's request (a batch sends one per account that differs).
    fn body(&self, records: &[Record]) -> Value {
        records
            .first()
            .map(|r| wire::body::<PortraitSet>(&Self::request(r)))
            .unwrap_or_else(|| json!({}))
    }
    fn results(&self, records: &[Record], _: Value) -> Result<Vec<ItemResult>, Error> {
        Ok(records.iter().map(|_| ItemResult::Done(None)).collect())
    }
    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            let users: Vec<String> = records.iter().map(|r| r.user.clone()).collect();
            let now: HashMap<String, _> = profiles_of(client, &users, &self.tags)
                .await?
                .into_iter()
                .collect();
            let mut out = Vec::with_capacity(records.len());
            for record in records {
                let req = Self::request(record);
                match now.get(&record.user) {
                    Some(Ok(items)) if same_fields(items, &req.profile_item) => {
                        out.push(ItemResult::Unchanged(PRESENT.into()));
                        continue;
                    }
                    Some(Err((code, info))) if *code != 0 => {
                        out.push(ItemResult::Failed {
                            code: Some(*code),
                            reason: format!("not in the destination: {info}"),
                        });
                        continue;
                    }
                    _ => {}
                }
                let sent = wire::call::<PortraitSet>(client, &req, &[record.user.as_str()]).await;
                out.push(match sent {
                    Ok(_) => ItemResult::Done(None),
                    Err(e) => item_error(e)?,
                });
            }
            Ok(out)
        })
    }
}

// ---------------------------------------------------------------- c2c messages

/// `present`: the identities of the messages the destination already holds.
pub struct C2cMessages {
    pub present: Arc<HashSet<String>>,
}

/// A line as its importmsg request; a line without `MsgRandom` (made by hand) gets one derived
/// from its content, so importing it twice imports it once.
pub fn import_request(record: &Record) -> Result<ImportMsgRequest, String> {
    let mut map = json_of(record).cloned().ok_or("not a JSON line")?;
    map.entry("SyncFromOldSystem").or_insert(json!(HISTORY));
    if !map.contains_key("MsgRandom") {
        map.insert("MsgRandom".into(), json!(stable_random(&map)));
    }
    let req: ImportMsgRequest = serde_json::from_value(Value::Object(map)).map_err(|e| {
        format!("not an importmsg line (From_Account, To_Account, MsgTimeStamp, MsgBody): {e}")
    })?;
    crate::domain::user_id::validate(&req.from_account)
        .map_err(|e| format!("From_Account: {e}"))?;
    if req.msg_body.is_empty() {
        return Err("\"MsgBody\" needs at least one {MsgType, MsgContent}".into());
    }
    Ok(req)
}

/// FNV-1a over the line's parties, time and body.
fn stable_random(map: &Map<String, Value>) -> u32 {
    let text = ["From_Account", "To_Account", "MsgTimeStamp", "MsgBody"]
        .map(|k| map.get(k).map(Value::to_string).unwrap_or_default())
        .join("\u{0}");
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn request_key(req: &ImportMsgRequest) -> String {
    let v = json!({"From_Account": req.from_account, "To_Account": req.to_account,
        "MsgTimeStamp": req.msg_time_stamp, "MsgRandom": req.msg_random});
    v.as_object().map(message_key).unwrap_or_default()
}

impl Operation for C2cMessages {
    fn name(&self) -> &'static str {
        "migrate-c2c-messages"
    }
    fn max_batch(&self) -> usize {
        1
    }
    fn check(&self, record: &Record) -> Result<(), String> {
        crate::domain::user_id::validate(&record.user)?;
        import_request(record).map(drop)
    }
    fn endpoint(&self) -> (&'static str, &'static str) {
        (ImportMsg::SERVICE, ImportMsg::COMMAND)
    }
    fn body(&self, records: &[Record]) -> Value {
        records
            .first()
            .and_then(|r| import_request(r).ok())
            .map(|req| wire::body::<ImportMsg>(&req))
            .unwrap_or_else(|| json!({}))
    }
    fn results(&self, records: &[Record], _: Value) -> Result<Vec<ItemResult>, Error> {
        Ok(records.iter().map(|_| ItemResult::Done(None)).collect())
    }
    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            let mut out = Vec::with_capacity(records.len());
            for record in records {
                let req = import_request(record).map_err(Error::Failed)?;
                if self.present.contains(&request_key(&req)) {
                    out.push(ItemResult::Unchanged(PRESENT.into()));
                    continue;
                }
                let ids = [req.from_account.as_str(), req.to_account.as_str()];
                out.push(match wire::call::<ImportMsg>(client, &req, &ids).await {
                    Ok(_) => ItemResult::Done(None),
                    Err(e) => item_error(e)?,
                });
            }
            Ok(out)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(v: Value) -> Record {
        let map = v.as_object().unwrap().clone();
        let user = map
            .get("UserID")
            .or(map.get("To_Account"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        Record {
            line: 1,
            user,
            nick: None,
            face_url: None,
            raw: Raw::Json(map),
        }
    }

    #[test]
    fn a_profile_line_is_checked_and_sent_as_portrait_set() {
        let op = Profiles { tags: vec![] };
        let good = record(
            json!({"UserID": "a", "ProfileItem": [{"Tag": "Tag_Profile_IM_Nick", "Value": "A"}]}),
        );
        assert!(op.check(&good).is_ok());
        assert_eq!(
            op.body(&[good]),
            json!({"From_Account": "a", "ProfileItem": [{"Tag": "Tag_Profile_IM_Nick", "Value": "A"}]})
        );
        assert!(op.check(&record(json!({"UserID": "a"}))).is_err());
        assert!(op
            .check(&record(json!({"UserID": "a", "ProfileItem": []})))
            .is_err());
    }

    #[test]
    fn fields_compare_whatever_their_order() {
        let item = |t: &str, v: Value| ProfileItem {
            tag: t.into(),
            value: v,
        };
        let a = [item("A", json!(1)), item("B", json!("x"))];
        let b = [item("B", json!("x")), item("A", json!(1))];
        assert!(same_fields(&a, &b));
        assert!(!same_fields(&a, &b[..1]));
    }

    #[test]
    fn a_message_line_without_random_gets_the_same_one_every_time() {
        let line = json!({"From_Account": "a", "To_Account": "b", "MsgTimeStamp": 5,
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]});
        let one = import_request(&record(line.clone())).unwrap();
        let two = import_request(&record(line)).unwrap();
        assert_eq!(one.msg_random, two.msg_random);
        assert_eq!(one.sync_from_old_system, HISTORY);
        assert!(import_request(&record(json!({"To_Account": "b"}))).is_err());
    }

    #[test]
    fn a_message_the_destination_holds_is_not_sent() {
        let line = json!({"From_Account": "a", "To_Account": "b", "MsgTimeStamp": 5, "MsgRandom": 3,
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]});
        let req = import_request(&record(line.clone())).unwrap();
        let archived = json!({"From_Account": "a", "To_Account": "b", "MsgTimeStamp": 5, "MsgRandom": 3, "MsgSeq": 1});
        assert_eq!(
            request_key(&req),
            message_key(archived.as_object().unwrap())
        );
    }

    #[tokio::test]
    async fn join_all_keeps_the_order_of_its_futures() {
        use std::future::Future;
        use std::pin::Pin;
        let slow = async {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            1
        };
        let fast = async { 2 };
        let both: Vec<Pin<Box<dyn Future<Output = i32>>>> = vec![Box::pin(slow), Box::pin(fast)];
        assert_eq!(join_all(both, 2).await, [1, 2]);
        // One at a time: the second starts when the first is done.
        let started = std::sync::atomic::AtomicUsize::new(0);
        let job = |n: usize| {
            let started = &started;
            async move {
                let before = started.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                let after = started.load(std::sync::atomic::Ordering::SeqCst);
                (n, before, after)
            }
        };
        let got = join_all(vec![job(0), job(1), job(2)], 1).await;
        // Each saw no other start while it ran.
        assert_eq!(got, [(0, 0, 1), (1, 1, 2), (2, 2, 3)]);
    }

    #[tokio::test]
    async fn settle_fills_each_record_and_names_the_ones_no_job_settled() {
        let job = |i: usize| async move { Ok(vec![(i, ItemResult::Done(None))]) };
        let known = vec![None, Some(ItemResult::Unchanged(PRESENT.into())), None];
        let got = settle(known, vec![job(0)], 2).await.unwrap();
        assert!(matches!(got[0], ItemResult::Done(None)));
        assert!(matches!(got[1], ItemResult::Unchanged(_)));
        // Record 2 was settled by no job: a failure, never a silent success.
        assert!(matches!(got[2], ItemResult::Failed { .. }), "{:?}", got[2]);
    }
}
