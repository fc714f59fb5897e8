//! `imctl group info GROUP…`: `get_group_info`, 50 groups a request; each group's own
//! `ErrorCode` decides (the top-level one says nothing), missing groups fail alone (exit 6).

use clap::Args;

use super::checked_group;
use crate::api::wire::group::{GetGroupInfo, GetGroupInfoRequest, GroupInfoFilter};
use crate::commands::call;
use crate::commands::items::{self, ItemFailure};
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::group::INFO_BATCH;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct InfoArgs {
    /// GroupIds
    #[arg(value_name = "GROUP", required = true)]
    pub groups: Vec<String>,
    /// Include every member in the answer (JSON: MemberList)
    #[arg(long)]
    pub members: bool,
}

const COLUMNS: [&str; 7] = [
    "GroupId",
    "Type",
    "Name",
    "Owner_Account",
    "MemberNum",
    "MaxMemberNum",
    "CreateTime",
];

pub fn run(ctx: &mut Ctx, args: &InfoArgs) -> Result<Exit, Error> {
    for g in &args.groups {
        checked_group(g)?;
    }
    let rest = Rest::open(ctx)?;
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for chunk in args.groups.chunks(INFO_BATCH) {
        let req = GetGroupInfoRequest {
            group_id_list: chunk.to_vec(),
            response_filter: (!args.members).then(|| GroupInfoFilter {
                group_base_info_filter: [
                    "Type",
                    "Name",
                    "Introduction",
                    "Notification",
                    "FaceUrl",
                    "CreateTime",
                    "Owner_Account",
                    "LastInfoTime",
                    "LastMsgTime",
                    "NextMsgSeq",
                    "MemberNum",
                    "MaxMemberNum",
                    "ApplyJoinOption",
                    "MuteAllMember",
                ]
                .map(String::from)
                .to_vec(),
                ..GroupInfoFilter::default()
            }),
        };
        let ids: Vec<&str> = chunk.iter().map(String::as_str).collect();
        let Some(answer) = call::<GetGroupInfo>(ctx, &rest, &req, &ids)? else {
            continue;
        };
        for mut info in answer.group_info {
            if info.error_code != 0 {
                failures.push(ItemFailure::new(
                    info.group_id,
                    Some(info.error_code),
                    info.error_info,
                ));
                continue;
            }
            if !args.members {
                info.member_list = None;
            }
            rows.push(serde_json::to_value(&info).unwrap_or_default());
        }
    }
    if ctx.global.dry_run {
        return Ok(Exit::Ok);
    }
    if !rows.is_empty() {
        ctx.out.rows(&COLUMNS, &rows)?;
    }
    items::finish(&ctx.out, args.groups.len(), &failures)
}
