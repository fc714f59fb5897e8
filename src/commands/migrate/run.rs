//! `imctl migrate run`: the direct move, as the bundle move's stages in one run: every kind
//! is read from the source into a working directory, checked against the destination, then
//! written, with one checkpoint for the whole migration.

use std::path::{Path, PathBuf};

use clap::Args;

use super::apps::{self, App};
use super::report::Report;
use super::stages::{self, Selection};
use super::{DestinationArgs, SelectArgs};
use crate::bulk::outputs::unwritable;
use crate::commands::bulk_args::resume_command;
use crate::commands::{rest, Ctx};
use crate::error::{Error, Exit};
use crate::migrate::bundle::{self, Manifest};
use crate::migrate::checkpoint::{Checkpoint, State};
use crate::migrate::group_ids::GroupIds;
use crate::migrate::Groups;

#[derive(Debug, Args)]
#[command(after_help = "\
Both apps come from saved profiles (`imctl app add NAME ...`). Stages run in dependency
order: accounts, profiles, friends, groups, members, group-messages, c2c-messages (the group
kinds with --groups all, --group ID or --groups-file F); what the destination already has is
counted as already present and not written again.

Examples:
  # see the counts, the calls and the time the documented rates imply
  imctl --dry-run migrate run --from-app old --to-app new \\
      --accounts-file users.csv
  # the accounts of users.csv, their profiles, friends and 3 days of messages
  imctl migrate run --from-app old --to-app new --accounts-file users.csv \\
      --include-referenced --since 3d
  # every group too, with its members and messages, and every account they name
  imctl migrate run --from-app old --to-app new --accounts-file users.csv \\
      --include-referenced --groups all --since 3d
  # continue after Ctrl-C, a crash or kill -9
  imctl migrate run --from-app old --to-app new --accounts-file users.csv \\
      --include-referenced --since 3d --resume")]
pub struct RunArgs {
    /// The profile of the app to read
    #[arg(long, value_name = "PROFILE")]
    pub from_app: String,
    /// The profile of the app to write
    #[arg(long, value_name = "PROFILE")]
    pub to_app: String,
    #[command(flatten)]
    pub select: SelectArgs,
    #[command(flatten)]
    pub destination: DestinationArgs,
    /// Where the stages' files, failures and the checkpoint are kept (default: the data
    /// dir's migrate/FROM-to-TO)
    #[arg(long, value_name = "DIR")]
    pub work: Option<PathBuf>,
    /// Continue an interrupted migration at the stage and item where it stopped
    #[arg(long)]
    pub resume: bool,
}

/// Refuses one profile on both sides before connecting to either.
pub fn refuse_same_profile(from: &str, to: &str) -> Result<(), Error> {
    if from == to {
        return Err(Error::usage(format!(
            "--from-app and --to-app are both `{from}`: nothing to migrate"
        )));
    }
    Ok(())
}

pub fn run(ctx: &mut Ctx, args: &RunArgs) -> Result<Exit, Error> {
    apps::check_flags(ctx)?;
    refuse_same_profile(&args.from_app, &args.to_app)?;
    let mut sel = args.select.selection()?;
    let dir = match &args.work {
        Some(dir) => dir.clone(),
        None => ctx
            .env
            .data_dir()?
            .join("migrate")
            .join(format!("{}-to-{}", args.from_app, args.to_app)),
    };
    bundle::writable_dir("--work", &dir)?;
    let rt = rest::runtime()?;
    let (src, dst) = rt.block_on(async {
        let src = apps::connect(ctx, &args.from_app).await?;
        let dst = apps::connect(ctx, &args.to_app).await?;
        Ok::<_, Error>((src, dst))
    })?;
    apps::refuse_same(&src, &dst)?;
    if ctx.global.dry_run {
        let ids = &args.destination.generated_group_prefix;
        return dry_run(ctx, (&rt, &src), &sel, &dir, ids);
    }
    let want = State {
        from: Some(src.sdkappid),
        to: Some(dst.sdkappid),
        kinds: sel.kinds.iter().map(|k| k.name().to_string()).collect(),
        ..State::default()
    };
    let mut cp = Checkpoint::open(&dir, want, args.resume)?;
    if cp.resumed {
        // The window of the run being continued, not one moved on by the clock.
        if let Ok(m) = Manifest::load(&dir) {
            if let (Some(since), Some(until)) = (m.since, m.until) {
                sel.since = since;
                sel.until = until;
                sel.hours = super::window::hours(since, until);
            }
        }
    }
    cp.save()?;
    let manifest = sel.manifest(src.sdkappid);
    manifest.save(&dir)?;
    let mut report = Report::new(Some(src.sdkappid), Some(dst.sdkappid));
    let moved = (|| {
        stages::read_all(ctx, &rt, &src, &sel, &dir, &mut cp, &mut report)?;
        stages::preflight(
            ctx,
            &rt,
            (&dst, args.destination.to_edition),
            (&dir, &manifest),
            &args.destination.generated_group_prefix,
            &mut report,
        )?;
        stages::write_all(
            ctx,
            &rt,
            &dst,
            (&dir, &manifest, &args.destination.generated_group_prefix),
            args.resume,
            &mut cp,
            &mut report,
        )
    })();
    finish(ctx, moved, cp, &report)
}

/// Prints the report; after a stop, says how to continue.
pub fn finish(
    ctx: &mut Ctx,
    moved: Result<(), Error>,
    cp: Checkpoint,
    report: &Report,
) -> Result<Exit, Error> {
    if let Err(e) = moved {
        if !report.human(true).is_empty() {
            ctx.out.warn(&report.human(true));
        }
        if !matches!(e, Error::Usage(_) | Error::Config { .. }) {
            let args: Vec<String> = std::env::args_os()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            ctx.out.warn(&format!(
                "finished stages are recorded in {}; to continue, run:\n  {}",
                cp.path.display(),
                resume_command(&args)
            ));
        }
        return Err(e);
    }
    cp.remove();
    ctx.out.done(&report.to_json(true), &report.human(true))?;
    match report.failed() {
        0 => Ok(Exit::Ok),
        failed => Err(Error::Partial {
            requested: report.requested(),
            failed,
        }),
    }
}

/// Reads the source into a scratch directory and prints the plan; nothing is written.
fn dry_run(
    ctx: &mut Ctx,
    (rt, src): (&tokio::runtime::Runtime, &App),
    sel: &Selection,
    dir: &Path,
    ids: &GroupIds,
) -> Result<Exit, Error> {
    let scratch = dir.join("dry-run");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).map_err(|e| unwritable("--work", &scratch, &e))?;
    let result = (|| {
        let mut cp = Checkpoint::open(&scratch, State::default(), false)?;
        let mut report = Report::default();
        stages::read_all(ctx, rt, src, sel, &scratch, &mut cp, &mut report)?;
        let manifest = sel.manifest(src.sdkappid);
        let asked = asked_accounts(sel);
        let list_all = sel.groups == Groups::All;
        stages::dry_run_plan(ctx, (&scratch, &manifest, ids), (asked, list_all))
    })();
    let _ = std::fs::remove_dir_all(&scratch);
    result.map(|()| Exit::Ok)
}

/// The accounts the source is asked about: the accounts file's rows (its header not counted).
fn asked_accounts(sel: &Selection) -> u64 {
    let Some(path) = sel.accounts_file.as_deref() else {
        return 0;
    };
    let header = crate::bulk::Input::open(path, None)
        .is_ok_and(|i| matches!(i.format, crate::bulk::Format::Csv { .. }));
    crate::bulk::input::count_rows(path, header).unwrap_or(0)
}
