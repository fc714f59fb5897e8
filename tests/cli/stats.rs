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
