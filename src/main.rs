use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match imctl::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return ExitCode::from(imctl::output::clap_exit(&err)),
    };
    imctl::run(cli).into()
}
