//! `imctl friend block add|remove|list|check`: a user's blocklist (black_list_*). Adding and
//! removing run on the bulk engine (1,000 a request); blocking a friend also ends the
//! friendship both ways. `list` follows every page of black_list_get.

use clap::{Args, Subcommand};
use serde_json::json;

use super::{by_peer, outcome, owner};
use crate::api::wire::sns::{
    BlackListAdd, BlackListAddRequest, BlackListCheck, BlackListCheckRequest, BlackListDelete,
    BlackListDeleteRequest, BlackListGet, BlackListGetRequest, SnsResultItem,
};
use crate::bulk::{EndpointOp, ItemResult};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::pages::RowStream;
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::limits::SNS_BATCH;
use crate::domain::sns::{
    self as rules, BLACK_CHECK_TYPE_BOTH, BLACK_CHECK_TYPE_SINGLE, BLACK_LIST_PAGE,
};
use crate::error::{Error, Exit};

#[derive(Debug, Subcommand)]
pub enum BlockCommand {
    /// Blocklist peers for a user (ends any friendship between them, both ways)
    #[command(after_help = "\
Examples:
  imctl friend block add alice mallory
  imctl friend block add alice --file spammers.txt --failures failed.txt")]
    Add(BlockArgs),
    /// Take peers off a user's blocklist
    #[command(after_help = "\
Examples:
  imctl friend block remove alice mallory")]
    Remove(BlockArgs),
    /// Everyone on a user's blocklist, with when they were added (all pages)
    #[command(after_help = "\
Examples:
  imctl friend block list alice
  imctl friend block list alice -o csv > blocked.csv")]
    List(BlockListArgs),
    /// Who has blocked whom, in words (black_list_check)
    #[command(after_help = "\
Examples:
  imctl friend block check alice mallory bob
  # only whether alice blocked them
  imctl friend block check alice mallory --one-way")]
    Check(BlockCheckArgs),
}

#[derive(Debug, Args)]
pub struct BlockArgs {
    /// The user whose blocklist changes (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The peers (or --file)
    #[arg(value_name = "PEER", required_unless_present = "file")]
    pub peers: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

#[derive(Debug, Args)]
pub struct BlockListArgs {
    /// The user whose blocklist is listed (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// Blocked users a page (default 100; the service states no maximum)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub page_size: Option<u32>,
    /// At most this many users
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct BlockCheckArgs {
    /// The user (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The peers (or --file)
    #[arg(value_name = "PEER", required_unless_present = "file")]
    pub peers: Vec<String>,
    /// Only whether the user blocked each peer (BlackCheckResult_Type_Single)
    #[arg(long)]
    pub one_way: bool,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

pub fn run(ctx: &mut Ctx, cmd: BlockCommand) -> Result<Exit, Error> {
    match cmd {
        BlockCommand::Add(args) => add(ctx, &args),
        BlockCommand::Remove(args) => remove(ctx, &args),
        BlockCommand::List(args) => list(ctx, &args),
        BlockCommand::Check(args) => check(ctx, &args),
    }
}

fn add(ctx: &mut Ctx, args: &BlockArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    let input = args.bulk.input(&args.peers)?;
    let mut op = EndpointOp::<BlackListAdd>::new(
        "block-add",
        SNS_BATCH,
        move |records| BlackListAddRequest {
            from_account: from.clone(),
            to_account: records.iter().map(|r| r.user.clone()).collect(),
        },
        |records, _, answer| by_peer(records, &answer.result_item, |i| outcome(i, &[])),
    );
    op.target = Some(args.user.clone());
    let presentation = Presentation {
        columns: Vec::new(),
        verb: "blocked",
        noun: "user(s)",
    };
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        presentation,
    )
}

fn remove(ctx: &mut Ctx, args: &BlockArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    let input = args.bulk.input(&args.peers)?;
    let mut op = EndpointOp::<BlackListDelete>::new(
        "block-remove",
        SNS_BATCH,
        move |records| BlackListDeleteRequest {
            from_account: from.clone(),
            to_account: records.iter().map(|r| r.user.clone()).collect(),
        },
        |records, _, answer| by_peer(records, &answer.result_item, |i| outcome(i, &[])),
    );
    op.target = Some(args.user.clone());
    let presentation = Presentation {
        columns: Vec::new(),
        verb: "unblocked",
        noun: "user(s)",
    };
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        presentation,
    )
}

fn list(ctx: &mut Ctx, args: &BlockListArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    let rest = Rest::open(ctx)?;
    let mut stream = RowStream::new(&["To_Account", "AddBlackTimeStamp"]);
    let (mut start, mut shown) = (0u32, 0u64);
    loop {
        let req = BlackListGetRequest {
            from_account: from.clone(),
            start_index: start,
            max_limited: args.page_size.unwrap_or(BLACK_LIST_PAGE),
            last_sequence: 0,
        };
        let Some(page) = call::<BlackListGet>(ctx, &rest, &req, &[&from])? else {
            return Ok(Exit::Ok); // --dry-run
        };
        let mut rows: Vec<_> = page
            .black_list_item
            .iter()
            .map(|b| json!({"To_Account": b.to_account, "AddBlackTimeStamp": b.add_black_time_stamp}))
            .collect();
        if let Some(limit) = args.limit {
            rows.truncate(limit.saturating_sub(shown) as usize);
        }
        shown += rows.len() as u64;
        stream.push(ctx, rows)?;
        // StartIndex is where the next page starts; 0 means done.
        let reached = args.limit.is_some_and(|l| shown >= l);
        if page.start_index == 0 || page.start_index <= start || reached {
            break;
        }
        start = page.start_index;
    }
    stream.finish(ctx)?;
    if shown == 0 {
        ctx.out.status(&format!("{from} has blocked nobody"));
    }
    Ok(Exit::Ok)
}

fn check(ctx: &mut Ctx, args: &BlockCheckArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    let input = args.bulk.input(&args.peers)?;
    let check_type = if args.one_way {
        BLACK_CHECK_TYPE_SINGLE
    } else {
        BLACK_CHECK_TYPE_BOTH
    };
    let mut op = EndpointOp::<BlackListCheck>::new(
        "block-check",
        SNS_BATCH,
        move |records| BlackListCheckRequest {
            from_account: from.clone(),
            to_account: records.iter().map(|r| r.user.clone()).collect(),
            check_type: check_type.into(),
        },
        |records, _, answer| {
            let items: Vec<SnsResultItem> = answer
                .black_list_check_item
                .iter()
                .map(|i| SnsResultItem {
                    to_account: i.to_account.clone(),
                    result_code: i.result_code,
                    result_info: i.relation.clone(),
                })
                .collect();
            by_peer(records, &items, |i| match i.result_code {
                0 => ItemResult::Done(Some(json!({
                    "To_Account": i.to_account,
                    "Relation": i.result_info,
                    "Meaning": rules::relation_words(&i.result_info),
                }))),
                code => ItemResult::Failed {
                    code: Some(code),
                    reason: rules::code_words(code, ""),
                },
            })
        },
    );
    op.target = Some(args.user.clone());
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: super::check::COLUMNS.map(String::from).to_vec(),
            verb: "checked",
            noun: "peer(s)",
        },
    )
}
