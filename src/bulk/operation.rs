//! The two sides a bulk job is written against: the verb's [`Operation`] (a batch to a
//! request, an answer to per-record results) and the command layer's [`Reporter`] (everything
//! the user sees). The engine drives both and depends on nothing above it.

use serde_json::Value;

use super::input::Record;
use super::progress::Progress;
use crate::domain::user_id;
use crate::error::Error;

/// What one record came to.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemResult {
    /// Done; with a data row for commands that read (check, export, state).
    Done(Option<Value>),
    Failed {
        code: Option<i64>,
        reason: String,
    },
}

/// One bulk verb: how a batch becomes a request and an answer becomes per-record results.
pub trait Operation: Send + Sync + 'static {
    /// `import`, `delete`, ... (checkpoint and summary).
    fn name(&self) -> &'static str;
    /// The documented number of records a request may carry.
    fn max_batch(&self) -> usize;
    /// Client-side checks before sending; the default is the UserID rule.
    fn check(&self, record: &Record) -> Result<(), String> {
        user_id::validate(&record.user)
    }
    fn endpoint(&self) -> (&'static str, &'static str);
    fn body(&self, records: &[Record]) -> Value;
    /// Per-record results, in the order of `records`.
    fn results(&self, records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error>;
}

/// How a bulk job talks to the user; implemented by the command layer.
pub trait Reporter {
    /// A row that failed, already formatted as `FILE:LINE: [UserID: ]reason`.
    fn failure(&mut self, text: &str);
    fn warn(&mut self, text: &str);
    /// What `--dry-run` would send.
    fn preview(&mut self, request: &Value) -> Result<(), Error>;
    /// Data rows in input order (when there is no output file).
    fn rows(&mut self, rows: Vec<Value>) -> Result<(), Error>;
    /// Data rows as output-file bytes; `first` when nothing was written yet (CSV header).
    fn encode(&mut self, rows: &[Value], first: bool) -> Vec<u8>;
    /// True when progress is shown (a terminal): the engine then counts the rows up front.
    fn wants_progress(&self) -> bool;
    fn progress(&mut self, progress: &Progress);
    fn progress_done(&mut self);
}

/// Results for records that the answer does not mention: each failed, naming what is missing.
pub fn missing_from_answer() -> ItemResult {
    ItemResult::Failed {
        code: None,
        reason: "the answer has no result for this account".into(),
    }
}
