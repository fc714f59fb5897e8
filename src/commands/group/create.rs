//! `imctl group create`: the console's rules checked before sending (name ≤ 30 bytes, the type
//! names with Work/Meeting as aliases, the custom ID rule, the text limits); prints the GroupId.

use clap::Args;
use serde_json::json;

use super::texts::TextArgs;
use crate::api::wire::group::{CreateGroup, CreateGroupRequest, NewMember};
use crate::commands::call;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::group::{self as rules, GroupType, CREATE_MEMBERS_MAX};
use crate::domain::user_id;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Group name (at most 30 bytes)
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community
    #[arg(long = "type", value_name = "TYPE", default_value = "Public",
          value_parser = GroupType::parse)]
    pub kind: GroupType,
    /// Owner (an imported account; joins as Owner). No owner when left out
    #[arg(long, value_name = "USERID")]
    pub owner: Option<String>,
    /// Custom GroupId (printable ASCII, < 48 bytes, not starting @TGS#; Community: @TGS#_)
    #[arg(long = "id", value_name = "GROUP_ID")]
    pub group_id: Option<String>,
    #[command(flatten)]
    pub texts: TextArgs,
    /// Maximum members (default: the edition's limit)
    #[arg(long, value_name = "N")]
    pub max_members: Option<u32>,
    /// FreeAccess, NeedPermission or DisableApply (not for Community)
    #[arg(long, value_name = "OPTION", value_parser = rules::parse_join_option)]
    pub apply_join_option: Option<&'static str>,
    /// Initial member (repeat; at most 100; not for AVChatRoom)
    #[arg(long = "member", value_name = "USERID")]
    pub members: Vec<String>,
}

pub fn request(args: &CreateArgs) -> Result<CreateGroupRequest, Error> {
    let usage = |e: String| Error::usage(e);
    if !args.kind.can_create() {
        return Err(Error::usage(format!(
            "{} is a list filter only; create Public, Private, ChatRoom, AVChatRoom or Community groups",
            args.kind
        )));
    }
    rules::check_name(&args.name).map_err(usage)?;
    let texts = args.texts.checked()?;
    if let Some(id) = &args.group_id {
        rules::check_custom_id(id, args.kind).map_err(|e| usage(format!("--id `{id}`: {e}")))?;
    }
    if let Some(owner) = &args.owner {
        user_id::validate(owner).map_err(|e| usage(format!("--owner `{owner}`: {e}")))?;
    }
    if !args.members.is_empty() && !args.kind.manages_members() {
        return Err(Error::usage(format!(
            "{} groups take no members at creation (members join through the SDK)",
            args.kind
        )));
    }
    if args.members.len() > CREATE_MEMBERS_MAX {
        return Err(Error::usage(format!(
            "at most {CREATE_MEMBERS_MAX} --member at creation; add the rest with `imctl group members add`"
        )));
    }
    for m in &args.members {
        user_id::validate(m).map_err(|e| usage(format!("--member `{m}`: {e}")))?;
    }
    if args.apply_join_option.is_some() && !args.kind.takes_join_option() {
        return Err(Error::usage(
            "--apply-join-option does not apply to Community groups",
        ));
    }
    Ok(CreateGroupRequest {
        owner_account: args.owner.clone(),
        group_type: args.kind.as_str().into(),
        group_id: args.group_id.clone(),
        name: args.name.clone(),
        texts,
        max_member_count: args.max_members,
        apply_join_option: args.apply_join_option.map(String::from),
        member_list: args
            .members
            .iter()
            .map(|m| NewMember {
                member_account: m.clone(),
                ..NewMember::default()
            })
            .collect(),
        ..CreateGroupRequest::default()
    })
}

pub fn run(ctx: &mut Ctx, args: &CreateArgs) -> Result<Exit, Error> {
    let req = request(args)?;
    let rest = Rest::open(ctx)?;
    let Some(answer) = call::<CreateGroup>(ctx, &rest, &req, &[])? else {
        return Ok(Exit::Ok);
    };
    let id = answer.group_id.clone();
    ctx.out.object(&json!({ "GroupId": id }), || id.clone())?;
    Ok(Exit::Ok)
}
