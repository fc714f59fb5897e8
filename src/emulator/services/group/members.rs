//! Members: add, remove, read, change (role, name card, mute), and mute many at once.

use super::*;
use crate::domain::codes;

impl Groups {
    pub(super) fn add_members(
        &self,
        body: &Value,
        now: i64,
        exists: &dyn Fn(&str) -> bool,
    ) -> Reply {
        let id = req_str(body, "GroupId")?;
        let list = body
            .get("MemberList")
            .and_then(Value::as_array)
            .filter(|l| !l.is_empty())
            .ok_or_else(|| bad("MemberList is required (a non-empty array)"))?;
        if list.len() > ADD_MEMBERS_DOCUMENTED_MAX {
            return Err((
                codes::GROUP_TOO_MANY_ACCOUNTS,
                format!("at most {ADD_MEMBERS_DOCUMENTED_MAX} members a request"),
            ));
        }
        let accounts: Vec<&str> = list
            .iter()
            .map(|item| req_str(item, "Member_Account"))
            .collect::<Result<_, _>>()?;
        let known: Vec<bool> = accounts.iter().map(|a| exists(a)).collect();
        if !known.iter().any(|k| *k) {
            return Err((
                codes::GROUP_USERID_NOT_FOUND,
                "none of the UserIDs is an imported account".into(),
            ));
        }
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        let kind = group.kind();
        if !kind.manages_members() {
            return Err((
                codes::GROUP_NO_PERMISSION,
                format!("members of {kind} groups cannot be added by REST"),
            ));
        }
        let mut fresh: Vec<&str> = Vec::new();
        for (account, known) in accounts.iter().zip(&known) {
            if *known && group.member(account).is_none() && !fresh.contains(account) {
                fresh.push(account);
            }
        }
        if let Some(max) = group.max_members {
            if group.members.len() + fresh.len() > max as usize {
                return Err((
                    codes::GROUP_FULL,
                    format!(
                        "the group is full: {} of {max} members, {} more asked",
                        group.members.len(),
                        fresh.len()
                    ),
                ));
            }
        }
        let mut results = Vec::new();
        let mut added: Vec<&str> = Vec::new();
        for (account, known) in accounts.iter().zip(known) {
            let result = if !known {
                0
            } else if added.contains(account) || group.member(account).is_some() {
                2
            } else {
                group.push_member(new_member(account, "Member", now));
                added.push(account);
                1
            };
            results.push(json!({ "Member_Account": account, "Result": result }));
        }
        if !added.is_empty() {
            self.persist(&inner, &[id], None)?;
        }
        Ok(json!({ "MemberList": results }))
    }

    pub(super) fn delete_members(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let accounts = str_list(body, "MemberToDel_Account")?;
        if accounts.is_empty() {
            return Err(bad("MemberToDel_Account is empty"));
        }
        if accounts.len() > DELETE_MEMBERS_DOCUMENTED_MAX {
            return Err((
                codes::GROUP_TOO_MANY_ACCOUNTS,
                format!("at most {DELETE_MEMBERS_DOCUMENTED_MAX} members a request"),
            ));
        }
        text_field(body, "Reason", 256)?;
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        if !group.kind().manages_members() {
            return Err(bad(format!(
                "members of {} groups cannot be removed by REST",
                group.kind
            )));
        }
        if !group.owner.is_empty() && accounts.contains(&group.owner.as_str()) {
            return Err(bad(format!(
                "`{}` owns the group: transfer it first (change_group_owner)",
                group.owner
            )));
        }
        if group.remove_members(&accounts) > 0 {
            self.persist(&inner, &[id], None)?;
        }
        Ok(json!({}))
    }

    /// `get_role_in_group`: each user's role, `NotMember` for the others (spec §4.13).
    pub(super) fn roles(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let accounts = str_list(body, "User_Account")?;
        if accounts.is_empty() {
            return Err(bad("User_Account is empty"));
        }
        if accounts.len() > 500 {
            return Err((
                codes::GROUP_TOO_MANY_ACCOUNTS,
                "at most 500 accounts a request".into(),
            ));
        }
        let inner = self.lock();
        let group = inner.groups.get(id).ok_or_else(|| gone(id))?;
        if group.kind() == GroupType::AVChatRoom {
            return Err((
                codes::GROUP_NO_PERMISSION,
                "AVChatRoom: use get_group_member_info".into(),
            ));
        }
        let list: Vec<Value> = accounts
            .iter()
            .map(|a| {
                let role = group.member(a).map_or("NotMember", |m| m.role.as_str());
                json!({"Member_Account": a, "Role": role})
            })
            .collect();
        Ok(json!({ "UserIdList": list }))
    }

