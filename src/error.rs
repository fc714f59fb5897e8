//! One error type for the whole program and the exit-code table; the exit class and hint of a
//! Tencent ErrorCode come from the one code table (`domain::codes`).
//!
//! Messages never contain a key or a UserSig: callers pass only names, paths and codes in here.

use std::fmt;
use std::process::ExitCode;

use crate::domain::codes;

mod cloud;

pub use cloud::{cloud_code_exit, cloud_hint, is_cloud_throttle_code};

/// The documented exit codes (README "Exit codes", `imctl --help`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: everything worked.
    Ok,
    /// 1: a single operation failed (API error, invalid UserSig, I/O).
    Failed,
    /// 2: the command line was wrong.
    Usage,
    /// 3: configuration or credentials missing or invalid.
    Config,
    /// 4: the server rejected the request as unauthenticated.
    Auth,
    /// 5: still rate-limited after retries.
    RateLimited,
    /// 6: some items of a bulk operation failed.
    Partial,
    /// 7: network or transport failure.
    Transport,
    /// 130: interrupted (Ctrl-C).
    Interrupted,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::Failed => 1,
            Exit::Usage => 2,
            Exit::Config => 3,
            Exit::Auth => 4,
            Exit::RateLimited => 5,
            Exit::Partial => 6,
            Exit::Transport => 7,
            Exit::Interrupted => 130,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e.code())
    }
}

/// Everything that can stop a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad arguments or input that the user can fix on the command line.
    #[error("{0}")]
    Usage(String),
    /// Missing or invalid configuration/credentials, with a hint on how to fix it.
    #[error("{message}")]
    Config {
        message: String,
        hint: Option<String>,
    },
    /// A local operation failed (file I/O and the like).
    #[error("{0}")]
    Failed(String),
    /// The server answered with a non-zero ErrorCode.
    #[error("{endpoint}: ErrorCode {code}: {info}")]
    Api {
        endpoint: String,
        code: i64,
        info: String,
    },
    /// A Tencent Cloud API 3.0 call answered `Response.Error` (string codes, [`cloud_code_exit`]).
    #[error("{endpoint}: {code}: {message}{}", request_id_suffix(.request_id))]
    CloudApi {
        endpoint: String,
        code: String,
        message: String,
        request_id: Option<String>,
    },
    /// Still throttled after every retry.
    #[error("{endpoint}: still rate-limited after {attempts} attempts (ErrorCode {code})")]
    RateLimited {
        endpoint: String,
        code: i64,
        attempts: u32,
    },
    /// The request never got an answer (DNS, connect, TLS, reset, timeout, HTTP 5xx).
    #[error("{0}")]
    Transport(String),
    /// Some items of a bulk operation failed; the summary was already printed.
    #[error("{failed} of {requested} item(s) failed")]
    Partial { requested: u64, failed: u64 },
    /// Writing to stdout failed because the reader went away: a quiet success.
    #[error("broken pipe")]
    BrokenPipe,
    /// Ctrl-C.
    #[error("interrupted")]
    Interrupted,
}

impl Error {
    pub fn usage(msg: impl Into<String>) -> Self {
        Error::Usage(msg.into())
    }

    /// A missing or unreadable input file: exit 2 in every command, `PATH: <the OS's reason>`.
    pub fn unreadable(name: &str, err: &std::io::Error) -> Self {
        let reason = err.to_string();
        // "No such file or directory (os error 2)": the code adds nothing for a person.
        let reason = match reason.rfind(" (os error ") {
            Some(at) if reason.ends_with(')') => &reason[..at],
            _ => &reason,
        };
        Error::usage(format!("{name}: {reason}"))
    }

    pub fn config(msg: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Config {
            message: msg.into(),
            hint: Some(hint.into()),
        }
    }

    /// An I/O failure with what we were doing; the path is named, never file contents.
    pub fn io(context: impl fmt::Display, err: &std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::BrokenPipe;
        }
        Error::Failed(format!("{context}: {err}"))
    }

    pub fn exit(&self) -> Exit {
        match self {
            Error::Usage(_) => Exit::Usage,
            Error::Config { .. } => Exit::Config,
            Error::Failed(_) => Exit::Failed,
            Error::Api { code, .. } if is_auth_code(*code) => Exit::Auth,
            Error::Api { .. } => Exit::Failed,
            Error::CloudApi { code, .. } => cloud_code_exit(code),
            Error::RateLimited { .. } => Exit::RateLimited,
            Error::Transport(_) => Exit::Transport,
            Error::Partial { .. } => Exit::Partial,
            Error::BrokenPipe => Exit::Ok,
            Error::Interrupted => Exit::Interrupted,
        }
    }

    /// A one-line suggestion shown under the error, when there is one.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::Config { hint, .. } => hint.clone(),
            Error::Api { code, .. } | Error::RateLimited { code, .. } => {
                hint_for_code(*code).map(str::to_string)
            }
            Error::CloudApi { code, .. } => cloud_hint(code).map(str::to_string),
            Error::Transport(_) => Some(
                "check the network, --region/--endpoint, proxy settings (HTTPS_PROXY) and --timeout"
                    .to_string(),
            ),
            _ => None,
        }
    }
}

