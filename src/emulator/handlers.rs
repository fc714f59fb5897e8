//! The documented commands: request body in, response body out, with the spec's field names,
//! limits and error codes (spec §2, §3, §7.4). Later services plug into [`handle`].

use serde_json::{json, Map, Value};

use super::state::{Account, State};
use crate::domain::limits::{ACCOUNT_BATCH, PROFILE_BATCH, STATUS_BATCH};
use crate::domain::profile_fields::{self, MAX_TEXT};
use crate::domain::user_id;

const FOREVER: u32 = u32::MAX;

type Reply = Result<Value, (i64, String)>;

/// Answers one command; `None` when the emulator does not know it.
pub fn handle(
    state: &State,
    service: &str,
    command: &str,
    body: &Value,
    now: i64,
) -> Option<Value> {
    let reply = match (service, command) {
        ("im_open_login_svc", "account_import") => account_import(state, body),
        ("im_open_login_svc", "multiaccount_import") => multiaccount_import(state, body),
        ("im_open_login_svc", "account_delete") => account_delete(state, body),
        ("im_open_login_svc", "account_check") => account_check(state, body),
        ("im_open_login_svc", "kick") => kick(state, body),
        ("openim", "query_online_status") => online_status(state, body, "Status"),
        ("openim", "querystate") => online_status(state, body, "State"),
        ("profile", "portrait_get") => portrait_get(state, body),
        ("profile", "portrait_set") => portrait_set(state, body),
        ("openconfigsvr", "setnospeaking") => return Some(bare(set_no_speaking(state, body, now))),
        ("openconfigsvr", "getnospeaking") => return Some(bare(get_no_speaking(state, body, now))),
        _ => return None,
    };
    Some(match reply {
        Ok(fields) => ok(fields),
        Err((code, info)) => fail(code, &info),
    })
}

/// `{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}` followed by the command's fields.
pub fn ok(fields: Value) -> Value {
    let mut out = Map::new();
    out.insert("ActionStatus".into(), json!("OK"));
    out.insert("ErrorCode".into(), json!(0));
    out.insert("ErrorInfo".into(), json!(""));
    if let Value::Object(extra) = fields {
        out.extend(extra);
    }
    Value::Object(out)
}

pub fn fail(code: i64, info: &str) -> Value {
    json!({"ActionStatus": "FAIL", "ErrorCode": code, "ErrorInfo": info})
}

/// openconfigsvr answers without `ActionStatus`.
fn bare(reply: Reply) -> Value {
    match reply {
        Ok(Value::Object(fields)) => {
            let mut out = Map::new();
            out.insert("ErrorCode".into(), json!(0));
            out.insert("ErrorInfo".into(), json!(""));
            out.extend(fields);
            Value::Object(out)
        }
        Ok(_) => json!({"ErrorCode": 0, "ErrorInfo": ""}),
        Err((code, info)) => json!({"ErrorCode": code, "ErrorInfo": info}),
    }
}

fn invalid(message: impl Into<String>) -> (i64, String) {
    (70402, message.into())
}

/// A UserID field: `UserID`, or the legacy `Identifier`.
fn user_field<'a>(body: &'a Value, names: &[&str]) -> Result<&'a str, (i64, String)> {
    let value = names
        .iter()
        .find_map(|n| body.get(*n))
        .ok_or_else(|| invalid(format!("{} is required", names[0])))?;
    let id = value
        .as_str()
        .ok_or_else(|| (60015, format!("{} must be a string", names[0])))?;
    check_user_id(id).map_err(invalid)?;
    Ok(id)
}

fn check_user_id(id: &str) -> Result<(), String> {
    user_id::validate(id).map_err(|e| format!("`{id}`: {e}"))
}

fn optional_string<'a>(body: &'a Value, name: &str) -> Result<Option<&'a str>, (i64, String)> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.len() > MAX_TEXT => {
            Err((40601, format!("{name} is longer than {MAX_TEXT} bytes")))
        }
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(invalid(format!("{name} must be a string"))),
    }
}

fn apply_nick_face(account: &mut Account, nick: Option<&str>, face: Option<&str>) {
    if let Some(nick) = nick {
        account
            .profile
            .insert("Tag_Profile_IM_Nick".into(), json!(nick));
    }
    if let Some(face) = face {
        account
            .profile
            .insert("Tag_Profile_IM_Image".into(), json!(face));
    }
}

