//! imctl: the command-line admin tool for Tencent Cloud Chat (IM).
//!
//! The library holds everything; `main.rs` only parses, runs and reports. Layering:
//! `commands/` parse and present, `api/` and `usersig` never print or read global state.

pub mod api;
pub mod bulk;
pub mod callback;
pub mod cli;
pub mod commands;
pub mod config;
pub mod desired;
pub mod diagnose;
pub mod domain;
pub mod emulator;
pub mod error;
pub mod global;
pub mod migrate;
pub mod output;
pub mod secret;
pub mod server;

pub mod store;
pub mod units;
pub mod usersig;

use cli::Cli;
use commands::Ctx;
use config::Env;
use error::{Error, Exit};
use output::Output;

/// Runs a parsed command line and returns the process exit status. Errors are reported here.
pub fn run(cli: Cli) -> Exit {
    let env = Env::from_process();
    let no_color = env.get("NO_COLOR").is_some_and(|v| !v.is_empty());
    // `-o toml` is the desired-state file format: `state export` writes it (its default), every
    // other command refuses it.
    let toml = cli.global.output == Some(global::OutputArg::Toml);
    let out = Output::for_run(
        cli.global.output.and_then(global::OutputArg::format),
        cli.global.quiet,
        cli.global.verbose,
        cli.global.color,
        no_color,
    );
    let mut ctx = Ctx {
        global: cli.global,
        env,
        out,
    };
    if toml && !cli.command.writes_toml() {
        let err = Error::usage(
            "-o toml is the desired-state file format: only `imctl state export` writes it",
        );
        ctx.out.error(&err);
        return err.exit();
    }
    let result = cli.command.run(&mut ctx).and_then(|exit| {
        ctx.out.flush()?;
        Ok(exit)
    });
    match result {
        Ok(exit) => exit,
        Err(Error::BrokenPipe) => Exit::Ok,
        Err(err) => {
            // Flush what was produced before the error; a closed pipe here changes nothing.
            let _ = ctx.out.flush();
            ctx.out.error(&err);
            err.exit()
        }
    }
}
