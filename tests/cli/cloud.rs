//! `imctl app ids`: Cloud API 3.0 DescribeSdkAppid against a tiny Cloud API stand-in on
//! 127.0.0.1 that checks each request's TC3 signature by recomputing it from the bytes it
//! received. Nothing here connects anywhere but loopback.

use std::io::Write;
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::common::{assert_snapshot, stdout_json, text, Sandbox, Stub, StubRequest};

const ID_VAR: &str = "TEST_CLOUD_SECRET_ID";
const KEY_VAR: &str = "TEST_CLOUD_SECRET_KEY";
const SECRET_ID: &str = "AKIDtestSecretIdForImctl0123456789";
const SECRET_KEY: &str = "testSecretKeyForImctl0123456789x";
const IDS_ANSWER: &str =
    r#"{"Response":{"SdkAppids":[1400000000,1600000001],"RequestId":"req-0001"}}"#;

/// One request as the stand-in saw it.
struct Seen {
    request_line: String,
    request: StubRequest,
    body: String,
}

impl Seen {
    fn header(&self, name: &str) -> &str {
        self.request
            .header(name)
            .unwrap_or_else(|| panic!("no {name} header in {:?}", self.request.headers))
    }
}

/// A Cloud API stand-in on the one stub server, answering every request with `answer` (an
/// answer that is a whole HTTP response, a redirect say, goes out as it is).
struct FakeCloud {
    url: String,
    stub: Stub,
}

impl FakeCloud {
    fn start(answer: &'static str) -> FakeCloud {
        let stub = if answer.starts_with("HTTP/") {
            Stub::raw(move |_, stream| {
                let _ = stream.write_all(answer.as_bytes());
            })
        } else {
            Stub::json(answer)
        };
        FakeCloud {
            url: stub.url.clone(),
            stub,
        }
    }

    /// What the stand-in saw (the command has ended: every request is in).
    fn finish(self) -> Vec<Seen> {
        self.stub
            .requests()
            .into_iter()
            .map(|request| Seen {
                request_line: format!("{} {} {}", request.method, request.target, request.version),
                body: String::from_utf8_lossy(&request.body).into_owned(),
                request,
            })
            .collect()
    }

    fn host(&self) -> &str {
        self.url.trim_start_matches("http://")
    }
}

