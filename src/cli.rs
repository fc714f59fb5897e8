//! The command line, declared with clap derive: the root, the tree enum and the one dispatch
//! from a parsed tree to its command. Behaviour lives in `commands/`.

use std::ffi::OsString;

use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

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
    Callback(crate::commands::callback::CallbackCommand),
    Usersig(crate::commands::usersig::UsersigCommand),
    PushCheck(crate::commands::push_check::PushCheckArgs),
    Logs(crate::commands::logs::LogsCommand),
    Emulator(crate::commands::emulator::EmulatorArgs),
    Globals,
    Completions(crate::commands::completions::CompletionsArgs),
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
    pub enum Logs {
        /// Query the local log of REST calls and callback events; download chat history
        #[command(subcommand)]
        Logs(crate::commands::logs::LogsCommand),
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
    "callback" => Callback(c),
    "usersig" => Usersig(c),
    "push-check" => PushCheck(c),
    "logs" => Logs(c),
    "emulator" => Emulator(c),
    "globals" => Globals(),
    "completions" => Completions(c),
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

/// Parses the process's command line (see [`parse_from`]).
pub fn parse() -> Result<Cli, clap::Error> {
    parse_from(std::env::args_os())
}

/// Parses a command line. Start-up must not grow with the command tree: when the line names a
/// tree, only that tree is built (a root over it alone); help, errors and every other line
/// get the whole tree. Both give the same result (tested below).
pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // `--version` needs no tree at all: the smallest one will do.
    let version = args.len() == 2 && (args[1] == "--version" || args[1] == "-V");
    let name = if version {
        Some("globals")
    } else {
        named_tree(&args)
    };
    let tree = name.and_then(|name| TREES.iter().find(|t| t.name == name));
    match tree.zip(hoist_globals(&args)) {
        Some((tree, hoisted)) => (tree.parse_alone)(hoisted),
        None => parse_whole(args),
    }
}

/// The line with every global option (and its value) moved before the tree's name, where a
/// root that holds them alone parses them: clap copies a global option's values into every
/// level of a parse, a third of a one-UserSig run. None whenever the move could change what
/// the line means or which error it gets (a global given twice, a short cluster mixing global
/// and other letters, a missing or invalid value): the whole tree then parses it.
fn hoist_globals(args: &[OsString]) -> Option<Vec<OsString>> {
    let mut globals = Vec::new();
    let mut rest = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let Some(text) = word.to_str() else {
            rest.push(word.clone());
            continue;
        };
        if text == "--" {
            rest.push(word.clone());
            rest.extend(words.by_ref().cloned());
            break;
        }
        let Some((name, inline)) = global_word(text)? else {
            rest.push(word.clone());
            continue;
        };
        if seen.contains(&name) {
            return None;
        }
        seen.push(name);
        globals.push(word.clone());
        let value = match inline {
            Some(value) => value,
            None if GLOBALS_WITH_VALUE.contains(&text) => {
                let value = words.next()?;
                globals.push(value.clone());
                value.to_str()?
            }
            None => continue,
        };
        let valid = match name {
            "output" => ["table", "json", "jsonl", "csv", "text"].contains(&value),
            "color" => ["auto", "always", "never"].contains(&value),
            "timeout" => value.parse::<u64>().is_ok(),
            _ => true,
        };
        if !valid {
            return None;
        }
    }
    let mut line = Vec::with_capacity(args.len());
    line.extend(args.first().cloned());
    line.extend(globals);
    line.extend(rest);
    Some(line)
}

