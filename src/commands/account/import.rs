//! `imctl account import`: one account, or many from a file through the bulk engine.

use clap::Args;
use serde_json::json;

use super::single;
use crate::bulk::reader::{check_record, Raw, Record};
use crate::bulk::{self, Op, Source};
use crate::commands::bulk_args::BulkFileArgs;
use crate::commands::Ctx;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct AccountImportArgs {
    /// UserID to import (at most 32 bytes)
    #[arg(
        value_name = "USERID",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    pub user: Option<String>,
    /// Nickname
    #[arg(long)]
    pub nick: Option<String>,
    /// Avatar URL
    #[arg(long, value_name = "URL")]
    pub face_url: Option<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

pub fn run(ctx: &mut Ctx, args: &AccountImportArgs) -> Result<Exit, Error> {
    if let Some(path) = &args.bulk.file {
        if args.nick.is_some() || args.face_url.is_some() {
            return Err(Error::usage("--nick/--face-url apply to one account; put them in the file's Nick/FaceUrl columns"));
        }
        return bulk::run(ctx, Op::Import, Source::File(&args.bulk, path));
    }
    let user = args.user.as_deref().unwrap_or_default();
    let record = Record {
        user: user.into(),
        nick: args.nick.clone(),
        face_url: args.face_url.clone(),
        raw: Raw::Arg,
    };
    check_record(&record, true).map_err(|e| Error::usage(format!("`{user}`: {e}")))?;
    let mut body = json!({"UserID": user});
    if let Some(nick) = &args.nick {
        body["Nick"] = json!(nick);
    }
    if let Some(face) = &args.face_url {
        body["FaceUrl"] = json!(face);
    }
    single(
        ctx,
        "im_open_login_svc",
        "account_import",
        body,
        &[user],
        |_| format!("imported {user}"),
    )
}