fn persist_error(e: String) -> (i64, String) {
    (70500, format!("internal server error: {e}"))
}

// ---------------------------------------------------------------- im_open_login_svc

fn account_import(state: &State, body: &Value) -> Reply {
    let id = user_field(body, &["UserID", "Identifier"])?;
    let nick = optional_string(body, "Nick")?;
    let face = optional_string(body, "FaceUrl")?;
    state
        .write(|accounts, changed| {
            apply_nick_face(accounts.entry(id.to_string()).or_default(), nick, face);
            changed.push(id.to_string());
        })
        .map_err(persist_error)?;
    Ok(json!({}))
}

fn multiaccount_import(state: &State, body: &Value) -> Reply {
    // (UserID, Nick, FaceUrl) per entry; the old form carries IDs only.
    let mut entries: Vec<(String, Option<String>, Option<String>)> = Vec::new();
    if let Some(list) = body.get("AccountList") {
        let list = list
            .as_array()
            .ok_or_else(|| invalid("AccountList must be an array"))?;
        for item in list {
            let id = item
                .get("UserID")
                .and_then(Value::as_str)
                .ok_or_else(|| (60015, "AccountList[].UserID must be a string".to_string()))?;
            let nick = optional_string(item, "Nick")?.map(str::to_string);
            let face = optional_string(item, "FaceUrl")?.map(str::to_string);
            entries.push((id.to_string(), nick, face));
        }
    } else if let Some(list) = body.get("Accounts") {
        let list = list
            .as_array()
            .ok_or_else(|| invalid("Accounts must be an array"))?;
        for item in list {
            let id = item
                .as_str()
                .ok_or_else(|| (60015, "Accounts[] must be strings".to_string()))?;
            entries.push((id.to_string(), None, None));
        }
    } else {
        return Err(invalid("Accounts or AccountList is required"));
    }
    if entries.is_empty() {
        return Err(invalid("no accounts to import"));
    }
    if entries.len() > ACCOUNT_BATCH {
        return Err((
            70206,
            format!(
                "at most {ACCOUNT_BATCH} accounts per request, got {}",
                entries.len()
            ),
        ));
    }
    let mut fail_accounts = Vec::new();
    state
        .write(|accounts, changed| {
            for (id, nick, face) in &entries {
                if check_user_id(id).is_err() {
                    fail_accounts.push(id.clone());
                    continue;
                }
                apply_nick_face(
                    accounts.entry(id.clone()).or_default(),
                    nick.as_deref(),
                    face.as_deref(),
                );
                changed.push(id.clone());
            }
        })
        .map_err(persist_error)?;
    Ok(json!({ "FailAccounts": fail_accounts }))
}

/// `[{ "UserID": ... }]` lists of account_delete / account_check.
fn user_items<'a>(body: &'a Value, field: &str) -> Result<Vec<&'a str>, (i64, String)> {
    let list = body
        .get(field)
        .and_then(Value::as_array)
        .ok_or_else(|| invalid(format!("{field} is required (an array)")))?;
    if list.is_empty() {
        return Err(invalid(format!("{field} is empty")));
    }
    if list.len() > ACCOUNT_BATCH {
        return Err((
            70206,
            format!(
                "at most {ACCOUNT_BATCH} items in {field}, got {}",
                list.len()
            ),
        ));
    }
    list.iter()
        .map(|item| {
            item.get("UserID")
                .and_then(Value::as_str)
                .ok_or_else(|| (60015, format!("{field}[].UserID must be a string")))
        })
        .collect()
}

fn account_delete(state: &State, body: &Value) -> Reply {
    let ids = user_items(body, "DeleteItem")?;
    let items = state
        .write(|accounts, changed| {
            ids.iter()
                .map(|id| {
                    if accounts.remove(*id).is_some() {
                        changed.push(id.to_string());
                        json!({"UserID": id, "ResultCode": 0, "ResultInfo": ""})
                    } else {
                        json!({"UserID": id, "ResultCode": 70107,
                               "ResultInfo": "Err_TLS_PT_Open_Login_Account_Not_Exist"})
                    }
                })
                .collect::<Vec<_>>()
        })
        .map_err(persist_error)?;
    Ok(json!({ "ResultItem": items }))
}

