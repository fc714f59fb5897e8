//! The bulk engine: the reader thread feeds batches into a bounded channel, up to
//! `concurrency` batches are in flight through the client (paced by its limiter), and each
//! finished batch is settled in input order: failures appended to the failures file, data rows
//! to the output, the checkpoint advanced, progress reported. Verbs implement
//! [`Operation`]; the command layer implements [`Reporter`] (the engine never prints).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::mpsc;
use tokio::task::JoinSet;

use super::batches::{reject, send, spawn_reader, Msg, Settled};
use super::checkpoint::{self, Checkpoint, Found};
use super::failures::{Failure, FailureFormat};
use super::input::{count_rows, Format, Input};
use super::operation::{Operation, Reporter};
use super::outputs::{refuse_overlaps, OutputFile};
use super::progress::Progress;
use super::summary::{Summary, LISTED_FAILURES};
use crate::api::client::Client;
use crate::error::{Error, Exit};

/// The flags of a bulk run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub concurrency: usize,
    /// Records a request; `None` for the operation's documented maximum.
    pub batch_size: Option<usize>,
    pub failures: Option<PathBuf>,
    /// A data output file (`export --out`).
    pub output: Option<PathBuf>,
    pub checkpoint: Option<PathBuf>,
    pub resume: bool,
    pub dry_run: bool,
}

/// A job ready to run: input open, outputs checked and opened, checkpoint loaded.
pub struct Job {
    input: Input,
    name: String,
    format: Format,
    batch_size: usize,
    opts: Options,
    checkpoint: Option<Checkpoint>,
    failures: Option<OutputFile>,
    output: Option<OutputFile>,
    notes: Vec<String>,
    /// The operation's ID column (failures file of a plain list).
    id_column: &'static str,
}

/// How a run ended.
pub enum End {
    Complete,
    Interrupted,
    Fatal(Error),
}

impl Job {
    /// Everything that can be refused before the first request: bad flags (exit 2), outputs
    /// that are the input (exit 2), a changed input on `--resume` (exit 2), unwritable paths
    /// (exit 3).
    pub fn prepare<O: Operation + ?Sized>(
        input: Input,
        op: &O,
        opts: Options,
    ) -> Result<Job, Error> {
        let (operation, max_batch) = (op.name(), op.max_batch());
        if opts.concurrency == 0 {
            return Err(Error::usage("--concurrency must be 1 or more"));
        }
        let batch_size = opts.batch_size.unwrap_or(max_batch);
        if batch_size == 0 || batch_size > max_batch {
            return Err(Error::usage(format!(
                "--batch-size must be 1 to {max_batch} (the documented maximum of a request)"
            )));
        }
        let stdin = input.path.as_ref().is_some_and(|p| p.as_os_str() == "-");
        if opts.resume && stdin {
            return Err(Error::usage(
                "--resume needs a file: standard input cannot be read again",
            ));
        }
        let checkpoint_path = match (&input.path, &opts.checkpoint) {
            (Some(path), explicit) if !stdin => Some(
                explicit
                    .clone()
                    .unwrap_or_else(|| checkpoint::default_path(path)),
            ),
            _ => None,
        };
        let mut outputs: Vec<(&str, &std::path::Path)> = Vec::new();
        if let Some(p) = &opts.failures {
            outputs.push(("--failures", p));
        }
        if let Some(p) = &opts.output {
            outputs.push(("--out", p));
        }
        if let Some(p) = &checkpoint_path {
            outputs.push(("--checkpoint", p));
        }
        refuse_overlaps(input.path.as_deref(), &outputs)?;
        let mut notes = Vec::new();
        if opts.dry_run {
            return Ok(Job {
                name: input.name.clone(),
                format: input.format.clone(),
                input,
                batch_size,
                opts,
                checkpoint: None,
                failures: None,
                output: None,
                notes,
                id_column: "UserID",
            });
        }
        let checkpoint = match (&input.path, checkpoint_path) {
            (Some(path), Some(cp_path)) => {
                let target = op.target();
                let (cp, found) = checkpoint::prepare(
                    checkpoint::Run {
                        operation,
                        target: target.as_deref(),
                        batch_size,
                    },
                    path,
                    cp_path,
                    opts.resume,
                )?;
                if let Found::NothingToResume = found {
                    notes.push(format!(
                        "no checkpoint at {}: nothing to resume, starting from the beginning",
                        cp.path.display()
                    ));
                }
                Some(cp)
            }
            _ => None,
        };
        let resumed = checkpoint.as_ref().filter(|c| c.resumed).map(|c| &c.state);
        let failures = match &opts.failures {
            Some(p) => Some(OutputFile::open(
                "--failures",
                p,
                resumed.map(|s| s.failures_bytes),
            )?),
            None => None,
        };
        let output = match &opts.output {
            Some(p) => Some(OutputFile::open(
                "--out",
                p,
                resumed.map(|s| s.output_bytes),
            )?),
            None => None,
        };
        Ok(Job {
            name: input.name.clone(),
            format: input.format.clone(),
            input,
            batch_size,
            opts,
            checkpoint,
            failures,
            output,
            notes,
            id_column: "UserID",
        })
    }

