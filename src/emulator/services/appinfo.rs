//! `openconfigsvr/getappinfo` (spec §7.1) and `ConfigSvc/GetIPList` (§7.3), answered from the
//! emulator's own state: the last 30 days (UTC), newest first, every value a string as the
//! service writes them. Groups and group messages are counted from the groups that exist (a
//! disbanded group, and the members who left, are not kept: `GroupDestroyGroupNum` and
//! `GroupQuitGroupTimes` are 0); counters the emulator has no source for (group deliveries and
//! pushes, relationship chains, callbacks) are 0.

use crate::domain::codes;
use std::collections::HashSet;
use std::net::IpAddr;

use serde_json::{json, Map, Value};

use super::message::Delivery;
use super::State;
use crate::api::wire::operations::APP_INFO_COUNTERS;
use crate::units::rfc3339;

const DAYS: i64 = 30;

/// The fields of a day that name the app; the figures are `APP_INFO_COUNTERS`.
const IDENTITY: [&str; 3] = ["AppName", "AppId", "Company"];

/// Every field of a day, in the order of the spec's table.
fn fields() -> impl Iterator<Item = &'static str> {
    IDENTITY.into_iter().chain(APP_INFO_COUNTERS)
}

/// `YYYYMMDD` of a unix day number.
fn date(day: i64) -> String {
    rfc3339(day * 86_400)
        .map(|s| s[..10].replace('-', ""))
        .unwrap_or_default()
}

/// The whole answer: openconfigsvr has no `ActionStatus`, and says `"ErrorInfo": "OK"`.
pub fn getappinfo(state: &State, body: &Value, now: i64) -> Value {
    let wanted: Option<Vec<&str>> = match body.get("RequestField") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => {
            let mut names = Vec::new();
            for item in items {
                match item.as_str() {
                    Some(name) if fields().any(|f| f == name) || name == "Date" => names.push(name),
                    _ => {
                        return json!({"ErrorCode": codes::OPENCONFIG_BAD_REQUEST,
                            "ErrorInfo": format!("RequestField holds an unknown field {item}")})
                    }
                }
            }
            Some(names)
        }
        Some(_) => {
            return json!({"ErrorCode": codes::OPENCONFIG_BAD_REQUEST, "ErrorInfo": "RequestField must be an array"})
        }
    };
    let today = now.div_euclid(86_400);
    let result: Vec<Value> = (0..DAYS)
        .map(|back| {
            let all = day_fields(state, today - back);
            let mut row = Map::new();
            for (name, value) in all {
                if wanted.as_ref().is_none_or(|w| w.contains(&name)) {
                    row.insert(name.into(), json!(value));
                }
            }
            row.insert("Date".into(), json!(date(today - back)));
            Value::Object(row)
        })
        .collect();
    json!({"ErrorCode": 0, "ErrorInfo": "OK", "Result": result})
}

