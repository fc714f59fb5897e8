//! The recent-contact service: the published samples, conversations from sends, imports and
//! group memberships, paging with the snapshot cursor, deletes (with ClearRamble), one-way
//! deletes and `SyncOtherMachine: 2` in roaming reads, groups and marks with their limits, and
//! the state surviving a restart.

use serde_json::{json, Value};

use super::super::{Account, State};
use crate::domain::group::Edition;
use crate::domain::limits::RECENT_PAGE;
use crate::emulator::gateway::Query;
use crate::emulator::routes::handle;
use crate::emulator::tests::shape_errors;

const NOW: i64 = 1_700_000_000;

fn at(state: &State, endpoint: &str, body: Value, now: i64) -> Value {
    let (service, command) = endpoint.split_once('/').unwrap();
    handle(state, service, command, &body, &Query::default(), now).unwrap()
}

fn call(state: &State, endpoint: &str, body: Value) -> Value {
    at(state, endpoint, body, NOW)
}

fn ok(state: &State, endpoint: &str, body: Value) -> Value {
    let got = call(state, endpoint, body);
    assert_eq!(got["ErrorCode"], 0, "{endpoint}: {got}");
    got
}

fn with_accounts(ids: &[&str]) -> State {
    let state = State::in_memory();
    add_accounts(&state, ids);
    state
}

fn add_accounts(state: &State, ids: &[&str]) {
    state
        .accounts
        .write(|accounts, changed| {
            for id in ids {
                accounts.insert(id.to_string(), Account::default());
                changed.push(id.to_string());
            }
        })
        .unwrap();
}

fn text(t: &str) -> Value {
    json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": t}}])
}

fn send(state: &State, from: &str, to: &str, now: i64, extra: Value) -> String {
    let mut body = json!({"From_Account": from, "To_Account": to, "MsgRandom": now as u32,
                          "MsgBody": text("hi")});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    let got = at(state, "openim/sendmsg", body, now);
    assert_eq!(got["ErrorCode"], 0, "{got}");
    got["MsgKey"].as_str().unwrap().to_string()
}

fn list(state: &State, me: &str, flags: i64, cursor: (i64, i64), now: i64) -> Value {
    let body = json!({"From_Account": me, "TimeStamp": cursor.0, "StartIndex": cursor.1,
                      "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": flags});
    let got = at(state, "recentcontact/get_list", body, now);
    assert_eq!(got["ErrorCode"], 0, "{got}");
    got
}

fn peers(page: &Value) -> Vec<String> {
    page["SessionItem"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s.get("To_Account")
                .or_else(|| s.get("GroupId"))
                .and_then(Value::as_str)
                .unwrap()
                .to_string()
        })
        .collect()
}

