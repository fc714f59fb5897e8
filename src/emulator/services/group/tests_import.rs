//! The migration imports and the topic commands, through the route table, against the
//! published samples (request in, the sample's response fields out) and the documented rules.

use serde_json::{json, Value};

use crate::emulator::gateway::Query;
use crate::emulator::routes::handle;
use crate::emulator::services::{Account, State};
use crate::emulator::tests::shape_errors;

const NOW: i64 = 1_700_000_000;

fn state(users: &[&str]) -> State {
    let state = State::in_memory();
    state
        .accounts
        .write(|a, _| {
            for id in users {
                a.insert((*id).into(), Account::default());
            }
        })
        .unwrap();
    state
}

fn call(state: &State, service: &str, command: &str, body: Value) -> Value {
    handle(state, service, command, &body, &Query::default(), NOW).unwrap()
}

fn group(state: &State, command: &str, body: Value) -> Value {
    call(state, "group_open_http_svc", command, body)
}

fn topic(state: &State, command: &str, body: Value) -> Value {
    call(state, "million_group_open_http_svc", command, body)
}

fn sample(name: &str) -> Value {
    let path = format!(
        "{}/tests/data/samples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The sample's examples that have a response, with every `from` string replaced by `to`.
fn examples(name: &str, swaps: &[(&str, &str)]) -> Vec<(Value, Value)> {
    let mut text = sample(name)["examples"].to_string();
    for (from, to) in swaps {
        text = text.replace(from, to);
    }
    let examples: Value = serde_json::from_str(&text).unwrap();
    examples
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !e["response"].is_null())
        .map(|e| (e["request"].clone(), e["response"].clone()))
        .collect()
}

fn assert_shape(sample: &Value, ours: &Value) {
    let mut errors = Vec::new();
    shape_errors(sample, ours, "", &mut errors);
    assert!(errors.is_empty(), "{errors:?}\nours: {ours}");
    assert_eq!(ours["ErrorCode"], 0, "{ours}");
}

#[test]
fn import_group_answers_the_samples_and_keeps_id_and_create_time() {
    let s = state(&["leckie"]);
    for (request, response) in examples("group_open_http_svc.import_group", &[]) {
        let answer = group(&s, "import_group", request.clone());
        assert_shape(&response, &answer);
        let id = answer["GroupId"].as_str().unwrap();
        if let Some(custom) = request["GroupId"].as_str() {
            assert_eq!(id, custom);
        }
        let info = group(&s, "get_group_info", json!({"GroupIdList": [id]}));
        let created = request["CreateTime"].as_i64().unwrap_or(NOW);
        assert_eq!(info["GroupInfo"][0]["CreateTime"], created, "{info}");
        if request["Owner_Account"] == "leckie" {
            assert_eq!(info["GroupInfo"][0]["MemberList"][0]["JoinTime"], created);
        }
    }
    let g = s.groups.get("MyFirstGroup").unwrap();
    assert_eq!(g.max_members, Some(500));
    assert_eq!(g.apply_join_option, "FreeAccess");
}

#[test]
fn import_group_refuses_what_the_docs_refuse() {
    let s = state(&["leckie"]);
    let code = |body: Value| group(&s, "import_group", body)["ErrorCode"].clone();
    assert_eq!(code(json!({"Type": "AVChatRoom", "Name": "x"})), 10007);
    assert_eq!(code(json!({"Type": "Club", "Name": "x"})), 10004);
    assert_eq!(
        code(json!({"Type": "Public", "Name": "x".repeat(31)})),
        10004
    );
    assert_eq!(
        code(json!({"Type": "Public", "Name": "x", "GroupId": "@TGS#no"})),
        10015
    );
    assert_eq!(
        code(json!({"Type": "Public", "Name": "x", "GroupId": "mine"})),
        0
    );
    // A taken ID is 10021 for an import (create_group says 10025).
    assert_eq!(
        code(json!({"Type": "Public", "Name": "x", "GroupId": "mine"})),
        10021
    );
    assert_eq!(
        code(json!({"Type": "Public", "Name": "x", "CreateTime": "old"})),
        10004
    );
    // Imports send no group-created callback and take no MemberList.
    let answer = group(
        &s,
        "import_group",
        json!({"Type": "Public", "Name": "x", "MemberList": [{"Member_Account": "leckie"}]}),
    );
    let id = answer["GroupId"].as_str().unwrap();
    assert!(s.groups.get(id).unwrap().members.is_empty());
}

#[test]
fn import_group_member_answers_the_sample_with_join_times_and_per_member_results() {
    let s = state(&["tommy", "jared", "leckie"]);
    group(
        &s,
        "import_group",
        json!({"Type": "Public", "Name": "old", "GroupId": "old1", "CreateTime": 1448357837}),
    );
    for (request, response) in examples(
        "group_open_http_svc.import_group_member",
        &[("@TGS#2J4SZEAEL", "old1")],
    ) {
        let answer = group(&s, "import_group_member", request);
        assert_shape(&response, &answer);
        assert_eq!(answer["MemberList"], response["MemberList"]);
    }
    let g = s.groups.get("old1").unwrap();
    let tommy = g.member("tommy").unwrap();
    assert_eq!(
        (tommy.role.as_str(), tommy.join_time),
        ("Admin", 1448357837)
    );
    // No messages yet: the unread counts are cut to 0.
    assert_eq!(tommy.unread_msg_num, 0);
    let again = group(
        &s,
        "import_group_member",
        json!({"GroupId": "old1", "MemberList": [
            {"Member_Account": "tommy"},
            {"Member_Account": "ghost"},
            {"Member_Account": "leckie", "JoinTime": 1448357836},
            {"Member_Account": "leckie", "JoinTime": NOW + 1},
            {"Member_Account": "leckie", "JoinTime": 1500000000, "LastSendMsgTime": 1500000001},
        ]}),
    );
    let results: Vec<i64> = again["MemberList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["Result"].as_i64().unwrap())
        .collect();
    assert_eq!(results, [2, 0, 0, 0, 1]);
    let info = group(
        &s,
        "get_group_member_info",
        json!({"GroupId": "old1", "MemberInfoFilter": ["JoinTime", "LastSendMsgTime"]}),
    );
    let leckie = &info["MemberList"][2];
    assert_eq!(leckie["JoinTime"], 1500000000, "{info}");
    assert_eq!(leckie["LastSendMsgTime"], 1500000001);
    let code = |body: Value| group(&s, "import_group_member", body)["ErrorCode"].clone();
    assert_eq!(
        code(json!({"GroupId": "nope", "MemberList": [{"Member_Account": "tommy"}]})),
        10010
    );
    let many: Vec<Value> = (0..301)
        .map(|i| json!({"Member_Account": format!("u{i}")}))
        .collect();
    assert_eq!(code(json!({"GroupId": "old1", "MemberList": many})), 10005);
    assert_eq!(
        code(
            json!({"GroupId": "old1", "MemberList": [{"Member_Account": "tommy", "Role": "Owner"}]})
        ),
        10004
    );
}

fn text(t: &str, time: i64) -> Value {
    json!({"From_Account": "leckie", "SendTime": time,
           "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": t}}]})
}

