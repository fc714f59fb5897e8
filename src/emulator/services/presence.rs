//! `openim/query_online_status` and the legacy `querystate` (spec §2.1).

use serde_json::{json, Map, Value};

use super::{Reply, State};
use crate::domain::limits::STATUS_BATCH;

pub fn online_status(state: &State, body: &Value, status_field: &str) -> Reply {
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
    state.accounts.read(|accounts| {
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
