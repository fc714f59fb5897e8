use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match imctl::cli::parse() {
        Ok(cli) => cli,
        Err(err) => return ExitCode::from(imctl::output::clap_exit(&err)),
    };
    imctl::run(cli).into()
}
