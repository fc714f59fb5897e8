//! AVChatRoom bans and online members, through the route table: the published samples' shapes,
//! ban expiry, a banned user kept out (join, send), online counts from set_status, and the
//! group types and plans without the feature refused with 10007.

use serde_json::{json, Value};

use crate::emulator::gateway::Query;
use crate::emulator::routes::{handle, handle_test_hook};
use crate::emulator::services::{presence, Account, State};
use crate::emulator::tests::shape_errors;

pub(super) const NOW: i64 = 1_700_000_000;

/// A state with these accounts, a nickname for each.
pub(super) fn state(ids: &[&str]) -> State {
    let state = State::in_memory();
    state
        .accounts
        .write(|a, _| {
            for id in ids {
                let mut account = Account::default();
                account
                    .profile
                    .insert("Tag_Profile_IM_Nick".into(), json!(format!("nick {id}")));
                a.insert((*id).into(), account);
            }
        })
        .unwrap();
    state
}

/// The answer without the envelope's success, or the ErrorCode.
pub(super) fn call(
    state: &State,
    service: &str,
    command: &str,
    body: Value,
    now: i64,
) -> Result<Value, i64> {
    let answer = handle(state, service, command, &body, &Query::default(), now)
        .unwrap_or_else(|| panic!("{service}/{command} is not routed"));
    match answer["ErrorCode"].as_i64() {
        Some(0) => Ok(answer),
        Some(code) => Err(code),
        None => panic!("no ErrorCode: {answer}"),
    }
}

pub(super) fn group_call(state: &State, command: &str, body: Value) -> Result<Value, i64> {
    call(state, "group_open_http_svc", command, body, NOW)
}

pub(super) fn create(state: &State, kind: &str, owner: &str) -> String {
    let body = json!({"Type": kind, "Name": "g", "Owner_Account": owner});
    group_call(state, "create_group", body).unwrap()["GroupId"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The first example of a published sample: (request, response).
pub(super) fn sample(text: &str) -> (Value, Value) {
    let doc: Value = serde_json::from_str(text).unwrap();
    let example = &doc["examples"][0];
    (example["request"].clone(), example["response"].clone())
}

pub(super) fn assert_shape(name: &str, sample: &Value, ours: &Value) {
    let mut errors = Vec::new();
    shape_errors(sample, ours, name, &mut errors);
    assert!(errors.is_empty(), "{name}: {errors:?}\nours: {ours}");
}

fn join(state: &State, group: &str, user: &str) -> Value {
    handle_test_hook(
        state,
        "join_group",
        &json!({"GroupId": group, "UserID": user}),
        NOW,
    )
    .unwrap()
}

fn online(state: &State, user: &str) {
    let set = json!({"UserID": user, "Platform": "iPhone", "Status": "Online"});
    presence::set_status(state, &set, NOW).unwrap();
}

#[test]
fn the_ban_samples_answer_in_their_published_shape() {
    let state = state(&["owner", "brennanli3", "brennanli12"]);
    let room = create(&state, "AVChatRoom", "owner");
    for (command, text) in [
        (
            "ban_group_member",
            include_str!(
                "../../../../tests/data/samples/group_open_http_svc.ban_group_member.json"
            ),
        ),
        (
            "get_group_ban_member",
            include_str!(
                "../../../../tests/data/samples/group_open_http_svc.get_group_ban_member.json"
            ),
        ),
        (
            "unban_group_member",
            include_str!(
                "../../../../tests/data/samples/group_open_http_svc.unban_group_member.json"
            ),
        ),
    ] {
        let (mut request, response) = sample(text);
        request["GroupId"] = json!(room);
        if command == "get_group_ban_member" {
            request["Limit"] = json!(1); // a second page, as in the sample's NextOffset
        }
        let ours = group_call(&state, command, request).unwrap();
        assert_shape(command, &response, &ours);
        if command == "get_group_ban_member" {
            assert_eq!(ours["NextOffset"], 1, "{ours}");
            assert_eq!(
                ours["BannedAccountList"][0]["Member_Account"],
                "brennanli12"
            );
            assert_eq!(ours["BannedAccountList"][0]["BannedUntil"], NOW + 3600);
        }
    }
    let left = group_call(
        &state,
        "get_group_ban_member",
        json!({"GroupId": room, "Offset": 0}),
    )
    .unwrap();
    assert_eq!(left["BannedAccountList"], json!([]), "unbanned: {left}");
    assert_eq!(left["NextOffset"], 0);
}

#[test]
fn a_ban_puts_the_user_out_keeps_them_out_and_ends_by_itself() {
    let state = state(&["owner", "bob", "carol"]);
    let room = create(&state, "AVChatRoom", "owner");
    assert_eq!(join(&state, &room, "bob")["ErrorCode"], 0);
    let ban = json!({"GroupId": room, "Members_Account": ["bob"], "Duration": 60});
    group_call(&state, "ban_group_member", ban).unwrap();
    assert!(state.groups.get(&room).unwrap().member("bob").is_none());
    assert_eq!(join(&state, &room, "bob")["ErrorCode"], 10007);
    let text = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]);
    let send = json!({"GroupId": room, "Random": 1, "From_Account": "bob", "MsgBody": text});
    assert_eq!(
        group_call(&state, "send_group_msg", send.clone()),
        Err(10007)
    );
    // A minute later the ban is over: listed no more, joining and sending work again.
    let later = NOW + 61;
    let page = call(
        &state,
        "group_open_http_svc",
        "get_group_ban_member",
        json!({"GroupId": room, "Offset": 0}),
        later,
    )
    .unwrap();
    assert_eq!(page["BannedAccountList"], json!([]));
    let rejoin = handle_test_hook(
        &state,
        "join_group",
        &json!({"GroupId": room, "UserID": "bob"}),
        later,
    )
    .unwrap();
    assert_eq!(rejoin["ErrorCode"], 0, "{rejoin}");
    call(&state, "group_open_http_svc", "send_group_msg", send, later).unwrap();
}

