//! Reading request fields with the service's error codes, and writing a group or member in
//! the documented field names.

use super::*;
use crate::domain::codes;

pub(super) fn bad(msg: impl Into<String>) -> (i64, String) {
    (codes::GROUP_INVALID_PARAMETER, msg.into())
}

pub(super) fn gone(id: &str) -> (i64, String) {
    (
        codes::GROUP_NOT_FOUND,
        format!("group `{id}` does not exist or was disbanded"),
    )
}

pub(super) fn req_str<'a>(body: &'a Value, name: &str) -> Result<&'a str, (i64, String)> {
    opt_str(body, name)?.ok_or_else(|| bad(format!("{name} is required")))
}

pub(super) fn opt_str<'a>(body: &'a Value, name: &str) -> Result<Option<&'a str>, (i64, String)> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(bad(format!("{name} must be a string"))),
    }
}

pub(super) fn opt_u64(body: &Value, name: &str) -> Result<Option<u64>, (i64, String)> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .map(Some)
            .ok_or_else(|| bad(format!("{name} must be an unsigned integer"))),
    }
}

pub(super) fn text_field<'a>(
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

pub(super) fn str_list<'a>(body: &'a Value, name: &str) -> Result<Vec<&'a str>, (i64, String)> {
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

pub(super) fn key_values(body: &Value, name: &str) -> Result<Vec<(String, String)>, (i64, String)> {
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

pub(super) fn new_member(account: &str, role: &str, now: i64) -> Member {
    Member {
        account: account.into(),
        role: role.into(),
        join_time: now,
        msg_flag: "AcceptAndNotify".into(),
        ..Member::default()
    }
}

pub(super) fn mute_until(now: i64, seconds: u64) -> i64 {
    match seconds {
        0 => 0,
        s if s >= u64::from(MUTE_FOREVER) => i64::MAX,
        s => now + s as i64,
    }
}

/// `@TGS#` + a type digit + a stable code: unique per app and creation order.
pub(super) fn generated_id(kind: GroupType, sdkappid: u32, seq: u64) -> String {
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
pub(super) fn base_info(g: &Group, sdkappid: u32, filter: Option<&[String]>) -> Map<String, Value> {
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
pub(super) fn member_json(m: &Member, filter: Option<&[String]>) -> Value {
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
