//! One batch's path through the engine: the reader thread that cuts the input into batches
//! (checking each record and, for verbs that want it, marking repeats), the rows refused
//! before sending, and the request whose answer becomes per-record results.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use serde_json::Value;
use tokio::sync::mpsc;

use super::failures::{Failure, FailureFormat};
use super::input::{BadRow, Input, Item, Record};
use super::operation::{ItemResult, Operation};
use crate::api::client::Client;
use crate::error::Error;

/// Records in this batch: the valid ones to send, and those refused before sending.
pub(super) struct Batch {
    pub(super) index: u64,
    pub(super) valid: Vec<Record>,
    pub(super) rejected: Vec<Rejected>,
}

pub(super) enum Rejected {
    Bad(BadRow),
    Invalid(Record, String),
    /// The same ID as the row at this earlier line.
    Duplicate(Record, u64),
}

pub(super) enum Msg {
    Batch(Batch),
    Fatal(String),
    End { rows: u64 },
}

/// A batch's results, waiting to be settled in order.
pub(super) struct Settled {
    pub(super) index: u64,
    pub(super) rows: Vec<Value>,
    pub(super) succeeded: u64,
    /// (line, failure-file bytes, failure) in line order.
    pub(super) failures: Vec<(Failure, Vec<u8>)>,
    /// Rows with nothing to do, and why (already done, duplicate of line N).
    pub(super) unchanged: Vec<Failure>,
    pub(super) duplicates: u64,
    pub(super) invalid: u64,
    pub(super) sent: u64,
}

/// An ID's 64-bit hash (SipHash with fixed keys: the same in every run).
fn id_hash(id: &str) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    id.hash(&mut hasher);
    hasher.finish()
}

/// The reader: its own thread feeding a bounded channel (memory stays flat).
pub(super) fn spawn_reader<O: Operation + ?Sized>(
    mut input: Input,
    checker: Arc<O>,
    batch_size: usize,
    tx: mpsc::Sender<Msg>,
) {
    std::thread::spawn(move || {
        let mut index = 0;
        // First line of each ID, for verbs where a repeat is its own outcome: 16 bytes per
        // distinct ID (its 64-bit hash, not the ID), so a 100,000-member file costs ~2 MB.
        let mut seen: HashMap<u64, u64> = HashMap::new();
        let dedup = checker.dedup();
        loop {
            let mut batch = Batch {
                index,
                valid: Vec::new(),
                rejected: Vec::new(),
            };
            let mut count = 0;
            while count < batch_size {
                match input.next_item() {
                    None => break,
                    Some(Err(e)) => {
                        let _ = tx.blocking_send(Msg::Fatal(e));
                        return;
                    }
                    Some(Ok(Item::Bad(bad))) => {
                        count += 1;
                        batch.rejected.push(Rejected::Bad(bad));
                    }
                    Some(Ok(Item::Record(record))) => {
                        count += 1;
                        match checker.check(&record) {
                            Ok(()) if dedup => match seen.entry(id_hash(&record.user)) {
                                Entry::Occupied(first) => batch
                                    .rejected
                                    .push(Rejected::Duplicate(record, *first.get())),
                                Entry::Vacant(slot) => {
                                    slot.insert(record.line);
                                    batch.valid.push(record);
                                }
                            },
                            Ok(()) => batch.valid.push(record),
                            Err(reason) => batch.rejected.push(Rejected::Invalid(record, reason)),
                        }
                    }
                }
            }
            if count == 0 {
                let _ = tx.blocking_send(Msg::End { rows: input.rows });
                return;
            }
            if tx.blocking_send(Msg::Batch(batch)).is_err() {
                return;
            }
            index += 1;
        }
    });
}

pub(super) fn empty_settled(index: u64) -> Settled {
    Settled {
        index,
        rows: Vec::new(),
        succeeded: 0,
        failures: Vec::new(),
        unchanged: Vec::new(),
        duplicates: 0,
        invalid: 0,
        sent: 0,
    }
}

/// The batch's rows refused before sending, as failures.
pub(super) fn reject(batch: &mut Batch, ff: &FailureFormat) -> Settled {
    let mut settled = empty_settled(batch.index);
    for rejected in batch.rejected.drain(..) {
        let mut bytes = Vec::new();
        let failure = match rejected {
            Rejected::Bad(bad) => {
                ff.bad_row(&bad, &bad.reason, &mut bytes);
                Failure {
                    line: bad.line,
                    user: None,
                    code: None,
                    reason: bad.reason,
                }
            }
            Rejected::Invalid(record, reason) => {
                ff.record(&record, None, &reason, &mut bytes);
                Failure {
                    line: record.line,
                    user: Some(record.user),
                    code: None,
                    reason,
                }
            }
            Rejected::Duplicate(record, first) => {
                settled.unchanged.push(Failure {
                    line: record.line,
                    user: Some(record.user),
                    code: None,
                    reason: format!("duplicate of line {first}"),
                });
                settled.duplicates += 1;
                continue;
            }
        };
        settled.failures.push((failure, bytes));
        settled.invalid += 1;
    }
    settled
}

/// Sends one batch. Per-record refusals become failures; a refusal of the whole request
/// (a bad field, say) fails each of its records; errors no retry can fix end the run.
pub(super) async fn send<O: Operation + ?Sized>(
    client: &Client,
    op: &O,
    records: Vec<Record>,
    mut settled: Settled,
    ff: &FailureFormat,
) -> Result<Settled, Error> {
    let results = match op.send(client, &records).await {
        Ok(results) => results,
        Err(Error::Api { code, info, .. }) if !crate::error::is_auth_code(code) => {
            vec![
                ItemResult::Failed {
                    code: Some(code),
                    reason: op.explain(code, info),
                };
                records.len()
            ]
        }
        Err(e @ (Error::Transport(_) | Error::RateLimited { .. }))
            if op.transport_fails_items() =>
        {
            vec![
                ItemResult::Failed {
                    code: None,
                    reason: format!(
                        "no answer: {e} (it may have been carried out; check before sending again)"
                    ),
                };
                records.len()
            ]
        }
        Err(e) => return Err(e),
    };
    for (record, result) in records.into_iter().zip(results) {
        match result {
            ItemResult::Done(row) => {
                settled.succeeded += 1;
                settled.rows.extend(row);
            }
            ItemResult::Unchanged(reason) => settled.unchanged.push(Failure {
                line: record.line,
                user: Some(record.user),
                code: None,
                reason,
            }),
            ItemResult::Failed { code, reason } => {
                let mut bytes = Vec::new();
                ff.record(&record, code, &reason, &mut bytes);
                settled.failures.push((
                    Failure {
                        line: record.line,
                        user: Some(record.user),
                        code,
                        reason,
                    },
                    bytes,
                ));
            }
        }
    }
    settled.failures.sort_by_key(|(f, _)| f.line);
    settled.unchanged.sort_by_key(|f| f.line);
    Ok(settled)
}
