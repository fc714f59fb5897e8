//! `imctl logs tail`: follows the log as other imctl processes write it, polling the store by
//! row id, until `--duration` elapses or Ctrl-C.

use std::time::{Duration, Instant};

use clap::Args;

use super::filters::FilterArgs;
use super::render::{entry_json, entry_line, entry_row, COLUMNS};
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::global::OutputFormat;
use crate::output::printable;
use crate::store::LogEntry;
use crate::units::parse_duration;

/// How often the store is read: new entries show within this.
const POLL: Duration = Duration::from_millis(200);
/// Entries read per table per poll; more wait for the next one (no pause in between).
const BATCH: usize = 1000;

#[derive(Debug, Args)]
pub struct TailArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Stop after this long (30s, 10m, 2h) [default: until Ctrl-C]
    #[arg(long, value_name = "DURATION")]
    pub duration: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: &TailArgs) -> Result<Exit, Error> {
    if ctx.out.format() == Some(OutputFormat::Csv) {
        return Err(Error::usage(
            "logs tail prints one entry a line: use -o jsonl or -o text instead of csv",
        ));
    }
    let filter = args.filters.to_filter()?;
    let duration = args
        .duration
        .as_deref()
        .map(|d| {
            parse_duration(d)
                .map(Duration::from_secs)
                .map_err(|m| Error::usage(format!("--duration: {m}")))
        })
        .transpose()?;
    let store = super::open_store(ctx)?;
    let mut cursor = store.log_cursor().map_err(read_error)?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io("cannot start the async runtime", &e))?;
    let deadline = duration.map(|d| Instant::now() + d);
    rt.block_on(async {
        let mut interrupt = Interrupt::listen()?;
        ctx.out.status(&match duration {
            Some(d) => format!("following the log for {} s", d.as_secs()),
            None => "following the log (Ctrl-C to stop)".to_string(),
        });
        loop {
            let mut full = true;
            while full {
                let entries = store
                    .log_after(&mut cursor, &filter, BATCH)
                    .map_err(read_error)?;
                full = entries.len() >= BATCH;
                print(ctx, &entries)?;
            }
            let wait = match deadline {
                Some(d) => match d.checked_duration_since(Instant::now()) {
                    Some(left) if !left.is_zero() => left.min(POLL),
                    _ => break,
                },
                None => POLL,
            };
            tokio::select! {
                _ = interrupt.wait() => break,
                _ = tokio::time::sleep(wait) => {}
            }
        }
        // A last look, so what was written just before the end is not lost.
        let entries = store
            .log_after(&mut cursor, &filter, BATCH)
            .map_err(read_error)?;
        print(ctx, &entries)
    })?;
    Ok(Exit::Ok)
}

/// Ctrl-C, caught from the moment this is made: the status line is only printed after, so a
/// Ctrl-C right after it still ends the tail cleanly instead of killing the process.
struct Interrupt {
    #[cfg(unix)]
    signal: tokio::signal::unix::Signal,
}

impl Interrupt {
    fn listen() -> Result<Interrupt, Error> {
        Ok(Interrupt {
            #[cfg(unix)]
            signal: tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
                .map_err(|e| Error::io("cannot catch Ctrl-C", &e))?,
        })
    }

    async fn wait(&mut self) {
        #[cfg(unix)]
        self.signal.recv().await;
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn read_error(e: String) -> Error {
    Error::Failed(format!("cannot read the log: {e}"))
}

fn print(ctx: &mut Ctx, entries: &[LogEntry]) -> Result<(), Error> {
    if entries.is_empty() {
        return Ok(());
    }
    for entry in entries {
        match ctx.out.format() {
            Some(OutputFormat::Json | OutputFormat::Jsonl) => {
                ctx.out.line(&entry_json(entry).to_string())?
            }
            Some(OutputFormat::Text) => ctx.out.rows(COLUMNS, &[entry_row(entry, false)])?,
            _ => ctx.out.line(&printable(&entry_line(entry)))?,
        }
    }
    ctx.out.flush()
}
