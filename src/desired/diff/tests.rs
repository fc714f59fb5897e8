use super::*;
use crate::desired::current::{Current, GroupNow};
use crate::desired::parse::parse;

fn desired(text: &str) -> Desired {
    parse("f.toml", text, std::path::Path::new(".")).unwrap()
}

const FILE: &str = r#"
[[Account]]
UserID = "alice"
Nick = "Alice"
[[Account]]
UserID = "bob"
[[Group]]
GroupId = "g"
Type = "Public"
Name = "G"
Owner = "alice"
Members = ["bob"]
"#;

fn matching() -> Current {
    let mut now = Current::default();
    for u in ["alice", "bob"] {
        now.exists.insert(u.into(), true);
    }
    now.profiles.insert(
        "alice".into(),
        [(model::NICK_TAG.to_string(), Value::from("Alice"))].into(),
    );
    now.groups.insert(
        "g".into(),
        Some(GroupNow {
            kind: "Public".into(),
            fields: [("Name".to_string(), Value::from("G"))].into(),
            owner: "alice".into(),
            members: Some(
                [("alice", "Owner"), ("bob", "Member"), ("dave", "Member")]
                    .map(|(u, r)| (u.to_string(), r.to_string()))
                    .into(),
            ),
        }),
    );
    now
}

use super::super::model;

#[test]
fn an_empty_app_needs_everything_added_in_order() {
    let plan = diff(&desired(FILE), &Current::default(), false).unwrap();
    let lines: Vec<String> = plan.changes.iter().map(Change::line).collect();
    assert_eq!(
        lines,
        [
            "+ account alice",
            "+ account bob",
            "+ group g (Public)",
            "+ member g/bob (Member)"
        ]
    );
    assert_eq!(
        plan.summary_line(),
        "Plan: 4 to add, 0 to change, 0 to remove."
    );
}

#[test]
fn the_same_state_plans_nothing_and_extras_wait_for_prune() {
    let plan = diff(&desired(FILE), &matching(), false).unwrap();
    assert!(plan.is_empty(), "{plan:?}");
    assert_eq!(plan.notes.len(), 1, "dave is mentioned: {:?}", plan.notes);
    let pruned = diff(&desired(FILE), &matching(), true).unwrap();
    assert_eq!(pruned.changes.len(), 1);
    assert_eq!(pruned.changes[0].line(), "- member g/dave");
}

#[test]
fn drift_is_one_change_per_field() {
    let mut now = matching();
    now.profiles
        .get_mut("alice")
        .unwrap()
        .insert(model::NICK_TAG.into(), Value::from("Al"));
    let Some(Some(g)) = now.groups.get_mut("g") else {
        panic!()
    };
    g.fields.insert("Name".into(), Value::from("Old"));
    g.members
        .as_mut()
        .unwrap()
        .insert("bob".into(), "Admin".into());
    let lines: Vec<String> = diff(&desired(FILE), &now, false)
        .unwrap()
        .changes
        .iter()
        .map(Change::line)
        .collect();
    assert_eq!(
        lines,
        [
            "~ account alice  Tag_Profile_IM_Nick: \"Al\" → \"Alice\"",
            "~ group g  Name: \"Old\" → \"G\"",
            "~ member g/bob  Role: Admin → Member"
        ]
    );
}

#[test]
fn a_new_type_is_an_error_not_a_recreate() {
    let mut now = matching();
    let Some(Some(g)) = now.groups.get_mut("g") else {
        panic!()
    };
    g.kind = "Private".into();
    let e = diff(&desired(FILE), &now, false).unwrap_err().to_string();
    assert!(
        e.starts_with("f.toml:9: group `g` is Private in the app"),
        "{e}"
    );
}

#[test]
fn a_member_nobody_declared_who_does_not_exist_is_an_error() {
    let text = FILE.replace("Members = [\"bob\"]", "Members = [\"bob\", \"ghost\"]");
    let e = diff(&desired(&text), &matching(), false)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("f.toml:12: `ghost` (group `g`) is neither declared"),
        "{e}"
    );
}

#[test]
fn a_new_owner_takes_over_and_the_old_one_stays_a_member() {
    let text = FILE
        .replace("Owner = \"alice\"", "Owner = \"bob\"")
        .replace("Members = [\"bob\"]", "Members = [\"alice\"]");
    let lines: Vec<String> = diff(&desired(&text), &matching(), false)
        .unwrap()
        .changes
        .iter()
        .map(Change::line)
        .collect();
    assert_eq!(lines, ["~ group g  Owner: \"alice\" → \"bob\""]);
}
