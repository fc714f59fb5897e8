//! `imctl push attrs get|set|remove USER…` (or `--file`): users' push attribute values by
//! attribute name (`im_get_attr`, `im_set_attr`, `im_remove_attr`), 100 users a request on
//! the bulk engine. `set` gives every user the same `--attr NAME=VALUE` values.

use clap::{Args, Subcommand};
use serde_json::json;

use super::attr_pairs;
use super::checked_text;
use crate::api::wire::push::{
    ImGetAttr, ImGetAttrRequest, ImRemoveAttr, ImRemoveAttrRequest, ImRemoveAttrUserAttrs,
    ImSetAttr, ImSetAttrRequest, UserAttrs,
};
use crate::bulk::operation::by_user;
use crate::bulk::{EndpointOp, ItemResult, Record};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::PUSH_USER_BATCH;
use crate::error::{Error, Exit};

#[derive(Debug, Subcommand)]
pub enum AttrsCommand {
    /// Users' attribute values (im_get_attr)
    Get(GetArgs),
    /// Give users attribute values (im_set_attr)
    Set(SetArgs),
    /// Remove attributes from users (im_remove_attr)
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  imctl push attrs get alice bob
  # every user of a file, as JSON
  imctl push attrs get --file users.txt -o json")]
pub struct GetArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  imctl push attrs set alice bob --attr city=Shenzhen --attr sex=F
  # every user of a file; failed rows to a file to feed back
  imctl push attrs set --file users.csv --attr level=gold \\
      --failures failed.csv")]
pub struct SetArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    /// NAME=VALUE to set (repeatable; names from `push attr-names`)
    #[arg(long, value_name = "NAME=VALUE", required = true)]
    pub attr: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  imctl push attrs remove alice --attr city --yes
  # print the requests; send nothing
  imctl --dry-run push attrs remove --file users.txt --attr city --attr sex")]
pub struct RemoveArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    /// Attribute NAME to remove (repeatable)
    #[arg(long, value_name = "NAME", required = true)]
    pub attr: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

pub fn run(ctx: &mut Ctx, cmd: AttrsCommand) -> Result<Exit, Error> {
    match cmd {
        AttrsCommand::Get(args) => get(ctx, &args),
        AttrsCommand::Set(args) => set(ctx, &args),
        AttrsCommand::Remove(args) => remove(ctx, &args),
    }
}

/// Every record done (these commands answer for the whole request).
fn all_done(records: &[Record]) -> Vec<ItemResult> {
    records.iter().map(|_| ItemResult::Done(None)).collect()
}

fn get(ctx: &mut Ctx, args: &GetArgs) -> Result<Exit, Error> {
    let op = EndpointOp::<ImGetAttr>::new(
        "attrs get",
        PUSH_USER_BATCH,
        |records| ImGetAttrRequest {
            to_account: records.iter().map(|r| r.user.clone()).collect(),
        },
        |records, _, answer| {
            by_user(
                records,
                &answer.user_attrs,
                |u| &u.to_account,
                |u| ItemResult::Done(Some(json!({"To_Account": u.to_account, "Attrs": u.attrs}))),
            )
        },
    );
    super::read_per_user(ctx, &args.bulk, &args.users, op, "Attrs")
}

fn set(ctx: &mut Ctx, args: &SetArgs) -> Result<Exit, Error> {
    let attrs = attr_pairs("--attr", &args.attr)?;
    let input = args.bulk.input(&args.users)?;
    let shown: Vec<String> = attrs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let mut op = EndpointOp::<ImSetAttr>::new(
        "attrs set",
        PUSH_USER_BATCH,
        move |records| ImSetAttrRequest {
            user_attrs: records
                .iter()
                .map(|r| UserAttrs {
                    to_account: r.user.clone(),
                    attrs: attrs.clone(),
                })
                .collect(),
        },
        |records, _, _| all_done(records),
    );
    // A --resume continues the run of the same values only.
    op.target = Some(format!("attrs:{}", shown.join(",")));
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "set",
            noun: "user(s)",
        },
    )
}

fn remove(ctx: &mut Ctx, args: &RemoveArgs) -> Result<Exit, Error> {
    let mut names: Vec<String> = Vec::new();
    for name in &args.attr {
        checked_text("attribute name", name)?;
        if !names.contains(name) {
            names.push(name.clone());
        }
    }
    let input = args.bulk.input(&args.users)?;
    if !ctx.global.dry_run {
        let whom = match &args.bulk.file {
            Some(path) => format!("every user listed in {}", path.display()),
            None => format!("{} user(s)", args.users.len()),
        };
        ctx.confirm(&format!(
            "Remove the attributes {} from {whom}?",
            names.join(", ")
        ))?;
    }
    let target = format!("attrs:{}", names.join(","));
    let mut op = EndpointOp::<ImRemoveAttr>::new(
        "attrs remove",
        PUSH_USER_BATCH,
        move |records| ImRemoveAttrRequest {
            user_attrs: records
                .iter()
                .map(|r| ImRemoveAttrUserAttrs {
                    to_account: r.user.clone(),
                    attrs: names.clone(),
                })
                .collect(),
        },
        |records, _, _| all_done(records),
    );
    op.target = Some(target);
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "removed attributes from",
            noun: "user(s)",
        },
    )
}
