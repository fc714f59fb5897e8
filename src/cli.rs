//! The command line, declared with clap derive. Definitions only: behaviour lives in `commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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

/// The help heading of the global options.
pub const GLOBAL_HEADING: &str = "Global options";

/// `--region` help: every region the client knows, from the region table.
fn region_help() -> String {
    let names: Vec<String> = crate::api::region::REGIONS
        .iter()
        .map(|r| format!("{} ({})", r.name, r.short))
        .collect();
    format!(
        "Data center where the app was created (default {}): {}",
        crate::api::region::REGIONS[0].name,
        names.join(", ")
    )
}

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

/// Flags accepted before or after any subcommand. Help lists them under their own heading,
/// after the command's own options.
#[derive(Debug, Clone, Args, Default)]
#[command(next_help_heading = GLOBAL_HEADING)]
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
    #[arg(long, global = true, value_name = "REGION", help = region_help())]
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
    /// Seconds one REST call may take in all, retries and waits included (default: 10 s per attempt, up to 6 attempts)
    #[arg(long, global = true, value_name = "SECS")]
    pub timeout: Option<u64>,
    /// Also trust the CA certificate(s) in this PEM file for HTTPS (env IMCTL_CA_CERT)
    #[arg(long, global = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
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
    App(crate::commands::app::AppCommand),
    /// Import, check, delete and inspect accounts
    #[command(subcommand)]
    Account(crate::commands::account::AccountCommand),
    /// Manage groups, members and group messages
    #[command(subcommand)]
    Group(crate::commands::group::GroupCommand),
    /// Callback events, signatures, a local receiver and a trigger
    #[command(subcommand)]
    Callback(crate::commands::callback::CallbackCommand),
    /// Generate, verify and decode UserSigs locally (no network)
    #[command(subcommand)]
    Usersig(crate::commands::usersig::UsersigCommand),
    /// Offline-push self-check and user status checker for one user
    PushCheck(crate::commands::push_check::PushCheckArgs),
    /// Query the local log of REST calls and callback events; download chat history
    #[command(subcommand)]
    Logs(crate::commands::logs::LogsCommand),
    /// Run a local, stateful implementation of the REST API
    Emulator(crate::commands::emulator::EmulatorArgs),
    /// Print shell completions or the man page
    #[command(after_help = "\
Examples:
  imctl completions bash > ~/.local/share/bash-completion/completions/imctl
  imctl completions zsh > \"${fpath[1]}/_imctl\"
  imctl completions fish > ~/.config/fish/completions/imctl.fish
  imctl completions man > imctl.1 && man ./imctl.1")]
    Completions(crate::commands::completions::CompletionsArgs),
}

// ---------------------------------------------------------------- later releases

/// Arguments of a command that a later release fills in.
#[derive(Debug, Args)]
pub struct PendingArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    pub rest: Vec<String>,
}
