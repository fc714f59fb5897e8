//! `openim/query_online_status` and the legacy `querystate` (spec §2.1), answered from the
//! per-platform statuses the test-only `set_status` call sets (nobody logs in to an emulator).
//! Statuses live in memory only: a restarted emulator starts with everyone offline.

use crate::domain::codes;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Mutex;

use serde_json::{json, Map, Value};

use super::{invalid, user_field, Reply, State};
use crate::domain::limits::STATUS_BATCH;
use crate::emulator::callbacks::event_time;

/// The platforms as the spec spells them (compared case-insensitively: a sample says `IPhone`).
pub const PLATFORMS: [&str; 6] = ["iPhone", "Android", "Web", "PC", "iPad", "Mac"];
pub const STATUSES: [&str; 3] = ["Online", "PushOnline", "Offline"];

#[derive(Default)]
struct Inner {
    /// UserID -> platform -> status (Offline entries are removed).
    status: HashMap<String, BTreeMap<&'static str, &'static str>>,
    /// (day, UserID) of each change to Online: the day's logins.
    logins: Vec<(i64, String)>,
    /// Day -> most users Online at once.
    peak_online: HashMap<i64, u64>,
}

#[derive(Default)]
pub struct Presence {
    inner: Mutex<Inner>,
}

/// What a user's devices make of a message sent now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    Online,
    PushOnline,
    Offline,
}

impl Presence {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The user's overall status: Online if any device is, else PushOnline if any is.
    pub fn reach(&self, user: &str) -> Reach {
        overall(self.lock().status.get(user))
    }

    /// Sets one platform's status; `day` is the unix day number, for the daily counters.
    pub fn set(&self, user: &str, platform: &'static str, status: &'static str, day: i64) {
        let mut inner = self.lock();
        let entry = inner.status.entry(user.to_string()).or_default();
        let was_online = entry.get(platform) == Some(&"Online");
        if status == "Offline" {
            entry.remove(platform);
        } else {
            entry.insert(platform, status);
        }
        if entry.is_empty() {
            inner.status.remove(user);
        }
        if status == "Online" && !was_online {
            inner.logins.push((day, user.to_string()));
        }
        let online = inner
            .status
            .values()
            .filter(|p| p.values().any(|s| *s == "Online"))
            .count() as u64;
        let peak = inner.peak_online.entry(day).or_default();
        *peak = (*peak).max(online);
    }

    /// Every platform offline (kicked or deleted).
    pub fn clear(&self, user: &str) {
        self.lock().status.remove(user);
    }

    /// (logins, distinct users who logged in, peak online) on `day`.
    pub fn day_counts(&self, day: i64) -> (u64, u64, u64) {
        let inner = self.lock();
        let logins: Vec<&String> = inner
            .logins
            .iter()
            .filter(|(d, _)| *d == day)
            .map(|(_, u)| u)
            .collect();
        let users: HashSet<&String> = logins.iter().copied().collect();
        let peak = inner.peak_online.get(&day).copied().unwrap_or(0);
        (logins.len() as u64, users.len() as u64, peak)
    }
}

fn overall(platforms: Option<&BTreeMap<&'static str, &'static str>>) -> Reach {
    let statuses = platforms.into_iter().flat_map(|p| p.values());
    let mut reach = Reach::Offline;
    for s in statuses {
        match *s {
            "Online" => return Reach::Online,
            "PushOnline" => reach = Reach::PushOnline,
            _ => {}
        }
    }
    reach
}

fn reach_name(reach: Reach) -> &'static str {
    match reach {
        Reach::Online => "Online",
        Reach::PushOnline => "PushOnline",
        Reach::Offline => "Offline",
    }
}

