//! `imctl group`: the console's group management page from a terminal — list, create, info,
//! modify, disband, members, joined, transfer, send, notify — one file per verb or small family.
//! Values are checked with the console's rules ([`crate::domain::group`]) before anything is
//! sent; commands on several items report each and exit 6 when some failed.

mod create;
mod disband;
mod history;
mod import;
mod import_msgs;
mod info;
mod joined;
mod list;
mod members;
mod members_bulk;
mod members_import;
mod modify;
mod modify_msg;
mod muted;
mod purge;
mod recall;
mod role;
mod send;
mod texts;
mod transfer;

mod attr;
mod ban;
mod banned;
mod counter;
mod online;

use clap::Subcommand;
use serde_json::Value;

use crate::api::wire::Endpoint;
use crate::bulk::{EndpointOp, ItemResult, Record};
use crate::commands::Ctx;
use crate::domain::group::check_group_id;
use crate::error::{Error, Exit};

#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// List the app's groups, every page of get_appid_group_list (1 call a second)
    #[command(after_help = "\
Examples:
  imctl group list
  imctl group list --type Public --all -o jsonl
  # 25 a page, at most 100 groups (pages come 1 a second)
  imctl group list --page-size 25 --limit 100")]
    List(list::ListArgs),
    /// Create a group and print its GroupId
    #[command(after_help = "\
Examples:
  imctl group create --name \"Team A\" --owner alice
  imctl group create --name Ops --type Work --member bob --member carol
  imctl group create --name Live --type AVChatRoom --id live-2024 --dry-run")]
    Create(create::CreateArgs),
    /// Show groups' profiles and member counts (get_group_info, 50 a request)
    #[command(after_help = "\
Examples:
  imctl group info @TGS#2J4SZEAEL
  imctl group info team-a team-b -o json")]
    Info(info::InfoArgs),
    /// Change a group's name, introduction, notice, face, member limit, join option, mute-all
    #[command(after_help = "\
Examples:
  imctl group modify team-a --name \"Team A (old)\" --notice \"moved to team-b\"
  imctl group modify team-a --mute-all on --apply-join-option DisableApply")]
    Modify(modify::ModifyArgs),
    /// Disband groups (irreversible: asks first on a terminal; otherwise needs --yes)
    #[command(after_help = "\
Examples:
  imctl group disband team-a
  imctl group disband --file groups.txt --yes
  imctl group disband team-a team-b --dry-run")]
    Disband(disband::DisbandArgs),
    /// List, add, remove, promote and mute members; show roles and who is muted
    #[command(subcommand)]
    Members(members::MembersCommand),
    /// The groups a user is in
    #[command(after_help = "\
Examples:
  imctl group joined alice
  imctl group joined alice --type Public -o json")]
    Joined(joined::JoinedArgs),
    /// Hand a group to another member
    #[command(after_help = "\
Examples:
  imctl group transfer team-a --owner bob")]
    Transfer(transfer::TransferArgs),
    /// Send one text message to one or many groups
    #[command(after_help = "\
Examples:
  imctl group send team-a --text \"maintenance at 22:00\"
  imctl group send --file groups.txt --text hello --from alice \\
      --push-title Notice
  imctl group send team-a --text quiet --no-push --dry-run")]
    Send(send::SendArgs),
    /// Send a system notification to a group (all members, or --to)
    #[command(after_help = "\
Examples:
  imctl group notify team-a --text \"the group moves tomorrow\"
  imctl group notify team-a --text \"your role changed\" --to bob --to carol")]
    Notify(send::NotifyArgs),
    /// A group's messages, newest first (group_msg_get_simple, 20 a page), streamed
    #[command(after_help = "\
Examples:
  imctl group history team-a
  # every page, one message a line, the service's field names
  imctl group history team-a --all -o jsonl > team-a.jsonl
  # what bob sent since MsgSeq 500, recalled ones too
  imctl group history team-a --from bob --since-seq 500 --all --with-recalled")]
    History(history::HistoryArgs),
    /// Recall group messages by MsgSeq (10 a request; each seq reported)
    #[command(after_help = "\
Examples:
  imctl group recall team-a 101
  imctl group recall team-a 101 102 103 -o json
  # print the request; send nothing
  imctl group recall team-a 101 --dry-run")]
    Recall(recall::RecallArgs),
    /// Silently recall one sender's messages among a group's newest 1,000 (asks first)
    #[command(after_help = "\
Examples:
  imctl group purge team-a --sender spammer
  imctl group purge team-a --sender spammer --yes -o json
  imctl group purge team-a --sender spammer --dry-run")]
    Purge(purge::PurgeArgs),
    /// Rewrite a stored group message's text, body or cloud data (openim/modify_group_msg)
    #[command(after_help = "\
