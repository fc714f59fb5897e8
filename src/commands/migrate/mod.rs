//! `imctl migrate`: moves accounts, profiles, friends, groups, members, group messages and
//! one-to-one messages from one app to another with the import APIs, in dependency order, each
//! write stage on the bulk engine. `run` moves
//! directly (through a working directory), `export` and `import` through a bundle directory a
//! person or a script can read and edit (docs/migrate.md). The model is `src/migrate/`.

mod apps;
mod export;
mod import;
mod report;
mod run;
mod stages;
mod window;

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::migrate::{self as model, Groups, Kind};

pub use export::ExportArgs;
pub use import::ImportArgs;
pub use run::RunArgs;

#[derive(Debug, Subcommand)]
pub enum MigrateCommand {
    /// Move an app's accounts, profiles, friends, groups and messages into another app
    Run(RunArgs),
    /// Read an app into a bundle directory: one JSONL file per kind (docs/migrate.md)
    Export(ExportArgs),
    /// Write a bundle directory into an app with the import APIs
    Import(ImportArgs),
}

pub fn run(ctx: &mut Ctx, cmd: MigrateCommand) -> Result<Exit, Error> {
    match cmd {
        MigrateCommand::Run(args) => run::run(ctx, &args),
        MigrateCommand::Export(args) => export::run(ctx, &args),
        MigrateCommand::Import(args) => import::run(ctx, &args),
    }
}

/// What to read from the source (`run` and `export`).
#[derive(Debug, Args)]
pub struct SelectArgs {
    /// The UserIDs to move (no API lists an app's accounts): an `account export`, a failures
    /// file, or any list the bulk reader reads (CSV with UserID, JSONL, one ID a line)
    #[arg(long, value_name = "FILE")]
    pub accounts_file: Option<PathBuf>,
    /// Also move every account met as a message party, group owner, member or friend
    #[arg(long)]
    pub include_referenced: bool,
    /// What to move, comma-separated, written in this order: accounts,profiles,friends,
    /// groups,members,group-messages,c2c-messages (default: all; the group kinds only with a
    /// group selection)
    #[arg(long, value_name = "KINDS", value_delimiter = ',')]
    pub what: Option<Vec<String>>,
    /// Move every group of the source (get_appid_group_list, 1 page a second)
    #[arg(long, value_name = "all", value_parser = ["all"],
          conflicts_with_all = ["group", "groups_file"])]
    pub groups: Option<String>,
    /// Move this group (GroupId; repeat for more)
    #[arg(long, value_name = "ID", conflicts_with = "groups_file")]
    pub group: Vec<String>,
    /// Move the groups of this file: one GroupId a line, or JSONL/CSV with GroupId
    #[arg(long, value_name = "FILE")]
    pub groups_file: Option<PathBuf>,
    /// Custom profile fields to move besides the standard ones, comma-separated
    /// (Tag_Profile_Custom_Team,…); the destination must define them first
    #[arg(long, value_name = "TAGS", value_delimiter = ',')]
    pub profile_fields: Vec<String>,
    /// Group custom fields (AppDefinedData keys) to move with the groups, comma-separated; no
    /// API lists the keys an app defines, and the destination must define them first
    #[arg(long, value_name = "KEYS", value_delimiter = ',')]
    pub group_fields: Vec<String>,
    /// Messages (C2C and group) from this time (30m, 3d, RFC 3339; default: 7 days ago, all
    /// the service keeps of C2C messages)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Messages before this time (default: now)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
}

impl SelectArgs {
    /// The groups named by `--groups all`, `--group ID…` or `--groups-file F`.
    fn groups(&self) -> Result<Groups, Error> {
        if self.groups.is_some() {
            return Ok(Groups::All);
        }
        let mut ids = self.group.clone();
        if let Some(path) = &self.groups_file {
            ids.extend(group_file(path)?);
        }
        for id in &ids {
            crate::domain::group::check_group_id(id)
                .map_err(|m| Error::usage(format!("group `{id}`: {m}")))?;
        }
        Ok(match ids.is_empty() {
            true => Groups::None,
            false => Groups::Ids(ids),
        })
    }

