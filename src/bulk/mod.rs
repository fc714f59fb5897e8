//! The bulk engine behind `account import|delete|check` with many accounts: the input is read
//! as a stream and cut into batches of the documented size; batches go out concurrently, paced
//! by the client's rate limiter; a checkpoint records which batches are done so `--resume`
//! continues after a crash, a kill or Ctrl-C without redoing or losing any; records the service
//! refuses go to `--failures` in the input's format.

pub mod reader;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use serde_json::{json, Value};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::api::client::Client;
use crate::bulk::reader::{check_record, Batch, FailureWriter, FileReader, Format, Raw, Record};
use crate::commands::bulk_args::BulkFileArgs;
use crate::commands::{rest, Ctx};
use crate::domain::limits::ACCOUNT_BATCH;
use crate::error::{Error, Exit};

/// What a bulk run does to each batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Import,
    Delete,
    Check,
}

impl Op {
    fn name(self) -> &'static str {
        match self {
            Op::Import => "import",
            Op::Delete => "delete",
            Op::Check => "check",
        }
    }
}

/// Where the accounts come from.
pub enum Source<'a> {
    Args(&'a [String]),
    File(&'a BulkFileArgs, &'a Path),
}

/// One batch's result.
struct Outcome {
    index: u64,
    succeeded: u64,
    failures: Vec<(Record, String)>,
    rows: Vec<Value>,
}

pub fn run(ctx: &mut Ctx, op: Op, source: Source<'_>) -> Result<Exit, Error> {
    let rt = rest::runtime()?;
    rt.block_on(run_async(ctx, op, source))
}

