//! Import lines: one line of a bundle file, or of `friend import`, `group import`,
//! `group members import` and `group import-msgs` files (the same format), as the typed item or
//! request its import endpoint takes, checked as far as the client can. One place, so the verbs
//! and `migrate`'s write stages send the same thing for the same line.

use serde_json::{Map, Value};

use crate::api::wire::group::{ImportGroupMsgItem, ImportGroupRequest, ImportMember};
use crate::api::wire::message::MsgElem;
use crate::api::wire::sns::FriendImportAddFriendItem;
use crate::domain::group::{
    self as rules, GroupType, FACE_URL_MAX, INTRODUCTION_MAX, NOTIFICATION_MAX,
};
use crate::domain::sns::{self as sns_rules, DEFAULT_ADD_SOURCE, REMARK_MAX};
use crate::domain::user_id;

/// One line as its request, checked with the console's rules.
pub fn group_request(map: &Map<String, Value>) -> Result<ImportGroupRequest, String> {
    let mut fields = map.clone();
    // A failures file's columns are not import_group's.
    for key in ["Error", "ErrorCode", "ErrorInfo"] {
        fields.remove(key);
    }
    let req: ImportGroupRequest = serde_json::from_value(Value::Object(fields))
        .map_err(|e| format!("not an import_group line: {e}"))?;
    let kind = GroupType::parse(&req.group_type)?;
    if matches!(kind, GroupType::AVChatRoom | GroupType::BChatRoom) {
        return Err(format!(
            "Type {}: AVChatRoom groups cannot be imported (10007)",
            req.group_type
        ));
    }
    rules::check_name(&req.name)?;
    let id = req.group_id.as_deref().ok_or("no \"GroupId\"")?;
    rules::check_custom_id(id, kind)?;
    for (name, value, max) in [
        ("Introduction", &req.introduction, INTRODUCTION_MAX),
        ("Notification", &req.notification, NOTIFICATION_MAX),
        ("FaceUrl", &req.face_url, FACE_URL_MAX),
    ] {
        if let Some(v) = value {
            rules::check_text(name, v, max)?;
        }
    }
    if let Some(o) = &req.owner_account {
        crate::domain::user_id::validate(o).map_err(|e| format!("Owner_Account `{o}`: {e}"))?;
    }
    if req.create_time.is_some_and(|t| t <= 0) {
        return Err("CreateTime must be Unix seconds".into());
    }
    if req.support_topic == Some(1) && kind != GroupType::Community {
        return Err("SupportTopic 1 is for Community groups only".into());
    }
    if let Some(o) = &req.apply_join_option {
        if !kind.takes_join_option() {
            return Err("ApplyJoinOption does not apply to Community groups".into());
        }
        rules::parse_join_option(o)?;
    }
    Ok(req)
}

/// The member a line describes: `Role` Admin (or Member, the default), `JoinTime` Unix
/// seconds, `UnreadMsgNum`.
pub fn member(account: &str, fields: &Map<String, Value>) -> Result<ImportMember, String> {
    crate::domain::user_id::validate(account)?;
    let role = match fields.get("Role") {
        None | Some(Value::Null) => None,
        Some(Value::String(r)) if r.is_empty() || r.eq_ignore_ascii_case("Member") => None,
        Some(Value::String(r)) if r.eq_ignore_ascii_case("Admin") => Some("Admin".to_string()),
        Some(other) => {
            return Err(format!(
                "Role {other}: only Admin can be imported (or Member, the default)"
            ))
        }
    };
    let join_time = match fields.get("JoinTime") {
        None | Some(Value::Null) => None,
        Some(v) => Some(
            v.as_i64()
                .filter(|t| *t > 0)
                .ok_or("JoinTime must be Unix seconds")?,
        ),
    };
    let unread_msg_num = match fields.get("UnreadMsgNum") {
        None | Some(Value::Null) => None,
        Some(v) => Some(
            v.as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or("UnreadMsgNum must be a whole number")?,
        ),
    };
    Ok(ImportMember {
        member_account: account.to_string(),
        role,
        join_time,
        unread_msg_num,
    })
}

/// The element types `import_group_msg` takes (spec §5.18).
const IMPORTABLE: [&str; 4] = [
    "TIMTextElem",
    "TIMFaceElem",
    "TIMLocationElem",
    "TIMCustomElem",
];
/// A body over this many bytes is refused (Result 80002).
const MAX_BODY: usize = 12_000;

