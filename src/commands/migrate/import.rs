//! `imctl migrate import`: writes a bundle directory (docs/migrate.md) into an app with the
//! import APIs, stage by stage on the bulk engine; what the app already has is not written.

use std::path::PathBuf;

use clap::Args;

use super::apps;
use super::report::Report;
use super::run::finish;
use super::stages;
use super::DestinationArgs;
use crate::commands::{rest, Ctx};
use crate::error::{Error, Exit};
use crate::migrate::bundle::Manifest;
use crate::migrate::checkpoint::{Checkpoint, State};
use crate::migrate::Kind;

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  # the calls and time the documented rates imply; nothing is sent
  imctl --dry-run migrate import --to-app new --in bundle/
  # write it; re-running writes only what is missing
  imctl migrate import --to-app new --in bundle/
  # continue after Ctrl-C, a crash or kill -9
  imctl migrate import --to-app new --in bundle/ --resume")]
pub struct ImportArgs {
    /// The profile of the app to write
    #[arg(long, value_name = "PROFILE")]
    pub to_app: String,
    /// The bundle directory (its manifest.json names what it holds)
    #[arg(long = "in", value_name = "DIR")]
    pub input: PathBuf,
    #[command(flatten)]
    pub destination: DestinationArgs,
    /// Continue an interrupted import at the stage and item where it stopped
    #[arg(long)]
    pub resume: bool,
}

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<Exit, Error> {
    apps::check_flags(ctx)?;
    let dir = &args.input;
    let manifest = Manifest::load(dir)?;
    let kinds = manifest.kinds().map_err(Error::usage)?;
    if ctx.global.dry_run {
        let asked = stages::count_lines(&crate::migrate::bundle::file(dir, Kind::Accounts));
        stages::dry_run_plan(
            ctx,
            (dir, &manifest, &args.destination.generated_group_prefix),
            (asked, false),
        )?;
        return Ok(Exit::Ok);
    }
    let rt = rest::runtime()?;
    let dst = rt.block_on(apps::connect(ctx, &args.to_app))?;
    if manifest.sdkappid == Some(dst.sdkappid) {
        return Err(Error::usage(format!(
            "the bundle was read from SDKAppID {}, the app of `{}`: nothing to migrate",
            dst.sdkappid, args.to_app
        )));
    }
    let want = State {
        from: manifest.sdkappid,
        to: Some(dst.sdkappid),
        kinds: kinds.iter().map(|k| k.name().to_string()).collect(),
        ..State::default()
    };
    let mut cp = Checkpoint::open(dir, want, args.resume)?;
    cp.save()?;
    let mut report = Report::new(manifest.sdkappid, Some(dst.sdkappid));
    let moved = (|| {
        stages::preflight(
            ctx,
            &rt,
            (&dst, args.destination.to_edition),
            (dir, &manifest),
            &args.destination.generated_group_prefix,
            &mut report,
        )?;
        stages::write_all(
            ctx,
            &rt,
            &dst,
            (dir, &manifest, &args.destination.generated_group_prefix),
            args.resume,
            &mut cp,
            &mut report,
        )
    })();
    finish(ctx, moved, cp, &report)
}
