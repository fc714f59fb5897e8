//! `imctl group members role GROUP USER… [ROLE]`: without a role, each user's role
//! (`get_role_in_group`, 500 users a request; `NotMember` is an answer, not an error); with one
//! user and a trailing `Admin` or `Member`, sets it (`modify_group_member_info`).

use clap::Args;
use serde_json::{json, Value};

use super::checked_group;
use crate::api::wire::group::{
    GetRoleInGroup, GetRoleInGroupRequest, ModifyGroupMemberInfo, ModifyGroupMemberInfoRequest,
};
use crate::commands::call;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::user_id;
use crate::error::{Error, Exit};

/// `User_Account` per `get_role_in_group` (spec §4.13).
const ROLES_A_REQUEST: usize = 500;
/// The roles that can be set here (the owner changes with `group transfer`).
const SETTABLE: [&str; 2] = ["Admin", "Member"];

#[derive(Debug, Args)]
pub struct RoleArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// The members to show; one member then Admin or Member sets that role
    #[arg(value_name = "USERID", required = true)]
    pub words: Vec<String>,
}

pub fn run(ctx: &mut Ctx, args: &RoleArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    match args.words.as_slice() {
        [user, role] if SETTABLE.contains(&role.as_str()) => set(ctx, group, user, role),
        users => show(ctx, group, users),
    }
}

fn set(ctx: &mut Ctx, group: &str, user: &str, role: &str) -> Result<Exit, Error> {
    user_id::validate(user).map_err(|e| Error::usage(format!("`{user}`: {e}")))?;
    let req = ModifyGroupMemberInfoRequest {
        group_id: group.into(),
        member_account: user.into(),
        role: Some(role.into()),
        ..ModifyGroupMemberInfoRequest::default()
    };
    let rest = Rest::open(ctx)?;
    if call::<ModifyGroupMemberInfo>(ctx, &rest, &req, &[group, user])?.is_none() {
        return Ok(Exit::Ok);
    }
    let row = json!({"GroupId": group, "Member_Account": user, "Role": role});
    ctx.out
        .done(&row, &format!("{user} is now {role} of {group}"))?;
    Ok(Exit::Ok)
}

fn show(ctx: &mut Ctx, group: &str, users: &[String]) -> Result<Exit, Error> {
    for u in users {
        user_id::validate(u).map_err(|e| Error::usage(format!("`{u}`: {e}")))?;
    }
    let rest = Rest::open(ctx)?;
    let mut rows: Vec<Value> = Vec::new();
    for chunk in users.chunks(ROLES_A_REQUEST) {
        let req = GetRoleInGroupRequest {
            group_id: group.into(),
            user_account: chunk.to_vec(),
        };
        let mut ids: Vec<&str> = vec![group];
        ids.extend(chunk.iter().map(String::as_str));
        let Some(answer) = call::<GetRoleInGroup>(ctx, &rest, &req, &ids)? else {
            return Ok(Exit::Ok); // --dry-run
        };
        rows.extend(
            answer
                .user_id_list
                .iter()
                .map(|r| json!({"Member_Account": r.member_account, "Role": r.role})),
        );
    }
    ctx.out.rows(&["Member_Account", "Role"], &rows)?;
    Ok(Exit::Ok)
}
