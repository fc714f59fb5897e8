//! The command line, declared with clap derive: the root, the tree enum and the one dispatch
//! from a parsed tree to its command. Behaviour lives in `commands/`.

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::commands::{
    account, app, callback, completions, emulator, group, logs, push_check, usersig, Ctx,
};
use crate::error::{Error, Exit};
use crate::global::GlobalArgs;

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
  imctl usersig gen --sdkappid 1400000000 --key-file examples/demo.key \\
      --user alice
  imctl app add prod --sdkappid 1400000000 --region singapore \\
      --key-file secret.key
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
    /// Show the global options every command accepts
    #[command(after_help = "\
Examples:
  # every global option, with its environment variable
  imctl help globals")]
    Globals,
    /// Print shell completions or the man page
    #[command(after_help = "\
Examples:
  imctl completions bash > ~/.local/share/bash-completion/completions/imctl
  imctl completions zsh > \"${fpath[1]}/_imctl\"
  imctl completions fish > ~/.config/fish/completions/imctl.fish
  imctl completions man > imctl.1 && man ./imctl.1")]
    Completions(crate::commands::completions::CompletionsArgs),
}

impl Command {
    /// Runs the parsed command to completion.
    pub fn run(self, ctx: &mut Ctx) -> Result<Exit, Error> {
        match self {
            Command::Usersig(cmd) => usersig::run(ctx, cmd),
            Command::App(cmd) => app::run(ctx, cmd),
            Command::Completions(args) => {
                completions::run(ctx, &args, <Cli as clap::CommandFactory>::command())
            }
            Command::Account(cmd) => account::run(ctx, cmd),
            Command::Group(cmd) => group::run(ctx, cmd),
            Command::Callback(cmd) => callback::run(ctx, cmd),
            Command::PushCheck(args) => push_check::run(ctx, &args),
            Command::Logs(cmd) => logs::run(ctx, cmd),
            Command::Emulator(args) => emulator::run(ctx, &args),
            Command::Globals => {
                let help = command()
                    .find_subcommand_mut("globals")
                    .map(|c| c.render_long_help().to_string())
                    .unwrap_or_default();
                ctx.out.raw(help.as_bytes())?;
                Ok(Exit::Ok)
            }
        }
    }
}

/// The one line every help page shows instead of the global options (they would fill most of
/// a leaf's help); `imctl help globals` lists them all.
const GLOBALS_POINTER: &str =
    "Global options (-o, -q, -v, --app, --sandbox, --yes, …): imctl help globals";

/// clap's default help layout plus [`GLOBALS_POINTER`].
const HELP_TEMPLATE: &str = "\
{before-help}{about-with-newline}
{usage-heading} {usage}

{all-args}

GLOBALS_POINTER{after-help}";

/// The command line as a person sees it: the whole tree, each help page with its own options
/// and one line pointing at `imctl help globals`, which lists the global options. (The
/// completions and the man page use [`Cli::command`], where the global options are visible.)
pub fn command() -> clap::Command {
    let mut root = Cli::command();
    let globals: Vec<clap::Id> = root
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().clone())
        .collect();
    for id in globals {
        root = root.mut_arg(id, |a| a.hide(true));
    }
    // Visible copies in `globals` only; clap does not propagate an argument a command has.
    root = root.mut_subcommand("globals", |c| {
        let about = c.get_about().cloned().unwrap_or_default();
        GlobalArgs::augment_args(c).about(about).long_about(None)
    });
    with_pointer(root)
}

fn with_pointer(cmd: clap::Command) -> clap::Command {
    let template = if cmd.get_name() == "globals" {
        HELP_TEMPLATE.replace("\n\nGLOBALS_POINTER", "")
    } else {
        HELP_TEMPLATE.replace("GLOBALS_POINTER", GLOBALS_POINTER)
    };
    cmd.help_template(template).mut_subcommands(with_pointer)
}

/// Parses the process's command line (see [`command`]).
pub fn parse() -> Result<Cli, clap::Error> {
    parse_from(std::env::args_os())
}

pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let matches = command().try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}
