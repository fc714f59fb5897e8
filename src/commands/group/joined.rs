//! `imctl group joined USER`: `get_joined_group_list`, every group the user is in (AVChatRoom
//! included), with the user's own role.

use clap::Args;
use serde_json::Value;

use super::call;
use crate::api::wire::group::{GetJoinedGroupList, GetJoinedGroupListRequest, JoinedFilter};
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::group::GroupType;
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
}

pub fn run(ctx: &mut Ctx, args: &JoinedArgs) -> Result<Exit, Error> {
    user_id::validate(&args.user).map_err(|e| Error::usage(format!("`{}`: {e}", args.user)))?;
    let req = GetJoinedGroupListRequest {
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
    let Some(answer) = call::<GetJoinedGroupList>(&rest, ctx, &req, &[&args.user])? else {
        return Ok(Exit::Ok);
    };
    let rows: Vec<Value> = answer
        .group_id_list
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