fn hmac(key: &[u8], msg: &str) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
    mac.update(msg.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks the Authorization header the way the service does: recomputed from the headers and
/// body that arrived, with the key only the two sides know.
fn assert_signed(seen: &Seen, expected_host: &str) {
    assert_eq!(seen.request_line, "POST / HTTP/1.1");
    assert_eq!(seen.header("host"), expected_host);
    assert_eq!(seen.header("x-tc-action"), "DescribeSdkAppid");
    assert_eq!(seen.header("x-tc-version"), "2019-03-18");
    assert_eq!(
        seen.header("content-type"),
        "application/json; charset=utf-8"
    );
    assert_eq!(seen.body, "{}");
    let timestamp: i64 = seen.header("x-tc-timestamp").parse().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!(
        (now - timestamp).abs() < 300,
        "timestamp {timestamp} vs now {now}"
    );
    let date = &imctl::units::rfc3339(timestamp).unwrap()[..10];

    let canonical = format!(
        "POST\n/\n\ncontent-type:{}\nhost:{}\n\ncontent-type;host\n{}",
        seen.header("content-type"),
        seen.header("host"),
        hex(&Sha256::digest(seen.body.as_bytes()))
    );
    let scope = format!("{date}/cim/tc3_request");
    let to_sign = format!(
        "TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{}",
        hex(&Sha256::digest(canonical.as_bytes()))
    );
    let k = hmac(format!("TC3{SECRET_KEY}").as_bytes(), date);
    let k = hmac(&k, "cim");
    let k = hmac(&k, "tc3_request");
    let signature = hex(&hmac(&k, &to_sign));
    assert_eq!(
        seen.header("authorization"),
        format!(
            "TC3-HMAC-SHA256 Credential={SECRET_ID}/{scope}, SignedHeaders=content-type;host, Signature={signature}"
        )
    );
}

/// `imctl app ids` with the test credentials in the named variables.
fn ids(sb: &Sandbox) -> assert_cmd::Command {
    let mut cmd = sb.cmd();
    cmd.env(ID_VAR, SECRET_ID).env(KEY_VAR, SECRET_KEY).args([
        "app",
        "ids",
        "--secret-id-env",
        ID_VAR,
        "--secret-key-env",
        KEY_VAR,
    ]);
    cmd
}

fn assert_no_secret(out: &std::process::Output) {
    for stream in [&out.stdout, &out.stderr] {
        let s = text(stream);
        assert!(
            !s.contains(SECRET_KEY) && !s.contains(&SECRET_KEY[..12]),
            "{s}"
        );
        assert!(!s.contains(SECRET_ID), "{s}");
    }
}

#[test]
fn ids_lists_sdkappids_signed_for_the_loopback_host() {
    let sb = Sandbox::new();
    let cloud = FakeCloud::start(IDS_ANSWER);

    let out = ids(&sb)
        .args(["--cloud-endpoint", &cloud.url, "-vv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "1400000000\n1600000001\n");
    assert!(text(&out.stderr).contains("RequestId req-0001"));
    assert_no_secret(&out);

    // IMCTL_CLOUD_ENDPOINT stands in for the flag; -o json is the service's own shape.
    let out = ids(&sb)
        .env("IMCTL_CLOUD_ENDPOINT", &cloud.url)
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json = stdout_json(&out);
    assert_eq!(
        json["SdkAppids"],
        serde_json::json!([1400000000u64, 1600000001u64])
    );
    assert_snapshot("app-ids.json", &text(&out.stdout));

    let out = ids(&sb)
        .args(["--cloud-endpoint", &cloud.url, "-o", "csv"])
        .output()
        .unwrap();
    assert_eq!(text(&out.stdout), "SdkAppid\n1400000000\n1600000001\n");

    let host = cloud.host().to_string();
    let seen = cloud.finish();
    assert_eq!(seen.len(), 3);
    for request in &seen {
        assert_signed(request, &host);
    }
}

#[test]
fn ids_auth_failure_is_exit_4_naming_the_code_and_what_to_check() {
    let sb = Sandbox::new();
    let cloud = FakeCloud::start(
        r#"{"Response":{"Error":{"Code":"AuthFailure.SecretIdNotFound","Message":"The SecretId is not found."},"RequestId":"req-auth"}}"#,
    );
    let out = ids(&sb)
        .args(["--cloud-endpoint", &cloud.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("AuthFailure.SecretIdNotFound"), "{stderr}");
    assert!(stderr.contains("RequestId req-auth"), "{stderr}");
    assert!(stderr.contains("--secret-id-env"), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_no_secret(&out);
    // An authentication failure is final: no retry.
    assert_eq!(cloud.finish().len(), 1);
}

#[test]
fn ids_still_throttled_is_exit_5_after_retries() {
    let sb = Sandbox::new();
    let cloud = FakeCloud::start(
        r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Your current request times equals to `21` in a second"},"RequestId":"req-slow"}}"#,
    );
    let out = ids(&sb)
        .args(["--cloud-endpoint", &cloud.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("RequestLimitExceeded"));
    assert!(cloud.finish().len() >= 2, "throttling is retried");
}

#[test]
fn ids_other_cloud_errors_are_exit_1() {
    let sb = Sandbox::new();
    let cloud = FakeCloud::start(
        r#"{"Response":{"Error":{"Code":"InvalidAction","Message":"The action does not exist."},"RequestId":"req-x"}}"#,
    );
    let out = ids(&sb)
        .args(["--cloud-endpoint", &cloud.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("InvalidAction"));
    assert_eq!(cloud.finish().len(), 1);
}

#[test]
fn ids_refuses_plain_http_to_a_non_loopback_host() {
    let sb = Sandbox::new();
    // Refused before any connection is attempted: nothing here may leave the machine.
    let out = ids(&sb)
        .args(["--cloud-endpoint", "http://192.0.2.1:8080"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("plain HTTP"));
    let out = ids(&sb)
        .env("IMCTL_CLOUD_ENDPOINT", "http://example.com")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}

#[test]
fn ids_needs_the_named_variables() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .env(ID_VAR, SECRET_ID)
        .env_remove(KEY_VAR)
        .args([
            "app",
            "ids",
            "--secret-id-env",
            ID_VAR,
            "--secret-key-env",
            KEY_VAR,
        ])
        .args(["--cloud-endpoint", "http://127.0.0.1:9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains(KEY_VAR));
    // A secret pasted where the variable's name goes is not echoed back.
    let out = sb
        .cmd()
        .env(ID_VAR, SECRET_ID)
        .args([
            "app",
            "ids",
            "--secret-id-env",
            ID_VAR,
            "--secret-key-env",
            SECRET_KEY,
        ])
        .args(["--cloud-endpoint", "http://127.0.0.1:9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert_no_secret(&out);
}

#[test]
fn ids_unreachable_endpoint_is_exit_7() {
    let sb = Sandbox::new();
    // A port that was just free: nothing listens there any more.
    let out = ids(&sb)
        .args(["--cloud-endpoint", &crate::common::closed_url()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    assert_no_secret(&out);
}

#[test]
fn ids_follows_no_redirect_and_no_proxy_for_loopback() {
    let sb = Sandbox::new();
    // The place a redirect points to, and a proxy: neither may see the signed request.
    let elsewhere = FakeCloud::start(r#"{"Response":{"SdkAppids":[1],"RequestId":"x"}}"#);
    let proxy = FakeCloud::start(r#"{"Response":{"SdkAppids":[2],"RequestId":"x"}}"#);
    let redirect: &'static str = Box::leak(
        format!(
            "HTTP/1.1 307 Temporary Redirect\r\nLocation: {}/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            elsewhere.url
        )
        .into_boxed_str(),
    );
    let cloud = FakeCloud::start(redirect);
    let out = ids(&sb)
        .env("HTTP_PROXY", &proxy.url)
        .env("ALL_PROXY", &proxy.url)
        .args(["--cloud-endpoint", &cloud.url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("redirect"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    assert_eq!(
        cloud.finish().len(),
        1,
        "one try: a redirect is not retried"
    );
    assert!(elsewhere.finish().is_empty(), "the redirect was followed");
    assert!(
        proxy.finish().is_empty(),
        "a loopback endpoint went through the proxy"
    );
}

#[test]
fn ids_timeout_is_the_whole_calls_budget() {
    let sb = Sandbox::new();
    // A host that takes the request and never answers: every attempt times out.
    let silent = Stub::raw(|_, _| std::thread::sleep(Duration::from_secs(20)));
    let started = Instant::now();
    let out = ids(&sb)
        .args(["--cloud-endpoint", &silent.url, "--timeout", "2"])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("timed out"),
        "{}",
        text(&out.stderr)
    );
    // Three attempts of 2 s each took 7.6 s before; the budget is the whole call's.
    assert!(took < Duration::from_millis(3500), "{took:?}");
}
