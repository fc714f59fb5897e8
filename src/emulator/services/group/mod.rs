//! The group service, `group_open_http_svc` (spec §4, §5.6–5.7), with its state: groups of the
//! documented types, owner/admin/member roles, join options, muted members, member limits set
//! by the edition (`--edition`), the Trial 100-group cap (10058) and the net 10,000 new groups a
//! day (10006), group messages stored with their `MsgSeq` (read back by `group_msg_get_simple`),
//! and the 40 messages a second per group under `--throttle` (10023). With a data directory
//! every change is committed to SQLite (`groups`, `group_msgs`) before the answer.

use crate::domain::codes;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use super::db::Conn;
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
    /// Set by `set_unread_msg_num` (a migration aid).
    /// Set by `import_group_member`, cut to the group's messages; a message import resets it.
    #[serde(default)]
    pub unread_msg_num: u64,
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
    /// Recalled (`group_msg_recall`, `delete_group_msg_by_sender`): kept, read back as
    /// `IsPlaceMsg` 2.
    #[serde(default)]
    pub recalled: bool,
    /// Came in by `import_group_msg`: history, not a send of the day.
    #[serde(default)]
    pub imported: bool,
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
    /// Whether it may have topics (`SupportTopic: 1`), and its topics.
    #[serde(default)]
    pub topics: topics::Topics,
    /// In join order.
    pub members: Vec<Member>,
    #[serde(skip)]
    index: HashMap<String, usize>,
    #[serde(skip)]
    pub messages: Vec<StoredMsg>,
    /// AVChatRoom bans: UserID → the unix time the ban ends (bans.rs).
    #[serde(default)]
    pub bans: BTreeMap<String, i64>,
    /// Custom group attributes (attrs.rs).
    #[serde(default)]
    pub attrs: BTreeMap<String, String>,
    /// Group counters (counters.rs).
    #[serde(default)]
    pub counters: BTreeMap<String, i64>,
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
    /// Per-group attribute-write buckets under `--throttle` (5 writes a second, 10049).
    attr_buckets: HashMap<String, (f64, Instant)>,
}

/// The group service and its state.
pub struct Groups {
    inner: Mutex<Inner>,
    db: Option<Conn>,
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

    /// The plan the app is on (conversation groups and standard marks need Ultimate).
    pub fn edition(&self) -> Edition {
        self.edition
    }

    /// Groups kept in `dir/emulator.sqlite3` on a connection of their own (tests).
    pub fn open(
        dir: &Path,
        edition: Edition,
        throttle: bool,
        sdkappid: u32,
    ) -> Result<Self, String> {
        let conn = super::db::open(dir)?;
        let mut groups = Groups::load(Arc::new(Mutex::new(conn)))?;
        groups.set_plan(edition, throttle, sdkappid);
        Ok(groups)
    }

