//! A plan as the write jobs of each stage, in dependency order: accounts → profiles → groups
//! (create, then modify) → owners (the new owner joins, then takes over) → members → roles →
//! removals (members, groups, accounts). A new group carries up to 100 of its members in
//! `create_group` (with their Admin role), so most members of new groups cost no extra call.
//! Items whose parent failed in an earlier stage are left for the next apply.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::{json, Map, Value};

use super::steps::{self, Step, Tally};
use crate::api::wire::account::{AccountDelete, MultiaccountImport};
use crate::api::wire::group::{
    AddGroupMember, ChangeGroupOwner, CreateGroup, DeleteGroupMember, DestroyGroup,
    ModifyGroupBaseInfo, ModifyGroupMemberInfo,
};
use crate::api::wire::profile::PortraitSet;
use crate::desired::{Change, Current, Kind, Plan, Resource};
use crate::domain::group::{ADD_MEMBERS_BATCH, CREATE_MEMBERS_MAX, DELETE_MEMBERS_BATCH};
use crate::domain::limits::ACCOUNT_BATCH;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Accounts,
    Profiles,
    CreateGroups,
    ModifyGroups,
    OwnerJoins,
    Owners,
    Members,
    Roles,
    RemoveMembers,
    RemoveGroups,
    RemoveAccounts,
}

impl Stage {
    pub const ALL: [Stage; 11] = [
        Stage::Accounts,
        Stage::Profiles,
        Stage::CreateGroups,
        Stage::ModifyGroups,
        Stage::OwnerJoins,
        Stage::Owners,
        Stage::Members,
        Stage::Roles,
        Stage::RemoveMembers,
        Stage::RemoveGroups,
        Stage::RemoveAccounts,
    ];

    /// What the stage does, for the status line before it runs.
    pub fn describe(self) -> &'static str {
        match self {
            Stage::Accounts => "importing accounts (multiaccount_import)",
            Stage::Profiles => "setting profiles (portrait_set)",
            Stage::CreateGroups => "creating groups (create_group)",
            Stage::ModifyGroups => "changing groups (modify_group_base_info)",
            Stage::OwnerJoins => "adding new owners as members (add_group_member)",
            Stage::Owners => "handing groups over (change_group_owner)",
            Stage::Members => "adding members (add_group_member)",
            Stage::Roles => "changing roles (modify_group_member_info)",
            Stage::RemoveMembers => "removing members (delete_group_member)",
            Stage::RemoveGroups => "disbanding groups (destroy_group)",
            Stage::RemoveAccounts => "deleting accounts (account_delete)",
        }
    }
}

type Jobs = Vec<(String, Vec<String>, Step)>;

fn of(plan: &Plan, kind: Kind, resource: Resource) -> impl Iterator<Item = &Change> {
    plan.changes
        .iter()
        .filter(move |c| c.kind == kind && c.resource == resource)
}

fn failed(tally: &Tally, step: &str) -> HashSet<String> {
    tally
        .failed_ids
        .get(step)
        .into_iter()
        .flatten()
        .cloned()
        .collect()
}

/// Member adds that `create_group` carries: the first 100 of each new group, in plan order.
fn carried(plan: &Plan) -> HashMap<String, Vec<(String, String)>> {
    let new: HashSet<&str> = of(plan, Kind::Add, Resource::Group)
        .map(|c| c.id.as_str())
        .collect();
    let mut out: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for c in of(plan, Kind::Add, Resource::Member) {
        let (Some(g), Some(u)) = (&c.group_id, &c.user_id) else {
            continue;
        };
        if new.contains(g.as_str()) {
            let list = out.entry(g.clone()).or_default();
            if list.len() < CREATE_MEMBERS_MAX {
                list.push((u.clone(), c.to.as_str().unwrap_or("Member").to_string()));
            }
        }
    }
    out
}

/// Per-group lists of users, in plan order.
fn by_group<'a>(changes: impl Iterator<Item = &'a Change>) -> BTreeMap<String, Vec<&'a Change>> {
    let mut out: BTreeMap<String, Vec<&Change>> = BTreeMap::new();
    for c in changes {
        if let Some(g) = &c.group_id {
            out.entry(g.clone()).or_default().push(c);
        }
    }
    out
}

fn user(c: &Change) -> String {
    c.user_id.clone().unwrap_or_default()
}

