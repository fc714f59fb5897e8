//! The desired-state file (`imctl.toml`) into [`Desired`]: unknown keys, duplicates, admins who
//! are not members and values the service would refuse are `FILE:LINE: reason`, all of them,
//! before anything is sent (exit 2).

use crate::domain::codes;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;
use toml::Spanned;

use super::lists;
use super::model::{Account, Desired, Group, FACE_TAG, NICK_TAG};
use crate::domain::group::{self as rules, GroupType, FACE_URL_MAX, INTRODUCTION_MAX};
use crate::domain::group::{JOIN_OPTIONS, NOTIFICATION_MAX};
use crate::domain::{profile_fields, user_id};
use crate::error::Error;

/// At most this many problems are listed; the rest are counted.
const LISTED: usize = 20;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(rename = "SDKAppID")]
    sdkappid: Option<Spanned<u64>>,
    #[serde(rename = "AccountsFile")]
    accounts_file: Option<Spanned<String>>,
    #[serde(rename = "Account", default)]
    accounts: Vec<RawAccount>,
    #[serde(rename = "Group", default)]
    groups: Vec<RawGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccount {
    #[serde(rename = "UserID")]
    user_id: Spanned<String>,
    #[serde(rename = "Nick")]
    nick: Option<Spanned<String>>,
    #[serde(rename = "FaceUrl")]
    face_url: Option<Spanned<String>>,
    #[serde(rename = "Profile")]
    profile: Option<Spanned<toml::Table>>,
    #[serde(rename = "Absent", default)]
    absent: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    #[serde(rename = "GroupId")]
    group_id: Spanned<String>,
    #[serde(rename = "Type")]
    kind: Option<Spanned<String>>,
    #[serde(rename = "Name")]
    name: Option<Spanned<String>>,
    #[serde(rename = "Owner")]
    owner: Option<Spanned<String>>,
    #[serde(rename = "Introduction")]
    introduction: Option<Spanned<String>>,
    #[serde(rename = "Notification")]
    notification: Option<Spanned<String>>,
    #[serde(rename = "FaceUrl")]
    face_url: Option<Spanned<String>>,
    #[serde(rename = "MaxMemberCount")]
    max_member_count: Option<Spanned<u64>>,
    #[serde(rename = "ApplyJoinOption")]
    apply_join_option: Option<Spanned<String>>,
    #[serde(rename = "MuteAllMember")]
    mute_all_member: Option<Spanned<toml::Value>>,
    #[serde(rename = "Members")]
    members: Option<Vec<Spanned<String>>>,
    #[serde(rename = "Admins")]
    admins: Option<Vec<Spanned<String>>>,
    #[serde(rename = "MembersFile")]
    members_file: Option<Spanned<String>>,
    #[serde(rename = "Absent", default)]
    absent: bool,
}

/// Collects `FILE:LINE: reason` problems.
struct Problems<'a> {
    name: &'a str,
    /// Byte offsets where lines start: a span's line is a binary search, not a scan (a group
    /// of 10,000 members has 10,000 spans).
    lines: Vec<usize>,
    list: Vec<String>,
}

impl Problems<'_> {
    fn at(&self, offset: usize) -> String {
        let line = self.lines.partition_point(|start| *start <= offset);
        format!("{}:{line}", self.name)
    }

    fn add<T>(&mut self, spanned: &Spanned<T>, reason: impl Into<String>) {
        let at = self.at(spanned.span().start);
        self.list.push(format!("{at}: {}", reason.into()));
    }

    fn into_result(self) -> Result<(), Error> {
        if self.list.is_empty() {
            return Ok(());
        }
        let n = self.list.len();
        let mut lines: Vec<String> = self.list.into_iter().take(LISTED).collect();
        if n > LISTED {
            lines.push(format!("… and {} more problem(s)", n - LISTED));
        }
        Err(Error::usage(lines.join("\n")))
    }
}

