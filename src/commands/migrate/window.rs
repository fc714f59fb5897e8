//! The message window: `--since`/`--until` (default: the 7 days `get_history` keeps) as Unix
//! seconds and the Beijing hours whose archives cover it.

use crate::commands::logs::filters::parse_time;
use crate::error::Error;
use crate::units::{beijing_hour, beijing_hour_start};

/// How far back the service keeps the hourly archives.
pub const KEPT: i64 = 7 * 86_400;

/// `[since, until)` from the flags; `until` defaults to `now`, `since` to 7 days before it.
pub fn window(since: Option<&str>, until: Option<&str>, now: i64) -> Result<(i64, i64), Error> {
    let at = |flag: &str, text: &str| {
        parse_time(text, now).map_err(|m| Error::usage(format!("{flag}: {m}")))
    };
    let until = until
        .map(|t| at("--until", t))
        .transpose()?
        .unwrap_or(now + 1);
    let since = since
        .map(|t| at("--since", t))
        .transpose()?
        .unwrap_or(now - KEPT);
    if since >= until {
        return Err(Error::usage("--since must be before --until"));
    }
    Ok((since, until))
}

/// The Beijing hours (`YYYYMMDDHH`) that overlap `[since, until)`, oldest first.
pub fn hours(since: i64, until: i64) -> Vec<String> {
    let mut out = Vec::new();
    let Some(mut start) = beijing_hour(since).and_then(|h| beijing_hour_start(&h)) else {
        return out;
    };
    while start < until {
        if let Some(h) = beijing_hour(start) {
            out.push(h);
        }
        start += 3600;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hours_cover_the_window_in_beijing_time() {
        // 2026-11-29 00:30 UTC is 08:30 in Beijing.
        let since = 1_795_912_200;
        assert_eq!(beijing_hour(since).unwrap(), "2026112908");
        assert_eq!(hours(since, since + 3600), ["2026112908", "2026112909"]);
        assert_eq!(hours(since, since + 1), ["2026112908"]);
    }

    #[test]
    fn the_default_window_is_the_seven_days_kept() {
        assert_eq!(
            window(None, None, 1_000_000).unwrap(),
            (1_000_000 - KEPT, 1_000_001)
        );
        assert!(window(Some("1h"), Some("2h"), 1_000_000).is_err());
    }
}
