//! `usersig gen --file`: signs a stream of UserIDs on every core and writes JSONL in input
//! order, with memory bounded by a fixed number of chunks in flight whatever the input size.
//!
//! The input is read by the bulk reader ([`crate::bulk::input`]): a plain list, CSV with a
//! header (an export or a failures file works as-is) or JSONL; LF/CRLF/CR; lines over the
//! 64 KiB cap are refused without being held. Each bad line is named on stderr as
//! `FILE:LINE: reason` and written as an `error` object in its place.
//!
//! Shape: one reader thread cuts the input into chunks of records and deals them round-robin to
//! one worker per core; each worker owns a `Signer` (HMAC and zlib state reused); the calling
//! thread collects results round-robin in the same order, so output order equals input order
//! without a reorder buffer. Bounded channels provide the back-pressure.

use std::path::Path;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

use super::plan::{bulk_format_ok, GenPlan};
use crate::bulk::input::{Input, Item};
use crate::commands::Ctx;
use crate::domain::user_id;
use crate::error::{Error, Exit};
use crate::usersig::{SigParams, Signer};

/// Lines per chunk: big enough to amortise channel hand-offs, small enough to stream.
const CHUNK_LINES: usize = 4096;
/// Chunks queued per worker, on each side.
const QUEUE_DEPTH: usize = 2;

/// One row of the input: a UserID to sign, or a row that could not be read.
enum Entry {
    User { line: u64, user: String },
    Bad { line: u64, reason: String },
}

struct Chunk {
    entries: Vec<Entry>,
}

struct Done {
    jsonl: Vec<u8>,
    failed: usize,
    signed: usize,
    /// `LINE: reason` of each failed row, for stderr.
    problems: Vec<String>,
}

pub fn run(ctx: &mut Ctx, key: &[u8], plan: &GenPlan, path: &Path) -> Result<Exit, Error> {
    if !bulk_format_ok(ctx.out.format()) {
        return Err(Error::usage(
            "--file writes JSONL; use -o jsonl (or leave -o out)",
        ));
    }
    if path.as_os_str() == "-" && ctx.global.key_stdin {
        return Err(Error::usage(
            "--key-stdin and --file - both want standard input",
        ));
    }
    let input = Input::open(path, None)?;
    let name = input.name.clone();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let expires_at = plan.expires_at();

    let (signed, failed) = std::thread::scope(|scope| -> Result<(usize, usize), Error> {
        let mut to_workers = Vec::with_capacity(workers);
        let mut from_workers = Vec::with_capacity(workers);
        for _ in 0..workers {
            let (in_tx, in_rx) = sync_channel::<Chunk>(QUEUE_DEPTH);
            let (out_tx, out_rx) = sync_channel::<Done>(QUEUE_DEPTH);
            to_workers.push(in_tx);
            from_workers.push(out_rx);
            let expires_at = expires_at.as_str();
            scope.spawn(move || worker(key, plan, expires_at, &in_rx, &out_tx));
        }
        let reader = scope.spawn(move || read_chunks(input, to_workers));

        let (mut signed, mut failed) = (0, 0);
        let mut write_err = None;
        'collect: for turn in 0.. {
            match from_workers[turn % workers].recv() {
                Ok(done) => {
                    signed += done.signed;
                    failed += done.failed;
                    for problem in &done.problems {
                        ctx.out.warn(&format!("{name}:{problem}"));
                    }
                    if let Err(e) = ctx.out.raw(&done.jsonl) {
                        write_err = Some(e);
                        break 'collect;
                    }
                }
                // The reader stopped dealing here: every earlier chunk has been collected.
                Err(_) => break 'collect,
            }
        }
        // Dropping the receivers stops the workers and, through them, the reader.
        drop(from_workers);
        let read_result = reader
            .join()
            .unwrap_or_else(|_| Err("reader thread panicked".into()));
        if let Some(e) = write_err {
            return Err(e);
        }
        read_result.map_err(|m| Error::Failed(format!("reading {}: {m}", path.display())))?;
        Ok((signed, failed))
    })?;

    ctx.out.flush()?;
    if failed > 0 {
        ctx.out.warn(&format!(
            "{failed} line(s) were not valid UserIDs (see the \"error\" objects); {signed} signed"
        ));
        return Ok(Exit::Partial);
    }
    ctx.out.status(&format!("signed {signed} UserID(s)"));
    Ok(Exit::Ok)
}

