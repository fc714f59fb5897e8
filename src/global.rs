//! The global options: parsed by clap at the root of the command line, read by every layer that
//! needs them (settings, output). Kept apart from `cli.rs`, which knows every command tree, so
//! that nothing below the commands depends on the command tree.

use std::path::PathBuf;

use std::ffi::OsStr;

use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};
use clap::error::ErrorKind;
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
    #[arg(short = 'o', long, global = true, value_parser = FormatParser, value_name = "FORMAT")]
    pub output: Option<OutputArg>,
    /// Colour on a terminal: auto (unless NO_COLOR is set), always, never
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
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

/// `--color`: when imctl colours its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set
    #[default]
    Auto,
    /// Always, even into a pipe or with NO_COLOR
    Always,
    /// Never
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Jsonl,
    Csv,
    Text,
}

/// What `-o` names: a format every command prints in, or `toml`, the desired-state file format
/// that only `state export` writes (it is refused everywhere else, and never reaches `output`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputArg {
    Table,
    Json,
    Jsonl,
    Csv,
    Text,
    Toml,
}

impl OutputArg {
    /// The print format, or `None` for `toml` (the caller decides whether toml is allowed).
    pub fn format(self) -> Option<OutputFormat> {
        match self {
            OutputArg::Table => Some(OutputFormat::Table),
            OutputArg::Json => Some(OutputFormat::Json),
            OutputArg::Jsonl => Some(OutputFormat::Jsonl),
            OutputArg::Csv => Some(OutputFormat::Csv),
            OutputArg::Text => Some(OutputFormat::Text),
            OutputArg::Toml => None,
        }
    }
}

/// `-o/--output` takes a format name. A value that looks like a file (`-o out.csv`) is the
/// most common slip: it is refused (exit 2) with a message that names `--out PATH`, the flag
/// that writes a file, instead of clap's bare "invalid value".
#[derive(Clone)]
struct FormatParser;

impl TypedValueParser for FormatParser {
    type Value = OutputArg;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<OutputArg, clap::Error> {
        EnumValueParser::<OutputArg>::new()
            .parse_ref(cmd, arg, value)
            .map_err(|err| match path_like(value) {
                Some(text) => {
                    clap::Error::raw(ErrorKind::ValueValidation, wrong_flag(&text)).with_cmd(cmd)
                }
                None => err,
            })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            OutputArg::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value),
        ))
    }
}

/// The value as text when it looks like a path rather than a mistyped format name.
fn path_like(value: &OsStr) -> Option<String> {
    let text = value.to_string_lossy();
    text.contains(['/', '\\', '.']).then(|| text.into_owned())
}

fn wrong_flag(value: &str) -> String {
    let names: Vec<String> = OutputArg::value_variants()
        .iter()
        .filter_map(|f| f.to_possible_value().map(|v| v.get_name().to_string()))
        .collect();
    format!(
        "`{}` is not an output format: -o/--output chooses the format ({}); \
         to write a file, use --out PATH\n",
        value.escape_debug(),
        names.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Debug, Parser)]
    struct Probe {
        #[command(flatten)]
        global: GlobalArgs,
    }

    #[test]
    fn output_takes_format_names_and_refuses_paths_naming_out() {
        let probe = Probe::try_parse_from(["x", "-o", "json"]).unwrap();
        assert_eq!(probe.global.output, Some(OutputArg::Json));
        for path in ["x.csv", "./out", "dir/report"] {
            let err = Probe::try_parse_from(["x", "--output", path]).unwrap_err();
            assert_eq!(err.exit_code(), 2);
            let text = err.to_string();
            assert!(text.contains("--out PATH"), "{text}");
            assert!(text.contains(path), "{text}");
        }
        let err = Probe::try_parse_from(["x", "-o", "nonsense"]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("possible values"), "{err}");
    }
}
