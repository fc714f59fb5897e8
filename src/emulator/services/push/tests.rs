//! The push handlers: each published sample answers in its published shape; conditions select
//! the imported accounts they should; the documented validation codes, the daily quota and the
//! spacing of pushes; the state surviving a restart.

use serde_json::{json, Value};

use super::super::{Account, State};
use super::{handle, SERVICE};
use crate::emulator::tests::shape_errors;

/// 2023-11-14T22:13:20Z, in milliseconds.
const T0: i64 = 1_700_000_000_000;

fn call_at(state: &State, command: &str, body: Value, now_ms: i64) -> Result<Value, (i64, String)> {
    handle(state, command, &body, now_ms).expect("a push command")
}

fn call(state: &State, command: &str, body: Value) -> Value {
    call_at(state, command, body, T0).unwrap_or_else(|e| panic!("{command}: {e:?}"))
}

fn code(state: &State, command: &str, body: Value) -> i64 {
    call_at(state, command, body, T0).expect_err(command).0
}

fn with_accounts(ids: &[&str]) -> State {
    let state = State::in_memory();
    state
        .accounts
        .write(|accounts, _| {
            for id in ids {
                accounts.insert(id.to_string(), Account::default());
            }
        })
        .unwrap();
    state
}

fn sample(command: &str) -> Value {
    let path = format!(
        "{}/tests/data/samples/{SERVICE}.{command}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn text() -> Value {
    json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}])
}

fn push_body(random: u32, condition: Option<Value>) -> Value {
    let mut body = json!({"MsgRandom": random, "MsgBody": text()});
    if let Some(c) = condition {
        body["Condition"] = c;
    }
    body
}

/// Names the sample attributes (and the ones the im_push samples select on).
fn name_attrs(state: &State) {
    call(
        state,
        "im_set_attr_name",
        json!({"AttrNames": {"0": "sex", "1": "city", "2": "country",
                              "3": "Membership Level", "4": "会员等级"}}),
    );
}

/// What a read sample's answer shows, stored first: the values and tags it reads back.
fn seed(state: &State, command: &str, response: &Value) {
    match command {
        "im_get_attr" => {
            let users = response["UserAttrs"].clone();
            call(state, "im_set_attr", json!({"UserAttrs": users}));
        }
        "im_get_tag" => {
            let users = response["UserTags"].clone();
            call(state, "im_add_tag", json!({"UserTags": users}));
        }
        _ => {}
    }
}

