//! The group service, `group_open_http_svc` (spec §4, §5.6–5.7), with its state: groups of the
//! documented types, owner/admin/member roles, join options, muted members, member limits set
//! by the edition (`--edition`), the Trial 100-group cap (10058) and the net 10,000 new groups a
//! day (10006), group messages stored with their `MsgSeq` (read back by `group_msg_get_simple`),
//! and the 40 messages a second per group under `--throttle` (10023). With a data directory
//! every change is committed to SQLite (`groups`, `group_msgs`) before the answer.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::domain::group::{
    self as rules, Edition, GroupType, ADD_MEMBERS_DOCUMENTED_MAX, CREATE_MEMBERS_MAX,
    DELETE_MEMBERS_DOCUMENTED_MAX, FACE_URL_MAX, INFO_BATCH, INTRODUCTION_MAX, JOINED_PAGE_MAX,
    LIST_PAGE_MAX, MESSAGE_MAX_BYTES, MSGS_PER_GROUP_PER_SEC, MUTE_BATCH, MUTE_FOREVER,
    NAME_CARD_MAX, NOTIFICATION_MAX, NOTIFY_TO_MAX,
};
use crate::domain::user_id;

pub const SERVICE: &str = "group_open_http_svc";
/// The field table's `Limit` cap of `get_group_member_info`.
const MEMBER_INFO_LIMIT_MAX: u64 = 6_000;
/// `Random` + content within this many seconds is the same message (spec §5.6).
const DEDUP_SECONDS: i64 = 300;
/// Custom fields a group may hold (spec §4.1).
const APP_DATA_KEYS: usize = 10;

type Reply = Result<Value, (i64, String)>;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Member {
    pub account: String,
    pub role: String,
    pub join_time: i64,
    pub msg_flag: String,
    /// 0 = not muted, else the unix time the mute ends.
    pub mute_until: i64,
    pub name_card: String,
    pub last_send_msg_time: i64,
    pub msg_seq: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct StoredMsg {
    pub msg_seq: u64,
    pub from_account: String,
    pub random: u32,
    pub time: i64,
    pub priority: String,
    pub body: Value,
    pub cloud_custom_data: Option<String>,
    pub is_system: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Group {
    /// Creation order: the `Next` of `get_appid_group_list`.
    pub seq: u64,
    pub id: String,
    pub kind: String,
    pub name: String,
    pub introduction: String,
    pub notification: String,
    pub face_url: String,
    pub owner: String,
    pub create_time: i64,
    pub last_info_time: i64,
    pub last_msg_time: i64,
    pub next_msg_seq: u64,
    /// `None`: unlimited (AVChatRoom).
    pub max_members: Option<u32>,
    pub apply_join_option: String,
    pub mute_all: bool,
    pub app_defined_data: BTreeMap<String, String>,
    /// In join order.
    pub members: Vec<Member>,
    #[serde(skip)]
    index: HashMap<String, usize>,
    #[serde(skip)]
    pub messages: Vec<StoredMsg>,
}

impl Group {
    fn kind(&self) -> GroupType {
        GroupType::parse(&self.kind).unwrap_or(GroupType::Public)
    }

    fn reindex(&mut self) {
        self.index = self
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.account.clone(), i))
            .collect();
    }

    pub fn member(&self, account: &str) -> Option<&Member> {
        self.index.get(account).map(|&i| &self.members[i])
    }

    fn member_mut(&mut self, account: &str) -> Option<&mut Member> {
        self.index.get(account).map(|&i| &mut self.members[i])
    }

    fn push_member(&mut self, member: Member) {
        self.index
            .insert(member.account.clone(), self.members.len());
        self.members.push(member);
    }

    fn remove_members(&mut self, accounts: &[&str]) -> usize {
        let before = self.members.len();
        self.members
            .retain(|m| !accounts.contains(&m.account.as_str()));
        if self.members.len() != before {
            self.reindex();
        }
        before - self.members.len()
    }
}

#[derive(Default)]
struct Inner {
    groups: HashMap<String, Group>,
    /// seq → GroupId, for paging in creation order.
    order: BTreeMap<u64, String>,
    next_seq: u64,
    /// (unix day, net groups created that day).
    today: (i64, i64),
    /// Per-group message buckets under `--throttle`.
    buckets: HashMap<String, (f64, Instant)>,
}

