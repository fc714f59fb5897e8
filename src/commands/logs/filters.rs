//! The filters `logs query` and `logs tail` share, and the times `--since`/`--until` accept.

use clap::{Args, ValueEnum};

use crate::error::Error;
use crate::store::{LogFilter, LogKind};
use crate::units::parse_duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// REST calls imctl made
    Rest,
    /// Callback requests `callback listen` received
    Callback,
}

#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only REST calls or only callback events
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// An endpoint (sendmsg, openim/sendmsg, v4/openim/sendmsg) or a CallbackCommand, any case
    #[arg(long, value_name = "NAME")]
    pub event: Option<String>,
    /// Entries involving this user (sender, receiver, operator, member...)
    #[arg(long, value_name = "USERID")]
    pub user: Option<String>,
    /// Entries whose receiver or group is this ID
    #[arg(long, value_name = "ID_OR_GROUP")]
    pub peer: Option<String>,
    /// Entries that ended with this ErrorCode (0 for successes)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub error_code: Option<i64>,
}

impl FilterArgs {
    pub fn to_filter(&self) -> Result<LogFilter, Error> {
        for (flag, value) in [
            ("--event", &self.event),
            ("--user", &self.user),
            ("--peer", &self.peer),
        ] {
            if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                return Err(Error::usage(format!("{flag} is empty")));
            }
        }
        Ok(LogFilter {
            kind: self.kind.map(|k| match k {
                KindArg::Rest => LogKind::Rest,
                KindArg::Callback => LogKind::Callback,
            }),
            event: self.event.as_ref().map(|e| e.trim().to_string()),
            user: self.user.clone(),
            peer: self.peer.clone(),
            error_code: self.error_code,
            since: None,
            until: None,
        })
    }
}

/// A point in time as `--since`/`--until` take it: a duration ago (`30m`, `3d`, `1d12h`), an
/// RFC 3339 time (`2024-05-01T08:00:00Z`, `…+08:00`), or a date (`2024-05-01`, midnight UTC).
pub fn parse_time(s: &str, now: i64) -> Result<i64, String> {
    let s = s.trim();
    if s.len() >= 10 && s.as_bytes()[4] == b'-' {
        return parse_rfc3339(s);
    }
    if s.bytes().all(|b| b.is_ascii_digit()) && !s.is_empty() {
        return Err(format!(
            "`{s}` needs a unit (3d, 12h, 30m) or must be an RFC 3339 time such as 2024-05-01T08:00:00Z"
        ));
    }
    let ago = parse_duration(s)?;
    i64::try_from(ago)
        .ok()
        .and_then(|ago| now.checked_sub(ago))
        .ok_or_else(|| format!("`{s}` is too long ago"))
}

/// `YYYY-MM-DD`, or `YYYY-MM-DD[T ]HH:MM[:SS[.frac]]` followed by `Z` or `±HH:MM`.
fn parse_rfc3339(s: &str) -> Result<i64, String> {
    let bad = || {
        format!("`{s}` is not a time such as 2024-05-01T08:00:00Z, 2024-05-01T16:00:00+08:00 or 2024-05-01")
    };
    let num = |t: &str| -> Result<i64, String> {
        if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        t.parse().map_err(|_| bad())
    };
    let (Some(date), Some(rest)) = (s.get(..10), s.get(10..)) else {
        return Err(bad());
    };
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    if (y.len(), m.len(), d.len()) != (4, 2, 2) {
        return Err(bad());
    }
    let (y, m, d) = (num(y)?, num(m)?, num(d)?);
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return Err(bad());
    }
    let day = days_from_civil(y, m, d) * 86_400;
    if rest.is_empty() {
        return Ok(day);
    }
    let rest = rest.strip_prefix(['T', 't', ' ']).ok_or_else(bad)?;
    let zone_at = rest.find(['Z', 'z', '+', '-']).ok_or_else(|| {
        format!("`{s}` has no time zone: add Z for UTC or an offset such as +08:00")
    })?;
    let (clock, zone) = rest.split_at(zone_at);
    let clock = clock.split('.').next().unwrap_or_default();
    let fields: Vec<&str> = clock.split(':').collect();
    let (h, mi, sec) = match fields.as_slice() {
        [h, mi] => (num(h)?, num(mi)?, 0),
        [h, mi, sec] => (num(h)?, num(mi)?, num(sec)?),
        _ => return Err(bad()),
    };
    if h > 23 || mi > 59 || sec > 60 {
        return Err(bad());
    }
    let offset = match zone {
        "Z" | "z" => 0,
        _ => {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let (oh, om) = zone[1..].split_once(':').ok_or_else(bad)?;
            if (oh.len(), om.len()) != (2, 2) {
                return Err(bad());
            }
            let (oh, om) = (num(oh)?, num(om)?);
            if oh > 23 || om > 59 {
                return Err(bad());
            }
            sign * (oh * 3600 + om * 60)
        }
    };
    Ok(day + h * 3600 + mi * 60 + sec.min(59) - offset)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::rfc3339;
    use proptest::prelude::*;

    const NOW: i64 = 1_700_000_000;

    #[test]
    fn durations_count_back_from_now() {
        assert_eq!(parse_time("3d", NOW).unwrap(), NOW - 3 * 86_400);
        assert_eq!(parse_time("90m", NOW).unwrap(), NOW - 5400);
        assert_eq!(parse_time("1d12h", NOW).unwrap(), NOW - 129_600);
        assert!(parse_time("3", NOW).unwrap_err().contains("needs a unit"));
        assert!(parse_time("", NOW).is_err());
        assert!(parse_time("3x", NOW).is_err());
    }

    #[test]
    fn rfc3339_times_and_dates() {
        assert_eq!(parse_time("2023-11-14T22:13:20Z", NOW).unwrap(), NOW);
        assert_eq!(parse_time("2023-11-15T06:13:20+08:00", NOW).unwrap(), NOW);
        assert_eq!(
            parse_time("2023-11-14T17:13:20.123-05:00", NOW).unwrap(),
            NOW
        );
        assert_eq!(parse_time("2023-11-14 22:13Z", NOW).unwrap(), NOW - 20);
        assert_eq!(parse_time("2023-11-14", NOW).unwrap(), 1_699_920_000);
        assert_eq!(parse_time("1970-01-01", NOW).unwrap(), 0);
        assert_eq!(
            parse_time("2024-02-29T00:00:00Z", NOW).unwrap(),
            1_709_164_800
        );
        for bad in [
            "2023-02-29",
            "2023-13-01",
            "2023-11-14T22:13:20",
            "2023-11-14T25:00:00Z",
            "2023-11-14T22:13:20+8",
            "2023-11-14X22:13Z",
            "20231-11-14",
            "2023-1-014",
        ] {
            assert!(parse_time(bad, NOW).is_err(), "{bad}");
        }
        assert!(parse_time("2023-11-14T22:13:20", NOW)
            .unwrap_err()
            .contains("time zone"));
    }

    proptest! {
        #[test]
        fn times_read_back_what_rfc3339_writes(t in 0i64..253_402_300_799) {
            prop_assert_eq!(parse_time(&rfc3339(t).unwrap(), NOW).unwrap(), t);
        }

        #[test]
        fn parsing_never_panics(s in ".{0,40}") {
            let _ = parse_time(&s, NOW);
        }
    }
}
