//! The topic callbacks (spec §4.20, §9.3) around `million_group_open_http_svc`: before a topic
//! is created the app's backend may refuse it (10016); after a creation, a deletion or a change
//! the after-event goes out. `import_topic` sends none (its page says so). Kept beside the
//! service, like `group_events.rs`, so the topic handlers stay about state.

use crate::domain::codes;
use serde_json::{json, Map, Value};

use super::{Reply, State};
use crate::callback::answer::Decision;
use crate::emulator::callbacks::event_time;

/// Answers one topic command with its callbacks around it; `None` for an unknown command.
pub fn handle(state: &State, command: &str, body: &Value, now: i64) -> Option<Reply> {
    let Some(callbacks) = &state.callbacks else {
        return state.groups.handle_topics(command, body, now);
    };
    let group_id = body.get("GroupId").cloned().unwrap_or(Value::Null);
    let operator = body
        .get("From_Account")
        .map(|v| match v {
            Value::Number(n) => json!(n.to_string()),
            other => other.clone(),
        })
        .unwrap_or_else(|| json!(state.app.admin));
    let time = event_time(now);
    if command == "create_topic" {
        let event = json!({
            "GroupId": group_id, "Operator_Account": operator, "Type": "Community",
            "Name": body.get("TopicName").cloned().unwrap_or(Value::Null), "EventTime": time,
        });
        if let Decision::Reject { code, info } =
            callbacks.before("Group.CallbackBeforeCreateTopic", event, now)
        {
            let info = if info.is_empty() {
                "refused by the app's callback (topic)".to_string()
            } else {
                info
            };
            return Some(Err((code.unwrap_or(codes::GROUP_CALLBACK_REJECTED), info)));
        }
    }
    let reply = state.groups.handle_topics(command, body, now)?;
    let Ok(answer) = &reply else {
        return Some(reply);
    };
    match command {
        "create_topic" => callbacks.after(
            "Group.CallbackAfterCreateTopic",
            json!({
                "GroupId": group_id, "TopicId": answer["TopicId"],
                "Operator_Account": operator, "Owner_Account": operator, "Type": "Community",
                "Name": body.get("TopicName").cloned().unwrap_or(Value::Null), "EventTime": time,
            }),
            now,
        ),
        "destroy_topic" => {
            let gone: Vec<Value> = answer["DestroyResultItem"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|item| item["ErrorCode"] == 0)
                .map(|item| json!({ "TopicId": item["TopicId"] }))
                .collect();
            if !gone.is_empty() {
                callbacks.after(
                    "Group.CallbackAfterTopicDestroyed",
                    json!({"GroupId": group_id, "TopicIdList": gone, "EventTime": time}),
                    now,
                );
            }
        }
        "modify_topic" => {
            let mut event = Map::new();
            event.insert("GroupId".into(), group_id);
            event.insert("TopicId".into(), body["TopicId"].clone());
            event.insert("Operator_Account".into(), operator);
            let mut changed = false;
            for (field, name) in [
                ("TopicName", "Name"),
                ("Introduction", "Introduction"),
                ("Notification", "Notification"),
                ("FaceUrl", "FaceUrl"),
            ] {
                if let Some(v) = body.get(field) {
                    event.insert(name.into(), v.clone());
                    changed = true;
                }
            }
            event.insert("EventTime".into(), json!(time));
            if changed {
                callbacks.after(
                    "Group.CallbackAfterTopicInfoChanged",
                    Value::Object(event),
                    now,
                );
            }
        }
        _ => {}
    }
    Some(reply)
}