async fn run_async(ctx: &mut Ctx, op: Op, source: Source<'_>) -> Result<Exit, Error> {
    let session = rest::connect(ctx).await?;
    let (format, mut reader, file_args) = match &source {
        Source::Args(users) => {
            let records: Vec<Record> = users
                .iter()
                .map(|u| Record {
                    user: u.clone(),
                    nick: None,
                    face_url: None,
                    raw: Raw::Arg,
                })
                .collect();
            (Format::Args, Input::Args(records.into_iter()), None)
        }
        Source::File(args, path) => {
            let reader = FileReader::open(path).map_err(Error::Usage)?;
            (
                reader.format.clone(),
                Input::File(Box::new(reader)),
                Some((*args, *path)),
            )
        }
    };

    let mut checkpoint = match file_args {
        Some((args, path)) => Some(Checkpoint::load_or_new(op, args, path)?),
        None => None,
    };
    let mut failures = match file_args.and_then(|(args, _)| args.failures.as_ref()) {
        Some(path) => Some(
            FailureWriter::create(
                path,
                format.clone(),
                file_args.is_some_and(|(a, _)| a.resume),
            )
            .map_err(Error::Failed)?,
        ),
        None => None,
    };
    let concurrency = file_args.map_or(8, |(a, _)| a.concurrency.clamp(1, 256));

    // Reading and parsing run on their own thread; a bounded channel keeps memory flat.
    let (batch_tx, mut batch_rx) = mpsc::channel::<Result<Batch, String>>(concurrency * 2);
    let with_profile = op == Op::Import;
    std::thread::spawn(move || {
        let mut index = 0;
        loop {
            let mut batch = Batch {
                index,
                valid: Vec::new(),
                invalid: Vec::new(),
            };
            let mut count = 0;
            while count < ACCOUNT_BATCH {
                match reader.next() {
                    None => break,
                    Some(Err(e)) => {
                        let _ = batch_tx.blocking_send(Err(e));
                        return;
                    }
                    Some(Ok(record)) => {
                        count += 1;
                        match check_record(&record, with_profile) {
                            Ok(()) => batch.valid.push(record),
                            Err(reason) => batch.invalid.push((record, reason)),
                        }
                    }
                }
            }
            if count == 0 || batch_tx.blocking_send(Ok(batch)).is_err() {
                return;
            }
            index += 1;
        }
    });

    let client = Arc::new(session.client);
    let progress = Progress::new(ctx, op);
    let started = Instant::now();
    let mut tasks: JoinSet<Result<Outcome, (u64, Error)>> = JoinSet::new();
    let mut reading = true;
    let mut interrupted = false;
    let mut fatal: Option<Error> = None;
    let (mut succeeded, mut failed, mut skipped) = (0u64, 0u64, 0u64);
    let mut rows: BTreeMap<u64, Vec<Value>> = BTreeMap::new();
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);

    loop {
        if !reading && tasks.is_empty() {
            break;
        }
        tokio::select! {
            biased;
            _ = &mut ctrl_c, if !interrupted => {
                interrupted = true;
                reading = false;
                progress.note("interrupted: finishing the requests in flight");
            }
            Some(joined) = tasks.join_next(), if !tasks.is_empty() => {
                let outcome = match joined {
                    Ok(Ok(outcome)) => outcome,
                    Ok(Err((_, e))) => {
                        // Auth, transport or throttling that retries could not fix: stop
                        // sending; what finished is kept in the checkpoint.
                        reading = false;
                        fatal.get_or_insert(e);
                        continue;
                    }
                    Err(e) => {
                        reading = false;
                        fatal.get_or_insert(Error::Failed(format!("a request task failed: {e}")));
                        continue;
                    }
                };
                if let Some(w) = failures.as_mut() {
                    w.write(&outcome.failures).map_err(Error::Failed)?;
                }
                succeeded += outcome.succeeded;
                failed += outcome.failures.len() as u64;
                if failures.is_none() {
                    for (record, reason) in &outcome.failures {
                        ctx.out.warn(&format!("{}: {reason}", record.user));
                    }
                }
                if op == Op::Check {
                    rows.insert(outcome.index, outcome.rows);
                }
                if let Some(cp) = checkpoint.as_mut() {
                    cp.done(outcome.index, outcome.succeeded, outcome.failures.len() as u64)?;
                }
                progress.set(succeeded + skipped, failed);
            }
            next = batch_rx.recv(), if reading && tasks.len() < concurrency => {
                let Some(batch) = next else {
                    reading = false;
                    continue;
                };
                let batch = batch.map_err(Error::Usage)?;
                if checkpoint.as_ref().is_some_and(|cp| cp.is_done(batch.index)) {
                    skipped += (batch.valid.len() + batch.invalid.len()) as u64;
                    continue;
                }
                if session.dry_run {
                    if !batch.valid.is_empty() {
                        let (service, command, body) = request_for(op, &batch.valid);
                        rest::print_preview(ctx, &client.preview(service, command, &body))?;
                    }
                    continue;
                }
                let client = client.clone();
                tasks.spawn(async move { send(&client, op, batch).await });
            }
        }
    }
    progress.finish();
    if session.dry_run {
        return Ok(Exit::Ok);
    }
    if op == Op::Check {
        let all: Vec<Value> = rows.into_values().flatten().collect();
        ctx.out.rows(&["UserID", "AccountStatus"], &all)?;
    }
    let resume_hint = |what: &str| {
        match &checkpoint {
        Some(cp) => format!("{what}; finished batches are recorded in {}: run the same command with --resume to continue", cp.path.display()),
        None => what.to_string(),
    }
    };
    if let Some(e) = fatal {
        ctx.out.warn(&resume_hint(&format!(
            "stopped after {succeeded} succeeded and {failed} failed"
        )));
        return Err(e);
    }
    if interrupted {
        ctx.out.warn(&resume_hint(&format!(
            "interrupted after {succeeded} succeeded"
        )));
        return Err(Error::Interrupted);
    }
    if let Some(cp) = checkpoint.take() {
        cp.remove();
    }
    let summary = json!({
        "operation": op.name(),
        "succeeded": succeeded,
        "failed": failed,
        "skipped_as_done": skipped,
        "seconds": (started.elapsed().as_secs_f64() * 100.0).round() / 100.0,
    });
    if op != Op::Check {
        let verb = match op {
            Op::Import => "imported",
            _ => "deleted",
        };
        let human = format!(
            "{verb} {succeeded} account(s), {failed} failed{} in {:.1} s",
            if skipped > 0 {
                format!(", {skipped} already done before resuming")
            } else {
                String::new()
            },
            started.elapsed().as_secs_f64()
        );
        ctx.out.object(&summary, || human)?;
    }
    if failed > 0 {
        return Err(Error::Partial {
            requested: succeeded + failed,
            failed,
        });
    }
    Ok(Exit::Ok)
}