/// What one word is: a global option (its long name, and its value when it is in the word:
/// `--output=json`, `-ojson`), another word (`Some(None)`), or a word to leave to the whole
/// tree (`None`: a short cluster that mixes global and other letters).
fn global_word(text: &str) -> Option<Option<(&'static str, Option<&str>)>> {
    if let Some(long) = text.strip_prefix("--") {
        let (name, value) = match long.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (long, None),
        };
        return Some(
            GLOBAL_LONGS
                .iter()
                .find(|g| **g == name)
                .map(|g| (*g, value)),
        );
    }
    let Some(shorts) = text.strip_prefix('-').filter(|s| !s.is_empty()) else {
        return Some(None);
    };
    if let Some(value) = shorts.strip_prefix('o') {
        return Some(Some(("output", (!value.is_empty()).then_some(value))));
    }
    if shorts.chars().all(|c| c == 'v') {
        return Some(Some(("verbose", None)));
    }
    if shorts == "q" {
        return Some(Some(("quiet", None)));
    }
    if shorts.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(None); // a negative number
    }
    if shorts.contains(['o', 'q', 'v']) {
        return None;
    }
    Some(None)
}

/// The long names of the global options.
const GLOBAL_LONGS: &[&str] = &[
    "app",
    "sdkappid",
    "admin",
    "region",
    "endpoint",
    "insecure-http",
    "key-file",
    "key-stdin",
    "output",
    "color",
    "verbose",
    "quiet",
    "yes",
    "no-input",
    "dry-run",
    "sandbox",
    "timeout",
    "ca-cert",
];

/// Parses with the whole tree.
pub fn parse_whole(args: Vec<OsString>) -> Result<Cli, clap::Error> {
    parse_with::<Command>(args, false)
}

/// Parses with a root over `T`. With `hoisted`, the line has its global options before the
/// tree ([`hoist_globals`]), and they are the root's alone.
fn parse_with<T: Subcommand>(args: Vec<OsString>, hoisted: bool) -> Result<Root<T>, clap::Error> {
    let mut root = for_people(Root::<T>::command());
    if hoisted {
        root = root.mut_args(|a| a.global(false));
    }
    let mut matches = root.try_get_matches_from_mut(args)?;
    // `_mut`: takes the values out instead of cloning every match first.
    let parsed = Root::<T>::from_arg_matches_mut(&mut matches);
    // The process ends soon after: freeing clap's tree and matches would cost a fifth of a
    // one-UserSig run.
    std::mem::forget(matches);
    std::mem::forget(root);
    parsed
}

/// The global options that take a value as the next argument (`--app prod`, `-o json`).
const GLOBALS_WITH_VALUE: &[&str] = &[
    "--app",
    "--sdkappid",
    "--admin",
    "--region",
    "--endpoint",
    "--key-file",
    "-o",
    "--output",
    "--timeout",
    "--ca-cert",
    "--color",
];