Examples:
  # correct a typo in message 23
  imctl group modify-msg team-a 23 --text \"see you at 10\"
  imctl group modify-msg team-a 23 --cloud-data '{\"edited\":true}'
  imctl group modify-msg team-a 23 --text hi --dry-run")]
    ModifyMsg(modify_msg::ModifyMsgArgs),
    /// How many members of an AVChatRoom are online (--members: who)
    #[command(after_help = "\
Examples:
  imctl group online live-a
  # the online members, newest joiner first
  imctl group online live-a --members -o json")]
    Online(online::OnlineArgs),
    /// A group's custom attributes: get, set, clear
    #[command(subcommand)]
    Attr(attr::AttrCommand),
    /// A group's counters: get, set (or increase, decrease), delete
    #[command(subcommand)]
    Counter(counter::CounterCommand),
    /// Import groups from another system with their GroupId and CreateTime (import_group)
    Import(import::ImportArgs),
    /// Import a group's old messages with their send times, 7 a request (import_group_msg)
    ImportMsgs(import_msgs::ImportMsgsArgs),
}

pub fn run(ctx: &mut Ctx, cmd: GroupCommand) -> Result<Exit, Error> {
    match cmd {
        GroupCommand::List(args) => list::run(ctx, &args),
        GroupCommand::Create(args) => create::run(ctx, &args),
        GroupCommand::Info(args) => info::run(ctx, &args),
        GroupCommand::Modify(args) => modify::run(ctx, &args),
        GroupCommand::Disband(args) => disband::run(ctx, &args),
        GroupCommand::Members(cmd) => members::run(ctx, cmd),
        GroupCommand::Joined(args) => joined::run(ctx, &args),
        GroupCommand::Transfer(args) => transfer::run(ctx, &args),
        GroupCommand::Send(args) => send::run(ctx, &args),
        GroupCommand::Notify(args) => send::notify(ctx, &args),
        GroupCommand::History(args) => history::run(ctx, &args),
        GroupCommand::Recall(args) => recall::run(ctx, &args),
        GroupCommand::Purge(args) => purge::run(ctx, &args),
        GroupCommand::ModifyMsg(args) => modify_msg::run(ctx, &args),
        GroupCommand::Online(args) => online::run(ctx, &args),
        GroupCommand::Attr(cmd) => attr::run(ctx, cmd),
        GroupCommand::Counter(cmd) => counter::run(ctx, cmd),
        GroupCommand::Import(args) => import::run(ctx, &args),
        GroupCommand::ImportMsgs(args) => import_msgs::run(ctx, &args),
    }
}

/// A bulk operation of one request per group (`send`, `disband`): GroupIds checked by the
/// console's rule, a group listed twice done once, a group that got no answer that group's
/// failure, refusals explained with the group page's words.
pub(crate) fn per_group<E>(
    name: &'static str,
    request: impl Fn(&[Record]) -> E::Request + Send + Sync + 'static,
    results: impl Fn(&[Record], &E::Request, E::Response) -> Vec<ItemResult> + Send + Sync + 'static,
) -> EndpointOp<E>
where
    E: Endpoint,
{
    let mut op = EndpointOp::<E>::new(name, 1, request, results);
    op.id_column = "GroupId";
    op.check = |r| check_group_id(&r.user);
    op.dedup = true;
    op.per_item = true;
    op.explain = group_failure;
    op
}

/// A group ID argument, checked before sending.
pub(crate) fn checked_group(id: &str) -> Result<&str, Error> {
    check_group_id(id).map_err(|e| Error::usage(format!("`{id}`: {e}")))?;
    Ok(id)
}

/// A row `{"GroupId": id, "ErrorCode": 0, "ErrorInfo": ""}`: the per-group result of a verb
/// with no other answer.
pub(crate) fn ok_row(id: &str) -> Value {
    serde_json::json!({"GroupId": id, "ErrorCode": 0, "ErrorInfo": ""})
}

/// The service's words, with the code table's meaning of a group code (or the send advice of
/// a message code) when the words do not already say it.
pub(crate) fn group_failure(code: i64, info: String) -> String {
    if let Some(a) = crate::domain::send_errors::advice(code) {
        return format!("{info} ({}; {})", a.cause, a.fix);
    }
    let meaning = crate::domain::codes::group_rows()
        .iter()
        .find(|row| row.code == code)
        .map(|row| row.meaning);
    match meaning {
        Some(m) if !info.contains(m) => format!("{info} ({m})"),
        _ => info,
    }
}

/// An API refusal as a per-item failure; anything else (auth, network, rate) ends the command.
pub(crate) fn item_failure(
    id: &str,
    err: Error,
) -> Result<crate::commands::items::ItemFailure, Error> {
    match err {
        Error::Api { code, info, .. } if !crate::error::is_auth_code(code) => Ok(
            crate::commands::items::ItemFailure::new(id, Some(code), group_failure(code, info)),
        ),
        other => Err(other),
    }
}