    pub fn format(&self) -> &Format {
        &self.input.format
    }

    /// Runs the job to its end; the summary is filled whatever the end.
    pub async fn run<O: Operation + ?Sized>(
        mut self,
        client: Arc<Client>,
        op: Arc<O>,
        reporter: &mut dyn Reporter,
    ) -> Result<(Summary, End), Error> {
        for note in self.notes.drain(..) {
            reporter.warn(&note);
        }
        let mut summary = Summary {
            operation: op.name().to_string(),
            dry_run: self.opts.dry_run,
            failures_file: self.opts.failures.clone(),
            output_file: self.opts.output.clone(),
            ..Summary::default()
        };
        let total = match (&self.input.path, reporter.wants_progress()) {
            (Some(path), true) if path.as_os_str() != "-" => {
                count_rows(path, matches!(self.input.format, Format::Csv { .. }))
            }
            (None, true) => None,
            _ => None,
        };
        let mut progress = Progress::new(total);
        let id_column = op.id_column();
        self.id_column = id_column;
        summary.id_key = id_column;
        let failure_format = FailureFormat::new(self.input.format.clone(), id_column);
        let done_below = self
            .checkpoint
            .as_ref()
            .filter(|c| c.resumed)
            .map_or(0, |c| c.state.done_below);
        if let Some(cp) = self.checkpoint.as_ref().filter(|c| c.resumed) {
            summary.skipped = cp.state.succeeded + cp.state.failed;
            progress.skipped = summary.skipped;
        }

        let concurrency = self.opts.concurrency.clamp(1, 256);
        let (tx, mut rx) = mpsc::channel::<Msg>(concurrency * 2);
        let input = std::mem::replace(&mut self.input, Input::args(&[]));
        let format = self.format.clone();
        let batch_size = self.batch_size;
        let checker = op.clone();
        spawn_reader(input, checker, batch_size, tx);

        let mut tasks: JoinSet<Result<Settled, Error>> = JoinSet::new();
        let mut pending: BTreeMap<u64, Settled> = BTreeMap::new();
        let mut next = done_below;
        let mut reading = true;
        let mut rows_read: Option<u64> = None;
        let mut end = End::Complete;
        let ctrl_c = tokio::signal::ctrl_c();
        tokio::pin!(ctrl_c);
        let dry_run = self.opts.dry_run;

        loop {
            if !reading && tasks.is_empty() {
                break;
            }
            let room = tasks.len() < concurrency && tasks.len() + pending.len() < concurrency * 2;
            tokio::select! {
                biased;
                _ = &mut ctrl_c, if matches!(end, End::Complete) => {
                    end = End::Interrupted;
                    reading = false;
                    reporter.warn("interrupted: finishing the requests in flight");
                }
                Some(joined) = tasks.join_next(), if !tasks.is_empty() => {
                    match joined {
                        Ok(Ok(settled)) => {
                            pending.insert(settled.index, settled);
                        }
                        Ok(Err(e)) => {
                            // Auth, transport or throttling that retries could not fix: stop
                            // sending; what finished in order is kept in the checkpoint.
                            reading = false;
                            if !matches!(end, End::Fatal(_)) {
                                end = End::Fatal(e);
                            }
                        }
                        Err(e) => {
                            reading = false;
                            end = End::Fatal(Error::Failed(format!("a request task failed: {e}")));
                        }
                    }
                }
                msg = rx.recv(), if reading && room => {
                    match msg {
                        None => reading = false,
                        Some(Msg::End { rows }) => {
                            rows_read = Some(rows);
                            reading = false;
                        }
                        Some(Msg::Fatal(e)) => {
                            reading = false;
                            end = End::Fatal(Error::Failed(e));
                        }
                        Some(Msg::Batch(mut batch)) => {
                            if batch.index < done_below {
                                continue;
                            }
                            let mut settled = reject(&mut batch, &failure_format);
                            if dry_run || batch.valid.is_empty() {
                                if dry_run && !batch.valid.is_empty() {
                                    let (service, command) = op.endpoint();
                                    reporter.preview(&client.preview(service, command, &op.body(&batch.valid)))?;
                                    settled.sent = batch.valid.len() as u64;
                                }
                                pending.insert(settled.index, settled);
                            } else {
                                let client = client.clone();
                                let op = op.clone();
                                let ff = FailureFormat::new(format.clone(), id_column);
                                tasks.spawn(async move { send(&client, &*op, batch.valid, settled, &ff).await });
                            }
                        }
                    }
                }
            }
            // Settle, in input order, every batch whose predecessors are settled.
            while let Some(settled) = pending.remove(&next) {
                self.settle(settled, &mut summary, &mut progress, reporter)?;
                next += 1;
            }
        }
        // After a fatal error or Ctrl-C, batches finished out of order past a gap are not
        // recorded: `--resume` sends them again (the account verbs are idempotent).
        reporter.progress_done();
        summary.seconds = progress.elapsed().as_secs_f64();
        if let Some(f) = self.failures.take() {
            // Nothing failed (in this run or the one it resumes): no file with a lone header.
            if f.is_empty() {
                f.discard()?;
                summary.failures_file = None;
            } else {
                f.finish()?;
            }
        }
        if let Some(o) = self.output.take() {
            o.finish()?;
        }
        if matches!(end, End::Complete) {
            if let Some(cp) = self.checkpoint.take() {
                cp.remove();
            }
            if rows_read == Some(0) && summary.skipped == 0 {
                reporter.warn(&format!(
                    "{} has no rows (empty, or a header only): nothing to do",
                    self.name
                ));
            }
        } else if let Some(cp) = &self.checkpoint {
            // The command layer says how to continue (it knows the command line).
            summary.checkpoint = Some(cp.path.clone());
        }
        Ok((summary, end))
    }

