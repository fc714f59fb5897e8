//! `imctl account import`: one account (`account_import`), or many from a file through the
//! bulk engine (`multiaccount_import`, in the `Accounts` form when the input has no Nick/FaceUrl
//! columns, `AccountList` when it has).

use clap::Args;
use serde_json::json;

use crate::api::wire::account::{
    AccountImport, AccountImportRequest, MultiImportRequest, MultiImportResponse,
    MultiaccountImport,
};
use crate::bulk::{EndpointOp, ItemResult, Record};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::limits::ACCOUNT_BATCH;
use crate::domain::profile_fields::MAX_TEXT;
use crate::domain::user_id;
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
    /// Nickname (overwrites the nickname of an account that exists)
    #[arg(long)]
    pub nick: Option<String>,
    /// Avatar URL (overwrites the avatar of an account that exists)
    #[arg(long, value_name = "URL", alias = "avatar")]
    pub face_url: Option<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

/// The console's rules for one account.
fn check(record: &Record) -> Result<(), String> {
    user_id::validate(&record.user)?;
    for (name, value) in [("Nick", &record.nick), ("FaceUrl", &record.face_url)] {
        if value.as_ref().is_some_and(|v| v.len() > MAX_TEXT) {
            return Err(format!("{name} is longer than {MAX_TEXT} bytes"));
        }
    }
    Ok(())
}

/// `multiaccount_import`: the `AccountList` form (with Nick/FaceUrl) when `with_profile` and
/// the batch carries a profile (JSONL decides per batch), else `Accounts` (IDs only).
fn import_op(with_profile: bool) -> EndpointOp<MultiaccountImport> {
    let mut op = EndpointOp::<MultiaccountImport>::new(
        "import",
        ACCOUNT_BATCH,
        move |records| {
            let profile = with_profile
                && records
                    .iter()
                    .any(|r| r.nick.is_some() || r.face_url.is_some());
            if profile {
                MultiImportRequest::AccountList(
                    records
                        .iter()
                        .map(|r| AccountImportRequest {
                            user_id: r.user.clone(),
                            nick: r.nick.clone(),
                            face_url: r.face_url.clone(),
                        })
                        .collect(),
                )
            } else {
                MultiImportRequest::Accounts(records.iter().map(|r| r.user.clone()).collect())
            }
        },
        |records, _, answer: MultiImportResponse| {
            let refused: std::collections::HashSet<&str> =
                answer.fail_accounts.iter().map(String::as_str).collect();
            records
                .iter()
                .map(|r| {
                    if refused.contains(r.user.as_str()) {
                        ItemResult::Failed {
                            code: None,
                            reason: "refused by the service (listed in FailAccounts)".into(),
                        }
                    } else {
                        ItemResult::Done(None)
                    }
                })
                .collect()
        },
    );
    op.check = check;
    op
}

pub fn run(ctx: &mut Ctx, args: &AccountImportArgs) -> Result<Exit, Error> {
    if args.bulk.file.is_some() {
        if args.nick.is_some() || args.face_url.is_some() {
            return Err(Error::usage("--nick/--face-url apply to one account; put them in the file's Nick/FaceUrl columns"));
        }
        let input = args.bulk.input(&[])?;
        let op = import_op(input.format.has_profile_columns());
        let opts = args.bulk.options(ctx.global.dry_run);
        return bulk_args::run(
            ctx,
            input,
            op,
            opts,
            Presentation {
                columns: Vec::new(),
                verb: "imported",
                noun: "account(s)",
            },
        );
    }
    let user = args.user.as_deref().unwrap_or_default();
    let record = Record {
        line: 1,
        user: user.into(),
        nick: args.nick.clone(),
        face_url: args.face_url.clone(),
        raw: crate::bulk::input::Raw::Id,
    };
    check(&record).map_err(|e| Error::usage(format!("`{user}`: {e}")))?;
    let req = AccountImportRequest {
        user_id: user.into(),
        nick: args.nick.clone(),
        face_url: args.face_url.clone(),
    };
    let rest = Rest::open(ctx)?;
    if call::<AccountImport>(ctx, &rest, &req, &[user])?.is_none() {
        return Ok(Exit::Ok);
    }
    // Data only for -o json/jsonl/csv; a human run gets a status line on stderr.
    ctx.out
        .done(&json!({"UserID": user}), &format!("imported {user}"))?;
    Ok(Exit::Ok)
}
