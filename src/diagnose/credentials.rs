//! Key and app matching, and the admin account, from one harmless authenticated call:
//! `im_open_login_svc/account_check` on the admin identifier (read-only; it also says whether
//! the admin is an imported account). The gateway's codes (spec §11.1–11.2 and the
//! corrections' auth table) become plain words and a fix.

use crate::domain::codes;
use serde_json::{json, Value};

use super::{Check, Status};

pub const KEY: &str = "credentials";
pub const ADMIN: &str = "admin";
/// The call made.
pub const SERVICE: &str = "im_open_login_svc";
pub const COMMAND: &str = "account_check";

/// The request body: the admin identifier itself.
pub fn request(admin: &str) -> Value {
    json!({ "CheckItem": [{ "UserID": admin }] })
}

/// How the call ended.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Not attempted, and why (missing settings, or the host did not answer).
    NotRun(String),
    /// ErrorCode 0: the answer body.
    Answered(Value),
    /// A non-zero ErrorCode.
    Refused { code: i64, info: String },
    /// No usable answer (transport, HTTP error, not JSON).
    NoAnswer(String),
}

/// What a refusal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum About {
    /// The key, the SDKAppID or the data center: the credentials check fails.
    Credentials,
    /// The identifier is not an app admin: the admin check fails.
    Admin,
    /// Throttled: nothing could be confirmed; try again.
    Busy,
}

/// Plain words and a fix for the codes the gateway answers before any command runs.
/// `place` is "region singapore" or "endpoint URL".
fn meaning(code: i64, sdkappid: u32, place: &str) -> Option<(About, String, String)> {
    let region_fix = "pass the --region where the app was created (the console's app list shows each app's data center), or check --sdkappid".to_string();
    let key_fix = format!("copy the key of SDKAppID {sdkappid} from the console (Applications > the app > Basic Information > Key) and check --sdkappid");
    let clock_fix = "turn on network time sync; see the clock check".to_string();
    Some(match code {
        codes::USERSIG_EXPIRED => (
            About::Credentials,
            "the admin UserSig had already expired when the server checked it: this machine's clock is behind".into(),
            clock_fix,
        ),
        codes::USERSIG_EMPTY | codes::USERSIG_INVALID | codes::USERSIG_INVALID_2 => (
            About::Credentials,
            "the server could not parse the admin UserSig".into(),
            "check the key is the console's 64-character key (not a UserSig or a PEM file)".into(),
        ),
        codes::USERSIG_WRONG_KEY => (
            About::Credentials,
            format!("the key does not belong to SDKAppID {sdkappid}: the UserSig signed with it did not verify (a key of another app, or a key reset in the console since)"),
            key_fix,
        ),
        codes::IDENTIFIER_MISMATCH => (
            About::Credentials,
            "the identifier in the request differs from the one the UserSig was signed for".into(),
            "check --admin (a proxy rewriting the URL can cause this too)".into(),
        ),
        codes::SDKAPPID_MISMATCH => (
            About::Credentials,
            "the SDKAppID in the request differs from the one the UserSig was signed for".into(),
            "check --sdkappid (a proxy rewriting the URL can cause this too)".into(),
        ),
        codes::KEY_NOT_FOUND => (
            About::Credentials,
            format!("no key for SDKAppID {sdkappid} exists at {place}: the app lives in another data center"),
            region_fix,
        ),
        codes::SDKAPPID_NOT_FOUND | codes::SDKAPPID_INVALID | codes::WRONG_DATA_CENTER => (
            About::Credentials,
            format!("SDKAppID {sdkappid} is unknown at {place}: a wrong data center or a wrong SDKAppID"),
            region_fix,
        ),
        codes::USERSIG_LOCKOUT => (
            About::Credentials,
            "the server refuses this admin for a minute after too many failed UserSig checks".into(),
            "wait a minute without calling, then run doctor again; if it comes back, the key is wrong".into(),
        ),
        codes::ACCOUNT_BLOCKLISTED => (
            About::Admin,
            "the admin account is blocklisted".into(),
            "use another admin (--admin), or lift the block in the console".into(),
        ),
        codes::NOT_ADMIN | codes::ACCOUNT_NOT_ADMIN | codes::MSG_NOT_ADMIN | codes::PROFILE_NOT_ADMIN | codes::GROUP_NO_PERMISSION | codes::SNS_NOT_ADMIN => (
            About::Admin,
            "the identifier is not an app admin".into(),
            "pass --admin with an admin account from the console (Account Management, type Admin; at most 10 per app), or make this account one there".into(),
        ),
        codes::SDKAPPID_DISABLED => (
            About::Credentials,
            format!("SDKAppID {sdkappid} is disabled"),
            "check the app's status in the console".into(),
        ),
        codes::SERVICE_UNAVAILABLE => (
            About::Credentials,
            "service unavailable: the plan was not bought or has expired, or the account is in arrears".into(),
            "check the plan and billing in the console (it takes effect about 5 minutes after repurchase)".into(),
        ),
        codes::SOURCE_IP_NOT_ALLOWED => (
            About::Credentials,
            "this machine's IP address is not on the app's REST API allow-list".into(),
            "add this machine's public IP to the allow-list in the console, or call from an allowed host".into(),
        ),
        codes::TRIAL_DAILY_REQUESTS | codes::TRIAL_DAU_EXCEEDED => (
            About::Credentials,
            "the Trial edition's quota is used up (REST volume over 24 hours, or DAU)".into(),
            "wait for the quota to reset, or upgrade the plan in the console".into(),
        ),
        codes::REST_RATE_EXCEEDED | codes::SDKAPPID_RATE_EXCEEDED | codes::TOO_MANY_REQUESTS | codes::TOO_MANY_REQUESTS_2 => (
            About::Busy,
            "the server is rate-limiting this app".into(),
            "run doctor again in a moment".into(),
        ),
        _ => return None,
    })
}

