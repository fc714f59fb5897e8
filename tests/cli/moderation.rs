//! Issue 17's moderation part: what the emulator answers and admits to (`--list-endpoints`,
//! the "no such command" answer), and `group members role` / `group members muted`.

use serde_json::{json, Value};

use crate::common::{admin_sig, auth_query, post_json, stdout_json, Emulator, Sandbox};

fn list_endpoints(sb: &Sandbox) -> Vec<Value> {
    let out = sb
        .cmd()
        .args(["emulator", "--list-endpoints", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    stdout_json(&out).as_array().unwrap().clone()
}

#[test]
fn list_endpoints_names_every_published_sample_without_starting_a_server() {
    let sb = Sandbox::new();
    let rows = list_endpoints(&sb);
    let listed: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "{}.{}",
                r["Service"].as_str().unwrap(),
                r["Command"].as_str().unwrap()
            )
        })
        .collect();
    let dir = format!("{}/tests/data/samples", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(endpoint) = name.strip_suffix(".json") {
            assert!(
                listed.iter().any(|l| l == endpoint),
                "{endpoint} not listed"
            );
        }
    }
    for r in &rows {
        assert!(
            r["Status"] == "implemented" || r["Status"] == "not implemented",
            "{r}"
        );
    }
    let status = |service: &str, command: &str| {
        rows.iter()
            .find(|r| r["Service"] == service && r["Command"] == command)
            .map(|r| r["Status"].clone())
    };
    assert_eq!(
        status("group_open_http_svc", "get_group_shutted_uin"),
        Some(json!("implemented"))
    );
    // The human table goes to stdout too, the count to stderr.
    let out = sb
        .cmd()
        .args(["emulator", "--list-endpoints"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("not implemented"), "{table}");
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("documented endpoints"),
        "the count line"
    );
}

#[test]
fn an_endpoint_listed_as_not_implemented_answers_the_services_no_such_command() {
    let sb = Sandbox::new();
    let rows = list_endpoints(&sb);
    let missing = |service: &str| {
        rows.iter()
            .find(|r| r["Service"] == service && r["Status"] == "not implemented")
            .map(|r| r["Command"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("no unimplemented {service} endpoint"))
    };
    let emu = Emulator::start(&sb, &[]);
    let query = auth_query(&admin_sig(&sb));
    let call = |service: &str, command: &str| {
        post_json(
            emu.addr(),
            &format!("/v4/{service}/{command}?{query}"),
            &json!({}),
        )
    };
    // The group service's own code (its pages: 10003 invalid command word) ...
    let group = call("group_open_http_svc", &missing("group_open_http_svc"));
    assert_eq!(group["ActionStatus"], "FAIL", "{group}");
    assert_eq!(group["ErrorCode"], 10003, "{group}");
    assert!(group["ErrorInfo"]
        .as_str()
        .unwrap()
        .contains("not implemented"));
    // ... the common one elsewhere (60009 bad resource), for a documented one and a made-up one.
    assert_eq!(call("sns", &missing("sns"))["ErrorCode"], 60009);
    let unknown = call("openim", "no_such_command");
    assert_eq!(unknown["ErrorCode"], 60009, "{unknown}");
    assert!(unknown["ErrorInfo"]
        .as_str()
        .unwrap()
        .contains("no such command"));
}