#[test]
fn import_group_msg_answers_the_sample_and_history_keeps_the_times() {
    let s = state(&["leckie", "peter"]);
    group(
        &s,
        "import_group",
        json!({"Type": "Public", "Name": "old", "GroupId": "old2", "CreateTime": 1600000000,
               "Owner_Account": "leckie"}),
    );
    let (request, response) = examples(
        "group_open_http_svc.import_group_msg",
        &[("@TGS#2C5SZEAEF", "old2")],
    )
    .remove(0);
    let answer = group(&s, "import_group_msg", request);
    assert_shape(&response, &answer);
    assert_eq!(answer["ImportMsgResult"], response["ImportMsgResult"]);
    let history = group(
        &s,
        "group_msg_get_simple",
        json!({"GroupId": "old2", "ReqMsgNumber": 20}),
    );
    let list = history["RspMsgList"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["MsgTimeStamp"], 1620892821);
    assert_eq!(list[1]["MsgTimeStamp"], 1620808101);
    assert_eq!(list[1]["MsgRandom"], 8912345);
    assert_eq!(list[1]["From_Account"], "leckie");
    // Not a send of the day.
    assert!(s
        .groups
        .get("old2")
        .unwrap()
        .messages
        .iter()
        .all(|m| m.imported));
}

#[test]
fn import_group_msg_results_per_message() {
    let s = state(&["leckie"]);
    group(
        &s,
        "import_group",
        json!({"Type": "Public", "Name": "old", "GroupId": "old3", "CreateTime": 1600000000}),
    );
    let big = "x".repeat(12_100);
    let answer = group(
        &s,
        "import_group_msg",
        json!({"GroupId": "old3", "MsgList": [
            text("a", 1600000100),
            text("at the creation", 1600000000),
            text("not ascending", 1600000100),
            text(&big, 1600000200),
            text("future", NOW + 10),
            {"From_Account": "leckie", "SendTime": 1600000300,
             "MsgBody": [{"MsgType": "TIMImageElem", "MsgContent": {}}]},
            text("b", 1600000400),
        ]}),
    );
    let results: Vec<(i64, i64)> = answer["ImportMsgResult"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["Result"].as_i64().unwrap(), r["MsgSeq"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        results,
        [
            (0, 1),
            (10004, 0),
            (10004, 0),
            (80002, 0),
            (10004, 0),
            (10004, 0),
            (0, 2)
        ]
    );
    let eight: Vec<Value> = (0..8).map(|i| text("m", 1600001000 + i)).collect();
    let over = group(
        &s,
        "import_group_msg",
        json!({"GroupId": "old3", "MsgList": eight}),
    );
    assert_eq!(over["ErrorCode"], 10004);
    let av = group(
        &s,
        "create_group",
        json!({"Type": "AVChatRoom", "Name": "live"}),
    );
    let av = av["GroupId"].as_str().unwrap();
    let refused = group(
        &s,
        "import_group_msg",
        json!({"GroupId": av, "MsgList": [text("a", 1600000100)]}),
    );
    assert_eq!(refused["ErrorCode"], 10007);
}

#[test]
fn topics_answer_the_samples_and_keep_state() {
    let s = state(&["1400187352"]);
    let gid = group(
        &s,
        "import_group",
        json!({"Type": "Community", "Name": "c", "SupportTopic": 1}),
    )["GroupId"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(gid.starts_with("@TGS#_@TGS#c"), "{gid}");
    let mut created = Vec::new();
    for (request, response) in examples(
        "million_group_open_http_svc.create_topic",
        &[("@TGS#_@TGS#cQVLVHIM62CJ", &gid)],
    ) {
        let answer = topic(&s, "create_topic", request.clone());
        assert_shape(&response, &answer);
        if let Some(custom) = request["TopicId"].as_str() {
            assert_eq!(answer["TopicId"], custom);
        }
        created.push(answer["TopicId"].as_str().unwrap().to_string());
    }
    assert!(created[0].starts_with(&format!("{gid}@TOPIC#_@TOPIC#c")));
    for (request, response) in examples(
        "group_open_http_svc.import_topic",
        &[("@TGS#_@TGS#cBZXAIIM62CV", &gid)],
    ) {
        let answer = group(&s, "import_topic", request);
        assert_shape(&response, &answer);
        created.push(answer["TopicId"].as_str().unwrap().to_string());
    }
    let modified = "@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5";
    for (request, response) in examples(
        "million_group_open_http_svc.modify_topic",
        &[(modified, &created[0]), ("@TGS#_@TGS#cQVLVHIM62CJ", &gid)],
    ) {
        assert_shape(&response, &topic(&s, "modify_topic", request));
    }
    for (request, response) in examples(
        "million_group_open_http_svc.get_topic",
        &[(modified, &created[0]), ("@TGS#_@TGS#cQVLVHIM62CJ", &gid)],
    ) {
        let answer = topic(&s, "get_topic", request.clone());
        assert_shape(&response, &answer);
        if request.get("ResponseFilter").is_some() {
            assert!(answer["TopicAndSelfInfo"][0]["TopicInfo"]
                .get("CreateTime")
                .is_none());
        } else {
            assert_eq!(answer["TopicAndSelfInfo"].as_array().unwrap().len(), 4);
        }
    }
    let all = topic(
        &s,
        "get_topic",
        json!({"GroupId": gid, "From_Account": "1400187352"}),
    );
    let infos: Vec<&Value> = all["TopicAndSelfInfo"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["TopicInfo"])
        .collect();
    assert_eq!(infos[0]["TopicName"], "TestTopicName");
    assert_eq!(infos[0]["Notification"], "Notification");
    assert_eq!(infos[2]["CreateTime"], 1448357837);
    let (request, response) = examples(
        "million_group_open_http_svc.destroy_topic",
        &[
            ("@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic_1", &created[2]),
            ("@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic", &created[1]),
            ("@TGS#_@TGS#cQVLVHIM62CJ", &gid),
        ],
    )
    .remove(0);
    let answer = topic(&s, "destroy_topic", request.clone());
    assert_shape(&response, &answer);
    assert_eq!(answer["DestroyResultItem"][1]["ErrorCode"], 0);
    let again = topic(&s, "destroy_topic", request);
    assert_eq!(again["DestroyResultItem"][0]["ErrorCode"], 110003);
    let left = topic(
        &s,
        "get_topic",
        json!({"GroupId": gid, "From_Account": "x"}),
    );
    assert_eq!(left["TopicAndSelfInfo"].as_array().unwrap().len(), 2);
}

#[test]
fn topics_need_a_topic_enabled_community_and_take_imported_messages() {
    let s = state(&["leckie"]);
    let plain = group(
        &s,
        "create_group",
        json!({"Type": "Community", "Name": "c"}),
    );
    let plain = plain["GroupId"].as_str().unwrap();
    let refused = topic(
        &s,
        "create_topic",
        json!({"GroupId": plain, "TopicName": "t"}),
    );
    assert_eq!(refused["ErrorCode"], 11000);
    let gone = topic(
        &s,
        "create_topic",
        json!({"GroupId": "@TGS#_x", "TopicName": "t"}),
    );
    assert_eq!(gone["ErrorCode"], 10010);
    let gid = group(
        &s,
        "import_group",
        json!({"Type": "Community", "Name": "c", "SupportTopic": 1, "CreateTime": NOW - 100}),
    )["GroupId"]
        .as_str()
        .unwrap()
        .to_string();
    let bad_id = topic(
        &s,
        "create_topic",
        json!({"GroupId": gid, "TopicName": "t", "TopicId": "elsewhere"}),
    );
    assert_eq!(bad_id["ErrorCode"], 10004);
    let custom = format!("{gid}@TOPIC#_news");
    let body = json!({"GroupId": gid, "TopicName": "t", "TopicId": custom});
    assert_eq!(topic(&s, "create_topic", body.clone())["ErrorCode"], 0);
    assert_eq!(topic(&s, "create_topic", body.clone())["ErrorCode"], 10025);
    assert_eq!(group(&s, "import_topic", body)["ErrorCode"], 10021);
    let long = topic(
        &s,
        "modify_topic",
        json!({"GroupId": gid, "TopicId": custom, "TopicName": "x".repeat(31)}),
    );
    assert_eq!(long["ErrorCode"], 10004);
    let missing = topic(
        &s,
        "modify_topic",
        json!({"GroupId": gid, "TopicId": format!("{gid}@TOPIC#_none")}),
    );
    assert_eq!(missing["ErrorCode"], 10010);
    let imported = group(
        &s,
        "import_group_msg",
        json!({"GroupId": gid, "TopicId": custom, "MsgList": [text("hi", NOW - 5)]}),
    );
    assert_eq!(imported["ImportMsgResult"][0]["Result"], 0, "{imported}");
    let history = group(
        &s,
        "group_msg_get_simple",
        json!({"GroupId": gid, "TopicId": custom, "ReqMsgNumber": 5}),
    );
    assert_eq!(
        history["RspMsgList"][0]["MsgTimeStamp"],
        NOW - 5,
        "{history}"
    );
    let main = group(
        &s,
        "group_msg_get_simple",
        json!({"GroupId": gid, "ReqMsgNumber": 5}),
    );
    assert_eq!(main["RspMsgList"].as_array().unwrap().len(), 0);
    let info = topic(
        &s,
        "get_topic",
        json!({"GroupId": gid, "From_Account": "leckie", "TopicIdList": [custom]}),
    );
    assert_eq!(info["TopicAndSelfInfo"][0]["TopicInfo"]["NextMsgSeq"], 2);
    assert_eq!(
        info["TopicAndSelfInfo"][0]["TopicInfo"]["LastMsgTime"],
        NOW - 5
    );
}

/// Imported messages are history: `getappinfo` counts the day's sends, not them.
#[test]
fn imported_messages_are_not_the_days_sends() {
    let s = state(&["leckie"]);
    group(
        &s,
        "import_group",
        json!({"Type": "Public", "Name": "old", "GroupId": "old4", "CreateTime": NOW - 3600,
               "Owner_Account": "leckie"}),
    );
    let imported = group(
        &s,
        "import_group_msg",
        json!({"GroupId": "old4", "MsgList": [text("a", NOW - 60), text("b", NOW - 30)]}),
    );
    assert_eq!(imported["ImportMsgResult"][1]["Result"], 0, "{imported}");
    let sent_today = |s: &State| {
        let info = call(
            s,
            "openconfigsvr",
            "getappinfo",
            json!({"RequestField": ["GroupUpMsgNum"]}),
        );
        info["Result"][0]["GroupUpMsgNum"].clone()
    };
    assert_eq!(sent_today(&s), "0");
    group(
        &s,
        "send_group_msg",
        json!({"GroupId": "old4", "Random": 1, "From_Account": "leckie",
               "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "new"}}]}),
    );
    assert_eq!(sent_today(&s), "1");
}

/// With a data directory, imported groups, members, messages and topics survive a restart.
#[test]
fn imports_and_topics_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let topic_id;
    {
        let s = State::open(dir.path()).unwrap();
        s.accounts
            .write(|a, _| {
                a.insert("leckie".into(), Account::default());
            })
            .unwrap();
        group(
            &s,
            "import_group",
            json!({"Type": "Community", "Name": "c", "GroupId": "@TGS#_kept",
                   "SupportTopic": 1, "CreateTime": NOW - 100}),
        );
        group(
            &s,
            "import_group_member",
            json!({"GroupId": "@TGS#_kept",
                   "MemberList": [{"Member_Account": "leckie", "JoinTime": NOW - 90}]}),
        );
        group(
            &s,
            "import_group_msg",
            json!({"GroupId": "@TGS#_kept", "MsgList": [text("main", NOW - 80)]}),
        );
        topic_id = topic(
            &s,
            "create_topic",
            json!({"GroupId": "@TGS#_kept", "TopicName": "t"}),
        )["TopicId"]
            .as_str()
            .unwrap()
            .to_string();
        group(
            &s,
            "import_group_msg",
            json!({"GroupId": "@TGS#_kept", "TopicId": topic_id,
                   "MsgList": [text("in topic", NOW - 70)]}),
        );
    }
    let s = State::open(dir.path()).unwrap();
    let g = s.groups.get("@TGS#_kept").unwrap();
    assert_eq!(g.create_time, NOW - 100);
    assert_eq!(g.member("leckie").unwrap().join_time, NOW - 90);
    let main = group(
        &s,
        "group_msg_get_simple",
        json!({"GroupId": "@TGS#_kept", "ReqMsgNumber": 5}),
    );
    assert_eq!(main["RspMsgList"][0]["MsgTimeStamp"], NOW - 80, "{main}");
    let in_topic = group(
        &s,
        "group_msg_get_simple",
        json!({"GroupId": "@TGS#_kept", "TopicId": topic_id, "ReqMsgNumber": 5}),
    );
    assert_eq!(
        in_topic["RspMsgList"][0]["MsgTimeStamp"],
        NOW - 70,
        "{in_topic}"
    );
}