enum Input {
    Args(std::vec::IntoIter<Record>),
    File(Box<FileReader>),
}

impl Input {
    fn next(&mut self) -> Option<Result<Record, String>> {
        match self {
            Input::Args(it) => it.next().map(Ok),
            Input::File(reader) => reader.next_record(),
        }
    }
}

fn request_for(op: Op, records: &[Record]) -> (&'static str, &'static str, Value) {
    match op {
        Op::Import => {
            let list: Vec<Value> = records
                .iter()
                .map(|r| {
                    let mut item = json!({ "UserID": r.user });
                    if let Some(nick) = &r.nick {
                        item["Nick"] = json!(nick);
                    }
                    if let Some(face) = &r.face_url {
                        item["FaceUrl"] = json!(face);
                    }
                    item
                })
                .collect();
            (
                "im_open_login_svc",
                "multiaccount_import",
                json!({ "AccountList": list }),
            )
        }
        Op::Delete => {
            let items: Vec<Value> = records.iter().map(|r| json!({"UserID": r.user})).collect();
            (
                "im_open_login_svc",
                "account_delete",
                json!({ "DeleteItem": items }),
            )
        }
        Op::Check => {
            let items: Vec<Value> = records.iter().map(|r| json!({"UserID": r.user})).collect();
            (
                "im_open_login_svc",
                "account_check",
                json!({ "CheckItem": items }),
            )
        }
    }
}

