//! Topics of topic-enabled Communities (spec §4.20): `create_topic`, `get_topic`,
//! `modify_topic`, `destroy_topic` (`million_group_open_http_svc`) and `import_topic`
//! (`group_open_http_svc`). A topic lives in its group (stored with it), with its own message
//! sequence for the messages imported into it. Only a Community made with `SupportTopic: 1`
//! on the Ultimate edition has topics (11000 otherwise).

use super::*;
use crate::domain::codes;
use crate::domain::limits::TOPICS_PER_COMMUNITY;

pub const SERVICE: &str = "million_group_open_http_svc";
/// Byte limits of the topic fields (spec §4.20).
const TOPIC_NAME_MAX: usize = 30;
const CUSTOM_STRING_MAX: usize = 3_000;
/// What a custom `TopicId` starts with after its group's ID.
const TOPIC_MARK: &str = "@TOPIC#_";

/// A group's topics: whether it may have them, and those it has, in creation order.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Topics {
    pub enabled: bool,
    pub next_seq: u64,
    pub list: Vec<Topic>,
}

impl Topics {
    pub fn new(enabled: bool) -> Self {
        Topics {
            enabled,
            next_seq: 1,
            list: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Topic {
    pub id: String,
    pub name: String,
    pub face_url: String,
    pub notification: String,
    pub introduction: String,
    pub custom_string: String,
    pub create_time: i64,
    pub last_msg_time: i64,
    pub next_msg_seq: u64,
    pub mute_all: bool,
    /// Messages imported into the topic (`import_group_msg` with `TopicId`).
    pub messages: Vec<StoredMsg>,
}

/// The group's topic `id`, when the group may have topics (11000) and has it (10010).
pub(super) fn topic_mut<'a>(
    group: &'a mut Group,
    id: &str,
    edition: Edition,
) -> Result<&'a mut Topic, (i64, String)> {
    check_enabled(group, edition)?;
    group
        .topics
        .list
        .iter_mut()
        .find(|t| t.id == id)
        .ok_or_else(|| {
            (
                codes::GROUP_NOT_FOUND,
                format!("topic `{id}` does not exist or was deleted"),
            )
        })
}

fn check_enabled(group: &Group, edition: Edition) -> Result<(), (i64, String)> {
    if group.kind() != GroupType::Community || !group.topics.enabled {
        return Err((
            codes::COMMUNITY_NOT_ENABLED,
            format!(
                "group `{}` is not a topic-enabled Community (create it with SupportTopic 1)",
                group.id
            ),
        ));
    }
    if edition != Edition::Ultimate {
        return Err((
            codes::COMMUNITY_NOT_ENABLED,
            "topics need the Ultimate edition".into(),
        ));
    }
    Ok(())
}

/// `From_Account`: a string in every sample, a uint64 in the field tables; both are read.
fn from_account(body: &Value) -> Result<Option<String>, (i64, String)> {
    match body.get("From_Account") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) if n.is_u64() => Ok(Some(n.to_string())),
        Some(_) => Err(bad("From_Account must be a string")),
    }
}

/// The optional profile fields of a topic, checked against their limits.
struct Profile<'a> {
    name: Option<&'a str>,
    face_url: Option<&'a str>,
    notification: Option<&'a str>,
    introduction: Option<&'a str>,
    custom_string: Option<&'a str>,
}

fn profile(body: &Value) -> Result<Profile<'_>, (i64, String)> {
    let name = text_field(body, "TopicName", TOPIC_NAME_MAX)?;
    if name.is_some_and(|n| n.trim().is_empty()) {
        return Err(bad("TopicName is empty"));
    }
    Ok(Profile {
        name,
        face_url: text_field(body, "FaceUrl", FACE_URL_MAX)?,
        notification: text_field(body, "Notification", NOTIFICATION_MAX)?,
        introduction: text_field(body, "Introduction", INTRODUCTION_MAX)?,
        custom_string: text_field(body, "CustomString", CUSTOM_STRING_MAX)?,
    })
}

impl Groups {
    /// Answers one command of `million_group_open_http_svc`; `None` for any other.
    pub fn handle_topics(&self, command: &str, body: &Value, now: i64) -> Option<Reply> {
        Some(match command {
            "create_topic" => self.create_topic(body, now, false),
            "get_topic" => self.get_topic(body),
            "modify_topic" => self.modify_topic(body),
            "destroy_topic" => self.destroy_topic(body),
            _ => return None,
        })
    }

