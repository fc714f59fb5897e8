//! The two sides a bulk job is written against: the verb's [`Operation`] (a batch to a
//! request, an answer to per-record results) and the command layer's [`Reporter`] (everything
//! the user sees). The engine drives both and depends on nothing above it.

use std::future::Future;
use std::pin::Pin;

use serde_json::Value;

use super::input::Record;
use super::progress::Progress;
use crate::api::client::Client;
use crate::domain::user_id;
use crate::error::Error;

/// What one record came to.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemResult {
    /// Done; with a data row for commands that read (check, export, state, send).
    Done(Option<Value>),
    /// Nothing to do: the service was already in the wanted state ("already a member", "not a
    /// member"). Counted as `AlreadyDone`, never as a success or a failure.
    Unchanged(String),
    Failed {
        code: Option<i64>,
        reason: String,
    },
}

/// A batch's results, in the order of its records.
pub type BatchFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Vec<ItemResult>, Error>> + Send + 'a>>;

/// One bulk verb: how a batch becomes a request and an answer becomes per-record results.
pub trait Operation: Send + Sync + 'static {
    /// `import`, `delete`, ... (checkpoint and summary).
    fn name(&self) -> &'static str;
    /// What the verb acts on besides the records (the group of `members add`, the sender of
    /// `send`), recorded in the checkpoint so that `--resume` cannot continue on another one.
    fn target(&self) -> Option<String> {
        None
    }
    /// The name of a record's ID, for a plain list's failures file: `UserID`, `GroupId`.
    fn id_column(&self) -> &'static str {
        "UserID"
    }
    /// The documented number of records a request may carry.
    fn max_batch(&self) -> usize;
    /// Client-side checks before sending; the default is the UserID rule.
    fn check(&self, record: &Record) -> Result<(), String> {
        user_id::validate(&record.user)
    }
    /// True when a record repeating an earlier one is its own outcome ("duplicate of line N")
    /// rather than sent again (member lists: the second is not a second member).
    fn dedup(&self) -> bool {
        false
    }
    /// True when a transport failure (no answer after the retries) is the batch's own failure
    /// rather than the end of the run: verbs of one request per item, whose items are
    /// independent (a group send that timed out is that group's failure).
    fn transport_fails_items(&self) -> bool {
        false
    }
    /// The words shown for a refusal of the service (`ErrorCode` and `ErrorInfo`); verbs add
    /// what the code means on their page.
    fn explain(&self, _code: i64, info: String) -> String {
        info
    }
    fn endpoint(&self) -> (&'static str, &'static str);
    fn body(&self, records: &[Record]) -> Value;
    /// Per-record results, in the order of `records`.
    fn results(&self, records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error>;
    /// Sends one batch: by default one request ([`Operation::body`]) read by
    /// [`Operation::results`]; a verb that must read before it writes overrides it.
    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            let (service, command) = self.endpoint();
            let body = self.body(records);
            let ids: Vec<&str> = records.iter().map(|r| r.user.as_str()).collect();
            let answer = client.call(service, command, &body, &ids).await?;
            self.results(records, answer)
        })
    }
}

/// How a bulk job talks to the user; implemented by the command layer.
pub trait Reporter {
    /// A row that failed, already formatted as `FILE:LINE: [UserID: ]reason`.
    fn failure(&mut self, text: &str);
    /// A row with nothing to do (`FILE:LINE: UserID: already a member`): a status line.
    fn note(&mut self, text: &str);
    fn warn(&mut self, text: &str);
    /// What `--dry-run` would send.
    fn preview(&mut self, request: &Value) -> Result<(), Error>;
    /// Data rows in input order (when there is no output file).
    fn rows(&mut self, rows: Vec<Value>) -> Result<(), Error>;
    /// Data rows as output-file bytes; `first` when nothing was written yet (CSV header).
    fn encode(&mut self, rows: &[Value], first: bool) -> Vec<u8>;
    /// True when progress is shown: the engine then counts the rows up front.
    fn wants_progress(&self) -> bool;
    fn progress(&mut self, progress: &Progress);
    fn progress_done(&mut self);
}

/// Each record's result from an answer's per-user items, matched by the user ID `id` reads
/// from an item (a user named twice takes the items in order), through `each`; a user the
/// answer leaves out failed ([`missing_from_answer`]).
pub fn by_user<'a, T>(
    records: &[Record],
    items: &'a [T],
    id: impl Fn(&'a T) -> &'a str,
    each: impl Fn(&'a T) -> ItemResult,
) -> Vec<ItemResult> {
    let mut by_id: std::collections::HashMap<&str, std::collections::VecDeque<&T>> =
        std::collections::HashMap::new();
    for item in items {
        by_id.entry(id(item)).or_default().push_back(item);
    }
    records
        .iter()
        .map(|r| {
            by_id
                .get_mut(r.user.as_str())
                .and_then(std::collections::VecDeque::pop_front)
                .map_or_else(missing_from_answer, &each)
        })
        .collect()
}

/// Results for records that the answer does not mention: each failed, naming what is missing.
pub fn missing_from_answer() -> ItemResult {
    ItemResult::Failed {
        code: None,
        reason: "the answer has no result for this account".into(),
    }
}
