//! `imctl group members banned GROUP`: an AVChatRoom's bans in force and when each ends
//! (`get_group_ban_member`, 100 a page, `Offset` paging with `NextOffset` 0 at the end).

use clap::Args;
use serde_json::{json, Value};

use super::checked_group;
use crate::api::wire::group::{GetGroupBanMember, GetGroupBanMemberRequest};
use crate::commands::call;
use crate::commands::pages::RowStream;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::limits::BAN_LIST_PAGE;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct BannedArgs {
    /// GroupId (an AVChatRoom)
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// Bans a page (1-100; default 100)
    #[arg(long, value_name = "N", default_value_t = BAN_LIST_PAGE as u32,
          value_parser = clap::value_parser!(u32).range(1..=BAN_LIST_PAGE as i64))]
    pub page_size: u32,
    /// At most this many bans (pages are followed until there are N)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
    /// Follow every page
    #[arg(long)]
    pub all: bool,
}

const COLUMNS: [&str; 2] = ["Member_Account", "BannedUntil"];

pub fn run(ctx: &mut Ctx, args: &BannedArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let rest = Rest::open(ctx)?;
    let mut req = GetGroupBanMemberRequest {
        group_id: group.into(),
        limit: Some(args.page_size),
        offset: 0,
    };
    let mut stream = RowStream::new(&COLUMNS);
    let mut seen = 0u64;
    loop {
        let Some(page) = call::<GetGroupBanMember>(ctx, &rest, &req, &[group])? else {
            return Ok(Exit::Ok); // --dry-run
        };
        let room = args.limit.map_or(u64::MAX, |l| l - seen);
        let rows: Vec<Value> = page
            .banned_account_list
            .iter()
            .take(usize::try_from(room).unwrap_or(usize::MAX))
            .map(|b| json!({"Member_Account": b.member_account, "BannedUntil": b.banned_until}))
            .collect();
        seen += rows.len() as u64;
        stream.push(ctx, rows)?;
        // NextOffset 0 is the end; one that does not move on is too (never loop on it).
        if page.next_offset == 0
            || page.next_offset <= req.offset
            || args.limit.is_some_and(|l| seen >= l)
        {
            break;
        }
        if !args.all && args.limit.is_none() {
            ctx.out
                .status(&format!("{seen} ban(s) shown; pass --all for every page"));
            break;
        }
        req.offset = page.next_offset;
    }
    if seen == 0 {
        ctx.out.status(&format!("nobody is banned from {group}"));
    }
    stream.finish(ctx)?;
    Ok(Exit::Ok)
}