    fn settle(
        &mut self,
        settled: Settled,
        summary: &mut Summary,
        progress: &mut Progress,
        reporter: &mut dyn Reporter,
    ) -> Result<(), Error> {
        let failed = settled.failures.len() as u64;
        let mut bytes = Vec::new();
        if let Some(f) = self.failures.as_ref() {
            if f.is_empty() && !settled.failures.is_empty() {
                bytes.extend(FailureFormat::new(self.format.clone(), self.id_column).header());
            }
        }
        for note in &settled.unchanged {
            reporter.note(&failure_text(&self.name, &self.format, note));
            if summary.unchanged.len() < LISTED_FAILURES {
                summary.unchanged.push(note.clone());
            }
        }
        for (failure, line) in &settled.failures {
            reporter.failure(&failure_text(&self.name, &self.format, failure));
            bytes.extend_from_slice(line);
            if summary.failures.len() < LISTED_FAILURES {
                summary.failures.push(failure.clone());
            }
        }
        if let Some(f) = self.failures.as_mut() {
            f.write(&bytes)?;
        }
        if !settled.rows.is_empty() {
            match self.output.as_mut() {
                Some(out) => {
                    let first = out.is_empty();
                    let encoded = reporter.encode(&settled.rows, first);
                    out.write(&encoded)?;
                }
                None => reporter.rows(settled.rows)?,
            }
        }
        let unchanged = settled.unchanged.len() as u64;
        summary.requested += settled.succeeded + failed + settled.sent + unchanged;
        summary.succeeded += settled.succeeded;
        summary.already_done += unchanged - settled.duplicates;
        summary.duplicates += settled.duplicates;
        summary.failed += failed;
        summary.invalid += settled.invalid;
        summary.would_send += settled.sent;
        if settled.sent > 0 {
            summary.requests += 1;
        }
        if let Some(cp) = self.checkpoint.as_mut() {
            cp.state.done_below = settled.index + 1;
            cp.state.succeeded += settled.succeeded + unchanged;
            cp.state.failed += failed;
            cp.state.failures_bytes = self.failures.as_ref().map_or(0, OutputFile::len);
            cp.state.output_bytes = self.output.as_ref().map_or(0, OutputFile::len);
            cp.save()?;
        }
        progress.done += settled.succeeded + failed + unchanged;
        progress.failed += failed;
        reporter.progress(progress);
        Ok(())
    }
}

/// `FILE:LINE: UserID: ErrorCode N: reason`.
fn failure_text(name: &str, format: &Format, f: &Failure) -> String {
    let mut text = match format {
        Format::Args => String::new(),
        _ => format!("{name}:{}: ", f.line),
    };
    if let Some(user) = f.user.as_deref().filter(|u| !u.is_empty()) {
        text.push_str(user);
        text.push_str(": ");
    }
    if let Some(code) = f.code {
        text.push_str(&format!("ErrorCode {code}: "));
    }
    text.push_str(&f.reason);
    text
}

/// The exit status of a finished job: 0, or 6 when some rows failed.
pub fn exit_of(summary: &Summary) -> Result<Exit, Error> {
    if summary.failed > 0 {
        return Err(Error::Partial {
            requested: summary.requested,
            failed: summary.failed,
        });
    }
    Ok(Exit::Ok)
}
