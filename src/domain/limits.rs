//! Documented per-request limits and rates (spec §2, §12), shared by the client (which splits
//! and paces) and the emulator (which enforces).

use super::codes::{self, Class};

/// Items per request of the batch account commands.
pub const ACCOUNT_BATCH: usize = 100;
/// Accounts per online-status query.
pub const STATUS_BATCH: usize = 500;
/// Accounts per profile read.
pub const PROFILE_BATCH: usize = 100;

/// The documented default calls per second of a command.
pub fn qps(service: &str, command: &str) -> f64 {
    match (service, command) {
        ("im_open_login_svc", "multiaccount_import" | "account_delete" | "account_check") => 100.0,
        ("group_open_http_svc", "get_appid_group_list") => 1.0,
        ("open_msg_svc", "get_history") => 10.0,
        _ => 200.0,
    }
}

/// ErrorCodes that mean "too fast, try again later" (spec §12): the `Throttled` class of the
/// code table.
pub fn is_throttle_code(code: i64) -> bool {
    codes::class(code) == Class::Throttled
}

/// ErrorCodes that mean a transient server fault worth retrying: the `Transient` class.
pub fn is_transient_code(code: i64) -> bool {
    codes::class(code) == Class::Transient
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttle_and_transient_codes_are_the_code_table_s() {
        for code in [
            60007, 60011, 60018, 60019, 10006, 10023, 70050, 90024, 22006, 10049,
        ] {
            assert!(is_throttle_code(code), "{code}");
            assert!(!is_transient_code(code), "{code}");
        }
        // What the spec says to retry: the relationship and contact services' internal errors too.
        for code in [
            60008, 70169, 70202, 70500, 90992, 10002, 30006, 30007, 50004, 50005,
        ] {
            assert!(is_transient_code(code), "{code}");
        }
        assert!(!is_throttle_code(70107) && !is_transient_code(70107));
    }
}
