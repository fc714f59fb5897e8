//! Local clock against the server's `Date` header.
//!
//! Why it matters (spec/usersig.md §4–5): a UserSig carries its issue time `TLS.time` from the
//! signer's clock and is valid while `now <= time + expire` at the server; there is no "not yet
//! valid" check. The admin UserSig imctl signs for REST calls is valid for
//! [`ADMIN_SIG_VALIDITY`] seconds, so a clock behind the server by more than that makes every
//! REST call fail with 70001; any UserSig signed here expires at the server as much earlier as
//! the clock is behind. Cloud API 3.0 (`app ids`, TC3 signing) refuses a request whose
//! timestamp is more than 5 minutes off, either way.

use serde_json::json;

use super::{Check, Status};
pub use crate::api::client::ADMIN_SIG_VALIDITY;

pub const NAME: &str = "clock";
/// Above this many seconds either way: warn.
pub const WARN_SKEW: i64 = 60;
/// Above this many seconds either way: fail (the Cloud API 3.0 signature window).
pub const FAIL_SKEW: i64 = 300;

const FIX: &str = "turn on network time sync (Linux: `timedatectl set-ntp true`; macOS and Windows: set the date and time automatically), then run `imctl app doctor` again";

/// The server's time as its `Date` header said, and which host said it.
#[derive(Debug, Clone)]
pub struct ServerTime {
    pub unix: i64,
    pub host: String,
}

/// Compares `local_now` (Unix seconds, the caller's clock) with the server's.
pub fn check(local_now: i64, server: Option<&ServerTime>) -> Check {
    let Some(server) = server else {
        return Check::new(
            NAME,
            Status::Skip,
            "no server answered with a Date header, so the clock could not be compared",
        );
    };
    let skew = local_now - server.unix;
    let data = json!({ "SkewSeconds": skew, "ServerTime": server.unix, "LocalTime": local_now });
    let how = match skew {
        0 => format!("the local clock agrees with {}'s Date header", server.host),
        s if s > 0 => format!(
            "the local clock is {} ahead of {}'s Date header",
            span(s),
            server.host
        ),
        s => format!(
            "the local clock is {} behind {}'s Date header",
            span(-s),
            server.host
        ),
    };
    if skew < -(ADMIN_SIG_VALIDITY as i64) {
        return Check::new(
            NAME,
            Status::Fail,
            format!(
                "{how}: every admin UserSig imctl signs (valid {} from the local time) is already expired at the server, so REST calls fail with 70001 (UserSig expired)",
                span(ADMIN_SIG_VALIDITY as i64)
            ),
        )
        .fix(FIX)
        .data(data);
    }
    if skew.abs() > FAIL_SKEW {
        let usersigs = if skew < 0 {
            format!(
                "UserSigs signed here expire {} early at the server, and ",
                span(-skew)
            )
        } else {
            String::new()
        };
        return Check::new(
            NAME,
            Status::Fail,
            format!(
                "{how}: more than {} off; {usersigs}Cloud API 3.0 calls (`imctl app ids`) are refused (AuthFailure.SignatureExpire)",
                span(FAIL_SKEW)
            ),
        )
        .fix(FIX)
        .data(data);
    }
    if skew.abs() > WARN_SKEW {
        return Check::new(
            NAME,
            Status::Warn,
            format!(
                "{how}: more than {} off; calls still work, but short-lived UserSigs and Cloud API signatures fail past {} of skew",
                span(WARN_SKEW),
                span(FAIL_SKEW)
            ),
        )
        .fix(FIX)
        .data(data);
    }
    Check::new(NAME, Status::Ok, how).data(data)
}

/// Seconds in words: "42 s", "5 min", "6 min 40 s", "1 h", "2 h 5 min".
fn span(secs: i64) -> String {
    match secs {
        s if s < 120 => format!("{s} s"),
        s if s < 3600 && s % 60 == 0 => format!("{} min", s / 60),
        s if s < 3600 => format!("{} min {} s", s / 60, s % 60),
        s if (s % 3600) / 60 == 0 => format!("{} h", s / 3600),
        s => format!("{} h {} min", s / 3600, (s % 3600) / 60),
    }
}

/// An HTTP `Date` (IMF-fixdate, RFC 9110 §5.6.7: `Sun, 06 Nov 1994 08:49:37 GMT`) as Unix
/// seconds; `None` for anything else.
pub fn parse_http_date(value: &str) -> Option<i64> {
    let rest = value.trim().split_once(", ")?.1;
    let parts: Vec<&str> = rest.split(' ').collect();
    let [day, month, year, time, "GMT"] = parts[..] else {
        return None;
    };
    let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == month)? as u32
        + 1;
    let year: i64 = year.parse().ok().filter(|_| year.len() == 4)?;
    let hms: Vec<i64> = time
        .split(':')
        .map(|p| p.parse().ok().filter(|_| p.len() == 2))
        .collect::<Option<_>>()?;
    let [h, m, s] = hms[..] else { return None };
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    Some(days_from_civil(year, month, day) * 86400 + h * 3600 + m * 60 + s)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(unix: i64) -> ServerTime {
        ServerTime {
            unix,
            host: "h".into(),
        }
    }

    #[test]
    fn http_dates_parse() {
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784111777)
        );
        assert_eq!(
            parse_http_date("Tue, 14 Nov 2023 22:13:20 GMT"),
            Some(1700000000)
        );
        assert_eq!(
            parse_http_date("Thu, 29 Feb 2024 00:00:00 GMT"),
            Some(1709164800)
        );
        for bad in [
            "",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 32 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
        ] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn skew_is_judged_against_the_documented_bounds() {
        let at = 1_700_000_000;
        let judge = |skew: i64| check(at + skew, Some(&server(at)));
        assert_eq!(judge(0).status, Status::Ok);
        assert_eq!(judge(60).status, Status::Ok);
        assert_eq!(judge(-60).status, Status::Ok);
        assert_eq!(judge(61).status, Status::Warn);
        assert_eq!(judge(-300).status, Status::Warn);
        assert_eq!(judge(301).status, Status::Fail);
        assert_eq!(judge(-301).status, Status::Fail);
        let behind = judge(-3601);
        assert_eq!(behind.status, Status::Fail);
        assert!(behind.detail.contains("70001"), "{}", behind.detail);
        assert!(behind.detail.contains("1 h behind"), "{}", behind.detail);
        assert!(
            behind.detail.contains("valid 1 h from"),
            "{}",
            behind.detail
        );
        assert!(!judge(-400).detail.contains("70001"));
        assert!(judge(-400).detail.contains("expire 6 min 40 s early"));
        assert!(judge(400).detail.contains("ahead"));
        assert_eq!(judge(-42).data["SkewSeconds"], -42);
        assert!(judge(61).fix.unwrap().contains("timedatectl"));
        assert!(judge(0).fix.is_none());
    }

    #[test]
    fn no_date_means_skip() {
        assert_eq!(check(0, None).status, Status::Skip);
    }
}
