//! `imctl group joined USER`: `get_joined_group_list`, every group the user is in (AVChatRoom
//! included), with the user's own role.

use clap::Args;
use serde_json::Value;

use crate::api::wire::group::{GetJoinedGroupList, GetJoinedGroupListRequest, JoinedFilter};
use crate::commands::call;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::group::{GroupType, JOINED_PAGE_MAX};
use crate::domain::user_id;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct JoinedArgs {
    /// UserID
    #[arg(value_name = "USERID")]
    pub user: String,
    /// Only groups of this type
    #[arg(long = "type", value_name = "TYPE", value_parser = GroupType::parse)]
    pub kind: Option<GroupType>,
    /// At most this many groups
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: Option<u32>,
    /// Groups a request (1-5000; default: all in one answer)
    #[arg(long, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=JOINED_PAGE_MAX as i64))]
    pub page_size: Option<u32>,
}

pub fn run(ctx: &mut Ctx, args: &JoinedArgs) -> Result<Exit, Error> {
    user_id::validate(&args.user).map_err(|e| Error::usage(format!("`{}`: {e}", args.user)))?;
    let mut req = GetJoinedGroupListRequest {
        member_account: args.user.clone(),
        with_huge_groups: Some(1),
        group_type: args.kind.map(|k| k.as_str().to_string()),
        response_filter: Some(JoinedFilter {
            group_base_info_filter: ["Type", "Name", "MemberNum"].map(String::from).to_vec(),
            self_info_filter: ["Role", "JoinTime"].map(String::from).to_vec(),
        }),
        ..GetJoinedGroupListRequest::default()
    };
    let rest = Rest::open(ctx)?;
    let limit = args.limit.map_or(usize::MAX, |l| l as usize);
    // One answer holds every group unless --page-size asks for pages (Limit/Offset).
    req.limit = match (args.page_size, args.limit) {
        (Some(page), Some(limit)) => Some(page.min(limit)),
        (page, limit) => page.or(limit),
    };
    let mut groups = Vec::new();
    loop {
        let Some(answer) = call::<GetJoinedGroupList>(ctx, &rest, &req, &[&args.user])? else {
            return Ok(Exit::Ok);
        };
        let got = answer.group_id_list.len();
        groups.extend(answer.group_id_list);
        let offset = req.offset.unwrap_or(0) + got as u32;
        let more = args.page_size.is_some_and(|p| got as u32 == p)
            && (offset as u64) < answer.total_count
            && groups.len() < limit;
        if !more {
            break;
        }
        req.offset = Some(offset);
    }
    groups.truncate(limit);
    let rows: Vec<Value> = groups
        .iter()
        .map(|g| {
            let mut row = serde_json::to_value(g).unwrap_or_default();
            // Tables show the user's role as a column; JSON keeps the service's SelfInfo.
            if ctx.out.format().is_none_or(|f| {
                !matches!(
                    f,
                    crate::global::OutputFormat::Json | crate::global::OutputFormat::Jsonl
                )
            }) {
                row["Role"] = row["SelfInfo"]["Role"].clone();
            }
            row
        })
        .collect();
    if rows.is_empty() {
        ctx.out.status(&format!("{} is in no group", args.user));
        if matches!(ctx.out.format(), Some(crate::global::OutputFormat::Json)) {
            ctx.out.rows(&[], &[])?;
        }
        return Ok(Exit::Ok);
    }
    ctx.out
        .rows(&["GroupId", "Type", "Name", "MemberNum", "Role"], &rows)?;
    Ok(Exit::Ok)
}