/// Deals chunks of records round-robin; stops early when a worker hangs up (output closed).
fn read_chunks(mut input: Input, workers: Vec<SyncSender<Chunk>>) -> Result<(), String> {
    let mut turn = 0;
    let mut entries = Vec::with_capacity(CHUNK_LINES);
    loop {
        let item = input.next_item().transpose()?;
        let end = item.is_none();
        match item {
            Some(Item::Record(r)) => entries.push(Entry::User {
                line: r.line,
                user: r.user,
            }),
            Some(Item::Bad(b)) => entries.push(Entry::Bad {
                line: b.line,
                reason: b.reason,
            }),
            None => {}
        }
        if entries.len() == CHUNK_LINES || (end && !entries.is_empty()) {
            let chunk = Chunk {
                entries: std::mem::replace(&mut entries, Vec::with_capacity(CHUNK_LINES)),
            };
            if workers[turn % workers.len()].send(chunk).is_err() {
                return Ok(());
            }
            turn += 1;
        }
        if end {
            return Ok(());
        }
    }
}

fn worker(
    key: &[u8],
    plan: &GenPlan,
    expires_at: &str,
    input: &Receiver<Chunk>,
    output: &SyncSender<Done>,
) {
    let mut signer = Signer::with_style(key, plan.style);
    let mut sig = String::with_capacity(512);
    let sdkappid = plan.sdkappid;
    // Every line shares these fields: format them once.
    let tail = format!(
        ",\"sdkappid\":{sdkappid},\"time\":{},\"expire\":{},\"expires_at\":\"{expires_at}\"}}\n",
        plan.time, plan.expire
    );
    while let Ok(chunk) = input.recv() {
        let mut done = Done {
            jsonl: Vec::with_capacity(chunk.entries.len() * 400),
            failed: 0,
            signed: 0,
            problems: Vec::new(),
        };
        for entry in &chunk.entries {
            let (line, user, check) = match entry {
                Entry::User { line, user } => (*line, Some(user.as_str()), user_id::validate(user)),
                Entry::Bad { line, reason } => (*line, None, Err(reason.clone())),
            };
            done.jsonl.extend_from_slice(b"{\"identifier\":");
            match user {
                Some(user) => push_json_string(&mut done.jsonl, user),
                None => done.jsonl.extend_from_slice(b"null"),
            }
            if let Err(message) = check {
                done.jsonl
                    .extend_from_slice(format!(",\"line\":{line},\"error\":").as_bytes());
                push_json_string(&mut done.jsonl, &message);
                done.jsonl.extend_from_slice(b"}\n");
                done.problems.push(format!("{line}: {message}"));
                done.failed += 1;
                continue;
            }
            let user = user.unwrap_or_default();
            let userbuf = plan.userbuf(user);
            sig.clear();
            signer.sign_into(
                &SigParams {
                    sdkappid: u64::from(sdkappid),
                    identifier: user,
                    time: plan.time,
                    expire: plan.expire,
                    userbuf: userbuf.as_deref(),
                },
                &mut sig,
            );
            // A UserSig is base64 with * - _ : nothing to escape.
            done.jsonl.extend_from_slice(b",\"usersig\":\"");
            done.jsonl.extend_from_slice(sig.as_bytes());
            done.jsonl.push(b'"');
            done.jsonl.extend_from_slice(tail.as_bytes());
            done.signed += 1;
        }
        if output.send(done).is_err() {
            return;
        }
    }
}

fn push_json_string(buf: &mut Vec<u8>, s: &str) {
    // serde_json's escaping is correct and fast; writing into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *buf, s);
}
