//! Group attributes and counters through the route table: the published samples' shapes, the
//! documented limits and codes, and the types and plans without the feature refused.

use serde_json::{json, Value};

use super::tests_avchatroom::{assert_shape, call, create, group_call, sample, state, NOW};
use crate::domain::group::Edition;

fn attrs(state: &crate::emulator::services::State, id: &str) -> Value {
    let body = json!({"GroupId": id});
    call(
        state,
        "group_open_attr_http_svc",
        "get_group_attr",
        body,
        NOW,
    )
    .unwrap()["GroupAttrAry"]
        .clone()
}

fn kv(pairs: &[(&str, &str)]) -> Value {
    json!(pairs
        .iter()
        .map(|(k, v)| json!({"key": k, "value": v}))
        .collect::<Vec<_>>())
}

#[test]
fn the_attribute_samples_answer_in_their_published_shape() {
    let state = state(&["owner"]);
    let id = create(&state, "Public", "owner");
    for (command, text) in [
        (
            "modify_group_attr",
            include_str!(
                "../../../../tests/data/samples/group_open_http_svc.modify_group_attr.json"
            ),
        ),
        (
            "set_group_attr",
            include_str!("../../../../tests/data/samples/group_open_http_svc.set_group_attr.json"),
        ),
        (
            "clear_group_attr",
            include_str!(
                "../../../../tests/data/samples/group_open_http_svc.clear_group_attr.json"
            ),
        ),
    ] {
        let (mut request, response) = sample(text);
        request["GroupId"] = json!(id);
        let ours = group_call(&state, command, request).unwrap();
        assert_shape(command, &response, &ours);
    }
    group_call(
        &state,
        "set_group_attr",
        json!({"GroupId": id, "GroupAttr": kv(&[("attr_key1", "attr_val1")])}),
    )
    .unwrap();
    let (mut request, response) = sample(include_str!(
        "../../../../tests/data/samples/group_open_attr_http_svc.get_group_attr.json"
    ));
    request["GroupId"] = json!(id);
    let ours = call(
        &state,
        "group_open_attr_http_svc",
        "get_group_attr",
        request,
        NOW,
    )
    .unwrap();
    assert_shape("get_group_attr", &response, &ours);
}

#[test]
fn modify_adds_set_replaces_clear_empties() {
    let state = state(&["owner"]);
    let id = create(&state, "AVChatRoom", "owner");
    let write = |command: &str, attrs: Value| {
        group_call(&state, command, json!({"GroupId": id, "GroupAttr": attrs})).unwrap();
    };
    write("modify_group_attr", kv(&[("a", "1"), ("b", "2")]));
    write("modify_group_attr", kv(&[("b", "3"), ("c", "4")]));
    assert_eq!(
        attrs(&state, &id),
        kv(&[("a", "1"), ("b", "3"), ("c", "4")])
    );
    write("set_group_attr", kv(&[("z", "9")]));
    assert_eq!(attrs(&state, &id), kv(&[("z", "9")]));
    group_call(&state, "clear_group_attr", json!({"GroupId": id})).unwrap();
    assert_eq!(attrs(&state, &id), json!([]));
}

#[test]
fn attribute_limits_answer_their_documented_codes() {
    let state = state(&["owner"]);
    let id = create(&state, "Public", "owner");
    let modify = |attrs: Value| {
        group_call(
            &state,
            "modify_group_attr",
            json!({"GroupId": id, "GroupAttr": attrs}),
        )
    };
    let long_key = "k".repeat(33);
    assert_eq!(modify(kv(&[(long_key.as_str(), "v")])), Err(10045));
    let long_value = "v".repeat(4001);
    assert_eq!(modify(kv(&[("k", long_value.as_str())])), Err(10046));
    let keys: Vec<String> = (0..17).map(|i| format!("k{i}")).collect();
    let many: Vec<(&str, &str)> = keys.iter().map(|k| (k.as_str(), "v")).collect();
    assert_eq!(modify(kv(&many)), Err(10047));
    // 16 keys are fine, then one more through a second modify is the 17th.
    modify(kv(&many[..16])).unwrap();
    assert_eq!(modify(kv(&[("one_more", "v")])), Err(10047));
    group_call(&state, "clear_group_attr", json!({"GroupId": id})).unwrap();
    let big = "v".repeat(4000);
    let five: Vec<(&str, &str)> = keys[..5]
        .iter()
        .map(|k| (k.as_str(), big.as_str()))
        .collect();
    assert_eq!(modify(kv(&five)), Err(10048));
    assert_eq!(modify(json!([])), Err(10004));
    assert_eq!(modify(kv(&[("", "v")])), Err(10004));
    let gone = json!({"GroupId": "nope", "GroupAttr": kv(&[("a", "b")])});
    assert_eq!(group_call(&state, "modify_group_attr", gone), Err(10010));
}

#[test]
fn community_attributes_cannot_be_cleared() {
    let state = state(&["owner"]);
    let body = json!({"Type": "Community", "Name": "c", "Owner_Account": "owner"});
    let id = group_call(&state, "create_group", body).unwrap()["GroupId"]
        .as_str()
        .unwrap()
        .to_string();
    let body = json!({"GroupId": id, "GroupAttr": kv(&[("a", "1")])});
    group_call(&state, "modify_group_attr", body).unwrap();
    assert_eq!(
        group_call(&state, "clear_group_attr", json!({"GroupId": id})),
        Err(10007)
    );
    assert_eq!(attrs(&state, &id), kv(&[("a", "1")]));
}

