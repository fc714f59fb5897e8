//! `imctl account export`: profiles to CSV (the console's export) or JSON/JSONL, read through
//! the bulk engine (`portrait_get`, 100 accounts a request, concurrent within the documented
//! rate), with progress on a terminal, `--out FILE` written as `FILE.partial`, and `--resume`.

use std::path::PathBuf;

use clap::Args;
use serde_json::{Map, Value};

use super::profile::tag_list;
use crate::api::wire::profile::{PortraitGet, PortraitGetRequest, PortraitGetResponse};
use crate::bulk::operation::missing_from_answer;
use crate::bulk::{EndpointOp, ItemResult};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::PROFILE_BATCH;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct AccountExportArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    /// Field tags to export (default: the standard ones)
    #[arg(long = "field", value_name = "TAG")]
    pub fields: Vec<String>,
    /// Write the export to this file (as FILE.partial until the run ends) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

/// `portrait_get`: a row per account with one key per tag asked for (null when unset). The
/// tags are the checkpoint's target: a resume must write the same columns.
fn export_op(tags: Vec<String>) -> EndpointOp<PortraitGet> {
    let target = format!("fields {}", tags.join(","));
    let mut op = EndpointOp::<PortraitGet>::new(
        "export",
        PROFILE_BATCH,
        move |records| PortraitGetRequest {
            to_account: records.iter().map(|r| r.user.clone()).collect(),
            tag_list: tags.clone(),
        },
        |records, req, answer: PortraitGetResponse| {
            let by_user: std::collections::HashMap<&str, _> = answer
                .user_profile_item
                .iter()
                .map(|p| (p.to_account.as_str(), p))
                .collect();
            records
                .iter()
                .map(|r| {
                    let Some(profile) = by_user.get(r.user.as_str()) else {
                        if answer.fail_account.iter().any(|f| f == &r.user) {
                            return ItemResult::Failed {
                                code: None,
                                reason: "listed in Fail_Account".into(),
                            };
                        }
                        return missing_from_answer();
                    };
                    if profile.result_code != 0 {
                        return ItemResult::Failed {
                            code: Some(profile.result_code),
                            reason: profile.result_info.clone(),
                        };
                    }
                    let mut row = Map::new();
                    row.insert("UserID".into(), Value::String(profile.to_account.clone()));
                    for tag in &req.tag_list {
                        let value = profile
                            .profile_item
                            .iter()
                            .find(|p| &p.tag == tag)
                            .map_or(Value::Null, |p| p.value.clone());
                        row.insert(tag.clone(), value);
                    }
                    ItemResult::Done(Some(Value::Object(row)))
                })
                .collect()
        },
    );
    op.target = Some(target);
    op
}

pub fn run(ctx: &mut Ctx, args: &AccountExportArgs) -> Result<Exit, Error> {
    let input = args.bulk.input(&args.users)?;
    if args.bulk.resume && args.out.is_none() {
        return Err(Error::usage(
            "--resume continues an export file: give it with --out FILE",
        ));
    }
    let tags = tag_list(&args.fields)?;
    // The console exports CSV; JSON and JSONL keep the types.
    if ctx.out.format().is_none() {
        ctx.out.set_format(crate::global::OutputFormat::Csv);
    }
    let mut opts = args.bulk.options(ctx.global.dry_run);
    opts.output = args.out.clone();
    let columns = std::iter::once("UserID".to_string())
        .chain(tags.iter().cloned())
        .collect();
    bulk_args::run(
        ctx,
        input,
        export_op(tags),
        opts,
        Presentation {
            columns,
            verb: "exported",
            noun: "account(s)",
        },
    )
}
