//! One module per subcommand: each parses its arguments into calls on the library and presents
//! the result through [`Output`]. Nothing here talks to the network directly.

pub mod account;
pub mod app;
pub mod bulk_args;
pub mod callback;
pub mod completions;
pub mod desired;
pub mod emulator;
pub mod friend;
pub mod group;
pub mod items;
pub mod logs;
pub mod message;
pub mod migrate;
pub mod pages;
pub mod push;
pub mod push_check;
pub mod rest;
pub mod usersig;

use std::io::Read;

use crate::api::wire::{self, Endpoint};
use crate::commands::rest::Rest;
use crate::config::{self, Env, Settings};
use crate::error::Error;
use crate::global::GlobalArgs;
use crate::output::Output;

/// What every command gets: the global flags, the environment and the output channel.
pub struct Ctx {
    pub global: GlobalArgs,
    pub env: Env,
    pub out: Output,
}

impl Ctx {
    /// Resolves credentials (flag > env > profile > default). Reads stdin only for --key-stdin.
    pub fn settings(&self) -> Result<Settings, Error> {
        config::resolve(&self.global, &self.env, &mut std::io::stdin().lock())
    }

    /// Reads a value given as `-` from stdin, refusing more than `limit` bytes.
    pub fn read_stdin_value(&self, what: &str, limit: u64) -> Result<String, Error> {
        if self.global.key_stdin {
            return Err(Error::usage(format!(
                "--key-stdin and `{what} -` both want standard input; give the key another way"
            )));
        }
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Error::io("cannot read standard input", &e))?;
        if buf.len() as u64 > limit {
            return Err(Error::usage(format!(
                "{what} on standard input is larger than {limit} bytes; that is not a {what}"
            )));
        }
        String::from_utf8(buf)
            .map_err(|_| Error::usage(format!("{what} on standard input is not UTF-8 text")))
    }
}

impl Ctx {
    /// Confirmation for destructive commands: `--yes` answers it; without a terminal (or with
    /// `--no-input`) it fails with a message naming `--yes` instead of waiting for input.
    pub fn confirm(&self, question: &str) -> Result<(), Error> {
        if self.global.yes {
            return Ok(());
        }
        if self.global.no_input || !self.out.stdin_is_terminal() || !self.out.stderr_is_terminal() {
            return Err(Error::usage(format!(
                "{question} Refusing without confirmation: pass --yes to confirm non-interactively"
            )));
        }
        if self.out.confirm(question)? {
            Ok(())
        } else {
            Err(Error::Failed("cancelled; nothing was changed".into()))
        }
    }
}

/// Sends one typed request through `rest` and reads the answer as `E::Response` (the wire
/// shapes of [`crate::api::wire`]); under `--dry-run` prints the request and returns `None`.
pub fn call<E: Endpoint>(
    ctx: &mut Ctx,
    rest: &Rest,
    req: &E::Request,
    ids: &[&str],
) -> Result<Option<E::Response>, Error> {
    match rest.call(ctx, E::SERVICE, E::COMMAND, &wire::body::<E>(req), ids)? {
        None => Ok(None),
        Some(answer) => wire::parse::<E>(answer).map(Some),
    }
}