    pub fn selection(&self) -> Result<stages::Selection, Error> {
        let groups = self.groups()?;
        let kinds = match &self.what {
            Some(what) => {
                let kinds = model::kinds(what).map_err(|m| Error::usage(format!("--what: {m}")))?;
                let group_kind = kinds.iter().find(|k| Kind::GROUP_KINDS.contains(k));
                if let (Some(k), Groups::None) = (group_kind, &groups) {
                    return Err(no_groups(k.name()));
                }
                kinds
            }
            // Everything; the group kinds when groups are named.
            None => Kind::ALL
                .into_iter()
                .filter(|k| groups != Groups::None || !Kind::GROUP_KINDS.contains(k))
                .collect(),
        };
        let names_accounts = [Kind::Accounts, Kind::Profiles, Kind::Friends]
            .iter()
            .any(|k| kinds.contains(k));
        if names_accounts && self.accounts_file.is_none() && !self.include_referenced {
            return Err(Error::usage(
                "no API lists an app's accounts: give --accounts-file FILE (an export, any list \
                 of UserIDs), --include-referenced, or both",
            ));
        }
        if let Some(bad) = self.profile_fields.iter().find(|t| {
            !crate::domain::profile_fields::is_custom(t)
                || crate::domain::profile_fields::kind(t).is_none()
        }) {
            return Err(Error::usage(format!(
                "--profile-fields: `{bad}` is not a custom field tag (Tag_Profile_Custom_ and 1-8 letters)"
            )));
        }
        if let Some(why) = self
            .group_fields
            .iter()
            .find_map(|k| crate::domain::group::check_custom_field_key(k).err())
        {
            return Err(Error::usage(format!("--group-fields: {why}")));
        }
        if self.group_fields.len() > crate::domain::group::CUSTOM_FIELDS_MAX {
            return Err(Error::usage(format!(
                "--group-fields: a group holds at most {} custom fields",
                crate::domain::group::CUSTOM_FIELDS_MAX
            )));
        }
        let (since, until) = window::window(
            self.since.as_deref(),
            self.until.as_deref(),
            crate::units::now_unix(),
        )?;
        Ok(stages::Selection {
            kinds,
            accounts_file: self.accounts_file.clone(),
            include_referenced: self.include_referenced,
            note: (self.what.is_none() && groups == Groups::None).then(|| {
                "groups, members, group-messages: not moved: name the groups with --groups \
                 all, --group ID or --groups-file FILE"
                    .to_string()
            }),
            groups,
            profile_fields: self.profile_fields.clone(),
            group_fields: self.group_fields.clone(),
            since,
            until,
            hours: window::hours(since, until),
        })
    }
}

fn no_groups(kind: &str) -> Error {
    Error::usage(format!(
        "--what {kind}: name the groups: --groups all, --group ID (repeatable) or --groups-file FILE"
    ))
}

/// The GroupIds of `--groups-file`: one a line, or a JSONL/CSV line with a GroupId (a
/// `GroupId` header line, blank lines and `#` comments skipped).
fn group_file(path: &std::path::Path) -> Result<Vec<String>, Error> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| Error::unreadable(&name, &e))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() || line.starts_with('#') || line.eq_ignore_ascii_case("GroupId") {
            continue;
        }
        let id = if line.starts_with('{') {
            serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .and_then(|v| v.get("GroupId")?.as_str().map(String::from))
                .ok_or_else(|| Error::usage(format!("{name}:{}: no \"GroupId\" string", n + 1)))?
        } else {
            line.split(',')
                .next()
                .unwrap_or_default()
                .trim()
                .to_string()
        };
        out.push(id);
    }
    Ok(out)
}

/// What the writing verbs (`run`, `import`) know of the destination that no API tells.
#[derive(Debug, Args)]
pub struct DestinationArgs {
    /// The destination's edition (trial, pro, ultimate): a Trial app's caps are checked
    /// before anything is written
    #[arg(long, value_name = "EDITION", value_parser = crate::domain::group::Edition::parse)]
    pub to_edition: Option<crate::domain::group::Edition>,
    /// A group whose ID the service generated (@TGS#…) cannot keep it: it moves under this
    /// prefix and the rest of its ID (@TGS#2J4SZEAEL → TGS_2J4SZEAEL), the same on every run;
    /// the bundle's group-ids.jsonl lists the renamed groups
    #[arg(long, value_name = "PREFIX", default_value = model::group_ids::DEFAULT_PREFIX,
          value_parser = model::group_ids::GroupIds::new)]
    pub generated_group_prefix: model::group_ids::GroupIds,
}
