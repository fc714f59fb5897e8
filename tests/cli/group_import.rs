//! `imctl group import`, `group members import` and `group import-msgs` end to end: the real
//! binary against a real emulator on 127.0.0.1, reading back what was imported through the
//! documented read endpoints.

use serde_json::{json, Value};

use crate::common::{
    admin_sig, assert_snapshot, auth_query, post_json, redact_volatile, stdout_json, text,
    Emulator, Sandbox,
};

/// 2020-09-13T12:26:40Z: the imported groups' creation time.
const CREATED: i64 = 1_600_000_000;

struct Migration {
    sb: Sandbox,
    emu: Emulator,
    sig: String,
}

impl Migration {
    fn new(extra: &[&str]) -> Migration {
        let sb = Sandbox::new();
        let emu = Emulator::start(&sb, extra);
        let sig = admin_sig(&sb);
        let m = Migration { sb, emu, sig };
        for user in ["alice", "bob", "carol"] {
            m.rest(
                "im_open_login_svc/account_import",
                json!({ "UserID": user }),
            );
        }
        m
    }

    fn rest(&self, endpoint: &str, body: Value) -> Value {
        let path = format!("/v4/{endpoint}?{}", auth_query(&self.sig));
        let answer = post_json(self.emu.addr(), &path, &body);
        assert_eq!(answer["ErrorCode"], 0, "{endpoint}: {answer}");
        answer
    }

    fn imctl(&self, args: &[&str]) -> std::process::Output {
        self.emu.cmd(&self.sb).args(args).output().unwrap()
    }

    fn file(&self, name: &str, lines: &[String]) -> String {
        let path = self.sb.file(name, &(lines.join("\n") + "\n"));
        path.to_str().unwrap().to_string()
    }

    /// A group imported with [`CREATED`] as its creation time.
    fn old_group(&self, id: &str) {
        self.rest(
            "group_open_http_svc/import_group",
            json!({"GroupId": id, "Type": "Public", "Name": id, "CreateTime": CREATED}),
        );
    }

    /// The group's messages, newest first (`group_msg_get_simple`, 20 at most).
    fn history(&self, id: &str) -> Vec<Value> {
        self.rest(
            "group_open_http_svc/group_msg_get_simple",
            json!({"GroupId": id, "ReqMsgNumber": 20}),
        )["RspMsgList"]
            .as_array()
            .unwrap()
            .clone()
    }

    /// The REST calls of `command` in the call log.
    fn calls(&self, command: &str) -> usize {
        let out = self
            .sb
            .cmd()
            .args(["logs", "query", "--limit", "100000", "-o", "json"])
            .output()
            .unwrap();
        if text(&out.stdout).trim().is_empty() {
            return 0;
        }
        stdout_json(&out)
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["Event"].as_str().unwrap_or("").ends_with(command))
            .count()
    }
}

fn message_line(i: i64) -> String {
    json!({"From_Account": "bob", "SendTime": CREATED + 100 + i,
           "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": format!("m{i}")}}]})
    .to_string()
}

#[test]
fn import_then_group_info_shows_the_create_time() {
    let m = Migration::new(&[]);
    let file = m.file(
        "groups.jsonl",
        &[
            json!({"GroupId": "team-a", "Type": "Public", "Name": "Team A",
                   "Owner_Account": "alice", "CreateTime": CREATED})
            .to_string(),
            json!({"GroupId": "live", "Type": "AVChatRoom", "Name": "Live"}).to_string(),
            json!({"GroupId": "team-b", "Type": "Public", "Name": "B", "Owner_Account": "ghost"})
                .to_string(),
            "{\"GroupId\": \"team-c\", \"Type\": \"Public\"".into(),
            json!({"GroupId": "@TGS#_club", "Type": "Community", "Name": "Club",
                   "SupportTopic": 1, "CreateTime": CREATED + 5})
            .to_string(),
        ],
    );
    let failures = m.sb.path().join("failed.jsonl");
    let args = [
        "group",
        "import",
        "--file",
        &file,
        "--failures",
        failures.to_str().unwrap(),
        "-o",
        "json",
    ];
    let out = m.imctl(&args);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let mut summary = stdout_json(&out);
    redact_volatile(&mut summary, &["Seconds", "FailuresFile"]);
    assert_snapshot("group-import.json", &format!("{summary:#}\n"));
    // Each bad line on stderr with its line number.
    let stderr = text(&out.stderr);
    for line in [":2: live: ", ":3: team-b: ErrorCode 10019", ":4: not JSON"] {
        assert!(stderr.contains(line), "{line}: {stderr}");
    }
    let info = m.rest(
        "group_open_http_svc/get_group_info",
        json!({"GroupIdList": ["team-a", "@TGS#_club"]}),
    );
    assert_eq!(info["GroupInfo"][0]["CreateTime"], CREATED, "{info}");
    assert_eq!(info["GroupInfo"][0]["MemberList"][0]["JoinTime"], CREATED);
    assert_eq!(info["GroupInfo"][1]["CreateTime"], CREATED + 5);
    // The failures file holds the three bad lines, ready to fix and feed back.
    let failed = std::fs::read_to_string(&failures).unwrap();
    assert_eq!(failed.lines().count(), 3, "{failed}");
    // The same file again: the imported groups are already there, not imported twice.
    let out = m.imctl(&args);
    let again = stdout_json(&out);
    assert_eq!(
        (again["Succeeded"].clone(), again["AlreadyDone"].clone()),
        (json!(0), json!(2))
    );
}

