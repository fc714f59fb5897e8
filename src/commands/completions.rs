//! `imctl completions <shell|man>`: generated from the clap definitions, so they never drift.
//! The committed copies under `completions/` are checked against this output by a test.

use clap_complete::Shell;

use clap::{Args, ValueEnum};

use crate::commands::Ctx;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to generate completions for, or `man` for the man page
    #[arg(value_enum)]
    pub target: CompletionTarget,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionTarget {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
    Man,
}

/// `root` is the whole command tree (`cli::Cli::command()`), handed down by the dispatcher so
/// that this command does not depend on the tree it is part of.
pub fn run(ctx: &mut Ctx, args: &CompletionsArgs, root: clap::Command) -> Result<Exit, Error> {
    let bytes = render(root, args.target)?;
    ctx.out.raw(&bytes)?;
    Ok(Exit::Ok)
}

/// The file contents for one target, as committed under `completions/`.
pub fn render(mut cmd: clap::Command, target: CompletionTarget) -> Result<Vec<u8>, Error> {
    let mut buf = Vec::new();
    let shell = match target {
        CompletionTarget::Bash => Shell::Bash,
        CompletionTarget::Zsh => Shell::Zsh,
        CompletionTarget::Fish => Shell::Fish,
        CompletionTarget::Powershell => Shell::PowerShell,
        CompletionTarget::Elvish => Shell::Elvish,
        CompletionTarget::Man => {
            clap_mangen::Man::new(cmd)
                .render(&mut buf)
                .map_err(|e| Error::io("cannot render the man page", &e))?;
            return Ok(buf);
        }
    };
    clap_complete::generate(shell, &mut cmd, "imctl", &mut buf);
    Ok(buf)
}

/// The file name each target is committed under.
pub fn file_name(target: CompletionTarget) -> &'static str {
    match target {
        CompletionTarget::Bash => "imctl.bash",
        CompletionTarget::Zsh => "_imctl",
        CompletionTarget::Fish => "imctl.fish",
        CompletionTarget::Powershell => "_imctl.ps1",
        CompletionTarget::Elvish => "imctl.elv",
        CompletionTarget::Man => "imctl.1",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use clap::ValueEnum;

    /// Fails when `completions/` drifts from the CLI; regenerate with `scripts/gen-completions`.
    #[test]
    fn committed_completions_match_the_cli() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
        for target in CompletionTarget::value_variants() {
            let expected = render(crate::cli::Cli::command(), *target).unwrap();
            let path = dir.join(file_name(*target));
            let committed = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("{}: {e}; run scripts/gen-completions", path.display()));
            assert!(
                committed == expected,
                "{} is stale; run scripts/gen-completions",
                path.display()
            );
        }
    }

    #[test]
    fn the_cli_definition_is_consistent() {
        crate::cli::Cli::command().debug_assert();
    }
}
