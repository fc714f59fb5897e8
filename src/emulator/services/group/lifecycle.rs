//! Groups themselves: list, create, info, modify, disband, the groups a user is in, and a new
//! owner.

use super::*;
use crate::domain::codes;

impl Groups {
    pub(super) fn list(&self, body: &Value) -> Reply {
        let limit = opt_u64(body, "Limit")?.unwrap_or(LIST_PAGE_MAX as u64);
        if limit == 0 || limit > LIST_PAGE_MAX as u64 {
            return Err(bad(format!("Limit must be 1 to {LIST_PAGE_MAX}")));
        }
        let next = opt_u64(body, "Next")?.unwrap_or(0);
        // `""` is no filter, like an absent key: real client libraries send it (spec §4.3).
        let kind = match opt_str(body, "GroupType")?.filter(|t| !t.is_empty()) {
            Some(t) => Some(
                GroupType::ALL
                    .into_iter()
                    .find(|k| k.as_str() == t)
                    .ok_or_else(|| bad(format!("GroupType `{t}` is not a group type")))?,
            ),
            None => None,
        };
        let inner = self.lock();
        let matches = |g: &Group| kind.is_none_or(|k| g.kind() == k);
        let total = inner.groups.values().filter(|g| matches(g)).count();
        let mut ids = Vec::new();
        let mut last = 0;
        let mut more = false;
        for (&seq, id) in inner.order.range(next.saturating_add(1)..) {
            let group = &inner.groups[id];
            if !matches(group) {
                continue;
            }
            if ids.len() as u64 == limit {
                more = true;
                break;
            }
            ids.push(json!({ "GroupId": id }));
            last = seq;
        }
        Ok(json!({
            "TotalCount": total,
            "GroupIdList": ids,
            "Next": if more { last } else { 0 },
        }))
    }

