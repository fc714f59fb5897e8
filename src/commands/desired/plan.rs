//! `imctl plan`: what apply would change, read with read-only calls only. Human lines on
//! stdout (`+ account bob`, `~ group team-a  Name: …`, `Plan: A to add, …`), or `-o json` the
//! plan document; `--out` saves it for `imctl apply PLAN`; `--exit-code` exits 1 when changes
//! are pending.

use std::path::PathBuf;

use clap::Args;

use super::{connect, human_lines, load, make_plan, DEFAULT_FILE};
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::global::OutputFormat;

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  # what would change to make the app match imctl.toml
  imctl plan
  # in CI: fail the job when the app drifted from the file
  imctl plan -f infra/imctl.toml --exit-code
  # save the plan, review it, apply exactly it
  imctl plan --out plan.json && imctl apply plan.json --yes")]
pub struct PlanArgs {
    /// The desired-state file (`-` for stdin)
    #[arg(short = 'f', long = "file", value_name = "FILE", default_value = DEFAULT_FILE)]
    pub file: PathBuf,
    /// Also remove what the file does not declare: members of declared groups, and accounts
    /// and groups declared `Absent = true`
    #[arg(long)]
    pub prune: bool,
    /// Exit 1 when changes are pending, 0 when there is nothing to do
    #[arg(long)]
    pub exit_code: bool,
    /// Save the plan document here, for `imctl apply PATH`
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: &PlanArgs) -> Result<Exit, Error> {
    let desired = load(ctx, &args.file)?;
    let c = connect(ctx)?;
    let (plan, _) = make_plan(ctx, &c, &desired, args.prune)?;
    for note in &plan.notes {
        ctx.out.status(&format!("note: {note}"));
    }
    if let Some(out) = &args.out {
        let doc = plan.document(c.sdkappid, args.prune, &desired);
        let text = serde_json::to_string_pretty(&doc)
            .map_err(|e| Error::Failed(format!("cannot encode the plan: {e}")))?;
        super::save(out, &text)?;
        ctx.out
            .status(&format!("saved the plan to {}", out.display()));
    }
    if matches!(
        ctx.out.format(),
        Some(OutputFormat::Json | OutputFormat::Jsonl)
    ) {
        let mut doc = plan.document(c.sdkappid, args.prune, &desired);
        if let Some(map) = doc.as_object_mut() {
            // The desired state is for saved plans; on stdout it would repeat the file.
            map.remove("Desired");
        }
        let text = match ctx.out.format() {
            Some(OutputFormat::Jsonl) => doc.to_string(),
            _ => serde_json::to_string_pretty(&doc).unwrap_or_else(|_| doc.to_string()),
        };
        ctx.out.line(&text)?;
    } else {
        for line in human_lines(ctx, &plan, true) {
            ctx.out.line(&line)?;
        }
    }
    Ok(if args.exit_code && !plan.is_empty() {
        Exit::Failed
    } else {
        Exit::Ok
    })
}
