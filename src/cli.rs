//! The command line, declared with clap derive. Definitions only: behaviour lives in `commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use crate::emulator::faults::FaultKind;

const EXIT_CODES: &str = "\
Exit codes:
  0    ok
  1    failed (an API error on a single operation; an invalid UserSig)
  2    usage error
  3    configuration or credentials missing or invalid
  4    rejected by the server as unauthenticated (70001, 70003, 70009, 70013, ...)
  5    still rate-limited after retries
  6    partial failure of a bulk operation
  7    network or transport failure
  130  interrupted";

const TOP_EXAMPLES: &str = "\
Examples:
  imctl usersig gen --sdkappid 1400000000 --key-file examples/demo.key --user alice
  imctl app add prod --sdkappid 1400000000 --region singapore --key-file secret.key
  imctl usersig verify --user alice --sig \"$SIG\"

Credentials resolve flag > environment (IMCTL_*) > profile > default.";

#[derive(Debug, Parser)]
#[command(
    name = "imctl",
    version,
    about = "Admin tool for Tencent Cloud Chat (IM): UserSigs, accounts, groups, callbacks",
    long_about = "imctl does from a terminal and from CI what the Tencent Cloud Chat console does in a \
                  browser, through the public server REST API, and signs and verifies UserSigs \
                  locally with no network.",
    after_help = TOP_EXAMPLES,
    after_long_help = format!("{TOP_EXAMPLES}\n\n{EXIT_CODES}"),
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted before or after any subcommand.
#[derive(Debug, Clone, Args, Default)]
pub struct GlobalArgs {
    /// Profile to use (env IMCTL_APP; default: the profile chosen with `app use`)
    #[arg(long, global = true, value_name = "NAME")]
    pub app: Option<String>,
    /// SDKAppID of the app (env IMCTL_SDKAPPID)
    #[arg(long, global = true, value_name = "N")]
    pub sdkappid: Option<String>,
    /// Admin account used for REST calls (env IMCTL_ADMIN; default administrator)
    #[arg(long, global = true, value_name = "USERID")]
    pub admin: Option<String>,
    /// Data center: china, singapore, seoul, tokyo, frankfurt, silicon-valley, jakarta (or cn sgp kr jpn ger usa idn)
    #[arg(long, global = true, value_name = "REGION")]
    pub region: Option<String>,
    /// Base URL overriding the region host (env IMCTL_ENDPOINT); http:// only for loopback
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint: Option<String>,
    /// Allow an http:// endpoint that is not on loopback
    #[arg(long, global = true)]
    pub insecure_http: bool,
    /// Read the secret key from this file (or set IMCTL_KEY)
    #[arg(long, global = true, value_name = "PATH", conflicts_with = "key_stdin")]
    pub key_file: Option<PathBuf>,
    /// Read the secret key from standard input
    #[arg(long, global = true)]
    pub key_stdin: bool,
    /// Output format (default: human-readable)
    #[arg(short = 'o', long, global = true, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,
    /// More detail on stderr (repeat for more); secrets are always redacted
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Only errors on stderr
    #[arg(short = 'q', long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Answer yes to confirmations (required for destructive commands without a terminal)
    #[arg(long, global = true)]
    pub yes: bool,
    /// Never prompt; fail instead when an answer is needed
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Print the request a mutating command would send, and send nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Run against a local emulator whose state lives in the data dir (no account needed)
    #[arg(long, global = true)]
    pub sandbox: bool,
    /// Network timeout in seconds
    #[arg(long, global = true, value_name = "SECS")]
    pub timeout: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Jsonl,
    Csv,
    Text,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Local profiles, app statistics, server IP list, and a health check
    #[command(subcommand)]
    App(AppCommand),
    /// Import, check, delete and inspect accounts
    #[command(subcommand)]
    Account(AccountCommand),
    /// Manage groups, members and group messages
    #[command(subcommand)]
    Group(PendingGroup),
    /// Callback events, signatures, a local receiver and a trigger
    #[command(subcommand)]
    Callback(PendingGroup),
    /// Generate, verify and decode UserSigs locally (no network)
    #[command(subcommand)]
    Usersig(UsersigCommand),
    /// Offline-push self-check and user status checker for one user
    PushCheck(PendingArgs),
    /// Query the local log of REST calls and callback events; download chat history
    #[command(subcommand)]
    Logs(PendingGroup),
    /// Run a local, stateful implementation of the REST API
    Emulator(EmulatorArgs),
    /// Print shell completions or the man page
    Completions(CompletionsArgs),
}

