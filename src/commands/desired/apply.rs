//! `imctl apply`: plans, shows the plan, asks (or needs `--yes`), then makes exactly the
//! planned changes in dependency order — accounts, profiles, groups, owners, members, roles,
//! removals — each step on the bulk engine. Running it again does only what is still missing:
//! the plan is the checkpoint. `apply PLAN.json` applies a saved plan and refuses when the app
//! moved since it was made.

use std::path::PathBuf;

use clap::Args;
use serde_json::{json, Value};

use super::steps::{self, Tally};
use super::{connect, human_lines, load, make_plan, DEFAULT_FILE};
use crate::commands::items::{self, ItemFailure};
use crate::commands::Ctx;
use crate::desired::plan::{moved, SavedPlan, FORMAT_VERSION};
use crate::desired::Plan;
use crate::error::{Error, Exit};
use crate::global::OutputFormat;

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  # show the plan, confirm, apply (needs --yes without a terminal)
  imctl apply
  # in CI: provision from the file; a second run sends no write at all
  imctl apply -f infra/imctl.toml --yes
  # also remove members the file does not list, and what is declared Absent
  imctl apply --prune --yes
  # apply a reviewed plan; refused if the app changed since
  imctl apply plan.json --yes")]
pub struct ApplyArgs {
    /// A plan saved with `imctl plan --out PATH`
    #[arg(value_name = "PLAN", conflicts_with_all = ["file", "prune"])]
    pub plan: Option<PathBuf>,
    /// The desired-state file (`-` for stdin; default imctl.toml)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Also remove what the file does not declare: members of declared groups, and accounts
    /// and groups declared `Absent = true`
    #[arg(long)]
    pub prune: bool,
}

/// The largest saved plan read back.
const MAX_PLAN: u64 = 256 * 1024 * 1024;

fn read_saved(path: &std::path::Path) -> Result<SavedPlan, Error> {
    let name = path.display();
    let meta = std::fs::metadata(path).map_err(|e| Error::unreadable(&name.to_string(), &e))?;
    if meta.len() > MAX_PLAN {
        return Err(Error::usage(format!(
            "{name}: too large to be a saved plan"
        )));
    }
    let text =
        std::fs::read_to_string(path).map_err(|e| Error::unreadable(&name.to_string(), &e))?;
    let saved: SavedPlan = serde_json::from_str(&text).map_err(|e| {
        Error::usage(format!(
            "{name}:{}: not a plan saved by `imctl plan --out`: {e}",
            e.line()
        ))
    })?;
    if saved.format_version != FORMAT_VERSION {
        return Err(Error::usage(format!(
            "{name}: plan format {} is not the one this imctl reads ({FORMAT_VERSION}); plan again",
            saved.format_version
        )));
    }
    Ok(saved)
}

pub fn run(ctx: &mut Ctx, args: &ApplyArgs) -> Result<Exit, Error> {
    let saved = args.plan.as_deref().map(read_saved).transpose()?;
    let (desired, prune) = match &saved {
        Some(s) => (s.desired.clone(), s.prune),
        None => {
            let file = args.file.clone().unwrap_or_else(|| DEFAULT_FILE.into());
            (load(ctx, &file)?, args.prune)
        }
    };
    let c = connect(ctx)?;
    if let Some(s) = &saved {
        if s.sdkappid != c.sdkappid {
            return Err(Error::config(
                format!(
                    "the plan was made for SDKAppID {}, but this run is against {}",
                    s.sdkappid, c.sdkappid
                ),
                "apply it to the app it was made for, or plan again",
            ));
        }
    }
    let (plan, now) = make_plan(ctx, &c, &desired, prune)?;
    if let Some(s) = &saved {
        if let Some(why) = moved(&s.changes, &plan.changes) {
            return Err(Error::Failed(format!(
                "the app changed since the plan was made ({why}); nothing was applied: run `imctl plan --out` again"
            )));
        }
    }
    if ctx.global.dry_run {
        // `--dry-run` is `plan`.
        for line in human_lines(ctx, &plan, true) {
            ctx.out.line(&line)?;
        }
        return Ok(Exit::Ok);
    }
    for note in &plan.notes {
        ctx.out.status(&format!("note: {note}"));
    }
    for line in human_lines(ctx, &plan, false) {
        ctx.out.status(&line);
    }
    if plan.is_empty() {
        print_summary(ctx, &plan, &Tally::default())?;
        return Ok(Exit::Ok);
    }
    let counts = plan.counts();
    let removals = match counts.remove {
        0 => String::new(),
        n => format!(", including {n} removal(s)"),
    };
    ctx.confirm(&format!(
        "Apply {} change(s){removals}?",
        plan.changes.len()
    ))?;
    let tally = execute(&ctx.out, &c, &plan, &now)?;
    print_summary(ctx, &plan, &tally)?;
    let failures: Vec<ItemFailure> = tally
        .failures
        .iter()
        .map(|f| ItemFailure::new(&f.id, f.code, format!("{}: {}", f.step, f.reason)))
        .collect();
    items::finish(&ctx.out, tally.requested as usize, &failures)
}

fn print_summary(ctx: &mut Ctx, plan: &Plan, tally: &Tally) -> Result<(), Error> {
    let c = plan.counts();
    let failures: Vec<Value> = tally
        .failures
        .iter()
        .map(|f| json!({"Step": f.step, "Id": f.id, "ErrorCode": f.code, "ErrorInfo": f.reason}))
        .collect();
    let doc = json!({
        "Add": c.add,
        "Change": c.change,
        "Remove": c.remove,
        "Requested": tally.requested,
        "Succeeded": tally.succeeded,
        "Failed": tally.failures.len(),
        "Failures": failures,
    });
    let human = if plan.is_empty() {
        "apply: nothing to do".to_string()
    } else {
        format!(
            "apply: {} of {} item(s) done, {} failed",
            tally.succeeded,
            tally.requested,
            tally.failures.len()
        )
    };
    match ctx.out.format() {
        Some(
            OutputFormat::Json | OutputFormat::Jsonl | OutputFormat::Csv | OutputFormat::Table,
        ) => ctx.out.object(&doc, || human.clone()),
        _ => {
            ctx.out.status(&human);
            Ok(())
        }
    }
}

/// Runs the stages in order; each stage's jobs know what failed before them.
fn execute(
    out: &crate::output::Output,
    c: &super::Connected,
    plan: &Plan,
    now: &crate::desired::Current,
) -> Result<Tally, Error> {
    let mut tally = Tally::default();
    for stage in super::stages::Stage::ALL {
        let jobs = super::stages::jobs(stage, plan, now, &tally);
        let items: usize = jobs.iter().map(|(_, ids, _)| ids.len()).sum();
        if items > 0 {
            // Progress between stages (stderr; silent under -q).
            out.status(&format!("{}: {items} item(s)", stage.describe()));
        }
        c.rt.block_on(steps::run(&c.client, &mut tally, jobs))?;
    }
    Ok(tally)
}