#[test]
fn attribute_writes_over_five_a_second_a_group_are_10049_under_throttle() {
    let mut state = state(&["owner"]);
    state.groups.set_plan(Edition::Ultimate, true, 1);
    let id = create(&state, "Public", "owner");
    let body = json!({"GroupId": id, "GroupAttr": kv(&[("a", "1")])});
    let codes: Vec<i64> = (0..6)
        .map(|_| group_call(&state, "modify_group_attr", body.clone()).map_or_else(|c| c, |_| 0))
        .collect();
    assert_eq!(codes, [0, 0, 0, 0, 0, 10049]);
}

#[test]
fn the_counter_samples_answer_in_their_published_shape_and_modes_add_up() {
    let state = state(&["owner"]);
    let id = create(&state, "Private", "owner");
    for (command, text) in [
        (
            "update_group_counter",
            include_str!(
                "../../../../tests/data/samples/group_open_http_svc.update_group_counter.json"
            ),
        ),
        (
            "get_group_counter",
            include_str!(
                "../../../../tests/data/samples/group_open_http_svc.get_group_counter.json"
            ),
        ),
        (
            "delete_group_counter",
            include_str!(
                "../../../../tests/data/samples/group_open_http_svc.delete_group_counter.json"
            ),
        ),
    ] {
        let (mut request, response) = sample(text);
        request["GroupId"] = json!(id);
        let ours = group_call(&state, command, request).unwrap();
        assert_shape(command, &response, &ours);
        if command == "update_group_counter" {
            assert_eq!(ours["GroupCounter"], response["GroupCounter"]);
        }
    }
    let update = |mode: &str, value: i64| {
        let body =
            json!({"GroupId": id, "Mode": mode, "GroupCounter": [{"Key": "n", "Value": value}]});
        group_call(&state, "update_group_counter", body).unwrap()["GroupCounter"][0]["Value"]
            .as_i64()
            .unwrap()
    };
    assert_eq!(update("Increase", 5), 5, "a missing key starts from 0");
    assert_eq!(update("Decrease", 7), -2);
    assert_eq!(update("Set", 3), 3);
    let all = group_call(&state, "get_group_counter", json!({"GroupId": id})).unwrap();
    assert_eq!(all["GroupCounter"], json!([{"Key": "n", "Value": 3}]));
}

#[test]
fn counters_refuse_community_other_plans_and_more_than_20_keys() {
    let mut state = state(&["owner"]);
    let id = create(&state, "Public", "owner");
    let keys: Vec<Value> = (0..21)
        .map(|i| json!({"Key": format!("k{i}"), "Value": 1}))
        .collect();
    let body = json!({"GroupId": id, "GroupCounter": keys});
    assert_eq!(group_call(&state, "update_group_counter", body), Err(10063));
    let long = json!({"GroupId": id, "GroupCounter": [{"Key": "k".repeat(129), "Value": 1}]});
    assert_eq!(group_call(&state, "update_group_counter", long), Err(10004));
    let body = json!({"Type": "Community", "Name": "c", "Owner_Account": "owner"});
    let community = group_call(&state, "create_group", body).unwrap()["GroupId"]
        .as_str()
        .unwrap()
        .to_string();
    let body = json!({"GroupId": community});
    assert_eq!(group_call(&state, "get_group_counter", body), Err(10007));
    state.groups.set_plan(Edition::Pro, false, 1);
    for command in [
        "get_group_counter",
        "update_group_counter",
        "delete_group_counter",
    ] {
        let body = json!({"GroupId": id, "GroupCounter": [{"Key": "a", "Value": 1}]});
        assert_eq!(group_call(&state, command, body), Err(10059), "{command}");
    }
}

/// Bans, attributes and counters are part of the stored group: a restarted emulator (or another
/// `--sandbox` process) sees them.
#[test]
fn bans_attributes_and_counters_survive_a_reopen() {
    use super::Groups;
    let dir = tempfile::tempdir().unwrap();
    let accounts = state(&["owner"]).accounts;
    let exists = |id: &str| accounts.read(|a| a.contains_key(id));
    let ask = |g: &Groups, command: &str, body: Value| {
        g.handle(&exists, command, &body, NOW).unwrap().unwrap()
    };
    let id = {
        let g = Groups::open(dir.path(), Edition::Ultimate, false, 1).unwrap();
        let body = json!({"Type": "AVChatRoom", "Name": "l", "Owner_Account": "owner"});
        let id = ask(&g, "create_group", body)["GroupId"]
            .as_str()
            .unwrap()
            .to_string();
        let ban = json!({"GroupId": id, "Members_Account": ["bob"], "Duration": 60});
        ask(&g, "ban_group_member", ban);
        ask(
            &g,
            "modify_group_attr",
            json!({"GroupId": id, "GroupAttr": kv(&[("a", "1")])}),
        );
        let counter = json!({"GroupId": id, "GroupCounter": [{"Key": "n", "Value": 4}]});
        ask(&g, "update_group_counter", counter);
        id
    };
    let g = Groups::open(dir.path(), Edition::Ultimate, false, 1).unwrap();
    let group = g.get(&id).unwrap();
    assert_eq!(group.banned_until("bob", NOW), Some(NOW + 60));
    assert_eq!(group.attrs.get("a").map(String::as_str), Some("1"));
    assert_eq!(group.counters.get("n"), Some(&4));
}