// ---------------------------------------------------------------- usersig

#[derive(Debug, Subcommand)]
pub enum UsersigCommand {
    /// Generate a UserSig (or a TRTC PrivateMapKey with --room-id/--str-room-id)
    #[command(after_help = "\
Examples:
  imctl usersig gen --sdkappid 1400000000 --key-file examples/demo.key --user alice
  imctl usersig gen --user alice --expire 30d -o json
  imctl usersig gen --user alice --room-id 1234 --privilege enter,recv-audio,recv-video
  imctl usersig gen --from-file users.txt > sigs.jsonl")]
    Gen(GenArgs),
    /// Verify a UserSig like the console's verification tool
    #[command(after_help = "\
Examples:
  imctl usersig verify --user alice --sig \"$SIG\"
  echo \"$SIG\" | imctl usersig verify --user alice --sig - -o json
  imctl usersig verify --user alice --sig \"$SIG\" --public-key-file public.pem   (legacy v1)

Exit status: 0 when valid, 1 when not.")]
    Verify(VerifyArgs),
    /// Show what is inside a UserSig (no key needed)
    #[command(after_help = "\
Examples:
  imctl usersig decode \"$SIG\"
  echo \"$SIG\" | imctl usersig decode - -o json")]
    Decode(DecodeArgs),
}

#[derive(Debug, Args)]
pub struct GenArgs {
    /// UserID to sign for (at most 32 bytes)
    #[arg(
        long,
        short = 'u',
        value_name = "USERID",
        required_unless_present = "from_file"
    )]
    pub user: Option<String>,
    /// Validity: seconds, or with a unit: 180d, 12h, 30m, 90s (default 180d)
    #[arg(long, value_name = "DURATION", default_value = "180d")]
    pub expire: String,
    /// Issue time as unix seconds (default: now), for reproducible output
    #[arg(long, value_name = "UNIX")]
    pub time: Option<i64>,
    /// Numeric TRTC room ID: makes a PrivateMapKey
    #[arg(long, value_name = "N", conflicts_with = "str_room_id")]
    pub room_id: Option<u32>,
    /// String TRTC room ID: makes a PrivateMapKey
    #[arg(long, value_name = "ROOM")]
    pub str_room_id: Option<String>,
    /// Room privileges: a number 0-255, or names joined by commas: create, enter, send-audio,
    /// recv-audio, send-video, recv-video, send-sub, recv-sub, all (default all)
    #[arg(long, value_name = "MAP")]
    pub privilege: Option<String>,
    /// Sign every UserID in this file (one a line, `-` for stdin); writes JSONL in input order
    #[arg(long, value_name = "FILE", conflicts_with = "user")]
    pub from_file: Option<PathBuf>,
    /// Reproduce this official library's exact bytes. Every verifier accepts both; `python` is
    /// about 25% shorter, `go` several times faster to make
    #[arg(long, value_enum, value_name = "LIBRARY", default_value_t = Compat::Go)]
    pub compat: Compat,
}