fn request_id_suffix(request_id: &Option<String>) -> String {
    request_id
        .as_deref()
        .map_or_else(String::new, |id| format!(" (RequestId {id})"))
}

/// ErrorCodes meaning the server did not accept who we are (exit code 4): the `Auth` class of
/// the one code table. 70050 (too many failed UserSig checks) is not one: it is a temporary
/// lockout, reported as rate-limited.
pub fn is_auth_code(code: i64) -> bool {
    codes::class(code) == codes::Class::Auth
}

/// The hint for a Tencent ErrorCode with a well-known cause: the code table's fix.
pub fn hint_for_code(code: i64) -> Option<&'static str> {
    codes::fix(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_match_the_documented_table() {
        let table = [
            (Exit::Ok, 0),
            (Exit::Failed, 1),
            (Exit::Usage, 2),
            (Exit::Config, 3),
            (Exit::Auth, 4),
            (Exit::RateLimited, 5),
            (Exit::Partial, 6),
            (Exit::Transport, 7),
            (Exit::Interrupted, 130),
        ];
        for (exit, code) in table {
            assert_eq!(exit.code(), code, "{exit:?}");
        }
    }

    #[test]
    fn broken_pipe_is_a_quiet_success() {
        let e = Error::io(
            "stdout",
            &std::io::Error::from(std::io::ErrorKind::BrokenPipe),
        );
        assert!(matches!(e, Error::BrokenPipe));
        assert_eq!(e.exit(), Exit::Ok);
    }

    #[test]
    fn api_errors_map_to_auth_or_failure() {
        let api = |code| Error::Api {
            endpoint: "v4/x/y".into(),
            code,
            info: "i".into(),
        };
        assert_eq!(api(70009).exit(), Exit::Auth);
        assert_eq!(api(70107).exit(), Exit::Failed);
        assert!(api(70009)
            .to_string()
            .contains("v4/x/y: ErrorCode 70009: i"));
        assert!(api(70009).hint().unwrap().contains("region"));
    }

    #[test]
    fn a_usersig_lockout_is_rate_limited_with_a_retry_hint() {
        assert!(!is_auth_code(70050));
        let e = Error::RateLimited {
            endpoint: "v4/x/y".into(),
            code: 70050,
            attempts: 1,
        };
        assert_eq!(e.exit(), Exit::RateLimited);
        assert!(e.hint().unwrap().contains("retry after a minute"));
    }

    #[test]
    fn cloud_api_errors_name_the_code_and_map_by_family() {
        let cloud = |code: &str| Error::CloudApi {
            endpoint: "https://cim.tencentcloudapi.com DescribeSdkAppid".into(),
            code: code.into(),
            message: "m".into(),
            request_id: Some("r-1".into()),
        };
        let e = cloud("AuthFailure.SignatureExpire");
        assert_eq!(e.exit(), Exit::Auth);
        assert_eq!(
            e.to_string(),
            "https://cim.tencentcloudapi.com DescribeSdkAppid: AuthFailure.SignatureExpire: m (RequestId r-1)"
        );
        assert!(e.hint().unwrap().contains("clock"));
        assert_eq!(cloud("RequestLimitExceeded").exit(), Exit::RateLimited);
        assert_eq!(cloud("InternalError").exit(), Exit::Failed);
    }

    #[test]
    fn exit_classes_and_hints_come_from_the_code_table() {
        let api = |code| Error::Api {
            endpoint: "v4/x/y".into(),
            code,
            info: "i".into(),
        };
        for row in codes::all() {
            let e = api(row.code);
            let want = if row.class == codes::Class::Auth {
                Exit::Auth
            } else {
                Exit::Failed
            };
            assert_eq!(e.exit(), want, "{}", row.code);
            assert_eq!(e.hint().as_deref(), row.fix, "{}", row.code);
        }
        // Codes whose fix only the send advice knew, and the group callback's refusal.
        assert!(api(codes::RECEIVER_NOT_IMPORTED)
            .hint()
            .unwrap()
            .contains("account import"));
        assert!(api(codes::GROUP_CALLBACK_REJECTED)
            .hint()
            .unwrap()
            .contains("callback"));
        // The not-admin code of the relationship service is an auth failure like the others.
        assert_eq!(api(codes::SNS_NOT_ADMIN).exit(), Exit::Auth);
    }

    #[test]
    fn auth_codes_have_hints() {
        for code in [70001, 70003, 70009, 70013, 70014, 70016, 70020, 60010] {
            assert!(hint_for_code(code).is_some(), "{code}");
        }
        assert!(hint_for_code(0).is_none());
    }
}