    /// `create_topic`, and `import_topic` (`imported`: takes `CreateTime` and `Type`, a taken
    /// ID is 10021 rather than 10025).
    pub(super) fn create_topic(&self, body: &Value, now: i64, imported: bool) -> Reply {
        let id = req_str(body, "GroupId")?;
        req_str(body, "TopicName")?;
        let fields = profile(body)?;
        from_account(body)?;
        let create_time = if imported {
            if let Some(t) = opt_str(body, "Type")? {
                if t != "Community" {
                    return Err(bad(format!("Type `{t}`: topics are Community only")));
                }
            }
            match body.get("CreateTime") {
                None | Some(Value::Null) => now,
                Some(v) => v
                    .as_i64()
                    .filter(|t| *t >= 0)
                    .ok_or_else(|| bad("CreateTime must be Unix seconds"))?,
            }
        } else {
            now
        };
        let custom = opt_str(body, "TopicId")?;
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        check_enabled(group, self.edition)?;
        if group.topics.list.len() >= TOPICS_PER_COMMUNITY {
            return Err((
                codes::TOO_MANY_GROUPS_FOR_USER,
                format!("a Community holds at most {TOPICS_PER_COMMUNITY} topics"),
            ));
        }
        let topic_id = match custom {
            Some(t) => {
                let prefix = format!("{id}{TOPIC_MARK}");
                let part = t.strip_prefix(&prefix).unwrap_or_default();
                if part.is_empty() || !part.bytes().all(|b| (0x20..=0x7e).contains(&b)) {
                    return Err(bad(format!(
                        "TopicId must be `{prefix}` followed by printable ASCII"
                    )));
                }
                if group.topics.list.iter().any(|x| x.id == t) {
                    let code = if imported {
                        codes::GROUP_ID_TAKEN
                    } else {
                        codes::GROUP_ID_USED_BY_YOU
                    };
                    return Err((code, format!("topic ID `{t}` is in use")));
                }
                t.to_string()
            }
            None => generated_topic_id(id, self.sdkappid, group.topics.next_seq),
        };
        group.topics.next_seq += 1;
        group.topics.list.push(Topic {
            id: topic_id.clone(),
            name: fields.name.unwrap_or_default().into(),
            face_url: fields.face_url.unwrap_or_default().into(),
            notification: fields.notification.unwrap_or_default().into(),
            introduction: fields.introduction.unwrap_or_default().into(),
            custom_string: fields.custom_string.unwrap_or_default().into(),
            create_time,
            last_msg_time: 0,
            next_msg_seq: 1,
            mute_all: false,
            messages: Vec::new(),
        });
        self.persist(&inner, &[id], None)?;
        Ok(json!({ "TopicId": topic_id }))
    }

    /// `get_topic`: each asked topic (all when `TopicIdList` is absent) with its own
    /// `ErrorCode`, and the `From_Account`'s `SelfInfo`.
    fn get_topic(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let who = from_account(body)?.ok_or_else(|| bad("From_Account is required"))?;
        let asked = match body.get("TopicIdList") {
            None | Some(Value::Null) => None,
            Some(_) => Some(str_list(body, "TopicIdList")?),
        };
        let filter = match body.get("ResponseFilter") {
            None | Some(Value::Null) => None,
            Some(_) => Some(str_list(body, "ResponseFilter")?),
        };
        let inner = self.lock();
        let group = inner.groups.get(id).ok_or_else(|| gone(id))?;
        check_enabled(group, self.edition)?;
        let me = group.member(&who);
        let self_info = json!({
            "ShutUpTime": me.map_or(0, |m| if m.mute_until == i64::MAX { i64::from(u32::MAX) } else { m.mute_until }),
            "MsgSeq": 0,
            "MsgFlag": me.map_or("AcceptAndNotify", |m| m.msg_flag.as_str()),
        });
        let topics: Vec<Result<&Topic, &str>> = match &asked {
            None => group.topics.list.iter().map(Ok).collect(),
            Some(ids) => ids
                .iter()
                .map(|t| group.topics.list.iter().find(|x| x.id == *t).ok_or(*t))
                .collect(),
        };
        let items: Vec<Value> = topics
            .into_iter()
            .map(|found| match found {
                Ok(t) => json!({
                    "ErrorCode": 0, "ErrorInfo": "ok",
                    "SelfInfo": self_info,
                    "TopicInfo": topic_info(t, id, filter.as_deref()),
                }),
                Err(t) => json!({
                    "ErrorCode": codes::TOPIC_ALREADY_DELETED,
                    "ErrorInfo": "the topic does not exist or was deleted",
                    "SelfInfo": self_info,
                    "TopicInfo": {"TopicId": t, "GroupID": id},
                }),
            })
            .collect();
        Ok(json!({ "ErrorInfo": "ok", "TopicAndSelfInfo": items }))
    }

