//! Which hour `logs history` reads: `--hour` (the service's Beijing-time `YYYYMMDDHH`), a
//! local-time form (`--since 2h`, an RFC 3339 time with its offset) converted and shown, or by
//! default the last complete hour; and, when the service has no archive, the hour the user
//! probably meant.

use crate::units::{beijing_hour, beijing_hour_start, human_time, rfc3339, BEIJING_OFFSET};

/// `YYYYMMDDHH` naming a real date and hour (no 30 February): the `--hour` value parser.
pub fn hour_value(text: &str) -> Result<String, String> {
    if beijing_hour_start(text).is_some() {
        return Ok(text.to_string());
    }
    let shaped = text.len() == 10 && text.bytes().all(|b| b.is_ascii_digit());
    Err(if shaped {
        format!("{text} is not a real date and hour; give the hour as YYYYMMDDHH, e.g. 2026112821")
    } else {
        "give the hour as YYYYMMDDHH, e.g. 2026112821".into()
    })
}

/// The hour chosen, and how it was chosen (for the status line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    pub hour: String,
    /// Said on stderr before the call: what the hour is in UTC, and where it came from.
    pub note: String,
}

/// `--hour` as given, the Beijing hour holding `since` (unix), or the last complete hour.
pub fn choose(hour: Option<&str>, since: Option<i64>, now: i64) -> Option<Chosen> {
    let (hour, source) = match (hour, since) {
        (Some(h), _) => (h.to_string(), "--hour, Beijing time"),
        (None, Some(t)) => (beijing_hour(t)?, "--since"),
        (None, None) => (beijing_hour(now - 3600)?, "the last complete hour"),
    };
    let start = beijing_hour_start(&hour)?;
    Some(Chosen {
        note: format!(
            "reading hour {hour} (Beijing time, UTC+8; {source}): {} to {}",
            human_time(start),
            rfc3339(start + 3599)
                .map(|t| t[11..19].to_string() + " UTC")
                .unwrap_or_default()
        ),
        hour,
    })
}

/// Why an hour has no archive and which hour was probably meant, for ErrorCode 1004.
pub fn suggestion(hour: &str, now: i64) -> String {
    let Some(start) = beijing_hour_start(hour) else {
        return String::new();
    };
    let last_ready = beijing_hour(now - 7200).unwrap_or_default();
    if start + 3600 > now {
        return format!(
            "; {hour} has not ended yet in Beijing time (UTC+8): its archive is ready about an hour after it ends; try --hour {last_ready}"
        );
    }
    if start + 7200 > now {
        return format!(
            "; {hour} ended less than an hour ago: its archive may not be ready yet (try again later, or --hour {last_ready})"
        );
    }
    // The same digits read as UTC: the commonest slip is giving the hour on one's own clock.
    let as_utc = beijing_hour(start + BEIJING_OFFSET).unwrap_or_default();
    format!(
        "; if {hour} was meant in UTC, the Beijing hour is {as_utc} (--hour {as_utc}, or --since with a time and its offset)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2023-11-14T22:13:20Z: 06:13 on the 15th in Beijing.
    const NOW: i64 = 1_700_000_000;

    #[test]
    fn hours_must_be_real() {
        assert!(hour_value("2026112821").is_ok());
        assert!(hour_value("2024022923").is_ok());
        for bad in ["2026023012", "2025022900", "2026113100", "2026112824"] {
            let e = hour_value(bad).unwrap_err();
            assert!(e.contains("not a real date"), "{bad}: {e}");
        }
        for bad in ["202611282", "20261128xx", ""] {
            assert!(hour_value(bad).unwrap_err().contains("YYYYMMDDHH"), "{bad}");
        }
    }

    #[test]
    fn the_default_is_the_last_complete_beijing_hour() {
        let c = choose(None, None, NOW).unwrap();
        assert_eq!(c.hour, "2023111505");
        assert!(
            c.note.contains("2023-11-14 21:00:00 UTC to 21:59:59 UTC"),
            "{}",
            c.note
        );
        assert!(c.note.contains("last complete hour"));
        let since = choose(None, Some(NOW - 2 * 3600), NOW).unwrap();
        assert_eq!(since.hour, "2023111504");
        assert_eq!(
            choose(Some("2023111400"), Some(0), NOW).unwrap().hour,
            "2023111400"
        );
    }

    #[test]
    fn suggestions_name_the_hour_meant() {
        assert!(suggestion("2023111506", NOW).contains("has not ended"));
        assert!(suggestion("2023111505", NOW).contains("may not be ready"));
        let utc = suggestion("2023111418", NOW);
        assert!(utc.contains("--hour 2023111502"), "{utc}");
    }
}