    /// Groups kept in the app's SQLite database (the accounts' connection), loaded now and
    /// written through on every change.
    pub fn load(db: Conn) -> Result<Self, String> {
        let inner = {
            let conn = db.lock().unwrap_or_else(|p| p.into_inner());
            conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS groups (group_id TEXT PRIMARY KEY, data TEXT NOT NULL);
                 CREATE TABLE IF NOT EXISTS group_msgs (group_id TEXT NOT NULL, msg_seq INTEGER NOT NULL,
                     data TEXT NOT NULL, PRIMARY KEY (group_id, msg_seq));",
            )
            .map_err(|e| format!("groups: {e}"))?;
            read_groups(&conn)?
        };
        Ok(Groups {
            inner: Mutex::new(inner),
            db: Some(db),
            edition: Edition::default(),
            throttle: false,
            sdkappid: 0,
        })
    }

    /// Reads the groups again from the file (another process changed them); the day's count
    /// and the message buckets are this process's own and stay.
    pub fn reload(&self, conn: &Connection) -> Result<(), String> {
        let fresh = read_groups(conn)?;
        let mut inner = self.lock();
        inner.groups = fresh.groups;
        inner.order = fresh.order;
        inner.next_seq = fresh.next_seq;
        Ok(())
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
        let fail =
            |e: rusqlite::Error| (codes::GROUP_INTERNAL_ERROR, format!("internal error: {e}"));
        let mut conn = db.lock().unwrap_or_else(|p| p.into_inner());
        let tx = conn.savepoint().map_err(fail)?;
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

    /// Reads every group (`getappinfo`'s counters).
    pub fn read<R>(&self, f: impl FnOnce(&HashMap<String, Group>) -> R) -> R {
        f(&self.lock().groups)
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
            "import_group" => self.import_group(body, now, exists),
            "import_group_member" => self.import_members(body, now, exists),
            "import_group_msg" => self.import_msgs(body, now),
            "import_topic" => self.create_topic(body, now, true),
            "group_msg_get_simple" if body.get("TopicId").is_some() => self.topic_history(body),
            "get_appid_group_list" => self.list(body),
            "create_group" => self.create(body, now, exists),
            "get_group_info" => self.info(body),
            "modify_group_base_info" => self.modify(body, now),
            "destroy_group" => self.destroy(body, now),
            "add_group_member" => self.add_members(body, now, exists),
            "delete_group_member" => self.delete_members(body),
            "get_group_member_info" => self.member_info(body),
            "get_role_in_group" => self.roles(body),
            "modify_group_member_info" => self.modify_member(body, now),
            "forbid_send_msg" => self.forbid(body, now),
            "get_joined_group_list" => self.joined(body),
            "change_group_owner" => self.change_owner(body),
            "send_group_msg" => self.send(body, now, exists),
            "send_group_system_notification" => self.notify(body, now),
            "group_msg_get_simple" => self.history(body),
            "get_group_muted_account" => self.muted(body, now, MutedNames::CURRENT),
            "get_group_shutted_uin" => self.muted(body, now, MutedNames::LEGACY),
            "group_msg_recall" => self.recall(body),
            "delete_group_msg_by_sender" => self.delete_by_sender(body),
            "set_unread_msg_num" => self.set_unread(body),
            "ban_group_member" => self.ban(body, now),
            "unban_group_member" => self.unban(body, now),
            "get_group_ban_member" => self.banned(body, now),
            "modify_group_attr" => self.write_attrs(body, AttrWrite::Modify),
            "set_group_attr" => self.write_attrs(body, AttrWrite::Set),
            "clear_group_attr" => self.write_attrs(body, AttrWrite::Clear),
            "get_group_counter" => self.get_counters(body),
            "update_group_counter" => self.update_counters(body),
            "delete_group_counter" => self.delete_counters(body),
            _ => return None,
        })
    }
}

/// Every group and its messages, as stored.
fn read_groups(conn: &Connection) -> Result<Inner, String> {
    let mut inner = Inner {
        next_seq: 1,
        ..Inner::default()
    };
    let mut stmt = conn
        .prepare("SELECT data FROM groups")
        .map_err(|e| e.to_string())?;
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .map_err(|e| e.to_string())?;
    for row in rows {
        let Ok(mut group) = serde_json::from_str::<Group>(&row.map_err(|e| e.to_string())?) else {
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
        if let (Some(group), Ok(msg)) = (inner.groups.get_mut(&id), serde_json::from_str(&data)) {
            group.messages.push(msg);
        }
    }
    Ok(inner)
}

mod fields;
mod import;
mod lifecycle;
mod members;
mod messages;
mod moderation;
mod recall;
mod seed;
pub mod topics;
mod unread;

mod attrs;
mod bans;
mod counters;
pub mod online;

use attrs::AttrWrite;
use fields::*;
use moderation::MutedNames;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_attrs;
#[cfg(test)]
mod tests_avchatroom;
#[cfg(test)]
mod tests_import;
#[cfg(test)]
mod tests_moderation;
#[cfg(test)]
mod tests_recall;
