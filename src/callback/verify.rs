//! What a receiver checks on every callback request (spec §9.1): the `Sign`, the freshness of
//! `RequestTime`, and that `SdkAppid` is its own. Every check runs and reports, so a person sees
//! all that is wrong at once; the clock is the caller's `now`.

use super::query::{CallbackQuery, REQUEST_TIME, SDK_APPID, SIGN};
use super::sign::{constant_time_eq, looks_like_sign, sign_matches, Token};

/// How far `RequestTime` may be from the receiver's clock, either way.
pub const MAX_CLOCK_SKEW_SECS: i64 = 60;

/// What the receiver knows: its token (None when authentication is off in the console), its
/// SDKAppID (None when not configured: that check is skipped), and the time now.
#[derive(Debug, Clone, Copy)]
pub struct Expectation<'a> {
    pub token: Option<&'a Token>,
    pub sdkappid: Option<u64>,
    pub now: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckName {
    Sign,
    RequestTime,
    SdkAppid,
}

impl CheckName {
    /// The query parameter the check is about, spelled as the service spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckName::Sign => SIGN,
            CheckName::RequestTime => REQUEST_TIME,
            CheckName::SdkAppid => SDK_APPID,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    Failed,
    Skipped,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Failed => "failed",
            Outcome::Skipped => "skipped",
        }
    }
}

/// Why a check came out the way it did; `code()` is stable for JSON and logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Ok,
    /// The parameter is absent.
    Missing,
    /// The parameter appears more than once.
    Repeated,
    /// The parameter is present but cannot be what the service sends.
    Malformed,
    /// Sign: not SHA256(token + RequestTime); SdkAppid: another app's.
    Mismatch,
    /// RequestTime more than the allowed skew in the past.
    Stale,
    /// RequestTime more than the allowed skew in the future.
    Future,
    /// Sign cannot be checked without a RequestTime.
    NoRequestTime,
    /// No token configured: authentication is off, so there is nothing to check.
    NoToken,
    /// No SDKAppID configured to compare with.
    NotConfigured,
}

impl Reason {
    pub fn code(self) -> &'static str {
        match self {
            Reason::Ok => "ok",
            Reason::Missing => "missing",
            Reason::Repeated => "repeated",
            Reason::Malformed => "malformed",
            Reason::Mismatch => "mismatch",
            Reason::Stale => "stale",
            Reason::Future => "future",
            Reason::NoRequestTime => "no_request_time",
            Reason::NoToken => "no_token",
            Reason::NotConfigured => "not_configured",
        }
    }
}

/// One check's result with a sentence for people. Messages never contain the token, nor the
/// `Sign` that the token would give (it is a valid credential for that `RequestTime`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub name: CheckName,
    pub outcome: Outcome,
    pub reason: Reason,
    pub message: String,
}

impl Check {
    fn new(name: CheckName, outcome: Outcome, reason: Reason, message: impl Into<String>) -> Self {
        Check {
            name,
            outcome,
            reason,
            message: message.into(),
        }
    }
}

/// All checks of one request, in a fixed order: Sign, RequestTime, SdkAppid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub checks: Vec<Check>,
    /// `RequestTime` when it is a number.
    pub request_time: Option<i64>,
    /// `now - RequestTime` in seconds (positive: the request is that old).
    pub age_secs: Option<i64>,
}

impl Verification {
    /// Valid when no check failed (skipped ones do not count against it).
    pub fn is_valid(&self) -> bool {
        self.checks.iter().all(|c| c.outcome != Outcome::Failed)
    }

    pub fn failed(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| c.outcome == Outcome::Failed)
    }

    pub fn check(&self, name: CheckName) -> Option<&Check> {
        self.checks.iter().find(|c| c.name == name)
    }
}

/// Runs every check on `query`.
pub fn verify(query: &CallbackQuery, exp: &Expectation<'_>) -> Verification {
    let request_time = query
        .request_time
        .as_deref()
        .and_then(|t| t.parse::<i64>().ok());
    let age_secs = request_time.map(|t| exp.now.saturating_sub(t));
    Verification {
        checks: vec![
            check_sign(query, exp.token),
            check_request_time(query, exp.token.is_some(), age_secs),
            check_sdkappid(query, exp.sdkappid),
        ],
        request_time,
        age_secs,
    }
}

