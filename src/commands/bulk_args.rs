//! What every bulk verb shares in the command layer: the flags (`--file`, `--resume`,
//! `--checkpoint`, `--failures`, `--concurrency`, `--batch-size`, `--delimiter`), the
//! [`Reporter`] that turns the engine's reports into output, and [`run`], which connects,
//! runs a job and prints its summary.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;
use serde_json::Value;

use crate::bulk::progress::Progress;
use crate::bulk::{exit_of, End, Input, Job, Operation, Options, Reporter, Summary};
use crate::commands::{rest, Ctx};
use crate::error::{Error, Exit};
use crate::global::OutputFormat;
use crate::output::Output;

#[derive(Debug, Args)]
pub struct BulkFileArgs {
    /// Read the items from this file (`-` for stdin): CSV with a header (UserID[,Nick,FaceUrl],
    /// or GroupId for group verbs; other known columns are ignored), JSONL, or one ID a line.
    /// Lines over 64 KiB are refused as bad rows
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Continue an interrupted run of the same --file from its checkpoint
    #[arg(long, requires = "file")]
    pub resume: bool,
    /// Where to keep the checkpoint (default: FILE.imctl-checkpoint)
    #[arg(long, value_name = "PATH", requires = "file")]
    pub checkpoint: Option<PathBuf>,
    /// Write the rows that failed here, in the input's format with Error/ErrorCode, to fix and
    /// feed back as-is (written as PATH.partial until the run ends)
    #[arg(long, value_name = "FILE", requires = "file")]
    pub failures: Option<PathBuf>,
    /// Requests in flight at once, 1-256 (the rate limiter still paces them)
    #[arg(long, value_name = "N", default_value_t = 16,
          value_parser = clap::value_parser!(u32).range(1..=256))]
    pub concurrency: u32,
    /// Records per request (default and maximum: the documented limit of the command)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub batch_size: Option<u32>,
    /// Field separator of a CSV --file: , ; | or tab (default: ,)
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter, requires = "file")]
    pub delimiter: Option<u8>,
}

fn parse_delimiter(text: &str) -> Result<u8, String> {
    crate::bulk::input::parse_delimiter(text)
}

impl BulkFileArgs {
    pub fn options(&self, dry_run: bool) -> Options {
        Options {
            concurrency: self.concurrency as usize,
            batch_size: self.batch_size.map(|n| n as usize),
            failures: self.failures.clone(),
            output: None,
            checkpoint: self.checkpoint.clone(),
            resume: self.resume,
            dry_run,
        }
    }

    /// The records: the file, or the UserIDs given as arguments (checked here: a bad argument
    /// is a usage error, not a failed row).
    pub fn input(&self, users: &[String]) -> Result<Input, Error> {
        self.input_of("UserIDs", users, crate::domain::user_id::validate)
    }

    /// The same for other IDs (`GroupIds`), checked by `check`.
    pub fn input_of(
        &self,
        what: &str,
        ids: &[String],
        check: fn(&str) -> Result<(), String>,
    ) -> Result<Input, Error> {
        match &self.file {
            Some(path) => {
                if !ids.is_empty() {
                    return Err(Error::usage(format!("give {what} or --file, not both")));
                }
                Input::open(path, self.delimiter)
            }
            None => {
                for id in ids {
                    check(id).map_err(|e| Error::usage(format!("`{id}`: {e}")))?;
                }
                Ok(Input::args(ids))
            }
        }
    }
}

/// How a verb presents its job.
pub struct Presentation<'a> {
    /// Data columns (table and CSV) of a verb that reads; empty for import/delete.
    pub columns: Vec<String>,
    /// `imported`, `deleted`, ...: the summary's verb. Verbs with data print the summary on
    /// stderr; the others print it on stdout (it is their result).
    pub verb: &'a str,
    /// What the items are, in the summary: `account(s)`, `member(s)`.
    pub noun: &'a str,
}

/// Off a terminal, progress is one plain line on stderr at most this often.
const PLAIN_PROGRESS_EVERY: std::time::Duration = std::time::Duration::from_secs(3);

