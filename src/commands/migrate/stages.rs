//! Runs the stages of `src/migrate/` for the three verbs: the read stages into a bundle
//! directory, and the write stages from it on the bulk engine, with the one checkpoint across
//! stages, the report per stage, and the checks made before the first write.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};

use super::apps::App;
use super::report::{MigrateReporter, Report};
use crate::bulk::{End, Input, Job, Operation, Options};
use crate::commands::Ctx;
use crate::domain::group::Edition;
use crate::error::Error;
use crate::migrate::bundle::{self, Manifest};
use crate::migrate::caps;
use crate::migrate::checkpoint::{Checkpoint, Phase};
use crate::migrate::group_ids::{self, GroupIds};
use crate::migrate::read::{self, Source};
use crate::migrate::{
    plan, read_friends, read_groups, write, write_friends, write_groups, Groups, Kind,
};

/// Requests in flight at once in a write stage (each app's limiter still paces them).
const CONCURRENCY: usize = 16;
/// A history archive download gets this long.
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(300);

/// What the read stages read: from the flags of `run` and `export`.
pub struct Selection {
    pub kinds: Vec<Kind>,
    pub accounts_file: Option<PathBuf>,
    pub include_referenced: bool,
    /// Said before reading: the kinds the default leaves out.
    pub note: Option<String>,
    pub groups: Groups,
    pub profile_fields: Vec<String>,
    pub group_fields: Vec<String>,
    pub since: i64,
    pub until: i64,
    pub hours: Vec<String>,
}

impl Selection {
    pub fn manifest(&self, sdkappid: u64) -> Manifest {
        Manifest {
            format: bundle::FORMAT.into(),
            sdkappid: Some(sdkappid),
            kinds: self.kinds.iter().map(|k| k.name().to_string()).collect(),
            profile_fields: self.profile_fields.clone(),
            group_fields: self.group_fields.clone(),
            since: Some(self.since),
            until: Some(self.until),
        }
    }

    fn source<'a>(
        &'a self,
        client: &'a Arc<crate::api::client::Client>,
        dir: &'a Path,
    ) -> Source<'a> {
        Source {
            client,
            dir,
            accounts_file: self.accounts_file.as_deref(),
            include_referenced: self.include_referenced,
            kinds: &self.kinds,
            groups: &self.groups,
            profile_fields: &self.profile_fields,
            group_fields: &self.group_fields,
            since: self.since,
            until: self.until,
            hours: &self.hours,
            download_timeout: DOWNLOAD_TIMEOUT,
        }
    }
}

/// The lines of a finished bundle file (0 when it is absent).
pub fn count_lines(path: &Path) -> u64 {
    crate::bulk::input::count_rows(path, false).unwrap_or(0)
}

/// Reads every selected kind from `src` into `dir`, skipping stages a resumed run finished.
pub fn read_all(
    ctx: &Ctx,
    rt: &tokio::runtime::Runtime,
    src: &App,
    sel: &Selection,
    dir: &Path,
    cp: &mut Checkpoint,
    report: &mut Report,
) -> Result<(), Error> {
    if let Some(note) = &sel.note {
        ctx.out.status(note);
    }
    for kind in Kind::read_order(&sel.kinds) {
        let stage = report.stage(kind);
        if cp.done(kind, Phase::Read) {
            stage.read = count_lines(&bundle::file(dir, kind));
            continue;
        }
        ctx.out.status(&format!(
            "{}: reading from `{}` (SDKAppID {})",
            kind.name(),
            src.profile,
            src.sdkappid
        ));
        let outcome = rt.block_on(read_stage(kind, &sel.source(&src.client, dir)))?;
        for note in &outcome.notes {
            ctx.out.warn(&format!("{}: {note}", kind.name()));
        }
        report.stage(kind).read = outcome.read;
        cp.finish(kind, Phase::Read)?;
    }
    Ok(())
}

/// Reads `kind` from the source into its bundle file.
async fn read_stage(kind: Kind, src: &Source<'_>) -> Result<read::Outcome, Error> {
    match kind {
        Kind::Accounts => read::accounts(src).await,
        Kind::Profiles => read::profiles(src).await,
        Kind::C2cMessages => read::c2c_messages(src).await,
        Kind::Friends => read_friends::friends(src).await,
        Kind::Groups => read_groups::groups(src).await,
        Kind::Members => read_groups::members(src).await,
        Kind::GroupMessages => read_groups::group_messages(src).await,
    }
}

