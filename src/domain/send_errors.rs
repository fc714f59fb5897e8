//! What a message-send ErrorCode means and what fixes it (spec §5.3, §11.3), for every command
//! that sends a message: `push-check --send-test` now, group sends later.

/// The cause of a send failure in plain words, and the fix a support engineer would give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SendAdvice {
    pub cause: &'static str,
    pub fix: &'static str,
}

/// The documented meaning of `code` for a send, when the documentation gives one.
pub fn advice(code: i64) -> Option<SendAdvice> {
    let (cause, fix) = match code {
        20003 | 90012 => (
            "the receiver (or sender) is not an imported account",
            "import it first: imctl account import USERID",
        ),
        90008 | 90048 => (
            "the sender (From_Account) is missing or does not exist",
            "import the sender, or leave out --from to send as the app admin",
        ),
        20006 => (
            "your app's before-send callback (C2C.CallbackBeforeSendMsg) refused the message",
            "check your callback handler's logic and logs (imctl logs query --kind callback), or try the handler with imctl callback trigger C2C.CallbackBeforeSendMsg",
        ),
        80003 => (
            "the before-send callback failed or timed out, and the app's timeout policy drops the message",
            "make the callback handler answer within 2 s (imctl callback trigger measures it), or change the timeout policy in the console",
        ),
        20007 => (
            "the sender is on the receiver's blocklist",
            "remove the sender from the receiver's blocklist, or test with another sender",
        ),
        20009..=20011 => (
            "the relationship check is on and the two accounts are not friends",
            "add them as friends, or turn off the friendship check for one-to-one messages in the console (Feature configuration)",
        ),
        20012 => (
            "the sender is muted",
            "lift the mute: imctl account mute SENDER --c2c 0",
        ),
        80001 => (
            "the text was caught by the sensitive-word filter",
            "send other text, or review the filter settings in the console",
        ),
        80002 | 93000 => (
            "the message is too long (keep a message under 8 KB)",
            "send a shorter text, title or description",
        ),
        90026 | 90044 => (
            "MsgLifeTime is not a number of seconds up to 7 days",
            "give a lifetime between 0 and 604800 seconds",
        ),
        90043 => (
            "OfflinePushInfo is malformed",
            "check the push title, description and Ext (Ext must be a string)",
        ),
        90045 => (
            "the push feature this call needs is not enabled for the app",
            "enable it in the console (push configuration)",
        ),
        90047 => (
            "the app's daily push quota is used up",
            "wait until tomorrow, or raise the quota in the console",
        ),
        90024 | 22006 => (
            "pushes are sent too often",
            "wait a second between tests",
        ),
        22001 => (
            "no push certificate is uploaded for the app",
            "upload the vendor certificate in the console's offline push configuration",
        ),
        90992 => (
            "an internal error; when it happens on every call and callbacks are on, your callback server is failing",
            "check that the callback URL answers (imctl callback trigger), then retry",
        ),
        _ => return None,
    };
    Some(SendAdvice { cause, fix })
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
