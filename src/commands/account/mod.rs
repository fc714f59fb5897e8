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
use serde_json::Value;

use crate::bulk::reader::{check_record, Raw, Record};
use crate::bulk::{self, Op, Source};
use crate::commands::bulk_args::BulkFileArgs;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::error::{Error, Exit};

pub use export::AccountExportArgs;
pub use import::AccountImportArgs;
pub use kick::AccountUserArg;
pub use mute::AccountMuteArgs;
pub use profile::{ProfileCommand, ProfileGetArgs, ProfileSetArgs};
pub use state::AccountStateArgs;

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Import one account, or many from a CSV (header UserID,Nick,FaceUrl) or JSONL file
    #[command(after_help = "\
Examples:
  imctl account import alice --nick Alice
  imctl account import --file users.csv --failures failed.csv
  imctl account import --file users.csv --resume          (continue after a crash or Ctrl-C)
  imctl --sandbox account import alice                     (no Tencent account needed)")]
    Import(AccountImportArgs),
    /// Delete accounts (asks first on a terminal; needs --yes otherwise)
    Delete(AccountBulkArgs),
    /// Check whether accounts are imported
    Check(AccountBulkArgs),
    /// Invalidate a user's login state (their UserSig stops working)
    Kick(AccountUserArg),
    /// Online status (Online, PushOnline, Offline), optionally per platform
    State(AccountStateArgs),
    /// Read or write profile fields
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// Export profiles to CSV or JSONL, like the console's export
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
    let record = Record {
        user: user.into(),
        nick: None,
        face_url: None,
        raw: Raw::Arg,
    };
    check_record(&record, false).map_err(|e| Error::usage(format!("`{user}`: {e}")))?;
    Ok(user)
}

pub(crate) fn checked_users(users: &[String]) -> Result<Vec<&str>, Error> {
    users.iter().map(|u| checked_user(u)).collect()
}

/// One request, one answer: prints the answer (`-o json`) or `human(answer)`.
pub(crate) fn single(
    ctx: &mut Ctx,
    service: &str,
    command: &str,
    body: Value,
    ids: &[&str],
    human: impl FnOnce(&Value) -> String,
) -> Result<Exit, Error> {
    let rest = Rest::open(ctx)?;
    let Some(answer) = rest.call(ctx, service, command, &body, ids)? else {
        return Ok(Exit::Ok);
    };
    ctx.out.object(&answer, || human(&answer))?;
    Ok(Exit::Ok)
}

pub(crate) fn bulk(ctx: &mut Ctx, op: Op, args: &AccountBulkArgs) -> Result<Exit, Error> {
    match &args.bulk.file {
        Some(path) => {
            if !args.users.is_empty() {
                return Err(Error::usage("give UserIDs or --file, not both"));
            }
            bulk::run(ctx, op, Source::File(&args.bulk, path))
        }
        None => {
            checked_users(&args.users)?;
            bulk::run(ctx, op, Source::Args(&args.users))
        }
    }
}