/// Whose UserSig byte layout `usersig gen` reproduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Compat {
    /// tls-sig-api-v2-golang: compact JSON, stored zlib blocks
    Go,
    /// tls-sig-api-v2-python: json.dumps layout, zlib level 6
    Python,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The UserID the UserSig should be for
    #[arg(long, short = 'u', value_name = "USERID")]
    pub user: String,
    /// The UserSig, or `-` to read it from standard input
    #[arg(long, value_name = "SIG|-")]
    pub sig: String,
    /// Judge expiry at this unix time instead of now
    #[arg(long, value_name = "UNIX")]
    pub now: Option<i64>,
    /// Expect a PrivateMapKey for this numeric room
    #[arg(long, value_name = "N", conflicts_with = "str_room_id")]
    pub room_id: Option<u32>,
    /// Expect a PrivateMapKey for this string room
    #[arg(long, value_name = "ROOM")]
    pub str_room_id: Option<String>,
    /// With --room-id/--str-room-id: also require these privileges
    #[arg(long, value_name = "MAP")]
    pub privilege: Option<String>,
    /// Expect exactly this raw userbuf (standard base64)
    #[arg(long, value_name = "BASE64", conflicts_with_all = ["room_id", "str_room_id"])]
    pub userbuf: Option<String>,
    /// Verify a legacy v1 (ECDSA) UserSig with the app's public key (PEM)
    #[arg(long, value_name = "PATH")]
    pub public_key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DecodeArgs {
    /// The UserSig, or `-` to read it from standard input
    #[arg(value_name = "SIG|-")]
    pub sig: String,
}

// ---------------------------------------------------------------- app

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
    /// Check clock, credentials, region reachability, proxy and TLS
    Doctor(PendingArgs),
}