fn day_fields(state: &State, day: i64) -> Vec<(&'static str, String)> {
    let (start, end) = (day * 86_400, (day + 1) * 86_400);
    let (new_users, total_users) = state.accounts.read(|accounts| {
        let new = accounts
            .values()
            .filter(|a| (start..end).contains(&a.created))
            .count();
        let total = accounts.values().filter(|a| a.created < end).count();
        (new, total)
    });
    let (up, down, pushed, senders, active) = state.messages.read(|messages| {
        let today: Vec<_> = messages
            .iter()
            .filter(|m| !m.imported && (start..end).contains(&m.time))
            .collect();
        let down = today
            .iter()
            .filter(|m| m.delivery == Delivery::Online)
            .count();
        let pushed = today
            .iter()
            .filter(|m| m.delivery == Delivery::Pushed)
            .count();
        let senders: HashSet<String> = today.iter().map(|m| m.from.clone()).collect();
        let mut active = senders.clone();
        active.extend(
            today
                .iter()
                .filter(|m| m.delivery == Delivery::Online)
                .map(|m| m.to.clone()),
        );
        (today.len(), down, pushed, senders, active)
    });
    let groups = GroupDay::count(state, start, end);
    let all_senders: HashSet<&String> = senders.iter().chain(&groups.senders).collect();
    let active = active.len() + groups.senders.difference(&active).count();
    let (logins, login_users, peak) = state.presence.day_counts(day);
    let app = &state.app;
    fields()
        .map(|name| {
            let value = match name {
                "AppName" => "imctl emulator".to_string(),
                "AppId" => app.sdkappid.to_string(),
                "Company" => "imctl".to_string(),
                "ActiveUserNum" => active.to_string(),
                "RegistUserNumOneDay" => new_users.to_string(),
                "RegistUserNumTotal" => total_users.to_string(),
                "LoginTimes" => logins.to_string(),
                "LoginUserNum" => login_users.to_string(),
                "MaxOnlineNum" => peak.to_string(),
                "UpMsgNum" => (up + groups.messages).to_string(),
                "C2CUpMsgNum" => up.to_string(),
                "DownMsgNum" | "C2CDownMsgNum" => down.to_string(),
                "SendMsgUserNum" => all_senders.len().to_string(),
                "C2CSendMsgUserNum" => senders.len().to_string(),
                "APNSMsgNum" | "C2CAPNSMsgNum" => pushed.to_string(),
                "GroupUpMsgNum" => groups.messages.to_string(),
                "GroupSendMsgUserNum" => groups.senders.len().to_string(),
                "GroupSendMsgGroupNum" => groups.with_messages.to_string(),
                "GroupJoinGroupTimes" => groups.joins.to_string(),
                "GroupNewGroupNum" => groups.new.to_string(),
                "GroupAllGroupNum" => groups.all.to_string(),
                // Not kept (group deliveries and pushes, disbands, leaves), or not emulated
                // (relationship chains, callback counts).
                _ => "0".to_string(),
            };
            (name, value)
        })
        .collect()
}

/// One day of the group service, from the groups that exist now.
#[derive(Debug, Default, PartialEq)]
struct GroupDay {
    /// Groups that existed at the end of the day / were created that day.
    all: usize,
    new: usize,
    /// Members who joined that day (at creation or later) and are still members.
    joins: usize,
    /// Messages sent that day (system notifications are not messages of a sender).
    messages: usize,
    senders: HashSet<String>,
    /// Groups with at least one message that day.
    with_messages: usize,
}

impl GroupDay {
    fn count(state: &State, start: i64, end: i64) -> GroupDay {
        let mut day = GroupDay::default();
        let within = |t: i64| (start..end).contains(&t);
        state.groups.read(|groups| {
            for group in groups.values() {
                if group.create_time >= end {
                    continue;
                }
                day.all += 1;
                day.new += usize::from(within(group.create_time));
                day.joins += group.members.iter().filter(|m| within(m.join_time)).count();
                let mut sent = group
                    .messages
                    .iter()
                    .filter(|m| !m.is_system && !m.imported && within(m.time))
                    .peekable();
                day.with_messages += usize::from(sent.peek().is_some());
                for m in sent {
                    day.messages += 1;
                    day.senders.insert(m.from_account.clone());
                }
            }
        });
        day
    }
}

/// `ConfigSvc/GetIPList?nettype=N`: where this emulator can be reached, which is also where its
/// traffic comes from. An emulator on every interface answers `0.0.0.0/0`.
pub fn get_ip_list(state: &State, nettype: Option<&str>) -> Value {
    let nettype = match nettype {
        None => 0,
        Some(n) => match n.parse::<u8>() {
            Ok(n) if n <= 6 => n,
            _ => {
                return json!({"ActionStatus": "FAIL", "ErrorCode": codes::INVALID_PARAMETERS,
                    "ErrorInfo": format!("nettype `{n}` is not 0..6")})
            }
        },
    };
    let _ = nettype; // every kind of traffic uses the one address
    let ip = state.app.listen.ip();
    let entry = match ip {
        IpAddr::V4(v4) if v4.is_unspecified() => "0.0.0.0/0".to_string(),
        IpAddr::V6(v6) if v6.is_unspecified() => "::/0".to_string(),
        ip => ip.to_string(),
    };
    json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "IPList": [entry]})
}
