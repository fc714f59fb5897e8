//! The log's filters, cursor and callback records against a real SQLite file.

use super::callback_ids::MAX_FIELD_CHARS;
use super::*;
use crate::callback::events::find;
use crate::callback::judge;
use crate::callback::CallbackQuery;
use serde_json::json;
use serde_json::Value;

const NOW: i64 = 1_700_000_000;

fn store(dir: &tempfile::TempDir) -> Store {
    Store::open(dir.path(), 7, NOW).unwrap()
}

fn call(time: i64, endpoint: &str, code: i64, ids: &[&str]) -> CallRecord {
    CallRecord {
        time,
        profile: "-".into(),
        endpoint: endpoint.into(),
        request_id: "7".into(),
        error_code: code,
        error_info: String::new(),
        duration: Duration::from_millis(3),
        attempts: 1,
        ids: ids.iter().map(|s| s.to_string()).collect(),
    }
}

fn query(command: &str) -> CallbackQuery {
    CallbackQuery::parse(&format!(
        "SdkAppid=1400000000&CallbackCommand={command}&contenttype=json&ClientIP=10.0.0.9\
         &OptPlatform=Android&Sign=5ec7e75157a7d00d&RequestTime=1"
    ))
}

/// The catalogue's sample of `command`, answered with ErrorCode `code`.
fn event(time: i64, command: &str, code: i64) -> CallbackEvent {
    let e = find(command).unwrap();
    let body = e.sample_body();
    let answer = json!({"ActionStatus": "OK", "ErrorCode": code, "ErrorInfo": "nope"});
    let decision = judge(e, 200, answer.to_string().as_bytes()).decision;
    CallbackEvent::answered(time, &query(command), &body, 300, &decision)
}

fn events(entries: &[LogEntry]) -> Vec<String> {
    entries
        .iter()
        .map(|e| match e {
            LogEntry::Rest { call, .. } => call.endpoint.clone(),
            LogEntry::Callback { event, .. } => event.command.clone(),
        })
        .collect()
}

#[test]
fn ids_come_from_every_documented_field_and_never_text() {
    let c2c = CallbackIds::from_body(&find("C2C.CallbackBeforeSendMsg").unwrap().sample_body());
    assert_eq!(c2c.from.as_deref(), Some("alice"));
    assert_eq!(c2c.to, vec!["bob"]);
    assert_eq!(c2c.users, vec!["alice", "bob"]);
    let join = CallbackIds::from_body(
        &find("Group.CallbackAfterNewMemberJoin")
            .unwrap()
            .sample_body(),
    );
    assert_eq!(join.group_id.as_deref(), Some("@TGS#2J4SZEAEL"));
    assert_eq!(join.operator.as_deref(), Some("alice"));
    assert_eq!(join.users, vec!["alice", "dave", "erin"]);
    assert_eq!(
        join.all().last().map(String::as_str),
        Some("@TGS#2J4SZEAEL")
    );
    let state = CallbackIds::from_body(&find("State.StateChange").unwrap().sample_body());
    assert_eq!(state.users, vec!["alice"]);
    let friends = CallbackIds::from_body(&find("Sns.CallbackFriendAdd").unwrap().sample_body());
    assert_eq!(friends.to, vec!["bob", "alice"]);
    // Whatever a stranger sends, what is kept stays small.
    let members: Vec<Value> = (0..1000)
        .map(|i| json!({"Member_Account": format!("u{i}")}))
        .collect();
    let huge = CallbackIds::from_body(&json!({
        "From_Account": "x".repeat(10_000), "MemberList": members, "To_Account": 5
    }));
    assert_eq!(huge.users.len(), MAX_EVENT_IDS);
    assert_eq!(huge.from.unwrap().len(), MAX_FIELD_CHARS);
    assert!(huge.to.is_empty());
}