fn check_sign(query: &CallbackQuery, token: Option<&Token>) -> Check {
    use {CheckName::Sign as N, Outcome::*};
    let Some(token) = token else {
        return Check::new(
            N,
            Skipped,
            Reason::NoToken,
            "no token configured: callback authentication is off, so there is no Sign to check",
        );
    };
    if query.is_repeated(SIGN) {
        return Check::new(N, Failed, Reason::Repeated, "Sign appears more than once");
    }
    let Some(sign) = query.sign.as_deref() else {
        return Check::new(
            N,
            Failed,
            Reason::Missing,
            "no Sign parameter: is authentication turned on in the console, with this token?",
        );
    };
    if !looks_like_sign(sign) {
        return Check::new(
            N,
            Failed,
            Reason::Malformed,
            format!(
                "Sign is not 64 hexadecimal digits ({} characters)",
                sign.chars().count()
            ),
        );
    }
    let Some(time) = query.request_time.as_deref() else {
        return Check::new(
            N,
            Failed,
            Reason::NoRequestTime,
            "Sign cannot be checked without RequestTime",
        );
    };
    if query.is_repeated(REQUEST_TIME) {
        return Check::new(
            N,
            Failed,
            Reason::NoRequestTime,
            "Sign cannot be checked: RequestTime appears more than once",
        );
    }
    if sign_matches(token, time, sign) {
        Check::new(N, Passed, Reason::Ok, "matches SHA256(token + RequestTime)")
    } else {
        Check::new(
            N,
            Failed,
            Reason::Mismatch,
            "does not match SHA256(token + RequestTime): another token, or the URL was altered",
        )
    }
}

fn check_request_time(query: &CallbackQuery, has_token: bool, age: Option<i64>) -> Check {
    use {CheckName::RequestTime as N, Outcome::*};
    if query.is_repeated(REQUEST_TIME) {
        return Check::new(
            N,
            Failed,
            Reason::Repeated,
            "RequestTime appears more than once",
        );
    }
    let Some(raw) = query.request_time.as_deref() else {
        return if has_token {
            Check::new(
                N,
                Failed,
                Reason::Missing,
                "no RequestTime parameter: the service sends it with Sign when authentication is on",
            )
        } else {
            Check::new(
                N,
                Skipped,
                Reason::NoToken,
                "no token configured: the service sends RequestTime only with authentication on",
            )
        };
    };
    let Some(age) = age.filter(|_| !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_digit()))
    else {
        return Check::new(
            N,
            Failed,
            Reason::Malformed,
            "RequestTime is not unix seconds (decimal digits only)",
        );
    };
    let skew = MAX_CLOCK_SKEW_SECS;
    if age > skew {
        Check::new(
            N,
            Failed,
            Reason::Stale,
            format!("{age} s old, more than the {skew} s allowed: a replay, or a slow clock here"),
        )
    } else if age < -skew {
        Check::new(
            N,
            Failed,
            Reason::Future,
            format!(
                "{} s in the future, more than the {skew} s allowed: check the clocks",
                -age
            ),
        )
    } else {
        Check::new(
            N,
            Passed,
            Reason::Ok,
            format!("within ±{skew} s of now ({})", age_words(age)),
        )
    }
}

fn check_sdkappid(query: &CallbackQuery, expected: Option<u64>) -> Check {
    use {CheckName::SdkAppid as N, Outcome::*};
    // One rule for `verify` and `listen` (README): without a configured SDKAppID the check is
    // skipped, whatever the query holds, even no SdkAppid at all.
    let Some(expected) = expected else {
        let got = match query.sdk_appid.as_deref() {
            Some(got) => format!("SdkAppid is {got}"),
            None => "no SdkAppid parameter".into(),
        };
        return Check::new(
            N,
            Skipped,
            Reason::NotConfigured,
            format!("{got}; no SDKAppID configured to compare with"),
        );
    };
    if query.is_repeated(SDK_APPID) {
        return Check::new(
            N,
            Failed,
            Reason::Repeated,
            "SdkAppid appears more than once",
        );
    }
    let Some(got) = query.sdk_appid.as_deref() else {
        return Check::new(N, Failed, Reason::Missing, "no SdkAppid parameter");
    };
    // Constant time, like the Sign: a receiver says nothing through its timing.
    if constant_time_eq(got.as_bytes(), expected.to_string().as_bytes()) {
        Check::new(N, Passed, Reason::Ok, format!("{got} is this app's"))
    } else if got.is_empty() || !got.bytes().all(|b| b.is_ascii_digit()) {
        Check::new(N, Failed, Reason::Malformed, "SdkAppid is not a number")
    } else {
        Check::new(
            N,
            Failed,
            Reason::Mismatch,
            format!("{got} is not this app's SDKAppID ({expected})"),
        )
    }
}

