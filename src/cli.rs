//! The command line, declared with clap derive: the root, the tree enum and the one dispatch
//! from a parsed tree to its command. Behaviour lives in `commands/`.

use std::ffi::OsString;

use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::commands::friend;
use crate::commands::push;
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
pub struct Root<T: Subcommand> {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: T,
}

/// The whole command line. A `Root` over one tree ([`trees`]) parses just that tree.
pub type Cli = Root<Command>;

/// One command tree: what the root holds after parsing. Each tree is built and parsed on its
/// own ([`trees`]), so a run builds only the tree it names.
#[derive(Debug)]
pub enum Command {
    App(crate::commands::app::AppCommand),
    Account(crate::commands::account::AccountCommand),
    Group(crate::commands::group::GroupCommand),
    Message(crate::commands::message::MessageCommand),
    Friend(crate::commands::friend::FriendCommand),
    Callback(crate::commands::callback::CallbackCommand),
    Usersig(crate::commands::usersig::UsersigCommand),
    PushCheck(crate::commands::push_check::PushCheckArgs),
    Push(crate::commands::push::PushCommand),
    Logs(crate::commands::logs::LogsCommand),
    Plan(crate::commands::desired::plan::PlanArgs),
    Apply(crate::commands::desired::apply::ApplyArgs),
    State(crate::commands::desired::StateCommand),
    Emulator(crate::commands::emulator::EmulatorArgs),
    Globals,
    Completions(crate::commands::completions::CompletionsArgs),
    Migrate(crate::commands::migrate::MigrateCommand),
}

/// The trees as single-variant enums, each with its help and examples, so that one tree can be
/// added to a root without the others ([`Command`]'s `Subcommand` adds them all).
pub mod trees {
    use clap::Subcommand;

    #[derive(Debug, Subcommand)]
    pub enum App {
        /// Local profiles, app statistics, server IP list, and a health check
        #[command(subcommand)]
        App(crate::commands::app::AppCommand),
    }

    #[derive(Debug, Subcommand)]
    pub enum Account {
        /// Import, check, delete and inspect accounts
        #[command(subcommand)]
        Account(crate::commands::account::AccountCommand),
    }

    #[derive(Debug, Subcommand)]
    pub enum Group {
        /// Manage groups, members and group messages
        #[command(subcommand)]
        Group(crate::commands::group::GroupCommand),
    }

    #[derive(Debug, Subcommand)]
    pub enum Message {
        /// One-to-one messages: send, history, recall, modify, read marks, unread counts, import
        #[command(subcommand)]
        Message(crate::commands::message::MessageCommand),
    }

    #[derive(Debug, Subcommand)]
    pub enum Friend {
        /// Friends, blocklists and friend lists (the relationship chain)
        #[command(subcommand)]
        Friend(crate::commands::friend::FriendCommand),
    }

    #[derive(Debug, Subcommand)]
    pub enum Callback {
        /// Callback events, signatures, a local receiver and a trigger
        #[command(subcommand)]
        Callback(crate::commands::callback::CallbackCommand),
    }

    #[derive(Debug, Subcommand)]
    pub enum Usersig {
        /// Generate, verify and decode UserSigs locally (no network)
        #[command(subcommand)]
        Usersig(crate::commands::usersig::UsersigCommand),
    }

    #[derive(Debug, Subcommand)]
    pub enum PushCheck {
        /// Offline-push self-check and user status checker for one user
        PushCheck(crate::commands::push_check::PushCheckArgs),
    }

    #[derive(Debug, Subcommand)]
    pub enum Push {
        /// Push to all users, or by tag or attribute; the attribute names, attributes and tags
        #[command(subcommand)]
        Push(crate::commands::push::PushCommand),
    }

    #[derive(Debug, Subcommand)]
    pub enum Logs {
        /// Query the local log of REST calls and callback events; download chat history
        #[command(subcommand)]
        Logs(crate::commands::logs::LogsCommand),
    }

    #[derive(Debug, Subcommand)]
    pub enum Plan {
        /// Show what apply would change to make the app match a desired-state file
        Plan(crate::commands::desired::plan::PlanArgs),
    }

    #[derive(Debug, Subcommand)]
    pub enum Apply {
        /// Make the app match a desired-state file: accounts, profiles, groups, members
        Apply(crate::commands::desired::apply::ApplyArgs),
    }

    #[derive(Debug, Subcommand)]
    pub enum State {
        /// Export the current state of groups and accounts as a desired-state file
        #[command(subcommand)]
        State(crate::commands::desired::StateCommand),
    }

    #[derive(Debug, Subcommand)]
    pub enum Emulator {
        /// Run a local, stateful implementation of the REST API
        Emulator(crate::commands::emulator::EmulatorArgs),
    }