/// Parses and checks the file `name` (its text), reading `AccountsFile` and `MembersFile`
/// relative to `base` (the file's folder).
pub fn parse(name: &str, text: &str, base: &Path) -> Result<Desired, Error> {
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let at = match e.span() {
            Some(span) => {
                let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                format!("{name}:{line}")
            }
            None => name.to_string(),
        };
        Error::usage(format!("{at}: {}", e.message().trim()))
    })?;
    let lines = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut p = Problems {
        name,
        lines,
        list: Vec::new(),
    };
    let mut out = Desired {
        sdkappid: raw.sdkappid.map(|s| s.into_inner()),
        ..Desired::default()
    };
    let mut seen: HashMap<String, String> = HashMap::new();
    for a in &raw.accounts {
        if let Some(account) = account(&mut p, a) {
            if let Some(first) = seen.get(&account.user_id) {
                p.add(
                    &a.user_id,
                    format!(
                        "UserID `{}` is declared twice (first at {first})",
                        account.user_id
                    ),
                );
                continue;
            }
            seen.insert(account.user_id.clone(), account.at.clone());
            out.accounts.push(account);
        }
    }
    if let Some(file) = &raw.accounts_file {
        let path = resolve(base, file.get_ref());
        for (at, record) in lists::accounts(&path)? {
            if let Some(first) = seen.get(&record.user_id) {
                p.list.push(format!(
                    "{at}: UserID `{}` is declared twice (first at {first})",
                    record.user_id
                ));
                continue;
            }
            seen.insert(record.user_id.clone(), at.clone());
            out.accounts.push(Account { at, ..record });
        }
    }
    let mut groups: HashMap<String, String> = HashMap::new();
    for g in &raw.groups {
        let Some(group) = group(&mut p, g, base)? else {
            continue;
        };
        if let Some(first) = groups.get(&group.group_id) {
            p.add(
                &g.group_id,
                format!(
                    "GroupId `{}` is declared twice (first at {first})",
                    group.group_id
                ),
            );
            continue;
        }
        groups.insert(group.group_id.clone(), group.at.clone());
        out.groups.push(group);
    }
    let absent: HashSet<&str> = out
        .accounts
        .iter()
        .filter(|a| a.absent)
        .map(|a| a.user_id.as_str())
        .collect();
    for g in out.groups.iter().filter(|g| !g.absent) {
        let users = g
            .owner
            .iter()
            .chain(g.members.iter().flatten())
            .chain(&g.admins);
        for u in users.filter(|u| absent.contains(u.as_str())) {
            let key = lines_key(g, u);
            p.list.push(format!(
                "{}: `{u}` is declared Absent but is in group `{}`",
                g.line_of(&key),
                g.group_id
            ));
        }
    }
    p.into_result()?;
    Ok(out)
}

fn lines_key(g: &Group, user: &str) -> String {
    if g.owner.as_deref() == Some(user) {
        "Owner".into()
    } else if g.admins.iter().any(|a| a == user) {
        format!("admin:{user}")
    } else {
        format!("member:{user}")
    }
}

fn resolve(base: &Path, path: &str) -> PathBuf {
    let path = Path::new(path);
    // Relative to the file's folder; named as written when that is the current one.
    if path.is_absolute() || base == Path::new(".") {
        path.to_path_buf()
    } else {
        base.join(path)
    }
}