/// Refusals before the first write: a Trial destination that cannot hold the bundle, two
/// source groups that would land on one destination GroupId, and custom profile fields the
/// destination does not define (probed with `portrait_get`, which answers 40009 for a field
/// the console never defined). Lists the groups that move under a new ID.
pub fn preflight(
    ctx: &Ctx,
    rt: &tokio::runtime::Runtime,
    (dst, edition): (&App, Option<Edition>),
    (dir, manifest): (&Path, &Manifest),
    ids: &GroupIds,
    report: &mut Report,
) -> Result<(), Error> {
    let kinds = manifest.kinds().map_err(Error::usage)?;
    if let Some(edition) = edition {
        let sizes = bundle_sizes(dir, &kinds);
        if let Some(why) = caps::refusal(edition, &sizes) {
            return Err(Error::usage(format!(
                "{why}: nothing was written. Upgrade the destination's edition, or move less"
            )));
        }
    }
    rename_groups(ctx, dir, &kinds, ids, report)?;
    let custom = &manifest.profile_fields;
    let mut needed = Vec::new();
    if !custom.is_empty() {
        needed.push(format!("custom profile fields {}", custom.join(", ")));
    }
    if !manifest.group_fields.is_empty() && kinds.contains(&Kind::Groups) {
        // No API lists or probes them: a key DST lacks fails its groups one by one.
        needed.push(format!(
            "group custom fields {}",
            manifest.group_fields.join(", ")
        ));
    }
    let settings = match needed.is_empty() {
        true => "none that imctl can see".to_string(),
        false => needed.join("; "),
    };
    ctx.out.status(&format!(
        "the destination's console must have, before the move: {settings}; and the callback \
         URL, if the source app uses one (no API reads it: copy it by hand)"
    ));
    if custom.is_empty() || !kinds.contains(&Kind::Profiles) {
        return Ok(());
    }
    let probe_user = first_user(dir).unwrap_or_else(|| "administrator".into());
    let probed = rt.block_on(read::profiles_of(&dst.client, &[probe_user], custom));
    match probed {
        Err(Error::Api {
            endpoint,
            code,
            info,
        }) if (40007..=40009).contains(&code) => Err(Error::Api {
            endpoint,
            code,
            info: format!(
                "{info}: define the custom profile field(s) {} in the destination's console \
                 first (they take a few minutes to apply); nothing was written",
                custom.join(", ")
            ),
        }),
        Err(e) => Err(e),
        Ok(_) => Ok(()),
    }
}

/// What the edition caps apply to: the kinds of the bundle that will be written.
fn bundle_sizes(dir: &Path, kinds: &[Kind]) -> caps::Sizes {
    let count = |kind| match kinds.contains(&kind) {
        true => count_lines(&bundle::file(dir, kind)),
        false => 0,
    };
    let largest_group = match kinds.contains(&Kind::Members) {
        true => per_key(&bundle::file(dir, Kind::Members), "GroupId")
            .into_iter()
            .max_by_key(|(_, n)| *n),
        false => None,
    };
    caps::Sizes {
        accounts: count(Kind::Accounts),
        groups: count(Kind::Groups),
        largest_group,
    }
}

/// The groups whose generated IDs the destination cannot keep (source → destination ID), from
/// the bundle's group files; refused when one would take a custom ID another source group has.
fn renamed_groups(
    dir: &Path,
    kinds: &[Kind],
    ids: &GroupIds,
) -> Result<BTreeMap<String, String>, Error> {
    let mut sources = Vec::new();
    for kind in Kind::GROUP_KINDS.iter().filter(|k| kinds.contains(k)) {
        let file = bundle::file(dir, *kind);
        if file.exists() {
            sources.extend(read::column(&file, "GroupId")?);
        }
    }
    ids.renames(sources.iter().map(String::as_str))
        .map_err(|(a, b)| {
            Error::usage(format!(
                "groups `{a}` and `{b}` would both be `{}` in the destination (an ID the \
                 service generated cannot be kept): choose another --generated-group-prefix; \
                 nothing was written",
                ids.destination(&b)
            ))
        })
}

