//! The command line, declared with clap derive: the root, the tree enum and the one dispatch
//! from a parsed tree to its command. Behaviour lives in `commands/`.

use clap::{Parser, Subcommand};

use crate::commands::{
    account, app, callback, completions, desired, emulator, group, logs, message, push_check,
    usersig, Ctx,
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
    /// One-to-one messages: history, recall, modify, read marks, unread counts
    #[command(subcommand)]
    Message(crate::commands::message::MessageCommand),
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
    /// Show what apply would change to make the app match a desired-state file
    Plan(crate::commands::desired::plan::PlanArgs),
    /// Make the app match a desired-state file: accounts, profiles, groups, members
    Apply(crate::commands::desired::apply::ApplyArgs),
    /// Export the current state of groups and accounts as a desired-state file
    #[command(subcommand)]
    State(crate::commands::desired::StateCommand),
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
            Command::Message(cmd) => message::run(ctx, cmd),
            Command::Callback(cmd) => callback::run(ctx, cmd),
            Command::PushCheck(args) => push_check::run(ctx, &args),
            Command::Logs(cmd) => logs::run(ctx, cmd),
            Command::Emulator(args) => emulator::run(ctx, &args),
            Command::Plan(args) => desired::plan::run(ctx, &args),
            Command::Apply(args) => desired::apply::run(ctx, &args),
            Command::State(cmd) => desired::run_state(ctx, cmd),
        }
    }
}
