//! The report at the end of a migration, one entry per stage (read, written, already
//! present, failed, the failures file), and the bulk engine's reporter for the write stages.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::bulk::progress::Progress;
use crate::bulk::{Reporter, Summary};
use crate::error::Error;
use crate::migrate::Kind;
use crate::output::Output;

#[derive(Debug, Default)]
pub struct StageReport {
    pub read: u64,
    pub written: u64,
    pub already_present: u64,
    pub failed: u64,
    /// Items an interrupted run of this stage had settled (`--resume`).
    pub resumed: u64,
    pub failures_file: Option<PathBuf>,
    pub note: Option<String>,
}

impl StageReport {
    pub fn add(&mut self, s: &Summary) {
        self.written += s.succeeded;
        self.already_present += s.already_done + s.duplicates;
        self.failed += s.failed;
        self.resumed += s.skipped;
        if s.failures_file.is_some() {
            self.failures_file = s.failures_file.clone();
        }
    }
}

/// The stages in write order.
#[derive(Debug, Default)]
pub struct Report {
    pub from: Option<u64>,
    pub to: Option<u64>,
    stages: Vec<(Kind, StageReport)>,
    /// The groups moved under a new ID (their source IDs were generated), and the bundle file
    /// that lists them.
    pub renamed_groups: Option<(usize, PathBuf)>,
}

impl Report {
    pub fn new(from: Option<u64>, to: Option<u64>) -> Report {
        Report {
            from,
            to,
            stages: Vec::new(),
            renamed_groups: None,
        }
    }

    pub fn stage(&mut self, kind: Kind) -> &mut StageReport {
        let at = match self.stages.iter().position(|(k, _)| *k == kind) {
            Some(at) => at,
            None => {
                self.stages.push((kind, StageReport::default()));
                self.stages.sort_by_key(|(k, _)| *k);
                self.stages
                    .iter()
                    .position(|(k, _)| *k == kind)
                    .unwrap_or(0)
            }
        };
        &mut self.stages[at].1
    }

    pub fn failed(&self) -> u64 {
        self.stages.iter().map(|(_, s)| s.failed).sum()
    }

    pub fn requested(&self) -> u64 {
        self.stages.iter().map(|(_, s)| s.read).sum()
    }

    /// `wrote`: the verb writes (run, import); export only reads.
    pub fn to_json(&self, wrote: bool) -> Value {
        let stages: Vec<Value> = self
            .stages
            .iter()
            .map(|(k, s)| {
                let mut v = json!({"Stage": k.name(), "Read": s.read});
                if wrote {
                    v["Written"] = json!(s.written);
                    v["AlreadyPresent"] = json!(s.already_present);
                    v["Failed"] = json!(s.failed);
                    v["Resumed"] = json!(s.resumed);
                    v["FailuresFile"] =
                        json!(s.failures_file.as_ref().map(|p| p.display().to_string()));
                }
                v
            })
            .collect();
        let mut doc = json!({"Stages": stages});
        if wrote {
            let (count, file) = match &self.renamed_groups {
                Some((n, path)) => (*n, Some(path.display().to_string())),
                None => (0, None),
            };
            doc["RenamedGroups"] = json!(count);
            doc["GroupIdsFile"] = json!(file);
        }
        if let Some(from) = self.from {
            doc["From"] = json!(from);
        }
        if let Some(to) = self.to {
            doc["To"] = json!(to);
        }
        doc
    }

    pub fn human(&self, wrote: bool) -> String {
        let lines: Vec<String> = self
            .stages
            .iter()
            .map(|(k, s)| {
                let mut line = format!("{}: {} read", k.name(), s.read);
                if wrote {
                    line.push_str(&format!(
                        ", {} written, {} already present, {} failed",
                        s.written, s.already_present, s.failed
                    ));
                    if s.resumed > 0 {
                        line.push_str(&format!(", {} settled by the interrupted run", s.resumed));
                    }
                    if let Some(f) = &s.failures_file {
                        line.push_str(&format!(" (see {})", f.display()));
                    }
                    if let Some(note) = &s.note {
                        line.push_str(&format!(" ({note})"));
                    }
                }
                line
            })
            .collect();
        lines.join("\n")
    }
}

/// Off a terminal too, progress is one plain line at most this often.
const PROGRESS_EVERY: Duration = Duration::from_secs(3);

/// Failures and warnings on stderr as they come; progress every few seconds (not with -q);
/// items already present are only counted (one line each would bury the failures).
pub struct MigrateReporter<'a> {
    out: &'a Output,
    stage: &'static str,
    quiet: bool,
    last: Instant,
}

impl<'a> MigrateReporter<'a> {
    pub fn new(out: &'a Output, stage: &'static str, quiet: bool) -> Self {
        MigrateReporter {
            out,
            stage,
            quiet,
            last: Instant::now(),
        }
    }
}

impl Reporter for MigrateReporter<'_> {
    fn failure(&mut self, text: &str) {
        self.out.warn(&format!("{}: {text}", self.stage));
    }
    fn note(&mut self, _: &str) {}
    fn warn(&mut self, text: &str) {
        self.out.warn(&format!("{}: {text}", self.stage));
    }
    fn preview(&mut self, _: &Value) -> Result<(), Error> {
        Ok(())
    }
    fn rows(&mut self, _: Vec<Value>) -> Result<(), Error> {
        Ok(())
    }
    fn encode(&mut self, _: &[Value], _: bool) -> Vec<u8> {
        Vec::new()
    }
    fn wants_progress(&self) -> bool {
        !self.quiet
    }
    fn progress(&mut self, progress: &Progress) {
        if !self.quiet && self.last.elapsed() >= PROGRESS_EVERY {
            self.last = Instant::now();
            self.out
                .status(&format!("{}: {}", self.stage, progress.line()));
        }
    }
    fn progress_done(&mut self) {}
}