/// One line as its message, checked as far as the client can.
pub fn group_msg(map: &Map<String, Value>) -> Result<ImportGroupMsgItem, String> {
    let from = match map.get("From_Account") {
        Some(Value::String(s)) => s.clone(),
        _ => return Err("no \"From_Account\" string".into()),
    };
    user_id::validate(&from).map_err(|e| format!("\"From_Account\" `{from}`: {e}"))?;
    let send_time = map
        .get("SendTime")
        .or_else(|| map.get("MsgTimeStamp"))
        .and_then(Value::as_i64)
        .filter(|t| *t > 0)
        .ok_or("\"SendTime\" must be the original send time in Unix seconds")?;
    let random = match map.get("Random").or_else(|| map.get("MsgRandom")) {
        None | Some(Value::Null) => None,
        Some(v) => Some(
            v.as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or("\"Random\" must be an integer 0..4294967295")?,
        ),
    };
    let body = map.get("MsgBody").ok_or("no \"MsgBody\"")?;
    let msg_body: Vec<MsgElem> = serde_json::from_value(body.clone())
        .map_err(|_| "\"MsgBody\" must be an array of {MsgType, MsgContent}".to_string())?;
    if msg_body.is_empty() {
        return Err("\"MsgBody\" needs at least one {MsgType, MsgContent} element".into());
    }
    if let Some(e) = msg_body
        .iter()
        .find(|e| !IMPORTABLE.contains(&e.msg_type.as_str()))
    {
        return Err(format!(
            "MsgType `{}`: import_group_msg takes {} only",
            e.msg_type,
            IMPORTABLE.join(", ")
        ));
    }
    let size = serde_json::to_vec(&msg_body).map_or(0, |b| b.len());
    if size > MAX_BODY {
        return Err(format!(
            "the body is {size} bytes; import_group_msg takes at most {MAX_BODY}"
        ));
    }
    let mut item = ImportGroupMsgItem {
        from_account: from,
        send_time,
        random,
        msg_body,
    };
    item.random = Some(random.unwrap_or_else(|| stable_random(&item)));
    Ok(item)
}

/// FNV-1a over the message: the same line gets the same `Random` in every run.
fn stable_random(item: &ImportGroupMsgItem) -> u32 {
    let text = format!(
        "{}\u{0}{}\u{0}{}",
        item.from_account,
        item.send_time,
        serde_json::to_string(&item.msg_body).unwrap_or_default()
    );
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// What a message's `Result` means (spec §5.18).
pub fn group_msg_refusal(result: i64) -> String {
    match result {
        10004 => "not imported (Result 10004): SendTime must be later than the group's creation \
                  and the newest message imported, and not in the future"
            .into(),
        80002 => "not imported (Result 80002): the message is over 12,000 bytes".into(),
        other => format!("not imported (Result {other})"),
    }
}

/// A friend line as `(From_Account, its friend_import item)`, checked: `field` reads a
/// column by its name (From_Account, Remark, Group, AddTime, AddSource).
pub fn friend_item(
    field: &dyn Fn(&str) -> Option<Value>,
    to_account: &str,
) -> Result<(String, FriendImportAddFriendItem), String> {
    let text = |name: &str| -> Result<Option<String>, String> {
        match field(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(format!("\"{name}\" must be a string")),
        }
    };
    let from = text("From_Account")?.ok_or("no From_Account")?;
    user_id::validate(&from).map_err(|e| format!("From_Account `{from}`: {e}"))?;
    user_id::validate(to_account).map_err(|e| format!("To_Account `{}`: {e}", to_account))?;
    if from == to_account {
        return Err("From_Account and To_Account are the same user".into());
    }
    let remark = text("Remark")?;
    if remark.as_ref().is_some_and(|r| r.len() > REMARK_MAX) {
        return Err(format!("Remark is over {REMARK_MAX} bytes"));
    }
    let groups: Option<Vec<String>> = match field("Group") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.split('|').map(|g| g.trim().to_string()).collect()),
        Some(Value::Array(a)) => Some(
            a.iter()
                .map(|v| v.as_str().map(String::from))
                .collect::<Option<_>>()
                .ok_or("\"Group\" must be a string or an array of strings")?,
        ),
        Some(_) => return Err("\"Group\" must be a string or an array of strings".into()),
    };
    for group in groups.iter().flatten() {
        sns_rules::check_list_name(group)?;
    }
    let add_time = match field("AddTime") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => Some(n.as_i64().filter(|t| *t >= 0)),
        Some(Value::String(s)) => Some(s.parse::<i64>().ok().filter(|t| *t >= 0)),
        Some(_) => Some(None),
    };
    let add_time = match add_time {
        Some(None) => return Err("AddTime must be a Unix time in seconds".into()),
        Some(t) => t,
        None => None,
    };
    let source = text("AddSource")?.unwrap_or(DEFAULT_ADD_SOURCE.into());
    if !sns_rules::is_add_source(&source) {
        return Err(format!(
            "AddSource `{source}` must be AddSource_Type_ and 1 to 8 letters"
        ));
    }
    Ok((
        from,
        FriendImportAddFriendItem {
            to_account: to_account.to_string(),
            add_source: source,
            remark,
            group_name: groups,
            add_time,
            ..Default::default()
        },
    ))
}
