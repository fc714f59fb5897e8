//! `imctl group online GROUP`: how many members of an AVChatRoom are online
//! (`get_online_member_num`); with `--members`, who they are, newest joiner first
//! (`group_open_avchatroom_http_svc/get_members`, every page: `Timestamp` 0, then the answered
//! `NextTimestamp` until it is 0). Other group types answer 10007.

use clap::Args;
use serde_json::{json, Value};

use super::checked_group;
use crate::api::wire::group::{
    GetAvChatRoomMembers, GetAvChatRoomMembersRequest, GetOnlineMemberNum,
    GetOnlineMemberNumRequest,
};
use crate::commands::call;
use crate::commands::pages::RowStream;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct OnlineArgs {
    /// GroupId (an AVChatRoom)
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// List the online members (the latest 1,000; 30 below the Ultimate edition) instead of
    /// counting them
    #[arg(long)]
    pub members: bool,
}

const MEMBER_COLUMNS: [&str; 4] = ["Member_Account", "NickName", "JoinTime", "Avatar"];

pub fn run(ctx: &mut Ctx, args: &OnlineArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let rest = Rest::open(ctx)?;
    if args.members {
        return members(ctx, &rest, group);
    }
    let req = GetOnlineMemberNumRequest {
        group_id: group.into(),
    };
    let Some(answer) = call::<GetOnlineMemberNum>(ctx, &rest, &req, &[group])? else {
        return Ok(Exit::Ok); // --dry-run
    };
    let n = answer.online_member_num;
    ctx.out.object(&json!({"OnlineMemberNum": n}), || {
        format!("{n} member(s) of {group} online")
    })?;
    Ok(Exit::Ok)
}

fn members(ctx: &mut Ctx, rest: &Rest, group: &str) -> Result<Exit, Error> {
    let mut req = GetAvChatRoomMembersRequest {
        group_id: group.into(),
        timestamp: 0,
        mark: None,
    };
    let mut stream = RowStream::new(&MEMBER_COLUMNS);
    let mut seen = 0usize;
    loop {
        let Some(page) = call::<GetAvChatRoomMembers>(ctx, rest, &req, &[group])? else {
            return Ok(Exit::Ok); // --dry-run
        };
        seen += page.member_list.len();
        let rows: Vec<Value> = page
            .member_list
            .iter()
            .map(|m| serde_json::to_value(m).unwrap_or_default())
            .collect();
        stream.push(ctx, rows)?;
        // 0 is the end; a timestamp that does not move back in time would repeat the page.
        if page.next_timestamp == 0 || (req.timestamp != 0 && page.next_timestamp >= req.timestamp)
        {
            break;
        }
        req.timestamp = page.next_timestamp;
    }
    if seen == 0 {
        ctx.out.status(&format!("nobody is online in {group}"));
    }
    stream.finish(ctx)?;
    Ok(Exit::Ok)
}
