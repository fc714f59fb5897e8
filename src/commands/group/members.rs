//! `imctl group members list|add|remove|role|mute|muted`. `list` pages `get_group_member_info` (100 a
//! page; `--all` follows every page); `add`/`remove` go through the bulk engine
//! ([`super::members_bulk`]); `mute` changes members in place; `role` and `muted` have files
//! of their own.

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use super::{checked_group, item_failure};
use crate::api::wire::group::{
    ForbidSendMsg, ForbidSendMsgRequest, GetGroupMemberInfo, GetGroupMemberInfoRequest,
};
use crate::commands::call;
use crate::commands::items::{self, ItemFailure};
use crate::commands::pages::RowStream;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::group::{MEMBER_PAGE, MEMBER_PAGE_MAX, MUTE_BATCH, MUTE_FOREVER};
use crate::domain::user_id;
use crate::error::{Error, Exit};

#[derive(Debug, Subcommand)]
pub enum MembersCommand {
    /// A group's members, 100 a page (--all: every page)
    #[command(after_help = "\
Examples:
  imctl group members list team-a
  imctl group members list team-a --all -o csv > members.csv
  imctl group members list team-a --limit 500 --page-size 200
  imctl group members list team-a --role Admin")]
    List(ListArgs),
    /// Add members (USERID… or --file), 20 a request unless --batch-size says more
    #[command(after_help = "\
Examples:
  imctl group members add team-a bob carol
  imctl group members add team-a --file users.csv --failures failed.csv \\
      --silent
  # continue after Ctrl-C
  imctl group members add team-a --file users.txt --resume")]
    Add(super::members_bulk::AddArgs),
    /// Remove members (USERID… or --file), 100 a request
    #[command(after_help = "\
Examples:
  imctl group members remove team-a bob --reason \"left the team\"
  imctl group members remove team-a --file leavers.txt --yes")]
    Remove(super::members_bulk::RemoveArgs),
    /// Show members' roles, or make one an Admin or an ordinary Member again
    #[command(after_help = "\
Examples:
  # each user's role (Owner, Admin, Member or NotMember)
  imctl group members role team-a bob carol
  imctl group members role team-a bob Admin
  imctl group members role team-a bob Member")]
    Role(super::role::RoleArgs),
    /// Mute members for a while (0 lifts the mute)
    #[command(after_help = "\
Examples:
  imctl group members mute team-a bob carol --duration 1h
  # lift the mute
  imctl group members mute team-a bob --duration 0")]
    Mute(MuteArgs),
    /// Muted members and until when (get_group_muted_account)
    #[command(after_help = "\
Examples:
  imctl group members muted team-a
  # with the Unix times
  imctl group members muted team-a -o json")]
    Muted(super::muted::MutedArgs),
    /// Ban users from an AVChatRoom for a while: out of the room, no rejoining
    #[command(after_help = "\
Examples:
  imctl group members ban live-a bob carol --duration 1h --reason spam
  imctl group members ban live-a --file spammers.txt --duration 1d --yes")]
    Ban(super::ban::BanArgs),
    /// Lift AVChatRoom bans
    #[command(after_help = "\
Examples:
  imctl group members unban live-a bob")]
    Unban(super::ban::UnbanArgs),
    /// Who is banned from an AVChatRoom and until when (get_group_ban_member)
    #[command(after_help = "\
Examples:
  imctl group members banned live-a --all
  # with the Unix times
  imctl group members banned live-a -o json")]
    Banned(super::banned::BannedArgs),
    /// Import members with their join times, roles and unread counts (import_group_member)
    Import(super::members_import::ImportArgs),
}

pub fn run(ctx: &mut Ctx, cmd: MembersCommand) -> Result<Exit, Error> {
    match cmd {
        MembersCommand::List(args) => list(ctx, &args),
        MembersCommand::Add(args) => super::members_bulk::add(ctx, &args),
        MembersCommand::Remove(args) => super::members_bulk::remove(ctx, &args),
        MembersCommand::Role(args) => super::role::run(ctx, &args),
        MembersCommand::Mute(args) => mute(ctx, &args),
        MembersCommand::Muted(args) => super::muted::run(ctx, &args),
        MembersCommand::Ban(args) => super::ban::ban(ctx, &args),
        MembersCommand::Unban(args) => super::ban::unban(ctx, &args),
        MembersCommand::Banned(args) => super::banned::run(ctx, &args),
        MembersCommand::Import(args) => super::members_import::run(ctx, &args),
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// Members a page (1-200; default 100)
    #[arg(long, value_name = "N", default_value_t = MEMBER_PAGE as u32,
          value_parser = clap::value_parser!(u32).range(1..=MEMBER_PAGE_MAX as i64))]
    pub page_size: u32,
    /// At most this many members (pages are followed until there are N)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
    /// Follow every page
    #[arg(long)]
    pub all: bool,
    /// Only members of this role: Owner, Admin or Member
    #[arg(long, value_name = "ROLE", value_parser = ["Owner", "Admin", "Member"])]
    pub role: Option<String>,
}

