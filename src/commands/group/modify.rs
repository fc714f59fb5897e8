//! `imctl group modify GROUP`: `modify_group_base_info` with the console's limits checked first.

use clap::Args;

use super::checked_group;
use super::texts::TextArgs;
use crate::api::wire::group::{ModifyGroupBaseInfo, ModifyGroupBaseInfoRequest};
use crate::commands::call;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::group as rules;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct ModifyArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// New name (at most 30 bytes)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub texts: TextArgs,
    /// Maximum members (ignored for AVChatRoom)
    #[arg(long, value_name = "N")]
    pub max_members: Option<u32>,
    /// FreeAccess, NeedPermission or DisableApply
    #[arg(long, value_name = "OPTION", value_parser = rules::parse_join_option)]
    pub apply_join_option: Option<&'static str>,
    /// Mute every member but the owner and admins: on or off
    #[arg(long, value_name = "on|off", value_parser = ["on", "off"])]
    pub mute_all: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: &ModifyArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    if let Some(name) = &args.name {
        rules::check_name(name).map_err(Error::usage)?;
    }
    let texts = args.texts.checked()?;
    let req = ModifyGroupBaseInfoRequest {
        group_id: group.into(),
        name: args.name.clone(),
        texts,
        max_member_num: args.max_members,
        apply_join_option: args.apply_join_option.map(String::from),
        mute_all_member: args
            .mute_all
            .as_deref()
            .map(|v| if v == "on" { "On" } else { "Off" }.to_string()),
        app_defined_data: Vec::new(),
    };
    let body = serde_json::to_value(&req).unwrap_or_default();
    if body.as_object().is_some_and(|o| o.len() == 1) {
        return Err(Error::usage(
            "nothing to change: give --name, --intro, --notice, --face-url, --max-members, --apply-join-option or --mute-all",
        ));
    }
    let rest = Rest::open(ctx)?;
    if call::<ModifyGroupBaseInfo>(ctx, &rest, &req, &[group])?.is_none() {
        return Ok(Exit::Ok);
    }
    ctx.out.done(&body, &format!("modified {group}"))?;
    Ok(Exit::Ok)
}
