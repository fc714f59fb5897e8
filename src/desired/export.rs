//! `state export`: a current state written in the file format, so an existing app can be
//! brought under management (`state export` then `plan` shows no changes).

use serde_json::{Map, Value};

use super::current::Current;
use super::model::{FACE_TAG, NICK_TAG};
use crate::domain::profile_fields;

/// The document (the file's shape) for these accounts and groups, in their order; accounts and
/// groups that do not exist are left out and returned apart.
pub fn document(
    sdkappid: u64,
    accounts: &[String],
    groups: &[String],
    now: &Current,
) -> (Value, Vec<String>) {
    let mut missing = Vec::new();
    let mut doc = Map::new();
    doc.insert("SDKAppID".into(), Value::from(sdkappid));
    let mut list = Vec::new();
    for user in accounts {
        if !now.exists.get(user).copied().unwrap_or(false) {
            missing.push(format!("account {user}"));
            continue;
        }
        let mut a = Map::new();
        a.insert("UserID".into(), Value::from(user.as_str()));
        let mut profile = Map::new();
        for (tag, value) in now.profiles.get(user).into_iter().flatten() {
            // Standard fields at their default are left out: not set is not managed.
            if profile_fields::default_value(tag).as_ref() == Some(value) || value.is_null() {
                continue;
            }
            match tag.as_str() {
                NICK_TAG => a.insert("Nick".into(), value.clone()),
                FACE_TAG => a.insert("FaceUrl".into(), value.clone()),
                _ => profile.insert(tag.clone(), value.clone()),
            };
        }
        if !profile.is_empty() {
            a.insert("Profile".into(), Value::Object(profile));
        }
        list.push(Value::Object(a));
    }
    if !list.is_empty() {
        doc.insert("Account".into(), Value::Array(list));
    }
    let mut list = Vec::new();
    for id in groups {
        let Some(Some(g)) = now.groups.get(id) else {
            missing.push(format!("group {id}"));
            continue;
        };
        let mut out = Map::new();
        out.insert("GroupId".into(), Value::from(id.as_str()));
        out.insert("Type".into(), Value::from(g.kind.as_str()));
        if let Some(name) = g.fields.get("Name") {
            out.insert("Name".into(), name.clone());
        }
        for (field, value) in &g.fields {
            let field = if field == "MaxMemberNum" {
                "MaxMemberCount"
            } else {
                field.as_str()
            };
            if value.as_str() == Some("") || out.contains_key(field) {
                continue;
            }
            out.insert(field.to_string(), value.clone());
        }
        if !g.owner.is_empty() {
            out.insert("Owner".into(), Value::from(g.owner.as_str()));
        }
        if let Some(members) = &g.members {
            // Admins are listed among the members too (the file's rule).
            let pick = |roles: &[&str]| -> Vec<Value> {
                members
                    .iter()
                    .filter(|(_, r)| roles.contains(&r.as_str()))
                    .map(|(u, _)| Value::from(u.as_str()))
                    .collect()
            };
            out.insert("Members".into(), Value::Array(pick(&["Member", "Admin"])));
            let admins = pick(&["Admin"]);
            if !admins.is_empty() {
                out.insert("Admins".into(), Value::Array(admins));
            }
        }
        list.push(Value::Object(out));
    }
    if !list.is_empty() {
        doc.insert("Group".into(), Value::Array(list));
    }
    (Value::Object(doc), missing)
}

/// The document as TOML, the file format.
pub fn to_toml(doc: &Value) -> Result<String, String> {
    toml::to_string(doc).map_err(|e| format!("cannot write the state as TOML: {e}"))
}
