//! The relationship chain against the published samples and the documented rules: approval,
//! blocklists, limits, per-item codes, paging, and the state surviving a reopen.

use serde_json::{json, Value};

use super::super::{Account, State};
use crate::emulator::gateway::Query;
use crate::emulator::routes::handle;
use crate::emulator::tests::shape_errors;

const NOW: i64 = 1_700_000_000;

fn call(state: &State, command: &str, body: Value) -> Value {
    state
        .in_transaction(|| handle(state, "sns", command, &body, &Query::default(), NOW))
        .unwrap()
        .unwrap()
}

fn with_accounts(state: State, ids: &[&str], allow: Option<&str>) -> State {
    state
        .accounts
        .write(|accounts, changed| {
            for id in ids {
                changed.push(id.to_string());
                let mut account = Account::default();
                if let Some(allow) = allow {
                    account
                        .profile
                        .insert("Tag_Profile_IM_AllowType".into(), json!(allow));
                }
                accounts.insert(id.to_string(), account);
            }
        })
        .unwrap();
    state
}

fn codes_of(answer: &Value) -> Vec<i64> {
    answer["ResultItem"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"))
        .iter()
        .map(|i| i["ResultCode"].as_i64().unwrap())
        .collect()
}

fn import(state: &State, from: &str, to: &[&str], lists: &[&str]) -> Value {
    let items: Vec<Value> = to
        .iter()
        .map(|t| json!({"To_Account": t, "AddSource": "AddSource_Type_Test", "GroupName": lists}))
        .collect();
    call(
        state,
        "friend_import",
        json!({"From_Account": from, "AddFriendItem": items}),
    )
}

fn sample(name: &str) -> Value {
    let path = format!(
        "{}/tests/data/samples/sns.{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a
            .iter()
            .filter_map(|x| x.as_str().or_else(|| x["To_Account"].as_str()))
            .map(String::from)
            .collect(),
        _ => Vec::new(),
    }
}

/// Every successful sample request, against a state holding its accounts (those the sample
/// fails left out) as friends of the sender in the lists it names, answers ErrorCode 0 in the
/// published shape, and every peer the sample shows succeeding succeeds here too.
#[test]
fn the_published_samples_answer_in_their_shape() {
    let names = [
        "friend_add",
        "friend_import",
        "friend_update",
        "friend_delete",
        "friend_delete_all",
        "friend_check",
        "friend_get",
        "friend_get_list",
        "black_list_add",
        "black_list_delete",
        "black_list_get",
        "black_list_check",
        "group_add",
        "group_delete",
        "group_get",
    ];
    let mut checked = 0;
    for name in names {
        for example in sample(name)["examples"].as_array().unwrap() {
            let (request, response) = (&example["request"], &example["response"]);
            if request.is_null() || response.is_null() || response["ErrorCode"] != 0 {
                continue;
            }
            let failing = strings(&response["Fail_Account"]);
            let from = request["From_Account"].as_str().unwrap();
            let mut peers = strings(&request["To_Account"]);
            peers.extend(strings(&request["AddFriendItem"]));
            peers.extend(strings(&request["UpdateItem"]));
            peers.retain(|p| !failing.contains(p));
            let mut ids: Vec<&str> = peers.iter().map(String::as_str).collect();
            ids.push(from);
            let state = with_accounts(State::in_memory(), &ids, Some("AllowType_Type_AllowAny"));
            let lists = strings(&request["GroupName"]);
            let seeded_lists: Vec<&str> = match name {
                "group_add" => Vec::new(),
                _ => lists.iter().map(String::as_str).collect(),
            };
            if !["friend_add", "friend_import", "black_list_add"].contains(&name) {
                let friends: Vec<&str> = peers.iter().map(String::as_str).collect();
                if friends.is_empty() {
                    if !seeded_lists.is_empty() {
                        call(
                            &state,
                            "group_add",
                            json!({"From_Account": from, "GroupName": seeded_lists}),
                        );
                    }
                } else {
                    assert_eq!(
                        import(&state, from, &friends, &seeded_lists)["ErrorCode"],
                        0
                    );
                }
            }
            if name == "black_list_delete" {
                call(
                    &state,
                    "black_list_add",
                    json!({"From_Account": from, "To_Account": peers}),
                );
            }
            let ours = call(&state, name, request.clone());
            // A failure the emulator cannot cause (an internal error) leaves it without one.
            let mut response = response.clone();
            if ours.get("Fail_Account").is_none() {
                response.as_object_mut().unwrap().remove("Fail_Account");
            }
            let mut errors = Vec::new();
            shape_errors(&response, &ours, name, &mut errors);
            assert!(
                errors.is_empty(),
                "{name} ({}): {errors:?}\nours: {ours}",
                example["name"]
            );
            for key in ["ResultItem", "InfoItem", "BlackListCheckItem"] {
                for item in response[key].as_array().into_iter().flatten() {
                    let Some(peer) = item["To_Account"].as_str() else {
                        continue;
                    };
                    if item["ResultCode"] != 0 || failing.iter().any(|f| f == peer) {
                        continue;
                    }
                    let mine = ours[key]
                        .as_array()
                        .and_then(|l| l.iter().find(|i| i["To_Account"] == peer));
                    assert_eq!(
                        mine.map(|i| i["ResultCode"].clone()),
                        Some(json!(0)),
                        "{name}: {peer} in {ours}"
                    );
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} samples checked");
}

#[test]
fn adding_follows_approval_blocklists_and_add_type() {
    let state = with_accounts(State::in_memory(), &["a", "b", "c", "d", "e"], None);
    state
        .accounts
        .write(|accounts, _| {
            let set = |p: &mut Account, v: &str| {
                p.profile
                    .insert("Tag_Profile_IM_AllowType".into(), json!(v));
            };
            set(accounts.get_mut("c").unwrap(), "AllowType_Type_DenyAny");
            set(accounts.get_mut("d").unwrap(), "AllowType_Type_AllowAny");
        })
        .unwrap();
    let add = |to: &[&str], extra: Value| {
        let items: Vec<Value> = to.iter().map(|t| json!({"To_Account": t})).collect();
        let mut body = json!({"From_Account": "a", "AddFriendItem": items});
        body.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        call(&state, "friend_add", body)
    };
    // b never set AllowType (the default asks for approval), c refuses all, d accepts all,
    // nobody is not an account.
    let got = add(&["b", "c", "d", "nobody", "a"], json!({}));
    assert_eq!(codes_of(&got), [30539, 30516, 0, 30003, 30001], "{got}");
    assert_eq!(got["Fail_Account"], json!(["b", "c", "nobody", "a"]));
    let check = |to: &[&str]| {
        let got = call(
            &state,
            "friend_check",
            json!({"From_Account": "a", "To_Account": to, "CheckType": "CheckResult_Type_Both"}),
        );
        got["InfoItem"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["Relation"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        check(&["b", "d"]),
        ["CheckResult_Type_NoRelation", "CheckResult_Type_BothWay"]
    );
    // Forced, one way: a has b, b does not have a; again: already a friend.
    let got = add(
        &["b"],
        json!({"ForceAddFlags": 1, "AddType": "Add_Type_Single"}),
    );
    assert_eq!(codes_of(&got), [0]);
    assert_eq!(check(&["b"]), ["CheckResult_Type_AWithB"]);
    let got = add(
        &["b"],
        json!({"ForceAddFlags": 1, "AddType": "Add_Type_Single"}),
    );
    assert_eq!(
        got["ResultItem"][0]["ResultInfo"],
        "Err_SNS_FriendAdd_Friend_Exist"
    );
    // Blocklisting ends the friendship both ways and stops requests both ways.
    let got = call(
        &state,
        "black_list_add",
        json!({"From_Account": "a", "To_Account": ["d"]}),
    );
    assert_eq!(codes_of(&got), [0]);
    assert_eq!(check(&["d"]), ["CheckResult_Type_NoRelation"]);
    assert_eq!(codes_of(&add(&["d"], json!({"ForceAddFlags": 1}))), [30515]);
    let from_d = call(
        &state,
        "friend_add",
        json!({"From_Account": "d", "AddFriendItem": [{"To_Account": "a"}], "ForceAddFlags": 1}),
    );
    assert_eq!(codes_of(&from_d), [30525]);
    let again = call(
        &state,
        "black_list_add",
        json!({"From_Account": "a", "To_Account": ["d"]}),
    );
    assert_eq!(
        again["ResultItem"][0]["ResultInfo"],
        "Err_SNS_BlackListAdd_Already_Exist"
    );
    // A user barred from sending requests (AdminForbid_Type_SendOut) gets 30009.
    state
        .accounts
        .write(|accounts, _| {
            accounts.get_mut("a").unwrap().profile.insert(
                "Tag_Profile_IM_AdminForbidType".into(),
                json!("AdminForbid_Type_SendOut"),
            );
        })
        .unwrap();
    assert_eq!(codes_of(&add(&["e"], json!({"ForceAddFlags": 1}))), [30009]);
}

#[test]
fn limits_answer_their_documented_codes() {
    let mut ids: Vec<String> = (0..3001).map(|i| format!("u{i}")).collect();
    ids.push("full".into());
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let state = with_accounts(State::in_memory(), &refs, Some("AllowType_Type_AllowAny"));
    // friend_import takes at most 1,000 items a call.
    let over: Vec<&str> = refs[1..1002].to_vec();
    assert_eq!(import(&state, "u0", &over, &[])["ErrorCode"], 30001);
    for chunk in refs[1..3001].chunks(1000) {
        assert_eq!(
            codes_of(&import(&state, "u0", chunk, &[])),
            vec![0; chunk.len()]
        );
    }
    assert_eq!(codes_of(&import(&state, "u0", &["full"], &[])), [30010]);
    let add = |from: &str, to: &str| {
        call(
            &state,
            "friend_add",
            json!({"From_Account": from, "AddFriendItem": [{"To_Account": to}]}),
        )
    };
    assert_eq!(codes_of(&add("full", "u0")), [30014]);
    assert_eq!(codes_of(&add("u0", "full")), [30010]);
    // 32 friend lists a user.
    let lists: Vec<String> = (0..32).map(|i| format!("l{i}")).collect();
    let got = call(
        &state,
        "group_add",
        json!({"From_Account": "u1", "GroupName": lists}),
    );
    assert_eq!(got["ErrorCode"], 0, "{got}");
    let got = call(
        &state,
        "group_add",
        json!({"From_Account": "u1", "GroupName": ["one more"]}),
    );
    assert_eq!(got["ErrorCode"], 30011, "{got}");
    let got = call(
        &state,
        "group_add",
        json!({"From_Account": "u2", "GroupName": ["x".repeat(31)]}),
    );
    assert_eq!(got["ErrorCode"], 30001, "{got}");
    // friend_get pages through all 3,000.
    let (mut start, mut seen) = (0, 0);
    loop {
        let page = call(
            &state,
            "friend_get",
            json!({"From_Account": "u0", "StartIndex": start}),
        );
        assert_eq!(page["FriendNum"], 3000);
        seen += page["UserDataItem"].as_array().unwrap().len();
        if page["CompleteFlag"] != 0 {
            break;
        }
        start = page["NextStartIndex"].as_u64().unwrap();
    }
    assert_eq!(seen, 3000);
    // Deleting a non-friend is 31704; deleting all leaves none.
    let got = call(
        &state,
        "friend_delete",
        json!({"From_Account": "u0", "To_Account": ["u1", "full"]}),
    );
    assert_eq!(codes_of(&got), [0, 31704]);
    call(&state, "friend_delete_all", json!({"From_Account": "u0"}));
    let page = call(
        &state,
        "friend_get",
        json!({"From_Account": "u0", "StartIndex": 0}),
    );
    assert_eq!(
        (page["FriendNum"].clone(), page["CompleteFlag"].clone()),
        (json!(0), json!(1))
    );
}

#[test]
fn lists_remarks_and_the_blocklist_survive_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let state = with_accounts(State::open(dir.path()).unwrap(), &["a", "b", "c"], None);
    assert_eq!(
        codes_of(&import(&state, "a", &["b", "c"], &["work"])),
        [0, 0]
    );
    let update = json!({"From_Account": "a", "UpdateItem": [
        {"To_Account": "b", "SnsItem": [{"Tag": "Tag_SNS_IM_Remark", "Value": "Bee"},
                                        {"Tag": "Tag_SNS_Custom_Test", "Value": "x"}]},
        {"To_Account": "c", "SnsItem": [{"Tag": "Tag_SNS_IM_AddSource", "Value": "AddSource_Type_X"}]}]});
    assert_eq!(codes_of(&call(&state, "friend_update", update)), [0, 30001]);
    call(
        &state,
        "black_list_add",
        json!({"From_Account": "b", "To_Account": ["c"]}),
    );
    drop(state);
    let state = State::open(dir.path()).unwrap();
    let got = call(
        &state,
        "friend_get_list",
        json!({"From_Account": "a", "To_Account": ["b", "c", "nobody"],
               "TagList": ["Tag_SNS_IM_Remark", "Tag_SNS_IM_Group", "Tag_SNS_Custom_Test"]}),
    );
    assert_eq!(
        got["InfoItem"][0]["SnsProfileItem"],
        json!([{"Tag": "Tag_SNS_IM_Remark", "Value": "Bee"},
               {"Tag": "Tag_SNS_IM_Group", "Value": ["work"]},
               {"Tag": "Tag_SNS_Custom_Test", "Value": "x"}])
    );
    assert_eq!(got["InfoItem"][2]["ResultCode"], 30001);
    assert_eq!(got["Fail_Account"], json!(["nobody"]));
    let lists = call(
        &state,
        "group_get",
        json!({"From_Account": "a", "NeedFriend": "Need_Friend_Type_Yes"}),
    );
    assert_eq!(
        lists["ResultItem"],
        json!([{"GroupName": "work", "FriendNumber": 2, "To_Account": ["b", "c"]}])
    );
    let blocked = call(
        &state,
        "black_list_get",
        json!({"From_Account": "b", "StartIndex": 0, "MaxLimited": 10, "LastSequence": 0}),
    );
    assert_eq!(
        blocked["BlackListItem"],
        json!([{"To_Account": "c", "AddBlackTimeStamp": NOW}])
    );
    assert_eq!(blocked["StartIndex"], 0);
    let check = call(
        &state,
        "black_list_check",
        json!({"From_Account": "c", "To_Account": ["b"], "CheckType": "BlackCheckResult_Type_Both"}),
    );
    assert_eq!(
        check["BlackListCheckItem"][0]["Relation"],
        "BlackCheckResult_Type_BWithA"
    );
    assert_eq!(check["ErrorDisplay"], "");
}

#[test]
fn deleted_accounts_leave_every_friend_list_and_blocklist() {
    let state = with_accounts(State::in_memory(), &["a", "b", "c"], None);
    import(&state, "a", &["b", "c"], &[]);
    import(&state, "b", &["a"], &[]);
    call(
        &state,
        "black_list_add",
        json!({"From_Account": "c", "To_Account": ["b"]}),
    );
    let gone = handle(
        &state,
        "im_open_login_svc",
        "account_delete",
        &json!({"DeleteItem": [{"UserID": "b"}]}),
        &Query::default(),
        NOW,
    )
    .unwrap();
    assert_eq!(gone["ErrorCode"], 0, "{gone}");
    let a = state.sns.user("a").unwrap();
    assert_eq!(
        a.friends
            .iter()
            .map(|f| f.to_account.as_str())
            .collect::<Vec<_>>(),
        ["c"]
    );
    assert!(state.sns.user("b").is_none());
    assert!(state.sns.user("c").unwrap().blocked.is_empty());
}