    pub(super) fn create(&self, body: &Value, now: i64, exists: &dyn Fn(&str) -> bool) -> Reply {
        let kind_name = req_str(body, "Type")?;
        let kind = GroupType::parse(kind_name).map_err(bad)?;
        if !kind.can_create() {
            return Err(bad(format!("Type `{kind_name}` cannot be created")));
        }
        let name = req_str(body, "Name")?;
        rules::check_name(name).map_err(bad)?;
        let intro = text_field(body, "Introduction", INTRODUCTION_MAX)?;
        let notice = text_field(body, "Notification", NOTIFICATION_MAX)?;
        let face = text_field(body, "FaceUrl", FACE_URL_MAX)?;
        let owner = opt_str(body, "Owner_Account")?.unwrap_or_default();
        if !owner.is_empty() && !exists(owner) {
            return Err((
                codes::GROUP_USERID_NOT_FOUND,
                format!("Owner_Account `{owner}` is not an imported account"),
            ));
        }
        let plan_max = self.edition.max_members(kind);
        let max_members = match opt_u64(body, "MaxMemberCount")? {
            None | Some(0) => plan_max,
            Some(n) => match plan_max {
                Some(plan) if n > u64::from(plan) => {
                    return Err((
                        codes::MEMBER_COUNT_QUOTA,
                        format!("MaxMemberCount {n} is over this edition's {plan} members a group"),
                    ))
                }
                _ => Some(n as u32).filter(|_| kind != GroupType::AVChatRoom),
            },
        };
        let join = match opt_str(body, "ApplyJoinOption")? {
            Some(_) if !kind.takes_join_option() => {
                return Err(bad("ApplyJoinOption does not apply to Community groups"))
            }
            Some(o) => rules::parse_join_option(o).map_err(bad)?.to_string(),
            None if kind == GroupType::ChatRoom || kind == GroupType::AVChatRoom => {
                "FreeAccess".into()
            }
            None => "NeedPermission".into(),
        };
        let app_data = key_values(body, "AppDefinedData")?;
        if app_data.len() > APP_DATA_KEYS {
            return Err(bad(format!("at most {APP_DATA_KEYS} AppDefinedData keys")));
        }
        let mut new_members: Vec<(String, String)> = Vec::new();
        if let Some(list) = body.get("MemberList") {
            let list = list
                .as_array()
                .ok_or_else(|| bad("MemberList must be an array"))?;
            if !list.is_empty() && !kind.manages_members() {
                return Err((
                    codes::GROUP_NO_PERMISSION,
                    format!("{kind} groups take no MemberList"),
                ));
            }
            if list.len() > CREATE_MEMBERS_MAX {
                return Err((
                    codes::GROUP_TOO_MANY_ACCOUNTS,
                    format!("at most {CREATE_MEMBERS_MAX} members at creation"),
                ));
            }
            for item in list {
                let account = req_str(item, "Member_Account")?;
                if !exists(account) {
                    return Err((
                        codes::GROUP_USERID_NOT_FOUND,
                        format!("`{account}` is not an imported account"),
                    ));
                }
                let role = match opt_str(item, "Role")? {
                    None => "Member",
                    Some("Admin") => "Admin",
                    Some(r) => return Err(bad(format!("Role `{r}`: only Admin may be given"))),
                };
                if account != owner && !new_members.iter().any(|(a, _)| a == account) {
                    new_members.push((account.to_string(), role.to_string()));
                }
            }
        }
        let count = new_members.len() + usize::from(!owner.is_empty());
        if max_members.is_some_and(|m| count as u64 > u64::from(m)) {
            return Err((
                codes::MEMBER_COUNT_QUOTA,
                format!("{count} members exceed the group's limit"),
            ));
        }
        let mut inner = self.lock();
        if let Some(cap) = self.edition.group_cap() {
            if inner.groups.len() >= cap {
                return Err((
                    codes::TRIAL_GROUP_CAP,
                    format!("the Trial edition holds at most {cap} groups"),
                ));
            }
        }
        let day = now.div_euclid(86_400);
        if inner.today.0 != day {
            inner.today = (day, 0);
        }
        if inner.today.1 >= i64::from(self.edition.groups_per_day()) {
            return Err((
                codes::GROUP_RATE_LIMITED,
                format!(
                    "at most {} net new groups a day",
                    self.edition.groups_per_day()
                ),
            ));
        }
        let seq = inner.next_seq;
        let id = match opt_str(body, "GroupId")? {
            Some(id) => {
                rules::check_custom_id(id, kind).map_err(|e| (codes::GROUP_ID_INVALID, e))?;
                if inner.groups.contains_key(id) {
                    return Err((
                        codes::GROUP_ID_USED_BY_YOU,
                        format!("group ID `{id}` is in use: disband it first"),
                    ));
                }
                id.to_string()
            }
            None => generated_id(kind, self.sdkappid, seq),
        };
        let mut group = Group {
            seq,
            id: id.clone(),
            kind: kind.as_str().into(),
            name: name.into(),
            introduction: intro.unwrap_or_default().into(),
            notification: notice.unwrap_or_default().into(),
            face_url: face.unwrap_or_default().into(),
            owner: owner.into(),
            create_time: now,
            last_info_time: now,
            last_msg_time: 0,
            next_msg_seq: 1,
            max_members,
            apply_join_option: join,
            mute_all: false,
            app_defined_data: app_data.into_iter().collect(),
            topics: topics::Topics::new(
                kind == GroupType::Community && opt_u64(body, "SupportTopic")? == Some(1),
            ),
            ..Group::default()
        };
        if !owner.is_empty() {
            group.push_member(new_member(owner, "Owner", now));
        }
        for (account, role) in new_members {
            group.push_member(new_member(&account, &role, now));
        }
        inner.next_seq += 1;
        inner.today.1 += 1;
        inner.order.insert(seq, id.clone());
        inner.groups.insert(id.clone(), group);
        self.persist(&inner, &[&id], None)?;
        let mut out = json!({ "GroupId": id });
        if kind == GroupType::Community {
            out["Type"] = json!("Community");
            out["HugeGroupFlag"] = json!(0);
        }
        Ok(out)
    }