/// Sends one batch. Item-level refusals become failures; errors no retry can fix end the run.
async fn send(client: &Client, op: Op, batch: Batch) -> Result<Outcome, (u64, Error)> {
    let mut outcome = Outcome {
        index: batch.index,
        succeeded: 0,
        failures: batch.invalid,
        rows: Vec::new(),
    };
    if batch.valid.is_empty() {
        return Ok(outcome);
    }
    let (service, command, body) = request_for(op, &batch.valid);
    let ids: Vec<&str> = batch.valid.iter().map(|r| r.user.as_str()).collect();
    let answer = match client.call(service, command, &body, &ids).await {
        Ok(answer) => answer,
        Err(e @ Error::Api { .. }) if !matches!(e.exit(), Exit::Auth) => {
            // The whole request was refused (bad field, say): every record of it failed.
            let reason = e.to_string();
            outcome
                .failures
                .extend(batch.valid.into_iter().map(|r| (r, reason.clone())));
            return Ok(outcome);
        }
        Err(e) => return Err((batch.index, e)),
    };
    match op {
        Op::Import => {
            let refused: BTreeSet<&str> = answer["FailAccounts"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            for record in batch.valid {
                if refused.contains(record.user.as_str()) {
                    outcome
                        .failures
                        .push((record, "refused by the service (FailAccounts)".into()));
                } else {
                    outcome.succeeded += 1;
                }
            }
        }
        Op::Delete | Op::Check => {
            let items = answer["ResultItem"].as_array().cloned().unwrap_or_default();
            let by_user: BTreeMap<String, Value> = items
                .into_iter()
                .filter_map(|item| Some((item["UserID"].as_str()?.to_string(), item)))
                .collect();
            for record in batch.valid {
                let item = by_user.get(&record.user).cloned().unwrap_or(Value::Null);
                let code = item["ResultCode"].as_i64().unwrap_or(-1);
                // A delete retried after a lost answer finds the account already gone (70107).
                let ok = code == 0 || (op == Op::Delete && code == 70107);
                if op == Op::Check && ok {
                    outcome.rows.push(json!({
                        "UserID": record.user,
                        "AccountStatus": item["AccountStatus"],
                        "ResultCode": code,
                    }));
                }
                if ok {
                    outcome.succeeded += 1;
                } else {
                    let info = item["ResultInfo"]
                        .as_str()
                        .unwrap_or("no result for this account");
                    outcome
                        .failures
                        .push((record, format!("ResultCode {code}: {info}")));
                }
            }
        }
    }
    Ok(outcome)
}

/// Which batches of one input are done, kept beside the input: batches below `done_below`
/// plus those in `done` (finished out of order).
struct Checkpoint {
    path: PathBuf,
    doc: Value,
    done_below: u64,
    done: BTreeSet<u64>,
}

impl Checkpoint {
    fn load_or_new(op: Op, args: &BulkFileArgs, input: &Path) -> Result<Self, Error> {
        let path = args.checkpoint.clone().unwrap_or_else(|| {
            let mut p = input.as_os_str().to_owned();
            p.push(".imctl-checkpoint");
            PathBuf::from(p)
        });
        let fingerprint = fingerprint(input);
        let fresh = Checkpoint {
            doc: json!({"version": 1, "operation": op.name(), "input": fingerprint}),
            path: path.clone(),
            done_below: 0,
            done: BTreeSet::new(),
        };
        let Ok(text) = std::fs::read_to_string(&path) else {
            return Ok(fresh);
        };
        if !args.resume {
            return Err(Error::usage(format!(
                "{} holds the progress of an interrupted run: pass --resume to continue it, or delete the file to start over",
                path.display()
            )));
        }
        let doc: Value = serde_json::from_str(&text).map_err(|_| {
            Error::Failed(format!(
                "{} is not a checkpoint this version can read",
                path.display()
            ))
        })?;
        if doc["operation"] != op.name() {
            return Err(Error::usage(format!(
                "{} is the checkpoint of an `account {}` run, not `account {}`",
                path.display(),
                doc["operation"].as_str().unwrap_or("?"),
                op.name()
            )));
        }
        if doc["input"] != fingerprint {
            return Err(Error::usage(format!(
                "{} changed since the checkpoint in {} was written; resuming would skip the wrong records",
                input.display(),
                path.display()
            )));
        }
        Ok(Checkpoint {
            done_below: doc["done_below"].as_u64().unwrap_or(0),
            done: doc["done"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_u64)
                .collect(),
            doc,
            path,
        })
    }

    fn is_done(&self, index: u64) -> bool {
        index < self.done_below || self.done.contains(&index)
    }

    /// Marks a batch done and writes the checkpoint (atomically: temp file and rename).
    fn done(&mut self, index: u64, succeeded: u64, failed: u64) -> Result<(), Error> {
        self.done.insert(index);
        while self.done.remove(&self.done_below) {
            self.done_below += 1;
        }
        let add = |v: &Value, n: u64| v.as_u64().unwrap_or(0) + n;
        self.doc["succeeded"] = json!(add(&self.doc["succeeded"], succeeded));
        self.doc["failed"] = json!(add(&self.doc["failed"], failed));
        self.doc["done_below"] = json!(self.done_below);
        self.doc["done"] = json!(self.done);
        let tmp = self.path.with_extension("imctl-checkpoint.tmp");
        std::fs::write(&tmp, self.doc.to_string())
            .and_then(|()| std::fs::rename(&tmp, &self.path))
            .map_err(|e| {
                Error::io(
                    format!("cannot write the checkpoint {}", self.path.display()),
                    &e,
                )
            })
    }

    fn remove(self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Size and modification time: enough to notice the input was edited between runs.
fn fingerprint(input: &Path) -> Value {
    let meta = std::fs::metadata(input).ok();
    let modified = meta
        .as_ref()
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs());
    json!({
        "path": std::fs::canonicalize(input).unwrap_or_else(|_| input.to_path_buf()),
        "size": meta.map(|m| m.len()),
        "modified": modified,
    })
}

/// A spinner with counts on a terminal; nothing otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    fn new(ctx: &Ctx, op: Op) -> Self {
        let show = ctx.out.stderr_is_terminal() && !ctx.global.quiet;
        let bar = show.then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {prefix} {msg} [{elapsed}]")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar.set_prefix(op.name());
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bar
        });
        Progress { bar }
    }

    fn set(&self, done: u64, failed: u64) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{done} done, {failed} failed"));
        }
    }

    fn note(&self, msg: &str) {
        if let Some(bar) = &self.bar {
            bar.println(msg);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