fn account_check(state: &State, body: &Value) -> Reply {
    let ids = user_items(body, "CheckItem")?;
    let items: Vec<Value> =
        state.read(|accounts| {
            ids.iter()
            .map(|id| {
                let status = if accounts.contains_key(*id) { "Imported" } else { "NotImported" };
                json!({"UserID": id, "ResultCode": 0, "ResultInfo": "", "AccountStatus": status})
            })
            .collect()
        });
    Ok(json!({ "ResultItem": items }))
}

fn kick(state: &State, body: &Value) -> Reply {
    let id = user_field(body, &["UserID", "Identifier"])?;
    let found = state
        .write(|accounts, changed| match accounts.get_mut(id) {
            Some(account) => {
                account.kicks += 1;
                changed.push(id.to_string());
                true
            }
            None => false,
        })
        .map_err(persist_error)?;
    if found {
        Ok(json!({}))
    } else {
        Err((70107, format!("UserID `{id}` is not imported")))
    }
}

// ---------------------------------------------------------------- openim

fn online_status(state: &State, body: &Value, status_field: &str) -> Reply {
    let list = body
        .get("To_Account")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| {
            (
                90001,
                "To_Account is required (a non-empty array)".to_string(),
            )
        })?;
    if list.len() > STATUS_BATCH {
        return Err((
            90011,
            format!("at most {STATUS_BATCH} accounts per request"),
        ));
    }
    let detail = body.get("IsNeedDetail").and_then(Value::as_i64) == Some(1);
    let mut results = Vec::new();
    let mut errors = Vec::new();
    state.read(|accounts| {
        for id in list {
            let Some(id) = id.as_str() else {
                errors.push(json!({"To_Account": id, "ErrorCode": 90003}));
                continue;
            };
            if accounts.contains_key(id) {
                // Nobody logs in to an emulator: every imported account is offline.
                let mut item = Map::new();
                item.insert("To_Account".into(), json!(id));
                item.insert(status_field.into(), json!("Offline"));
                if detail {
                    item.insert("Detail".into(), json!([]));
                }
                results.push(Value::Object(item));
            } else {
                errors.push(json!({"To_Account": id, "ErrorCode": 70107}));
            }
        }
    });
    if results.is_empty() {
        return Err((70107, "none of the accounts is imported".into()));
    }
    Ok(json!({ "QueryResult": results, "ErrorList": errors }))
}

// ---------------------------------------------------------------- profile

fn portrait_get(state: &State, body: &Value) -> Reply {
    let users = body
        .get("To_Account")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| (40002, "To_Account is required".to_string()))?;
    if users.len() > PROFILE_BATCH {
        return Err((
            40001,
            format!("at most {PROFILE_BATCH} accounts per request"),
        ));
    }
    let tags = body
        .get("TagList")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| (40001, "TagList is required".to_string()))?;
    let mut tag_names = Vec::new();
    for tag in tags {
        let tag = tag
            .as_str()
            .ok_or_else(|| (40001, "TagList[] must be strings".to_string()))?;
        if profile_fields::kind(tag).is_none() {
            return Err((40009, format!("unknown profile tag `{tag}`")));
        }
        tag_names.push(tag);
    }
    let mut items = Vec::new();
    let mut failed = Vec::new();
    state.read(|accounts| {
        for user in users {
            let id = user.as_str().unwrap_or_default();
            let Some(account) = accounts.get(id) else {
                // Failed users appear both in the list, with their code, and in Fail_Account.
                items.push(json!({"To_Account": id, "ResultCode": 40003,
                                  "ResultInfo": "Err_Profile_Account_Not_Exist"}));
                failed.push(json!(id));
                continue;
            };
            let fields: Vec<Value> = tag_names
                .iter()
                .filter_map(|tag| {
                    let value = account
                        .profile
                        .get(*tag)
                        .cloned()
                        .or_else(|| profile_fields::default_value(tag))?;
                    Some(json!({"Tag": tag, "Value": value}))
                })
                .collect();
            items.push(
                json!({"To_Account": id, "ProfileItem": fields, "ResultCode": 0, "ResultInfo": ""}),
            );
        }
    });
    let mut out = json!({ "UserProfileItem": items });
    if !failed.is_empty() {
        out["Fail_Account"] = json!(failed);
    }
    out["ErrorDisplay"] = json!("");
    Ok(out)
}

