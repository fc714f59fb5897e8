//! `imctl account`: import, delete, check, kick, online state, profiles, export and global
//! mute, one file per verb. Batch work goes through the bulk engine ([`crate::bulk`]); every
//! value is checked against the console's rules before anything is sent.

mod check;
mod delete;
mod export;
mod import;
mod kick;
mod mute;
mod profile;
mod state;

use clap::{Args, Subcommand};

use crate::commands::bulk_args::BulkFileArgs;
use crate::commands::Ctx;
use crate::error::{Error, Exit};

pub use delete::AccountDeleteArgs;
pub use export::AccountExportArgs;
pub use import::AccountImportArgs;
pub use kick::AccountUserArg;
pub use mute::AccountMuteArgs;
pub use profile::{ProfileCommand, ProfileGetArgs, ProfileSetArgs};
pub use state::AccountStateArgs;

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Import one account, or many from a CSV (header UserID,Nick,FaceUrl), JSONL or ID-list file
    #[command(after_help = "\
Examples:
  imctl account import alice --nick Alice
  imctl account import --file users.csv --failures failed.csv
  # continue after a crash or Ctrl-C
  imctl account import --file users.csv --resume
  # a failures file re-imports as-is
  imctl account import --file failed.csv
  # validate every line, send nothing
  imctl --dry-run account import --file users.csv
  # no Tencent account needed
  imctl --sandbox account import alice

A file without Nick/FaceUrl columns is sent in the `Accounts` form: accounts that exist keep
their profiles. With Nick/FaceUrl columns (or JSONL records that have them) it is sent in the
`AccountList` form, and re-importing an existing account overwrites its Nick and FaceUrl.")]
    Import(AccountImportArgs),
    /// Delete accounts (asks first on a terminal; needs --yes otherwise)
    #[command(after_help = "\
Examples:
  imctl account delete alice bob --yes
  imctl --yes account delete --file users.csv --failures failed.csv
  # absent accounts are not errors
  imctl --yes account delete --file users.csv --ignore-missing
  # validate the file, send nothing
  imctl --dry-run account delete --file users.csv

An account that does not exist (ErrorCode 70107) is reported and not counted as deleted
(exit 6), unless --ignore-missing.")]
    Delete(AccountDeleteArgs),
    /// Check whether accounts are imported
    #[command(after_help = "\
Examples:
  imctl account check alice bob
  imctl account check --file users.csv -o jsonl > status.jsonl
  # an export or a failures file works as-is
  imctl account check --file export.csv")]
    Check(AccountBulkArgs),
    /// Invalidate a user's login state (their UserSig stops working)
    Kick(AccountUserArg),
    /// Online status (Online, PushOnline, Offline), optionally per platform
    #[command(after_help = "\
Examples:
  imctl account state alice bob --detail
  imctl account state --file users.csv -o jsonl

An account that is not imported is reported on stderr with its ErrorCode (exit 6).")]
    State(AccountStateArgs),
    /// Read or write profile fields
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Export profiles to CSV or JSONL, like the console's export
    #[command(after_help = "\
Examples:
  imctl account export alice bob
  imctl account export --file users.csv --out profiles.csv
  # after a crash or Ctrl-C
  imctl account export --file users.csv --out profiles.csv --resume
  imctl account export --file users.csv -o jsonl --field Tag_Profile_IM_Nick

Accounts that do not exist are reported on stderr with their code (exit 6); --out is written
as FILE.partial and renamed when the run ends.")]
    Export(AccountExportArgs),
    /// Global no-speaking: mute a user's one-to-one and/or group messages, or show it
    Mute(AccountMuteArgs),
}

#[derive(Debug, Args)]
pub struct AccountBulkArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

pub fn run(ctx: &mut Ctx, cmd: AccountCommand) -> Result<Exit, Error> {
    match cmd {
        AccountCommand::Import(args) => import::run(ctx, &args),
        AccountCommand::Delete(args) => delete::run(ctx, &args),
        AccountCommand::Check(args) => check::run(ctx, &args),
        AccountCommand::Kick(args) => kick::run(ctx, &args),
        AccountCommand::State(args) => state::run(ctx, &args),
        AccountCommand::Profile(ProfileCommand::Get(args)) => profile::get(ctx, &args),
        AccountCommand::Profile(ProfileCommand::Set(args)) => profile::set(ctx, &args),
        AccountCommand::Export(args) => export::run(ctx, &args),
        AccountCommand::Mute(args) => mute::run(ctx, &args),
    }
}

pub(crate) fn checked_user(user: &str) -> Result<&str, Error> {
    crate::domain::user_id::validate(user).map_err(|e| Error::usage(format!("`{user}`: {e}")))?;
    Ok(user)
}

pub(crate) fn checked_users(users: &[String]) -> Result<Vec<&str>, Error> {
    users.iter().map(|u| checked_user(u)).collect()
}
