//! `im_push`: one message to every imported account, or to those a tag or attribute condition
//! selects. The message rules are the sends' (`message_check`); then the condition (90039,
//! 90032, 90040, 90020, 90022, 90033), the day's quota (90047) and the spacing of pushes
//! (90024). A repeat of the last push's `MsgRandom` within a second is that push: its `TaskId`
//! again, nothing sent twice.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde_json::{json, Value};

use super::super::message_check::check_send;
use super::{malformed, Inner, State, Task};
use crate::domain::codes;
use crate::domain::limits::{PUSH_PER_DAY, PUSH_TAGS_PER_CALL, PUSH_TEXT_BYTES};

type Fail = (i64, String);

const DAY_MS: i64 = 86_400_000;
/// Two pushes must be more than this far apart (90024).
const SPACING_MS: i64 = 1_000;

/// A checked `Condition`: attribute names already turned into attribute numbers.
#[derive(Default)]
struct Condition {
    tags_and: Vec<String>,
    tags_or: Vec<String>,
    attrs_and: BTreeMap<String, String>,
    attrs_or: BTreeMap<String, String>,
    has_attrs_or: bool,
}

pub(super) fn im_push(state: &State, body: &Value, now_ms: i64) -> super::Reply {
    let send = check_send(body, &state.app.admin)?;
    let push = &state.push;
    let mut inner = push.lock();
    let condition = match body.get("Condition") {
        None | Some(Value::Null) => Condition::default(),
        Some(c @ Value::Object(_)) => condition(&inner, c)?,
        Some(_) => return Err(malformed("Condition must be an object")),
    };
    if let Some(last) = inner.tasks.last() {
        if last.msg_random == send.random && now_ms - last.time_ms <= SPACING_MS {
            return Ok(json!({"TaskId": last.task_id}));
        }
    }
    let today = now_ms.div_euclid(DAY_MS);
    let made_today = inner
        .tasks
        .iter()
        .filter(|t| t.time_ms.div_euclid(DAY_MS) == today)
        .count();
    if made_today >= PUSH_PER_DAY as usize {
        return Err((
            codes::PUSH_QUOTA_EXCEEDED,
            format!(
                "the app has made its {PUSH_PER_DAY} pushes of the day (UTC); try again tomorrow"
            ),
        ));
    }
    if let Some(last) = inner.tasks.last() {
        if now_ms - last.time_ms <= SPACING_MS {
            return Err((
                codes::PUSH_TOO_OFTEN,
                "pushes are too frequent: two pushes must be more than 1 second apart".into(),
            ));
        }
    }
    let targets = state.accounts.read(|accounts| {
        accounts
            .keys()
            .filter(|user| condition.selects(&inner, user))
            .count() as u64
    });
    let task = Task {
        task_id: format!(
            "{}_{}_{}_{}",
            state.app.sdkappid,
            144_115_200_000_000_000u64 + inner.tasks.len() as u64 + 1,
            now_ms / 1000,
            send.random
        ),
        time_ms: now_ms,
        msg_random: send.random,
        from: send.from.to_string(),
        targets,
        condition: body.get("Condition").cloned().unwrap_or(Value::Null),
        msg_life_time: body.get("MsgLifeTime").and_then(Value::as_i64).unwrap_or(0),
    };
    inner.tasks.push(task.clone());
    if let Err(e) = push.persist(&inner, false, &BTreeSet::new(), Some(&task)) {
        inner.tasks.pop();
        return Err(e);
    }
    Ok(json!({"TaskId": task.task_id}))
}

impl Condition {
    fn selects(&self, inner: &Inner, user: &str) -> bool {
        let data = inner.users.get(user);
        let tags: &[String] = data.map_or(&[], |d| d.tags.as_slice());
        let value = |slot: &str| data.and_then(|d| d.attrs.get(slot));
        let has = |t: &String| tags.contains(t);
        self.tags_and.iter().all(has)
            && (self.tags_or.is_empty() || self.tags_or.iter().any(has))
            && self.attrs_and.iter().all(|(s, v)| value(s) == Some(v))
            && (!self.has_attrs_or || self.attrs_or.iter().any(|(s, v)| value(s) == Some(v)))
    }
}

