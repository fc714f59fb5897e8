//! Reading and checking a C2C send request (`sendmsg`, `batchsendmsg`): the documented size,
//! lifetime, sender and body rules, with the service's codes; what the emulator acts on.

use serde_json::Value;

use crate::domain::codes;

/// Longest JSON body of a send (93000 beyond it).
const MAX_PACKET: usize = 12 * 1024;
/// Longest offline lifetime of a message, seconds (7 days).
const MAX_LIFETIME: i64 = 604_800;

/// A checked send: the parts of the body the emulator acts on.
pub(super) struct Send<'a> {
    pub from: &'a str,
    pub random: u32,
    /// False when the message makes no offline push (PushFlag 1, or a lone custom element
    /// without `OfflinePushInfo.Desc`).
    pub pushes: bool,
    /// `MsgBody` and `CloudCustomData`, kept for the history archive.
    pub body: &'a Value,
    pub cloud_custom_data: Option<&'a str>,
}

pub(super) type Fail = (i64, String);

pub(super) fn check_send<'a>(body: &'a Value, admin: &'a str) -> Result<Send<'a>, Fail> {
    if body.to_string().len() > MAX_PACKET {
        return Err((
            codes::JSON_TOO_LONG,
            format!("the JSON packet is longer than {MAX_PACKET} bytes"),
        ));
    }
    let random = match body.get("MsgRandom") {
        Some(v) => v
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| {
                (
                    codes::MSG_RANDOM_INVALID,
                    "MsgRandom must be an integer 0..4294967295".to_string(),
                )
            })?,
        None => return Err((codes::MSG_RANDOM_INVALID, "MsgRandom is required".into())),
    };
    if let Some(seq) = body.get("MsgSeq") {
        if seq.as_u64().and_then(|n| u32::try_from(n).ok()).is_none() {
            return Err((
                codes::MSG_SEQ_INVALID,
                "MsgSeq must be an integer 0..4294967295".into(),
            ));
        }
    }
    if let Some(sync) = body.get("SyncOtherMachine") {
        if !matches!(sync.as_i64(), Some(1 | 2)) {
            return Err((
                codes::SYNC_OTHER_MACHINE_INVALID,
                "SyncOtherMachine must be 1 or 2".into(),
            ));
        }
    }
    if let Some(life) = body.get("MsgLifeTime") {
        let life = life.as_i64().ok_or_else(|| {
            (
                codes::LIFETIME_NOT_INTEGER,
                "MsgLifeTime must be an integer".to_string(),
            )
        })?;
        if !(0..=MAX_LIFETIME).contains(&life) {
            return Err((
                codes::LIFETIME_TOO_LONG,
                format!("MsgLifeTime must be 0..{MAX_LIFETIME} seconds"),
            ));
        }
    }
    let elems = body
        .get("MsgBody")
        .ok_or_else(|| (codes::MSG_BODY_MALFORMED, "MsgBody is required".to_string()))?
        .as_array()
        .ok_or_else(|| {
            (
                codes::MSG_BODY_NOT_ARRAY,
                "MsgBody must be an array".to_string(),
            )
        })?;
    if elems.is_empty() {
        return Err((codes::MSG_BODY_MALFORMED, "MsgBody is empty".into()));
    }
    let mut custom = 0;
    for elem in elems {
        let kind = elem.get("MsgType").and_then(Value::as_str);
        let content = elem.get("MsgContent").filter(|c| c.is_object());
        let (Some(kind), Some(_)) = (kind, content) else {
            return Err((
                codes::MSG_FORMAT_INVALID,
                "every MsgBody element needs MsgType (a string) and MsgContent (an object)".into(),
            ));
        };
        if kind == "TIMCustomElem" {
            custom += 1;
        }
    }
    if custom > 1 {
        return Err((
            codes::MSG_FORMAT_INVALID,
            "only one TIMCustomElem per message".into(),
        ));
    }
    let push = match body.get("OfflinePushInfo") {
        None | Some(Value::Null) => None,
        Some(p @ Value::Object(_)) => Some(p),
        Some(_) => {
            return Err((
                codes::PUSH_INFO_MALFORMED,
                "OfflinePushInfo must be an object".into(),
            ))
        }
    };
    let suppressed = push.and_then(|p| p.get("PushFlag")).and_then(Value::as_i64) == Some(1);
    let desc = push
        .and_then(|p| p.get("Desc"))
        .and_then(Value::as_str)
        .is_some_and(|d| !d.is_empty());
    let lone_custom = elems.len() == 1 && custom == 1;
    let from = match body.get("From_Account") {
        None => admin,
        Some(v) => v.as_str().ok_or_else(|| {
            (
                codes::SENDER_MISSING,
                "From_Account must be a string".to_string(),
            )
        })?,
    };
    let cloud_custom_data = match body.get("CloudCustomData") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.as_str()),
        Some(_) => {
            return Err((
                codes::MSG_JSON_PARSE_FAILED,
                "CloudCustomData must be a string".into(),
            ))
        }
    };
    Ok(Send {
        from,
        random,
        pushes: !suppressed && (desc || !lone_custom),
        body: &body["MsgBody"],
        cloud_custom_data,
    })
}