/// The group service and its state.
pub struct Groups {
    inner: Mutex<Inner>,
    db: Option<Arc<Mutex<Connection>>>,
    edition: Edition,
    throttle: bool,
    sdkappid: u32,
}

impl Groups {
    pub fn in_memory(edition: Edition, throttle: bool, sdkappid: u32) -> Self {
        Groups {
            inner: Mutex::new(Inner {
                next_seq: 1,
                ..Inner::default()
            }),
            db: None,
            edition,
            throttle,
            sdkappid,
        }
    }

    /// The plan (`--edition`), `--throttle` and the SDKAppID, set when the emulator starts.
    pub fn set_plan(&mut self, edition: Edition, throttle: bool, sdkappid: u32) {
        self.edition = edition;
        self.throttle = throttle;
        self.sdkappid = sdkappid;
    }

    /// Groups kept in `dir/emulator.sqlite3` on a connection of their own (tests).
    pub fn open(
        dir: &Path,
        edition: Edition,
        throttle: bool,
        sdkappid: u32,
    ) -> Result<Self, String> {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let path = dir.join("emulator.sqlite3");
        let conn = Connection::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut groups = Groups::load(Arc::new(Mutex::new(conn)))?;
        groups.set_plan(edition, throttle, sdkappid);
        Ok(groups)
    }