#[test]
fn every_sample_request_answers_the_published_shape() {
    let commands = [
        "im_set_attr_name",
        "im_get_attr_name",
        "im_set_attr",
        "im_get_attr",
        "im_remove_attr",
        "im_add_tag",
        "im_get_tag",
        "im_remove_tag",
        "im_remove_all_tags",
        "im_push",
    ];
    for command in commands {
        let state = with_accounts(&["xiaojun012", "xiaojun013", "admin"]);
        name_attrs(&state);
        for (i, example) in sample(command)["examples"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
        {
            seed(&state, command, &example["response"]);
            // im_push samples one after another: each a second and a bit later.
            let now = T0 + i as i64 * 1_500;
            let got = call_at(&state, command, example["request"].clone(), now)
                .unwrap_or_else(|e| panic!("{command} {}: {e:?}", example["name"]));
            if let Some(published) = example["response"].as_object() {
                let mut fields = published.clone();
                for k in ["ActionStatus", "ErrorCode", "ErrorInfo"] {
                    fields.remove(k);
                }
                let mut errors = Vec::new();
                shape_errors(&Value::Object(fields), &got, command, &mut errors);
                assert!(errors.is_empty(), "{command}: {errors:?} in {got}");
            }
        }
    }
}

#[test]
fn attributes_are_set_read_and_removed_by_name() {
    let state = with_accounts(&[]);
    name_attrs(&state);
    call(
        &state,
        "im_set_attr",
        json!({"UserAttrs": [{"To_Account": "a", "Attrs": {"sex": "F", "city": "Paris"}}]}),
    );
    let got = call(&state, "im_get_attr", json!({"To_Account": ["a", "b"]}));
    assert_eq!(
        got,
        json!({"UserAttrs": [{"To_Account": "a", "Attrs": {"sex": "F", "city": "Paris"}},
                             {"To_Account": "b", "Attrs": {}}]})
    );
    // Renaming attribute 1 keeps its values.
    call(
        &state,
        "im_set_attr_name",
        json!({"AttrNames": {"1": "town"}}),
    );
    let got = call(&state, "im_get_attr", json!({"To_Account": ["a"]}));
    assert_eq!(
        got["UserAttrs"][0]["Attrs"],
        json!({"sex": "F", "town": "Paris"})
    );
    call(
        &state,
        "im_remove_attr",
        json!({"UserAttrs": [{"To_Account": "a", "Attrs": ["sex"]}]}),
    );
    let got = call(&state, "im_get_attr", json!({"To_Account": ["a"]}));
    assert_eq!(got["UserAttrs"][0]["Attrs"], json!({"town": "Paris"}));
}

#[test]
fn attribute_requests_are_checked_whole() {
    let state = with_accounts(&[]);
    name_attrs(&state);
    let unknown = json!({"UserAttrs": [{"To_Account": "a", "Attrs": {"sex": "F"}},
                                       {"To_Account": "b", "Attrs": {"age": "3"}}]});
    assert_eq!(code(&state, "im_set_attr", unknown), 90033);
    // Nothing of the refused request was kept.
    let got = call(&state, "im_get_attr", json!({"To_Account": ["a"]}));
    assert_eq!(got["UserAttrs"][0]["Attrs"], json!({}));
    let long = json!({"UserAttrs": [{"To_Account": "a", "Attrs": {"sex": "x".repeat(51)}}]});
    assert_eq!(code(&state, "im_set_attr", long), 90030);
    assert_eq!(
        code(
            &state,
            "im_set_attr_name",
            json!({"AttrNames": {"10": "x"}})
        ),
        90033
    );
    assert_eq!(
        code(
            &state,
            "im_set_attr_name",
            json!({"AttrNames": {"5": "sex"}})
        ),
        90033,
        "a name used by another attribute"
    );
    assert_eq!(
        code(
            &state,
            "im_remove_attr",
            json!({"UserAttrs": [{"To_Account": "a", "Attrs": ["age"]}]})
        ),
        90033
    );
    let many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    assert_eq!(
        code(&state, "im_get_attr", json!({"To_Account": many})),
        90018
    );
    assert_eq!(code(&state, "im_get_attr", json!({})), 90001);
}

#[test]
fn tags_are_added_read_and_removed() {
    let state = with_accounts(&[]);
    call(
        &state,
        "im_add_tag",
        json!({"UserTags": [{"To_Account": "a", "Tags": ["x", "y"]}]}),
    );
    call(
        &state,
        "im_add_tag",
        json!({"UserTags": [{"To_Account": "a", "Tags": ["y", "z"]}]}),
    );
    let got = call(&state, "im_get_tag", json!({"To_Account": ["a", "b"]}));
    assert_eq!(
        got,
        json!({"UserTags": [{"To_Account": "a", "Tags": ["x", "y", "z"]},
                            {"To_Account": "b", "Tags": []}]})
    );
    call(
        &state,
        "im_remove_tag",
        json!({"UserTags": [{"To_Account": "a", "Tags": ["y"]}]}),
    );
    let got = call(&state, "im_get_tag", json!({"To_Account": ["a"]}));
    assert_eq!(got["UserTags"][0]["Tags"], json!(["x", "z"]));
    call(&state, "im_remove_all_tags", json!({"To_Account": ["a"]}));
    let got = call(&state, "im_get_tag", json!({"To_Account": ["a"]}));
    assert_eq!(got["UserTags"][0]["Tags"], json!([]));
}

#[test]
fn tag_limits_have_their_codes() {
    let state = with_accounts(&[]);
    let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
    let add = |tags: Value| json!({"UserTags": [{"To_Account": "a", "Tags": tags}]});
    assert_eq!(code(&state, "im_add_tag", add(json!(eleven))), 90032);
    assert_eq!(code(&state, "im_add_tag", add(json!([""]))), 90040);
    assert_eq!(
        code(&state, "im_add_tag", add(json!(["x".repeat(51)]))),
        90034
    );
    for n in 0..10 {
        let tags: Vec<String> = (0..10).map(|i| format!("t{n}-{i}")).collect();
        call(&state, "im_add_tag", add(json!(tags)));
    }
    assert_eq!(
        code(&state, "im_add_tag", add(json!(["one-more"]))),
        90032,
        "101 tags in all"
    );
}

#[test]
fn a_push_reaches_the_imported_accounts_its_condition_selects() {
    let state = with_accounts(&["ann", "bob", "cat", "dan"]);
    name_attrs(&state);
    let tags = |user: &str, tags: Value| {
        call(
            &state,
            "im_add_tag",
            json!({"UserTags": [{"To_Account": user, "Tags": tags}]}),
        );
    };
    tags("ann", json!(["vip", "sz"]));
    tags("bob", json!(["vip"]));
    tags("cat", json!(["sz"]));
    // Not an imported account: never a target.
    tags("ghost", json!(["vip", "sz"]));
    call(
        &state,
        "im_set_attr",
        json!({"UserAttrs": [{"To_Account": "ann", "Attrs": {"city": "Shenzhen", "sex": "F"}},
                             {"To_Account": "bob", "Attrs": {"city": "Beijing", "sex": "F"}},
                             {"To_Account": "ghost", "Attrs": {"city": "Shenzhen"}}]}),
    );
    let cases = [
        (None, 4),
        (Some(json!({"TagsAnd": ["vip", "sz"]})), 1),
        (Some(json!({"TagsOr": ["vip", "sz"]})), 3),
        (
            Some(json!({"TagsAnd": ["vip"], "TagsOr": ["sz", "nothing"]})),
            1,
        ),
        (
            Some(json!({"AttrsAnd": {"city": "Shenzhen", "sex": "F"}})),
            1,
        ),
        (
            Some(json!({"AttrsOr": {"city": "Shenzhen", "sex": "F"}})),
            2,
        ),
        (
            Some(json!({"AttrsAnd": {"sex": "F"}, "AttrsOr": {"city": "Beijing"}})),
            1,
        ),
    ];
    for (i, (condition, want)) in cases.into_iter().enumerate() {
        let at = T0 + i as i64 * 2_000;
        let got = call_at(
            &state,
            "im_push",
            push_body(i as u32, condition.clone()),
            at,
        )
        .unwrap();
        let task = state.push.tasks().last().cloned().unwrap();
        assert_eq!(got["TaskId"], json!(task.task_id));
        assert!(task.task_id.starts_with("1400000000_"), "{}", task.task_id);
        assert_eq!(task.targets, want, "{condition:?}");
    }
}

#[test]
fn push_conditions_are_checked() {
    let state = with_accounts(&["ann"]);
    name_attrs(&state);
    let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
    let cases = [
        (json!({"TagsAnd": ["a"], "AttrsAnd": {"sex": "F"}}), 90039),
        (json!({"TagsOr": eleven}), 90032),
        (json!({"TagsAnd": ["a", ""]}), 90040),
        (json!({"TagsAnd": ["x".repeat(51)]}), 90020),
        (json!({"TagsAnd": ["a"], "TagsOr": ["a", "b"]}), 90022),
        (json!({"AttrsAnd": {"age": "3"}}), 90033),
    ];
    for (condition, want) in cases {
        let got = code(&state, "im_push", push_body(1, Some(condition.clone())));
        assert_eq!(got, want, "{condition}");
    }
    assert_eq!(code(&state, "im_push", json!({"MsgBody": text()})), 90005);
    assert_eq!(
        code(&state, "im_push", json!({"MsgRandom": 1, "MsgBody": {}})),
        90007
    );
    let long_life = json!({"MsgRandom": 1, "MsgBody": text(), "MsgLifeTime": 604_801});
    assert_eq!(code(&state, "im_push", long_life), 90026);
    assert!(
        state.push.tasks().is_empty(),
        "a refused push is not recorded"
    );
}

#[test]
fn pushes_are_spaced_and_counted_per_day() {
    let state = with_accounts(&["ann"]);
    call_at(&state, "im_push", push_body(1, None), T0).unwrap();
    // The same MsgRandom within the second: the same push, its TaskId again.
    let first = state.push.tasks()[0].task_id.clone();
    let again = call_at(&state, "im_push", push_body(1, None), T0 + 500).unwrap();
    assert_eq!(again["TaskId"], json!(first));
    let soon = call_at(&state, "im_push", push_body(2, None), T0 + 1_000).unwrap_err();
    assert_eq!(soon.0, 90024);
    let mut at = T0;
    for i in 1..100 {
        at += 1_001;
        call_at(&state, "im_push", push_body(i + 10, None), at).unwrap();
    }
    assert_eq!(state.push.tasks().len(), 100);
    let over = call_at(&state, "im_push", push_body(7, None), at + 5_000).unwrap_err();
    assert_eq!(over.0, 90047, "{over:?}");
    // The next UTC day has a fresh quota.
    let tomorrow = (T0 / 86_400_000 + 1) * 86_400_000;
    call_at(&state, "im_push", push_body(8, None), tomorrow).unwrap();
}

#[test]
fn the_state_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let state = State::open(dir.path()).unwrap();
        state
            .in_transaction(|| {
                name_attrs(&state);
                call(
                    &state,
                    "im_set_attr",
                    json!({"UserAttrs": [{"To_Account": "a", "Attrs": {"sex": "F"}}]}),
                );
                call(
                    &state,
                    "im_add_tag",
                    json!({"UserTags": [{"To_Account": "a", "Tags": ["vip"]}]}),
                );
                call(&state, "im_push", push_body(3, None));
            })
            .unwrap();
    }
    let state = State::open(dir.path()).unwrap();
    let got = call(&state, "im_get_attr", json!({"To_Account": ["a"]}));
    assert_eq!(got["UserAttrs"][0]["Attrs"], json!({"sex": "F"}));
    let got = call(&state, "im_get_tag", json!({"To_Account": ["a"]}));
    assert_eq!(got["UserTags"][0]["Tags"], json!(["vip"]));
    assert_eq!(state.push.tasks().len(), 1);
    // The quota and the spacing count the pushes made before the restart.
    let soon = call_at(&state, "im_push", push_body(4, None), T0 + 10).unwrap_err();
    assert_eq!(soon.0, 90024);
}