fn account(p: &mut Problems<'_>, a: &RawAccount) -> Option<Account> {
    let before = p.list.len();
    let id = a.user_id.get_ref();
    if let Err(e) = user_id::validate(id) {
        p.add(&a.user_id, format!("UserID `{id}`: {e}"));
    }
    let mut profile = BTreeMap::new();
    if let Some(nick) = &a.nick {
        profile.insert(NICK_TAG.to_string(), Value::from(nick.get_ref().as_str()));
    }
    if let Some(face) = &a.face_url {
        profile.insert(FACE_TAG.to_string(), Value::from(face.get_ref().as_str()));
    }
    if let Some(table) = &a.profile {
        for (tag, value) in table.get_ref() {
            let value = match value {
                toml::Value::String(s) => Value::from(s.as_str()),
                toml::Value::Integer(n) => Value::from(*n),
                other => {
                    p.add(
                        table,
                        format!("Profile.{tag}: a {} is not a profile value (strings and whole numbers only)", other.type_str()),
                    );
                    continue;
                }
            };
            if tag == NICK_TAG && a.nick.is_some() || tag == FACE_TAG && a.face_url.is_some() {
                p.add(
                    table,
                    format!("Profile.{tag} repeats what Nick/FaceUrl already set"),
                );
                continue;
            }
            profile.insert(tag.clone(), value);
        }
    }
    for (tag, value) in &profile {
        if let Err((code, reason)) = profile_fields::check_value(tag, value) {
            let why = if code == codes::PROFILE_UNKNOWN_TAG {
                format!("`{tag}` is not a profile tag: standard Tag_Profile_IM_* fields, or Tag_Profile_Custom_<letters, at most 8>")
            } else {
                reason
            };
            match (&a.profile, tag.as_str()) {
                (_, NICK_TAG) if a.nick.is_some() => {
                    p.add(a.nick.as_ref().unwrap_or(&a.user_id), why)
                }
                (_, FACE_TAG) if a.face_url.is_some() => {
                    p.add(a.face_url.as_ref().unwrap_or(&a.user_id), why)
                }
                (Some(t), _) => p.add(t, why),
                (None, _) => p.add(&a.user_id, why),
            }
        }
    }
    if a.absent && !profile.is_empty() {
        p.add(
            &a.user_id,
            format!("account `{id}` is Absent and has profile fields"),
        );
    }
    (p.list.len() == before).then(|| Account {
        user_id: id.clone(),
        profile,
        absent: a.absent,
        at: p.at(a.user_id.span().start),
    })
}

fn text(
    p: &mut Problems<'_>,
    field: &str,
    value: &Option<Spanned<String>>,
    max: usize,
) -> Option<String> {
    let v = value.as_ref()?;
    if let Err(e) = rules::check_text(field, v.get_ref(), max) {
        p.add(v, e);
    }
    Some(v.get_ref().clone())
}

