//! `openconfigsvr/getappinfo` (spec §7.1) and `ConfigSvc/GetIPList` (§7.3), answered from the
//! emulator's own state: the last 30 days (UTC), newest first, every value a string as the
//! service writes them. Counters the emulator has no source for (groups, relationship chains,
//! callbacks) are 0 because nothing of the kind happened here.

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
                        return json!({"ErrorCode": 130001,
                            "ErrorInfo": format!("RequestField holds an unknown field {item}")})
                    }
                }
            }
            Some(names)
        }
        Some(_) => {
            return json!({"ErrorCode": 130001, "ErrorInfo": "RequestField must be an array"})
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
            .filter(|m| (start..end).contains(&m.time))
            .collect();
        let down = today
            .iter()
            .filter(|m| m.delivery == Delivery::Online)
            .count();
        let pushed = today
            .iter()
            .filter(|m| m.delivery == Delivery::Pushed)
            .count();
        let senders: HashSet<&str> = today.iter().map(|m| m.from.as_str()).collect();
        let mut active = senders.clone();
        active.extend(
            today
                .iter()
                .filter(|m| m.delivery == Delivery::Online)
                .map(|m| m.to.as_str()),
        );
        (today.len(), down, pushed, senders.len(), active.len())
    });
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
                "UpMsgNum" | "C2CUpMsgNum" => up.to_string(),
                "DownMsgNum" | "C2CDownMsgNum" => down.to_string(),
                "SendMsgUserNum" | "C2CSendMsgUserNum" => senders.to_string(),
                "APNSMsgNum" | "C2CAPNSMsgNum" => pushed.to_string(),
                // No groups, relationship chains or callbacks in the emulator.
                _ => "0".to_string(),
            };
            (name, value)
        })
        .collect()
}

/// `ConfigSvc/GetIPList?nettype=N`: where this emulator can be reached, which is also where its
/// traffic comes from. An emulator on every interface answers `0.0.0.0/0`.
pub fn get_ip_list(state: &State, nettype: Option<&str>) -> Value {
    let nettype = match nettype {
        None => 0,
        Some(n) => match n.parse::<u8>() {
            Ok(n) if n <= 6 => n,
            _ => {
                return json!({"ActionStatus": "FAIL", "ErrorCode": 70402,
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
