//! The gateway: the checks on every request's query string (`sdkappid`, an admin `identifier`
//! and its `usersig`, answered with the documented codes, spec §1, §11.1–11.2) and the envelope
//! every answer comes in.

use crate::domain::codes;
use std::collections::HashMap;
use std::sync::Mutex;

use serde_json::{json, Map, Value};

use super::services::Reply;
use crate::secret::SecretKey;
use crate::usersig::{self, Expectation, Reason};

/// A refusal: ErrorCode and ErrorInfo.
pub type Refusal = (i64, String);

pub struct Gate {
    sdkappid: u32,
    admins: Vec<String>,
    key: SecretKey,
    /// UserSigs already verified, with their expiry: a client reuses one per process, and HMAC
    /// plus inflate on every request would cap the emulator's rate for nothing.
    verified: Mutex<HashMap<(String, String), i64>>,
}

/// The query parameters the gateway reads.
#[derive(Debug, Default)]
pub struct Query {
    pub sdkappid: Option<String>,
    pub identifier: Option<String>,
    pub usersig: Option<String>,
    pub random: Option<String>,
    /// `ConfigSvc/GetIPList`'s network type.
    pub nettype: Option<String>,
}

impl Query {
    pub fn parse(raw: Option<&str>) -> Self {
        let mut q = Query::default();
        for (k, v) in url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
            let slot = match k.as_ref() {
                "sdkappid" => &mut q.sdkappid,
                "identifier" => &mut q.identifier,
                "usersig" => &mut q.usersig,
                "random" => &mut q.random,
                "nettype" => &mut q.nettype,
                _ => continue,
            };
            *slot = Some(v.into_owned());
        }
        q
    }
}

impl Gate {
    pub fn new(sdkappid: u32, admin: &str, key: SecretKey) -> Self {
        Gate {
            sdkappid,
            admins: vec![admin.to_string()],
            key,
            verified: Mutex::new(HashMap::new()),
        }
    }