    pub(super) fn info(&self, body: &Value) -> Reply {
        let ids = str_list(body, "GroupIdList")?;
        if ids.is_empty() {
            return Err(bad("GroupIdList is empty"));
        }
        if ids.len() > INFO_BATCH {
            return Err(bad(format!("at most {INFO_BATCH} groups a request")));
        }
        let filter = body.get("ResponseFilter");
        let list = |name: &str| -> Option<Vec<String>> {
            filter?.get(name)?.as_array().map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
        };
        // With a filter, what it does not name is not read (page 269/1616): no member list
        // without MemberInfoFilter, no custom field outside AppDefinedDataFilter_Group.
        let filtered = filter.is_some();
        let base = list("GroupBaseInfoFilter");
        let member_filter = list("MemberInfoFilter");
        let data_filter = list("AppDefinedDataFilter_Group").unwrap_or_default();
        let inner = self.lock();
        let infos: Vec<Value> = ids
            .iter()
            .map(|id| match inner.groups.get(*id) {
                None => json!({"GroupId": id, "ErrorCode": codes::GROUP_NOT_FOUND,
                               "ErrorInfo": "the group does not exist or was disbanded"}),
                Some(g) => {
                    let mut out = base_info(g, self.sdkappid, base.as_deref());
                    out.insert("GroupId".into(), json!(g.id));
                    out.insert("ErrorCode".into(), json!(0));
                    out.insert("ErrorInfo".into(), json!(""));
                    if filtered {
                        out.remove("AppDefinedData");
                        if !data_filter.is_empty() {
                            let data: Vec<Value> = g
                                .app_defined_data
                                .iter()
                                .filter(|(k, _)| data_filter.contains(k))
                                .map(|(k, v)| json!({"Key": k, "Value": v}))
                                .collect();
                            out.insert("AppDefinedData".into(), json!(data));
                        }
                    }
                    if !filtered || member_filter.is_some() {
                        let members: Vec<Value> = g
                            .members
                            .iter()
                            .map(|m| member_json(m, member_filter.as_deref()))
                            .collect();
                        out.insert("MemberList".into(), json!(members));
                    }
                    Value::Object(out)
                }
            })
            .collect();
        Ok(json!({ "GroupInfo": infos }))
    }

    pub(super) fn modify(&self, body: &Value, now: i64) -> Reply {
        let id = req_str(body, "GroupId")?;
        let name = opt_str(body, "Name")?;
        if let Some(name) = name {
            rules::check_name(name).map_err(bad)?;
        }
        let intro = text_field(body, "Introduction", INTRODUCTION_MAX)?;
        let notice = text_field(body, "Notification", NOTIFICATION_MAX)?;
        let face = text_field(body, "FaceUrl", FACE_URL_MAX)?;
        let join = match opt_str(body, "ApplyJoinOption")? {
            Some(o) => Some(rules::parse_join_option(o).map_err(bad)?),
            None => None,
        };
        let mute_all = match opt_str(body, "MuteAllMember")?.or(opt_str(body, "ShutUpAllMember")?) {
            Some("On") => Some(true),
            Some("Off") => Some(false),
            Some(v) => return Err(bad(format!("MuteAllMember `{v}`: On or Off"))),
            None => None,
        };
        let max = opt_u64(body, "MaxMemberNum")?;
        let app_data = key_values(body, "AppDefinedData")?;
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        let kind = group.kind();
        if join.is_some() && !kind.takes_join_option() {
            return Err(bad("ApplyJoinOption does not apply to Community groups"));
        }
        if let Some(max) = max.filter(|_| kind != GroupType::AVChatRoom) {
            if let Some(plan) = self.edition.max_members(kind) {
                if max > u64::from(plan) {
                    return Err((
                        codes::MEMBER_COUNT_QUOTA,
                        format!("MaxMemberNum {max} is over this edition's {plan}"),
                    ));
                }
            }
            if max < group.members.len() as u64 {
                return Err(bad(format!(
                    "MaxMemberNum {max} is below the {} members the group has",
                    group.members.len()
                )));
            }
        }
        let mut data = group.app_defined_data.clone();
        for (k, v) in app_data {
            if v.is_empty() {
                data.remove(&k);
            } else {
                data.insert(k, v);
            }
        }
        if data.len() > APP_DATA_KEYS {
            return Err(bad(format!("at most {APP_DATA_KEYS} AppDefinedData keys")));
        }
        group.app_defined_data = data;
        if let Some(v) = name {
            group.name = v.into();
        }
        if let Some(v) = intro {
            group.introduction = v.into();
        }
        if let Some(v) = notice {
            group.notification = v.into();
        }
        if let Some(v) = face {
            group.face_url = v.into();
        }
        if let Some(v) = join {
            group.apply_join_option = v.into();
        }
        if let Some(v) = mute_all {
            group.mute_all = v;
        }
        if let Some(max) = max.filter(|_| kind != GroupType::AVChatRoom) {
            group.max_members = Some(max as u32);
        }
        group.last_info_time = now;
        self.persist(&inner, &[id], None)?;
        Ok(json!({}))
    }