#[derive(Debug, Args)]
pub struct AppAddArgs {
    /// Profile name
    pub name: String,
    /// Overwrite an existing profile of the same name
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct AppNameArg {
    /// Profile name
    pub name: String,
}

#[derive(Debug, Args)]
pub struct AppShowArgs {
    /// Profile name (default: the current profile)
    pub name: Option<String>,
}

// ---------------------------------------------------------------- completions

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to generate completions for, or `man` for the man page
    #[arg(value_enum)]
    pub target: CompletionTarget,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionTarget {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
    Man,
}

// ---------------------------------------------------------------- account

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
pub struct BulkFileArgs {
    /// Read the accounts from this file: CSV with a header (UserID[,Nick,FaceUrl]) or JSONL
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Continue an interrupted run of the same --file from its checkpoint
    #[arg(long, requires = "file")]
    pub resume: bool,
    /// Where to keep the checkpoint (default: FILE.imctl-checkpoint)
    #[arg(long, value_name = "PATH", requires = "file")]
    pub checkpoint: Option<PathBuf>,
    /// Write the items that failed here, in the input's format, to feed back later
    #[arg(long, value_name = "FILE", requires = "file")]
    pub failures: Option<PathBuf>,
    /// Requests in flight at once (the rate limiter still paces them)
    #[arg(long, value_name = "N", default_value_t = 16)]
    pub concurrency: usize,
}

#[derive(Debug, Args)]
pub struct AccountImportArgs {
    /// UserID to import (at most 32 bytes)
    #[arg(
        value_name = "USERID",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    pub user: Option<String>,
    /// Nickname
    #[arg(long)]
    pub nick: Option<String>,
    /// Avatar URL
    #[arg(long, value_name = "URL")]
    pub face_url: Option<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

#[derive(Debug, Args)]
pub struct AccountBulkArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

#[derive(Debug, Args)]
pub struct AccountUserArg {
    /// UserID
    #[arg(value_name = "USERID")]
    pub user: String,
}

#[derive(Debug, Args)]
pub struct AccountStateArgs {
    /// UserIDs (up to 500 per request; more are split)
    #[arg(value_name = "USERID", required = true)]
    pub users: Vec<String>,
    /// Per-platform detail
    #[arg(long)]
    pub detail: bool,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Read profile fields (default: the standard ones)
    Get(ProfileGetArgs),
    /// Write profile fields by friendly name or by tag
    Set(ProfileSetArgs),
}

#[derive(Debug, Args)]
pub struct ProfileGetArgs {
    #[arg(value_name = "USERID", required = true)]
    pub users: Vec<String>,
    /// Field tags to read, e.g. Tag_Profile_IM_Nick (repeatable)
    #[arg(long = "field", value_name = "TAG")]
    pub fields: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ProfileSetArgs {
    #[arg(value_name = "USERID")]
    pub user: String,
    #[arg(long)]
    pub nick: Option<String>,
    /// male, female or unknown
    #[arg(long)]
    pub gender: Option<String>,
    /// YYYYMMDD
    #[arg(long)]
    pub birthday: Option<u32>,
    #[arg(long)]
    pub location: Option<String>,
    #[arg(long)]
    pub signature: Option<String>,
    /// need-confirm, allow-any or deny-any
    #[arg(long)]
    pub allow_type: Option<String>,
    #[arg(long)]
    pub language: Option<u32>,
    /// Avatar URL
    #[arg(long, value_name = "URL")]
    pub avatar: Option<String>,
    #[arg(long)]
    pub level: Option<u32>,
    #[arg(long)]
    pub role: Option<u32>,
    /// Any field as TAG=VALUE, e.g. Tag_Profile_Custom_Hobby=chess (repeatable)
    #[arg(long = "field", value_name = "TAG=VALUE")]
    pub fields: Vec<String>,
}

#[derive(Debug, Args)]
pub struct AccountExportArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    /// Read UserIDs from this file (CSV with a UserID column, or one a line)
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Field tags to export (default: the standard ones)
    #[arg(long = "field", value_name = "TAG")]
    pub fields: Vec<String>,
}

#[derive(Debug, Args)]
pub struct AccountMuteArgs {
    #[arg(value_name = "USERID")]
    pub user: String,
    /// Mute one-to-one messages for this long (seconds, 7d, forever, 0 to unmute)
    #[arg(long, value_name = "DURATION")]
    pub c2c: Option<String>,
    /// Mute group messages for this long (seconds, 7d, forever, 0 to unmute)
    #[arg(long, value_name = "DURATION")]
    pub group: Option<String>,
    /// Show the current setting instead
    #[arg(long, conflicts_with_all = ["c2c", "group"])]
    pub show: bool,
}

// ---------------------------------------------------------------- emulator

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  imctl emulator --sdkappid 1400000000 --key-file examples/demo.key
  imctl emulator --listen 127.0.0.1:0 --data ./emu --latency 50 --throttle
  imctl --endpoint http://127.0.0.1:9901 --sdkappid 1400000000 --key-file examples/demo.key account check alice")]
pub struct EmulatorArgs {
    /// Address to listen on (port 0 picks a free one; the URL is printed on stderr)
    #[arg(long, default_value = "127.0.0.1:9901", value_name = "ADDR")]
    pub listen: String,
    /// Keep state in SQLite in this directory (survives restarts and kill -9)
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Delay every answer by this many milliseconds
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency: u64,
    /// Fail this fraction of requests (HTTP 5xx, resets, timeouts, throttling codes)
    #[arg(long, value_name = "P", default_value_t = 0.0)]
    pub fail_rate: f64,
    /// Seed for --fail-rate, for reproducible runs
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub seed: u64,
    /// Which failures --fail-rate injects (comma-separated)
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KINDS",
          default_values_t = [FaultKind::Http5xx, FaultKind::Throttle, FaultKind::Reset, FaultKind::Hang])]
    pub fault_kinds: Vec<FaultKind>,
    /// Enforce the documented per-command QPS, answering ErrorCode 60007 above it
    #[arg(long)]
    pub throttle: bool,
}

// ---------------------------------------------------------------- later releases

/// Verbs of a command group that a later release fills in.
#[derive(Debug, Subcommand)]
pub enum PendingGroup {
    #[command(external_subcommand)]
    Any(Vec<String>),
}

/// Arguments of a command that a later release fills in.
#[derive(Debug, Args)]
pub struct PendingArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub rest: Vec<String>,
}
