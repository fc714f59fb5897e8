//! `imctl app doctor` against the emulator on loopback: everything fine, a wrong key, a wrong
//! SDKAppID, a non-admin identifier, a skewed clock (`--now`), nothing listening, plain HTTP
//! behind https://, proxies ignored for loopback, and `--ca-cert` for every command.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{
    assert_snapshot, redact_volatile, stdout_json, text, Emulator, Sandbox, DEMO_KEY,
};

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Doctor against `emu` with the demo app, `extra` flags after.
fn doctor(sb: &Sandbox, emu: &Emulator, extra: &[&str]) -> std::process::Output {
    emu.cmd(sb)
        .args(["app", "doctor"])
        .args(extra)
        .output()
        .unwrap()
}

/// The emulator with the admin imported, so that every check can be ok.
fn emulator_with_admin(sb: &Sandbox) -> Emulator {
    let emu = Emulator::start(sb, &[]);
    let out = emu
        .cmd(sb)
        .args(["account", "import", "administrator"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    emu
}

fn check<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["Checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["Name"] == name)
        .unwrap_or_else(|| panic!("no check {name} in {report}"))
}

fn statuses(report: &Value) -> Vec<(String, String)> {
    report["Checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["Name"].as_str().unwrap().to_string(),
                c["Status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The human form with what changes per run replaced: the emulator's URL, latencies, and the
/// clock line's detail (the server's `Date` has one-second steps).
fn stable_human(out: &str, url: &str, config: &str) -> String {
    out.replace(url, "http://127.0.0.1:PORT")
        .replace(config, "CONFIG")
        .lines()
        .map(|line| {
            let line = match line.find(" answered in ") {
                Some(i) => {
                    let rest = &line[i + " answered in ".len()..];
                    let digits = rest.chars().take_while(char::is_ascii_digit).count();
                    format!("{} answered in N{}", &line[..i], &rest[digits..])
                }
                None => line.to_string(),
            };
            if line.starts_with("ok    clock") {
                "ok    clock        <the local clock within 60 s of the emulator's Date>".into()
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn all_ok_against_the_emulator_with_snapshots() {
    let sb = Sandbox::new();
    let emu = emulator_with_admin(&sb);

    let out = doctor(&sb, &emu, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let human = text(&out.stdout);
    assert!(!human.contains(DEMO_KEY) && !text(&out.stderr).contains(DEMO_KEY));
    let config = sb.config_path().display().to_string();
    assert_snapshot("app-doctor.txt", &stable_human(&human, &emu.url, &config));

    let out = doctor(&sb, &emu, &["-o", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let report = stdout_json(&out);
    assert_eq!(report["Result"], "ok");
    assert_eq!(
        statuses(&report),
        [
            ("profile", "ok"),
            ("clock", "ok"),
            ("proxy", "ok"),
            ("tls", "skip"),
            ("network", "ok"),
            ("credentials", "ok"),
            ("admin", "ok"),
        ]
        .map(|(n, s)| (n.to_string(), s.to_string()))
    );
    assert!(
        check(&report, "clock")["Data"]["SkewSeconds"]
            .as_i64()
            .unwrap()
            .abs()
            <= 2
    );
    assert_eq!(check(&report, "admin")["Data"]["AccountStatus"], "Imported");
    assert_eq!(
        check(&report, "profile")["Data"]["Sources"]["Key"],
        "--key-file"
    );
    let stable = serde_json::to_string(&report)
        .unwrap()
        .replace(&emu.url, "http://127.0.0.1:PORT")
        .replace(&config, "CONFIG");
    let mut report: Value = serde_json::from_str(&stable).unwrap();
    for name in ["clock", "network"] {
        let detail = report["Checks"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|c| c["Name"] == name)
            .unwrap();
        detail["Detail"] = Value::from("<redacted>");
    }
    redact_volatile(
        &mut report,
        &["LatencyMs", "SkewSeconds", "ServerTime", "LocalTime"],
    );
    assert_snapshot(
        "app-doctor.json",
        &(serde_json::to_string_pretty(&report).unwrap() + "\n"),
    );

    // The same rows as a table and CSV.
    let out = doctor(&sb, &emu, &["-o", "csv"]);
    let csv = text(&out.stdout);
    assert!(
        csv.starts_with("Name,Status,Detail,Fix\nprofile,ok,"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 8);
}

#[test]
fn a_wrong_key_fails_in_plain_words_and_never_shows_a_key() {
    let sb = Sandbox::new();
    let emu = emulator_with_admin(&sb);
    let wrong = "0123456789abcdef".repeat(4);
    let wrong_file = sb.file("wrong.key", &wrong);
    let out = sb
        .cmd()
        .args([
            "--endpoint",
            &emu.url,
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(&wrong_file)
        .args(["app", "doctor", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = stdout_json(&out);
    assert_eq!(report["Result"], "fail");
    let key = check(&report, "credentials");
    assert_eq!(key["Status"], "fail");
    assert_eq!(key["Data"]["ErrorCode"], 70009);
    let detail = key["Detail"].as_str().unwrap();
    assert!(
        detail.contains("the key does not belong to SDKAppID 1400000000"),
        "{detail}"
    );
    assert!(key["Fix"].as_str().unwrap().contains("console"));
    assert_eq!(check(&report, "admin")["Status"], "skip");
    let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(!all.contains(&wrong) && !all.contains(DEMO_KEY));
    assert!(!all.to_lowercase().contains("usersig="), "{all}");

    // The human form names the check and its fix.
    let out = sb
        .cmd()
        .args([
            "--endpoint",
            &emu.url,
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(&wrong_file)
        .args(["app", "doctor"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let human = text(&out.stdout);
    assert!(
        human.contains("fail  credentials  ErrorCode 70009: the key does not belong"),
        "{human}"
    );
    assert!(
        human.contains("fix: copy the key of SDKAppID 1400000000"),
        "{human}"
    );
    assert!(
        human.ends_with("result: fail (4 ok, 1 fail, 2 skip)\n"),
        "{human}"
    );
}

#[test]
fn a_wrong_sdkappid_or_a_non_admin_is_named() {
    let sb = Sandbox::new();
    let emu = emulator_with_admin(&sb);
    let out = doctor(&sb, &emu, &["--sdkappid", "1400000001", "-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report = stdout_json(&out);
    let key = check(&report, "credentials");
    assert_eq!(key["Data"]["ErrorCode"], 70020);
    assert!(key["Detail"]
        .as_str()
        .unwrap()
        .contains("SDKAppID 1400000001 is unknown"));
    assert!(key["Fix"].as_str().unwrap().contains("--region"));

    let out = doctor(&sb, &emu, &["--admin", "bob", "-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report = stdout_json(&out);
    let admin = check(&report, "admin");
    assert_eq!(admin["Status"], "fail");
    assert!(admin["Detail"]
        .as_str()
        .unwrap()
        .contains("`bob`: ErrorCode 70403: the identifier is not an app admin"));
    assert_eq!(check(&report, "credentials")["Status"], "skip");
    assert_eq!(
        check(&report, "profile")["Data"]["Sources"]["Admin"],
        "--admin"
    );
}

#[test]
fn an_admin_that_was_never_imported_is_a_warning_not_a_failure() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let out = doctor(&sb, &emu, &["-o", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let report = stdout_json(&out);
    assert_eq!(report["Result"], "warn");
    let admin = check(&report, "admin");
    assert_eq!(admin["Status"], "warn");
    assert!(admin["Fix"]
        .as_str()
        .unwrap()
        .contains("imctl account import administrator"));
}

#[test]
fn a_skewed_clock_warns_then_fails() {
    let sb = Sandbox::new();
    let emu = emulator_with_admin(&sb);
    let run = |offset: i64| {
        let at = (now() + offset).to_string();
        let out = doctor(&sb, &emu, &["--now", &at, "-o", "json"]);
        (out.status.code(), stdout_json(&out))
    };
    let (code, report) = run(-150);
    assert_eq!(code, Some(0));
    let clock = check(&report, "clock");
    assert_eq!(clock["Status"], "warn");
    assert!(clock["Detail"].as_str().unwrap().contains("behind"));
    assert!((-152..=-148).contains(&clock["Data"]["SkewSeconds"].as_i64().unwrap()));

    let (code, report) = run(600);
    assert_eq!(code, Some(1));
    let clock = check(&report, "clock");
    assert_eq!(clock["Status"], "fail");
    assert!(clock["Detail"].as_str().unwrap().contains("ahead"));
    assert!(clock["Fix"].as_str().unwrap().contains("time sync"));

    let (code, report) = run(-2 * 3600);
    assert_eq!(code, Some(1));
    let clock = check(&report, "clock");
    assert_eq!(clock["Status"], "fail");
    assert!(
        clock["Detail"].as_str().unwrap().contains("70001"),
        "{clock}"
    );
}

#[test]
fn nothing_listening_fails_fast_and_skips_what_depends_on_it() {
    let sb = Sandbox::new();
    let url = crate::common::closed_url();
    let started = Instant::now();
    let out = sb
        .cmd()
        .args(["--endpoint", &url, "--sdkappid", "1400000000", "--key-file"])
        .arg(sb.key_file())
        .args(["app", "doctor", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(out.status.code(), Some(1));
    let report = stdout_json(&out);
    let network = check(&report, "network");
    assert_eq!(network["Status"], "fail");
    assert!(network["Detail"]
        .as_str()
        .unwrap()
        .contains("did not answer"));
    assert!(network["Fix"].as_str().unwrap().contains("imctl emulator"));
    assert_eq!(network["Data"]["Hosts"][0]["Answered"], false);
    for name in ["clock", "credentials", "admin"] {
        assert_eq!(check(&report, name)["Status"], "skip", "{name}");
    }
}

#[test]
fn plain_http_behind_an_https_url_is_a_tls_failure() {
    let sb = Sandbox::new();
    let emu = emulator_with_admin(&sb);
    let https = emu.url.replace("http://", "https://");
    let out = doctor(&sb, &emu, &["--endpoint", &https, "-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report = stdout_json(&out);
    let tls = check(&report, "tls");
    assert_eq!(tls["Status"], "fail", "{tls}");
    assert!(tls["Detail"].as_str().unwrap().contains("not with TLS"));
}

#[test]
fn proxies_are_reported_and_never_used_for_loopback() {
    let sb = Sandbox::new();
    let emu = emulator_with_admin(&sb);
    let out = emu
        .cmd(&sb)
        .env("HTTPS_PROXY", "http://127.0.0.1:9")
        .env("HTTP_PROXY", "http://127.0.0.1:9")
        .env("ALL_PROXY", "http://127.0.0.1:9")
        .args(["app", "doctor", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let report = stdout_json(&out);
    let proxy = check(&report, "proxy");
    assert_eq!(proxy["Data"]["Route"], "direct");
    assert!(proxy["Detail"].as_str().unwrap().contains("loopback"));
}

#[test]
fn missing_credentials_fail_the_profile_check_without_a_call() {
    let sb = Sandbox::new();
    let emu = emulator_with_admin(&sb);
    let out = sb
        .cmd()
        .args(["--endpoint", &emu.url, "app", "doctor", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = stdout_json(&out);
    let profile = check(&report, "profile");
    assert_eq!(profile["Status"], "fail");
    assert!(profile["Detail"]
        .as_str()
        .unwrap()
        .ends_with("no SDKAppID and no secret key given"));
    assert_eq!(check(&report, "network")["Status"], "ok");
    assert_eq!(check(&report, "credentials")["Status"], "skip");
}

#[test]
fn ca_cert_files_are_checked_for_every_command() {
    let sb = Sandbox::new();
    let emu = emulator_with_admin(&sb);
    let good = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/test-ca.pem");

    let out = doctor(
        &sb,
        &emu,
        &["--ca-cert", good.to_str().unwrap(), "-o", "json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = stdout_json(&out);
    let tls = check(&report, "tls");
    assert_eq!(tls["Data"]["ExtraCertificates"], 1);
    assert_eq!(tls["Data"]["CaFile"], good.to_str().unwrap());
    // Any REST command accepts it (the emulator is plain HTTP: the roots are only loaded).
    let out = emu
        .cmd(&sb)
        .env("IMCTL_CA_CERT", &good)
        .args(["account", "check", "administrator"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    let not_pem = sb.file("not.pem", "hello\n");
    let garbage = sb.file(
        "garbage.pem",
        "-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n",
    );
    let missing = sb.path().join("missing.pem");
    for (file, why) in [
        (&not_pem, "no PEM CERTIFICATE block"),
        (&garbage, "not a usable X.509"),
        (&missing, "cannot read"),
    ] {
        for args in [
            vec!["app", "doctor"],
            vec!["account", "check", "administrator"],
        ] {
            let out = emu
                .cmd(&sb)
                .arg("--ca-cert")
                .arg(file)
                .args(&args)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(3), "{args:?} {why}");
            let err = text(&out.stderr);
            assert!(err.contains(why) && err.contains("--ca-cert"), "{err}");
            assert!(out.stdout.is_empty());
        }
    }
    let out = emu
        .cmd(&sb)
        .env("IMCTL_CA_CERT", &not_pem)
        .args(["app", "doctor"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("IMCTL_CA_CERT"));
}
