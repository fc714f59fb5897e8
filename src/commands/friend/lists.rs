//! `imctl friend group add|remove|list`: a user's friend lists (sns `group_add`,
//! `group_delete`, `group_get`; not chat groups). One request each: a user has at most 32.

use clap::{Args, Subcommand};
use serde_json::json;

use super::owner;
use crate::api::wire::sns::{
    FriendGroupAdd, FriendGroupAddRequest, FriendGroupDelete, FriendGroupDeleteRequest,
    FriendGroupGet, FriendGroupGetRequest,
};
use crate::commands::account::checked_users;
use crate::commands::items::{self, ItemFailure};
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::sns::{self as rules, NEED_FRIEND_YES};
use crate::error::{Error, Exit};

#[derive(Debug, Subcommand)]
pub enum ListCommand {
    /// Create friend lists, optionally putting friends in them
    #[command(after_help = "\
Examples:
  imctl friend group add alice Work Golf
  # create Work and put bob and carol (friends of alice) in it
  imctl friend group add alice Work --friend bob --friend carol")]
    Add(AddArgs),
    /// Delete friend lists; the friends stay (needs --yes off a terminal)
    #[command(after_help = "\
Examples:
  imctl friend group remove alice Golf --yes")]
    Remove(RemoveArgs),
    /// A user's friend lists with their sizes, or their members with --members
    #[command(after_help = "\
Examples:
  imctl friend group list alice
  imctl friend group list alice Work --members -o json")]
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The user (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The new lists' names (1 to 30 bytes each)
    #[arg(value_name = "LIST", required = true)]
    pub names: Vec<String>,
    /// A friend to put in the new lists (repeat for several)
    #[arg(long = "friend", value_name = "PEER")]
    pub friends: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The user (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The lists to delete
    #[arg(value_name = "LIST", required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The user (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// Only these lists
    #[arg(value_name = "LIST")]
    pub names: Vec<String>,
    /// Also each list's members (Need_Friend_Type_Yes)
    #[arg(long)]
    pub members: bool,
}

pub fn run(ctx: &mut Ctx, cmd: ListCommand) -> Result<Exit, Error> {
    match cmd {
        ListCommand::Add(args) => add(ctx, &args),
        ListCommand::Remove(args) => remove(ctx, &args),
        ListCommand::List(args) => list(ctx, &args),
    }
}

fn checked_names(names: &[String]) -> Result<(), Error> {
    names
        .iter()
        .try_for_each(|n| rules::check_list_name(n).map_err(Error::usage))
}

fn add(ctx: &mut Ctx, args: &AddArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    checked_names(&args.names)?;
    checked_users(&args.friends)?;
    let req = FriendGroupAddRequest {
        from_account: from.clone(),
        group_name: args.names.clone(),
        to_account: (!args.friends.is_empty()).then(|| args.friends.clone()),
    };
    let rest = Rest::open(ctx)?;
    let Some(answer) = call::<FriendGroupAdd>(ctx, &rest, &req, &[&from])? else {
        return Ok(Exit::Ok); // --dry-run
    };
    let failures: Vec<ItemFailure> = answer
        .result_item
        .iter()
        .flatten()
        .filter(|i| i.result_code != 0)
        .map(|i| {
            ItemFailure::new(
                &i.to_account,
                Some(i.result_code),
                rules::code_words(i.result_code, &i.result_info),
            )
        })
        .collect();
    let summary = json!({"From_Account": from, "GroupName": args.names,
                         "CurrentSequence": answer.current_sequence,
                         "ResultItem": answer.result_item.unwrap_or_default()});
    ctx.out.done(
        &summary,
        &format!("created {} friend list(s) for {from}", args.names.len()),
    )?;
    items::finish(&ctx.out, args.friends.len(), &failures)
}

fn remove(ctx: &mut Ctx, args: &RemoveArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    checked_names(&args.names)?;
    if !ctx.global.dry_run {
        ctx.confirm(&format!(
            "Delete {from}'s friend list(s) {}? (the friends stay)",
            args.names.join(", ")
        ))?;
    }
    let req = FriendGroupDeleteRequest {
        from_account: from.clone(),
        group_name: args.names.clone(),
    };
    let rest = Rest::open(ctx)?;
    let Some(answer) = call::<FriendGroupDelete>(ctx, &rest, &req, &[&from])? else {
        return Ok(Exit::Ok); // --dry-run
    };
    let summary = json!({"From_Account": from, "GroupName": args.names,
                         "CurrentSequence": answer.current_sequence});
    ctx.out.done(
        &summary,
        &format!("deleted {} friend list(s) of {from}", args.names.len()),
    )?;
    Ok(Exit::Ok)
}

fn list(ctx: &mut Ctx, args: &ListArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    checked_names(&args.names)?;
    let req = FriendGroupGetRequest {
        from_account: from.clone(),
        need_friend: args.members.then(|| NEED_FRIEND_YES.to_string()),
        group_name: (!args.names.is_empty()).then(|| args.names.clone()),
    };
    let rest = Rest::open(ctx)?;
    let Some(answer) = call::<FriendGroupGet>(ctx, &rest, &req, &[&from])? else {
        return Ok(Exit::Ok); // --dry-run
    };
    if answer.result_item.is_empty() {
        ctx.out.status(&format!("{from} has no friend lists"));
    }
    let rows: Vec<_> = answer
        .result_item
        .iter()
        .map(|i| {
            let mut row = json!({"GroupName": i.group_name, "FriendNumber": i.friend_number});
            if let Some(members) = &i.to_account {
                row["To_Account"] = json!(members);
            }
            row
        })
        .collect();
    let columns: &[&str] = if args.members {
        &["GroupName", "FriendNumber", "To_Account"]
    } else {
        &["GroupName", "FriendNumber"]
    };
    ctx.out.rows(columns, &rows)?;
    Ok(Exit::Ok)
}
