//! Every published sample (`tests/data/samples`) against the typed shapes: each successful
//! response parses, and what we write back uses only the sample's own field names; each sample
//! request in the current form round-trips byte for byte (as JSON values).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::account::*;
use super::group::*;
use super::history::*;
use super::message::*;
use super::mute::*;
use super::operations::*;
use super::presence::*;
use super::profile::*;
use super::Endpoint;

fn sample(name: &str) -> Value {
    let path = format!(
        "{}/tests/data/samples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Keys of `written` (recursively) that `published` does not have at the same place.
fn foreign_keys(written: &Value, published: &Value, at: &str, out: &mut Vec<String>) {
    match (written, published) {
        (Value::Object(w), Value::Object(p)) => {
            for (k, v) in w {
                // Legacy answers say `State` / `ShutUp*` where current docs say `Status` / `Mute*`.
                let legacy = match k.as_str() {
                    "Status" => Some("State"),
                    "MuteAllMember" => Some("ShutUpAllMember"),
                    "MuteUntil" => Some("ShutUpUntil"),
                    _ => None,
                };
                let published = p.get(k).or_else(|| legacy.and_then(|l| p.get(l)));
                match published {
                    Some(pv) => foreign_keys(v, pv, &format!("{at}.{k}"), out),
                    None => out.push(format!("{at}.{k}")),
                }
            }
        }
        (Value::Array(w), Value::Array(p)) => {
            for (wv, pv) in w.iter().zip(p) {
                foreign_keys(wv, pv, &format!("{at}[]"), out);
            }
        }
        _ => {}
    }
}

fn check<E: Endpoint>(name: &str)
where
    E::Request: DeserializeOwned + Serialize,
    E::Response: Serialize,
{
    let doc = sample(name);
    let mut requests_round_tripped = 0;
    for example in doc["examples"].as_array().unwrap() {
        if let Ok(req) = serde_json::from_value::<E::Request>(example["request"].clone()) {
            if serde_json::to_value(&req).unwrap() == example["request"] {
                requests_round_tripped += 1;
            }
        }
        let response = &example["response"];
        if response.is_null() || response["ErrorCode"].as_i64().unwrap_or(0) != 0 {
            continue;
        }
        let parsed: E::Response = serde_json::from_value(response.clone())
            .unwrap_or_else(|e| panic!("{name}: {e}: {response}"));
        let mut foreign = Vec::new();
        foreign_keys(
            &serde_json::to_value(&parsed).unwrap(),
            response,
            "",
            &mut foreign,
        );
        assert!(foreign.is_empty(), "{name}: not in the sample: {foreign:?}");
    }
    assert!(
        requests_round_tripped > 0,
        "{name}: no sample request round-trips through the typed request"
    );
}

#[test]
fn typed_shapes_match_the_published_samples() {
    check::<AccountImport>("im_open_login_svc.account_import");
    check::<MultiaccountImport>("im_open_login_svc.multiaccount_import");
    check::<AccountDelete>("im_open_login_svc.account_delete");
    check::<AccountCheck>("im_open_login_svc.account_check");
    check::<Kick>("im_open_login_svc.kick");
    check::<QueryOnlineStatus>("openim.query_online_status");
    check::<PortraitGet>("profile.portrait_get");
    check::<PortraitSet>("profile.portrait_set");
    check::<SetNoSpeaking>("openconfigsvr.setnospeaking");
    check::<GetNoSpeaking>("openconfigsvr.getnospeaking");
    check::<SendMsg>("openim.sendmsg");
    check::<GetHistory>("open_msg_svc.get_history");
    check::<GetAppInfo>("openconfigsvr.getappinfo");
    check::<GetIpList>("ConfigSvc.GetIPList");
    check::<BatchSendMsg>("openim.batchsendmsg");
    for (name, check) in GROUP_CHECKS {
        check(&format!("group_open_http_svc.{name}"));
    }
}

type Check = (&'static str, fn(&str));

const GROUP_CHECKS: [Check; 15] = [
    ("get_appid_group_list", check::<GetAppidGroupList>),
    ("create_group", check::<CreateGroup>),
    ("get_group_info", check::<GetGroupInfo>),
    ("modify_group_base_info", check::<ModifyGroupBaseInfo>),
    ("destroy_group", check::<DestroyGroup>),
    ("add_group_member", check::<AddGroupMember>),
    ("delete_group_member", check::<DeleteGroupMember>),
    ("get_role_in_group", check::<GetRoleInGroup>),
    ("get_group_member_info", check::<GetGroupMemberInfo>),
    ("modify_group_member_info", check::<ModifyGroupMemberInfo>),
    ("forbid_send_msg", check::<ForbidSendMsg>),
    ("get_joined_group_list", check::<GetJoinedGroupList>),
    ("change_group_owner", check::<ChangeGroupOwner>),
    ("send_group_msg", check::<SendGroupMsg>),
    (
        "send_group_system_notification",
        check::<SendGroupSystemNotification>,
    ),
];

#[test]
fn both_multiaccount_import_forms_serialize_as_documented() {
    let old = MultiImportRequest::Accounts(vec!["a".into()]);
    assert_eq!(
        serde_json::to_value(&old).unwrap(),
        serde_json::json!({"Accounts": ["a"]})
    );
    let new = MultiImportRequest::AccountList(vec![AccountImportRequest {
        user_id: "a".into(),
        nick: Some("A".into()),
        face_url: None,
    }]);
    assert_eq!(
        serde_json::to_value(&new).unwrap(),
        serde_json::json!({"AccountList": [{"UserID": "a", "Nick": "A"}]})
    );
}