#[test]
fn callback_events_keep_ids_and_verdicts_but_no_secrets_or_text() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    s.record_callback(&event(NOW, "C2C.CallbackBeforeSendMsg", 1))
        .unwrap();
    let rows = s.query_log(&LogFilter::default(), 10).unwrap();
    let LogEntry::Callback { event: e, .. } = &rows[0] else {
        panic!("{rows:?}")
    };
    assert_eq!(e.verdict, CallbackVerdict::Reject);
    assert_eq!(e.error_code, Some(20006));
    assert_eq!(e.error_reason, "nope");
    assert_eq!(e.sdkappid, Some(1_400_000_000));
    assert_eq!(
        (e.client_ip.as_str(), e.opt_platform.as_str()),
        ("10.0.0.9", "Android")
    );
    assert_eq!(e.body_bytes, 300);
    assert_eq!(*e, event(NOW, "C2C.CallbackBeforeSendMsg", 1));
    drop(s);
    let raw = std::fs::read(dir.path().join("imctl.sqlite3")).unwrap();
    let wal = std::fs::read(dir.path().join("imctl.sqlite3-wal")).unwrap_or_default();
    for bytes in [raw, wal] {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("orderId") && !text.contains("\"hi\""));
        assert!(!text.contains("Sign") && !text.contains("5ec7e75157a7d00d"));
    }
}

#[test]
fn refused_requests_are_recorded_with_their_reason() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    let q = CallbackQuery::parse("CallbackCommand=State.StateChange&SdkAppid=abc");
    s.record_callback(&CallbackEvent::refused(NOW, &q, None, 9, "sign_mismatch"))
        .unwrap();
    let rows = s.query_log(&LogFilter::default(), 10).unwrap();
    let LogEntry::Callback { event: e, .. } = &rows[0] else {
        panic!()
    };
    assert_eq!(e.verdict, CallbackVerdict::Refused);
    assert_eq!((e.sdkappid, e.error_code), (None, None));
    assert_eq!(e.command, "State.StateChange");
    assert_eq!(e.error_reason, "sign_mismatch");
}

#[test]
fn filters_select_across_both_tables_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    s.record(&call(
        NOW - 50,
        "v4/im_open_login_svc/account_import",
        0,
        &["alice"],
    ))
    .unwrap();
    s.record(&call(
        NOW - 40,
        "v4/im_open_login_svc/kick",
        70107,
        &["ghost"],
    ))
    .unwrap();
    s.record_callback(&event(NOW - 30, "C2C.CallbackBeforeSendMsg", 0))
        .unwrap();
    s.record_callback(&event(NOW - 20, "Group.CallbackBeforeSendMsg", 1))
        .unwrap();
    s.record_callback(&event(NOW - 10, "Group.CallbackAfterNewMemberJoin", 0))
        .unwrap();
    let q = |f: LogFilter| events(&s.query_log(&f, 100).unwrap());
    assert_eq!(
        q(LogFilter::default()),
        vec![
            "Group.CallbackAfterNewMemberJoin",
            "Group.CallbackBeforeSendMsg",
            "C2C.CallbackBeforeSendMsg",
            "v4/im_open_login_svc/kick",
            "v4/im_open_login_svc/account_import",
        ]
    );
    let kind = |k| LogFilter {
        kind: Some(k),
        ..LogFilter::default()
    };
    assert_eq!(q(kind(LogKind::Rest)).len(), 2);
    assert_eq!(q(kind(LogKind::Callback)).len(), 3);
    let event = |e: &str| LogFilter {
        event: Some(e.into()),
        ..LogFilter::default()
    };
    assert_eq!(q(event("KICK")), vec!["v4/im_open_login_svc/kick"]);
    assert_eq!(q(event("im_open_login_svc/kick")).len(), 1);
    assert_eq!(q(event("v4/im_open_login_svc/kick")).len(), 1);
    assert_eq!(q(event("ick")), Vec::<String>::new());
    assert_eq!(q(event("callbackbeforesendmsg")).len(), 2);
    assert_eq!(
        q(event("C2C.CallbackBeforeSendMsg")),
        vec!["C2C.CallbackBeforeSendMsg"]
    );
    let user = |u: &str| LogFilter {
        user: Some(u.into()),
        ..LogFilter::default()
    };
    assert_eq!(q(user("ghost")), vec!["v4/im_open_login_svc/kick"]);
    // bob receives the C2C sample and sends the group one; dave joins the group.
    assert_eq!(q(user("bob")).len(), 2);
    assert_eq!(q(user("dave")), vec!["Group.CallbackAfterNewMemberJoin"]);
    let peer = |p: &str| LogFilter {
        peer: Some(p.into()),
        ..LogFilter::default()
    };
    assert_eq!(q(peer("bob")), vec!["C2C.CallbackBeforeSendMsg"]);
    assert_eq!(q(peer("@TGS#2J4SZEAEL")).len(), 2);
    assert_eq!(
        q(peer("alice")),
        vec!["v4/im_open_login_svc/account_import"]
    );
    let code = |c| LogFilter {
        error_code: Some(c),
        ..LogFilter::default()
    };
    assert_eq!(q(code(70107)), vec!["v4/im_open_login_svc/kick"]);
    assert_eq!(q(code(10016)), vec!["Group.CallbackBeforeSendMsg"]);
    let window = LogFilter {
        since: Some(NOW - 40),
        until: Some(NOW - 20),
        ..LogFilter::default()
    };
    assert_eq!(q(window).len(), 3);
    assert_eq!(s.query_log(&LogFilter::default(), 2).unwrap().len(), 2);
}

