//! `imctl app stats`: the console's monitoring dashboard from `openconfigsvr/getappinfo` (spec
//! §7.1): user base, message activity and group scale, day by day with the change against the
//! previous day; `-o csv` like the console's export; `--chart` for the trend.

use clap::Args;
use serde_json::{json, Map, Value};

use super::chart::{self, Glyphs};
use crate::api::wire;
use crate::api::wire::operations::{AppInfoDay, GetAppInfo, GetAppInfoRequest, APP_INFO_COUNTERS};
use crate::commands::{rest, Ctx};
use crate::error::{Error, Exit};
use crate::global::OutputFormat;
use crate::output::printable;

/// The dashboard's three panels: (heading, [(field, label)]).
const PANELS: [(&str, &[(&str, &str)]); 3] = [
    (
        "User base",
        &[
            ("ActiveUserNum", "DAU"),
            ("RegistUserNumOneDay", "New users"),
            ("RegistUserNumTotal", "Total users"),
        ],
    ),
    (
        "Message activity",
        &[
            ("C2CUpMsgNum", "C2C msgs"),
            ("GroupUpMsgNum", "Group msgs"),
            ("SendMsgUserNum", "Senders"),
            ("APNSMsgNum", "Offline pushes"),
        ],
    ),
    (
        "Group scale",
        &[
            ("GroupNewGroupNum", "New groups"),
            ("GroupSendMsgGroupNum", "Active groups"),
            ("GroupAllGroupNum", "Total groups"),
        ],
    ),
];

#[derive(Debug, Args)]
#[command(after_help = "\
The service keeps the last 30 days. Changes are against the day before each row.

Examples:
  imctl app stats
  imctl app stats --days 30 -o csv > stats.csv
  imctl app stats --from 2026-11-01 --to 2026-11-14
  imctl app stats --chart --metric C2CUpMsgNum")]
pub struct AppStatsArgs {
    /// How many of the most recent days
    #[arg(long, value_name = "N", default_value_t = 7, value_parser = days_value, conflicts_with_all = ["from", "to"])]
    pub days: u32,
    /// First day (YYYY-MM-DD or YYYYMMDD)
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    /// Last day (YYYY-MM-DD or YYYYMMDD)
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
    /// Draw the trend of one figure as a bar chart (the terminal's width, else $COLUMNS, else 80;
    /// ASCII unless the locale is UTF-8)
    #[arg(long)]
    pub chart: bool,
    /// The figure --chart draws (a getappinfo field name)
    #[arg(
        long,
        value_name = "FIELD",
        default_value = "ActiveUserNum",
        requires = "chart"
    )]
    pub metric: String,
    /// Draw the chart in plain ASCII whatever the locale
    #[arg(long, requires = "chart")]
    pub ascii: bool,
}

pub fn run(ctx: &mut Ctx, args: &AppStatsArgs) -> Result<Exit, Error> {
    let range = match (&args.from, &args.to) {
        (Some(from), Some(to)) => {
            let (from, to) = (date_arg("--from", from)?, date_arg("--to", to)?);
            if from > to {
                return Err(Error::usage("--from is after --to"));
            }
            Some((from, to))
        }
        _ => None,
    };
    let metric = if args.chart {
        if let Some(format) = ctx.out.format().filter(|f| *f != OutputFormat::Text) {
            return Err(Error::usage(format!(
                "--chart draws for a person and has no {} form: drop -o, or drop --chart to get the data",
                format!("{format:?}").to_lowercase()
            )));
        }
        Some(counter_name(&args.metric)?)
    } else {
        None
    };
    let rt = rest::runtime()?;
    let answer = rt.block_on(async {
        let session = rest::connect(ctx).await?;
        wire::call::<GetAppInfo>(&session.client, &GetAppInfoRequest::default(), &[]).await
    })?;
    let mut all = answer.result;
    // Oldest first, the way a trend reads.
    all.sort_by(|a, b| a.date.cmp(&b.date));
    let shown = select(&all, range.clone(), args.days as usize);
    if shown.is_empty() {
        return Err(Error::Failed(match range {
            Some(_) => "the service has no data for those days (it keeps the last 30)".into(),
            None => "the service returned no daily data".into(),
        }));
    }
    let days: Vec<Value> = shown
        .iter()
        .map(|(i, day)| {
            let before = i.checked_sub(1).map(|p| &all[p]);
            day_json(day, before.filter(|b| is_day_before(b, day)))
        })
        .collect();
    // A value that is not a number is said, never shown as a silent gap.
    for day in &days {
        for (field, raw) in day["Unreadable"].as_object().into_iter().flatten() {
            ctx.out.warn(&format!(
                "{}: {field} is {}, not a number; it is left out",
                printable(&iso(day["Date"].as_str().unwrap_or_default())),
                printable(&raw.to_string())
            ));
        }
    }
    if let Some(metric) = metric {
        let glyphs = if args.ascii {
            Glyphs::Ascii
        } else {
            chart::glyphs_for(|name| ctx.env.get(name).map(String::from))
        };
        let rows: Vec<(String, u64)> = shown
            .iter()
            .map(|(_, d)| {
                (
                    printable(&iso(&d.date)).into_owned(),
                    d.counter(metric).unwrap_or(0),
                )
            })
            .collect();
        let width = chart::width(ctx.env.get("COLUMNS"));
        ctx.out.line(&chart::bars(metric, &rows, width, glyphs))?;
        return Ok(Exit::Ok);
    }
    match ctx.out.format() {
        Some(OutputFormat::Json) | Some(OutputFormat::Jsonl) => {
            let value = json!({ "Days": days });
            ctx.out.object(&value, String::new)?;
        }
        Some(OutputFormat::Csv) => {
            let mut columns = vec!["Date"];
            columns.extend(
                APP_INFO_COUNTERS
                    .iter()
                    .filter(|c| days.iter().any(|d| d.get(**c).is_some())),
            );
            ctx.out.rows(&columns, &days)?;
        }
        _ => {
            for (n, (heading, fields)) in PANELS.iter().enumerate() {
                if n > 0 {
                    ctx.out.line("")?;
                }
                ctx.out.line(heading)?;
                let mut columns = vec!["Date"];
                columns.extend(fields.iter().map(|(_, label)| *label));
                let rows: Vec<Value> = days.iter().map(|d| panel_row(d, fields)).collect();
                ctx.out.rows(&columns, &rows)?;
            }
        }
    }
    Ok(Exit::Ok)
}