    fn modify_topic(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let topic_id = req_str(body, "TopicId")?;
        let fields = profile(body)?;
        from_account(body)?;
        let mute = match opt_str(body, "MuteAllMember")? {
            Some("On") => Some(true),
            Some("Off") => Some(false),
            Some(v) => return Err(bad(format!("MuteAllMember `{v}`: On or Off"))),
            None => None,
        };
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        let topic = topic_mut(group, topic_id, self.edition)?;
        let set = |to: &mut String, v: Option<&str>| {
            if let Some(v) = v {
                *to = v.into();
            }
        };
        set(&mut topic.name, fields.name);
        set(&mut topic.face_url, fields.face_url);
        set(&mut topic.notification, fields.notification);
        set(&mut topic.introduction, fields.introduction);
        set(&mut topic.custom_string, fields.custom_string);
        if let Some(m) = mute {
            topic.mute_all = m;
        }
        self.persist(&inner, &[id], None)?;
        Ok(json!({ "ErrorInfo": "ok" }))
    }

    /// `destroy_topic`: a result per topic, 110003 for one that is not there.
    fn destroy_topic(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let ids = str_list(body, "TopicIdList")?;
        if ids.is_empty() {
            return Err(bad("TopicIdList is empty"));
        }
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        check_enabled(group, self.edition)?;
        let mut items = Vec::with_capacity(ids.len());
        let mut removed = false;
        for t in ids {
            let before = group.topics.list.len();
            group.topics.list.retain(|x| x.id != t);
            if group.topics.list.len() < before {
                removed = true;
                items.push(json!({"ErrorCode": 0, "ErrorInfo": "ok", "TopicId": t}));
            } else {
                items.push(json!({
                    "ErrorCode": codes::TOPIC_ALREADY_DELETED,
                    "ErrorInfo": "the topic does not exist or was already deleted",
                    "TopicId": t,
                }));
            }
        }
        if removed {
            self.persist(&inner, &[id], None)?;
        }
        Ok(json!({ "ErrorInfo": "ok", "DestroyResultItem": items }))
    }

    /// `group_msg_get_simple` with `TopicId`: the topic's messages, newest first.
    pub(super) fn topic_history(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let topic_id = req_str(body, "TopicId")?;
        let count =
            opt_u64(body, "ReqMsgNumber")?.ok_or_else(|| bad("ReqMsgNumber is required"))?;
        if count == 0 || count > 20 {
            return Err(bad("ReqMsgNumber must be 1 to 20"));
        }
        let top = opt_u64(body, "ReqMsgSeq")?.unwrap_or(u64::MAX);
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        let topic = topic_mut(group, topic_id, self.edition)?;
        let older: Vec<&StoredMsg> = topic
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
                    "From_Account": m.from_account, "IsPlaceMsg": 0, "MsgPriority": 2,
                    "MsgRandom": m.random, "MsgSeq": m.msg_seq, "MsgTimeStamp": m.time,
                    "MsgBody": m.body, "IsSystemMsg": 0,
                })
            })
            .collect();
        Ok(json!({
            "GroupId": id,
            "TopicId": topic_id,
            "IsFinished": u8::from(older.len() <= count as usize),
            "RspMsgList": list,
        }))
    }
}

/// A topic's `TopicInfo`, all fields or `GroupID`, `TopicId` and those in `filter`.
fn topic_info(t: &Topic, group_id: &str, filter: Option<&[&str]>) -> Value {
    let all = [
        ("TopicName", json!(t.name)),
        ("FaceUrl", json!(t.face_url)),
        ("NextMsgSeq", json!(t.next_msg_seq)),
        ("Notification", json!(t.notification)),
        ("Introduction", json!(t.introduction)),
        ("CreateTime", json!(t.create_time)),
        ("LastMsgTime", json!(t.last_msg_time)),
        (
            "MuteAllMember",
            json!(if t.mute_all { "On" } else { "Off" }),
        ),
        ("CustomString", json!(t.custom_string)),
    ];
    let mut out = Map::new();
    out.insert("GroupID".into(), json!(group_id));
    out.insert("TopicId".into(), json!(t.id));
    for (k, v) in all {
        if filter.is_none_or(|f| f.contains(&k)) {
            out.insert(k.into(), v);
        }
    }
    Value::Object(out)
}

/// `<GroupId>@TOPIC#_@TOPIC#c` + a stable code, like the samples' assigned IDs.
fn generated_topic_id(group_id: &str, sdkappid: u32, seq: u64) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut n = (u64::from(sdkappid) << 20) ^ seq.wrapping_mul(0xD6E8_FEB8_6659_FD93);
    let mut code = String::new();
    for _ in 0..9 {
        code.push(ALPHABET[(n % 32) as usize] as char);
        n /= 32;
    }
    format!("{group_id}{TOPIC_MARK}@TOPIC#c{code}{seq}")
}