/// Where an undocumented code is looked up.
const CODE_TABLE: &str = "look the code up in the error code table (trtc.io/document/34348)";

fn refusal(code: i64, info: &str, sdkappid: u32, place: &str) -> (About, String, String) {
    match meaning(code, sdkappid, place) {
        Some((about, words, fix)) => (about, format!("ErrorCode {code}: {words}"), fix),
        // Another documented code: the code table's words; an unknown one: the service's.
        None => match codes::lookup(code) {
            Some(row) => (
                About::Credentials,
                format!("ErrorCode {code}: {info} ({})", row.meaning),
                row.fix.unwrap_or(CODE_TABLE).into(),
            ),
            None => (
                About::Credentials,
                format!("ErrorCode {code}: {info}"),
                CODE_TABLE.into(),
            ),
        },
    }
}

/// Whether the key and the SDKAppID match, at this data center.
pub fn key_check(outcome: &Outcome, sdkappid: u32, place: &str) -> Check {
    let call = format!("{SERVICE}/{COMMAND}");
    match outcome {
        Outcome::NotRun(why) => Check::new(KEY, Status::Skip, why.clone()),
        Outcome::Answered(_) => Check::new(
            KEY,
            Status::Ok,
            format!("the key matches SDKAppID {sdkappid} at {place} ({call} accepted the admin UserSig)"),
        )
        .data(json!({ "ErrorCode": 0 })),
        Outcome::NoAnswer(why) => Check::new(
            KEY,
            Status::Fail,
            format!("{call} got no usable answer: {why}"),
        )
        .fix("see the network and tls checks; run with -v for each attempt")
        .data(json!({ "ErrorCode": null })),
        Outcome::Refused { code, info } => {
            let (about, words, fix) = refusal(*code, info, sdkappid, place);
            let data = json!({ "ErrorCode": code });
            match about {
                About::Credentials => Check::new(KEY, Status::Fail, words).fix(fix).data(data),
                About::Busy => Check::new(KEY, Status::Warn, words).fix(fix).data(data),
                About::Admin => Check::new(
                    KEY,
                    Status::Skip,
                    format!("ErrorCode {code}: the server refused the identifier before judging the key (see admin)"),
                )
                .data(data),
            }
        }
    }
}