    #[derive(Debug, Subcommand)]
    pub enum Globals {
        /// Show the global options every command accepts
        #[command(after_help = "\
Examples:
  # every global option, with its environment variable
  imctl help globals")]
        Globals,
    }

    #[derive(Debug, Subcommand)]
    pub enum Completions {
        /// Print shell completions or the man page
        #[command(after_help = "\
Examples:
  imctl completions bash > ~/.local/share/bash-completion/completions/imctl
  imctl completions zsh > \"${fpath[1]}/_imctl\"
  imctl completions fish > ~/.config/fish/completions/imctl.fish
  imctl completions man > imctl.1 && man ./imctl.1")]
        Completions(crate::commands::completions::CompletionsArgs),
    }

    #[derive(Debug, Subcommand)]
    pub enum Migrate {
        /// Move accounts, profiles and messages from one app to another (import APIs)
        #[command(subcommand)]
        Migrate(crate::commands::migrate::MigrateCommand),
    }
}

/// One tree of the root: its name, how to add it to a root, how to read its matches, and how
/// to parse a command line with a root that holds only it.
struct Tree {
    name: &'static str,
    augment: fn(clap::Command) -> clap::Command,
    from_matches: fn(&ArgMatches) -> Result<Command, clap::Error>,
    parse_alone: fn(Vec<OsString>) -> Result<Cli, clap::Error>,
}

macro_rules! trees_table {
    ($($name:literal => $tree:ident($($c:ident)?)),* $(,)?) => {
        $(impl From<trees::$tree> for Command {
            fn from(tree: trees::$tree) -> Self {
                let trees::$tree::$tree$(($c))? = tree;
                Command::$tree$(($c))?
            }
        })*

        /// Every tree, in the order `imctl --help` lists them.
        const TREES: &[Tree] = &[$(Tree {
            name: $name,
            augment: <trees::$tree as Subcommand>::augment_subcommands,
            from_matches: |m| trees::$tree::from_arg_matches(m).map(Command::from),
            parse_alone: |args| {
                parse_with::<trees::$tree>(args, true).map(|root| Root {
                    global: root.global,
                    command: root.command.into(),
                })
            },
        }),*];
    };
}

trees_table!(
    "app" => App(c),
    "account" => Account(c),
    "group" => Group(c),
    "message" => Message(c),
    "friend" => Friend(c),
    "callback" => Callback(c),
    "usersig" => Usersig(c),
    "push-check" => PushCheck(c),
    "push" => Push(c),
    "logs" => Logs(c),
    "plan" => Plan(c),
    "apply" => Apply(c),
    "state" => State(c),
    "emulator" => Emulator(c),
    "globals" => Globals(),
    "completions" => Completions(c),
    "migrate" => Migrate(c),
);

impl FromArgMatches for Command {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let name = matches.subcommand_name().unwrap_or_default();
        match TREES.iter().find(|tree| tree.name == name) {
            Some(tree) => (tree.from_matches)(matches),
            None => Err(clap::Error::new(clap::error::ErrorKind::MissingSubcommand)),
        }
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl Subcommand for Command {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        TREES.iter().fold(cmd, |cmd, tree| (tree.augment)(cmd))
    }

    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        TREES.iter().any(|tree| tree.name == name)
    }
}

impl Command {
    /// Whether `-o toml` (the desired-state file format) means something to this command.
    pub fn writes_toml(&self) -> bool {
        matches!(self, Command::State(_))
    }

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
            Command::Friend(cmd) => friend::run(ctx, cmd),
            Command::Callback(cmd) => callback::run(ctx, cmd),
            Command::PushCheck(args) => push_check::run(ctx, &args),
            Command::Push(cmd) => push::run(ctx, cmd),
            Command::Logs(cmd) => logs::run(ctx, cmd),
            Command::Plan(args) => desired::plan::run(ctx, &args),
            Command::Apply(args) => desired::apply::run(ctx, &args),
            Command::State(cmd) => desired::run_state(ctx, cmd),
            Command::Emulator(args) => emulator::run(ctx, &args),
            Command::Migrate(cmd) => crate::commands::migrate::run(ctx, cmd),
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
    for_people(Cli::command())
}

/// Hides the global options from every help page but `globals`'s and adds the pointer line.
fn for_people(root: clap::Command) -> clap::Command {
    // One pass over the root's arguments (a `mut_arg` per option costs a search each).
    let mut root = root.mut_args(|a| {
        let global = a.is_global_set();
        a.hide(global)
    });
    if root.find_subcommand("globals").is_some() {
        // Visible copies in `globals` only; clap does not propagate an argument a command has.
        root = root.mut_subcommand("globals", |c| {
            let about = c.get_about().cloned().unwrap_or_default();
            GlobalArgs::augment_args(c).about(about).long_about(None)
        });
    }
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

mod parse;

use parse::parse_with;
pub use parse::{parse, parse_from, parse_whole};
