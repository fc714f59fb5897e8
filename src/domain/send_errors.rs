//! What a message-send ErrorCode means and what fixes it (spec §5.3, §11.3), for every command
//! that sends a message: `push-check --send-test` now, group sends later. The words live in the
//! code table (`domain::codes`).

use super::codes;

/// The cause of a send failure in plain words, and the fix a support engineer would give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SendAdvice {
    pub cause: &'static str,
    pub fix: &'static str,
}

/// The documented meaning of `code` for a send, when the documentation gives one: the message
/// codes of the code table that have a fix (auth codes are the command's error, not advice).
pub fn advice(code: i64) -> Option<SendAdvice> {
    codes::message_rows()
        .iter()
        .find(|row| row.code == code && row.class != codes::Class::Auth)
        .and_then(|row| {
            row.fix.map(|fix| SendAdvice {
                cause: row.meaning,
                fix,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_codes_support_engineers_name_have_advice() {
        for code in [
            20003, 20006, 20009, 20010, 20011, 90012, 90043, 90026, 80002,
        ] {
            let a = advice(code).unwrap_or_else(|| panic!("{code} has no advice"));
            assert!(!a.cause.is_empty() && !a.fix.is_empty());
        }
        assert!(advice(20009).unwrap().cause.contains("friends"));
        assert!(advice(20006).unwrap().cause.contains("callback"));
    }

    #[test]
    fn unknown_codes_are_not_guessed() {
        assert_eq!(advice(12345), None);
        assert_eq!(advice(0), None);
    }
}