    /// Checks the caller; `service` picks the service's own "admin required" code.
    pub fn check(&self, q: &Query, service: &str, now: i64) -> Result<(), Refusal> {
        let sdkappid = q.sdkappid.as_deref().ok_or_else(|| {
            (
                codes::SDKAPPID_MISSING,
                "sdkappid is missing from the URL".to_string(),
            )
        })?;
        if sdkappid.parse::<u64>().ok() != Some(u64::from(self.sdkappid)) {
            return Err((
                codes::SDKAPPID_NOT_FOUND,
                format!("SDKAppID {sdkappid} not found; check the SDKAppID and the data center"),
            ));
        }
        let identifier = q.identifier.as_deref().unwrap_or_default();
        let sig = q.usersig.as_deref().unwrap_or_default();
        if sig.is_empty() {
            return Err((codes::USERSIG_EMPTY, "UserSig is empty (0 bytes)".into()));
        }
        if !self.admins.iter().any(|a| a == identifier) {
            let code = match service {
                "im_open_login_svc" => codes::ACCOUNT_NOT_ADMIN,
                "openim" => codes::MSG_NOT_ADMIN,
                "profile" => codes::PROFILE_NOT_ADMIN,
                "group_open_http_svc" => codes::GROUP_NO_PERMISSION,
                "sns" => codes::SNS_NOT_ADMIN,
                "open_msg_svc" => codes::HISTORY_BAD_PARAMETER,
                _ => codes::NOT_ADMIN,
            };
            return Err((
                code,
                format!("identifier `{identifier}` is not an app admin; the request requires app admin permissions"),
            ));
        }
        let cache_key = (identifier.to_string(), sig.to_string());
        if let Some(&expires_at) = self.lock().get(&cache_key) {
            if now <= expires_at {
                return Ok(());
            }
        }
        let exp = Expectation {
            sdkappid: u64::from(self.sdkappid),
            identifier,
            now,
            userbuf: None,
        };
        match usersig::verify(self.key.expose().as_bytes(), sig, &exp) {
            Ok(v) => {
                let mut cache = self.lock();
                if cache.len() > 1024 {
                    cache.clear();
                }
                cache.insert(cache_key, v.expires_at);
                Ok(())
            }
            Err(reason) => Err(refusal_for(reason)),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), i64>> {
        self.verified.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The server's code for each way a UserSig fails.
fn refusal_for(reason: Reason) -> Refusal {
    let code = match reason {
        Reason::Expired => codes::USERSIG_EXPIRED,
        Reason::IdentifierMismatch => codes::IDENTIFIER_MISMATCH,
        Reason::SdkappidMismatch => codes::SDKAPPID_MISMATCH,
        Reason::SigMismatch | Reason::UserbufMismatch | Reason::UserbufPresenceMismatch => {
            codes::USERSIG_WRONG_KEY
        }
        _ => codes::USERSIG_INVALID,
    };
    (code, format!("UserSig check failed: {}", reason.message()))
}

// ---------------------------------------------------------------- envelope

/// `{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}` followed by the command's fields.
pub fn ok(fields: Value) -> Value {
    let mut out = Map::new();
    out.insert("ActionStatus".into(), json!("OK"));
    out.insert("ErrorCode".into(), json!(0));
    out.insert("ErrorInfo".into(), json!(""));
    if let Value::Object(extra) = fields {
        out.extend(extra);
    }
    Value::Object(out)
}

pub fn fail(code: i64, info: &str) -> Value {
    json!({"ActionStatus": "FAIL", "ErrorCode": code, "ErrorInfo": info})
}

/// The relationship chain's answers (`sns`) carry an `ErrorDisplay` (empty) beside the
/// envelope, success or not, as its samples show.
pub fn with_error_display(reply: Reply) -> Value {
    let mut out = match reply {
        Ok(fields) => ok(fields),
        Err((code, info)) => fail(code, &info),
    };
    out["ErrorDisplay"] = json!("");
    out
}

/// openconfigsvr answers without `ActionStatus`.
pub fn bare(reply: Reply) -> Value {
    match reply {
        Ok(Value::Object(fields)) => {
            let mut out = Map::new();
            out.insert("ErrorCode".into(), json!(0));
            out.insert("ErrorInfo".into(), json!(""));
            out.extend(fields);
            Value::Object(out)
        }
        Ok(_) => json!({"ErrorCode": 0, "ErrorInfo": ""}),
        Err((code, info)) => json!({"ErrorCode": code, "ErrorInfo": info}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::usersig::{sign, SigParams};

    const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

    fn query(sdkappid: &str, identifier: &str, sig: &str) -> Query {
        Query {
            sdkappid: Some(sdkappid.into()),
            identifier: Some(identifier.into()),
            usersig: Some(sig.into()),
            random: None,
            nettype: None,
        }
    }

    fn sig_for(key: &str, sdkappid: u64, who: &str, time: i64) -> String {
        sign(
            key.as_bytes(),
            &SigParams {
                sdkappid,
                identifier: who,
                time,
                expire: 100,
                userbuf: None,
            },
        )
    }

    #[test]
    fn documented_codes() {
        let gate = Gate::new(
            1400000000,
            "administrator",
            SecretKey::new(KEY.into()).unwrap(),
        );
        let good = sig_for(KEY, 1400000000, "administrator", 1000);
        let code = |q: &Query, now| gate.check(q, "im_open_login_svc", now).err().map(|r| r.0);
        assert_eq!(
            code(&query("1400000000", "administrator", &good), 1000),
            None
        );
        assert_eq!(code(&Query::default(), 1000), Some(60012));
        assert_eq!(
            code(&query("1400000001", "administrator", &good), 1000),
            Some(70020)
        );
        assert_eq!(
            code(&query("1400000000", "administrator", ""), 1000),
            Some(70002)
        );
        assert_eq!(
            code(&query("1400000000", "alice", &good), 1000),
            Some(70403)
        );
        // get_history's own "not the admin" code (spec: 1002).
        assert_eq!(
            gate.check(&query("1400000000", "alice", &good), "open_msg_svc", 1000)
                .err()
                .map(|r| r.0),
            Some(1002)
        );
        assert_eq!(
            code(&query("1400000000", "administrator", &good), 1101),
            Some(70001)
        );
        assert_eq!(
            code(&query("1400000000", "administrator", "garbage"), 1000),
            Some(70003)
        );
        let other_key = sig_for("other", 1400000000, "administrator", 1000);
        assert_eq!(
            code(&query("1400000000", "administrator", &other_key), 1000),
            Some(70009)
        );
        let other_app = sig_for(KEY, 1400000001, "administrator", 1000);
        assert_eq!(
            code(&query("1400000000", "administrator", &other_app), 1000),
            Some(70014)
        );
        let gate2 = Gate::new(1400000000, "root", SecretKey::new(KEY.into()).unwrap());
        let for_admin = sig_for(KEY, 1400000000, "administrator", 1000);
        assert_eq!(
            gate2
                .check(&query("1400000000", "root", &for_admin), "profile", 1000)
                .unwrap_err()
                .0,
            70013
        );
    }

    #[test]
    fn query_strings_are_percent_decoded() {
        let q = Query::parse(Some("sdkappid=1&identifier=a%20b&usersig=x*y-z_&random=7"));
        assert_eq!(q.identifier.as_deref(), Some("a b"));
        assert_eq!(q.usersig.as_deref(), Some("x*y-z_"));
    }
}