/// Lists the renamed groups in the bundle, says so, and notes it in the report.
fn rename_groups(
    ctx: &Ctx,
    dir: &Path,
    kinds: &[Kind],
    ids: &GroupIds,
    report: &mut Report,
) -> Result<(), Error> {
    let renamed = renamed_groups(dir, kinds, ids)?;
    let Some((first, new)) = renamed.iter().next() else {
        return Ok(());
    };
    let list = group_ids::write_list(dir, &renamed)?;
    let said = format!(
        "{} group(s) have IDs the service generated, which import_group cannot keep: they \
         move under new ones ({first} → {new}, …); {} lists them",
        renamed.len(),
        list.display()
    );
    ctx.out.warn(&said);
    report.renamed_groups = Some((renamed.len(), list));
    report.stage(Kind::Groups).note = Some(said);
    Ok(())
}

fn first_user(dir: &Path) -> Option<String> {
    let path = bundle::file(dir, Kind::Accounts);
    let mut first = None;
    read::each_line(&path, |_, line| {
        if first.is_none() {
            first = line.get("UserID").and_then(Value::as_str).map(String::from);
        }
        Ok(())
    })
    .ok()?;
    first
}

/// Writes every kind of the bundle into `dst`, in dependency order, each on the bulk engine.
pub fn write_all(
    ctx: &Ctx,
    rt: &tokio::runtime::Runtime,
    dst: &App,
    (dir, manifest, ids): (&Path, &Manifest, &GroupIds),
    resume: bool,
    cp: &mut Checkpoint,
    report: &mut Report,
) -> Result<(), Error> {
    let kinds = manifest.kinds().map_err(Error::usage)?;
    for kind in kinds {
        let file = bundle::file(dir, kind);
        let stage = report.stage(kind);
        if stage.read == 0 {
            stage.read = count_lines(&file);
        }
        if cp.done(kind, Phase::Write) {
            stage.note = Some("written by an earlier run".into());
            continue;
        }
        if stage.read == 0 {
            cp.finish(kind, Phase::Write)?;
            continue;
        }
        ctx.out.status(&format!(
            "{}: writing {} item(s) to `{}` (SDKAppID {})",
            kind.name(),
            stage.read,
            dst.profile,
            dst.sdkappid
        ));
        let op: Box<dyn Operation> = match kind {
            Kind::Accounts => Box::new(write::Accounts),
            Kind::Profiles => Box::new(write::Profiles {
                tags: read::profile_tags(&manifest.profile_fields),
            }),
            Kind::C2cMessages => {
                let present = present_messages(rt, dst, dir, manifest)?;
                Box::new(write::C2cMessages {
                    present: Arc::new(present),
                })
            }
            Kind::Friends => Box::new(write_friends::Friends),
            Kind::Groups => Box::new(write_groups::Groups { ids: ids.clone() }),
            Kind::Members => Box::new(write_groups::Members { ids: ids.clone() }),
            Kind::GroupMessages => {
                let groups = per_key(&file, "GroupId")
                    .into_keys()
                    .map(|g| ids.destination(&g).into_owned())
                    .collect();
                let present = rt.block_on(read_groups::group_message_keys(&dst.client, groups))?;
                Box::new(write_groups::GroupMessages {
                    present: Arc::new(present),
                    ids: ids.clone(),
                })
            }
        };
        let stage_cp = bundle::stage_checkpoint(dir, kind);
        let opts = Options {
            // A group's messages go one request at a time, in time order: one batch at a
            // time, the groups of a batch in parallel (write_groups::GroupMessages).
            concurrency: match kind {
                Kind::GroupMessages => 1,
                _ => CONCURRENCY,
            },
            failures: Some(bundle::failures(dir, kind)),
            checkpoint: Some(stage_cp.clone()),
            resume: resume && stage_cp.exists(),
            ..Options::default()
        };
        let job = Job::prepare(Input::open(&file, None)?, &*op, opts)?;
        let mut reporter = MigrateReporter::new(&ctx.out, kind.name(), ctx.global.quiet);
        let op: Arc<dyn Operation> = Arc::from(op);
        let (summary, end) = rt.block_on(job.run(dst.client.clone(), op, &mut reporter))?;
        report.stage(kind).add(&summary);
        match end {
            End::Complete => cp.finish(kind, Phase::Write)?,
            End::Interrupted => return Err(Error::Interrupted),
            End::Fatal(e) => return Err(e),
        }
    }
    Ok(())
}