/// The first word of the command line that is not a global option or its value: the tree
/// the line names, if any.
fn named_tree(args: &[OsString]) -> Option<&str> {
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    while let Some(word) = words.next() {
        let word = word?;
        if word == "--" {
            return None;
        }
        if !word.starts_with('-') {
            return Some(word);
        }
        if GLOBALS_WITH_VALUE.contains(&word) {
            words.next();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    /// The one-tree root parses every line exactly as the whole tree does: same result, or
    /// the same kind of error with the same exit code.
    #[test]
    fn one_tree_parses_like_the_whole_tree() {
        let lines = [
            "imctl usersig gen --user alice",
            "imctl --sdkappid 1400000000 -o json usersig gen --user alice --time 1",
            "imctl -o json --app prod account kick alice -q",
            "imctl --output=json group members add team-a bob --sandbox",
            "imctl account import --file users.csv --dry-run --yes",
            "imctl push-check alice --all-platforms",
            "imctl emulator --listen 127.0.0.1:0",
            "imctl logs query --since 1h",
            "imctl completions bash",
            "imctl globals",
            "imctl usersig gen --user",
            "imctl usersig nope",
            "imctl usersig",
            "imctl usersig gen -o x.csv --user a",
            "imctl --version",
            "imctl usersig --help",
            "imctl usersig gen --user alice -q -vv --sdkappid 1 --color=never",
            "imctl usersig gen -ojson --user alice --key-file k --yes",
            "imctl usersig gen --user alice -o",
            "imctl usersig gen --user alice -o nonsense",
            "imctl usersig gen -o x.csv",
            "imctl usersig gen --user alice -qv",
            "imctl usersig gen --user alice -o json -- -q",
            "imctl -v usersig gen --user alice -v",
            "imctl --sdkappid 1 usersig gen --user alice --sdkappid 2",
            "imctl usersig gen --user alice --timeout x",
            "imctl account import --file u.csv -f x",
            "imctl app doctor --now -100 -q",
            "imctl app add -o nonsense",
            "imctl usersig gen --user a --key-file k --key-stdin",
            "imctl usersig gen --user a -q -v",
            "imctl group members add team-a bob --dry-run -o jsonl",
        ];
        for line in lines {
            let (one, whole) = (parse_from(words(line)), parse_whole(words(line)));
            match (one, whole) {
                (Ok(one), Ok(whole)) => {
                    assert_eq!(format!("{one:?}"), format!("{whole:?}"), "{line}")
                }
                (Err(one), Err(whole)) => {
                    assert_eq!(one.kind(), whole.kind(), "{line}");
                    assert_eq!(one.exit_code(), whole.exit_code(), "{line}");
                }
                (one, whole) => panic!("{line}: {one:?} against {whole:?}"),
            }
        }
    }

    #[test]
    fn the_named_tree_skips_global_options_and_their_values() {
        let named = |line: &str| named_tree(&words(line)).map(str::to_string);
        assert_eq!(
            named("imctl -o json --app p usersig gen").as_deref(),
            Some("usersig")
        );
        assert_eq!(
            named("imctl -q -vv --output=json logs").as_deref(),
            Some("logs")
        );
        assert_eq!(
            named("imctl --region sgp --sandbox account").as_deref(),
            Some("account")
        );
        assert_eq!(named("imctl -- usersig"), None);
        assert_eq!(named("imctl --help"), None);
    }

    #[test]
    fn global_options_move_before_the_tree_unless_that_could_change_the_line() {
        let hoisted = |line: &str| {
            hoist_globals(&words(line)).map(|w| {
                let w: Vec<_> = w.iter().map(|w| w.to_string_lossy().into_owned()).collect();
                w.join(" ")
            })
        };
        assert_eq!(
            hoisted("imctl usersig gen -u a -q --app=p -o json --time 1 -- -v").as_deref(),
            Some("imctl -q --app=p -o json usersig gen -u a --time 1 -- -v")
        );
        assert_eq!(
            hoisted("imctl -vv logs query -ojsonl").as_deref(),
            Some("imctl -vv -ojsonl logs query")
        );
        assert_eq!(
            hoisted("imctl app doctor --now -100").as_deref(),
            Some("imctl app doctor --now -100")
        );
        for whole in [
            "imctl account import -fq x",
            "imctl -q usersig gen -q",
            "imctl usersig gen -o",
            "imctl usersig gen -o x.csv",
            "imctl usersig gen --color=sometimes",
        ] {
            assert_eq!(hoisted(whole), None, "{whole}");
        }
    }

    /// Every global option is known by name, and those that take a value are skipped with it.
    #[test]
    fn globals_with_a_value_are_all_known() {
        let root = GlobalArgs::augment_args(clap::Command::new("x"));
        let longs: Vec<&str> = root.get_arguments().filter_map(|a| a.get_long()).collect();
        assert_eq!(longs, GLOBAL_LONGS);
        let shorts: Vec<char> = root.get_arguments().filter_map(|a| a.get_short()).collect();
        assert_eq!(shorts, ['o', 'v', 'q']);
        for arg in root.get_arguments() {
            let takes_value = arg.get_action().takes_values();
            let spellings = arg
                .get_long()
                .map(|l| format!("--{l}"))
                .into_iter()
                .chain(arg.get_short().map(|s| format!("-{s}")));
            for spelling in spellings {
                assert_eq!(
                    GLOBALS_WITH_VALUE.contains(&spelling.as_str()),
                    takes_value,
                    "{spelling}"
                );
            }
        }
    }
}
