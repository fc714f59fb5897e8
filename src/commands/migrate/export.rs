//! `imctl migrate export`: reads an app into a bundle directory (docs/migrate.md), one JSONL
//! file per kind and a manifest. Nothing is written to any app.

use std::path::PathBuf;

use clap::Args;

use super::apps;
use super::report::Report;
use super::stages;
use super::SelectArgs;
use crate::commands::{rest, Ctx};
use crate::error::{Error, Exit};
use crate::migrate::bundle;
use crate::migrate::checkpoint::{Checkpoint, State};

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  # the accounts of users.csv, their profiles, friends and a day of messages
  imctl migrate export --from-app old --out bundle/ \\
      --accounts-file users.csv --since 1d
  # continue an interrupted export
  imctl migrate export --from-app old --out bundle/ \\
      --accounts-file users.csv --since 1d --resume")]
pub struct ExportArgs {
    /// The profile of the app to read
    #[arg(long, value_name = "PROFILE")]
    pub from_app: String,
    /// The bundle directory (created if missing)
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    #[command(flatten)]
    pub select: SelectArgs,
    /// Continue an interrupted export at the stage where it stopped
    #[arg(long)]
    pub resume: bool,
}

pub fn run(ctx: &mut Ctx, args: &ExportArgs) -> Result<Exit, Error> {
    apps::check_flags(ctx)?;
    let sel = args.select.selection()?;
    bundle::writable_dir("--out", &args.out)?;
    let rt = rest::runtime()?;
    let src = rt.block_on(apps::connect(ctx, &args.from_app))?;
    let want = State {
        from: Some(src.sdkappid),
        kinds: sel.kinds.iter().map(|k| k.name().to_string()).collect(),
        ..State::default()
    };
    let mut cp = Checkpoint::open(&args.out, want, args.resume)?;
    cp.save()?;
    let mut report = Report::new(Some(src.sdkappid), None);
    stages::read_all(ctx, &rt, &src, &sel, &args.out, &mut cp, &mut report)?;
    sel.manifest(src.sdkappid).save(&args.out)?;
    cp.remove();
    ctx.out.done(&report.to_json(false), &report.human(false))?;
    Ok(Exit::Ok)
}
