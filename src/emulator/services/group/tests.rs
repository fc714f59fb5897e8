//! The group service's state rules and codes, called directly (no HTTP).

use serde_json::{json, Value};

use super::*;
use crate::emulator::services::{Account, Accounts as State};

const NOW: i64 = 1_700_000_000;

fn accounts(ids: &[&str]) -> State {
    let state = State::in_memory();
    state
        .write(|a, _| {
            for id in ids {
                a.insert((*id).into(), Account::default());
            }
        })
        .unwrap();
    state
}

fn call(g: &Groups, s: &State, command: &str, body: Value) -> Result<Value, i64> {
    let exists = |id: &str| s.read(|a| a.contains_key(id));
    g.handle(&exists, command, &body, NOW)
        .unwrap()
        .map_err(|(code, _)| code)
}

fn users(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("u{i}")).collect()
}

fn with_users(n: usize) -> State {
    let ids = users(n);
    accounts(&ids.iter().map(String::as_str).collect::<Vec<_>>())
}

fn create(g: &Groups, s: &State, body: Value) -> String {
    call(g, s, "create_group", body).unwrap()["GroupId"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn create_checks_the_console_rules_and_the_owner() {
    let g = Groups::in_memory(Edition::Ultimate, false, 1400000000);
    let s = accounts(&["leckie", "bob"]);
    let id = create(
        &g,
        &s,
        json!({"Type": "Public", "Name": "t", "Owner_Account": "leckie"}),
    );
    assert!(id.starts_with("@TGS#2"), "{id}");
    let group = g.get(&id).unwrap();
    assert_eq!(group.member("leckie").unwrap().role, "Owner");
    assert_eq!(group.max_members, Some(2000));
    assert_eq!(group.apply_join_option, "NeedPermission");
    let bad = |body: Value| call(&g, &s, "create_group", body).unwrap_err();
    assert_eq!(
        bad(json!({"Type": "Public", "Name": "x".repeat(31)})),
        10004
    );
    assert_eq!(bad(json!({"Type": "Club", "Name": "x"})), 10004);
    assert_eq!(
        bad(json!({"Type": "Public", "Name": "x", "Owner_Account": "ghost"})),
        10019
    );
    assert_eq!(
        bad(json!({"Type": "AVChatRoom", "Name": "x", "MemberList": [{"Member_Account": "bob"}]})),
        10007
    );
    assert_eq!(
        bad(json!({"Type": "Public", "Name": "x", "GroupId": "@TGS#mine"})),
        10015
    );
    create(
        &g,
        &s,
        json!({"Type": "Public", "Name": "x", "GroupId": "mine"}),
    );
    assert_eq!(
        bad(json!({"Type": "Public", "Name": "x", "GroupId": "mine"})),
        10025
    );
    let many: Vec<Value> = (0..101)
        .map(|i| json!({"Member_Account": format!("u{i}")}))
        .collect();
    assert_eq!(
        bad(json!({"Type": "Public", "Name": "x", "MemberList": many})),
        10005
    );
    // Work / Meeting are accepted as the new SDK names
    let work = create(&g, &s, json!({"Type": "Work", "Name": "w"}));
    assert_eq!(g.get(&work).unwrap().kind, "Private");
    let community = create(&g, &s, json!({"Type": "Community", "Name": "c"}));
    assert!(community.starts_with("@TGS#_"));
    assert_eq!(g.get(&community).unwrap().max_members, Some(100_000));
}

#[test]
fn editions_set_member_limits_and_trial_caps_groups() {
    let s = with_users(30);
    let trial = Groups::in_memory(Edition::Trial, false, 1);
    let id = create(&trial, &s, json!({"Type": "Public", "Name": "t"}));
    let members: Vec<Value> = users(21)
        .iter()
        .map(|u| json!({"Member_Account": u}))
        .collect();
    assert_eq!(
        call(
            &trial,
            &s,
            "add_group_member",
            json!({"GroupId": id, "MemberList": members[..20]})
        )
        .unwrap()["MemberList"]
            .as_array()
            .unwrap()
            .len(),
        20
    );
    assert_eq!(
        call(
            &trial,
            &s,
            "add_group_member",
            json!({"GroupId": id, "MemberList": [members[20]]})
        )
        .unwrap_err(),
        10014,
        "the 21st member of a Trial group: group full"
    );
    for i in 1..100 {
        create(
            &trial,
            &s,
            json!({"Type": "Public", "Name": format!("g{i}")}),
        );
    }
    assert_eq!(
        call(
            &trial,
            &s,
            "create_group",
            json!({"Type": "Public", "Name": "over"})
        )
        .unwrap_err(),
        10058
    );
    let pro = Groups::in_memory(Edition::Pro, false, 1);
    let id = create(&pro, &s, json!({"Type": "ChatRoom", "Name": "p"}));
    assert_eq!(pro.get(&id).unwrap().max_members, Some(200));
    let av = create(&pro, &s, json!({"Type": "AVChatRoom", "Name": "p"}));
    assert_eq!(pro.get(&av).unwrap().max_members, None);
    assert_eq!(
        call(
            &pro,
            &s,
            "add_group_member",
            json!({"GroupId": av, "MemberList": [{"Member_Account": "u1"}]})
        )
        .unwrap_err(),
        10007
    );
}

#[test]
fn net_new_groups_a_day_are_limited() {
    let g = Groups::in_memory(Edition::Pro, false, 1);
    let s = accounts(&[]);
    g.lock().today = (NOW.div_euclid(86_400), 10_000);
    assert_eq!(
        call(
            &g,
            &s,
            "create_group",
            json!({"Type": "Public", "Name": "x"})
        )
        .unwrap_err(),
        10006
    );
}

#[test]
fn members_add_reports_each_and_remove_spares_the_owner() {
    let g = Groups::in_memory(Edition::Ultimate, false, 1);
    let s = accounts(&["own", "a", "b"]);
    let id = create(
        &g,
        &s,
        json!({"Type": "Private", "Name": "t", "Owner_Account": "own"}),
    );
    let answer = call(
        &g,
        &s,
        "add_group_member",
        json!({"GroupId": id, "MemberList": [{"Member_Account": "a"}, {"Member_Account": "ghost"}, {"Member_Account": "own"}]}),
    )
    .unwrap();
    let results: Vec<(String, u64)> = answer["MemberList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["Member_Account"].as_str().unwrap().into(),
                m["Result"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        results,
        [("a".into(), 1), ("ghost".into(), 0), ("own".into(), 2)]
    );
    assert_eq!(
        call(
            &g,
            &s,
            "add_group_member",
            json!({"GroupId": id, "MemberList": [{"Member_Account": "ghost"}]})
        )
        .unwrap_err(),
        10019
    );
    assert_eq!(
        call(
            &g,
            &s,
            "add_group_member",
            json!({"GroupId": "nope", "MemberList": [{"Member_Account": "a"}]})
        )
        .unwrap_err(),
        10010
    );
    assert_eq!(
        call(
            &g,
            &s,
            "delete_group_member",
            json!({"GroupId": id, "MemberToDel_Account": ["own"]})
        )
        .unwrap_err(),
        10004
    );
    call(
        &g,
        &s,
        "delete_group_member",
        json!({"GroupId": id, "MemberToDel_Account": ["a", "b"]}),
    )
    .unwrap();
    assert_eq!(g.get(&id).unwrap().members.len(), 1);
}

#[test]
fn roles_mute_transfer_and_joined() {
    let g = Groups::in_memory(Edition::Ultimate, false, 1);
    let s = accounts(&["own", "a", "b"]);
    let id = create(
        &g,
        &s,
        json!({"Type": "Public", "Name": "t", "Owner_Account": "own",
               "MemberList": [{"Member_Account": "a"}, {"Member_Account": "b"}]}),
    );
    call(
        &g,
        &s,
        "modify_group_member_info",
        json!({"GroupId": id, "Member_Account": "a", "Role": "Admin"}),
    )
    .unwrap();
    assert_eq!(g.get(&id).unwrap().member("a").unwrap().role, "Admin");
    assert_eq!(
        call(
            &g,
            &s,
            "modify_group_member_info",
            json!({"GroupId": id, "Member_Account": "own", "Role": "Member"})
        )
        .unwrap_err(),
        10004
    );
    call(
        &g,
        &s,
        "forbid_send_msg",
        json!({"GroupId": id, "Members_Account": ["b"], "MuteTime": 60}),
    )
    .unwrap();
    assert_eq!(
        g.get(&id).unwrap().member("b").unwrap().mute_until,
        NOW + 60
    );
    let send = |from: &str, random: u32| {
        call(
            &g,
            &s,
            "send_group_msg",
            json!({"GroupId": id, "From_Account": from, "Random": random,
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]}),
        )
    };
    assert_eq!(
        send("b", 1).unwrap_err(),
        10017,
        "a muted member cannot send"
    );
    call(
        &g,
        &s,
        "change_group_owner",
        json!({"GroupId": id, "NewOwner_Account": "a"}),
    )
    .unwrap();
    let group = g.get(&id).unwrap();
    assert_eq!(
        (
            group.owner.as_str(),
            group.member("own").unwrap().role.as_str()
        ),
        ("a", "Member")
    );
    let joined = call(
        &g,
        &s,
        "get_joined_group_list",
        json!({"Member_Account": "b"}),
    )
    .unwrap();
    assert_eq!(joined["TotalCount"], 1);
    assert_eq!(joined["GroupIdList"][0]["GroupId"], json!(id));
}

#[test]
fn messages_get_sequence_numbers_and_retries_are_not_delivered_twice() {
    let g = Groups::in_memory(Edition::Ultimate, false, 1);
    let s = accounts(&["a"]);
    let id = create(
        &g,
        &s,
        json!({"Type": "Public", "Name": "t", "Owner_Account": "a"}),
    );
    let send = |random: u32, text: &str| {
        call(
            &g,
            &s,
            "send_group_msg",
            json!({"GroupId": id, "Random": random,
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": text}}]}),
        )
        .unwrap()
    };
    assert_eq!(send(7, "one")["MsgSeq"], 1);
    assert_eq!(send(8, "two")["MsgSeq"], 2);
    assert_eq!(
        send(7, "one")["MsgSeq"],
        1,
        "the same Random and content is a retry"
    );
    assert_eq!(g.get(&id).unwrap().messages.len(), 2);
    let history = call(
        &g,
        &s,
        "group_msg_get_simple",
        json!({"GroupId": id, "ReqMsgNumber": 20}),
    )
    .unwrap();
    assert_eq!(history["RspMsgList"][0]["MsgSeq"], 2);
    assert_eq!(history["IsFinished"], 1);
    let big = "x".repeat(9000);
    assert_eq!(
        call(
            &g,
            &s,
            "send_group_msg",
            json!({"GroupId": id, "Random": 1,
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": big}}]})
        )
        .unwrap_err(),
        80002
    );
}

#[test]
fn forty_messages_a_second_per_group_under_throttle() {
    let g = Groups::in_memory(Edition::Ultimate, true, 1);
    let s = accounts(&[]);
    let id = create(&g, &s, json!({"Type": "Public", "Name": "t"}));
    let other = create(&g, &s, json!({"Type": "Public", "Name": "u"}));
    let send = |group: &str, random: u32| {
        call(
            &g,
            &s,
            "send_group_msg",
            json!({"GroupId": group, "Random": random,
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]}),
        )
    };
    let refused = (0..60).filter(|r| send(&id, *r) == Err(10023)).count();
    assert!((18..=20).contains(&refused), "{refused}");
    assert!(send(&other, 1).is_ok(), "the limit is per group");
}

#[test]
fn list_pages_in_creation_order_and_filters_by_type() {
    let g = Groups::in_memory(Edition::Ultimate, false, 1);
    let s = accounts(&[]);
    let ids: Vec<String> = (0..5)
        .map(|i| {
            create(
                &g,
                &s,
                json!({"Type": if i % 2 == 0 { "Public" } else { "Private" }, "Name": "g"}),
            )
        })
        .collect();
    let mut next = 0u64;
    let mut seen = Vec::new();
    loop {
        let page = call(
            &g,
            &s,
            "get_appid_group_list",
            json!({"Limit": 2, "Next": next}),
        )
        .unwrap();
        assert_eq!(page["TotalCount"], 5);
        seen.extend(
            page["GroupIdList"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v["GroupId"].as_str().unwrap().to_string()),
        );
        next = page["Next"].as_u64().unwrap();
        if next == 0 {
            break;
        }
    }
    assert_eq!(seen, ids);
    let public = call(
        &g,
        &s,
        "get_appid_group_list",
        json!({"GroupType": "Public"}),
    )
    .unwrap();
    assert_eq!(public["TotalCount"], 3);
    assert_eq!(
        call(&g, &s, "get_appid_group_list", json!({"Limit": 10001})).unwrap_err(),
        10004
    );
}

#[test]
fn info_reports_each_group_and_destroy_removes_it() {
    let g = Groups::in_memory(Edition::Ultimate, false, 1);
    let s = accounts(&["a"]);
    let id = create(
        &g,
        &s,
        json!({"Type": "Public", "Name": "t", "Owner_Account": "a"}),
    );
    call(
        &g,
        &s,
        "modify_group_base_info",
        json!({"GroupId": id, "Name": "n", "MuteAllMember": "On", "MaxMemberNum": 50}),
    )
    .unwrap();
    let info = call(
        &g,
        &s,
        "get_group_info",
        json!({"GroupIdList": [id, "gone"]}),
    )
    .unwrap();
    assert_eq!(info["GroupInfo"][0]["Name"], "n");
    assert_eq!(info["GroupInfo"][0]["MuteAllMember"], "On");
    assert_eq!(info["GroupInfo"][0]["MaxMemberNum"], 50);
    assert_eq!(info["GroupInfo"][0]["MemberList"][0]["Role"], "Owner");
    assert_eq!(info["GroupInfo"][1]["ErrorCode"], 10010);
    call(&g, &s, "destroy_group", json!({"GroupId": id})).unwrap();
    assert_eq!(
        call(&g, &s, "destroy_group", json!({"GroupId": id})).unwrap_err(),
        10010
    );
    let fifty_one: Vec<String> = (0..51).map(|i| i.to_string()).collect();
    assert_eq!(
        call(&g, &s, "get_group_info", json!({"GroupIdList": fifty_one})).unwrap_err(),
        10004
    );
}

#[test]
fn deleted_accounts_leave_their_groups_and_state_survives_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let s = accounts(&["own", "a"]);
    let id = {
        let g = Groups::open(dir.path(), Edition::Ultimate, false, 1).unwrap();
        let id = create(
            &g,
            &s,
            json!({"Type": "Public", "Name": "t", "Owner_Account": "own",
            "MemberList": [{"Member_Account": "a"}]}),
        );
        call(
            &g,
            &s,
            "send_group_msg",
            json!({"GroupId": id, "Random": 5,
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "kept"}}]}),
        )
        .unwrap();
        g.forget_accounts(&["own".to_string()]);
        id
    };
    let g = Groups::open(dir.path(), Edition::Ultimate, false, 1).unwrap();
    let group = g.get(&id).unwrap();
    assert_eq!(group.members.len(), 1);
    assert!(group.owner.is_empty());
    assert_eq!(group.messages.len(), 1);
    assert_eq!(group.next_msg_seq, 2);
    // new groups keep counting after the reopen
    let next = create(&g, &s, json!({"Type": "Public", "Name": "n"}));
    assert_ne!(next, id);
}