fn group(p: &mut Problems<'_>, g: &RawGroup, base: &Path) -> Result<Option<Group>, Error> {
    let before = p.list.len();
    let id = g.group_id.get_ref().clone();
    let mut lines = HashMap::new();
    let kind = match &g.kind {
        Some(k) => {
            lines.insert("Type".to_string(), p.at(k.span().start));
            match GroupType::parse(k.get_ref()) {
                Ok(t) if t.can_create() => Some(t),
                Ok(t) => {
                    p.add(
                        k,
                        format!("{t} is a list filter only, not a type a group can have"),
                    );
                    None
                }
                Err(e) => {
                    p.add(k, e);
                    None
                }
            }
        }
        None => None,
    };
    let id_check = match kind {
        Some(kind) => rules::check_custom_id(&id, kind),
        None => rules::check_group_id(&id),
    };
    if let Err(e) = id_check {
        p.add(&g.group_id, format!("GroupId `{id}`: {e}"));
    }
    if let Some(name) = &g.name {
        if let Err(e) = rules::check_name(name.get_ref()) {
            p.add(name, e);
        }
    }
    let introduction = text(p, "Introduction", &g.introduction, INTRODUCTION_MAX);
    let notification = text(p, "Notification", &g.notification, NOTIFICATION_MAX);
    let face_url = text(p, "FaceUrl", &g.face_url, FACE_URL_MAX);
    let apply_join_option =
        g.apply_join_option
            .as_ref()
            .and_then(|o| match rules::parse_join_option(o.get_ref()) {
                Ok(v) if kind == Some(GroupType::Community) => {
                    p.add(o, "ApplyJoinOption does not apply to Community groups");
                    Some(v.to_string())
                }
                Ok(v) => Some(v.to_string()),
                Err(e) => {
                    p.add(o, format!("{e} ({})", JOIN_OPTIONS.join(", ")));
                    None
                }
            });
    let mute_all_member = g.mute_all_member.as_ref().and_then(|m| match m.get_ref() {
        toml::Value::Boolean(b) => Some(if *b { "On" } else { "Off" }.to_string()),
        toml::Value::String(s) if s.eq_ignore_ascii_case("on") => Some("On".into()),
        toml::Value::String(s) if s.eq_ignore_ascii_case("off") => Some("Off".into()),
        _ => {
            p.add(m, "MuteAllMember is \"On\" or \"Off\" (or true/false)");
            None
        }
    });
    if let Some(n) = &g.max_member_count {
        if *n.get_ref() == 0 {
            p.add(n, "MaxMemberCount must be 1 or more");
        }
    }
    let owner = g.owner.as_ref().map(|o| {
        if let Err(e) = user_id::validate(o.get_ref()) {
            p.add(o, format!("Owner `{}`: {e}", o.get_ref()));
        }
        lines.insert("Owner".to_string(), p.at(o.span().start));
        o.get_ref().clone()
    });
    let managed = g.members.is_some() || g.admins.is_some() || g.members_file.is_some();
    let mut members: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    for m in g.members.iter().flatten() {
        let user = m.get_ref();
        if let Err(e) = user_id::validate(user) {
            p.add(m, format!("member `{user}`: {e}"));
        } else if owner.as_deref() == Some(user.as_str()) {
            // The owner is a member implicitly; listing them too is harmless.
        } else if !seen.insert(user.clone()) {
            p.add(m, format!("member `{user}` is listed twice"));
        } else {
            lines.insert(format!("member:{user}"), p.at(m.span().start));
            members.push(user.clone());
        }
    }
    if let Some(file) = &g.members_file {
        let path = resolve(base, file.get_ref());
        for (at, record) in lists::accounts(&path)? {
            let user = record.user_id;
            if owner.as_deref() == Some(user.as_str()) || !seen.insert(user.clone()) {
                continue;
            }
            lines.insert(format!("member:{user}"), at);
            members.push(user);
        }
    }
    let mut admins = Vec::new();
    for a in g.admins.iter().flatten() {
        let user = a.get_ref();
        if owner.as_deref() == Some(user.as_str()) {
            p.add(
                a,
                format!("`{user}` owns group `{id}`: the owner cannot also be an admin"),
            );
        } else if !seen.contains(user) {
            p.add(
                a,
                format!("admin `{user}` is not a member of group `{id}`: add them to Members"),
            );
        } else if !admins.contains(user) {
            lines.insert(format!("admin:{user}"), p.at(a.span().start));
            admins.push(user.clone());
        }
    }
    members.retain(|m| !admins.contains(m));
    if managed && kind.is_some_and(|k| !k.manages_members()) {
        p.add(&g.group_id, format!("{} groups take no members through the REST API (members join through the SDK): remove Members/Admins/MembersFile", kind.map_or("", |k| k.as_str())));
    }
    if p.list.len() != before {
        return Ok(None);
    }
    Ok(Some(Group {
        group_id: id,
        kind: kind.map(|k| k.as_str().to_string()),
        name: g.name.as_ref().map(|n| n.get_ref().clone()),
        owner,
        introduction,
        notification,
        face_url,
        max_member_count: g.max_member_count.as_ref().map(|n| *n.get_ref()),
        apply_join_option,
        mute_all_member,
        members: managed.then_some(members),
        admins,
        absent: g.absent,
        at: p.at(g.group_id.span().start),
        lines,
    }))
}

#[cfg(test)]
mod tests;