#[test]
fn the_tail_cursor_reads_each_new_row_once() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    s.record(&call(NOW, "v4/a/old", 0, &[])).unwrap();
    let mut cursor = s.log_cursor().unwrap();
    let all = LogFilter::default();
    assert!(s.log_after(&mut cursor, &all, 10).unwrap().is_empty());
    for i in 0..5 {
        s.record(&call(NOW + i, &format!("v4/a/n{i}"), 0, &[]))
            .unwrap();
    }
    s.record_callback(&event(NOW + 2, "State.StateChange", 0))
        .unwrap();
    // Two per table at a time: the cursor stops at the last row read.
    let first = events(&s.log_after(&mut cursor, &all, 2).unwrap());
    assert_eq!(first, vec!["v4/a/n0", "v4/a/n1", "State.StateChange"]);
    let rest = events(&s.log_after(&mut cursor, &all, 10).unwrap());
    assert_eq!(rest, vec!["v4/a/n2", "v4/a/n3", "v4/a/n4"]);
    assert!(s.log_after(&mut cursor, &all, 10).unwrap().is_empty());
    // Rows that do not match are skipped, not read again later.
    s.record(&call(NOW, "v4/a/skip", 0, &[])).unwrap();
    let kicks = LogFilter {
        event: Some("kick".into()),
        ..LogFilter::default()
    };
    assert!(s.log_after(&mut cursor, &kicks, 10).unwrap().is_empty());
    s.record(&call(NOW, "v4/a/kick", 0, &[])).unwrap();
    assert_eq!(
        events(&s.log_after(&mut cursor, &all, 10).unwrap()),
        vec!["v4/a/kick"]
    );
}

#[test]
fn a_pruned_call_log_starts_the_tail_again() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(&dir);
    for i in 0..3 {
        s.record(&call(NOW - 30 * 86_400, &format!("v4/a/old{i}"), 0, &[]))
            .unwrap();
    }
    let mut cursor = s.log_cursor().unwrap();
    assert_eq!(cursor.calls, 3);
    let later = Store::open(dir.path(), 7, NOW).unwrap();
    later.record(&call(NOW, "v4/a/new", 0, &[])).unwrap();
    let rows = s.log_after(&mut cursor, &LogFilter::default(), 10).unwrap();
    assert_eq!(events(&rows), vec!["v4/a/new"]);
}

#[test]
fn callback_events_are_pruned_like_calls() {
    let dir = tempfile::tempdir().unwrap();
    {
        let s = store(&dir);
        s.record_callback(&event(NOW - 8 * 86_400, "State.StateChange", 0))
            .unwrap();
        s.record_callback(&event(NOW, "State.StateChange", 0))
            .unwrap();
    }
    let s = store(&dir);
    let rows = s.query_log(&LogFilter::default(), 10).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].time(), NOW);
    assert_eq!(rows[0].kind(), LogKind::Callback);
}
