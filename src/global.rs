//! The global options: parsed by clap at the root of the command line, read by every layer that
//! needs them (settings, output). Kept apart from `cli.rs`, which knows every command tree, so
//! that nothing below the commands depends on the command tree.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

/// The help heading of the global options.
pub const GLOBAL_HEADING: &str = "Global options";

/// `--region` help: every region the client knows, from the region table.
fn region_help() -> String {
    let names: Vec<String> = crate::domain::region::REGIONS
        .iter()
        .map(|r| format!("{} ({})", r.name, r.short))
        .collect();
    format!(
        "Data center where the app was created (default {}): {}",
        crate::domain::region::REGIONS[0].name,
        names.join(", ")
    )
}

/// Flags accepted before or after any subcommand. `imctl help globals` lists them; every other
/// help page shows one line pointing there (`cli::command`).
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
