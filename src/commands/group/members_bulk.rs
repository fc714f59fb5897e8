//! `imctl group members add|remove`: many members through the bulk engine, with the same reader
//! (a CSV with a `UserID` header, JSONL, or one ID a line), bad-row, `--failures`, checkpoint and
//! `--resume` rules as `account import`. Requests carry 20 members by default — the smallest of
//! the documented 20/100/300 (spec §13) — unless `--batch-size` raises it. Each row gets its
//! true outcome: added, already a member (`Result` 2), duplicate of an earlier line, removed,
//! not a member (`get_role_in_group` first: `delete_group_member` succeeds for anyone).

use clap::Args;
use serde_json::Value;

use super::checked_group;
use crate::api::client::Client;
use crate::api::wire::group::{
    AddGroupMember, AddGroupMemberRequest, DeleteGroupMember, DeleteGroupMemberRequest,
    GetRoleInGroup, GetRoleInGroupRequest, MemberAccount, ADD_ADDED, ADD_ALREADY_MEMBER,
    ADD_WAITING, ROLE_NOT_MEMBER, ROLE_OWNER,
};
use crate::api::wire::{self, Endpoint};
use crate::bulk::operation::BatchFuture;
use crate::bulk::{EndpointOp, ItemResult, Operation, Record};
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

/// `add_group_member` for one group: added, already a member (`Result` 2), waiting for
/// approval (3), or not added (0); a member listed twice is a duplicate, sent once.
fn add_op(group: String, silent: bool) -> EndpointOp<AddGroupMember> {
    let target = group.clone();
    let mut op = EndpointOp::<AddGroupMember>::new(
        "group-members-add",
        ADD_MEMBERS_DOCUMENTED_MAX,
        move |records| AddGroupMemberRequest {
            group_id: group.clone(),
            silence: silent.then_some(1),
            member_list: records
                .iter()
                .map(|r| MemberAccount {
                    member_account: r.user.clone(),
                })
                .collect(),
        },
        |records, _, answer| {
            let by_user: std::collections::HashMap<&str, u8> = answer
                .member_list
                .iter()
                .map(|m| (m.member_account.as_str(), m.result))
                .collect();
            records
                .iter()
                .map(|r| match by_user.get(r.user.as_str()) {
                    Some(&ADD_ADDED) => ItemResult::Done(None),
                    Some(&ADD_ALREADY_MEMBER) => ItemResult::Unchanged("already a member".into()),
                    Some(&ADD_WAITING) => ItemResult::Unchanged("waiting for approval".into()),
                    Some(_) => ItemResult::Failed {
                        code: None,
                        reason: "not added (Result 0): not an imported account, or refused".into(),
                    },
                    None => ItemResult::Failed {
                        code: None,
                        reason: "the answer did not mention this member".into(),
                    },
                })
                .collect()
        },
    );
    op.target = Some(target);
    op.dedup = true;
    op.explain = super::group_failure;
    op
}

/// `delete_group_member` for one group, after `get_role_in_group`: a user who is not a
/// member is "not a member" (the delete would succeed for them too), the owner is refused
/// (the service refuses a request naming the owner whole).
pub struct RemoveMembers {
    pub group: String,
    pub silent: bool,
    pub reason: Option<String>,
}

impl Operation for RemoveMembers {
    fn name(&self) -> &'static str {
        "group-members-remove"
    }

    fn target(&self) -> Option<String> {
        Some(self.group.clone())
    }

    fn dedup(&self) -> bool {
        true
    }

    fn explain(&self, code: i64, info: String) -> String {
        super::group_failure(code, info)
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

    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            let ids: Vec<&str> = records.iter().map(|r| r.user.as_str()).collect();
            let probe = GetRoleInGroupRequest {
                group_id: self.group.clone(),
                user_account: ids.iter().map(|s| s.to_string()).collect(),
            };
            let answer = client
                .call(
                    GetRoleInGroup::SERVICE,
                    GetRoleInGroup::COMMAND,
                    &wire::body::<GetRoleInGroup>(&probe),
                    &ids,
                )
                .await?;
            let roles = wire::parse::<GetRoleInGroup>(answer)?;
            let role = |user: &str| {
                roles
                    .user_id_list
                    .iter()
                    .find(|u| u.member_account == user)
                    .map(|u| u.role.as_str())
            };
            let mut results: Vec<Option<ItemResult>> = records
                .iter()
                .map(|r| match role(&r.user) {
                    Some(ROLE_NOT_MEMBER) => Some(ItemResult::Unchanged("not a member".into())),
                    Some(ROLE_OWNER) => Some(ItemResult::Failed {
                        code: None,
                        reason: "owns the group: hand it over first (imctl group transfer)".into(),
                    }),
                    _ => None,
                })
                .collect();
            let members: Vec<Record> = records
                .iter()
                .zip(&results)
                .filter(|(_, r)| r.is_none())
                .map(|(rec, _)| rec.clone())
                .collect();
            if !members.is_empty() {
                let member_ids: Vec<&str> = members.iter().map(|r| r.user.as_str()).collect();
                let answer = client
                    .call(
                        DeleteGroupMember::SERVICE,
                        DeleteGroupMember::COMMAND,
                        &self.body(&members),
                        &member_ids,
                    )
                    .await?;
                let mut removed = self.results(&members, answer)?.into_iter();
                for slot in results.iter_mut().filter(|r| r.is_none()) {
                    *slot = removed.next();
                }
            }
            Ok(results
                .into_iter()
                .map(|r| r.unwrap_or_else(crate::bulk::operation::missing_from_answer))
                .collect())
        })
    }
}

pub fn add(ctx: &mut Ctx, args: &AddArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?.to_string();
    let input = args.bulk.input(&args.users)?;
    let mut opts = args.bulk.options(ctx.global.dry_run);
    opts.batch_size = Some(opts.batch_size.unwrap_or(ADD_MEMBERS_BATCH));
    bulk_args::run(
        ctx,
        input,
        add_op(group, args.silent),
        opts,
        Presentation {
            columns: Vec::new(),
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