/// The jobs of one stage, given what failed so far.
pub fn jobs(stage: Stage, plan: &Plan, now: &Current, tally: &Tally) -> Jobs {
    let bad_accounts = failed(tally, "accounts");
    let bad_groups = failed(tally, "groups");
    let group_ok = |g: &str| !bad_groups.contains(&format!("group {g}"));
    match stage {
        Stage::Accounts => {
            let ids: Vec<String> = of(plan, Kind::Add, Resource::Account).map(user).collect();
            let import = steps::step::<MultiaccountImport>("accounts", ACCOUNT_BATCH, false, |r| {
                json!({"Accounts": r.iter().map(|r| r.user.clone()).collect::<Vec<_>>()})
            });
            let step: Step = Box::new(steps::with_results(import, steps::fail_accounts));
            vec![("account ".into(), ids, step)]
        }
        Stage::Profiles => {
            let mut values: HashMap<String, Vec<(String, Value)>> = HashMap::new();
            let mut ids = Vec::new();
            for c in plan.changes.iter().filter(|c| c.resource == Resource::Account) {
                let u = user(c);
                let tags: Vec<(String, Value)> = match (c.kind, &c.field, &c.to) {
                    (Kind::Add, _, Value::Object(m)) if !bad_accounts.contains(&format!("account {u}")) => {
                        m.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
                    }
                    (Kind::Change, Some(tag), to) => vec![(tag.clone(), to.clone())],
                    _ => continue,
                };
                if !values.contains_key(&u) {
                    ids.push(u.clone());
                }
                values.entry(u).or_default().extend(tags);
            }
            let step: Step = Box::new(steps::step::<PortraitSet>("profiles", 1, false, steps::portrait_set(values)));
            vec![("account ".into(), ids, step)]
        }
        Stage::CreateGroups => {
            let carried = carried(plan);
            let mut bodies: HashMap<String, Value> = HashMap::new();
            let mut ids = Vec::new();
            for c in of(plan, Kind::Add, Resource::Group) {
                let mut body: Map<String, Value> = c.to.as_object().cloned().unwrap_or_default();
                body.insert("GroupId".into(), Value::from(c.id.as_str()));
                let members: Vec<Value> = carried
                    .get(&c.id)
                    .into_iter()
                    .flatten()
                    .map(|(u, role)| match role.as_str() {
                        "Admin" => json!({"Member_Account": u, "Role": "Admin"}),
                        _ => json!({"Member_Account": u}),
                    })
                    .collect();
                if !members.is_empty() {
                    body.insert("MemberList".into(), Value::Array(members));
                }
                bodies.insert(c.id.clone(), Value::Object(body));
                ids.push(c.id.clone());
            }
            let step: Step = Box::new(steps::step::<CreateGroup>("groups", 1, true, move |r| {
                bodies.get(&r[0].user).cloned().unwrap_or_default()
            }));
            vec![("group ".into(), ids, step)]
        }
        Stage::ModifyGroups => {
            let mut bodies: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
            for c in of(plan, Kind::Change, Resource::Group) {
                match c.field.as_deref() {
                    Some("Owner") | None => continue,
                    Some(field) => {
                        let body = bodies.entry(c.id.clone()).or_default();
                        body.insert("GroupId".into(), Value::from(c.id.as_str()));
                        body.insert(field.into(), c.to.clone());
                    }
                }
            }
            let ids: Vec<String> = bodies.keys().cloned().collect();
            let step: Step = Box::new(steps::step::<ModifyGroupBaseInfo>("groups", 1, true, move |r| {
                Value::Object(bodies.get(&r[0].user).cloned().unwrap_or_default())
            }));
            vec![("group ".into(), ids, step)]
        }
        Stage::OwnerJoins | Stage::Owners => {
            let mut owners: HashMap<String, String> = HashMap::new();
            for c in of(plan, Kind::Change, Resource::Group) {
                if c.field.as_deref() != Some("Owner") {
                    continue;
                }
                let owner = c.to.as_str().unwrap_or_default().to_string();
                let member = matches!(now.groups.get(&c.id), Some(Some(g))
                    if g.members.as_ref().is_some_and(|m| m.contains_key(&owner)));
                if stage == Stage::Owners || !member {
                    owners.insert(c.id.clone(), owner);
                }
            }
            let mut ids: Vec<String> = owners.keys().cloned().collect();
            ids.sort();
            let step: Step = if stage == Stage::OwnerJoins {
                Box::new(steps::step::<AddGroupMember>("owners", 1, true, move |r| {
                    let g = &r[0].user;
                    json!({"GroupId": g, "MemberList": [{"Member_Account": owners.get(g)}]})
                }))
            } else {
                Box::new(steps::step::<ChangeGroupOwner>("owners", 1, true, move |r| {
                    let g = &r[0].user;
                    json!({"GroupId": g, "NewOwner_Account": owners.get(g)})
                }))
            };
            vec![("group ".into(), ids, step)]
        }
        Stage::Members => {
            let carried = carried(plan);
            let groups = by_group(of(plan, Kind::Add, Resource::Member));
            let mut jobs = Jobs::new();
            for (g, changes) in groups {
                let skip: HashSet<&str> = carried
                    .get(&g)
                    .into_iter()
                    .flatten()
                    .map(|(u, _)| u.as_str())
                    .collect();
                let ids: Vec<String> = changes
                    .iter()
                    .map(|c| user(c))
                    .filter(|u| !skip.contains(u.as_str()) && !bad_accounts.contains(&format!("account {u}")))
                    .collect();
                if !group_ok(&g) {
                    continue;
                }
                let group = g.clone();
                let add = steps::step::<AddGroupMember>("members", ADD_MEMBERS_BATCH, false, move |r| {
                    let list: Vec<Value> = r.iter().map(|r| json!({"Member_Account": r.user})).collect();
                    json!({"GroupId": group, "MemberList": list})
                });
                let step: Step = Box::new(steps::with_results(add, steps::add_results));
                jobs.push((format!("member {g}/"), ids, step));
            }
            jobs
        }
        Stage::Roles => {
            let carried = carried(plan);
            let bad_members = failed(tally, "members");
            let mut per_group: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
            for c in &plan.changes {
                let (Some(g), Some(u)) = (&c.group_id, &c.user_id) else {
                    continue;
                };
                let role = c.to.as_str().unwrap_or_default();
                let wanted = match (c.resource, c.kind) {
                    (Resource::Member, Kind::Change) => true,
                    // An Admin added by add_group_member joins as Member first.
                    (Resource::Member, Kind::Add) => {
                        role == "Admin"
                            && !carried.get(g).is_some_and(|l| l.iter().any(|(x, _)| x == u))
                            && !bad_members.contains(&format!("member {g}/{u}"))
                    }
                    _ => false,
                };
                if wanted && group_ok(g) {
                    per_group.entry(g.clone()).or_default().push((u.clone(), role.to_string()));
                }
            }
            per_group
                .into_iter()
                .map(|(g, list)| {
                    let ids = list.iter().map(|(u, _)| u.clone()).collect();
                    let roles: HashMap<String, String> = list.into_iter().collect();
                    let group = g.clone();
                    let step: Step = Box::new(steps::step::<ModifyGroupMemberInfo>("roles", 1, false, move |r| {
                        let u = &r[0].user;
                        json!({"GroupId": group, "Member_Account": u, "Role": roles.get(u)})
                    }));
                    (format!("member {g}/"), ids, step)
                })
                .collect()
        }
        Stage::RemoveMembers => by_group(of(plan, Kind::Remove, Resource::Member))
            .into_iter()
            .map(|(g, changes)| {
                let ids = changes.iter().map(|c| user(c)).collect();
                let group = g.clone();
                let step: Step = Box::new(steps::step::<DeleteGroupMember>("removals", DELETE_MEMBERS_BATCH, false, move |r| {
                    json!({"GroupId": group, "MemberToDel_Account": r.iter().map(|r| r.user.clone()).collect::<Vec<_>>()})
                }));
                (format!("member {g}/"), ids, step)
            })
            .collect(),
        Stage::RemoveGroups => {
            let ids = of(plan, Kind::Remove, Resource::Group).map(|c| c.id.clone()).collect();
            let step: Step = Box::new(steps::step::<DestroyGroup>("removals", 1, true, |r| json!({"GroupId": r[0].user})));
            vec![("group ".into(), ids, step)]
        }
        Stage::RemoveAccounts => {
            let ids = of(plan, Kind::Remove, Resource::Account).map(user).collect();
            let delete = steps::step::<AccountDelete>("removals", ACCOUNT_BATCH, false, |r| {
                json!({"DeleteItem": r.iter().map(|r| json!({"UserID": r.user})).collect::<Vec<_>>()})
            });
            let step: Step = Box::new(steps::with_results(delete, steps::result_items));
            vec![("account ".into(), ids, step)]
        }
    }
}
