//! The handlers against the published request/response samples (`tests/data/samples`, a copy
//! of `shared/spec/samples`): each successful sample request, run against a state holding the
//! accounts the sample treats as existing, must answer with the sample's shape (same fields,
//! same JSON types), and the documented limits must give the documented codes.

use serde_json::{json, Value};

use super::gateway::Query;
use super::routes::{handle, handle_test_hook};
use super::services::{presence, Account, State};

const SAMPLES: &[(&str, &str)] = &[
    (
        "im_open_login_svc.account_import",
        include_str!("../../tests/data/samples/im_open_login_svc.account_import.json"),
    ),
    (
        "im_open_login_svc.multiaccount_import",
        include_str!("../../tests/data/samples/im_open_login_svc.multiaccount_import.json"),
    ),
    (
        "im_open_login_svc.account_delete",
        include_str!("../../tests/data/samples/im_open_login_svc.account_delete.json"),
    ),
    (
        "im_open_login_svc.account_check",
        include_str!("../../tests/data/samples/im_open_login_svc.account_check.json"),
    ),
    (
        "im_open_login_svc.kick",
        include_str!("../../tests/data/samples/im_open_login_svc.kick.json"),
    ),
    (
        "openim.query_online_status",
        include_str!("../../tests/data/samples/openim.query_online_status.json"),
    ),
    (
        "openim.querystate",
        include_str!("../../tests/data/samples/openim.querystate.json"),
    ),
    (
        "profile.portrait_get",
        include_str!("../../tests/data/samples/profile.portrait_get.json"),
    ),
    (
        "profile.portrait_set",
        include_str!("../../tests/data/samples/profile.portrait_set.json"),
    ),
    (
        "openconfigsvr.setnospeaking",
        include_str!("../../tests/data/samples/openconfigsvr.setnospeaking.json"),
    ),
    (
        "openconfigsvr.getnospeaking",
        include_str!("../../tests/data/samples/openconfigsvr.getnospeaking.json"),
    ),
    (
        "openim.sendmsg",
        include_str!("../../tests/data/samples/openim.sendmsg.json"),
    ),
    (
        "openim.batchsendmsg",
        include_str!("../../tests/data/samples/openim.batchsendmsg.json"),
    ),
    (
        "openconfigsvr.getappinfo",
        include_str!("../../tests/data/samples/openconfigsvr.getappinfo.json"),
    ),
    (
        "ConfigSvc.GetIPList",
        include_str!("../../tests/data/samples/ConfigSvc.GetIPList.json"),
    ),
];

/// IDs the sample's response treats as failing (not imported, not found).
fn failing_ids(response: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str().map(String::from))
            .collect()
    };
    out.extend(strings(&response["Fail_Account"]));
    for item in response["ErrorList"].as_array().into_iter().flatten() {
        out.extend(item["To_Account"].as_str().map(String::from));
    }
    for item in response["ResultItem"].as_array().into_iter().flatten() {
        if item["AccountStatus"] == "NotImported" || item["ResultCode"].as_i64().unwrap_or(0) != 0 {
            out.extend(item["UserID"].as_str().map(String::from));
        }
    }
    out
}

