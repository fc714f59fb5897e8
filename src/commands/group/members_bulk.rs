//! `imctl group members add|remove`: many members through the bulk engine, with the same reader
//! (a CSV with a `UserID` header, JSONL, or one ID a line), bad-row, `--failures`, checkpoint and
//! `--resume` rules as `account import`. Requests carry 20 members by default — the smallest of
//! the documented 20/100/300 (spec §13) — unless `--batch-size` raises it. A member who was
//! already in the group is listed as such (`Result` 2), not counted as a failure.

use clap::Args;
use serde_json::{json, Value};

use super::checked_group;
use crate::api::wire::group::{
    AddGroupMember, AddGroupMemberRequest, DeleteGroupMember, DeleteGroupMemberRequest,
    MemberAccount, ADD_ADDED, ADD_ALREADY_MEMBER, ADD_WAITING,
};
use crate::api::wire::{self, Endpoint};
use crate::bulk::{ItemResult, Operation, Record};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::group::{
    ADD_MEMBERS_BATCH, ADD_MEMBERS_DOCUMENTED_MAX, DELETE_MEMBERS_BATCH,
    DELETE_MEMBERS_DOCUMENTED_MAX,
};
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct AddArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// UserIDs to add
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    /// No system notification to the group (Silence 1)
    #[arg(long)]
    pub silent: bool,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// UserIDs to remove
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    /// No system notification to the group (Silence 1)
    #[arg(long)]
    pub silent: bool,
    /// Why they were removed (shown to them)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

/// `add_group_member` for one group.
pub struct AddMembers {
    pub group: String,
    pub silent: bool,
}

impl Operation for AddMembers {
    fn name(&self) -> &'static str {
        "group-members-add"
    }

    fn max_batch(&self) -> usize {
        ADD_MEMBERS_DOCUMENTED_MAX
    }

    fn endpoint(&self) -> (&'static str, &'static str) {
        (AddGroupMember::SERVICE, AddGroupMember::COMMAND)
    }

    fn body(&self, records: &[Record]) -> Value {
        wire::body::<AddGroupMember>(&AddGroupMemberRequest {
            group_id: self.group.clone(),
            silence: self.silent.then_some(1),
            member_list: records
                .iter()
                .map(|r| MemberAccount {
                    member_account: r.user.clone(),
                })
                .collect(),
        })
    }

    fn results(&self, records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
        let answer = wire::parse::<AddGroupMember>(answer)?;
        let by_user: std::collections::HashMap<&str, u8> = answer
            .member_list
            .iter()
            .map(|m| (m.member_account.as_str(), m.result))
            .collect();
        Ok(records
            .iter()
            .map(|r| match by_user.get(r.user.as_str()) {
                Some(&ADD_ADDED) => ItemResult::Done(None),
                Some(&result @ (ADD_ALREADY_MEMBER | ADD_WAITING)) => {
                    ItemResult::Done(Some(json!({
                        "GroupId": self.group,
                        "Member_Account": r.user,
                        "Result": result,
                        "ResultInfo": if result == ADD_ALREADY_MEMBER {
                            "already a member"
                        } else {
                            "waiting for approval"
                        },
                    })))
                }
                Some(_) => ItemResult::Failed {
                    code: None,
                    reason: "not added (Result 0): not an imported account, or refused".into(),
                },
                None => ItemResult::Failed {
                    code: None,
                    reason: "the answer did not mention this member".into(),
                },
            })
            .collect())
    }
}

/// `delete_group_member` for one group: a user who was not a member counts as removed.
pub struct RemoveMembers {
    pub group: String,
    pub silent: bool,
    pub reason: Option<String>,
}

impl Operation for RemoveMembers {
    fn name(&self) -> &'static str {
        "group-members-remove"
    }

    fn max_batch(&self) -> usize {
        DELETE_MEMBERS_DOCUMENTED_MAX
    }

    fn endpoint(&self) -> (&'static str, &'static str) {
        (DeleteGroupMember::SERVICE, DeleteGroupMember::COMMAND)
    }

    fn body(&self, records: &[Record]) -> Value {
        wire::body::<DeleteGroupMember>(&DeleteGroupMemberRequest {
            group_id: self.group.clone(),
            silence: self.silent.then_some(1),
            reason: self.reason.clone(),
            member_to_del_account: records.iter().map(|r| r.user.clone()).collect(),
        })
    }

    fn results(&self, records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
        wire::parse::<DeleteGroupMember>(answer)?;
        Ok(vec![ItemResult::Done(None); records.len()])
    }
}

const EXCEPTION_COLUMNS: [&str; 4] = ["GroupId", "Member_Account", "Result", "ResultInfo"];

pub fn add(ctx: &mut Ctx, args: &AddArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?.to_string();
    let input = args.bulk.input(&args.users)?;
    let mut opts = args.bulk.options(ctx.global.dry_run);
    opts.batch_size = Some(opts.batch_size.unwrap_or(ADD_MEMBERS_BATCH));
    bulk_args::run(
        ctx,
        input,
        AddMembers {
            group,
            silent: args.silent,
        },
        opts,
        Presentation {
            columns: EXCEPTION_COLUMNS.map(String::from).to_vec(),
            verb: "added",
            noun: "member(s)",
        },
    )
}

pub fn remove(ctx: &mut Ctx, args: &RemoveArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?.to_string();
    let input = args.bulk.input(&args.users)?;
    if !ctx.global.dry_run {
        let what = match &args.bulk.file {
            Some(path) => format!("every member listed in {}", path.display()),
            None => format!("{} member(s): {}", args.users.len(), args.users.join(", ")),
        };
        ctx.confirm(&format!("Remove {what} from {group}?"))?;
    }
    let mut opts = args.bulk.options(ctx.global.dry_run);
    opts.batch_size = Some(opts.batch_size.unwrap_or(DELETE_MEMBERS_BATCH));
    bulk_args::run(
        ctx,
        input,
        RemoveMembers {
            group,
            silent: args.silent,
            reason: args.reason.clone(),
        },
        opts,
        Presentation {
            columns: Vec::new(),
            verb: "removed",
            noun: "member(s)",
        },
    )
}
