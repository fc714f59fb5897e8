//! The group service's callbacks (spec §9.3–9.4), around its handlers: before-create and
//! before-send ask the app's backend first (a reject is 10016, a drop looks sent, a rewrite is
//! what gets stored); the after-events (created, disbanded, info changed, members joined or
//! left, group full, message sent) go out once the change is made. Kept beside the service so
//! its handlers stay about state.

use crate::domain::codes;
use serde_json::{json, Map, Value};

use super::group::Group;
use super::{Reply, State};
use crate::callback::answer::Decision;
use crate::emulator::callbacks::{event_time, forbids};

/// Answers one group command with its callbacks around it.
pub fn handle(
    state: &State,
    exists: &dyn Fn(&str) -> bool,
    command: &str,
    body: &Value,
    now: i64,
) -> Option<Reply> {
    let Some(callbacks) = &state.callbacks else {
        return state.groups.handle(exists, command, body, now);
    };
    let group_id = body.get("GroupId").and_then(Value::as_str).unwrap_or("");
    // Copies of the group (members and all) only for the commands whose events need them.
    let before = matches!(
        command,
        "destroy_group" | "delete_group_member" | "send_group_msg"
    )
    .then(|| state.groups.get(group_id))
    .flatten();
    let admin = state.app.admin.as_str();
    let mut body = body.clone();
    match command {
        "create_group" => {
            let event = json!({
                "Operator_Account": admin,
                "Owner_Account": body.get("Owner_Account").cloned().unwrap_or(json!("")),
                "Type": body.get("Type").cloned().unwrap_or(Value::Null),
                "Name": body.get("Name").cloned().unwrap_or(Value::Null),
                "CreateGroupNum": 0,
                "MemberList": member_list(body.get("MemberList"), "Member_Account"),
                "EventTime": event_time(now),
            });
            if let Err(refusal) = gate(
                callbacks.before("Group.CallbackBeforeCreateGroup", event, now),
                "the app's before-create callback refused the group",
            ) {
                return Some(Err(refusal));
            }
        }
        "send_group_msg" if !forbids(&body, "ForbidBeforeSendMsgCallback") => {
            if let Some(group) = &before {
                let event = send_event(group, &body, admin, now);
                match callbacks.before("Group.CallbackBeforeSendMsg", event, now) {
                    Decision::Reject { code, info } => {
                        return Some(Err(refused(code, info, "message")));
                    }
                    // Dropped: the sender sees success, nothing is stored.
                    Decision::Drop => {
                        return Some(Ok(json!({"MsgTime": now, "MsgSeq": group.next_msg_seq})));
                    }
                    Decision::Modify {
                        msg_body,
                        cloud_custom_data,
                    } => {
                        if let Some(b) = msg_body {
                            body["MsgBody"] = b;
                        }
                        if let Some(data) = cloud_custom_data {
                            body["CloudCustomData"] = json!(data);
                        }
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
    let reply = state.groups.handle(exists, command, &body, now)?;
    if let Ok(answer) = &reply {
        let after = matches!(
            command,
            "modify_group_base_info"
                | "add_group_member"
                | "delete_group_member"
                | "send_group_msg"
                | "group_msg_recall"
        )
        .then(|| state.groups.get(group_id))
        .flatten();
        for (name, event) in after_events(
            command,
            &body,
            answer,
            before.as_ref(),
            after.as_ref(),
            admin,
            now,
        ) {
            callbacks.after(name, event, now);
        }
    }
    Some(reply)
}

/// A before-event's decision as the operation's outcome.
fn gate(decision: Decision, default_info: &str) -> Result<(), (i64, String)> {
    match decision {
        Decision::Reject { code, info } => Err(refused(code, info, default_info)),
        _ => Ok(()),
    }
}

fn refused(code: Option<i64>, info: String, what: &str) -> (i64, String) {
    let info = if info.is_empty() {
        format!("refused by the app's callback ({what})")
    } else {
        info
    };
    (code.unwrap_or(codes::GROUP_CALLBACK_REJECTED), info)
}

/// `[{"Member_Account": ...}]` from a request's member list (objects or plain IDs).
fn member_list(list: Option<&Value>, key: &str) -> Value {
    let ids: Vec<Value> = list
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|m| m.get(key).or(Some(m)).and_then(Value::as_str))
        .map(|id| json!({ "Member_Account": id }))
        .collect();
    Value::Array(ids)
}

fn send_event(group: &Group, body: &Value, admin: &str, now: i64) -> Value {
    let mut event = json!({
        "GroupId": group.id,
        "Type": group.kind,
        "From_Account": body.get("From_Account").and_then(Value::as_str).unwrap_or(admin),
        "Operator_Account": admin,
        "Random": body.get("Random").cloned().unwrap_or(json!(0)),
        "OnlineOnlyFlag": body.get("OnlineOnlyFlag").cloned().unwrap_or(json!(0)),
        "MsgBody": body.get("MsgBody").cloned().unwrap_or(json!([])),
        "EventTime": event_time(now).to_string(),
    });
    if let Some(data) = body.get("CloudCustomData") {
        event["CloudCustomData"] = data.clone();
    }
    event
}

/// The after-events a successful command produces.
fn after_events(
    command: &str,
    body: &Value,
    answer: &Value,
    before: Option<&Group>,
    after: Option<&Group>,
    admin: &str,
    now: i64,
) -> Vec<(&'static str, Value)> {
    let time = event_time(now);
    let mut out = Vec::new();
    match command {
        "create_group" => {
            if let Some(id) = answer.get("GroupId") {
                let mut event = json!({
                    "GroupId": id,
                    "Operator_Account": admin,
                    "Owner_Account": body.get("Owner_Account").cloned().unwrap_or(json!("")),
                    "Type": body.get("Type").cloned().unwrap_or(Value::Null),
                    "Name": body.get("Name").cloned().unwrap_or(Value::Null),
                    "MemberList": member_list(body.get("MemberList"), "Member_Account"),
                    "EventTime": time,
                });
                if let Some(data) = body.get("AppDefinedData") {
                    event["UserDefinedDataList"] = data.clone();
                }
                out.push(("Group.CallbackAfterCreateGroup", event));
            }
        }
        "destroy_group" => {
            if let Some(g) = before {
                out.push((
                    "Group.CallbackAfterGroupDestroyed",
                    json!({
                        "GroupId": g.id, "Type": g.kind, "Owner_Account": g.owner, "Name": g.name,
                        "MemberList": members(g, |_| true), "EventTime": time,
                    }),
                ));
            }
        }
        "modify_group_base_info" => {
            if let Some(g) = after {
                let mut event = Map::new();
                event.insert("GroupId".into(), json!(g.id));
                event.insert("Type".into(), json!(g.kind));
                event.insert("Operator_Account".into(), json!(admin));
                let mut changed = false;
                for field in ["Name", "Introduction", "Notification", "FaceUrl"] {
                    if let Some(v) = body.get(field) {
                        event.insert(field.into(), v.clone());
                        changed = true;
                    }
                }
                event.insert("EventTime".into(), json!(time));
                if changed {
                    out.push(("Group.CallbackAfterGroupInfoChanged", Value::Object(event)));
                }
            }
        }
        "add_group_member" => {
            if let Some(g) = after {
                let joined: Vec<Value> = answer["MemberList"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|m| m["Result"] == 1)
                    .map(|m| json!({"Member_Account": m["Member_Account"]}))
                    .collect();
                if !joined.is_empty() {
                    out.push((
                        "Group.CallbackAfterNewMemberJoin",
                        json!({
                            "GroupId": g.id, "Type": g.kind, "JoinType": "Invited",
                            "Operator_Account": admin, "NewMemberList": joined, "EventTime": time,
                        }),
                    ));
                    let full = g
                        .max_members
                        .is_some_and(|max| g.members.len() >= max as usize);
                    if full {
                        out.push((
                            "Group.CallbackAfterGroupFull",
                            json!({"GroupId": g.id, "EventTime": time}),
                        ));
                    }
                }
            }
        }
        "delete_group_member" => {
            if let (Some(b), Some(a)) = (before, after) {
                let left = members(b, |m| a.member(m).is_none());
                if left.as_array().is_some_and(|l| !l.is_empty()) {
                    out.push((
                        "Group.CallbackAfterMemberExit",
                        json!({
                            "GroupId": a.id, "Type": a.kind, "ExitType": "Kicked",
                            "Operator_Account": admin, "ExitMemberList": left, "EventTime": time,
                        }),
                    ));
                }
            }
        }
        "send_group_msg" if !forbids(body, "ForbidAfterSendMsgCallback") => {
            if let Some(g) = after {
                let mut event = send_event(g, body, admin, now);
                event["MsgSeq"] = answer.get("MsgSeq").cloned().unwrap_or(json!(0));
                event["MsgTime"] = answer.get("MsgTime").cloned().unwrap_or(json!(now));
                out.push(("Group.CallbackAfterSendMsg", event));
            }
        }
        // Only the seqs that were recalled (RetCode 0); none, no event (spec §9.3).
        "group_msg_recall" => {
            let recalled: Vec<Value> = answer["RecallRetList"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|r| r["RetCode"] == 0)
                .map(|r| json!({"MsgSeq": r["MsgSeq"]}))
                .collect();
            if let (Some(g), false) = (after, recalled.is_empty()) {
                let mut event = json!({
                    "Operator_Account": admin, "Type": g.kind, "GroupId": g.id,
                    "MsgSeqList": recalled, "EventTime": time,
                });
                if let Some(topic) = body.get("TopicId") {
                    event["TopicId"] = topic.clone();
                }
                out.push(("Group.CallbackAfterRecallMsg", event));
            }
        }
        _ => {}
    }
    out
}

/// `[{"Member_Account"}]` of the group's members that `keep` selects.
fn members(group: &Group, keep: impl Fn(&str) -> bool) -> Value {
    Value::Array(
        group
            .members
            .iter()
            .filter(|m| keep(&m.account))
            .map(|m| json!({"Member_Account": m.account}))
            .collect(),
    )
}