#[test]
fn members_import_then_member_info_shows_the_join_times() {
    let m = Migration::new(&[]);
    m.old_group("old");
    let csv = m.file(
        "members.csv",
        &[
            "Member_Account,Role,JoinTime,UnreadMsgNum".into(),
            format!("bob,Admin,{},3", CREATED + 10),
            format!("carol,,{},", CREATED + 20),
            format!("ghost,,{},", CREATED + 20),
            format!("alice,,{},", CREATED - 1),
            "dave,Owner,,".into(),
            "bob,,,".into(),
            format!("alice,,{},x", CREATED + 30),
        ],
    );
    let out = m.imctl(&[
        "group", "members", "import", "old", "--file", &csv, "-o", "json",
    ]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let mut summary = stdout_json(&out);
    redact_volatile(&mut summary, &["Seconds"]);
    assert_snapshot("group-members-import.json", &format!("{summary:#}\n"));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("members.csv:7: bob: duplicate of line 2"),
        "{stderr}"
    );
    assert!(stderr.contains("members.csv:6: dave: Role"), "{stderr}");
    assert!(
        stderr.contains("members.csv:8: alice: UnreadMsgNum `x`"),
        "{stderr}"
    );
    let info = m.rest(
        "group_open_http_svc/get_group_member_info",
        json!({"GroupId": "old"}),
    );
    let members: Vec<(String, String, i64)> = info["MemberList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["Member_Account"].as_str().unwrap().into(),
                x["Role"].as_str().unwrap().into(),
                x["JoinTime"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        members,
        [
            ("bob".into(), "Admin".into(), CREATED + 10),
            ("carol".into(), "Member".into(), CREATED + 20),
        ]
    );
    // JSONL lines read the same; a member already there is already done.
    let jsonl = m.file(
        "members.jsonl",
        &[
            json!({"Member_Account": "alice", "JoinTime": CREATED + 40}).to_string(),
            json!({"Member_Account": "bob"}).to_string(),
        ],
    );
    let out = m.imctl(&[
        "group", "members", "import", "old", "--file", &jsonl, "-o", "json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary = stdout_json(&out);
    assert_eq!(
        (summary["Succeeded"].clone(), summary["AlreadyDone"].clone()),
        (json!(1), json!(1))
    );
}

#[test]
fn import_msgs_of_20_is_3_requests_and_history_keeps_their_times() {
    let m = Migration::new(&[]);
    m.old_group("old");
    let lines: Vec<String> = (1..=20).map(message_line).collect();
    let file = m.file("msgs.jsonl", &lines);
    let out = m.imctl(&["group", "import-msgs", "old", "--file", &file]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("imported 20 message(s), 0 failed"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(m.calls("import_group_msg"), 3);
    let history = m.history("old");
    assert_eq!(history.len(), 20);
    for (i, msg) in history.iter().rev().enumerate() {
        let i = i as i64 + 1;
        assert_eq!(msg["MsgTimeStamp"], CREATED + 100 + i, "{msg}");
        assert_eq!(msg["From_Account"], "bob");
        assert_eq!(msg["MsgBody"][0]["MsgContent"]["Text"], format!("m{i}"));
    }
    // The same file again: every message is recognised by its Random, none is doubled.
    let out = m.imctl(&["group", "import-msgs", "old", "--file", &file]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(m.history("old").len(), 20);
}

#[test]
fn import_msgs_reports_each_bad_line_and_each_refused_message() {
    let m = Migration::new(&[]);
    m.old_group("old");
    let file = m.file(
        "msgs.jsonl",
        &[
            message_line(1),
            json!({"From_Account": "bob", "SendTime": CREATED - 5,
                   "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "too early"}}]})
            .to_string(),
            json!({"From_Account": "bob", "SendTime": CREATED + 300,
                   "MsgBody": [{"MsgType": "TIMImageElem", "MsgContent": {}}]})
            .to_string(),
            "{\"From_Account\": \"bob\", \"SendTime\": \"yesterday\", \"MsgBody\": []}".into(),
            "[1, 2]".into(),
            message_line(9),
        ],
    );
    let failures = m.sb.path().join("failed.jsonl");
    let out = m.imctl(&[
        "group",
        "import-msgs",
        "old",
        "--file",
        &file,
        "--failures",
        failures.to_str().unwrap(),
        "-o",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(6));
    let mut summary = stdout_json(&out);
    redact_volatile(&mut summary, &["Seconds", "FailuresFile"]);
    assert_snapshot("group-import-msgs.json", &format!("{summary:#}\n"));
    let stderr = text(&out.stderr);
    for expected in [
        "msgs.jsonl:2: bob: ErrorCode 10004: not imported (Result 10004)",
        "msgs.jsonl:3: bob: MsgType `TIMImageElem`",
        "msgs.jsonl:4: bob: \"SendTime\"",
        "msgs.jsonl:5: not a JSON object",
    ] {
        assert!(stderr.contains(expected), "{expected}: {stderr}");
    }
    let kept: Vec<i64> = m
        .history("old")
        .iter()
        .map(|x| x["MsgTimeStamp"].as_i64().unwrap())
        .collect();
    assert_eq!(kept, [CREATED + 109, CREATED + 101]);
    let failed = std::fs::read_to_string(&failures).unwrap();
    assert_eq!(failed.lines().count(), 4, "{failed}");
    assert!(failed.contains("10004"), "{failed}");
}

#[test]
fn dry_run_sends_nothing_and_counts_the_requests() {
    let m = Migration::new(&[]);
    m.old_group("old");
    let lines: Vec<String> = (1..=8).map(message_line).collect();
    let msgs = m.file("msgs.jsonl", &lines);
    let groups = m.file(
        "groups.jsonl",
        &[json!({"GroupId": "new", "Type": "Public", "Name": "N"}).to_string()],
    );
    let members = m.file("members.txt", &["alice".into(), "bob".into()]);
    for args in [
        vec!["group", "import-msgs", "old", "--file", &msgs],
        vec!["group", "import", "--file", &groups],
        vec!["group", "members", "import", "old", "--file", &members],
    ] {
        let out = m.imctl(&[&["--dry-run"][..], &args].concat());
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let previews: Vec<Value> = text(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert!(!previews.is_empty(), "{args:?}");
        assert!(text(&out.stderr).contains("nothing was sent"));
    }
    let out = m.imctl(&["--dry-run", "group", "import-msgs", "old", "--file", &msgs]);
    assert!(text(&out.stderr).contains("8 would be sent in 2 request(s)"));
    let first: Value = serde_json::from_str(text(&out.stdout).lines().next().unwrap()).unwrap();
    assert_eq!(first["body"]["MsgList"].as_array().unwrap().len(), 7);
    assert!(first["body"]["MsgList"][0]["Random"].is_u64(), "{first}");
    assert!(m.history("old").is_empty());
    assert_eq!(m.calls("import_group"), 0);
    assert_eq!(m.calls("import_group_member"), 0);
}

#[test]
fn import_msgs_takes_only_jsonl() {
    let m = Migration::new(&[]);
    let csv = m.file("old.csv", &["UserID".into(), "alice".into()]);
    let out = m.imctl(&["group", "import-msgs", "old", "--file", &csv]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("reads JSONL"),
        "{}",
        text(&out.stderr)
    );
    let out = m.imctl(&["group", "import", "--file", "/nonexistent/groups.jsonl"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_killed_message_import_resumes_without_losing_or_doubling_messages() {
    let m = Migration::new(&["--latency", "300"]);
    m.old_group("old");
    let lines: Vec<String> = (1..=20).map(message_line).collect();
    let file = m.file("msgs.jsonl", &lines);
    let checkpoint = m.sb.path().join("msgs.jsonl.imctl-checkpoint");
    let mut first = m
        .emu
        .std_cmd(&m.sb)
        .args(["group", "import-msgs", "old", "--file", &file])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !checkpoint.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    first.kill().unwrap();
    first.wait().unwrap();
    let saved: Value =
        serde_json::from_str(&std::fs::read_to_string(&checkpoint).unwrap()).unwrap();
    let done_before = saved["succeeded"].as_u64().unwrap();
    assert!((7..20).contains(&done_before), "{saved}");
    let out = m.imctl(&[
        "group",
        "import-msgs",
        "old",
        "--file",
        &file,
        "--resume",
        "-o",
        "json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary = stdout_json(&out);
    assert_eq!(
        summary["SkippedAsDone"].as_u64().unwrap() + summary["Succeeded"].as_u64().unwrap(),
        20,
        "{summary}"
    );
    assert!(!checkpoint.exists());
    let times: Vec<i64> = m
        .history("old")
        .iter()
        .map(|x| x["MsgTimeStamp"].as_i64().unwrap())
        .collect();
    let expected: Vec<i64> = (1..=20).rev().map(|i| CREATED + 100 + i).collect();
    assert_eq!(times, expected);
}

/// Imports send no callback (their pages say so); the topic commands send theirs, and a
/// backend refusing a topic makes `create_topic` answer 10016.
#[test]
fn imports_send_no_callbacks_and_topics_send_theirs() {
    let backend =
        crate::common::Stub::json(r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#);
    let sb = Sandbox::new();
    let token = sb.file("cb.token", "xxxxyyyy");
    let url = format!("{}/im/callback", backend.url);
    let emu = Emulator::start(
        &sb,
        &[
            "--callback-url",
            &url,
            "--callback-token-file",
            token.to_str().unwrap(),
        ],
    );
    let sig = admin_sig(&sb);
    let m = Migration { sb, emu, sig };
    m.rest("im_open_login_svc/account_import", json!({"UserID": "bob"}));
    let groups = m.file(
        "groups.jsonl",
        &[
            json!({"GroupId": "@TGS#_club", "Type": "Community", "Name": "Club",
                 "SupportTopic": 1, "CreateTime": CREATED})
            .to_string(),
        ],
    );
    let members = m.file("members.txt", &["bob".into()]);
    let msgs = m.file("msgs.jsonl", &[message_line(1)]);
    for args in [
        vec!["group", "import", "--file", &groups],
        vec![
            "group",
            "members",
            "import",
            "@TGS#_club",
            "--file",
            &members,
        ],
        vec!["group", "import-msgs", "@TGS#_club", "--file", &msgs],
    ] {
        let out = m.imctl(&args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    }
    m.rest(
        "group_open_http_svc/import_topic",
        json!({"GroupId": "@TGS#_club", "TopicName": "old", "CreateTime": CREATED + 1}),
    );
    let topic = m.rest(
        "million_group_open_http_svc/create_topic",
        json!({"GroupId": "@TGS#_club", "TopicName": "news", "From_Account": "bob"}),
    )["TopicId"]
        .as_str()
        .unwrap()
        .to_string();
    m.rest(
        "million_group_open_http_svc/modify_topic",
        json!({"GroupId": "@TGS#_club", "TopicId": topic, "TopicName": "News"}),
    );
    m.rest(
        "million_group_open_http_svc/destroy_topic",
        json!({"GroupId": "@TGS#_club", "TopicIdList": [topic]}),
    );
    let wait = |command: &str| {
        backend
            .wait_for(std::time::Duration::from_secs(3), |r| {
                r.json()["CallbackCommand"] == command
            })
            .map(|r| r.json())
            .unwrap_or_else(|| panic!("no {command}"))
    };
    assert_eq!(wait("Group.CallbackBeforeCreateTopic")["Name"], "news");
    let created = wait("Group.CallbackAfterCreateTopic");
    assert_eq!(
        (
            created["TopicId"].as_str(),
            created["Operator_Account"].as_str()
        ),
        (Some(topic.as_str()), Some("bob"))
    );
    assert_eq!(wait("Group.CallbackAfterTopicInfoChanged")["Name"], "News");
    assert_eq!(
        wait("Group.CallbackAfterTopicDestroyed")["TopicIdList"][0]["TopicId"],
        topic.as_str()
    );
    let commands: Vec<String> = backend
        .requests()
        .iter()
        .map(|r| {
            r.json()["CallbackCommand"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert_eq!(commands.len(), 4, "only the topic events: {commands:?}");

    // A backend that refuses topics.
    let refusing =
        crate::common::Stub::json(r#"{"ActionStatus":"OK","ErrorCode":1,"ErrorInfo":"no topics"}"#);
    let sb = Sandbox::new();
    let token = sb.file("cb.token", "xxxxyyyy");
    let url = format!("{}/im/callback", refusing.url);
    let emu = Emulator::start(
        &sb,
        &[
            "--callback-url",
            &url,
            "--callback-token-file",
            token.to_str().unwrap(),
        ],
    );
    let sig = admin_sig(&sb);
    let path = format!("/v4/group_open_http_svc/import_group?{}", auth_query(&sig));
    let made = post_json(
        emu.addr(),
        &path,
        &json!({"GroupId": "@TGS#_c2", "Type": "Community", "Name": "c", "SupportTopic": 1}),
    );
    assert_eq!(made["ErrorCode"], 0, "{made}");
    let path = format!(
        "/v4/million_group_open_http_svc/create_topic?{}",
        auth_query(&sig)
    );
    let refused = post_json(
        emu.addr(),
        &path,
        &json!({"GroupId": "@TGS#_c2", "TopicName": "t"}),
    );
    assert_eq!(refused["ErrorCode"], 10016, "{refused}");
}
