//! Tencent Cloud API 3.0 error codes (`Response.Error.Code`: dotted strings such as
//! `AuthFailure.SignatureExpire`, unlike the REST API's numbers): the exit code each maps to,
//! and what to check.

use super::Exit;

/// `AuthFailure.*` is exit 4, `RequestLimitExceeded*` exit 5, everything else exit 1.
pub fn cloud_code_exit(code: &str) -> Exit {
    if family(code, "AuthFailure") {
        Exit::Auth
    } else if is_cloud_throttle_code(code) {
        Exit::RateLimited
    } else {
        Exit::Failed
    }
}

/// Throttling: the action's, the account's or the source IP's rate limit.
pub fn is_cloud_throttle_code(code: &str) -> bool {
    family(code, "RequestLimitExceeded")
}

/// `family` itself or one of its dotted sub-codes (never a mere prefix: `AuthFailureX` is not one).
fn family(code: &str, family: &str) -> bool {
    code.strip_prefix(family)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// What to check for a code: the SecretId/SecretKey variables, the clock, CAM permissions.
pub fn cloud_hint(code: &str) -> Option<&'static str> {
    Some(match code {
        "AuthFailure.SecretIdNotFound" => {
            "the SecretId does not exist or its key is disabled: check the variable named by --secret-id-env against the API keys page of the CAM console"
        }
        "AuthFailure.InvalidSecretId" => {
            "the SecretId is not a Cloud API key ID (they start with AKID): check the variable named by --secret-id-env"
        }
        "AuthFailure.SignatureFailure" => {
            "the signature does not match: check that the variable named by --secret-key-env holds the SecretKey of this SecretId"
        }
        "AuthFailure.SignatureExpire" => {
            "the request time is more than 5 minutes off the server's: this machine's clock is wrong; sync it (NTP) and run again"
        }
        "AuthFailure.InvalidAuthorization" => {
            "the Authorization header was refused as malformed: check the SecretId has no stray characters and --cloud-endpoint is a Cloud API 3.0 host"
        }
        "AuthFailure.TokenFailure" => {
            "the credentials are temporary ones whose token is missing or expired: use a permanent SecretId/SecretKey pair"
        }
        "AuthFailure.UnauthorizedOperation" | "UnauthorizedOperation" => {
            "the key's CAM user may not call cim:DescribeSdkAppid: grant it read access to Chat in the CAM console"
        }
        "InvalidAction" => {
            "this endpoint does not offer the action: check --cloud-endpoint (default https://cim.tencentcloudapi.com)"
        }
        "InternalError" => "a server-side failure: run again later; quote the RequestId if it persists",
        c if family(c, "AuthFailure") => {
            "check the SecretId/SecretKey pair (--secret-id-env, --secret-key-env) and this machine's clock"
        }
        c if is_cloud_throttle_code(c) => {
            "still rate-limited after retries: wait a moment and run again"
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_map_to_exit_codes() {
        for code in [
            "AuthFailure",
            "AuthFailure.SecretIdNotFound",
            "AuthFailure.SignatureExpire",
            "AuthFailure.SignatureFailure",
            "AuthFailure.UnauthorizedOperation",
            "AuthFailure.SomethingNew",
        ] {
            assert_eq!(cloud_code_exit(code), Exit::Auth, "{code}");
        }
        for code in [
            "RequestLimitExceeded",
            "RequestLimitExceeded.UinLimitExceeded",
            "RequestLimitExceeded.IPLimitExceeded",
            "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
        ] {
            assert_eq!(cloud_code_exit(code), Exit::RateLimited, "{code}");
        }
        for code in [
            "InternalError",
            "InvalidAction",
            "UnauthorizedOperation",
            "ResourceNotFound",
            "AuthFailureLookalike",
            "RequestLimitExceededX",
            "",
        ] {
            assert_eq!(cloud_code_exit(code), Exit::Failed, "{code}");
        }
    }

    #[test]
    fn auth_and_throttle_codes_say_what_to_check() {
        assert!(cloud_hint("AuthFailure.SignatureExpire")
            .unwrap()
            .contains("clock"));
        assert!(cloud_hint("AuthFailure.SecretIdNotFound")
            .unwrap()
            .contains("--secret-id-env"));
        assert!(cloud_hint("AuthFailure.SignatureFailure")
            .unwrap()
            .contains("--secret-key-env"));
        assert!(cloud_hint("AuthFailure.Other")
            .unwrap()
            .contains("SecretKey"));
        assert!(cloud_hint("RequestLimitExceeded.UinLimitExceeded").is_some());
        assert!(cloud_hint("ResourceNotFound").is_none());
    }
}
