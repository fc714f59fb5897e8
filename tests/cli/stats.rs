//! `imctl app stats` and `imctl app ip-list` against the emulator, which answers getappinfo from
//! its own state: a seeded day, the CSV against the JSON, ranges, the chart, and GetIPList.

use serde_json::Value;

use crate::common::{assert_snapshot, stdout_json, text, Emulator, Sandbox};

/// Three accounts imported and two C2C messages sent today.
fn seeded() -> (Sandbox, Emulator) {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    for user in ["alice", "bob", "carol"] {
        emu.cmd(&sb)
            .args(["account", "import", user])
            .assert()
            .success();
    }
    for _ in 0..2 {
        let out = emu
            .std_cmd(&sb)
            .args(["push-check", "alice", "--send-test", "--desc", "d"])
            .output()
            .unwrap();
        // alice is Offline: the message is stored, the check exits 1.
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    }
    (sb, emu)
}

fn stats_json(emu: &Emulator, sb: &Sandbox, args: &[&str]) -> Vec<Value> {
    let out = emu
        .std_cmd(sb)
        .args(["app", "stats", "-o", "json"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    stdout_json(&out)["Days"].as_array().unwrap().clone()
}

#[test]
fn a_seeded_day_shows_in_json_and_csv_alike() {
    let (sb, emu) = seeded();
    let days = stats_json(&emu, &sb, &[]);
    assert_eq!(days.len(), 7);
    let today = days.last().unwrap();
    assert_eq!(today["RegistUserNumOneDay"], 3, "{today}");
    assert_eq!(today["RegistUserNumTotal"], 3);
    assert_eq!(today["C2CUpMsgNum"], 2);
    assert_eq!(today["Change"]["C2CUpMsgNum"], 2);
    // Oldest first, one day apart.
    let dates: Vec<&str> = days.iter().map(|d| d["Date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);

    let out = emu
        .std_cmd(&sb)
        .args(["app", "stats", "-o", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let csv = text(&out.stdout);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header[0], "Date");
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), days.len());
    for (row, day) in rows.iter().zip(&days) {
        for (column, cell) in header.iter().zip(row) {
            let expected = match &day[*column] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            assert_eq!(*cell, expected, "{column} on {}", day["Date"]);
        }
    }
}

#[test]
fn days_and_date_ranges_choose_the_rows() {
    let (sb, emu) = seeded();
    assert_eq!(stats_json(&emu, &sb, &["--days", "14"]).len(), 14);
    let month = stats_json(&emu, &sb, &["--days", "30"]);
    assert_eq!(month.len(), 30);
    let first = month[10]["Date"].as_str().unwrap().to_string();
    let last = month[12]["Date"].as_str().unwrap().to_string();
    let iso = |d: &str| format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]);
    let range = stats_json(&emu, &sb, &["--from", &iso(&first), "--to", &last]);
    assert_eq!(range.len(), 3);
    assert_eq!(range[0]["Date"].as_str(), Some(first.as_str()));

    for bad in [
        vec!["--days", "5"],
        vec!["--from", &last, "--to", &first],
        vec!["--from", "yesterday", "--to", &last],
        vec!["--from", &first],
        vec!["--chart", "--metric", "Nope"],
    ] {
        let out = emu
            .std_cmd(&sb)
            .args(["app", "stats"])
            .args(&bad)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}: {}", text(&out.stderr));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn the_chart_fits_80_columns_in_unicode_and_ascii() {
    let (sb, emu) = seeded();
    let chart = |extra: &[&str], lang: &str| {
        let out = emu
            .std_cmd(&sb)
            .env_remove("COLUMNS")
            .env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_CTYPE")
            .args(["app", "stats", "--chart", "--metric", "RegistUserNumTotal"])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let unicode = chart(&[], "en_US.UTF-8");
    let ascii = chart(&["--ascii"], "en_US.UTF-8");
    assert_eq!(chart(&[], "C"), ascii, "a non-UTF-8 locale gets ASCII");
    for drawn in [&unicode, &ascii] {
        assert!(drawn.lines().all(|l| l.chars().count() <= 80), "{drawn}");
    }
    assert!(unicode.contains('█'));
    // Dates change every day; the drawing does not.
    let undated = |s: &str| {
        s.lines()
            .map(|l| match l.split_once(' ') {
                Some((date, rest)) if date.len() == 10 && date.as_bytes()[4] == b'-' => {
                    format!("YYYY-MM-DD {rest}")
                }
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_snapshot(
        "app-stats-chart.txt",
        &format!("{}\n\n{}\n", undated(&unicode), undated(&ascii)),
    );
}

#[test]
fn ip_list_prints_one_address_a_line_or_the_json_shape() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let out = emu.std_cmd(&sb).args(["app", "ip-list"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "127.0.0.1\n");
    let out = emu
        .std_cmd(&sb)
        .args(["app", "ip-list", "--nettype", "callback-cn", "-o", "json"])
        .output()
        .unwrap();
    let json = stdout_json(&out);
    assert_eq!(json["NetType"], 5);
    assert_eq!(json["IPList"][0], "127.0.0.1");
    let out = emu
        .std_cmd(&sb)
        .args(["app", "ip-list", "--nettype", "7"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// `imctl app stats ARGS` against a stand-in whose getappinfo answer is `days`.
fn stats_from(days: &str, args: &[&str]) -> std::process::Output {
    let sb = Sandbox::new();
    let answer = format!(r#"{{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","Result":{days}}}"#);
    let stub =
        crate::common::Stub::raw(move |_, stream| crate::common::Stub::write_json(stream, &answer));
    sb.std_cmd()
        .env_remove("COLUMNS")
        .args([
            "--endpoint",
            &stub.url,
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(sb.key_file())
        .args(["app", "stats"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn no_change_is_computed_across_a_missing_day() {
    let days = r#"[{"Date":"20261125","ActiveUserNum":"100"},
                   {"Date":"20261128","ActiveUserNum":"300"},
                   {"Date":"20261129","ActiveUserNum":"330"}]"#;
    let out = stats_from(days, &["-o", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json = stdout_json(&out);
    let shown = json["Days"].as_array().unwrap();
    assert!(shown[1].get("Change").is_none(), "{}", shown[1]);
    assert_eq!(shown[2]["Change"]["ActiveUserNum"], 30);
    let out = stats_from(days, &[]);
    let table = text(&out.stdout);
    assert!(!table.contains("+200"), "{table}");
    assert!(table.contains("330 (+10.0%)"), "{table}");
}

#[test]
fn a_value_that_is_not_a_number_is_said() {
    let days = r#"[{"Date":"20261128","ActiveUserNum":"n/a","C2CUpMsgNum":"5"}]"#;
    let out = stats_from(days, &["-o", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json = stdout_json(&out);
    assert_eq!(json["Days"][0]["Unreadable"]["ActiveUserNum"], "n/a");
    assert!(json["Days"][0].get("ActiveUserNum").is_none());
    let err = text(&out.stderr);
    assert!(
        err.contains("2026-11-28: ActiveUserNum is \"n/a\", not a number"),
        "{err}"
    );
    let out = stats_from(days, &[]);
    assert!(
        text(&out.stdout).contains("unreadable"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn the_chart_refuses_a_data_format_and_follows_the_width() {
    let days =
        r#"[{"Date":"20261128","ActiveUserNum":"10"},{"Date":"20261129","ActiveUserNum":"20"}]"#;
    for format in ["json", "csv", "table", "jsonl"] {
        let out = stats_from(days, &["--chart", "-o", format]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert!(out.stdout.is_empty());
        assert!(
            text(&out.stderr).contains("--chart"),
            "{}",
            text(&out.stderr)
        );
    }
    let sb = Sandbox::new();
    let answer = format!(r#"{{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","Result":{days}}}"#);
    let stub =
        crate::common::Stub::raw(move |_, stream| crate::common::Stub::write_json(stream, &answer));
    let out = sb
        .std_cmd()
        .env("COLUMNS", "120")
        .args([
            "--endpoint",
            &stub.url,
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(sb.key_file())
        .args(["app", "stats", "--chart", "--ascii"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let chart = text(&out.stdout);
    let widest = chart.lines().map(|l| l.chars().count()).max().unwrap();
    assert_eq!(widest, 120, "{chart}");
}

#[test]
fn ip_list_prints_only_addresses_and_blocks_and_fails_on_the_rest() {
    let sb = Sandbox::new();
    let stub = crate::common::Stub::raw(|_, stream| {
        crate::common::Stub::write_json(
            stream,
            r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","IPList":["203.0.113.0/25","; rm -rf / #","999.1.1.1","2001:db8::/32"]}"#,
        )
    });
    let run = |extra: &[&str]| {
        sb.std_cmd()
            .args([
                "--endpoint",
                &stub.url,
                "--sdkappid",
                "1400000000",
                "--key-file",
            ])
            .arg(sb.key_file())
            .args(["app", "ip-list"])
            .args(extra)
            .output()
            .unwrap()
    };
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "203.0.113.0/25\n2001:db8::/32\n");
    let err = text(&out.stderr);
    assert!(
        err.contains("left out `; rm -rf / #`") && err.contains("999.1.1.1"),
        "{err}"
    );
    let out = run(&["-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let json = stdout_json(&out);
    assert_eq!(json["IPList"].as_array().unwrap().len(), 2);
    assert_eq!(json["Rejected"][1], "999.1.1.1");
}