    /// Groups kept in the app's SQLite database (the accounts' connection), loaded now and
    /// written through on every change.
    pub fn load(db: Arc<Mutex<Connection>>) -> Result<Self, String> {
        let conn = db.lock().unwrap_or_else(|p| p.into_inner());
        conn.execute_batch(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;
             CREATE TABLE IF NOT EXISTS groups (group_id TEXT PRIMARY KEY, data TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS group_msgs (group_id TEXT NOT NULL, msg_seq INTEGER NOT NULL,
                 data TEXT NOT NULL, PRIMARY KEY (group_id, msg_seq));",
        )
        .map_err(|e| format!("groups: {e}"))?;
        let mut inner = Inner {
            next_seq: 1,
            ..Inner::default()
        };
        {
            let mut stmt = conn
                .prepare("SELECT data FROM groups")
                .map_err(|e| e.to_string())?;
            let rows = stmt
                .query_map([], |r| r.get::<_, String>(0))
                .map_err(|e| e.to_string())?;
            for row in rows {
                let Ok(mut group) = serde_json::from_str::<Group>(&row.map_err(|e| e.to_string())?)
                else {
                    continue;
                };
                group.reindex();
                inner.next_seq = inner.next_seq.max(group.seq + 1);
                inner.order.insert(group.seq, group.id.clone());
                inner.groups.insert(group.id.clone(), group);
            }
            let mut stmt = conn
                .prepare("SELECT group_id, data FROM group_msgs ORDER BY group_id, msg_seq")
                .map_err(|e| e.to_string())?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
                .map_err(|e| e.to_string())?;
            for row in rows {
                let (id, data) = row.map_err(|e| e.to_string())?;
                if let (Some(group), Ok(msg)) =
                    (inner.groups.get_mut(&id), serde_json::from_str(&data))
                {
                    group.messages.push(msg);
                }
            }
        }
        drop(conn);
        Ok(Groups {
            inner: Mutex::new(inner),
            db: Some(db),
            edition: Edition::default(),
            throttle: false,
            sdkappid: 0,
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Writes the changed groups (and a new message) through to SQLite.
    fn persist(
        &self,
        inner: &Inner,
        changed: &[&str],
        msg: Option<(&str, &StoredMsg)>,
    ) -> Result<(), (i64, String)> {
        let Some(db) = &self.db else { return Ok(()) };
        let fail = |e: rusqlite::Error| (10002, format!("internal error: {e}"));
        let mut conn = db.lock().unwrap_or_else(|p| p.into_inner());
        let tx = conn.transaction().map_err(fail)?;
        for id in changed {
            match inner.groups.get(*id) {
                Some(group) => {
                    tx.execute(
                        "INSERT INTO groups (group_id, data) VALUES (?1, ?2)
                         ON CONFLICT(group_id) DO UPDATE SET data = excluded.data",
                        params![id, serde_json::to_string(group).unwrap_or_default()],
                    )
                    .map_err(fail)?;
                }
                None => {
                    tx.execute("DELETE FROM groups WHERE group_id = ?1", params![id])
                        .map_err(fail)?;
                    tx.execute("DELETE FROM group_msgs WHERE group_id = ?1", params![id])
                        .map_err(fail)?;
                }
            }
        }
        if let Some((id, msg)) = msg {
            tx.execute(
                "INSERT OR REPLACE INTO group_msgs (group_id, msg_seq, data) VALUES (?1, ?2, ?3)",
                params![
                    id,
                    msg.msg_seq as i64,
                    serde_json::to_string(msg).unwrap_or_default()
                ],
            )
            .map_err(fail)?;
        }
        tx.commit().map_err(fail)
    }

    /// Number of groups (tests, status).
    pub fn len(&self) -> usize {
        self.lock().groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A copy of one group (tests).
    pub fn get(&self, id: &str) -> Option<Group> {
        self.lock().groups.get(id).cloned()
    }

    /// Deleted accounts leave every group they were in; a deleted owner leaves the group
    /// without one.
    pub fn forget_accounts(&self, accounts: &[String]) {
        if accounts.is_empty() {
            return;
        }
        let refs: Vec<&str> = accounts.iter().map(String::as_str).collect();
        let mut inner = self.lock();
        let mut changed = Vec::new();
        for group in inner.groups.values_mut() {
            if group.remove_members(&refs) > 0 {
                if refs.contains(&group.owner.as_str()) {
                    group.owner.clear();
                }
                changed.push(group.id.clone());
            }
        }
        let changed: Vec<&str> = changed.iter().map(String::as_str).collect();
        let _ = self.persist(&inner, &changed, None);
    }

    /// Answers one command of the service; `None` when it is not one the emulator knows.
    /// `exists` says whether a UserID is an imported account.
    pub fn handle(
        &self,
        exists: &dyn Fn(&str) -> bool,
        command: &str,
        body: &Value,
        now: i64,
    ) -> Option<Reply> {
        Some(match command {
            "get_appid_group_list" => self.list(body),
            "create_group" => self.create(body, now, exists),
            "get_group_info" => self.info(body),
            "modify_group_base_info" => self.modify(body, now),
            "destroy_group" => self.destroy(body, now),
            "add_group_member" => self.add_members(body, now, exists),
            "delete_group_member" => self.delete_members(body),
            "get_group_member_info" => self.member_info(body),
            "modify_group_member_info" => self.modify_member(body, now),
            "forbid_send_msg" => self.forbid(body, now),
            "get_joined_group_list" => self.joined(body),
            "change_group_owner" => self.change_owner(body),
            "send_group_msg" => self.send(body, now, exists),
            "send_group_system_notification" => self.notify(body, now),
            "group_msg_get_simple" => self.history(body),
            _ => return None,
        })
    }

    // ------------------------------------------------------------ groups

    fn list(&self, body: &Value) -> Reply {
        let limit = opt_u64(body, "Limit")?.unwrap_or(LIST_PAGE_MAX as u64);
        if limit == 0 || limit > LIST_PAGE_MAX as u64 {
            return Err(bad(format!("Limit must be 1 to {LIST_PAGE_MAX}")));
        }
        let next = opt_u64(body, "Next")?.unwrap_or(0);
        let kind = match opt_str(body, "GroupType")? {
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

    fn create(&self, body: &Value, now: i64, exists: &dyn Fn(&str) -> bool) -> Reply {
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
                10019,
                format!("Owner_Account `{owner}` is not an imported account"),
            ));
        }
        let plan_max = self.edition.max_members(kind);
        let max_members = match opt_u64(body, "MaxMemberCount")? {
            None | Some(0) => plan_max,
            Some(n) => match plan_max {
                Some(plan) if n > u64::from(plan) => {
                    return Err((
                        10038,
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
                return Err((10007, format!("{kind} groups take no MemberList")));
            }
            if list.len() > CREATE_MEMBERS_MAX {
                return Err((
                    10005,
                    format!("at most {CREATE_MEMBERS_MAX} members at creation"),
                ));
            }
            for item in list {
                let account = req_str(item, "Member_Account")?;
                if !exists(account) {
                    return Err((10019, format!("`{account}` is not an imported account")));
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
            return Err((10038, format!("{count} members exceed the group's limit")));
        }
        let mut inner = self.lock();
        if let Some(cap) = self.edition.group_cap() {
            if inner.groups.len() >= cap {
                return Err((
                    10058,
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
                10006,
                format!(
                    "at most {} net new groups a day",
                    self.edition.groups_per_day()
                ),
            ));
        }
        let seq = inner.next_seq;
        let id = match opt_str(body, "GroupId")? {
            Some(id) => {
                rules::check_custom_id(id, kind).map_err(|e| (10015, e))?;
                if inner.groups.contains_key(id) {
                    return Err((
                        10025,
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

    fn info(&self, body: &Value) -> Reply {
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
        let base = list("GroupBaseInfoFilter");
        let member_filter = list("MemberInfoFilter");
        let inner = self.lock();
        let infos: Vec<Value> = ids
            .iter()
            .map(|id| match inner.groups.get(*id) {
                None => json!({"GroupId": id, "ErrorCode": 10010,
                               "ErrorInfo": "the group does not exist or was disbanded"}),
                Some(g) => {
                    let mut out = base_info(g, self.sdkappid, base.as_deref());
                    out.insert("GroupId".into(), json!(g.id));
                    out.insert("ErrorCode".into(), json!(0));
                    out.insert("ErrorInfo".into(), json!(""));
                    let members: Vec<Value> = g
                        .members
                        .iter()
                        .map(|m| member_json(m, member_filter.as_deref()))
                        .collect();
                    out.insert("MemberList".into(), json!(members));
                    Value::Object(out)
                }
            })
            .collect();
        Ok(json!({ "GroupInfo": infos }))
    }

    fn modify(&self, body: &Value, now: i64) -> Reply {
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
                        10038,
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

    fn destroy(&self, body: &Value, now: i64) -> Reply {
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

    // ------------------------------------------------------------ members

    fn add_members(&self, body: &Value, now: i64, exists: &dyn Fn(&str) -> bool) -> Reply {
        let id = req_str(body, "GroupId")?;
        let list = body
            .get("MemberList")
            .and_then(Value::as_array)
            .filter(|l| !l.is_empty())
            .ok_or_else(|| bad("MemberList is required (a non-empty array)"))?;
        if list.len() > ADD_MEMBERS_DOCUMENTED_MAX {
            return Err((
                10005,
                format!("at most {ADD_MEMBERS_DOCUMENTED_MAX} members a request"),
            ));
        }
        let accounts: Vec<&str> = list
            .iter()
            .map(|item| req_str(item, "Member_Account"))
            .collect::<Result<_, _>>()?;
        let known: Vec<bool> = accounts.iter().map(|a| exists(a)).collect();
        if !known.iter().any(|k| *k) {
            return Err((10019, "none of the UserIDs is an imported account".into()));
        }
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        let kind = group.kind();
        if !kind.manages_members() {
            return Err((
                10007,
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
                    10014,
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

    fn delete_members(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let accounts = str_list(body, "MemberToDel_Account")?;
        if accounts.is_empty() {
            return Err(bad("MemberToDel_Account is empty"));
        }
        if accounts.len() > DELETE_MEMBERS_DOCUMENTED_MAX {
            return Err((
                10005,
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

    fn member_info(&self, body: &Value) -> Reply {
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

    fn modify_member(&self, body: &Value, now: i64) -> Reply {
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
            return Err((10007, format!("{kind} groups have no admins")));
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

    fn forbid(&self, body: &Value, now: i64) -> Reply {
        let id = req_str(body, "GroupId")?;
        let accounts = str_list(body, "Members_Account")?;
        if accounts.is_empty() {
            return Err(bad("Members_Account is empty"));
        }
        if accounts.len() > MUTE_BATCH {
            return Err((10005, format!("at most {MUTE_BATCH} accounts a request")));
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

    fn joined(&self, body: &Value) -> Reply {
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

    fn change_owner(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let new_owner = req_str(body, "NewOwner_Account")?;
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        if !group.kind().manages_members() {
            return Err((
                10007,
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

    // ------------------------------------------------------------ messages

    fn send(&self, body: &Value, now: i64, exists: &dyn Fn(&str) -> bool) -> Reply {
        let id = req_str(body, "GroupId")?;
        let random = body
            .get("Random")
            .and_then(Value::as_u64)
            .and_then(|r| u32::try_from(r).ok())
            .ok_or_else(|| bad("Random is required (an unsigned 32-bit integer)"))?;
        let msg_body = body
            .get("MsgBody")
            .and_then(Value::as_array)
            .filter(|b| !b.is_empty())
            .ok_or_else(|| bad("MsgBody is required (a non-empty array)"))?;
        let size = body.to_string().len();
        if size > MESSAGE_MAX_BYTES {
            return Err((
                80002,
                format!("the message is {size} bytes; at most {MESSAGE_MAX_BYTES}"),
            ));
        }
        let from = opt_str(body, "From_Account")?.unwrap_or_default();
        if !from.is_empty() && !exists(from) {
            return Err(bad(format!(
                "From_Account `{from}` is not an imported account"
            )));
        }
        let priority = opt_str(body, "MsgPriority")?.unwrap_or("Normal");
        let online_only = opt_u64(body, "OnlineOnlyFlag")? == Some(1);
        let mut inner = self.lock();
        let Inner {
            groups, buckets, ..
        } = &mut *inner;
        let group = groups.get_mut(id).ok_or_else(|| gone(id))?;
        if !from.is_empty() {
            if let Some(m) = group.member(from) {
                let privileged = m.role == "Owner" || m.role == "Admin";
                if m.mute_until > now || (group.mute_all && !privileged) {
                    return Err((10017, format!("`{from}` is muted in this group")));
                }
            }
        }
        let content = Value::Array(msg_body.clone());
        if let Some(dup) = group.messages.iter().rev().find(|m| {
            m.random == random
                && m.body == content
                && m.from_account == from
                && now - m.time < DEDUP_SECONDS
        }) {
            // A retry of a message already delivered: the same answer, nothing new.
            return Ok(json!({ "MsgTime": dup.time, "MsgSeq": dup.msg_seq }));
        }
        if self.throttle {
            let rate = f64::from(MSGS_PER_GROUP_PER_SEC);
            let at = Instant::now();
            let (tokens, last) = buckets.entry(id.to_string()).or_insert((rate, at));
            *tokens = (*tokens + at.duration_since(*last).as_secs_f64() * rate).min(rate);
            *last = at;
            if *tokens < 1.0 {
                return Err((
                    10023,
                    format!("message frequency limit: {MSGS_PER_GROUP_PER_SEC} messages a second per group"),
                ));
            }
            *tokens -= 1.0;
        }
        if online_only {
            // Delivered to online members only, never stored: nobody is online here.
            return Ok(json!({ "MsgTime": now, "MsgSeq": 0 }));
        }
        let seq = group.next_msg_seq;
        group.next_msg_seq += 1;
        group.last_msg_time = now;
        if let Some(m) = group.member_mut(from) {
            m.last_send_msg_time = now;
            m.msg_seq = seq;
        }
        let msg = StoredMsg {
            msg_seq: seq,
            from_account: from.into(),
            random,
            time: now,
            priority: priority.into(),
            body: content,
            cloud_custom_data: opt_str(body, "CloudCustomData")?.map(String::from),
            is_system: false,
        };
        group.messages.push(msg.clone());
        self.persist(&inner, &[id], Some((id, &msg)))?;
        Ok(json!({ "MsgTime": now, "MsgSeq": seq }))
    }

    fn notify(&self, body: &Value, now: i64) -> Reply {
        let id = req_str(body, "GroupId")?;
        let content = req_str(body, "Content")?;
        if content.is_empty() {
            return Err(bad("Content is empty"));
        }
        let to = match body.get("ToMembers_Account") {
            Some(_) => str_list(body, "ToMembers_Account")?,
            None => Vec::new(),
        };
        if to.len() > NOTIFY_TO_MAX {
            return Err(bad(format!("at most {NOTIFY_TO_MAX} ToMembers_Account")));
        }
        let inner = self.lock();
        let group = inner.groups.get(id).ok_or_else(|| gone(id))?;
        if !to.is_empty() && group.kind() == GroupType::AVChatRoom {
            return Err(bad(
                "AVChatRoom notifications go to all members: leave out ToMembers_Account",
            ));
        }
        let _ = now;
        Ok(json!({}))
    }

    /// `group_msg_get_simple`: the stored messages, newest first, up to `ReqMsgSeq`.
    fn history(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let count =
            opt_u64(body, "ReqMsgNumber")?.ok_or_else(|| bad("ReqMsgNumber is required"))?;
        if count == 0 || count > 20 {
            return Err(bad("ReqMsgNumber must be 1 to 20"));
        }
        let inner = self.lock();
        let group = inner.groups.get(id).ok_or_else(|| gone(id))?;
        if group.kind() == GroupType::AVChatRoom {
            return Err((10007, "AVChatRoom groups keep no history".into()));
        }
        let top = opt_u64(body, "ReqMsgSeq")?.unwrap_or(u64::MAX);
        let older: Vec<&StoredMsg> = group
            .messages
            .iter()
            .rev()
            .filter(|m| m.msg_seq <= top)
            .collect();
        let list: Vec<Value> = older
            .iter()
            .take(count as usize)
            .map(|m| {
                json!({
                    "From_Account": m.from_account, "IsPlaceMsg": 0, "MsgPriority": 1,
                    "MsgRandom": m.random, "MsgSeq": m.msg_seq, "MsgTimeStamp": m.time,
                    "MsgBody": m.body, "IsSystemMsg": u8::from(m.is_system),
                })
            })
            .collect();
        Ok(json!({
            "GroupId": id,
            "IsFinished": u8::from(older.len() <= count as usize),
            "MsgList": list,
        }))
    }
}

// ---------------------------------------------------------------- helpers

/// Group messages for the hour's chat-history archive, in the order they were sent.
impl super::history::Recorded for Groups {
    fn records(&self, start: i64, end: i64) -> Vec<Value> {
        let inner = self.lock();
        let mut found: Vec<(i64, &str, &StoredMsg)> = inner
            .groups
            .values()
            .flat_map(|g| g.messages.iter().map(move |m| (m.time, g.id.as_str(), m)))
            .filter(|(time, _, m)| (start..end).contains(time) && !m.is_system)
            .collect();
        found.sort_by(|a, b| (a.0, a.1, a.2.msg_seq).cmp(&(b.0, b.1, b.2.msg_seq)));
        found
            .into_iter()
            .map(|(_, id, m)| {
                let mut r = json!({
                    "GroupId": id,
                    "From_Account": m.from_account,
                    "MsgSeq": m.msg_seq,
                    "MsgRandom": m.random,
                    "MsgTimeStamp": m.time,
                    "MsgBody": m.body,
                });
                if let Some(data) = &m.cloud_custom_data {
                    r["CloudCustomData"] = json!(data);
                }
                r
            })
            .collect()
    }
}

fn bad(msg: impl Into<String>) -> (i64, String) {
    (10004, msg.into())
}

fn gone(id: &str) -> (i64, String) {
    (
        10010,
        format!("group `{id}` does not exist or was disbanded"),
    )
}

fn req_str<'a>(body: &'a Value, name: &str) -> Result<&'a str, (i64, String)> {
    opt_str(body, name)?.ok_or_else(|| bad(format!("{name} is required")))
}

fn opt_str<'a>(body: &'a Value, name: &str) -> Result<Option<&'a str>, (i64, String)> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(bad(format!("{name} must be a string"))),
    }
}

fn opt_u64(body: &Value, name: &str) -> Result<Option<u64>, (i64, String)> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .map(Some)
            .ok_or_else(|| bad(format!("{name} must be an unsigned integer"))),
    }
}

fn text_field<'a>(
    body: &'a Value,
    name: &str,
    max: usize,
) -> Result<Option<&'a str>, (i64, String)> {
    let value = opt_str(body, name)?;
    if let Some(v) = value {
        rules::check_text(name, v, max).map_err(bad)?;
    }
    Ok(value)
}

fn str_list<'a>(body: &'a Value, name: &str) -> Result<Vec<&'a str>, (i64, String)> {
    body.get(name)
        .and_then(Value::as_array)
        .ok_or_else(|| bad(format!("{name} is required (an array)")))?
        .iter()
        .map(|v| {
            v.as_str()
                .ok_or_else(|| bad(format!("{name}[] must be strings")))
        })
        .collect()
}

fn key_values(body: &Value, name: &str) -> Result<Vec<(String, String)>, (i64, String)> {
    let Some(list) = body.get(name) else {
        return Ok(Vec::new());
    };
    list.as_array()
        .ok_or_else(|| bad(format!("{name} must be an array")))?
        .iter()
        .map(|kv| {
            Ok((
                req_str(kv, "Key")?.to_string(),
                req_str(kv, "Value")?.to_string(),
            ))
        })
        .collect()
}

fn new_member(account: &str, role: &str, now: i64) -> Member {
    Member {
        account: account.into(),
        role: role.into(),
        join_time: now,
        msg_flag: "AcceptAndNotify".into(),
        ..Member::default()
    }
}

fn mute_until(now: i64, seconds: u64) -> i64 {
    match seconds {
        0 => 0,
        s if s >= u64::from(MUTE_FOREVER) => i64::MAX,
        s => now + s as i64,
    }
}

/// `@TGS#` + a type digit + a stable code: unique per app and creation order.
fn generated_id(kind: GroupType, sdkappid: u32, seq: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut n = (u64::from(sdkappid) << 24) ^ seq.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut code = String::new();
    for _ in 0..9 {
        code.push(ALPHABET[(n % 32) as usize] as char);
        n /= 32;
    }
    let digit = match kind {
        GroupType::Private => '1',
        GroupType::Public => '2',
        GroupType::ChatRoom => '3',
        GroupType::AVChatRoom => 'a',
        _ => 'c',
    };
    let id = format!("@TGS#{digit}{code}{seq}");
    if kind == GroupType::Community {
        format!("@TGS#_{id}")
    } else {
        id
    }
}

/// The base fields of a group, all or those in `filter`.
fn base_info(g: &Group, sdkappid: u32, filter: Option<&[String]>) -> Map<String, Value> {
    let all = [
        ("Type", json!(g.kind)),
        ("Name", json!(g.name)),
        ("Appid", json!(sdkappid)),
        ("Introduction", json!(g.introduction)),
        ("Notification", json!(g.notification)),
        ("FaceUrl", json!(g.face_url)),
        ("Owner_Account", json!(g.owner)),
        ("CreateTime", json!(g.create_time)),
        ("LastInfoTime", json!(g.last_info_time)),
        ("LastMsgTime", json!(g.last_msg_time)),
        ("NextMsgSeq", json!(g.next_msg_seq)),
        ("MemberNum", json!(g.members.len())),
        ("MaxMemberNum", json!(g.max_members.unwrap_or(0))),
        ("ApplyJoinOption", json!(g.apply_join_option)),
        (
            "MuteAllMember",
            json!(if g.mute_all { "On" } else { "Off" }),
        ),
    ];
    let mut out: Map<String, Value> = all
        .into_iter()
        .filter(|(k, _)| {
            filter.is_none_or(|f| f.iter().any(|x| x == k) || *k == "Appid" && f.is_empty())
        })
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    if filter.is_none() {
        let data: Vec<Value> = g
            .app_defined_data
            .iter()
            .map(|(k, v)| json!({"Key": k, "Value": v}))
            .collect();
        out.insert("AppDefinedData".into(), json!(data));
    }
    out
}

/// A member's fields, all or those in `filter` (`Account` is the member's own ID).
fn member_json(m: &Member, filter: Option<&[String]>) -> Value {
    let all = [
        ("Role", json!(m.role)),
        ("JoinTime", json!(m.join_time)),
        ("MsgSeq", json!(m.msg_seq)),
        ("MsgFlag", json!(m.msg_flag)),
        ("LastSendMsgTime", json!(m.last_send_msg_time)),
        (
            "MuteUntil",
            json!(if m.mute_until == i64::MAX {
                u32::MAX as i64
            } else {
                m.mute_until
            }),
        ),
        ("NameCard", json!(m.name_card)),
    ];
    let mut out = Map::new();
    out.insert("Member_Account".into(), json!(m.account));
    for (k, v) in all {
        if filter.is_none_or(|f| f.iter().any(|x| x == k)) {
            out.insert(k.into(), v);
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests;