    pub(super) fn destroy(&self, body: &Value, now: i64) -> Reply {
        let id = req_str(body, "GroupId")?;
        let mut inner = self.lock();
        let group = inner.groups.remove(id).ok_or_else(|| gone(id))?;
        inner.order.remove(&group.seq);
        inner.buckets.remove(id);
        // The daily limit counts net new groups: a disbanded group gives its slot back.
        if inner.today.0 == now.div_euclid(86_400) {
            inner.today.1 -= 1;
        }
        self.persist(&inner, &[id], None)?;
        Ok(json!({}))
    }

    pub(super) fn joined(&self, body: &Value) -> Reply {
        let account = req_str(body, "Member_Account")?;
        user_id::validate(account).map_err(bad)?;
        let limit = opt_u64(body, "Limit")?;
        if limit.is_some_and(|l| l > JOINED_PAGE_MAX as u64) {
            return Err(bad(format!("Limit is at most {JOINED_PAGE_MAX}")));
        }
        let offset = opt_u64(body, "Offset")?.unwrap_or(0) as usize;
        let huge = opt_u64(body, "WithHugeGroups")? == Some(1);
        let kind = opt_str(body, "GroupType")?;
        let filter = body.get("ResponseFilter");
        let list = |name: &str| -> Option<Vec<String>> {
            filter?.get(name)?.as_array().map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
        };
        let base = list("GroupBaseInfoFilter").unwrap_or_default();
        let self_fields = list("SelfInfoFilter").unwrap_or_default();
        let inner = self.lock();
        let mine: Vec<(&Group, &Member)> = inner
            .order
            .values()
            .filter_map(|id| inner.groups.get(id))
            .filter(|g| huge || g.kind() != GroupType::AVChatRoom)
            .filter(|g| kind.is_none_or(|k| g.kind == k))
            .filter_map(|g| g.member(account).map(|m| (g, m)))
            .collect();
        let page: Vec<Value> = mine
            .iter()
            .skip(offset)
            .take(limit.map_or(usize::MAX, |l| l as usize))
            .map(|(g, m)| {
                let mut out = if base.is_empty() {
                    Map::new()
                } else {
                    base_info(g, self.sdkappid, Some(&base))
                };
                out.insert("GroupId".into(), json!(g.id));
                if !self_fields.is_empty() {
                    let member = member_json(m, Some(&self_fields));
                    let mut info = member.as_object().cloned().unwrap_or_default();
                    info.remove("Member_Account");
                    out.insert("SelfInfo".into(), Value::Object(info));
                }
                Value::Object(out)
            })
            .collect();
        Ok(json!({ "TotalCount": mine.len(), "GroupIdList": page }))
    }

    pub(super) fn change_owner(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let new_owner = req_str(body, "NewOwner_Account")?;
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        if !group.kind().manages_members() {
            return Err((
                codes::GROUP_NO_PERMISSION,
                format!("{} groups cannot change owner by REST", group.kind),
            ));
        }
        if group.member(new_owner).is_none() {
            return Err(bad(format!("`{new_owner}` is not a member of the group")));
        }
        let old = std::mem::take(&mut group.owner);
        if let Some(m) = group.member_mut(&old) {
            m.role = "Member".into();
        }
        if let Some(m) = group.member_mut(new_owner) {
            m.role = "Owner".into();
        }
        group.owner = new_owner.into();
        self.persist(&inner, &[id], None)?;
        Ok(json!({}))
    }
}