/// `--days`: the console's choices.
fn days_value(text: &str) -> Result<u32, String> {
    match text {
        "7" | "14" | "30" => Ok(text.parse().unwrap_or(7)),
        _ => Err("choose 7, 14 or 30 (or give --from and --to)".into()),
    }
}

/// The days to show, each with its index in `all` (so its previous day can be found).
fn select(
    all: &[AppInfoDay],
    range: Option<(String, String)>,
    days: usize,
) -> Vec<(usize, &AppInfoDay)> {
    let indexed = all.iter().enumerate();
    match range {
        Some((from, to)) => indexed
            .filter(|(_, d)| d.date >= from && d.date <= to)
            .collect(),
        None => {
            let skip = all.len().saturating_sub(days);
            indexed.skip(skip).collect()
        }
    }
}

/// Whether `before` is the calendar day just before `day` (a missing day breaks the chain:
/// no change is computed across it).
fn is_day_before(before: &AppInfoDay, day: &AppInfoDay) -> bool {
    let start = |d: &AppInfoDay| crate::units::beijing_hour_start(&format!("{}00", d.date));
    matches!((start(before), start(day)), (Some(b), Some(d)) if d - b == 86_400)
}

/// One day in the service's field names, values as numbers, and `Change` against `previous`
/// (absent when the day before is not in the answer). A field present but not a number goes
/// to `Unreadable` with the text the service sent.
fn day_json(day: &AppInfoDay, previous: Option<&AppInfoDay>) -> Value {
    let mut out = Map::new();
    out.insert("Date".into(), json!(day.date));
    let raw = serde_json::to_value(day).unwrap_or(Value::Null);
    let mut change = Map::new();
    let mut unreadable = Map::new();
    for name in APP_INFO_COUNTERS {
        let Some(value) = day.counter(name) else {
            if let Some(sent) = raw.get(name).filter(|v| !v.is_null()) {
                unreadable.insert(name.into(), sent.clone());
            }
            continue;
        };
        out.insert(name.into(), json!(value));
        if let Some(before) = previous.and_then(|p| p.counter(name)) {
            change.insert(name.into(), json!(value as i128 - before as i128));
        }
    }
    if previous.is_some() {
        out.insert("Change".into(), Value::Object(change));
    }
    if !unreadable.is_empty() {
        out.insert("Unreadable".into(), Value::Object(unreadable));
    }
    Value::Object(out)
}

/// A table row of one panel: the value and its change, e.g. `2014 (+0.6%)`.
fn panel_row(day: &Value, fields: &[(&str, &str)]) -> Value {
    let mut row = Map::new();
    row.insert(
        "Date".into(),
        json!(iso(day["Date"].as_str().unwrap_or_default())),
    );
    for (field, label) in fields {
        let cell = match day[*field].as_u64() {
            None if day["Unreadable"].get(*field).is_some() => "unreadable".to_string(),
            None => "-".to_string(),
            Some(value) => match day["Change"][*field].as_i64() {
                None | Some(0) => value.to_string(),
                Some(delta) => format!("{value} ({})", percent(value, delta)),
            },
        };
        row.insert((*label).into(), json!(cell));
    }
    Value::Object(row)
}