/// How progress is shown: a bar on a terminal, a plain line every few seconds otherwise,
/// nothing with `-q`.
enum Meter {
    Off,
    Bar(indicatif::ProgressBar),
    Plain {
        name: &'static str,
        last: std::time::Instant,
    },
}

/// The command layer's side of a bulk job.
struct CliReporter<'a> {
    out: &'a mut Output,
    columns: Vec<String>,
    rows: Vec<Value>,
    meter: Meter,
}

impl CliReporter<'_> {
    fn stream(&self) -> bool {
        matches!(self.out.format(), Some(OutputFormat::Jsonl))
    }
}

impl Reporter for CliReporter<'_> {
    fn failure(&mut self, text: &str) {
        match &self.meter {
            Meter::Bar(bar) => bar.suspend(|| self.out.warn(text)),
            _ => self.out.warn(text),
        }
    }

    fn note(&mut self, text: &str) {
        match &self.meter {
            Meter::Bar(bar) => bar.suspend(|| self.out.status(text)),
            _ => self.out.status(text),
        }
    }

    fn warn(&mut self, text: &str) {
        self.failure(text);
    }

    fn preview(&mut self, request: &Value) -> Result<(), Error> {
        self.out.line(&request.to_string())
    }

    fn rows(&mut self, rows: Vec<Value>) -> Result<(), Error> {
        if self.stream() {
            let cols: Vec<&str> = self.columns.iter().map(String::as_str).collect();
            return self.out.rows(&cols, &rows);
        }
        self.rows.extend(rows);
        Ok(())
    }

    fn encode(&mut self, rows: &[Value], first: bool) -> Vec<u8> {
        let mut out = Vec::new();
        if matches!(
            self.out.format(),
            Some(OutputFormat::Json | OutputFormat::Jsonl)
        ) {
            for row in rows {
                out.extend_from_slice(row.to_string().as_bytes());
                out.push(b'\n');
            }
            return out;
        }
        let cell = |v: &Value| match v {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let join = |fields: Vec<String>, out: &mut Vec<u8>| {
            let refs: Vec<&[u8]> = fields.iter().map(|f| f.as_bytes()).collect();
            crate::bulk::input::csv::join(&refs, b',', out);
        };
        if first {
            join(self.columns.clone(), &mut out);
        }
        for row in rows {
            join(
                self.columns.iter().map(|c| cell(&row[c])).collect(),
                &mut out,
            );
        }
        out
    }

    fn wants_progress(&self) -> bool {
        !matches!(self.meter, Meter::Off)
    }

    fn progress(&mut self, progress: &Progress) {
        match &mut self.meter {
            Meter::Off => {}
            Meter::Bar(bar) => bar.set_message(progress.line()),
            Meter::Plain { name, last } => {
                if last.elapsed() >= PLAIN_PROGRESS_EVERY {
                    *last = std::time::Instant::now();
                    self.out.status(&format!("{name}: {}", progress.line()));
                }
            }
        }
    }

    fn progress_done(&mut self) {
        if let Meter::Bar(bar) = std::mem::replace(&mut self.meter, Meter::Off) {
            bar.finish_and_clear();
        }
    }
}

/// Runs one bulk job: everything that can be refused is refused before connecting; then the
/// job runs and its summary is printed (JSON with `-o json`); exit 0, 6, 130 or the fatal
/// error's code.
pub fn run<O: Operation>(
    ctx: &mut Ctx,
    input: Input,
    op: O,
    opts: Options,
    how: Presentation<'_>,
) -> Result<Exit, Error> {
    let job = Job::prepare(input, &op, opts)?;
    let rt = rest::runtime()?;
    let (quiet, terminal) = (ctx.global.quiet, ctx.out.stderr_is_terminal());
    let (summary, end, rows) = rt.block_on(async {
        let session = rest::connect(ctx).await?;
        let client = Arc::new(session.client);
        let meter = if quiet {
            Meter::Off
        } else if terminal {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {prefix} {msg} [{elapsed}]")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar.set_prefix(op.name());
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            Meter::Bar(bar)
        } else {
            Meter::Plain {
                name: op.name(),
                last: std::time::Instant::now(),
            }
        };
        let mut reporter = CliReporter {
            out: &mut ctx.out,
            columns: how.columns.clone(),
            rows: Vec::new(),
            meter,
        };
        let (summary, end) = job.run(client, Arc::new(op), &mut reporter).await?;
        let rows = std::mem::take(&mut reporter.rows);
        reporter.progress_done();
        Ok::<_, Error>((summary, end, rows))
    })?;
    finish(ctx, &how, summary, end, rows)
}

