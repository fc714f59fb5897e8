//! `imctl group`: the console's group management page from a terminal — list, create, info,
//! modify, disband, members, joined, transfer, send, notify — one file per verb or small family.
//! Values are checked with the console's rules ([`crate::domain::group`]) before anything is
//! sent; commands on several items report each and exit 6 when some failed.

mod create;
mod disband;
mod info;
mod joined;
mod list;
mod members;
mod members_bulk;
mod modify;
mod send;
mod texts;
mod transfer;

use std::path::Path;

use clap::Subcommand;
use serde_json::Value;

use crate::api::wire::{self, Endpoint};
use crate::commands::rest::Rest;
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
  # 25 a page; pages come 1 a second
  imctl group list --limit 25 --all")]
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
    /// Disband groups (irreversible: asks first on a terminal, needs --yes otherwise)
    #[command(after_help = "\
Examples:
  imctl group disband team-a
  imctl group disband --file groups.txt --yes
  imctl group disband team-a team-b --dry-run")]
    Disband(disband::DisbandArgs),
    /// List, add, remove, promote and mute members
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
    }
}

/// One typed request through the session; `None` under `--dry-run` (the request was printed).
pub(crate) fn call<E: Endpoint>(
    rest: &Rest,
    ctx: &mut Ctx,
    req: &E::Request,
    ids: &[&str],
) -> Result<Option<E::Response>, Error> {
    match rest.call(ctx, E::SERVICE, E::COMMAND, &wire::body::<E>(req), ids)? {
        Some(answer) => wire::parse::<E>(answer).map(Some),
        None => Ok(None),
    }
}

/// Requests in flight at once for verbs that send one request per group (the client's
/// limiter still paces them to the documented rate).
const PER_GROUP_CONCURRENCY: usize = 16;

/// Each group's answer, in input order.
pub(crate) type PerGroup<R> = Vec<(String, Result<R, Error>)>;

/// One request per group, up to [`PER_GROUP_CONCURRENCY`] at once, answers in input order.
/// Under `--dry-run` every request is printed and `None` returned. An error that is not the
/// group's own (auth, network, still throttled) ends the run.
pub(crate) fn call_per_group<E: Endpoint>(
    ctx: &mut Ctx,
    requests: Vec<(String, E::Request)>,
) -> Result<Option<PerGroup<E::Response>>, Error> {
    let rt = crate::commands::rest::runtime()?;
    let session = rt.block_on(crate::commands::rest::connect(ctx))?;
    let bodies: Vec<(String, Value)> = requests
        .iter()
        .map(|(id, req)| (id.clone(), wire::body::<E>(req)))
        .collect();
    if session.dry_run {
        for (_, body) in &bodies {
            let preview = session.client.preview(E::SERVICE, E::COMMAND, body);
            crate::commands::rest::print_preview(ctx, &preview)?;
        }
        return Ok(None);
    }
    let client = std::sync::Arc::new(session.client);
    let answers = rt.block_on(async {
        let gate = std::sync::Arc::new(tokio::sync::Semaphore::new(PER_GROUP_CONCURRENCY));
        let mut tasks = tokio::task::JoinSet::new();
        for (index, (id, body)) in bodies.into_iter().enumerate() {
            let (client, gate) = (client.clone(), gate.clone());
            tasks.spawn(async move {
                let _permit = gate.acquire_owned().await;
                let answer = client.call(E::SERVICE, E::COMMAND, &body, &[&id]).await;
                (index, id, answer)
            });
        }
        let mut answers = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            answers.push(joined.map_err(|e| Error::Failed(format!("a request task failed: {e}")))?);
        }
        answers.sort_by_key(|(index, _, _)| *index);
        Ok::<_, Error>(answers)
    })?;
    Ok(Some(
        answers
            .into_iter()
            .map(|(_, id, answer)| {
                let parsed = answer.and_then(wire::parse::<E>);
                (id, parsed)
            })
            .collect(),
    ))
}

/// A group ID argument, checked before sending.
pub(crate) fn checked_group(id: &str) -> Result<&str, Error> {
    check_group_id(id).map_err(|e| Error::usage(format!("`{id}`: {e}")))?;
    Ok(id)
}

/// Group IDs from the arguments or from `--file` (one a line, or a CSV whose first column is
/// headed `GroupId`; blank lines and `#` comments skipped; `-` reads stdin).
pub(crate) fn group_ids(args: &[String], file: Option<&Path>) -> Result<Vec<String>, Error> {
    let ids: Vec<String> = match file {
        None => args.to_vec(),
        Some(_) if !args.is_empty() => {
            return Err(Error::usage("give GroupIds or --file, not both"))
        }
        Some(path) => {
            let text = if path.as_os_str() == "-" {
                std::io::read_to_string(std::io::stdin())
                    .map_err(|e| Error::io("cannot read standard input", &e))?
            } else {
                std::fs::read_to_string(path)
                    .map_err(|e| Error::io(format!("cannot read {}", path.display()), &e))?
            };
            let mut ids = Vec::new();
            for (n, line) in text.lines().enumerate() {
                let first = line.split(',').next().unwrap_or_default().trim();
                let first = first.trim_matches('"');
                if first.is_empty() || first.starts_with('#') || (n == 0 && first == "GroupId") {
                    continue;
                }
                check_group_id(first).map_err(|e| {
                    Error::usage(format!("{}:{}: `{first}`: {e}", path.display(), n + 1))
                })?;
                ids.push(first.to_string());
            }
            ids
        }
    };
    if ids.is_empty() {
        return Err(Error::usage("no GroupIds given"));
    }
    for id in &ids {
        checked_group(id)?;
    }
    Ok(ids)
}

/// A row `{"GroupId": id, "ErrorCode": 0, "ErrorInfo": ""}`: the per-group result of a verb
/// with no other answer.
pub(crate) fn ok_row(id: &str) -> Value {
    serde_json::json!({"GroupId": id, "ErrorCode": 0, "ErrorInfo": ""})
}

/// An API refusal as a per-item failure; anything else (auth, network, rate) ends the command.
pub(crate) fn item_failure(
    id: &str,
    err: Error,
) -> Result<crate::commands::items::ItemFailure, Error> {
    match err {
        Error::Api { code, info, .. } if err_is_item(code) => {
            let reason = match crate::domain::send_errors::advice(code) {
                Some(a) if !GROUP_CODES.contains(&code) => {
                    format!("{info} ({}; {})", a.cause, a.fix)
                }
                _ => match group_reason(code) {
                    Some(r) if !info.contains(r) => format!("{info} ({r})"),
                    _ => info,
                },
            };
            Ok(crate::commands::items::ItemFailure::new(
                id,
                Some(code),
                reason,
            ))
        }
        other => Err(other),
    }
}

/// Codes whose meaning the group page documents (§11.4).
const GROUP_CODES: [i64; 9] = [
    10004, 10007, 10010, 10014, 10015, 10017, 10019, 10023, 10058,
];

fn group_reason(code: i64) -> Option<&'static str> {
    Some(match code {
        10004 => "invalid parameter",
        10007 => "no permission, or the group type forbids it",
        10010 => "the group does not exist or was disbanded",
        10013 => "already a member",
        10014 => "the group is full",
        10015 => "invalid group ID",
        10017 => "the sender is muted",
        10019 => "the UserID is not an imported account",
        10021 | 10025 => "the group ID is taken",
        10023 => "too many messages a second to this group",
        10038 | 10058 => "the edition's group or member quota is used up",
        _ => return None,
    })
}

fn err_is_item(code: i64) -> bool {
    !crate::error::is_auth_code(code)
}
