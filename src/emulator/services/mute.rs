//! `openconfigsvr/setnospeaking` and `getnospeaking`: global mute (spec §7.4). These answer
//! without `ActionStatus` (the route table wraps them with `bare`).

use crate::domain::codes;
use serde_json::{json, Value};

use super::{persist_error, Reply, State};

/// The "forever" mute time.
const FOREVER: u32 = u32::MAX;

pub fn set_no_speaking(state: &State, body: &Value, now: i64) -> Reply {
    let id = body
        .get("Set_Account")
        .ok_or_else(|| {
            (
                codes::SET_ACCOUNT_MISSING,
                "Set_Account is required".to_string(),
            )
        })?
        .as_str()
        .ok_or_else(|| {
            (
                codes::SET_ACCOUNT_INVALID,
                "Set_Account must be a string".to_string(),
            )
        })?;
    let seconds = |name: &str| -> Result<Option<u32>, (i64, String)> {
        match body.get(name) {
            None => Ok(None),
            Some(v) => v
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .map(Some)
                .ok_or_else(|| {
                    (
                        codes::OPENCONFIG_BAD_REQUEST,
                        format!("{name} must be 0..4294967295"),
                    )
                }),
        }
    };
    let (c2c, group) = (
        seconds("C2CmsgNospeakingTime")?,
        seconds("GroupmsgNospeakingTime")?,
    );
    if c2c.is_none() && group.is_none() {
        return Err((
            codes::NO_MUTE_TIME,
            "give C2CmsgNospeakingTime or GroupmsgNospeakingTime".into(),
        ));
    }
    let until = |secs: u32| match secs {
        0 => 0,
        FOREVER => i64::MAX,
        s => now + i64::from(s),
    };
    let found = state
        .accounts
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
            codes::SET_ACCOUNT_INVALID,
            format!("Set_Account `{id}` is not an imported account"),
        ));
    }
    Ok(json!({}))
}

pub fn get_no_speaking(state: &State, body: &Value, now: i64) -> Reply {
    let id = body
        .get("Get_Account")
        .ok_or_else(|| {
            (
                codes::GET_ACCOUNT_MISSING,
                "Get_Account is required".to_string(),
            )
        })?
        .as_str()
        .ok_or_else(|| {
            (
                codes::GET_ACCOUNT_INVALID,
                "Get_Account must be a string".to_string(),
            )
        })?;
    let remaining = |until: i64| -> u32 {
        match until {
            i64::MAX => FOREVER,
            u if u <= now => 0,
            u => u32::try_from(u - now).unwrap_or(FOREVER - 1),
        }
    };
    state
        .accounts
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
                codes::GET_ACCOUNT_INVALID,
                format!("Get_Account `{id}` is not an imported account"),
            )
        })
}
