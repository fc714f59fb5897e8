//! `--sandbox` commands run at once, as CI runs them: each process is its own embedded emulator
//! on the one state file in the data dir, and none may lose or repeat another's change.

use std::collections::BTreeSet;
use std::process::{Output, Stdio};

use serde_json::Value;

use crate::common::{stdout_json, text, Sandbox};

/// Starts every command at once (`imctl --sandbox ARGS...`), waits for all, and checks each
/// exited 0.
fn all_at_once(sb: &Sandbox, commands: &[Vec<String>]) -> Vec<Output> {
    let children: Vec<_> = commands
        .iter()
        .map(|args| {
            sb.std_cmd()
                .arg("--sandbox")
                .args(args)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outputs: Vec<Output> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    for (args, out) in commands.iter().zip(&outputs) {
        assert!(
            out.status.success(),
            "{args:?}: exit {:?}: {}",
            out.status.code(),
            text(&out.stderr)
        );
    }
    outputs
}

fn sandbox_json(sb: &Sandbox, args: &[&str]) -> Value {
    let out = sb
        .cmd()
        .arg("--sandbox")
        .args(args)
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    stdout_json(&out)
}

fn strings(list: impl IntoIterator<Item = impl Into<String>>) -> Vec<String> {
    list.into_iter().map(Into::into).collect()
}

fn import(sb: &Sandbox, users: &[String]) {
    let file = sb.file("users.txt", &(users.join("\n") + "\n"));
    let out = sb
        .cmd()
        .args(["--sandbox", "account", "import", "--file"])
        .arg(file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
}

/// `account check` of `users`: how many are imported.
fn imported(sb: &Sandbox, users: &[String]) -> usize {
    let mut args = vec!["account", "check"];
    args.extend(users.iter().map(String::as_str));
    sandbox_json(sb, &args)
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["AccountStatus"] == "Imported")
        .count()
}

#[test]
fn parallel_account_imports_all_land() {
    let sb = Sandbox::new();
    // Twelve at once: eight single imports and four files of 25.
    let mut commands: Vec<Vec<String>> = (0..8)
        .map(|i| strings(["account".into(), "import".into(), format!("solo{i}")]))
        .collect();
    let mut everyone: Vec<String> = (0..8).map(|i| format!("solo{i}")).collect();
    for f in 0..4 {
        let users: Vec<String> = (0..25).map(|i| format!("f{f}u{i}")).collect();
        let path = sb.file(&format!("batch{f}.txt"), &(users.join("\n") + "\n"));
        commands.push(strings([
            "account".to_string(),
            "import".into(),
            "--file".into(),
            path.display().to_string(),
        ]));
        everyone.extend(users);
    }
    all_at_once(&sb, &commands);
    assert_eq!(imported(&sb, &everyone), 108);
}

#[test]
fn parallel_group_creates_make_as_many_groups() {
    let sb = Sandbox::new();
    let commands: Vec<Vec<String>> = (0..10)
        .map(|i| {
            strings([
                "group".to_string(),
                "create".into(),
                "--name".into(),
                format!("team {i}"),
                "-o".into(),
                "json".into(),
            ])
        })
        .collect();
    let printed: BTreeSet<String> = all_at_once(&sb, &commands)
        .iter()
        .map(|o| stdout_json(o)["GroupId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(printed.len(), 10, "{printed:?}");
    let listed: BTreeSet<String> = sandbox_json(&sb, &["group", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["GroupId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, printed);
}

#[test]
fn parallel_member_adds_and_sends_keep_every_member_and_message() {
    let sb = Sandbox::new();
    let users: Vec<String> = (0..200).map(|i| format!("m{i:03}")).collect();
    import(&sb, &users);
    let group = sandbox_json(
        &sb,
        &["group", "create", "--name", "crowd", "--id", "crowd"],
    );
    assert_eq!(group["GroupId"], "crowd");
    // Four adds of 50 at once.
    let commands: Vec<Vec<String>> = users
        .chunks(50)
        .map(|chunk| {
            let mut args = strings(["group", "members", "add", "crowd"]);
            args.extend(chunk.iter().cloned());
            args
        })
        .collect();
    all_at_once(&sb, &commands);
    let members: BTreeSet<String> =
        sandbox_json(&sb, &["group", "members", "list", "crowd", "--all"])
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["Member_Account"].as_str().unwrap().to_string())
            .collect();
    assert_eq!(members, users.iter().cloned().collect::<BTreeSet<_>>());
    // Eight sends at once: eight messages, sequence numbers 1 to 8, none overwritten.
    let commands: Vec<Vec<String>> = (0..8)
        .map(|i| {
            strings([
                "group".to_string(),
                "send".into(),
                "crowd".into(),
                "--text".into(),
                format!("hello {i}"),
                "-o".into(),
                "json".into(),
            ])
        })
        .collect();
    let seqs: BTreeSet<u64> = all_at_once(&sb, &commands)
        .iter()
        .map(|o| stdout_json(o)[0]["MsgSeq"].as_u64().unwrap())
        .collect();
    assert_eq!(seqs, (1..=8).collect::<BTreeSet<_>>());
    let next = sandbox_json(&sb, &["group", "send", "crowd", "--text", "last"]);
    assert_eq!(next[0]["MsgSeq"], 9, "{next}");
}

#[test]
fn parallel_profile_sets_of_one_account_keep_every_field() {
    let sb = Sandbox::new();
    import(&sb, &strings(["alice"]));
    let fields: [(&str, &str); 8] = [
        ("--nick", "Alice"),
        ("--gender", "female"),
        ("--birthday", "19900101"),
        ("--location", "Shenzhen"),
        ("--signature", "hi"),
        ("--allow-type", "deny-any"),
        ("--level", "7"),
        ("--role", "3"),
    ];
    let commands: Vec<Vec<String>> = fields
        .iter()
        .map(|(flag, value)| strings(["account", "profile", "set", "alice", flag, value]))
        .collect();
    all_at_once(&sb, &commands);
    let profile = &sandbox_json(&sb, &["account", "profile", "get", "alice"])[0];
    assert_eq!(profile["Tag_Profile_IM_Nick"], "Alice", "{profile}");
    assert_eq!(profile["Tag_Profile_IM_Gender"], "Gender_Type_Female");
    assert_eq!(profile["Tag_Profile_IM_BirthDay"], 19900101);
    assert_eq!(profile["Tag_Profile_IM_Location"], "Shenzhen");
    assert_eq!(profile["Tag_Profile_IM_SelfSignature"], "hi");
    assert_eq!(
        profile["Tag_Profile_IM_AllowType"],
        "AllowType_Type_DenyAny"
    );
    assert_eq!(profile["Tag_Profile_IM_Level"], 7);
    assert_eq!(profile["Tag_Profile_IM_Role"], 3);
}

#[test]
fn parallel_mutes_and_profile_sets_of_one_account_keep_both() {
    let sb = Sandbox::new();
    import(&sb, &strings(["bob"]));
    let commands: Vec<Vec<String>> = vec![
        strings(["account", "mute", "bob", "--c2c", "forever"]),
        strings(["account", "mute", "bob", "--group", "forever"]),
        strings(["account", "profile", "set", "bob", "--nick", "Bob"]),
        strings(["account", "profile", "set", "bob", "--location", "Seoul"]),
        strings(["account", "profile", "set", "bob", "--signature", "yo"]),
        strings(["account", "profile", "set", "bob", "--level", "9"]),
        strings(["account", "profile", "set", "bob", "--role", "2"]),
        strings(["account", "profile", "set", "bob", "--language", "5"]),
    ];
    all_at_once(&sb, &commands);
    let mute = sandbox_json(&sb, &["account", "mute", "bob", "--show"]);
    assert_eq!(mute["C2CmsgNospeakingTime"], 4294967295u64, "{mute}");
    assert_eq!(mute["GroupmsgNospeakingTime"], 4294967295u64, "{mute}");
    let profile = &sandbox_json(&sb, &["account", "profile", "get", "bob"])[0];
    assert_eq!(profile["Tag_Profile_IM_Nick"], "Bob", "{profile}");
    assert_eq!(profile["Tag_Profile_IM_Location"], "Seoul");
    assert_eq!(profile["Tag_Profile_IM_SelfSignature"], "yo");
    assert_eq!(profile["Tag_Profile_IM_Level"], 9);
    assert_eq!(profile["Tag_Profile_IM_Role"], 2);
    assert_eq!(profile["Tag_Profile_IM_Language"], 5);
}