fn roam_keys(state: &State, me: &str, peer: &str) -> Vec<String> {
    let body = json!({"Operator_Account": me, "Peer_Account": peer, "MaxCnt": 100,
                      "MinTime": 0, "MaxTime": NOW + 1000});
    let got = call(state, "openim/admin_getroammsg", body);
    assert_eq!(got["ErrorCode"], 0, "{got}");
    got["MsgList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["MsgKey"].as_str().unwrap().to_string())
        .collect()
}

fn create_group(state: &State, owner: &str, members: &[&str]) -> String {
    let members: Vec<Value> = members
        .iter()
        .map(|m| json!({"Member_Account": m}))
        .collect();
    let got = ok(
        state,
        "group_open_http_svc/create_group",
        json!({"Owner_Account": owner, "Type": "Public", "Name": "g", "MemberList": members}),
    );
    got["GroupId"].as_str().unwrap().to_string()
}

fn sample(name: &str) -> (Value, Value) {
    let path = format!(
        "{}/tests/data/samples/recentcontact.{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let example = &doc["examples"][0];
    (example["request"].clone(), example["response"].clone())
}

fn contact_group(state: &State, owner: &str, name: &str, items: Value) -> Value {
    call(
        state,
        "recentcontact/create_contact_group",
        json!({"From_Account": owner, "GroupContactItem": [{"GroupName": name, "ContactItem": items}]}),
    )
}

/// Each sample request, against a state holding what it names, answers ErrorCode 0 with the
/// published response's fields and types.
#[test]
fn the_published_samples_answer_in_their_shape() {
    let names = [
        "get_list",
        "delete",
        "create_contact_group",
        "del_contact_group",
        "update_contact_group",
        "mark_contact",
        "search_contact_group",
        "get_contact_group",
    ];
    for name in names {
        let (request, response) = sample(name);
        let state = with_accounts(&[
            "id1", "id2", "id4", "user0", "user1", "user15", "user20", "yahaha", "xixi", "teacher4",
        ]);
        match name {
            "get_list" => {
                let group = create_group(&state, "id1", &[]);
                let msg = json!({"GroupId": group, "Random": 1, "MsgBody": text("g")});
                at(&state, "group_open_http_svc/send_group_msg", msg, NOW - 5);
                send(&state, "id2", "id1", NOW - 1, json!({}));
            }
            "del_contact_group" => {
                contact_group(&state, "user15", "test0", json!([]));
            }
            "update_contact_group" => {
                contact_group(&state, "user20", "test1", json!([]));
            }
            "search_contact_group" | "get_contact_group" => {
                let (me, peer) = if name == "search_contact_group" {
                    ("yahaha", "xixi")
                } else {
                    ("user0", "teacher4")
                };
                let item = json!({"Type": 1, "To_Account": peer});
                contact_group(&state, me, "test1x", json!([item]));
                ok(
                    &state,
                    "recentcontact/mark_contact",
                    json!({"From_Account": me, "MarkItem": [{"OptType": 3, "ContactItem": item,
                           "SetMark": [1, 2], "CustomMark": "abcd"}]}),
                );
            }
            _ => {}
        }
        let ours = ok(&state, &format!("recentcontact/{name}"), request);
        let mut errors = Vec::new();
        shape_errors(&response, &ours, name, &mut errors);
        assert!(errors.is_empty(), "{name}: {errors:?}\nours: {ours}");
    }
}

#[test]
fn sends_and_imports_make_conversations_newest_first() {
    let state = with_accounts(&["a", "b", "c", "d"]);
    send(&state, "a", "b", NOW - 30, json!({}));
    let body = json!({"To_Account": ["b", "c"], "From_Account": "d", "MsgRandom": 5,
                      "MsgBody": text("all")});
    assert_eq!(
        at(&state, "openim/batchsendmsg", body, NOW - 20)["ErrorCode"],
        0
    );
    ok(
        &state,
        "openim/importmsg",
        json!({"SyncFromOldSystem": 2, "From_Account": "c", "To_Account": "b", "MsgRandom": 1,
               "MsgTimeStamp": NOW - 100, "MsgBody": text("old")}),
    );
    let page = list(&state, "b", 7, (0, 0), NOW);
    assert_eq!(peers(&page), ["d", "a", "c"], "{page}");
    assert_eq!(page["SessionItem"][0]["MsgTime"], NOW - 20);
    assert_eq!(page["SessionItem"][0]["Type"], 1);
    assert_eq!(page["SessionItem"][0]["TopFlag"], 0);
    assert_eq!(page["CompleteFlag"], 1);
    assert_eq!(page["TimeStamp"], NOW);
    assert_eq!(peers(&list(&state, "a", 0, (0, 0), NOW)), ["b"]);
    assert_eq!(peers(&list(&state, "d", 0, (0, 0), NOW)), ["b", "c"]);
    // NoLastMsg leaves an existing conversation's time.
    send(
        &state,
        "a",
        "b",
        NOW - 5,
        json!({"SendMsgControl": ["NoLastMsg"]}),
    );
    assert_eq!(
        list(&state, "b", 0, (0, 0), NOW)["SessionItem"][1]["MsgTime"],
        NOW - 30
    );
    // Not imported: 50001.
    let got = call(
        &state,
        "recentcontact/get_list",
        json!({"From_Account": "zz", "TimeStamp": 0,
        "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 0}),
    );
    assert_eq!(got["ErrorCode"], 50001, "{got}");
    let got = call(
        &state,
        "recentcontact/get_list",
        json!({"From_Account": "a"}),
    );
    assert_eq!(got["ErrorCode"], 50002, "{got}");
}

#[test]
fn pages_follow_the_snapshot_cursor_and_a_new_message_waits_for_the_next_first_page() {
    let total = RECENT_PAGE + 20;
    let ids: Vec<String> = (0..total).map(|i| format!("u{i:03}")).collect();
    let state = with_accounts(&ids.iter().map(String::as_str).collect::<Vec<_>>());
    add_accounts(&state, &["me"]);
    for (i, id) in ids.iter().enumerate() {
        send(&state, id, "me", NOW - 1000 + i as i64, json!({}));
    }
    let first = list(&state, "me", 7, (0, 0), NOW);
    assert_eq!(first["CompleteFlag"], 0);
    assert_eq!(first["StartIndex"], RECENT_PAGE);
    assert_eq!(first["SessionItem"].as_array().unwrap().len(), RECENT_PAGE);
    // The oldest conversation gets a new message between the two pages.
    send(&state, "u000", "me", NOW + 5, json!({}));
    let cursor = (
        first["TimeStamp"].as_i64().unwrap(),
        first["StartIndex"].as_i64().unwrap(),
    );
    let second = list(&state, "me", 7, cursor, NOW + 6);
    assert_eq!(second["CompleteFlag"], 1);
    assert_eq!(second["StartIndex"], 0);
    let mut seen = peers(&first);
    seen.extend(peers(&second));
    assert_eq!(seen.len(), total - 1, "u000 moved past the snapshot");
    assert!(!seen.contains(&"u000".to_string()));
    assert_eq!(peers(&list(&state, "me", 7, (0, 0), NOW + 6))[0], "u000");
}

#[test]
fn group_memberships_are_conversations_and_deletes_last_until_the_next_message() {
    let state = with_accounts(&["a", "b"]);
    let group = create_group(&state, "a", &["b"]);
    // Empty until a message: listed only with AssistFlags bit 1.
    assert!(peers(&list(&state, "b", 1, (0, 0), NOW)).is_empty());
    assert_eq!(
        peers(&list(&state, "b", 2, (0, 0), NOW)),
        std::slice::from_ref(&group)
    );
    ok(
        &state,
        "group_open_http_svc/send_group_msg",
        json!({"GroupId": group, "From_Account": "a", "Random": 9, "MsgBody": text("g")}),
    );
    let page = list(&state, "b", 0, (0, 0), NOW);
    assert_eq!(page["SessionItem"][0]["Type"], 2);
    assert_eq!(page["SessionItem"][0]["GroupId"], group.as_str());
    ok(
        &state,
        "recentcontact/delete",
        json!({"From_Account": "b", "Type": 2, "ToGroupid": group}),
    );
    assert!(peers(&list(&state, "b", 2, (0, 0), NOW)).is_empty());
    assert_eq!(
        peers(&list(&state, "a", 0, (0, 0), NOW)),
        std::slice::from_ref(&group)
    );
    let later = json!({"GroupId": group, "From_Account": "a", "Random": 10, "MsgBody": text("g2")});
    assert_eq!(
        at(&state, "group_open_http_svc/send_group_msg", later, NOW + 1)["ErrorCode"],
        0
    );
    assert_eq!(peers(&list(&state, "b", 0, (0, 0), NOW + 1)), [group]);
}

#[test]
fn c2c_delete_with_clear_ramble_clears_only_that_side_s_roaming() {
    let state = with_accounts(&["a", "b"]);
    let k1 = send(&state, "a", "b", NOW - 10, json!({}));
    ok(
        &state,
        "recentcontact/delete",
        json!({"From_Account": "b", "Type": 1, "To_Account": "a", "ClearRamble": 1}),
    );
    assert!(peers(&list(&state, "b", 0, (0, 0), NOW)).is_empty());
    assert!(roam_keys(&state, "b", "a").is_empty());
    assert_eq!(roam_keys(&state, "a", "b"), std::slice::from_ref(&k1));
    // A new message brings the conversation back, and it is readable.
    let k2 = send(&state, "a", "b", NOW, json!({}));
    assert_eq!(peers(&list(&state, "b", 0, (0, 0), NOW)), ["a"]);
    assert_eq!(roam_keys(&state, "b", "a"), [k2]);
    // Without ClearRamble the messages stay.
    ok(
        &state,
        "recentcontact/delete",
        json!({"From_Account": "a", "Type": 1, "To_Account": "b"}),
    );
    assert_eq!(roam_keys(&state, "a", "b").len(), 2);
    let got = call(
        &state,
        "recentcontact/delete",
        json!({"From_Account": "a", "Type": 3}),
    );
    assert_eq!(got["ErrorCode"], 50002);
}

#[test]
fn sync_other_machine_2_keeps_the_message_out_of_the_sender_s_roaming_and_list() {
    let state = with_accounts(&["a", "b", "c"]);
    let kept = send(&state, "a", "b", NOW - 2, json!({"SyncOtherMachine": 1}));
    let quiet = send(&state, "a", "b", NOW - 1, json!({"SyncOtherMachine": 2}));
    assert_eq!(roam_keys(&state, "a", "b"), std::slice::from_ref(&kept));
    assert_eq!(roam_keys(&state, "b", "a"), [kept, quiet]);
    let body = json!({"To_Account": ["c"], "From_Account": "a", "MsgRandom": 77,
                      "SyncOtherMachine": 2, "MsgBody": text("x")});
    assert_eq!(at(&state, "openim/batchsendmsg", body, NOW)["ErrorCode"], 0);
    assert!(roam_keys(&state, "a", "c").is_empty());
    assert_eq!(roam_keys(&state, "c", "a").len(), 1);
    assert_eq!(peers(&list(&state, "a", 0, (0, 0), NOW)), ["b"]);
    assert_eq!(peers(&list(&state, "c", 0, (0, 0), NOW)), ["a"]);
}

#[test]
fn delete_c2c_msg_ramble_is_one_way_and_checks_its_keys() {
    let state = with_accounts(&["user0", "user1"]);
    let k1 = send(&state, "user0", "user1", NOW - 2, json!({}));
    let k2 = send(&state, "user1", "user0", NOW - 1, json!({}));
    let got = ok(
        &state,
        "openim/delete_c2c_msg_ramble",
        json!({"Operator_Account": "user0", "Peer_Account": "user1", "MsgKeyList": [k1, "1_2_3"]}),
    );
    assert!(got.get("InvalidMsgKeyList").is_none(), "{got}");
    assert_eq!(
        roam_keys(&state, "user0", "user1"),
        std::slice::from_ref(&k2)
    );
    assert_eq!(roam_keys(&state, "user1", "user0"), [k1, k2]);
    let got = ok(
        &state,
        "openim/delete_c2c_msg_ramble",
        json!({"Operator_Account": "user0", "Peer_Account": "user1", "MsgKeyList": ["bad key"]}),
    );
    assert_eq!(got["InvalidMsgKeyList"], json!(["bad key"]));
    let many: Vec<String> = (0..31).map(|i| format!("{i}_1_1")).collect();
    let got = call(
        &state,
        "openim/delete_c2c_msg_ramble",
        json!({"Operator_Account": "user0", "Peer_Account": "user1", "MsgKeyList": many}),
    );
    assert_eq!(got["ErrorCode"], 90001, "{got}");
    let got = call(
        &state,
        "openim/delete_c2c_msg_ramble",
        json!({"Operator_Account": "user0", "Peer_Account": "nobody", "MsgKeyList": ["1_1_1"]}),
    );
    assert_eq!(got["ErrorCode"], 90012, "{got}");
    // The published sample.
    let path = format!(
        "{}/tests/data/samples/openim.delete_c2c_msg_ramble.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let ours = ok(
        &state,
        "openim/delete_c2c_msg_ramble",
        doc["examples"][0]["request"].clone(),
    );
    let mut errors = Vec::new();
    shape_errors(
        &doc["examples"][0]["response"],
        &ours,
        "ramble",
        &mut errors,
    );
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn contact_groups_and_marks_keep_their_limits() {
    let state = with_accounts(&["me", "p"]);
    let p = json!({"Type": 1, "To_Account": "p"});
    let got = contact_group(
        &state,
        "me",
        "friends",
        json!([p, {"Type": 1, "To_Account": "ghost"},
                                                          {"Type": 2, "ToGroupId": "@TGS#none"}]),
    );
    assert_eq!(got["ErrorCode"], 0, "{got}");
    let results = &got["GroupResultItem"][0];
    assert_eq!(
        results["GroupItem"],
        json!({"GroupName": "friends", "GroupId": 1})
    );
    let codes: Vec<&Value> = results["ResultItem"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["ResultCode"])
        .collect();
    assert_eq!(codes, [&json!(0), &json!(50001), &json!(51007)]);
    assert_eq!(
        contact_group(&state, "me", "friends", json!([]))["ErrorCode"],
        50002
    );
    assert_eq!(
        contact_group(&state, "me", &"x".repeat(33), json!([]))["ErrorCode"],
        51011
    );
    for i in 1..20 {
        assert_eq!(
            contact_group(&state, "me", &format!("g{i}"), json!([]))["ErrorCode"],
            0
        );
    }
    assert_eq!(
        contact_group(&state, "me", "one too many", json!([]))["ErrorCode"],
        51010
    );
    // Rename, then move the conversation between groups.
    let rename = json!({"From_Account": "me", "UpdateType": 1, "UpdateGroup": {"UpdateGroupType": 1,
                        "OldGroupName": "friends", "NewGroupName": "pals"}});
    let got = ok(&state, "recentcontact/update_contact_group", rename);
    assert_eq!(got["UpdateGroupResult"]["GroupName"], "pals");
    let remove = json!({"From_Account": "me", "UpdateType": 1, "UpdateGroup": {"UpdateGroupType": 2,
        "OldGroupName": "pals", "ContactUpdateItem": [{"ContactOptType": 2, "ContactItem": p}]}});
    ok(&state, "recentcontact/update_contact_group", remove);
    let add = json!({"From_Account": "me", "UpdateType": 1, "UpdateGroup": {"UpdateGroupType": 2,
        "OldGroupName": "g3", "ContactUpdateItem": [{"ContactOptType": 1, "ContactItem": p}]}});
    ok(&state, "recentcontact/update_contact_group", add);
    // Marks: bits 1 and 40 set, then 1 cleared; a custom mark.
    let mark = |item: Value| {
        call(
            &state,
            "recentcontact/mark_contact",
            json!({"From_Account": "me", "MarkItem": [item]}),
        )
    };
    assert_eq!(
        mark(json!({"OptType": 1, "ContactItem": p, "SetMark": [1, 40]}))["ResultItem"][0]
            ["ResultCode"],
        0
    );
    assert_eq!(
        mark(json!({"OptType": 1, "ContactItem": p, "ClearMark": [1]}))["ResultItem"][0]
            ["ResultCode"],
        0
    );
    assert_eq!(
        mark(json!({"OptType": 2, "ContactItem": p, "CustomMark": "vip"}))["ResultItem"][0]
            ["ResultCode"],
        0
    );
    assert_eq!(
        mark(json!({"OptType": 2, "ContactItem": p, "CustomMark": "x".repeat(257)}))["ResultItem"]
            [0]["ResultCode"],
        50002
    );
    let none = call(
        &state,
        "recentcontact/mark_contact",
        json!({"From_Account": "me", "MarkItem": []}),
    );
    assert_eq!(none["ErrorCode"], 51006);
    let found = ok(
        &state,
        "recentcontact/search_contact_group",
        json!({"From_Account": "me", "ContactItem": [p]}),
    );
    let item = &found["ContactResultItem"][0];
    assert_eq!(item["StandardMark"], format!("{:b}", 1u64 << 40));
    assert_eq!(item["CustomMark"], "vip");
    assert_eq!(item["ContactGroupId"], json!([4]));
    assert_eq!(found["GroupItem"].as_array().unwrap().len(), 20);
    let page = ok(
        &state,
        "recentcontact/get_contact_group",
        json!({"From_Account": "me", "StartIndex": 0}),
    );
    assert_eq!(page["ContactItem"].as_array().unwrap().len(), 1);
    assert_eq!(page["CompleteFlag"], 1);
    // Deleting a group; a missing one is 51009.
    let del = json!({"From_Account": "me", "GroupName": ["g3"]});
    assert_eq!(
        ok(&state, "recentcontact/del_contact_group", del.clone())["GroupItem"][0]["GroupId"],
        4
    );
    assert_eq!(
        call(&state, "recentcontact/del_contact_group", del)["ErrorCode"],
        51009
    );
}

#[test]
fn groups_and_standard_marks_need_ultimate_custom_marks_do_not() {
    let mut state = with_accounts(&["me", "p"]);
    state.groups.set_plan(Edition::Pro, false, 1_400_000_000);
    let p = json!({"Type": 1, "To_Account": "p"});
    assert_eq!(
        contact_group(&state, "me", "g", json!([]))["ErrorCode"],
        51013
    );
    let mark = |opt: i64| {
        call(
            &state,
            "recentcontact/mark_contact",
            json!({"From_Account": "me",
        "MarkItem": [{"OptType": opt, "ContactItem": p, "SetMark": [1], "CustomMark": "c"}]}),
        )
    };
    assert_eq!(mark(1)["ErrorCode"], 51013);
    assert_eq!(mark(2)["ErrorCode"], 0);
}

#[test]
fn conversations_groups_and_hidden_messages_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let key = {
        let state = State::open(dir.path()).unwrap();
        state
            .in_transaction(|| add_accounts(&state, &["a", "b"]))
            .unwrap();
        let key = state
            .in_transaction(|| send(&state, "a", "b", NOW, json!({"SyncOtherMachine": 2})))
            .unwrap();
        state
            .in_transaction(|| {
                contact_group(&state, "b", "work", json!([{"Type": 1, "To_Account": "a"}]))
            })
            .unwrap();
        key
    };
    let state = State::open(dir.path()).unwrap();
    assert_eq!(peers(&list(&state, "b", 0, (0, 0), NOW)), ["a"]);
    assert!(peers(&list(&state, "a", 0, (0, 0), NOW)).is_empty());
    assert!(roam_keys(&state, "a", "b").is_empty());
    assert_eq!(roam_keys(&state, "b", "a"), [key]);
    let page = ok(
        &state,
        "recentcontact/get_contact_group",
        json!({"From_Account": "b", "StartIndex": 0}),
    );
    assert_eq!(page["GroupItem"][0]["GroupName"], "work");
}
