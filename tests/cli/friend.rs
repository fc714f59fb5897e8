//! `imctl friend` end to end: every verb against a real emulator on 127.0.0.1, per-peer result
//! codes in words, `friend list` over several pages, `--dry-run`, and a bulk import with a
//! failures file and `--resume`.

use std::time::Duration;

use serde_json::{json, Value};

use crate::common::{
    admin_sig, assert_snapshot, auth_query, post_json, stdout_json, text, Emulator, Sandbox,
};

struct Chain {
    sb: Sandbox,
    emu: Emulator,
    sig: String,
}

impl Chain {
    fn new(users: &[&str]) -> Chain {
        Chain::with(users, &[])
    }

    fn with(users: &[&str], emulator_args: &[&str]) -> Chain {
        let sb = Sandbox::new();
        let emu = Emulator::start(&sb, emulator_args);
        let sig = admin_sig(&sb);
        let chain = Chain { sb, emu, sig };
        for user in users {
            chain.rest("im_open_login_svc/account_import", json!({"UserID": user}));
        }
        chain
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

    fn ok(&self, args: &[&str]) -> std::process::Output {
        let out = self.imctl(args);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        out
    }

    /// `friend check` as `(peer, Relation)` pairs.
    fn relations(&self, user: &str, peers: &[&str]) -> Vec<(String, String)> {
        let mut args = vec!["friend", "check", user];
        args.extend(peers);
        args.extend(["-o", "json"]);
        let rows = stdout_json(&self.ok(&args));
        rows.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["To_Account"].as_str().unwrap().to_string(),
                    r["Relation"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    fn friends(&self, user: &str, extra: &[&str]) -> Vec<Value> {
        let mut args = vec!["friend", "list", user, "-o", "jsonl"];
        args.extend(extra);
        text(&self.ok(&args).stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

fn pair(peer: &str, relation: &str) -> (String, String) {
    (peer.to_string(), relation.to_string())
}

#[test]
fn add_check_update_get_and_remove_friends() {
    let c = Chain::new(&["alice", "bob", "carol", "dave"]);
    // Without --force-add the peers (who never set AllowType) must approve: pending, not failed.
    let out = c.ok(&["friend", "add", "alice", "bob"]);
    assert!(
        text(&out.stderr).contains("bob: friend request sent; it waits for the peer's approval"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        c.relations("alice", &["bob"]),
        [pair("bob", "CheckResult_Type_NoRelation")]
    );
    // Forced: both ways by default, one way on request, with a remark and a list.
    let out = c.ok(&["friend", "add", "alice", "bob", "--force-add", "-o", "json"]);
    let summary = stdout_json(&out);
    assert_eq!(
        (summary["Succeeded"].clone(), summary["Failed"].clone()),
        (json!(1), json!(0))
    );
    c.ok(&[
        "friend",
        "add",
        "alice",
        "carol",
        "--force-add",
        "--one-way",
        "--remark",
        "Cee",
        "--group",
        "Work",
    ]);
    assert_eq!(
        c.relations("alice", &["bob", "carol", "dave"]),
        [
            pair("bob", "CheckResult_Type_BothWay"),
            pair("carol", "CheckResult_Type_AWithB"),
            pair("dave", "CheckResult_Type_NoRelation")
        ]
    );
    let words = text(&c.ok(&["friend", "check", "carol", "alice"]).stdout);
    assert!(
        words.contains("one way: the user is in the peer's list only"),
        "{words}"
    );
    // Already a friend: nothing to do, exit 0.
    let again = stdout_json(&c.ok(&["friend", "add", "alice", "bob", "--force-add", "-o", "json"]));
    assert_eq!(again["AlreadyDone"], 1, "{again}");

    c.ok(&[
        "friend", "update", "alice", "bob", "--remark", "Bee", "--group", "Work",
    ]);
    let out = c.imctl(&[
        "friend", "get", "alice", "bob", "carol", "dave", "-o", "json",
    ]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("dave: ErrorCode 30001: not a friend"),
        "{}",
        text(&out.stderr)
    );
    let rows = stdout_json(&out);
    assert_eq!(rows[0]["Tag_SNS_IM_Remark"], "Bee");
    assert_eq!(rows[0]["Tag_SNS_IM_Group"], json!(["Work"]));
    assert_eq!(rows[1]["Tag_SNS_IM_Remark"], "Cee");
    let out = c.imctl(&["friend", "update", "alice", "dave", "--remark", "x"]);
    assert_eq!(out.status.code(), Some(6));

    // Removing asks for --yes; a non-friend has nothing to do; --both leaves bob's list too.
    let out = c.imctl(&["friend", "remove", "alice", "bob"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--yes"));
    let gone = stdout_json(&c.ok(&[
        "friend", "remove", "alice", "bob", "dave", "--both", "--yes", "-o", "json",
    ]));
    assert_eq!(
        (gone["Succeeded"].clone(), gone["AlreadyDone"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(
        c.relations("alice", &["bob"]),
        [pair("bob", "CheckResult_Type_NoRelation")]
    );
    c.ok(&["friend", "remove", "alice", "--all", "--yes"]);
    assert!(c.friends("alice", &[]).is_empty());
}

#[test]
fn per_item_codes_read_in_words() {
    let c = Chain::new(&["alice", "bob", "carol"]);
    c.rest(
        "profile/portrait_set",
        json!({"From_Account": "carol", "ProfileItem": [
            {"Tag": "Tag_Profile_IM_AllowType", "Value": "AllowType_Type_DenyAny"}]}),
    );
    c.ok(&["friend", "block", "add", "alice", "bob"]);
    let out = c.imctl(&[
        "friend", "add", "alice", "bob", "carol", "ghost", "-o", "json",
    ]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let summary = stdout_json(&out);
    let failures: Vec<(Value, Value)> = summary["Failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["ErrorCode"].clone(), f["ErrorInfo"].clone()))
        .collect();
    assert_eq!(
        failures,
        [
            (
                json!(30515),
                json!("the peer is on your blocklist (Err_SNS_FriendAdd_Peer_In_Self_BlackList)")
            ),
            (
                json!(30516),
                json!("the peer refuses all friend requests (Err_SNS_FriendAdd_Peer_Deny_Any)")
            ),
            (
                json!(30003),
                json!("the account does not exist (Err_SNS_FriendAdd_Account_Not_Exist)")
            ),
        ]
    );
    let out = c.imctl(&["friend", "add", "bob", "alice", "--force-add"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(
        text(&out.stderr).contains("you are on the peer's blocklist"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn blocklist_and_friend_lists() {
    let c = Chain::new(&["alice", "bob", "carol", "dave"]);
    c.ok(&["friend", "add", "alice", "bob", "carol", "--force-add"]);
    // Blocking a friend ends the friendship; blocking again has nothing to do.
    let blocked = stdout_json(&c.ok(&[
        "friend", "block", "add", "alice", "bob", "dave", "-o", "json",
    ]));
    assert_eq!(blocked["Succeeded"], 2, "{blocked}");
    assert_eq!(
        c.relations("alice", &["bob"]),
        [pair("bob", "CheckResult_Type_NoRelation")]
    );
    let again = stdout_json(&c.ok(&["friend", "block", "add", "alice", "bob", "-o", "json"]));
    assert_eq!(again["AlreadyDone"], 1, "{again}");
    let rows = stdout_json(&c.ok(&[
        "friend",
        "block",
        "list",
        "alice",
        "--page-size",
        "1",
        "-o",
        "json",
    ]));
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["To_Account"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["bob", "dave"]);
    let check = stdout_json(&c.ok(&[
        "friend", "block", "check", "bob", "alice", "carol", "-o", "json",
    ]));
    assert_eq!(check[0]["Meaning"], "the peer blocked the user");
    assert_eq!(check[1]["Relation"], "BlackCheckResult_Type_NO");
    c.ok(&["friend", "block", "remove", "alice", "bob"]);
    let rows = stdout_json(&c.ok(&["friend", "block", "list", "alice", "-o", "json"]));
    assert_eq!(rows.as_array().unwrap().len(), 1);

    // Friend lists: a non-friend put in a list fails (32216), the rest is created.
    let out = c.imctl(&[
        "friend", "group", "add", "alice", "Work", "Golf", "--friend", "carol", "--friend", "dave",
        "-o", "json",
    ]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("dave: ErrorCode 32216"),
        "{}",
        text(&out.stderr)
    );
    let mut added = stdout_json(&out);
    added["CurrentSequence"] = json!("<seq>");
    assert_snapshot("friend-group-add.json", &format!("{added:#}\n"));
    let lists = stdout_json(&c.ok(&[
        "friend",
        "group",
        "list",
        "alice",
        "--members",
        "-o",
        "json",
    ]));
    assert_eq!(
        lists,
        json!([{"GroupName": "Work", "FriendNumber": 1, "To_Account": ["carol"]},
               {"GroupName": "Golf", "FriendNumber": 1, "To_Account": ["carol"]}])
    );
    let out = c.imctl(&["friend", "group", "remove", "alice", "Golf"]);
    assert_eq!(out.status.code(), Some(2));
    c.ok(&["friend", "group", "remove", "alice", "Golf", "--yes"]);
    let lists = stdout_json(&c.ok(&["friend", "group", "list", "alice", "-o", "json"]));
    assert_eq!(lists, json!([{"GroupName": "Work", "FriendNumber": 1}]));
    let out = c.imctl(&["friend", "group", "add", "alice", &"x".repeat(31)]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn list_follows_every_page() {
    let users: Vec<String> = (0..250).map(|i| format!("f{i:03}")).collect();
    let c = Chain::new(&["alice"]);
    for user in &users {
        c.rest("im_open_login_svc/account_import", json!({"UserID": user}));
    }
    let items: Vec<Value> = users
        .iter()
        .map(|u| json!({"To_Account": u, "AddSource": "AddSource_Type_Test", "AddTime": 1_700_000_000}))
        .collect();
    c.rest(
        "sns/friend_import",
        json!({"From_Account": "alice", "AddFriendItem": items}),
    );
    // The emulator pages 100 at a time: three pages, in the order they were added.
    let rows = c.friends("alice", &[]);
    let ids: Vec<&str> = rows
        .iter()
        .map(|r| r["To_Account"].as_str().unwrap())
        .collect();
    assert_eq!(ids, users.iter().map(String::as_str).collect::<Vec<_>>());
    let limited = c.friends("alice", &["--limit", "120"]);
    assert_eq!(limited.len(), 120);
    assert_snapshot("friend-list-row.json", &format!("{:#}\n", rows[0]));
    let table = text(&c.ok(&["friend", "list", "alice", "--limit", "2"]).stdout);
    assert_snapshot("friend-list.txt", &table);
}

#[test]
fn dry_run_sends_nothing() {
    let c = Chain::new(&["alice", "bob"]);
    for args in [
        &["friend", "add", "alice", "bob", "--force-add"][..],
        &["friend", "block", "add", "alice", "bob"],
        &["friend", "group", "add", "alice", "Work"],
        &["friend", "remove", "alice", "--all"],
    ] {
        let out = c.ok(&[&["--dry-run"][..], args].concat());
        let request: Value =
            serde_json::from_str(text(&out.stdout).lines().next().unwrap()).unwrap();
        assert_eq!(request["body"]["From_Account"], "alice", "{args:?}");
        assert!(
            request["url"].as_str().unwrap().contains("/v4/sns/"),
            "{request}"
        );
    }
    assert_eq!(
        c.relations("alice", &["bob"]),
        [pair("bob", "CheckResult_Type_NoRelation")]
    );
    let blocked = stdout_json(&c.ok(&["friend", "block", "list", "alice", "-o", "json"]));
    assert_eq!(blocked, json!([]));
    let lists = stdout_json(&c.ok(&["friend", "group", "list", "alice", "-o", "json"]));
    assert_eq!(lists, json!([]));
}

#[test]
fn import_writes_failures_and_resumes() {
    let c = Chain::new(&["alice", "bob", "carol", "dave"]);
    let pairs = c.sb.file(
        "pairs.csv",
        "From_Account,To_Account,Remark,Group,AddTime\n\
         alice,bob,Bee,Work|Golf,1700000000\n\
         alice,ghost,,,\n\
         carol,dave,,,\n\
         alice,alice,,,\n\
         alice,carol,,,yesterday\n\
         bob,alice,,,\n",
    );
    let failures = c.sb.path().join("failed.csv");
    let out = c.imctl(&[
        "friend",
        "import",
        "--file",
        pairs.to_str().unwrap(),
        "--failures",
        failures.to_str().unwrap(),
        "-o",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let mut summary = stdout_json(&out);
    assert_eq!(
        (summary["Succeeded"].clone(), summary["Failed"].clone()),
        (json!(3), json!(3)),
        "{summary}"
    );
    summary["Seconds"] = json!("<seconds>");
    summary["FailuresFile"] = json!("<failures>");
    assert_snapshot("friend-import.json", &format!("{summary:#}\n"));
    let failed = std::fs::read_to_string(&failures).unwrap();
    assert_snapshot("friend-import-failures.csv", &failed);
    // One way, with the file's remark, lists and time.
    assert_eq!(
        c.relations("alice", &["bob"]),
        [pair("bob", "CheckResult_Type_BothWay")]
    );
    assert_eq!(
        c.relations("carol", &["dave"]),
        [pair("dave", "CheckResult_Type_AWithB")]
    );
    let bob = &c.friends("alice", &[])[0];
    assert_eq!(
        (
            bob["Tag_SNS_IM_Remark"].clone(),
            bob["Tag_SNS_IM_Group"].clone(),
            bob["Tag_SNS_IM_AddTime"].clone()
        ),
        (json!("Bee"), json!(["Work", "Golf"]), json!(1_700_000_000))
    );
    // Importing the same file again: the pairs that went in are already done.
    let again = stdout_json(&c.imctl(&[
        "friend",
        "import",
        "--file",
        pairs.to_str().unwrap(),
        "-o",
        "json",
    ]));
    assert_eq!(again["AlreadyDone"], 3, "{again}");
}

#[test]
fn a_killed_import_resumes_where_it_stopped() {
    let users: Vec<String> = (0..40).map(|i| format!("p{i:02}")).collect();
    let c = Chain::with(&["alice"], &["--latency", "100"]);
    for user in &users {
        c.rest("im_open_login_svc/account_import", json!({"UserID": user}));
    }
    let lines: String = users
        .iter()
        .map(|u| format!("{{\"From_Account\":\"alice\",\"To_Account\":\"{u}\"}}\n"))
        .collect();
    let input = c.sb.file("pairs.jsonl", &lines);
    let checkpoint = c.sb.path().join("pairs.jsonl.imctl-checkpoint");
    let mut child = c
        .emu
        .std_cmd(&c.sb)
        .args([
            "friend",
            "import",
            "--batch-size",
            "1",
            "--concurrency",
            "1",
            "--file",
        ])
        .arg(&input)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !checkpoint.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(500));
    child.kill().unwrap();
    child.wait().unwrap();
    let before = c.friends("alice", &[]).len();
    assert!(
        before > 0 && before < 40,
        "{before} imported before the kill"
    );
    let out = c.ok(&[
        "friend",
        "import",
        "--batch-size",
        "1",
        "--resume",
        "-o",
        "json",
        "--file",
        input.to_str().unwrap(),
    ]);
    let summary = stdout_json(&out);
    let count = |k: &str| summary[k].as_u64().unwrap();
    assert!(count("SkippedAsDone") > 0, "{summary}");
    // At most the one pair in flight at the kill is sent again, and found already done.
    assert!(count("AlreadyDone") <= 1, "{summary}");
    assert_eq!(
        count("SkippedAsDone") + count("Succeeded") + count("AlreadyDone"),
        40,
        "{summary}"
    );
    assert_eq!(c.friends("alice", &[]).len(), 40);
    assert!(!checkpoint.exists());
}