/// The change as a percentage of the previous day's value.
fn percent(value: u64, delta: i64) -> String {
    let before = value as i128 - delta as i128;
    if before <= 0 {
        return if delta == 0 {
            "0%".into()
        } else {
            "new".into()
        };
    }
    format!("{:+.1}%", delta as f64 * 100.0 / before as f64)
}

/// `20261129` → `2026-11-29`.
fn iso(date: &str) -> String {
    if date.len() == 8 && date.bytes().all(|b| b.is_ascii_digit()) {
        format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..])
    } else {
        date.to_string()
    }
}

/// `YYYY-MM-DD` or `YYYYMMDD` → the service's `YYYYMMDD`.
fn date_arg(flag: &str, text: &str) -> Result<String, Error> {
    let digits: String = text.chars().filter(|c| *c != '-').collect();
    let ok = digits.len() == 8
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (text.len() == 8 || text.len() == 10)
        && {
            let month: u32 = digits[4..6].parse().unwrap_or(0);
            let day: u32 = digits[6..].parse().unwrap_or(0);
            (1..=12).contains(&month) && (1..=31).contains(&day)
        };
    if ok {
        Ok(digits)
    } else {
        Err(Error::usage(format!(
            "{flag} {text}: give a date as YYYY-MM-DD (or YYYYMMDD)"
        )))
    }
}

/// A getappinfo counter name, matched case-insensitively.
fn counter_name(text: &str) -> Result<&'static str, Error> {
    APP_INFO_COUNTERS
        .iter()
        .find(|c| c.eq_ignore_ascii_case(text))
        .copied()
        .ok_or_else(|| {
            Error::usage(format!(
                "--metric {text}: not a getappinfo figure; one of: {}",
                APP_INFO_COUNTERS.join(", ")
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(date: &str, dau: &str) -> AppInfoDay {
        AppInfoDay {
            date: date.into(),
            active_user_num: Some(dau.into()),
            ..AppInfoDay::default()
        }
    }

    #[test]
    fn changes_are_against_the_previous_day_and_absent_for_the_first() {
        let a = day("20261127", "100");
        let b = day("20261128", "90");
        let first = day_json(&a, None);
        assert!(first.get("Change").is_none());
        assert_eq!(first["ActiveUserNum"], 100);
        let second = day_json(&b, Some(&a));
        assert_eq!(second["Change"]["ActiveUserNum"], -10);
        let row = panel_row(&second, PANELS[0].1);
        assert_eq!(row["DAU"], "90 (-10.0%)");
        assert_eq!(row["New users"], "-");
    }

    #[test]
    fn no_change_across_a_missing_day_and_unreadable_values_are_named() {
        let a = day("20261126", "100");
        let c = day("20261128", "300");
        assert!(!is_day_before(&a, &c));
        assert!(is_day_before(&day("20261130", "1"), &day("20261201", "1")));
        assert!(is_day_before(&day("20240228", "1"), &day("20240229", "1")));
        let odd = day("20261129", "lots");
        let shown = day_json(&odd, None);
        assert!(shown.get("ActiveUserNum").is_none());
        assert_eq!(shown["Unreadable"]["ActiveUserNum"], "lots");
        assert_eq!(panel_row(&shown, PANELS[0].1)["DAU"], "unreadable");
    }

    #[test]
    fn the_last_n_days_or_a_date_range() {
        let all: Vec<AppInfoDay> = (20..=29).map(|d| day(&format!("202611{d}"), "1")).collect();
        let last = select(&all, None, 7);
        assert_eq!(last.len(), 7);
        assert_eq!(last[0].0, 3);
        let range = select(&all, Some(("20261122".into(), "20261124".into())), 7);
        assert_eq!(range.len(), 3);
        assert_eq!(select(&all, None, 30).len(), 10);
    }

    #[test]
    fn dates_and_metrics_are_checked() {
        assert_eq!(date_arg("--from", "2026-11-01").unwrap(), "20261101");
        assert_eq!(date_arg("--from", "20261101").unwrap(), "20261101");
        for bad in ["2026-13-01", "2026-1-1", "yesterday", "2026-11-01T00", ""] {
            assert!(date_arg("--from", bad).is_err(), "{bad}");
        }
        assert_eq!(counter_name("activeusernum").unwrap(), "ActiveUserNum");
        assert!(counter_name("Nope")
            .unwrap_err()
            .to_string()
            .contains("ActiveUserNum"));
        assert_eq!(percent(0, 0), "0%");
        assert_eq!(percent(5, 5), "new");
        assert_eq!(percent(110, 10), "+10.0%");
    }
}
