//! What real clients send and read: the empty `GroupType`, `RspMsgList`, the muted members
//! under both command names, and `get_group_info` reading only what its filter names.

use serde_json::{json, Value};

use super::*;
use crate::emulator::services::{Account, Accounts as State};

const NOW: i64 = 1_700_000_000;

fn setup(ids: &[&str]) -> (Groups, State) {
    let state = State::in_memory();
    state
        .write(|a, _| {
            for id in ids {
                a.insert((*id).into(), Account::default());
            }
        })
        .unwrap();
    (Groups::in_memory(Edition::Ultimate, false, 1), state)
}

fn call(g: &Groups, s: &State, command: &str, body: Value) -> Result<Value, i64> {
    let exists = |id: &str| s.read(|a| a.contains_key(id));
    g.handle(&exists, command, &body, NOW)
        .unwrap()
        .map_err(|(code, _)| code)
}

fn create(g: &Groups, s: &State, body: Value) -> String {
    call(g, s, "create_group", body).unwrap()["GroupId"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn an_empty_group_type_is_no_filter_and_a_wrong_one_is_10004() {
    let (g, s) = setup(&[]);
    create(&g, &s, json!({"Type": "Public", "Name": "a"}));
    create(&g, &s, json!({"Type": "Private", "Name": "b"}));
    let all = call(&g, &s, "get_appid_group_list", json!({"GroupType": ""})).unwrap();
    assert_eq!(all["TotalCount"], 2, "{all}");
    assert_eq!(all["GroupIdList"].as_array().unwrap().len(), 2);
    assert_eq!(
        call(&g, &s, "get_appid_group_list", json!({"GroupType": "Nope"})).unwrap_err(),
        10004
    );
}

#[test]
fn simple_history_answers_rsp_msg_list_with_the_priority_number() {
    let (g, s) = setup(&["a"]);
    let id = create(
        &g,
        &s,
        json!({"Type": "Public", "Name": "t", "Owner_Account": "a"}),
    );
    let text = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]);
    call(
        &g,
        &s,
        "send_group_msg",
        json!({"GroupId": id, "Random": 1, "MsgBody": text, "MsgPriority": "Low"}),
    )
    .unwrap();
    let got = call(
        &g,
        &s,
        "group_msg_get_simple",
        json!({"GroupId": id, "ReqMsgNumber": 5}),
    )
    .unwrap();
    assert!(got.get("MsgList").is_none(), "{got}");
    assert_eq!(got["GroupId"], id.as_str());
    let msg = &got["RspMsgList"][0];
    assert_eq!(msg["MsgSeq"], 1, "{got}");
    assert_eq!(msg["MsgPriority"], 3);
    assert_eq!(msg["MsgBody"], text);
}

#[test]
fn muted_members_under_the_current_and_the_legacy_names() {
    let (g, s) = setup(&["o", "m1", "m2", "m3"]);
    let id = create(
        &g,
        &s,
        json!({"Type": "Public", "Name": "t", "Owner_Account": "o",
               "MemberList": [{"Member_Account": "m1"}, {"Member_Account": "m2"},
                              {"Member_Account": "m3"}]}),
    );
    let mute = |who: &str, secs: u64| {
        call(
            &g,
            &s,
            "forbid_send_msg",
            json!({"GroupId": id, "Members_Account": [who], "MuteTime": secs}),
        )
        .unwrap();
    };
    mute("m1", 60);
    mute("m2", u64::from(u32::MAX));
    mute("m3", 60);
    mute("m3", 0);
    let current = call(&g, &s, "get_group_muted_account", json!({"GroupId": id})).unwrap();
    assert_eq!(
        current,
        json!({"GroupId": id, "MutedAccountList": [
            {"Member_Account": "m1", "MutedUntil": NOW + 60},
            {"Member_Account": "m2", "MutedUntil": 4294967295u32},
        ]})
    );
    let legacy = call(&g, &s, "get_group_shutted_uin", json!({"GroupId": id})).unwrap();
    assert_eq!(
        legacy,
        json!({"GroupId": id, "ShuttedUinList": [
            {"Member_Account": "m1", "ShuttedUntil": NOW + 60},
            {"Member_Account": "m2", "ShuttedUntil": 4294967295u32},
        ]})
    );
    assert_eq!(
        call(
            &g,
            &s,
            "get_group_muted_account",
            json!({"GroupId": "@TGS#nope"})
        )
        .unwrap_err(),
        10010
    );
    assert_eq!(
        call(&g, &s, "get_group_shutted_uin", json!({})).unwrap_err(),
        10004
    );
}

#[test]
fn get_group_info_reads_only_what_its_filter_names() {
    let (g, s) = setup(&["leckie"]);
    let id = create(
        &g,
        &s,
        json!({"Type": "Public", "Name": "x", "Owner_Account": "leckie",
               "AppDefinedData": [{"Key": "Topic", "Value": "books"},
                                  {"Key": "Level", "Value": "2"}]}),
    );
    let info = |filter: Option<Value>| {
        let mut body = json!({"GroupIdList": [id]});
        if let Some(f) = filter {
            body["ResponseFilter"] = f;
        }
        call(&g, &s, "get_group_info", body).unwrap()["GroupInfo"][0].clone()
    };
    // No filter: everything, custom fields and members included (page 269/1616).
    let all = info(None);
    assert_eq!(all["AppDefinedData"].as_array().unwrap().len(), 2, "{all}");
    assert!(all["MemberList"].is_array(), "{all}");
    // A base filter: no custom field, no member list.
    let base = info(Some(json!({"GroupBaseInfoFilter": ["Name"]})));
    assert_eq!(base["Name"], "x");
    assert!(base.get("AppDefinedData").is_none(), "{base}");
    assert!(base.get("MemberList").is_none(), "{base}");
    // The custom fields named, only those.
    let one = info(Some(
        json!({"GroupBaseInfoFilter": ["Name"], "AppDefinedDataFilter_Group": ["Topic"]}),
    ));
    assert_eq!(
        one["AppDefinedData"],
        json!([{"Key": "Topic", "Value": "books"}])
    );
}