fn age_words(age: i64) -> String {
    match age {
        0 => "sent just now".to_string(),
        a if a > 0 => format!("{a} s old"),
        a => format!("{} s ahead", -a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGN_1669872112: &str =
        "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061";
    const NOW: i64 = 1_669_872_112;

    fn url(extra: &str) -> String {
        format!(
            "https://example.com/cb?SdkAppid=1400000000&CallbackCommand=State.StateChange\
             &contenttype=json&ClientIP=127.0.0.1&OptPlatform=RESTAPI{extra}"
        )
    }

    fn signed() -> String {
        url(&format!("&Sign={SIGN_1669872112}&RequestTime=1669872112"))
    }

    fn run(input: &str, token: Option<&str>, sdkappid: Option<u64>, now: i64) -> Verification {
        let token = token.map(|t| Token::new(t).unwrap());
        verify(
            &CallbackQuery::parse(input),
            &Expectation {
                token: token.as_ref(),
                sdkappid,
                now,
            },
        )
    }

    fn reasons(v: &Verification) -> Vec<(&'static str, &'static str)> {
        v.checks
            .iter()
            .map(|c| (c.name.as_str(), c.reason.code()))
            .collect()
    }

    #[test]
    fn a_genuine_request_passes_every_check() {
        let v = run(&signed(), Some("xxxxyyyy"), Some(1_400_000_000), NOW + 5);
        assert!(v.is_valid(), "{v:?}");
        assert_eq!(
            reasons(&v),
            [("Sign", "ok"), ("RequestTime", "ok"), ("SdkAppid", "ok")]
        );
        assert_eq!(v.age_secs, Some(5));
    }

    #[test]
    fn each_tampering_fails_its_own_check_and_all_are_reported() {
        let tampered = signed()
            .replace("SdkAppid=1400000000", "SdkAppid=1400000001")
            .replace("RequestTime=1669872112", "RequestTime=1669872000");
        let v = run(&tampered, Some("xxxxyyyy"), Some(1_400_000_000), NOW);
        assert!(!v.is_valid());
        assert_eq!(
            reasons(&v),
            [
                ("Sign", "mismatch"),
                ("RequestTime", "stale"),
                ("SdkAppid", "mismatch")
            ]
        );
        assert_eq!(v.failed().count(), 3);
    }

    #[test]
    fn freshness_is_sixty_seconds_either_way() {
        let at = |now| run(&signed(), Some("xxxxyyyy"), None, now);
        assert_eq!(
            at(NOW + 60).check(CheckName::RequestTime).unwrap().reason,
            Reason::Ok
        );
        assert_eq!(
            at(NOW - 60).check(CheckName::RequestTime).unwrap().reason,
            Reason::Ok
        );
        assert_eq!(
            at(NOW + 61).check(CheckName::RequestTime).unwrap().reason,
            Reason::Stale
        );
        assert_eq!(
            at(NOW - 61).check(CheckName::RequestTime).unwrap().reason,
            Reason::Future
        );
    }

    #[test]
    fn missing_and_malformed_parameters_are_named() {
        let v = run(&url(""), Some("xxxxyyyy"), Some(1), NOW);
        assert_eq!(
            reasons(&v),
            [
                ("Sign", "missing"),
                ("RequestTime", "missing"),
                ("SdkAppid", "mismatch")
            ]
        );
        let v = run(&url("&Sign=abc&RequestTime=soon"), Some("t"), None, NOW);
        assert_eq!(
            reasons(&v),
            [
                ("Sign", "malformed"),
                ("RequestTime", "malformed"),
                ("SdkAppid", "not_configured")
            ]
        );
        let v = run(
            &url(&format!("&Sign={SIGN_1669872112}")),
            Some("xxxxyyyy"),
            None,
            NOW,
        );
        assert_eq!(
            v.check(CheckName::Sign).unwrap().reason,
            Reason::NoRequestTime
        );
        let v = run("SdkAppid=&Sign=x", Some("t"), Some(5), NOW);
        assert_eq!(
            v.check(CheckName::SdkAppid).unwrap().reason,
            Reason::Malformed
        );
        let v = run("RequestTime=-5", Some("t"), None, NOW);
        assert_eq!(
            v.check(CheckName::RequestTime).unwrap().reason,
            Reason::Malformed
        );
    }

    #[test]
    fn repeated_parameters_fail() {
        let twice = format!("{}&Sign={SIGN_1669872112}&SdkAppid=1400000000", signed());
        let v = run(&twice, Some("xxxxyyyy"), Some(1_400_000_000), NOW);
        assert_eq!(
            reasons(&v),
            [
                ("Sign", "repeated"),
                ("RequestTime", "ok"),
                ("SdkAppid", "repeated")
            ]
        );
    }

    #[test]
    fn without_a_token_or_sdkappid_those_checks_are_skipped_not_failed() {
        let v = run(&url(""), None, None, NOW);
        assert!(v.is_valid());
        assert!(v.checks.iter().all(|c| c.outcome == Outcome::Skipped));
    }

    #[test]
    fn without_an_sdkappid_configured_a_query_without_one_is_skipped_too() {
        let v = run("Sign=x&RequestTime=1", None, None, NOW);
        let check = v.check(CheckName::SdkAppid).unwrap();
        assert_eq!(
            (check.outcome, check.reason),
            (Outcome::Skipped, Reason::NotConfigured)
        );
        let v = run("RequestTime=1", Some("t"), Some(5), NOW);
        assert_eq!(
            v.check(CheckName::SdkAppid).unwrap().reason,
            Reason::Missing
        );
    }

    #[test]
    fn messages_never_carry_the_token_or_the_expected_sign() {
        let token = "a-very-secret-token";
        let v = run(
            &url("&Sign=00&RequestTime=1669872112"),
            Some(token),
            Some(1),
            NOW,
        );
        let expected = crate::callback::sign::sign(&Token::new(token).unwrap(), "1669872112");
        for c in &v.checks {
            assert!(!c.message.contains(token));
            assert!(!c.message.contains(&expected));
        }
    }
}
