//! `imctl push tags get|add|remove|clear USER…` (or `--file`): users' push tags (`im_get_tag`,
//! `im_add_tag`, `im_remove_tag`, `im_remove_all_tags`), 100 users a request on the bulk
//! engine. `add` and `remove` apply the same `--tag`s to every user.

use clap::{Args, Subcommand};
use serde_json::json;

use super::checked_text;
use crate::api::wire::push::{
    ImAddTag, ImAddTagRequest, ImGetTag, ImGetTagRequest, ImRemoveAllTags, ImRemoveAllTagsRequest,
    ImRemoveTag, ImRemoveTagRequest, UserTags,
};
use crate::bulk::operation::by_user;
use crate::bulk::{EndpointOp, ItemResult, Record};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::{PUSH_TAGS_PER_CALL, PUSH_USER_BATCH};
use crate::error::{Error, Exit};

#[derive(Debug, Subcommand)]
pub enum TagsCommand {
    /// Users' tags (im_get_tag)
    Get(UsersArgs),
    /// Add tags to users (im_add_tag; at most 10 a run, 100 per user in all)
    Add(TagArgs),
    /// Remove tags from users (im_remove_tag)
    Remove(TagArgs),
    /// Remove every tag of users (im_remove_all_tags)
    Clear(UsersArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  imctl push tags get alice bob
  # remove every tag of the users of a file (asks first; --yes off a terminal)
  imctl push tags clear --file users.txt --yes")]
pub struct UsersArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  imctl push tags add alice bob --tag vip --tag shenzhen
  # every user of a file; failed rows to a file to feed back
  imctl push tags add --file users.csv --tag vip --failures failed.csv
  # remove asks first on a terminal, --yes otherwise
  imctl push tags remove alice --tag vip --yes")]
pub struct TagArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    /// A tag, 1-50 bytes (repeatable, at most 10)
    #[arg(long, value_name = "TAG", required = true)]
    pub tag: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

pub fn run(ctx: &mut Ctx, cmd: TagsCommand) -> Result<Exit, Error> {
    match cmd {
        TagsCommand::Get(args) => get(ctx, &args),
        TagsCommand::Add(args) => add(ctx, &args),
        TagsCommand::Remove(args) => remove(ctx, &args),
        TagsCommand::Clear(args) => clear(ctx, &args),
    }
}

fn all_done(records: &[Record]) -> Vec<ItemResult> {
    records.iter().map(|_| ItemResult::Done(None)).collect()
}

/// The `--tag`s, checked, each once.
fn tags(given: &[String]) -> Result<Vec<String>, Error> {
    let mut out: Vec<String> = Vec::new();
    for tag in given {
        checked_text("--tag", tag)?;
        if !out.contains(tag) {
            out.push(tag.clone());
        }
    }
    if out.len() > PUSH_TAGS_PER_CALL {
        return Err(Error::usage(format!(
            "{} tags given; at most {PUSH_TAGS_PER_CALL} a request",
            out.len()
        )));
    }
    Ok(out)
}

fn whom(users: &UsersOrFile<'_>) -> String {
    match users.file {
        Some(path) => format!("every user listed in {}", path.display()),
        None => format!("{} user(s)", users.count),
    }
}

struct UsersOrFile<'a> {
    file: Option<&'a std::path::Path>,
    count: usize,
}

fn get(ctx: &mut Ctx, args: &UsersArgs) -> Result<Exit, Error> {
    let op = EndpointOp::<ImGetTag>::new(
        "tags get",
        PUSH_USER_BATCH,
        |records| ImGetTagRequest {
            to_account: records.iter().map(|r| r.user.clone()).collect(),
        },
        |records, _, answer| {
            by_user(
                records,
                &answer.user_tags,
                |u| &u.to_account,
                |u| ItemResult::Done(Some(json!({"To_Account": u.to_account, "Tags": u.tags}))),
            )
        },
    );
    super::read_per_user(ctx, &args.bulk, &args.users, op, "Tags")
}

fn add(ctx: &mut Ctx, args: &TagArgs) -> Result<Exit, Error> {
    let tags = tags(&args.tag)?;
    let input = args.bulk.input(&args.users)?;
    let target = format!("tags:{}", tags.join(","));
    let mut op = EndpointOp::<ImAddTag>::new(
        "tags add",
        PUSH_USER_BATCH,
        move |records| ImAddTagRequest {
            user_tags: user_tags(records, &tags),
        },
        |records, _, _| all_done(records),
    );
    // A --resume continues the run of the same tags only.
    op.target = Some(target);
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "tagged",
            noun: "user(s)",
        },
    )
}

fn user_tags(records: &[Record], tags: &[String]) -> Vec<UserTags> {
    records
        .iter()
        .map(|r| UserTags {
            to_account: r.user.clone(),
            tags: tags.to_vec(),
        })
        .collect()
}

fn remove(ctx: &mut Ctx, args: &TagArgs) -> Result<Exit, Error> {
    let tags = tags(&args.tag)?;
    let input = args.bulk.input(&args.users)?;
    if !ctx.global.dry_run {
        let users = UsersOrFile {
            file: args.bulk.file.as_deref(),
            count: args.users.len(),
        };
        ctx.confirm(&format!(
            "Remove the tags {} from {}?",
            tags.join(", "),
            whom(&users)
        ))?;
    }
    let target = format!("tags:{}", tags.join(","));
    let mut op = EndpointOp::<ImRemoveTag>::new(
        "tags remove",
        PUSH_USER_BATCH,
        move |records| ImRemoveTagRequest {
            user_tags: user_tags(records, &tags),
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
            verb: "removed tags from",
            noun: "user(s)",
        },
    )
}

fn clear(ctx: &mut Ctx, args: &UsersArgs) -> Result<Exit, Error> {
    let input = args.bulk.input(&args.users)?;
    if !ctx.global.dry_run {
        let users = UsersOrFile {
            file: args.bulk.file.as_deref(),
            count: args.users.len(),
        };
        ctx.confirm(&format!("Remove every push tag of {}?", whom(&users)))?;
    }
    let op = EndpointOp::<ImRemoveAllTags>::new(
        "tags clear",
        PUSH_USER_BATCH,
        |records| ImRemoveAllTagsRequest {
            to_account: records.iter().map(|r| r.user.clone()).collect(),
        },
        |records, _, _| all_done(records),
    );
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "cleared the tags of",
            noun: "user(s)",
        },
    )
}
