//! The difference between the desired state and the current one, in apply's order: accounts,
//! profiles, groups, owners, members, roles, then removals (only with `--prune`). What the file
//! asks and the service cannot do (a new `Type`, a member who does not exist) is an error
//! naming the file's line (exit 2), never a silent workaround.

use std::collections::{BTreeMap, HashSet};

use serde_json::{Map, Value};

use super::current::{Current, GroupNow};
use super::model::{Desired, Group};
use super::plan::{Change, Kind, Plan};
use crate::domain::profile_fields;
use crate::error::Error;

/// What a plan needs read: every referenced account, the profile tags each declares, every
/// declared group and whether its members matter (only when its membership is managed).
pub fn wanted(desired: &Desired) -> super::current::Wanted {
    let tags = desired
        .accounts
        .iter()
        .filter(|a| !a.profile.is_empty())
        .map(|a| (a.user_id.clone(), a.profile.keys().cloned().collect()))
        .collect();
    let groups = desired
        .groups
        .iter()
        .map(|g| (g.group_id.clone(), g.members.is_some() && !g.absent))
        .collect();
    super::current::Wanted {
        accounts: desired.referenced_users(),
        tags,
        groups,
    }
}

/// The plan, or every problem as `FILE:LINE: reason` (exit 2).
pub fn diff(desired: &Desired, now: &Current, prune: bool) -> Result<Plan, Error> {
    let mut plan = Plan::default();
    let mut problems = Vec::new();
    let mut removals = Vec::new();
    let declared: HashSet<&str> = desired
        .accounts
        .iter()
        .filter(|a| !a.absent)
        .map(|a| a.user_id.as_str())
        .collect();
    let exists = |u: &str| now.exists.get(u).copied().unwrap_or(false);

    // Accounts and profiles.
    let mut profile_changes = Vec::new();
    for a in &desired.accounts {
        if a.absent {
            if exists(&a.user_id) {
                if prune {
                    removals.push(Change::account(Kind::Remove, &a.user_id));
                } else {
                    plan.notes.push(format!(
                        "account {} is declared Absent: removed only with --prune",
                        a.user_id
                    ));
                }
            }
            continue;
        }
        if !exists(&a.user_id) {
            let mut add = Change::account(Kind::Add, &a.user_id);
            if !a.profile.is_empty() {
                add.to = Value::Object(a.profile.clone().into_iter().collect());
            }
            plan.changes.push(add);
            continue;
        }
        let values = now.profiles.get(&a.user_id);
        for (tag, want) in &a.profile {
            let have = values
                .and_then(|v| v.get(tag).cloned())
                .or_else(|| profile_fields::default_value(tag))
                .unwrap_or(Value::Null);
            if &have != want {
                profile_changes.push(Change::account(Kind::Change, &a.user_id).field(
                    tag,
                    have,
                    want.clone(),
                ));
            }
        }
    }
    plan.changes.extend(profile_changes);

    // Groups, owners, members, roles.
    let (mut fields, mut owners, mut adds, mut roles) = (vec![], vec![], vec![], vec![]);
    for g in &desired.groups {
        let have = now.groups.get(&g.group_id).cloned().flatten();
        if g.absent {
            match (have, prune) {
                (Some(_), true) => removals.push(Change::group(Kind::Remove, &g.group_id)),
                (Some(_), false) => plan.notes.push(format!(
                    "group {} is declared Absent: disbanded only with --prune",
                    g.group_id
                )),
                (None, _) => {}
            }
            continue;
        }
        for user in g
            .owner
            .iter()
            .chain(g.members.iter().flatten())
            .chain(&g.admins)
        {
            if !declared.contains(user.as_str()) && !exists(user) {
                let key = if g.owner.as_deref() == Some(user) {
                    "Owner".to_string()
                } else if g.admins.contains(user) {
                    format!("admin:{user}")
                } else {
                    format!("member:{user}")
                };
                problems.push(format!(
                    "{}: `{user}` (group `{}`) is neither declared as an [[Account]] nor an existing account",
                    g.line_of(&key),
                    g.group_id
                ));
            }
        }
        let Some(have) = have else {
            match create(g) {
                Ok(change) => plan.changes.push(change),
                Err(e) => problems.push(e),
            }
            let roles_wanted = g.roles().unwrap_or_default();
            for (user, role) in roles_wanted.iter().filter(|(_, r)| **r != "Owner") {
                let mut add = Change::member(Kind::Add, &g.group_id, user);
                add.to = Value::from(*role);
                adds.push(add);
            }
            continue;
        };
        if let Some(kind) = &g.kind {
            if *kind != have.kind {
                problems.push(format!(
                    "{}: group `{}` is {} in the app; the service cannot change a group's Type \
                     (disband and create it yourself, or write Type = \"{}\")",
                    g.line_of("Type"),
                    g.group_id,
                    have.kind,
                    have.kind
                ));
                continue;
            }
        }
        for (field, want) in g.base_fields() {
            let current = have
                .fields
                .get(field)
                .cloned()
                .unwrap_or_else(|| match want {
                    Value::String(_) => Value::from(""),
                    _ => Value::Null,
                });
            if current != want {
                fields.push(Change::group(Kind::Change, &g.group_id).field(field, current, want));
            }
        }
        let members = projected(g, &have, &mut owners);
        member_changes(
            g,
            members,
            prune,
            &mut plan,
            &mut adds,
            &mut roles,
            &mut removals,
        );
    }
    if !problems.is_empty() {
        return Err(Error::usage(problems.join("\n")));
    }
    plan.changes.extend(fields);
    plan.changes.extend(owners);
    plan.changes.extend(adds);
    plan.changes.extend(roles);
    // Members leave before groups are disbanded and accounts deleted.
    removals.sort_by_key(|c| match c.resource {
        super::plan::Resource::Member => 0,
        super::plan::Resource::Group => 1,
        super::plan::Resource::Account => 2,
    });
    plan.changes.extend(removals);
    Ok(plan)
}