const MEMBER_COLUMNS: [&str; 5] = [
    "Member_Account",
    "Role",
    "JoinTime",
    "MuteUntil",
    "NameCard",
];

fn list(ctx: &mut Ctx, args: &ListArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let rest = Rest::open(ctx)?;
    let community = group.starts_with(crate::domain::group::COMMUNITY_PREFIX);
    let mut req = GetGroupMemberInfoRequest {
        group_id: group.into(),
        member_info_filter: [
            "Role",
            "JoinTime",
            "MuteUntil",
            "NameCard",
            "MsgSeq",
            "LastSendMsgTime",
        ]
        .map(String::from)
        .to_vec(),
        member_role_filter: args.role.iter().cloned().collect(),
        limit: Some(args.page_size),
        ..GetGroupMemberInfoRequest::default()
    };
    if community {
        req.next = Some(String::new());
    } else {
        req.offset = Some(0);
    }
    let mut stream = RowStream::new(&MEMBER_COLUMNS);
    let mut seen = 0u64;
    loop {
        let Some(page) = call::<GetGroupMemberInfo>(ctx, &rest, &req, &[group])? else {
            return Ok(Exit::Ok);
        };
        let count = page.member_list.len();
        let room = args.limit.map_or(u64::MAX, |l| l - seen);
        let rows: Vec<Value> = page
            .member_list
            .iter()
            .take(usize::try_from(room).unwrap_or(usize::MAX))
            .map(|m| serde_json::to_value(m).unwrap_or_default())
            .collect();
        seen += rows.len() as u64;
        stream.push(ctx, rows)?;
        if args.limit.is_some_and(|l| seen >= l) {
            break;
        }
        let more = match (&page.next, community) {
            (Some(next), true) => {
                req.next = Some(next.clone());
                !next.is_empty()
            }
            _ => {
                req.offset = Some(req.offset.unwrap_or(0) + count as u32);
                count as u32 == args.page_size && page.member_num.is_none_or(|total| seen < total)
            }
        };
        if !more {
            break;
        }
        if !args.all && args.limit.is_none() {
            let total = page
                .member_num
                .map_or(String::new(), |t| format!(" of {t}"));
            ctx.out.status(&format!(
                "{seen}{total} member(s) shown; pass --all for every page"
            ));
            break;
        }
    }
    stream.finish(ctx)?;
    Ok(Exit::Ok)
}

#[derive(Debug, Args)]
pub struct MuteArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// Members to mute
    #[arg(value_name = "USERID", required = true)]
    pub users: Vec<String>,
    /// How long: 1h, 30m, 45s, 2d, plain seconds, or forever (0 lifts the mute)
    #[arg(long, value_name = "DURATION", alias = "seconds")]
    pub duration: String,
}

fn mute(ctx: &mut Ctx, args: &MuteArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let seconds = crate::commands::account::mute::mute_seconds("duration", &args.duration)?;
    for u in &args.users {
        user_id::validate(u).map_err(|e| Error::usage(format!("`{u}`: {e}")))?;
    }
    let rest = Rest::open(ctx)?;
    let mut muted: Vec<&str> = Vec::new();
    let mut failures: Vec<ItemFailure> = Vec::new();
    for chunk in args.users.chunks(MUTE_BATCH) {
        let req = ForbidSendMsgRequest {
            group_id: group.into(),
            members_account: chunk.to_vec(),
            mute_time: seconds,
        };
        let mut ids: Vec<&str> = vec![group];
        ids.extend(chunk.iter().map(String::as_str));
        match call::<ForbidSendMsg>(ctx, &rest, &req, &ids) {
            Ok(Some(_)) => muted.extend(chunk.iter().map(String::as_str)),
            Ok(None) => {}
            Err(e) => {
                // One refusal covers the whole request: every member of it failed.
                let failure = item_failure(group, e)?;
                failures.extend(
                    chunk
                        .iter()
                        .map(|u| ItemFailure::new(u.clone(), failure.code, failure.reason.clone())),
                );
            }
        }
    }
    if ctx.global.dry_run {
        return Ok(Exit::Ok);
    }
    if !muted.is_empty() {
        let human_seconds = if seconds == MUTE_FOREVER {
            "for ever".to_string()
        } else {
            format!("{seconds} s")
        };
        // What was written, in forbid_send_msg's own form: the data with -o json, else a status.
        ctx.out.done(
            &json!({"GroupId": group, "Members_Account": muted, "MuteTime": seconds}),
            &format!("{} member(s) of {group}: mute {human_seconds}", muted.len()),
        )?;
    }
    items::finish(&ctx.out, args.users.len(), &failures)
}