pub fn online_status(state: &State, body: &Value, status_field: &str) -> Reply {
    let list = body
        .get("To_Account")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| {
            (
                codes::MSG_JSON_PARSE_FAILED,
                "To_Account is required (a non-empty array)".to_string(),
            )
        })?;
    if list.len() > STATUS_BATCH {
        return Err((
            codes::TOO_MANY_TARGETS,
            format!("at most {STATUS_BATCH} accounts per request"),
        ));
    }
    let detail = body.get("IsNeedDetail").and_then(Value::as_i64) == Some(1);
    let mut results = Vec::new();
    let mut errors = Vec::new();
    let presence = state.presence.lock();
    state.accounts.read(|accounts| {
        for id in list {
            let Some(id) = id.as_str() else {
                errors.push(json!({"To_Account": id, "ErrorCode": codes::TO_ACCOUNT_INVALID}));
                continue;
            };
            if accounts.contains_key(id) {
                let platforms = presence.status.get(id);
                let mut item = Map::new();
                item.insert("To_Account".into(), json!(id));
                item.insert(status_field.into(), json!(reach_name(overall(platforms))));
                if detail {
                    if let Some(platforms) = platforms.filter(|p| !p.is_empty()) {
                        let detail: Vec<Value> = platforms
                            .iter()
                            .map(|(p, s)| json!({"Platform": p, "Status": s}))
                            .collect();
                        item.insert("Detail".into(), json!(detail));
                    }
                }
                results.push(Value::Object(item));
            } else {
                errors.push(json!({"To_Account": id, "ErrorCode": codes::ACCOUNT_NOT_IMPORTED}));
            }
        }
    });
    if results.is_empty() {
        return Err((
            codes::ACCOUNT_NOT_IMPORTED,
            "none of the accounts is imported".into(),
        ));
    }
    Ok(json!({ "QueryResult": results, "ErrorList": errors }))
}

/// The test-only `POST /imctl-test/set_status` `{"UserID","Platform","Status"}`: what a client
/// logging in, going to the background or logging out on that platform would do.
/// A status platform as the callback's `OptPlatform` names it (`IOS` in upper case there).
fn opt_platform(platform: &str) -> &'static str {
    match platform {
        "iPhone" => "IOS",
        "iPad" => "iPad",
        "Android" => "Android",
        "Web" => "Web",
        "PC" => "Windows",
        "Mac" => "macOS",
        _ => "Unknown",
    }
}

pub fn set_status(state: &State, body: &Value, now: i64) -> Reply {
    let id = user_field(body, &["UserID"])?;
    let text = |name: &str| -> Result<&str, (i64, String)> {
        body.get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| invalid(format!("{name} is required (a string)")))
    };
    let platform = text("Platform")?;
    let platform = PLATFORMS
        .iter()
        .find(|p| p.eq_ignore_ascii_case(platform))
        .ok_or_else(|| {
            invalid(format!(
                "Platform `{platform}` is not one of {}",
                PLATFORMS.join(", ")
            ))
        })?;
    let status = text("Status")?;
    let status = STATUSES
        .iter()
        .find(|s| s.eq_ignore_ascii_case(status))
        .ok_or_else(|| {
            invalid(format!(
                "Status `{status}` is not one of {}",
                STATUSES.join(", ")
            ))
        })?;
    if !state.accounts.read(|a| a.contains_key(id)) {
        return Err((
            codes::ACCOUNT_NOT_IMPORTED,
            format!("UserID `{id}` is not imported"),
        ));
    }
    state
        .presence
        .set(id, platform, status, now.div_euclid(86_400));
    if let Some(callbacks) = &state.callbacks {
        // What the device did, in the callback's words (spec §9.4).
        let (action, reason) = match *status {
            "Online" => ("Login", "Register"),
            "PushOnline" => ("Disconnect", "LinkClose"),
            _ => ("Logout", "Unregister"),
        };
        let event = json!({
            "EventTime": event_time(now),
            "Info": {"Action": action, "To_Account": id, "Reason": reason},
        });
        callbacks.after_from("State.StateChange", event, now, opt_platform(platform));
    }
    Ok(json!({}))
}