fn finish(
    ctx: &mut Ctx,
    how: &Presentation<'_>,
    summary: Summary,
    end: End,
    rows: Vec<Value>,
) -> Result<Exit, Error> {
    let reads = !how.columns.is_empty();
    if reads && !summary.dry_run && !matches!(ctx.out.format(), Some(OutputFormat::Jsonl)) {
        // Nothing on stdout when nothing was read and the run failed (no lone header or `[]`).
        let anything = !rows.is_empty() || matches!(end, End::Complete) && summary.failed == 0;
        if anything && summary.output_file.is_none() {
            let cols: Vec<&str> = how.columns.iter().map(String::as_str).collect();
            ctx.out.rows(&cols, &rows)?;
        }
    }
    let stopped = match end {
        End::Interrupted => Some((Error::Interrupted, "interrupted")),
        End::Fatal(e) => Some((e, "stopped")),
        End::Complete => None,
    };
    if let Some((error, how_it_ended)) = stopped {
        ctx.out.warn(&format!(
            "{how_it_ended} after {} succeeded and {} failed",
            summary.succeeded, summary.failed
        ));
        if let Some(cp) = &summary.checkpoint {
            let args: Vec<String> = std::env::args_os()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            ctx.out.warn(&format!(
                "finished batches are recorded in {}; to continue, run:\n  {}",
                cp.display(),
                resume_command(&args)
            ));
        }
        return Err(error);
    }
    if summary.dry_run {
        ctx.out.status(&summary.human(how.verb, how.noun));
        if summary.invalid > 0 {
            return Err(Error::Partial {
                requested: summary.requested,
                failed: summary.invalid,
            });
        }
        return Ok(Exit::Ok);
    }
    if reads {
        ctx.out.status(&summary.human(how.verb, how.noun));
    } else {
        // The summary is the data of a verb that writes: stdout with -o json, else a status line.
        ctx.out
            .done(&summary.to_json(), &summary.human(how.verb, how.noun))?;
    }
    exit_of(&summary)
}

/// The command line as typed, with `--resume` added (unless it is there), each word
/// shell-quoted and any password in a URL (`https://user:pass@host`) redacted.
pub fn resume_command(args: &[String]) -> String {
    let mut words: Vec<String> = args.iter().map(|a| shell_quote(&redact_url(a))).collect();
    if !args.iter().skip(1).any(|a| a == "--resume") {
        words.push("--resume".into());
    }
    words.join(" ")
}

fn redact_url(arg: &str) -> String {
    let Some(scheme_end) = arg.find("://") else {
        return arg.to_string();
    };
    let rest = &arg[scheme_end + 3..];
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    match authority.rfind('@') {
        Some(at) => format!("{}REDACTED{}", &arg[..scheme_end + 3], &rest[at..]),
        None => arg.to_string(),
    }
}

/// A word as a POSIX shell reads it back: bare when it is only safe characters, else in
/// single quotes (a `'` written as `'\''`).
fn shell_quote(word: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "_@%+=:,./-".contains(c);
    if !word.is_empty() && word.chars().all(safe) {
        return word.to_string();
    }
    format!("'{}'", word.replace('\'', "'\\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_resume_command_is_the_command_line_quoted() {
        let args: Vec<String> = [
            "imctl",
            "--endpoint",
            "https://me:secret@127.0.0.1:9/x",
            "group",
            "send",
            "--text",
            "it's 22:00",
            "--file",
            "g s.txt",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            resume_command(&args),
            "imctl --endpoint https://REDACTED@127.0.0.1:9/x group send --text 'it'\\''s 22:00' --file 'g s.txt' --resume"
        );
        let again: Vec<String> = ["imctl", "account", "import", "--resume"]
            .map(String::from)
            .to_vec();
        assert_eq!(resume_command(&again), "imctl account import --resume");
    }
}