#[test]
fn bans_refuse_other_types_other_plans_too_many_and_no_duration() {
    let mut state = state(&["owner", "bob"]);
    let public = create(&state, "Public", "owner");
    let room = create(&state, "AVChatRoom", "owner");
    let ban = |id: &str, users: Value, duration: Value| json!({"GroupId": id, "Members_Account": users, "Duration": duration});
    for command in ["ban_group_member", "unban_group_member"] {
        let body = ban(&public, json!(["bob"]), json!(60));
        assert_eq!(group_call(&state, command, body), Err(10007), "{command}");
    }
    let list = json!({"GroupId": public, "Offset": 0});
    assert_eq!(group_call(&state, "get_group_ban_member", list), Err(10007));
    let many: Vec<String> = (0..21).map(|i| format!("u{i}")).collect();
    let body = ban(&room, json!(many), json!(60));
    assert_eq!(group_call(&state, "ban_group_member", body), Err(10005));
    for duration in [json!(0), json!(-1), json!(4_294_967_296u64), Value::Null] {
        let body = ban(&room, json!(["bob"]), duration.clone());
        assert_eq!(
            group_call(&state, "ban_group_member", body),
            Err(10004),
            "{duration}"
        );
    }
    let body = ban(&room, json!(["owner"]), json!(60));
    assert_eq!(group_call(&state, "ban_group_member", body), Err(10007));
    let list = json!({"GroupId": room, "Offset": 0, "Limit": 101});
    assert_eq!(group_call(&state, "get_group_ban_member", list), Err(10004));
    state
        .groups
        .set_plan(crate::domain::group::Edition::Pro, false, 1);
    let body = ban(&room, json!(["bob"]), json!(60));
    assert_eq!(group_call(&state, "ban_group_member", body), Err(10007));
}

#[test]
fn online_members_are_the_room_s_members_set_online() {
    let state = state(&["owner", "bob", "carol", "dave"]);
    let room = create(&state, "AVChatRoom", "owner");
    join(&state, &room, "bob");
    join(&state, &room, "carol");
    online(&state, "bob");
    online(&state, "dave"); // online, not in the room
    let count = group_call(&state, "get_online_member_num", json!({"GroupId": room})).unwrap();
    let (_, response) = sample(include_str!(
        "../../../../tests/data/samples/group_open_http_svc.get_online_member_num.json"
    ));
    assert_shape("get_online_member_num", &response, &count);
    assert_eq!(count["OnlineMemberNum"], 1);
    let (mut request, response) = sample(include_str!(
        "../../../../tests/data/samples/group_open_avchatroom_http_svc.get_members.json"
    ));
    request["GroupId"] = json!(room);
    let members = call(
        &state,
        "group_open_avchatroom_http_svc",
        "get_members",
        request,
        NOW,
    )
    .unwrap();
    assert_shape("get_members", &response, &members);
    assert_eq!(members["MemberList"][0]["Member_Account"], "bob");
    assert_eq!(members["MemberList"][0]["NickName"], "nick bob");
    assert_eq!(members["MemberList"].as_array().unwrap().len(), 1);
    assert_eq!(members["NextTimestamp"], 0);
}

#[test]
fn online_counts_refuse_every_type_but_avchatroom() {
    let state = state(&["owner"]);
    for kind in ["Public", "Private", "ChatRoom"] {
        let id = create(&state, kind, "owner");
        let body = json!({"GroupId": id});
        assert_eq!(
            group_call(&state, "get_online_member_num", body),
            Err(10007),
            "{kind}"
        );
        let body = json!({"GroupId": id, "Timestamp": 0});
        let answer = call(
            &state,
            "group_open_avchatroom_http_svc",
            "get_members",
            body,
            NOW,
        );
        assert_eq!(answer, Err(10007), "{kind}");
    }
    let body = json!({"GroupId": "nope"});
    assert_eq!(
        group_call(&state, "get_online_member_num", body),
        Err(10010)
    );
}

#[test]
fn get_members_pages_by_join_time_without_losing_a_tie() {
    let ids: Vec<String> = (0..520).map(|i| format!("u{i:03}")).collect();
    let mut all: Vec<&str> = ids.iter().map(String::as_str).collect();
    all.push("owner");
    let state = state(&all);
    let room = create(&state, "AVChatRoom", "owner");
    for (i, id) in ids.iter().enumerate() {
        // 7 members a second: the 500th and 501st joined in the same second.
        let at = NOW + (i / 7) as i64;
        handle_test_hook(
            &state,
            "join_group",
            &json!({"GroupId": room, "UserID": id}),
            at,
        )
        .unwrap();
        online(&state, id);
    }
    let mut seen = Vec::new();
    let mut timestamp = 0;
    loop {
        let body = json!({"GroupId": room, "Timestamp": timestamp});
        let page = call(
            &state,
            "group_open_avchatroom_http_svc",
            "get_members",
            body,
            NOW + 60,
        )
        .unwrap();
        for m in page["MemberList"].as_array().unwrap() {
            seen.push(m["Member_Account"].as_str().unwrap().to_string());
        }
        timestamp = page["NextTimestamp"].as_i64().unwrap();
        if timestamp == 0 {
            break;
        }
    }
    seen.sort();
    assert_eq!(seen, ids);
}
