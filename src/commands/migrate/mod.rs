//! `imctl migrate`: moves accounts, profiles and one-to-one messages from one app to another
//! with the import APIs, in dependency order, each write stage on the bulk engine. `run` moves
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
use crate::migrate::{self as model, Kind};

pub use export::ExportArgs;
pub use import::ImportArgs;
pub use run::RunArgs;

#[derive(Debug, Subcommand)]
pub enum MigrateCommand {
    /// Move an app's accounts, profiles and messages into another app (read, then import)
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
    /// Also move every account met as a message party
    #[arg(long)]
    pub include_referenced: bool,
    /// What to move, comma-separated, written in this order:
    /// accounts,profiles,c2c-messages
    #[arg(
        long,
        value_name = "KINDS",
        value_delimiter = ',',
        default_value = "accounts,profiles,c2c-messages"
    )]
    pub what: Vec<String>,
    /// Custom profile fields to move besides the standard ones, comma-separated
    /// (Tag_Profile_Custom_Team,…); the destination must define them first
    #[arg(long, value_name = "TAGS", value_delimiter = ',')]
    pub profile_fields: Vec<String>,
    /// Messages from this time (30m, 3d, RFC 3339; default: 7 days ago, all the service keeps)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Messages before this time (default: now)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
}

impl SelectArgs {
    pub fn selection(&self) -> Result<stages::Selection, Error> {
        let kinds = model::kinds(&self.what).map_err(|m| Error::usage(format!("--what: {m}")))?;
        let names_accounts = kinds.contains(&Kind::Accounts) || kinds.contains(&Kind::Profiles);
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
        let (since, until) = window::window(
            self.since.as_deref(),
            self.until.as_deref(),
            crate::units::now_unix(),
        )?;
        Ok(stages::Selection {
            kinds,
            accounts_file: self.accounts_file.clone(),
            include_referenced: self.include_referenced,
            profile_fields: self.profile_fields.clone(),
            since,
            until,
            hours: window::hours(since, until),
        })
    }
}

/// `--to-edition`: the destination's edition, which no API tells (the console shows it).
#[derive(Debug, Args)]
pub struct EditionArgs {
    /// The destination's edition (trial, pro, ultimate): a Trial app's caps are checked
    /// before anything is written
    #[arg(long, value_name = "EDITION", value_parser = crate::domain::group::Edition::parse)]
    pub to_edition: Option<crate::domain::group::Edition>,
}