fn portrait_set(state: &State, body: &Value) -> Reply {
    let id = body
        .get("From_Account")
        .and_then(Value::as_str)
        .ok_or_else(|| (40001, "From_Account is required (a string)".to_string()))?;
    let items = body
        .get("ProfileItem")
        .and_then(Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or_else(|| {
            (
                40001,
                "ProfileItem is required (a non-empty array)".to_string(),
            )
        })?;
    let mut updates = Vec::new();
    for item in items {
        let tag = item
            .get("Tag")
            .and_then(Value::as_str)
            .ok_or_else(|| (40001, "ProfileItem[].Tag must be a string".to_string()))?;
        let value = item
            .get("Value")
            .ok_or_else(|| (40001, format!("ProfileItem `{tag}` has no Value")))?;
        profile_fields::check_value(tag, value)?;
        updates.push((tag.to_string(), value.clone()));
    }
    let found = state
        .write(|accounts, changed| match accounts.get_mut(id) {
            Some(account) => {
                account.profile.extend(updates);
                changed.push(id.to_string());
                true
            }
            None => false,
        })
        .map_err(persist_error)?;
    if !found {
        return Err((40003, format!("account `{id}` does not exist")));
    }
    Ok(json!({ "ErrorDisplay": "" }))
}

// ---------------------------------------------------------------- openconfigsvr

fn set_no_speaking(state: &State, body: &Value, now: i64) -> Reply {
    let id = body
        .get("Set_Account")
        .ok_or_else(|| (130004, "Set_Account is required".to_string()))?
        .as_str()
        .ok_or_else(|| (130005, "Set_Account must be a string".to_string()))?;
    let seconds = |name: &str| -> Result<Option<u32>, (i64, String)> {
        match body.get(name) {
            None => Ok(None),
            Some(v) => v
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .map(Some)
                .ok_or_else(|| (130001, format!("{name} must be 0..4294967295"))),
        }
    };
    let (c2c, group) = (
        seconds("C2CmsgNospeakingTime")?,
        seconds("GroupmsgNospeakingTime")?,
    );
    if c2c.is_none() && group.is_none() {
        return Err((
            130008,
            "give C2CmsgNospeakingTime or GroupmsgNospeakingTime".into(),
        ));
    }
    let until = |secs: u32| match secs {
        0 => 0,
        FOREVER => i64::MAX,
        s => now + i64::from(s),
    };
    let found = state
        .write(|accounts, changed| match accounts.get_mut(id) {
            Some(account) => {
                if let Some(s) = c2c {
                    account.c2c_mute_until = until(s);
                }
                if let Some(s) = group {
                    account.group_mute_until = until(s);
                }
                changed.push(id.to_string());
                true
            }
            None => false,
        })
        .map_err(persist_error)?;
    if !found {
        return Err((
            130005,
            format!("Set_Account `{id}` is not an imported account"),
        ));
    }
    Ok(json!({}))
}

fn get_no_speaking(state: &State, body: &Value, now: i64) -> Reply {
    let id = body
        .get("Get_Account")
        .ok_or_else(|| (130002, "Get_Account is required".to_string()))?
        .as_str()
        .ok_or_else(|| (130003, "Get_Account must be a string".to_string()))?;
    let remaining = |until: i64| -> u32 {
        match until {
            i64::MAX => FOREVER,
            u if u <= now => 0,
            u => u32::try_from(u - now).unwrap_or(FOREVER - 1),
        }
    };
    state
        .read(|accounts| {
            accounts.get(id).map(|a| {
                json!({
                    "C2CmsgNospeakingTime": remaining(a.c2c_mute_until),
                    "GroupmsgNospeakingTime": remaining(a.group_mute_until),
                })
            })
        })
        .ok_or_else(|| {
            (
                130003,
                format!("Get_Account `{id}` is not an imported account"),
            )
        })
}
