//! `imctl app`: local profiles (add, list, use, show, remove) in `profiles.rs`; the REST-backed
//! verbs (stats, ip-list, ids, doctor) one file each.

mod chart;
mod doctor;
mod ids;
mod ip_list;
mod profiles;
mod stats;

use clap::Subcommand;

use crate::commands::Ctx;
use crate::error::{Error, Exit};

pub use profiles::{AppAddArgs, AppNameArg, AppShowArgs};

#[derive(Debug, Subcommand)]
pub enum AppCommand {
    /// Save a profile (SDKAppID, region, admin, secret key)
    #[command(after_help = "\
Examples:
  imctl app add prod --sdkappid 1400000000 --region singapore \\
      --key-file secret.key
  printf %s \"$KEY\" | imctl app add ci --sdkappid 1400000000 --key-stdin
  # what replacing the profile would change, without writing
  imctl app add prod --sdkappid 1400000000 --key-file secret.key --yes \\
      --dry-run

Values taken from IMCTL_* variables instead of flags are named on stderr before saving.")]
    Add(AppAddArgs),
    /// List saved profiles
    #[command(after_help = "\
Examples:
  imctl app list
  imctl app list -o json | jq -r '.[] | select(.current) | .name'")]
    List,
    /// Make a profile the default
    #[command(after_help = "\
Examples:
  imctl app use prod
  # say what would change; change nothing
  imctl app use staging --dry-run")]
    Use(AppNameArg),
    /// Show a profile (key masked)
    #[command(after_help = "\
Examples:
  # the current profile
  imctl app show
  imctl app show prod -o json")]
    Show(AppShowArgs),
    /// Delete a profile
    #[command(after_help = "\
Examples:
  imctl app remove old --yes
  # say what would change; change nothing
  imctl app remove old --dry-run")]
    Remove(AppNameArg),
    /// Monitoring dashboard from openconfigsvr/getappinfo
    Stats(stats::AppStatsArgs),
    /// Tencent's server IP list (ConfigSvc/GetIPList)
    IpList(ip_list::AppIpListArgs),
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
        AppCommand::Stats(args) => stats::run(ctx, &args),
        AppCommand::IpList(args) => ip_list::run(ctx, &args),
        AppCommand::Doctor(args) => doctor::run(ctx, &args),
        AppCommand::Ids(args) => ids::run(ctx, &args),
    }
}
