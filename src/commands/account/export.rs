//! `imctl account export`: profiles to CSV (the console's export) or JSON/JSONL.

use std::path::PathBuf;

use clap::Args;

use super::checked_users;
use super::profile::{profile_columns, read_profiles, tag_list};
use crate::bulk::reader::FileReader;
use crate::commands::Ctx;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct AccountExportArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    /// Read UserIDs from this file (CSV with a UserID column, or one a line)
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Field tags to export (default: the standard ones)
    #[arg(long = "field", value_name = "TAG")]
    pub fields: Vec<String>,
}

pub fn run(ctx: &mut Ctx, args: &AccountExportArgs) -> Result<Exit, Error> {
    let mut users: Vec<String> = args.users.clone();
    if let Some(path) = &args.file {
        let mut reader = FileReader::open(path).map_err(Error::Usage)?;
        while let Some(record) = reader.next_record() {
            users.push(record.map_err(Error::Usage)?.user);
        }
    }
    let users = checked_users(&users)?;
    let tags = tag_list(&args.fields)?;
    let rows = read_profiles(ctx, &users, &tags)?;
    if ctx.global.dry_run {
        return Ok(Exit::Ok);
    }
    // The console exports CSV; JSON and JSONL keep the types.
    if ctx.out.format().is_none() {
        ctx.out.set_format(crate::cli::OutputFormat::Csv);
    }
    ctx.out.rows(&profile_columns(&tags), &rows)?;
    Ok(Exit::Ok)
}