    pub(super) fn member_info(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let limit = opt_u64(body, "Limit")?;
        if limit.is_some_and(|l| l > MEMBER_INFO_LIMIT_MAX) {
            return Err(bad(format!("Limit is at most {MEMBER_INFO_LIMIT_MAX}")));
        }
        let roles = match body.get("MemberRoleFilter") {
            Some(_) => Some(str_list(body, "MemberRoleFilter")?),
            None => None,
        };
        let fields: Option<Vec<String>> = body
            .get("MemberInfoFilter")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            });
        let inner = self.lock();
        let group = inner.groups.get(id).ok_or_else(|| gone(id))?;
        let community = group.kind() == GroupType::Community;
        let offset = if community {
            match opt_str(body, "Next")? {
                None | Some("") => 0,
                Some(n) => n
                    .parse::<usize>()
                    .map_err(|_| bad("Next is not one we gave"))?,
            }
        } else {
            opt_u64(body, "Offset")?.unwrap_or(0) as usize
        };
        let selected: Vec<&Member> = group
            .members
            .iter()
            .filter(|m| roles.as_ref().is_none_or(|r| r.contains(&m.role.as_str())))
            .collect();
        let take = limit.map_or(selected.len(), |l| l as usize);
        let page: Vec<Value> = selected
            .iter()
            .skip(offset)
            .take(take)
            .map(|m| member_json(m, fields.as_deref()))
            .collect();
        let mut out = json!({ "MemberNum": group.members.len(), "MemberList": page });
        if community {
            let end = offset + take;
            out["Next"] = json!(if end < selected.len() {
                end.to_string()
            } else {
                String::new()
            });
        }
        Ok(out)
    }

    pub(super) fn modify_member(&self, body: &Value, now: i64) -> Reply {
        let id = req_str(body, "GroupId")?;
        let account = req_str(body, "Member_Account")?;
        let role = opt_str(body, "Role")?;
        if let Some(r) = role {
            if r != "Admin" && r != "Member" {
                return Err(bad(format!(
                    "Role `{r}`: Admin or Member (use change_group_owner for Owner)"
                )));
            }
        }
        let flag = opt_str(body, "MsgFlag")?;
        if let Some(f) = flag {
            if !rules::MSG_FLAGS.contains(&f) {
                return Err(bad(format!(
                    "MsgFlag `{f}` is not one of {:?}",
                    rules::MSG_FLAGS
                )));
            }
        }
        let card = text_field(body, "NameCard", NAME_CARD_MAX)?;
        let mute = opt_u64(body, "MuteTime")?.or(opt_u64(body, "ShutUpTime")?);
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        let kind = group.kind();
        if role.is_some() && !kind.manages_members() {
            return Err((
                codes::GROUP_NO_PERMISSION,
                format!("{kind} groups have no admins"),
            ));
        }
        let member = group
            .member_mut(account)
            .ok_or_else(|| bad(format!("`{account}` is not a member of the group")))?;
        if let Some(r) = role {
            if member.role == "Owner" {
                return Err(bad("the owner's role changes only with change_group_owner"));
            }
            member.role = r.into();
        }
        if let Some(f) = flag {
            member.msg_flag = f.into();
        }
        if let Some(c) = card {
            member.name_card = c.into();
        }
        if let Some(s) = mute {
            member.mute_until = mute_until(now, s);
        }
        self.persist(&inner, &[id], None)?;
        Ok(json!({}))
    }

    pub(super) fn forbid(&self, body: &Value, now: i64) -> Reply {
        let id = req_str(body, "GroupId")?;
        let accounts = str_list(body, "Members_Account")?;
        if accounts.is_empty() {
            return Err(bad("Members_Account is empty"));
        }
        if accounts.len() > MUTE_BATCH {
            return Err((
                codes::GROUP_TOO_MANY_ACCOUNTS,
                format!("at most {MUTE_BATCH} accounts a request"),
            ));
        }
        let seconds = opt_u64(body, "MuteTime")?
            .or(opt_u64(body, "ShutUpTime")?)
            .ok_or_else(|| bad("MuteTime is required"))?;
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        if let Some(a) = accounts.iter().find(|a| group.member(a).is_none()) {
            return Err(bad(format!("`{a}` is not a member of the group")));
        }
        for a in &accounts {
            if let Some(m) = group.member_mut(a) {
                m.mute_until = mute_until(now, seconds);
            }
        }
        self.persist(&inner, &[id], None)?;
        Ok(json!({}))
    }
}
