//! Parsing a command line: with a root over the one tree the line names when that is safe
//! (start-up must not grow with the command tree), else with the whole tree.

use std::ffi::OsString;

use clap::{CommandFactory, FromArgMatches, Subcommand};

use super::{for_people, Cli, Command, Root, TREES};

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
pub(super) fn parse_with<T: Subcommand>(
    args: Vec<OsString>,
    hoisted: bool,
) -> Result<Root<T>, clap::Error> {
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
    use crate::global::GlobalArgs;
    use clap::Args;

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