fn condition(inner: &Inner, c: &Value) -> Result<Condition, Fail> {
    let tags_and = tag_list(c, "TagsAnd")?;
    let tags_or = tag_list(c, "TagsOr")?;
    let attrs_and = attr_map(inner, c, "AttrsAnd")?;
    let attrs_or = attr_map(inner, c, "AttrsOr")?;
    let tags = tags_and.is_some() || tags_or.is_some();
    let attrs = attrs_and.is_some() || attrs_or.is_some();
    if tags && attrs {
        return Err((
            codes::TAG_AND_ATTRIBUTE,
            "push by attribute and push by tag are mutually exclusive".into(),
        ));
    }
    let (tags_and, tags_or) = (tags_and.unwrap_or_default(), tags_or.unwrap_or_default());
    if let Some(tag) = tags_and.iter().find(|t| tags_or.contains(t)) {
        return Err((
            codes::DUPLICATE_TAGS,
            format!("tag `{tag}` is in both TagsAnd and TagsOr"),
        ));
    }
    Ok(Condition {
        tags_and,
        tags_or,
        has_attrs_or: attrs_or.is_some(),
        attrs_and: attrs_and.unwrap_or_default(),
        attrs_or: attrs_or.unwrap_or_default(),
    })
}

fn tag_list(c: &Value, field: &str) -> Result<Option<Vec<String>>, Fail> {
    let Some(list) = c.get(field).filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let list = list
        .as_array()
        .ok_or_else(|| malformed(format!("Condition.{field} must be an array of tags")))?;
    if list.len() > PUSH_TAGS_PER_CALL {
        return Err((
            codes::TOO_MANY_TAGS,
            format!(
                "Condition.{field} has {} tags; at most {PUSH_TAGS_PER_CALL}",
                list.len()
            ),
        ));
    }
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(list.len());
    for tag in list {
        let tag = tag
            .as_str()
            .ok_or_else(|| malformed(format!("Condition.{field}: a tag must be a string")))?;
        if tag.is_empty() {
            return Err((
                codes::TAG_EMPTY,
                format!("Condition.{field} has an empty tag"),
            ));
        }
        if tag.len() > PUSH_TEXT_BYTES {
            return Err((
                codes::TAG_TOO_LONG,
                format!("tag `{tag}` is over {PUSH_TEXT_BYTES} bytes"),
            ));
        }
        if !seen.insert(tag) {
            return Err((
                codes::DUPLICATE_TAGS,
                format!("tag `{tag}` is repeated in Condition.{field}"),
            ));
        }
        out.push(tag.to_string());
    }
    Ok(Some(out))
}

/// `{name: value}` with each name an attribute of the app (90033 otherwise), as numbers.
fn attr_map(
    inner: &Inner,
    c: &Value,
    field: &str,
) -> Result<Option<BTreeMap<String, String>>, Fail> {
    let Some(map) = c.get(field).filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let map = map.as_object().ok_or_else(|| {
        (
            codes::ATTRIBUTE_INVALID,
            format!("Condition.{field} must be an object of attribute name: value"),
        )
    })?;
    let mut out = BTreeMap::new();
    for (name, value) in map {
        let slot = inner.slot_of(name).ok_or_else(|| {
            (
                codes::ATTRIBUTE_INVALID,
                format!("`{name}` is not an attribute name of this app"),
            )
        })?;
        let value = value.as_str().ok_or_else(|| {
            (
                codes::ATTRIBUTE_INVALID,
                format!("Condition.{field}.{name} must be a string"),
            )
        })?;
        out.insert(slot.to_string(), value.to_string());
    }
    Ok(Some(out))
}
