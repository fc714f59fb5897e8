//! `imctl group members muted GROUP`: who is muted and until when (`get_group_muted_account`;
//! an answer in the legacy `ShuttedUinList` form is read too).

use clap::Args;
use serde_json::{json, Value};

use super::checked_group;
use crate::api::wire::group::{GetGroupMutedAccount, GetGroupMutedAccountRequest};
use crate::commands::call;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct MutedArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// Only this topic's muted members (topic-enabled Communities)
    #[arg(long, value_name = "TOPIC")]
    pub topic: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: &MutedArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let req = GetGroupMutedAccountRequest {
        group_id: group.into(),
        topic_id: args.topic.clone(),
    };
    let rest = Rest::open(ctx)?;
    let Some(answer) = call::<GetGroupMutedAccount>(ctx, &rest, &req, &[group])? else {
        return Ok(Exit::Ok); // --dry-run
    };
    let row = |account: &str, until: i64| json!({"Member_Account": account, "MutedUntil": until});
    let rows: Vec<Value> = match (&answer.muted_account_list, &answer.shutted_uin_list) {
        (Some(list), _) => list
            .iter()
            .map(|m| row(&m.member_account, m.muted_until))
            .collect(),
        (None, Some(list)) => list
            .iter()
            .map(|m| row(&m.member_account, m.shutted_until))
            .collect(),
        (None, None) => Vec::new(),
    };
    if rows.is_empty() {
        ctx.out.status(&format!("nobody is muted in {group}"));
    }
    ctx.out.rows(&["Member_Account", "MutedUntil"], &rows)?;
    Ok(Exit::Ok)
}
