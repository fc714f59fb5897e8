//! `imctl plan`, `imctl apply` and `imctl state export`: one file as the truth for accounts,
//! profiles, groups and members (docs/apply.md). The model, reading and diffing live in
//! [`crate::desired`]; this layer reads the file, connects, prints and confirms.

pub mod apply;
pub mod export;
pub mod plan;
mod stages;
mod steps;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Subcommand;

use crate::api::client::Client;
use crate::commands::rest::{self, Session, SANDBOX_SDKAPPID};
use crate::commands::Ctx;
use crate::desired::{current, diff, parse, Current, Desired, Plan};
use crate::error::{Error, Exit};
use crate::output::{printable, Tone};

/// The file plan and apply read when `-f` is not given.
pub const DEFAULT_FILE: &str = "imctl.toml";
/// A desired-state file larger than this is refused (accounts in bulk go in AccountsFile).
const MAX_FILE: u64 = 16 * 1024 * 1024;

#[derive(Debug, Subcommand)]
pub enum StateCommand {
    /// Write the current state of groups and accounts in the file format of `imctl plan`
    #[command(after_help = "\
Examples:
  # bring two existing groups and their members under management
  imctl state export --group team-a --group team-b > imctl.toml
  # accounts from a list, as JSON
  imctl state export --accounts-file users.csv -o json")]
    Export(export::ExportArgs),
}

pub fn run_state(ctx: &mut Ctx, cmd: StateCommand) -> Result<Exit, Error> {
    match cmd {
        StateCommand::Export(args) => export::run(ctx, &args),
    }
}

/// Reads and checks the file (`-` for stdin); errors are `FILE:LINE: reason`, exit 2.
pub fn load(ctx: &Ctx, file: &Path) -> Result<Desired, Error> {
    let name = file.display().to_string();
    let (text, base) = if file.as_os_str() == "-" {
        let text = ctx.read_stdin_value("the desired-state file", MAX_FILE)?;
        (text, PathBuf::from("."))
    } else {
        let mut buf = Vec::new();
        std::fs::File::open(file)
            .and_then(|f| f.take(MAX_FILE + 1).read_to_end(&mut buf))
            .map_err(|e| Error::unreadable(&name.to_string(), &e))?;
        if buf.len() as u64 > MAX_FILE {
            return Err(Error::usage(format!(
                "{name}: larger than {} MiB; put many accounts in AccountsFile",
                MAX_FILE >> 20
            )));
        }
        let text =
            String::from_utf8(buf).map_err(|_| Error::usage(format!("{name}: not UTF-8 text")))?;
        let base = file
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        (text, base)
    };
    each_problem(ctx, parse::parse(&name, &text, &base))
}

/// A connected client and the SDKAppID it works on.
pub struct Connected {
    pub rt: tokio::runtime::Runtime,
    pub client: Arc<Client>,
    pub sdkappid: u64,
}

pub fn connect(ctx: &Ctx) -> Result<Connected, Error> {
    let settings = ctx.settings()?;
    let rt = rest::runtime()?;
    let session: Session = rt.block_on(rest::connect_resolved(ctx, &settings, 6))?;
    let sdkappid = match (settings.sdkappid, ctx.global.sandbox) {
        (Some(id), _) => u64::from(id),
        (None, true) => u64::from(SANDBOX_SDKAPPID),
        (None, false) => u64::from(settings.require_sdkappid()?),
    };
    Ok(Connected {
        rt,
        client: Arc::new(session.client),
        sdkappid,
    })
}

/// The file's `SDKAppID` guard: another app is a configuration error (exit 3).
pub fn check_app(desired: &Desired, sdkappid: u64) -> Result<(), Error> {
    match desired.sdkappid {
        Some(want) if want != sdkappid => Err(Error::config(
            format!("the file is for SDKAppID {want}, but this run is against {sdkappid}"),
            "pick the app with --app/--sdkappid, or fix SDKAppID in the file",
        )),
        _ => Ok(()),
    }
}

/// Reads the current state of what the file names and plans the difference.
pub fn make_plan(
    ctx: &Ctx,
    c: &Connected,
    desired: &Desired,
    prune: bool,
) -> Result<(Plan, Current), Error> {
    check_app(desired, c.sdkappid)?;
    let wanted = diff::wanted(desired);
    let now = c.rt.block_on(current::read(c.client.clone(), &wanted))?;
    let plan = each_problem(ctx, diff::diff(desired, &now, prune))?;
    Ok((plan, now))
}

/// The plan for people: one line a change (coloured on a terminal), then `Plan: …`.
pub fn human_lines(ctx: &Ctx, plan: &Plan, to_stdout: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for change in &plan.changes {
        let line = printable(&change.line()).into_owned();
        let tone = match change.kind {
            crate::desired::Kind::Add => Some(Tone::Good),
            crate::desired::Kind::Remove => Some(Tone::Bad),
            crate::desired::Kind::Change => None,
        };
        lines.push(match (tone, to_stdout) {
            (Some(t), true) => ctx.out.paint(t, &line),
            _ => line,
        });
    }
    if plan.is_empty() {
        lines.push("No changes: the app matches the file.".into());
    }
    lines.push(plan.summary_line());
    lines
}

/// Writes an output file whole: `PATH.partial`, then renamed, so a reader never sees half.
pub fn save(path: &Path, text: &str) -> Result<(), Error> {
    let partial = crate::bulk::outputs::partial_path(path);
    std::fs::write(&partial, text)
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|e| Error::usage(format!("{}: {e}", path.display())))
}

/// The desired layer joins every `FILE:LINE: reason` with newlines; each is shown as its own
/// `error:` line (the last one by `main`, with the exit code).
pub fn each_problem<T>(ctx: &Ctx, result: Result<T, Error>) -> Result<T, Error> {
    match result {
        Err(Error::Usage(text)) if text.contains('\n') => {
            let mut lines: Vec<&str> = text.lines().collect();
            let last = lines.pop().unwrap_or_default().to_string();
            for line in lines {
                ctx.out.error(&Error::usage(line));
            }
            Err(Error::Usage(last))
        }
        other => other,
    }
}