/// Every string in the request that could be a UserID.
fn request_ids(request: &Value, out: &mut Vec<String>) {
    match request {
        Value::String(s) if !s.starts_with("Tag_") && !s.starts_with("http") => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| request_ids(v, out)),
        Value::Object(map) => map.values().for_each(|v| request_ids(v, out)),
        _ => {}
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Fields of `sample` missing from `ours` or of another type (`State` and `Status` are one).
pub(crate) fn shape_errors(sample: &Value, ours: &Value, path: &str, errors: &mut Vec<String>) {
    match (sample, ours) {
        (Value::Object(s), Value::Object(o)) => {
            for (key, value) in s {
                let mine = o.get(key.as_str()).or_else(|| match key.as_str() {
                    "State" => o.get("Status"),
                    "Status" => o.get("State"),
                    _ => None,
                });
                match mine {
                    Some(mine) => shape_errors(value, mine, &format!("{path}.{key}"), errors),
                    None => errors.push(format!("{path}.{key} missing")),
                }
            }
        }
        (Value::Array(s), Value::Array(o)) => {
            if let (Some(s0), Some(o0)) = (s.first(), o.first()) {
                shape_errors(s0, o0, &format!("{path}[0]"), errors);
            }
        }
        _ if kind(sample) != kind(ours) => errors.push(format!(
            "{path}: sample {} vs ours {}",
            kind(sample),
            kind(ours)
        )),
        _ => {}
    }
}

#[test]
fn successful_samples_get_answers_of_the_published_shape() {
    let mut checked = 0;
    for (name, text) in SAMPLES {
        let (service, command) = name.split_once('.').unwrap();
        let doc: Value = serde_json::from_str(text).unwrap();
        for example in doc["examples"].as_array().unwrap() {
            let (request, response) = (&example["request"], &example["response"]);
            if request.is_null() || response.is_null() || response["ErrorCode"] != 0 {
                continue;
            }
            let state = State::in_memory();
            let failing = failing_ids(response);
            let mut ids = Vec::new();
            request_ids(request, &mut ids);
            state
                .accounts
                .write(|accounts, _| {
                    for id in ids.iter().filter(|id| !failing.contains(id)) {
                        accounts.insert(id.clone(), Account::default());
                    }
                })
                .unwrap();
            // Devices the sample shows online, as set_status would report them.
            for item in response["QueryResult"].as_array().into_iter().flatten() {
                for d in item["Detail"].as_array().into_iter().flatten() {
                    let set = json!({"UserID": item["To_Account"], "Platform": d["Platform"], "Status": d["Status"]});
                    presence::set_status(&state, &set, 1_700_000_000).unwrap();
                }
            }
            let ours = handle(
                &state,
                service,
                command,
                request,
                &Query::default(),
                1_700_000_000,
            )
            .unwrap_or_else(|| panic!("{name}: unknown command"));
            let mut errors = Vec::new();
            shape_errors(response, &ours, name, &mut errors);
            // The two samples whose failures the emulator cannot know (valid IDs refused by the
            // service for its own reasons) still share the shape; statuses differ in value only.
            assert!(
                errors.is_empty(),
                "{} ({}): {errors:?}\nours: {ours}",
                name,
                example["name"]
            );
            checked += 1;
        }
    }
    assert!(checked >= 18, "only {checked} samples checked");
}

fn run(state: &State, endpoint: &str, body: Value) -> Value {
    let (service, command) = endpoint.split_once('/').unwrap();
    handle(
        state,
        service,
        command,
        &body,
        &Query::default(),
        1_700_000_000,
    )
    .unwrap()
}

#[test]
fn limits_and_codes() {
    let state = State::in_memory();
    let code = |v: Value| v["ErrorCode"].as_i64().unwrap();
    let long = "x".repeat(33);
    assert_eq!(
        code(run(
            &state,
            "im_open_login_svc/account_import",
            json!({"UserID": long})
        )),
        70402
    );
    assert_eq!(
        code(run(&state, "im_open_login_svc/account_import", json!({}))),
        70402
    );
    assert_eq!(
        code(run(
            &state,
            "im_open_login_svc/account_import",
            json!({"UserID": 5})
        )),
        60015
    );
    assert_eq!(
        code(run(
            &state,
            "im_open_login_svc/account_import",
            json!({"UserID": "a", "Nick": "n".repeat(501)})
        )),
        40601
    );
    let many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    assert_eq!(
        code(run(
            &state,
            "im_open_login_svc/multiaccount_import",
            json!({"Accounts": many})
        )),
        70206
    );
    let items: Vec<Value> = (0..101)
        .map(|i| json!({"UserID": format!("u{i}")}))
        .collect();
    assert_eq!(
        code(run(
            &state,
            "im_open_login_svc/account_check",
            json!({"CheckItem": items})
        )),
        70206
    );
    let r = run(
        &state,
        "im_open_login_svc/multiaccount_import",
        json!({"Accounts": ["ok", long, ""]}),
    );
    assert_eq!(r["FailAccounts"], json!([long, ""]));
    assert_eq!(
        code(run(
            &state,
            "im_open_login_svc/kick",
            json!({"UserID": "nobody"})
        )),
        70107
    );
    let to: Vec<String> = (0..501).map(|i| format!("u{i}")).collect();
    assert_eq!(
        code(run(
            &state,
            "openim/query_online_status",
            json!({"To_Account": to})
        )),
        90011
    );
    assert_eq!(
        code(run(&state, "openim/query_online_status", json!({}))),
        90001
    );
    assert_eq!(
        code(run(
            &state,
            "profile/portrait_get",
            json!({"To_Account": ["ok"], "TagList": ["Tag_Nope"]})
        )),
        40009
    );
    let set = |tag: &str, value: Value| {
        code(run(
            &state,
            "profile/portrait_set",
            json!({"From_Account": "ok", "ProfileItem": [{"Tag": tag, "Value": value}]}),
        ))
    };
    assert_eq!(set("Tag_Profile_IM_Gender", json!("robot")), 40605);
    assert_eq!(set("Tag_Profile_IM_Level", json!("high")), 40610);
    assert_eq!(set("Tag_Profile_IM_Gender", json!("Gender_Type_Female")), 0);
    assert_eq!(
        code(run(
            &state,
            "profile/portrait_set",
            json!({"From_Account": "ghost", "ProfileItem": [{"Tag": "Tag_Profile_IM_Nick", "Value": "x"}]})
        )),
        40003
    );
    assert_eq!(
        code(run(
            &state,
            "openconfigsvr/setnospeaking",
            json!({"Set_Account": "ok"})
        )),
        130008
    );
    assert_eq!(
        code(run(&state, "openconfigsvr/setnospeaking", json!({}))),
        130004
    );
    assert!(handle(
        &state,
        "im_open_login_svc",
        "nope",
        &json!({}),
        &Query::default(),
        0
    )
    .is_none());
}

#[test]
fn accounts_round_trip_through_the_commands() {
    let state = State::in_memory();
    let list = json!({"AccountList": [{"UserID": "a", "Nick": "Ann"}, {"UserID": "b"}]});
    assert_eq!(
        run(&state, "im_open_login_svc/multiaccount_import", list)["FailAccounts"],
        json!([])
    );
    let got = run(
        &state,
        "profile/portrait_get",
        json!({"To_Account": ["a"], "TagList": ["Tag_Profile_IM_Nick", "Tag_Profile_IM_Gender"]}),
    );
    assert_eq!(got["UserProfileItem"][0]["ProfileItem"][0]["Value"], "Ann");
    assert_eq!(
        got["UserProfileItem"][0]["ProfileItem"][1]["Value"],
        "Gender_Type_Unknown"
    );
    run(
        &state,
        "openconfigsvr/setnospeaking",
        json!({"Set_Account": "a", "C2CmsgNospeakingTime": 4294967295u32, "GroupmsgNospeakingTime": 60}),
    );
    let muted = run(
        &state,
        "openconfigsvr/getnospeaking",
        json!({"Get_Account": "a"}),
    );
    assert_eq!(muted["C2CmsgNospeakingTime"], 4294967295u32);
    assert_eq!(muted["GroupmsgNospeakingTime"], 60);
    assert!(muted.get("ActionStatus").is_none());
    let deleted = run(
        &state,
        "im_open_login_svc/account_delete",
        json!({"DeleteItem": [{"UserID": "a"}, {"UserID": "zz"}]}),
    );
    assert_eq!(deleted["ResultItem"][0]["ResultCode"], 0);
    assert_eq!(deleted["ResultItem"][1]["ResultCode"], 70107);
    let check = run(
        &state,
        "im_open_login_svc/account_check",
        json!({"CheckItem": [{"UserID": "a"}, {"UserID": "b"}]}),
    );
    assert_eq!(check["ResultItem"][0]["AccountStatus"], "NotImported");
    assert_eq!(check["ResultItem"][1]["AccountStatus"], "Imported");
}

#[test]
fn messages_statuses_and_daily_counts() {
    let state = State::in_memory();
    let now = 1_700_000_000;
    let code = |v: &Value| v["ErrorCode"].as_i64().unwrap();
    run(
        &state,
        "im_open_login_svc/multiaccount_import",
        json!({"Accounts": ["a", "b", "c"]}),
    );
    let set = |user: &str, platform: &str, status: &str| {
        let r = handle_test_hook(
            &state,
            "set_status",
            &json!({"UserID": user, "Platform": platform, "Status": status}),
            now,
        )
        .unwrap();
        code(&r)
    };
    assert_eq!(set("a", "iphone", "PushOnline"), 0);
    assert_eq!(set("b", "Web", "Online"), 0);
    assert_eq!(set("a", "Symbian", "Online"), 70402);
    assert_eq!(set("a", "Web", "Away"), 70402);
    assert_eq!(set("ghost", "Web", "Online"), 70107);
    let status = run(
        &state,
        "openim/query_online_status",
        json!({"To_Account": ["a", "b", "c"], "IsNeedDetail": 1}),
    );
    assert_eq!(status["QueryResult"][0]["Status"], "PushOnline");
    assert_eq!(
        status["QueryResult"][0]["Detail"],
        json!([{"Platform": "iPhone", "Status": "PushOnline"}])
    );
    assert_eq!(status["QueryResult"][1]["Status"], "Online");
    assert_eq!(status["QueryResult"][2]["Status"], "Offline");
    assert!(status["QueryResult"][2].get("Detail").is_none());

    let text = json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]);
    let send = |to: &str, random: u32| {
        handle(
            &state,
            "openim",
            "sendmsg",
            &json!({"To_Account": to, "MsgRandom": random, "MsgBody": text}),
            &Query::default(),
            now,
        )
        .unwrap()
    };
    let first = send("a", 7);
    assert_eq!(code(&first), 0);
    assert_eq!(first["MsgTime"], now);
    assert_eq!(
        send("a", 7)["MsgKey"],
        first["MsgKey"],
        "same MsgRandom, same second"
    );
    assert_ne!(send("a", 8)["MsgKey"], first["MsgKey"]);
    assert_eq!(code(&send("ghost", 9)), 20003);
    assert_eq!(
        code(&run(
            &state,
            "openim/sendmsg",
            json!({"To_Account": "a", "MsgBody": text})
        )),
        90005
    );
    let batch = run(
        &state,
        "openim/batchsendmsg",
        json!({"To_Account": ["b", "c", "ghost"], "MsgRandom": 1, "MsgBody": text}),
    );
    assert_eq!(batch["ActionStatus"], "SomeError");
    assert_eq!(batch["ErrorCode"], 0);
    assert_eq!(
        batch["ErrorList"],
        json!([{"To_Account": "ghost", "ErrorCode": 70107}])
    );
    let none = run(
        &state,
        "openim/batchsendmsg",
        json!({"To_Account": ["ghost"], "MsgRandom": 2, "MsgBody": text}),
    );
    assert_eq!(code(&none), 90012);

    // a: 2 pushed (PushOnline), b: 1 online, c: 1 held; sender the admin only.
    let info = run(&state, "openconfigsvr/getappinfo", json!({}));
    assert_eq!(info["ErrorInfo"], "OK");
    assert!(info.get("ActionStatus").is_none());
    let days = info["Result"].as_array().unwrap();
    assert_eq!(days.len(), 30);
    let today = &days[0];
    assert_eq!(today["Date"], "20231114");
    assert_eq!(today["C2CUpMsgNum"], "4");
    assert_eq!(today["UpMsgNum"], "4");
    assert_eq!(today["DownMsgNum"], "1");
    assert_eq!(today["APNSMsgNum"], "2");
    assert_eq!(today["SendMsgUserNum"], "1");
    assert_eq!(today["RegistUserNumOneDay"], "3");
    assert_eq!(today["RegistUserNumTotal"], "3");
    assert_eq!(today["LoginTimes"], "1");
    assert_eq!(today["MaxOnlineNum"], "1");
    assert_eq!(today["AppId"], "1400000000");
    assert_eq!(days[1]["UpMsgNum"], "0");
    assert_eq!(days[1]["RegistUserNumTotal"], "0");
    let some = run(
        &state,
        "openconfigsvr/getappinfo",
        json!({"RequestField": ["C2CUpMsgNum"]}),
    );
    assert_eq!(
        some["Result"][0],
        json!({"C2CUpMsgNum": "4", "Date": "20231114"})
    );

    let ips = run(&state, "ConfigSvc/GetIPList", json!({}));
    assert_eq!(ips["IPList"], json!(["127.0.0.1"]));
    let bad = handle(
        &state,
        "ConfigSvc",
        "GetIPList",
        &json!({}),
        &Query {
            nettype: Some("9".into()),
            ..Query::default()
        },
        now,
    )
    .unwrap();
    assert_eq!(code(&bad), 70402);
    // A kicked user is offline everywhere.
    run(&state, "im_open_login_svc/kick", json!({"UserID": "b"}));
    let after = run(
        &state,
        "openim/query_online_status",
        json!({"To_Account": ["b"]}),
    );
    assert_eq!(after["QueryResult"][0]["Status"], "Offline");
}
