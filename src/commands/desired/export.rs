//! `imctl state export`: the current state of the named groups and accounts, written in the
//! desired-state file format (TOML by default, `-o json` for JSON), so that `plan` against the
//! result shows no changes.

use std::collections::HashMap;
use std::path::PathBuf;

use clap::Args;

use super::connect;
use crate::commands::Ctx;
use crate::desired::{current, export, lists, Wanted};
use crate::domain::group::check_group_id;
use crate::domain::profile_fields;
use crate::error::{Error, Exit};
use crate::global::OutputFormat;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A group to export, with its members (repeat)
    #[arg(long = "group", value_name = "GROUP_ID")]
    pub groups: Vec<String>,
    /// Groups to export, one GroupId a line
    #[arg(long, value_name = "FILE")]
    pub groups_file: Option<PathBuf>,
    /// Accounts to export (the bulk reader's formats: CSV with UserID, JSONL, one ID a line)
    #[arg(long, value_name = "FILE")]
    pub accounts_file: Option<PathBuf>,
    /// Write the file here instead of stdout
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: &ExportArgs) -> Result<Exit, Error> {
    let mut groups = args.groups.clone();
    if let Some(path) = &args.groups_file {
        groups.extend(lists::group_ids(path)?);
    }
    for g in &args.groups {
        check_group_id(g).map_err(|e| Error::usage(format!("--group `{g}`: {e}")))?;
    }
    let accounts: Vec<String> = match &args.accounts_file {
        Some(path) => lists::accounts(path)?
            .into_iter()
            .map(|(_, a)| a.user_id)
            .collect(),
        None => Vec::new(),
    };
    if groups.is_empty() && accounts.is_empty() {
        return Err(Error::usage(
            "name what to export: --group ID, --groups-file FILE or --accounts-file FILE",
        ));
    }
    let tags: Vec<String> = profile_fields::default_tags().map(String::from).collect();
    let wanted = Wanted {
        tags: accounts
            .iter()
            .map(|a| (a.clone(), tags.clone()))
            .collect::<HashMap<_, _>>(),
        accounts: accounts.clone(),
        groups: groups.iter().map(|g| (g.clone(), true)).collect(),
    };
    let c = connect(ctx)?;
    let now = c.rt.block_on(current::read(c.client.clone(), &wanted))?;
    let (doc, missing) = export::document(c.sdkappid, &accounts, &groups, &now);
    for m in &missing {
        ctx.out.warn(&format!("{m} does not exist: left out"));
    }
    let text = match ctx.out.format() {
        Some(OutputFormat::Json) => serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n",
        Some(OutputFormat::Jsonl) => doc.to_string() + "\n",
        // `-o toml` reaches here as no format: TOML is the default.
        None => export::to_toml(&doc).map_err(Error::Failed)?,
        Some(other) => {
            return Err(Error::usage(format!(
                "state export writes the desired-state file: -o toml (the default) or -o json, not -o {}",
                format!("{other:?}").to_lowercase()
            )))
        }
    };
    match &args.out {
        Some(path) => {
            super::save(path, &text)?;
            ctx.out.status(&format!("wrote {}", path.display()));
        }
        None => ctx.out.raw(text.as_bytes())?,
    }
    Ok(if missing.is_empty() {
        Exit::Ok
    } else {
        Exit::Partial
    })
}
