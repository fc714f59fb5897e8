//! `imctl app`: local profiles (add, list, use, show, remove) in `profiles.rs`. The REST-backed
//! verbs (stats, ip-list, doctor) get a file each when they arrive.

mod doctor;
mod ids;
mod profiles;

use clap::Subcommand;

use crate::cli::PendingArgs;
use crate::commands::Ctx;
use crate::error::{Error, Exit};

pub use profiles::{AppAddArgs, AppNameArg, AppShowArgs};

#[derive(Debug, Subcommand)]
pub enum AppCommand {
    /// Save a profile (SDKAppID, region, admin, secret key)
    #[command(after_help = "\
Examples:
  imctl app add prod --sdkappid 1400000000 --region singapore --key-file secret.key
  printf %s \"$KEY\" | imctl app add ci --sdkappid 1400000000 --key-stdin")]
    Add(AppAddArgs),
    /// List saved profiles
    List,
    /// Make a profile the default
    Use(AppNameArg),
    /// Show a profile (key masked)
    Show(AppShowArgs),
    /// Delete a profile
    Remove(AppNameArg),
    /// Monitoring dashboard from openconfigsvr/getappinfo
    Stats(PendingArgs),
    /// Tencent's server IP list (ConfigSvc/GetIPList)
    IpList(PendingArgs),
    /// Why nothing works: profile, clock, proxy, TLS, region hosts, key and admin
    Doctor(doctor::DoctorArgs),
    /// The account's SDKAppIDs (Cloud API 3.0 DescribeSdkAppid, signed with SecretId/SecretKey)
    Ids(ids::AppIdsArgs),
}

pub fn run(ctx: &mut Ctx, cmd: AppCommand) -> Result<Exit, Error> {
    match cmd {
        AppCommand::Add(args) => profiles::add(ctx, &args),
        AppCommand::List => profiles::list(ctx),
        AppCommand::Use(args) => profiles::use_profile(ctx, &args),
        AppCommand::Show(args) => profiles::show(ctx, args.name),
        AppCommand::Remove(args) => profiles::remove(ctx, &args),
        AppCommand::Stats(_) => Err(Error::NotAvailable("app stats".into())),
        AppCommand::IpList(_) => Err(Error::NotAvailable("app ip-list".into())),
        AppCommand::Doctor(args) => doctor::run(ctx, &args),
        AppCommand::Ids(args) => ids::run(ctx, &args),
    }
}