/// Whether the admin identifier is an app admin, and an imported account.
pub fn admin_check(outcome: &Outcome, admin: &str, sdkappid: u32, place: &str) -> Check {
    let data = |status: Value| json!({ "Admin": admin, "AccountStatus": status });
    match outcome {
        Outcome::NotRun(why) => {
            Check::new(ADMIN, Status::Skip, why.clone()).data(data(Value::Null))
        }
        Outcome::NoAnswer(_) => {
            Check::new(ADMIN, Status::Skip, "no answer to judge (see credentials)")
                .data(data(Value::Null))
        }
        Outcome::Refused { code, info } => {
            let (about, words, fix) = refusal(*code, info, sdkappid, place);
            if about == About::Admin {
                Check::new(ADMIN, Status::Fail, format!("`{admin}`: {words}"))
                    .fix(fix)
                    .data(data(Value::Null))
            } else {
                Check::new(
                    ADMIN,
                    Status::Skip,
                    format!("`{admin}` could not be checked: the credentials were refused first"),
                )
                .data(data(Value::Null))
            }
        }
        Outcome::Answered(body) => {
            let item = body["ResultItem"]
                .as_array()
                .and_then(|items| items.iter().find(|i| i["UserID"] == admin));
            let status = item.and_then(|i| i["AccountStatus"].as_str());
            match status {
                Some("Imported") => Check::new(
                    ADMIN,
                    Status::Ok,
                    format!("`{admin}` is accepted as an app admin and is an imported account"),
                )
                .data(data(json!("Imported"))),
                Some("NotImported") => Check::new(
                    ADMIN,
                    Status::Warn,
                    format!("`{admin}` is accepted as an app admin, but account_check reports it NotImported"),
                )
                .fix(format!("import it (`imctl account import {admin}`) so messages sent as the admin have an existing sender"))
                .data(data(json!("NotImported"))),
                _ => Check::new(
                    ADMIN,
                    Status::Warn,
                    format!("`{admin}` is accepted as an app admin; the answer did not say whether it is imported (ResultCode {})",
                        item.map_or(Value::Null, |i| i["ResultCode"].clone())),
                )
                .data(data(Value::Null)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLACE: &str = "region singapore";

    fn refused(code: i64) -> Outcome {
        Outcome::Refused {
            code,
            info: "raw info".into(),
        }
    }

    #[test]
    fn auth_codes_become_plain_words() {
        let c = key_check(&refused(70009), 1400000000, PLACE);
        assert_eq!(c.status, Status::Fail);
        assert!(
            c.detail
                .starts_with("ErrorCode 70009: the key does not belong to SDKAppID 1400000000"),
            "{}",
            c.detail
        );
        assert!(c.fix.unwrap().contains("Basic Information"));
        for code in [70016, 70020, 60026] {
            let c = key_check(&refused(code), 1, PLACE);
            assert_eq!(c.status, Status::Fail);
            assert!(
                c.detail.contains("region singapore"),
                "{code}: {}",
                c.detail
            );
            assert!(c.fix.unwrap().contains("--region"), "{code}");
        }
        let c = key_check(&refused(70014), 1, PLACE);
        assert!(c.detail.contains("SDKAppID in the request differs"));
        assert!(key_check(&refused(70001), 1, PLACE)
            .detail
            .contains("clock is behind"));
        assert_eq!(key_check(&refused(60018), 1, PLACE).status, Status::Warn);
        let unknown = key_check(&refused(99999), 1, PLACE);
        assert_eq!(unknown.detail, "ErrorCode 99999: raw info");
        assert_eq!(unknown.data["ErrorCode"], 99999);
        // A documented code the doctor has no words of its own for: the code table's.
        let disabled = key_check(&refused(60017), 1, PLACE);
        assert_eq!(
            disabled.detail,
            "ErrorCode 60017: raw info (the request is disabled)"
        );
        // The admin check is skipped when the key failed.
        assert_eq!(
            admin_check(&refused(70009), "administrator", 1, PLACE).status,
            Status::Skip
        );
    }

    #[test]
    fn a_non_admin_fails_the_admin_check_not_the_key() {
        for code in [70403, 60010, 90009] {
            assert_eq!(key_check(&refused(code), 1, PLACE).status, Status::Skip);
            let c = admin_check(&refused(code), "bob", 1, PLACE);
            assert_eq!(c.status, Status::Fail);
            assert!(c.detail.contains("`bob`") && c.detail.contains("not an app admin"));
            assert!(c.fix.unwrap().contains("--admin"));
        }
    }

    #[test]
    fn the_answer_says_whether_the_admin_is_imported() {
        let answer = |status: &str| {
            Outcome::Answered(json!({"ResultItem": [
                {"UserID": "administrator", "ResultCode": 0, "AccountStatus": status}
            ]}))
        };
        let ok = key_check(&answer("Imported"), 1400000000, PLACE);
        assert_eq!(ok.status, Status::Ok);
        assert!(ok
            .detail
            .contains("SDKAppID 1400000000 at region singapore"));
        let c = admin_check(&answer("Imported"), "administrator", 1, PLACE);
        assert_eq!(c.status, Status::Ok);
        assert_eq!(c.data["AccountStatus"], "Imported");
        let c = admin_check(&answer("NotImported"), "administrator", 1, PLACE);
        assert_eq!(c.status, Status::Warn);
        assert!(c
            .fix
            .unwrap()
            .contains("imctl account import administrator"));
        let c = admin_check(&Outcome::Answered(json!({})), "administrator", 1, PLACE);
        assert_eq!(c.status, Status::Warn);
    }

    #[test]
    fn nothing_to_judge_is_skip_or_fail() {
        let not_run = Outcome::NotRun("no SDKAppID".into());
        assert_eq!(key_check(&not_run, 1, PLACE).status, Status::Skip);
        assert_eq!(admin_check(&not_run, "a", 1, PLACE).status, Status::Skip);
        let none = Outcome::NoAnswer("timed out".into());
        assert_eq!(key_check(&none, 1, PLACE).status, Status::Fail);
        assert_eq!(admin_check(&none, "a", 1, PLACE).status, Status::Skip);
        assert_eq!(request("x")["CheckItem"][0]["UserID"], "x");
    }
}
