//! Durations and timestamps as people type and read them: `180d`, `180d 0h 0m 0s`, RFC 3339.

/// Parses `15552000`, `180d`, `12h`, `30m`, `90s`, `1w`, or a sum such as `1d12h`.
pub fn parse_duration(s: &str) -> Result<u64, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err("empty duration".into());
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().map_err(|_| format!("`{s}` is too large"));
    }
    let mut total: u64 = 0;
    let mut digits = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let unit: u64 = match c.to_ascii_lowercase() {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            'y' => 31_536_000,
            _ => {
                return Err(format!(
                    "`{s}` has an unknown unit `{c}`; use s, m, h, d, w or y"
                ))
            }
        };
        if digits.is_empty() {
            return Err(format!("`{s}`: a number must come before `{c}`"));
        }
        let n: u64 = digits.parse().map_err(|_| format!("`{s}` is too large"))?;
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(|| format!("`{s}` is too large"))?;
        digits.clear();
    }
    if !digits.is_empty() {
        return Err(format!("`{s}`: `{digits}` needs a unit (s, m, h, d, w, y)"));
    }
    Ok(total)
}

/// `15552000` -> `180d 0h 0m 0s`, the way the console shows validity.
pub fn format_validity(secs: u64) -> String {
    let (d, rem) = (secs / 86_400, secs % 86_400);
    format!("{d}d {}h {}m {}s", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Unix seconds -> `2023-11-14T22:13:20Z`; None outside years 0..=9999.
pub fn rfc3339(unix: i64) -> Option<String> {
    let (y, mo, d, h, mi, s) = civil(unix)?;
    Some(format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z"))
}

/// Unix seconds -> `2023-11-14 22:13:20 UTC` for human output.
pub fn human_time(unix: i64) -> String {
    match civil(unix) {
        Some((y, mo, d, h, mi, s)) => format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02} UTC"),
        None => format!("{unix} (out of range)"),
    }
}

/// Unix seconds -> `2023-11-15 06:13:20 +08:00` in the local time zone (`TZ`, else the
/// system's), for tables and other human output. The zone's rules (daylight saving included)
/// come from the zone database through chrono.
pub fn local_time(unix: i64) -> String {
    use chrono::{Local, Offset, TimeZone};
    match Local.timestamp_opt(unix, 0).single() {
        Some(t) => with_offset(unix, t.offset().fix().local_minus_utc()),
        None => human_time(unix),
    }
}

/// Unix seconds shown at a UTC offset: `2023-11-15 06:13:20 +08:00`.
pub fn with_offset(unix: i64, offset_secs: i32) -> String {
    let Some((y, mo, d, h, mi, s)) = unix.checked_add(offset_secs.into()).and_then(civil) else {
        return format!("{unix} (out of range)");
    };
    let sign = if offset_secs < 0 { '-' } else { '+' };
    let off = offset_secs.unsigned_abs();
    format!(
        "{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02} {sign}{:02}:{:02}",
        off / 3600,
        off % 3600 / 60
    )
}

/// Beijing time (UTC+8), the clock of the service's hourly chat archives.
pub const BEIJING_OFFSET: i64 = 8 * 3600;

/// Unix seconds -> the Beijing-time hour `YYYYMMDDHH` holding it.
pub fn beijing_hour(unix: i64) -> Option<String> {
    let (y, mo, d, h, _, _) = civil(unix.checked_add(BEIJING_OFFSET)?)?;
    Some(format!("{y:04}{mo:02}{d:02}{h:02}"))
}

/// Unix seconds -> `2026-11-29 14:05:00` in Beijing time (the service's `ExpireTime` form).
pub fn beijing_datetime(unix: i64) -> Option<String> {
    let (y, mo, d, h, mi, s) = civil(unix.checked_add(BEIJING_OFFSET)?)?;
    Some(format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}"))
}

/// A Beijing-time hour `YYYYMMDDHH` -> the unix second it starts; None unless it is a real
/// date and hour.
pub fn beijing_hour_start(text: &str) -> Option<i64> {
    if text.len() != 10 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<i64>().ok();
    let (y, m, d, h) = (num(0..4)?, num(4..6)?, num(6..8)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || h > 23 {
        return None;
    }
    // Days from civil (Howard Hinnant), then a round trip to refuse 30 February and the like.
    let yy = if m <= 2 { y - 1 } else { y };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let start = days * 86_400 + h * 3600 - BEIJING_OFFSET;
    (beijing_hour(start)? == text).then_some(start)
}

/// Days-from-civil inverse (Howard Hinnant's algorithm), proleptic Gregorian, UTC.
fn civil(unix: i64) -> Option<(i64, u32, u32, u32, u32, u32)> {
    const MIN: i64 = -62_167_219_200; // 0000-01-01T00:00:00Z
    const MAX: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z
    if !(MIN..=MAX).contains(&unix) {
        return None;
    }
    let days = unix.div_euclid(86_400);
    let secs = unix.rem_euclid(86_400) as u32;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    Some((y, m, d, secs / 3600, secs % 3600 / 60, secs % 60))
}

/// The wall clock in unix seconds.
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("15552000").unwrap(), 15_552_000);
        assert_eq!(parse_duration("180d").unwrap(), 15_552_000);
        assert_eq!(parse_duration("12h").unwrap(), 43_200);
        assert_eq!(parse_duration("1d12h30m5s").unwrap(), 131_405);
        assert_eq!(parse_duration(" 30M ").unwrap(), 1800);
        for bad in ["", "d", "12x", "5d3", "-5", "1.5h", "99999999999999999999d"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn validity_and_times() {
        assert_eq!(format_validity(15_552_000), "180d 0h 0m 0s");
        assert_eq!(format_validity(90_061), "1d 1h 1m 1s");
        assert_eq!(rfc3339(1_700_000_000).unwrap(), "2023-11-14T22:13:20Z");
        assert_eq!(rfc3339(0).unwrap(), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400).unwrap(), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(-1).unwrap(), "1969-12-31T23:59:59Z");
        assert_eq!(human_time(1_715_552_000), "2024-05-12 22:13:20 UTC");
        assert!(rfc3339(i64::MAX).is_none());
    }

    #[test]
    fn times_at_an_offset_show_the_zone() {
        assert_eq!(
            with_offset(1_700_000_000, 8 * 3600),
            "2023-11-15 06:13:20 +08:00"
        );
        assert_eq!(with_offset(1_700_000_000, 0), "2023-11-14 22:13:20 +00:00");
        assert_eq!(
            with_offset(1_700_000_000, -(9 * 3600 + 1800)),
            "2023-11-14 12:43:20 -09:30"
        );
        assert!(with_offset(i64::MAX, 3600).contains("out of range"));
        assert!(local_time(1_700_000_000).starts_with("2023-11-1"));
    }

    #[test]
    fn beijing_hours() {
        // 2023-11-14T22:13:20Z is 06:13:20 on the 15th in Beijing.
        assert_eq!(beijing_hour(1_700_000_000).unwrap(), "2023111506");
        assert_eq!(
            beijing_datetime(1_700_000_000).unwrap(),
            "2023-11-15 06:13:20"
        );
        let start = beijing_hour_start("2023111506").unwrap();
        assert_eq!(start, 1_700_000_000 - 13 * 60 - 20);
        assert_eq!(beijing_hour_start("2024022923"), Some(1_709_218_800));
        for bad in [
            "2023022910",
            "2023113100",
            "2023111524",
            "202311150",
            "20231115ab",
        ] {
            assert!(beijing_hour_start(bad).is_none(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn duration_parser_never_panics(s in ".{0,40}") {
            let _ = parse_duration(&s);
        }

        #[test]
        fn unit_sums_add_up(d in 0u64..10_000, h in 0u64..100, m in 0u64..100, s in 0u64..100) {
            let text = format!("{d}d{h}h{m}m{s}s");
            prop_assert_eq!(parse_duration(&text).unwrap(), d * 86_400 + h * 3600 + m * 60 + s);
        }

        #[test]
        fn rfc3339_is_well_formed(t in -62_167_219_200i64..=253_402_300_799) {
            let s = rfc3339(t).unwrap();
            prop_assert_eq!(s.len(), 20);
            prop_assert!(s.ends_with('Z'));
        }
    }
}
