//! The outcome of a bulk job, in the service's own naming (PascalCase), as `-o json` prints it
//! (docs/output-bulk.md).

use std::path::PathBuf;

use serde_json::{json, Value};

use super::failures::Failure;

/// At most this many failures are listed in the summary; the failures file has them all.
pub const LISTED_FAILURES: usize = 1000;

#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// `import`, `delete`, `check`, `export`, `state`, `group-send`, ...
    pub operation: String,
    /// Rows of this run: sent, refused before sending, unreadable, or duplicates; always
    /// `Succeeded + AlreadyDone + Duplicates + Failed`.
    pub requested: u64,
    pub succeeded: u64,
    pub failed: u64,
    /// Of `failed`: rows refused before sending (unreadable, invalid UserID, ...).
    pub invalid: u64,
    /// Rows the service was already in the wanted state for ("already a member").
    pub already_done: u64,
    /// Rows repeating an earlier row of the input (not sent again).
    pub duplicates: u64,
    /// Rows a previous run finished (`--resume`).
    pub skipped: u64,
    pub seconds: f64,
    pub dry_run: bool,
    /// Records `--dry-run` would have sent.
    pub would_send: u64,
    pub requests: u64,
    pub failures_file: Option<PathBuf>,
    pub output_file: Option<PathBuf>,
    /// The checkpoint a run that did not complete left behind (for the `--resume` hint).
    pub checkpoint: Option<PathBuf>,
    /// The first [`LISTED_FAILURES`] failures.
    pub failures: Vec<Failure>,
    /// The first [`LISTED_FAILURES`] rows with nothing to do (already done, duplicates), with
    /// their reason in `Failure::reason` and no code.
    pub unchanged: Vec<Failure>,
    /// The key naming an item in `Failures`/`Unchanged`: the operation's ID column (`UserID`,
    /// `GroupId`, ...).
    pub id_key: &'static str,
}

impl Summary {
    fn id_key(&self) -> &'static str {
        if self.id_key.is_empty() {
            "UserID"
        } else {
            self.id_key
        }
    }

    pub fn to_json(&self) -> Value {
        let failures: Vec<Value> = self
            .failures
            .iter()
            .map(|f| {
                json!({
                    "Line": f.line,
                    self.id_key(): f.user,
                    "ErrorCode": f.code,
                    "ErrorInfo": f.reason,
                })
            })
            .collect();
        let unchanged: Vec<Value> = self
            .unchanged
            .iter()
            .map(|f| json!({"Line": f.line, self.id_key(): f.user, "Outcome": f.reason}))
            .collect();
        let path = |p: &Option<PathBuf>| {
            p.as_ref()
                .map_or(Value::Null, |p| json!(p.display().to_string()))
        };
        if self.dry_run {
            return json!({
                "Operation": self.operation,
                "DryRun": true,
                "Requested": self.requested,
                "WouldSend": self.would_send,
                "Requests": self.requests,
                "Invalid": self.invalid,
                "Failures": failures,
            });
        }
        json!({
            "Operation": self.operation,
            "Requested": self.requested,
            "Succeeded": self.succeeded,
            "AlreadyDone": self.already_done,
            "Duplicates": self.duplicates,
            "Failed": self.failed,
            "Invalid": self.invalid,
            "SkippedAsDone": self.skipped,
            "Seconds": (self.seconds * 100.0).round() / 100.0,
            "FailuresFile": path(&self.failures_file),
            "Failures": failures,
            "Unchanged": unchanged,
        })
    }

    /// One line for people: `imported 3 account(s), 1 failed …` (`noun` names the items).
    pub fn human(&self, verb: &str, noun: &str) -> String {
        if self.dry_run {
            return format!(
                "dry run: {} row(s) read, {} would be sent in {} request(s), {} with problems; nothing was sent",
                self.requested, self.would_send, self.requests, self.invalid
            );
        }
        let mut text = format!("{verb} {} {noun}", self.succeeded);
        if self.already_done > 0 {
            text.push_str(&format!(", {} already done", self.already_done));
        }
        if self.duplicates > 0 {
            text.push_str(&format!(", {} duplicate(s)", self.duplicates));
        }
        text.push_str(&format!(", {} failed", self.failed));
        if self.skipped > 0 {
            text.push_str(&format!(", {} already done before resuming", self.skipped));
        }
        text.push_str(&format!(" in {:.1} s", self.seconds));
        if let (Some(path), true) = (&self.failures_file, self.failed > 0) {
            text.push_str(&format!("; failures in {}", path.display()));
        }
        text
    }
}