/// `+ group`: the declared fields as `create_group` names them; Type and Name are required.
fn create(g: &Group) -> Result<Change, String> {
    let (Some(kind), Some(name)) = (&g.kind, &g.name) else {
        return Err(format!(
            "{}: group `{}` does not exist: Type and Name are needed to create it",
            g.at, g.group_id
        ));
    };
    let mut to = Map::new();
    to.insert("Type".into(), Value::from(kind.as_str()));
    to.insert("Name".into(), Value::from(name.as_str()));
    for (field, value) in g.base_fields() {
        let field = if field == "MaxMemberNum" {
            "MaxMemberCount"
        } else {
            field
        };
        to.entry(field).or_insert(value);
    }
    if let Some(owner) = &g.owner {
        to.insert("Owner_Account".into(), Value::from(owner.as_str()));
    }
    let mut change = Change::group(Kind::Add, &g.group_id);
    change.to = Value::Object(to);
    Ok(change)
}

/// The members as they will be once a declared owner took over (the old owner stays on as a
/// Member, as the service does); records the owner change.
fn projected(g: &Group, have: &GroupNow, owners: &mut Vec<Change>) -> BTreeMap<String, String> {
    let mut members = have.members.clone().unwrap_or_default();
    if let Some(owner) = &g.owner {
        if *owner != have.owner {
            owners.push(Change::group(Kind::Change, &g.group_id).field(
                "Owner",
                if have.owner.is_empty() {
                    Value::Null
                } else {
                    Value::from(have.owner.as_str())
                },
                Value::from(owner.as_str()),
            ));
            if !have.owner.is_empty() {
                members.insert(have.owner.clone(), "Member".into());
            }
            members.insert(owner.clone(), "Owner".into());
        }
    }
    members
}

fn member_changes(
    g: &Group,
    members: BTreeMap<String, String>,
    prune: bool,
    plan: &mut Plan,
    adds: &mut Vec<Change>,
    roles: &mut Vec<Change>,
    removals: &mut Vec<Change>,
) {
    let Some(wanted) = g.roles() else {
        return;
    };
    for (user, role) in &wanted {
        match members.get(user) {
            None if *role != "Owner" => {
                let mut add = Change::member(Kind::Add, &g.group_id, user);
                add.to = Value::from(*role);
                adds.push(add);
            }
            Some(have) if have == "Owner" && *role != "Owner" => plan.notes.push(format!(
                "member {}/{user} owns the group: declare Owner to hand it over",
                g.group_id
            )),
            Some(have) if have != role && *role != "Owner" => {
                roles.push(Change::member(Kind::Change, &g.group_id, user).field(
                    "Role",
                    Value::from(have.as_str()),
                    Value::from(*role),
                ))
            }
            _ => {}
        }
    }
    let extra: Vec<(&String, &String)> = members
        .iter()
        .filter(|(u, r)| !wanted.contains_key(*u) && r.as_str() != "Owner")
        .collect();
    if prune {
        for (user, role) in extra {
            let mut rm = Change::member(Kind::Remove, &g.group_id, user);
            rm.from = Value::from(role.as_str());
            removals.push(rm);
        }
    } else if !extra.is_empty() {
        plan.notes.push(format!(
            "group {}: {} member(s) not in the file, removed only with --prune",
            g.group_id,
            extra.len()
        ));
    }
}

#[cfg(test)]
mod tests;