/// A bundle file's lines counted by the value of `key` (GroupId, From_Account).
fn per_key(path: &Path, key: &str) -> std::collections::HashMap<String, u64> {
    let mut out = std::collections::HashMap::new();
    // A file not there yet counts nothing.
    let _ = read::each_line(path, |_, line| {
        if let Some(k) = line.get(key).and_then(Value::as_str) {
            *out.entry(k.to_string()).or_insert(0) += 1;
        }
        Ok(())
    });
    out
}

/// The messages the destination already holds in the bundle's window.
fn present_messages(
    rt: &tokio::runtime::Runtime,
    dst: &App,
    dir: &Path,
    manifest: &Manifest,
) -> Result<HashSet<String>, Error> {
    let (Some(since), Some(until)) = (manifest.since, manifest.until) else {
        return Ok(HashSet::new());
    };
    let sel = Selection {
        kinds: vec![],
        accounts_file: None,
        include_referenced: false,
        note: None,
        groups: Groups::None,
        profile_fields: vec![],
        group_fields: vec![],
        since,
        until,
        hours: super::window::hours(since, until),
    };
    rt.block_on(read::message_keys(&sel.source(&dst.client, dir)))
}

/// `--dry-run`: the stages' counts from the bundle and the calls and time the documented
/// rates imply; nothing is written.
pub fn dry_run_plan(
    ctx: &mut Ctx,
    (dir, manifest, ids): (&Path, &Manifest, &GroupIds),
    (asked, list_all): (u64, bool),
) -> Result<(), Error> {
    let kinds = manifest.kinds().map_err(Error::usage)?;
    let renamed = renamed_groups(dir, &kinds, ids)?;
    let accounts = count_lines(&bundle::file(dir, Kind::Accounts));
    let hours = match (manifest.since, manifest.until) {
        (Some(s), Some(u)) => super::window::hours(s, u).len() as u64,
        _ => 0,
    };
    let groups = match count_lines(&bundle::file(dir, Kind::Groups)) {
        0 => [Kind::Members, Kind::GroupMessages]
            .iter()
            .map(|&k| per_key(&bundle::file(dir, k), "GroupId").len() as u64)
            .max()
            .unwrap_or(0),
        n => n,
    };
    let stages: Vec<plan::Stage> = kinds
        .iter()
        .map(|&k| {
            let file = bundle::file(dir, k);
            let items = count_lines(&file);
            let key = match k {
                Kind::Friends => "From_Account",
                _ => "GroupId",
            };
            let counts = plan::Counts {
                asked: if k == Kind::Accounts {
                    asked.max(items)
                } else {
                    0
                },
                items,
                accounts,
                hours,
                groups,
                list_all,
                per_key: match k {
                    Kind::Friends | Kind::Members | Kind::GroupMessages => {
                        per_key(&file, key).into_values().collect()
                    }
                    _ => Vec::new(),
                },
            };
            plan::stage(k, &counts)
        })
        .collect();
    let seconds: f64 = stages.iter().map(plan::Stage::seconds).sum();
    let mut human: Vec<String> = stages.iter().map(plan::Stage::human).collect();
    if let Some((first, new)) = renamed.iter().next() {
        human.push(format!(
            "{} group(s) have IDs the service generated and would move under new ones \
             ({first} → {new}, …)",
            renamed.len()
        ));
    }
    human.push(format!(
        "total: {:.2} s at the documented rates (spec §12); nothing was written (--dry-run)",
        seconds
    ));
    let doc = json!({
        "DryRun": true,
        "Stages": stages.iter().map(plan::Stage::to_json).collect::<Vec<Value>>(),
        "Seconds": seconds,
        "RenamedGroups": renamed.len(),
    });
    ctx.out.object(&doc, || human.join("\n"))
}
