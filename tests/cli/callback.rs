//! `imctl callback events | check-url | sign | verify` through the real binary (all offline).

use serde_json::Value;

use crate::common::{assert_snapshot, stdout_json, text, Sandbox, DEMO_KEY};

/// The spec's example (§9.1).
const TOKEN: &str = "xxxxyyyy";
const TIME: &str = "1669872112";
const SIGN: &str = "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061";

/// A callback URL as the service would send it, signed with TOKEN at TIME.
fn genuine_url() -> String {
    format!(
        "https://example.com/im/cb?SdkAppid=1400000000&CallbackCommand=C2C.CallbackBeforeSendMsg\
         &contenttype=json&ClientIP=203.0.113.7&OptPlatform=RESTAPI&Sign={SIGN}&RequestTime={TIME}"
    )
}

fn verify(sb: &Sandbox, url: &str, now: &str, extra: &[&str]) -> std::process::Output {
    sb.cmd()
        .args([
            "callback", "verify", "--token", TOKEN, url, "--now", now, "-o", "json",
        ])
        .args(extra)
        .output()
        .unwrap()
}

fn failed(out: &std::process::Output) -> Vec<String> {
    stdout_json(out)["Failed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

fn reason(out: &std::process::Output, check: &str) -> String {
    let v = stdout_json(out);
    let c = v["Checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["Check"] == check)
        .unwrap_or_else(|| panic!("no {check} in {v}"));
    format!(
        "{}/{}",
        c["Result"].as_str().unwrap(),
        c["Reason"].as_str().unwrap()
    )
}

#[test]
fn sign_reproduces_the_spec_example_from_every_token_source() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["callback", "sign", "--token", TOKEN, "--time", TIME])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{SIGN}\n"));

    let file = sb.file("callback.token", &format!("{TOKEN}\n"));
    let from_file = sb
        .cmd()
        .args(["callback", "sign", "--time", TIME, "--token-file"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(text(&from_file.stdout), format!("{SIGN}\n"));

    let from_env = sb
        .cmd()
        .env("IMCTL_CALLBACK_TOKEN", TOKEN)
        .args(["callback", "sign", "--time", TIME, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(from_env.status.code(), Some(0));
    let v = stdout_json(&from_env);
    assert_eq!(v["Sign"], SIGN);
    assert_eq!(v["RequestTime"], 1_669_872_112);
    assert_eq!(v["Query"], format!("Sign={SIGN}&RequestTime={TIME}"));
}

#[test]
fn sign_without_a_token_or_with_a_bad_time_fails_clearly() {
    let sb = Sandbox::new();
    let out = sb.cmd().args(["callback", "sign"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("IMCTL_CALLBACK_TOKEN"));
    let out = sb
        .cmd()
        .args(["callback", "sign", "--token", TOKEN, "--time", "-5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let both = sb
        .cmd()
        .args(["callback", "sign", "--token", TOKEN, "--token-file", "x"])
        .output()
        .unwrap();
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn the_token_is_never_echoed() {
    let sb = Sandbox::new();
    let secret = "s3cret-callback-token";
    let file = sb.file("t", &format!("{secret}\nsecond line\n"));
    let runs: Vec<Vec<String>> = vec![
        vec!["-vv", "callback", "sign", "--token", secret],
        vec![
            "-vv",
            "callback",
            "verify",
            "--token",
            secret,
            "SdkAppid=1&Sign=00",
        ],
        vec!["callback", "sign", "--token", &format!("{secret}\u{7}")],
        vec!["callback", "sign", "--token-file", file.to_str().unwrap()],
        vec!["callback", "sign", "--token", secret, "--time", "nope"],
    ]
    .into_iter()
    .map(|v| v.into_iter().map(String::from).collect())
    .collect();
    for args in &runs {
        let out = sb.cmd().args(args).output().unwrap();
        assert!(
            !text(&out.stderr).contains(secret),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(!text(&out.stdout).contains(secret), "{args:?}");
    }
    let env_bad = sb
        .cmd()
        .env("IMCTL_CALLBACK_TOKEN", format!("{secret}\n"))
        .args(["callback", "sign"])
        .output()
        .unwrap();
    assert_eq!(env_bad.status.code(), Some(3));
    assert!(!text(&env_bad.stderr).contains(secret));
}

#[test]
fn verify_accepts_a_genuine_callback_url() {
    let sb = Sandbox::new();
    let out = verify(
        &sb,
        &genuine_url(),
        "1669872130",
        &["--sdkappid", "1400000000"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let v = stdout_json(&out);
    assert_eq!(v["Valid"], true);
    assert_eq!(v["CallbackCommand"], "C2C.CallbackBeforeSendMsg");
    assert_eq!(v["KnownCommand"], true);
    assert_eq!(v["AgeSeconds"], 18);
    assert!(failed(&out).is_empty());
    for check in ["Sign", "RequestTime", "SdkAppid"] {
        assert_eq!(reason(&out, check), "passed/ok", "{check}");
    }
}

#[test]
fn verify_names_each_tampering() {
    let sb = Sandbox::new();
    let app = ["--sdkappid", "1400000000"];
    let now = "1669872130";

    let changed_sign = genuine_url().replace(&SIGN[..8], "00000000");
    let out = verify(&sb, &changed_sign, now, &app);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(failed(&out), ["Sign"]);
    assert_eq!(reason(&out, "Sign"), "failed/mismatch");

    // The Sign covers only the token and the time: another app's id is caught by SdkAppid.
    let changed_app = genuine_url().replace("SdkAppid=1400000000", "SdkAppid=1400000009");
    let out = verify(&sb, &changed_app, now, &app);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(failed(&out), ["SdkAppid"]);
    assert_eq!(reason(&out, "SdkAppid"), "failed/mismatch");

    let out = verify(&sb, &genuine_url(), "1669872300", &app);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(failed(&out), ["RequestTime"]);
    assert_eq!(reason(&out, "RequestTime"), "failed/stale");

    let out = verify(&sb, &genuine_url(), "1669872000", &app);
    assert_eq!(reason(&out, "RequestTime"), "failed/future");

    let missing_sign = genuine_url().replace(&format!("&Sign={SIGN}"), "");
    let out = verify(&sb, &missing_sign, now, &app);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(failed(&out), ["Sign"]);
    assert_eq!(reason(&out, "Sign"), "failed/missing");

    // A replayed time with a forged id: every failed check is named, not just the first.
    let all = changed_sign.replace("SdkAppid=1400000000", "SdkAppid=1");
    let out = verify(&sb, &all, "1669999999", &app);
    assert_eq!(failed(&out), ["Sign", "RequestTime", "SdkAppid"]);
    let human = sb
        .cmd()
        .args([
            "callback",
            "verify",
            "--token",
            TOKEN,
            &all,
            "--now",
            "1669999999",
        ])
        .args(app)
        .output()
        .unwrap();
    assert_eq!(human.status.code(), Some(1));
    let shown = text(&human.stdout);
    assert!(
        shown.contains("✗ Invalid callback request: Sign, RequestTime, SdkAppid failed"),
        "{shown}"
    );
    assert_eq!(shown.matches("  ✗ ").count(), 3, "{shown}");
}

#[test]
fn verify_sdkappid_comes_from_the_flag_env_or_profile_else_is_skipped() {
    let sb = Sandbox::new();
    let url = genuine_url();
    let out = verify(&sb, &url, "1669872130", &[]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(reason(&out, "SdkAppid"), "skipped/not_configured");
    assert_eq!(stdout_json(&out)["ExpectedSdkAppid"], Value::Null);

    let out = sb
        .cmd()
        .env("IMCTL_SDKAPPID", "1400000001")
        .args([
            "callback",
            "verify",
            "--token",
            TOKEN,
            &url,
            "--now",
            "1669872130",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(reason(&out, "SdkAppid"), "failed/mismatch");

    let key = sb.key_file();
    let add = sb
        .cmd()
        .args([
            "app",
            "add",
            "prod",
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(&key)
        .output()
        .unwrap();
    assert!(add.status.success(), "{}", text(&add.stderr));
    let out = verify(&sb, &url, "1669872130", &[]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(reason(&out, "SdkAppid"), "passed/ok");
    assert_eq!(stdout_json(&out)["ExpectedSdkAppid"], 1_400_000_000);
    assert!(!text(&out.stdout).contains(DEMO_KEY));
}

#[test]
fn verify_reads_the_url_from_stdin_and_needs_a_token() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args([
            "callback",
            "verify",
            "--token",
            TOKEN,
            "-",
            "--now",
            "1669872130",
        ])
        .write_stdin(format!("{}\n", genuine_url()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).starts_with("✓ Valid callback request"));

    let out = sb
        .cmd()
        .args(["callback", "verify", &genuine_url()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
}

#[test]
fn verify_json_shape_is_snapshotted() {
    let sb = Sandbox::new();
    let tampered = genuine_url().replace("SdkAppid=1400000000", "SdkAppid=1400000009");
    let out = verify(&sb, &tampered, "1669872300", &["--sdkappid", "1400000000"]);
    assert_snapshot(
        "callback-verify.json",
        &serde_json::to_string_pretty(&stdout_json(&out)).unwrap(),
    );
}

#[test]
fn events_lists_the_whole_catalogue() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["callback", "events", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let list = stdout_json(&out);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 30);
    let c2c = list
        .iter()
        .find(|e| e["CallbackCommand"] == "C2C.CallbackBeforeSendMsg")
        .unwrap();
    assert_eq!(c2c["Phase"], "before");
    assert_eq!(
        c2c["Effects"],
        serde_json::json!(["allow", "reject", "drop", "modify"])
    );
    assert_eq!(c2c["RejectCode"], 20006);
    let group = list
        .iter()
        .find(|e| e["CallbackCommand"] == "Group.CallbackBeforeCreateGroup")
        .unwrap();
    assert_eq!(group["Effects"], serde_json::json!(["allow", "reject"]));
    assert_eq!(group["RejectCode"], 10016);
    let after = list
        .iter()
        .find(|e| e["CallbackCommand"] == "State.StateChange")
        .unwrap();
    assert_eq!(after["Phase"], "after");
    assert_eq!(after["Effects"], serde_json::json!([]));

    let human = sb.cmd().args(["callback", "events"]).output().unwrap();
    let shown = text(&human.stdout);
    assert!(shown.contains("allow reject drop modify"), "{shown}");
    for e in list {
        let name = e["CallbackCommand"].as_str().unwrap();
        assert!(shown.contains(name), "{name} missing from the table");
    }
    let csv = sb
        .cmd()
        .args(["callback", "events", "-o", "csv"])
        .output()
        .unwrap();
    let csv = text(&csv.stdout);
    assert_eq!(csv.lines().count(), 31);
    assert!(csv.starts_with("CallbackCommand,Phase,Effects,RejectCode,Description\n"));
}

#[test]
fn events_shows_one_event_with_answers_and_a_sample_body() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args([
            "callback",
            "events",
            "group.callbackbeforesendmsg",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v = stdout_json(&out);
    assert_eq!(v["CallbackCommand"], "Group.CallbackBeforeSendMsg");
    assert_eq!(v["RejectCode"], 10016);
    assert_eq!(
        v["CustomRejectCodes"],
        serde_json::json!({"From": 10100, "To": 10200})
    );
    assert_eq!(v["TimeoutMs"], 2000);
    let body = &v["SampleBody"];
    assert_eq!(body["CallbackCommand"], "Group.CallbackBeforeSendMsg");
    for field in [
        "GroupId",
        "Type",
        "From_Account",
        "Operator_Account",
        "Random",
        "MsgBody",
    ] {
        assert!(body.get(field).is_some(), "sample lacks {field}");
    }
    let effects: Vec<&str> = v["Answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["Effect"].as_str().unwrap())
        .collect();
    assert_eq!(effects, ["allow", "reject", "drop", "modify"]);
    assert_eq!(v["Answers"][2]["Answer"]["ErrorCode"], 2);

    let human = sb
        .cmd()
        .args(["callback", "events", "State.StateChange"])
        .output()
        .unwrap();
    assert_eq!(human.status.code(), Some(0));
    let shown = text(&human.stdout);
    assert!(
        shown.starts_with("State.StateChange (after the operation"),
        "{shown}"
    );
    assert!(shown.contains("acknowledge"), "{shown}");
    let sample = shown.split("Sample body:\n").nth(1).unwrap();
    let sample: Value = serde_json::from_str(sample).unwrap();
    assert_eq!(sample["Info"]["Action"], "Login");
}

#[test]
fn events_snapshot_of_one_event() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args([
            "callback",
            "events",
            "C2C.CallbackBeforeSendMsg",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_snapshot(
        "callback-events-c2c-before-send.json",
        &serde_json::to_string_pretty(&stdout_json(&out)).unwrap(),
    );
}

#[test]
fn an_unknown_event_is_a_usage_error_with_the_closest_names() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args(["callback", "events", "C2C.CallbackBeforeSendMessage"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    assert!(
        err.contains("did you mean C2C.CallbackBeforeSendMsg"),
        "{err}"
    );
    let out = sb
        .cmd()
        .args(["callback", "events", "zzz"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("lists all 30"));
}

#[test]
fn check_url_accepts_a_valid_url() {
    let sb = Sandbox::new();
    for url in [
        "https://im-callback.example.com/tencent",
        "http://123.123.123.123/imcallback",
    ] {
        let out = sb
            .cmd()
            .args(["callback", "check-url", url])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{url}: {}", text(&out.stdout));
        assert!(text(&out.stdout).starts_with(&format!("✓ {url}")));
    }
}

#[test]
fn check_url_names_every_broken_rule() {
    let sb = Sandbox::new();
    let url = format!("ftp://-my--app.{}.com/cb?x", "a".repeat(60));
    let out = sb
        .cmd()
        .args(["callback", "check-url", &url, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = stdout_json(&out);
    assert_eq!(v["Valid"], false);
    let rules: Vec<&str> = v["Violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["Rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "scheme",
            "hyphen_repeated",
            "hyphen_edge",
            "domain_length",
            "url_characters"
        ]
    );
    let human = sb
        .cmd()
        .args(["callback", "check-url", &url])
        .output()
        .unwrap();
    assert_eq!(human.status.code(), Some(1));
    let shown = text(&human.stdout);
    assert!(
        shown.contains("breaks 5 of the console's callback URL rules"),
        "{shown}"
    );
    for rule in rules {
        assert!(shown.contains(&format!("✗ {rule}")), "{rule}: {shown}");
    }
}

#[test]
fn check_url_sees_private_addresses_in_numeric_disguise() {
    let sb = Sandbox::new();
    for url in [
        "https://2130706433/cb",
        "https://0x7f.0.0.1/cb",
        "https://0xC0A80001/cb",
    ] {
        let out = sb
            .cmd()
            .args(["callback", "check-url", url, "-o", "json"])
            .output()
            .unwrap();
        let v = stdout_json(&out);
        let rules: Vec<&str> = v["Warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["Rule"].as_str().unwrap())
            .collect();
        assert_eq!(rules, ["not_public"], "{url}: {v}");
        let message = v["Warnings"][0]["Message"].as_str().unwrap();
        assert!(
            message.contains("(127.0.0.1)") || message.contains("(192.168.0.1)"),
            "{message}"
        );
    }
}

#[test]
fn verify_without_an_sdkappid_skips_the_check_even_when_the_query_has_none() {
    let sb = Sandbox::new();
    let url = genuine_url().replace("SdkAppid=1400000000&", "");
    let out = verify(&sb, &url, "1669872130", &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert_eq!(reason(&out, "SdkAppid"), "skipped/not_configured");
    // With one configured, a missing SdkAppid still fails.
    let out = verify(&sb, &url, "1669872130", &["--sdkappid", "1400000000"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(reason(&out, "SdkAppid"), "failed/missing");
}

#[test]
fn check_url_warns_about_a_port_prefix_change() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args([
            "callback",
            "check-url",
            "https://example.com:4433/cb",
            "--previous",
            "https://example.com/cb",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "a warning does not fail the check"
    );
    let v = stdout_json(&out);
    assert_eq!(v["Warnings"][0]["Rule"], "port_prefix");
    assert!(v["Warnings"][0]["Message"]
        .as_str()
        .unwrap()
        .contains("443 to 4433"));
    assert_snapshot(
        "callback-check-url.json",
        &serde_json::to_string_pretty(&v).unwrap(),
    );

    let fine = sb
        .cmd()
        .args(["callback", "check-url", "https://example.com:8443/cb"])
        .args(["--previous", "https://example.com/cb"])
        .output()
        .unwrap();
    assert_eq!(fine.status.code(), Some(0));
    assert!(!text(&fine.stdout).contains("port_prefix"));

    let bad_previous = sb
        .cmd()
        .args([
            "callback",
            "check-url",
            "https://example.com/cb",
            "--previous",
            "example.com",
        ])
        .output()
        .unwrap();
    assert_eq!(bad_previous.status.code(), Some(2));
    assert!(text(&bad_previous.stderr).contains("--previous"));
}

#[test]
fn every_verb_has_examples() {
    let sb = Sandbox::new();
    for verb in ["events", "check-url", "sign", "verify", "trigger", "listen"] {
        let out = sb
            .cmd()
            .args(["callback", verb, "--help"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let help = text(&out.stdout);
        assert!(help.contains("Examples:"), "{verb}");
        assert!(help.contains(&format!("imctl callback {verb}")), "{verb}");
    }
    // listen is no longer a later-release placeholder: a bad flag is a usage error, at once.
    let out = sb
        .cmd()
        .args(["callback", "listen", "--max-body", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--max-body"));
}
