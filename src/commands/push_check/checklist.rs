//! What only the console or the phone can show, in the order support engineers ask for it. The
//! public API exposes none of it, so imctl names each step and where to look, and never guesses
//! an answer.

use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Step {
    #[serde(rename = "Step")]
    pub number: usize,
    #[serde(rename = "Check")]
    pub check: &'static str,
    /// Where the answer is: the vendor's console, the phone, the Chat console.
    #[serde(rename = "Where")]
    pub place: &'static str,
}

const STEPS: [(&str, &str); 7] = [
    (
        "Send a test push from the push vendor's own console (APNs, FCM, Huawei, Xiaomi, OPPO, vivo, Honor, Meizu) to the device: if it does not arrive, the certificate or vendor setup is at fault, not Chat",
        "vendor console",
    ),
    (
        "Kill the receiver's app process (swipe it away, not only to the background), then send a C2C text message (imctl push-check USER --send-test)",
        "phone",
    ),
    (
        "Custom messages are pushed only when OfflinePushInfo.Desc is set (--push-desc)",
        "your sending code",
    ),
    (
        "Notifications are allowed for the app on the phone (system settings, and the vendor's notification channel or importance)",
        "phone",
    ),
    (
        "The SDK reported a device token for this user after login (Offline Push Self-Service Check, or the SDK log)",
        "Chat console",
    ),
    (
        "The certificate ID the client registers matches an uploaded certificate, in the right environment (development or production build)",
        "Chat console",
    ),
    (
        "The vendor channel settings (channel IDs, message classification) match what the vendor console expects",
        "Chat console",
    ),
];

/// The checklist, numbered.
pub fn steps() -> Vec<Step> {
    STEPS
        .iter()
        .enumerate()
        .map(|(i, (check, place))| Step {
            number: i + 1,
            check,
            place,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vendor_console_test_comes_first_then_the_killed_app() {
        let steps = steps();
        assert!(steps[0].check.contains("vendor's own console"));
        assert!(steps[1].check.contains("Kill"));
        assert!(steps
            .iter()
            .any(|s| s.check.contains("OfflinePushInfo.Desc")));
        assert!(steps.iter().any(|s| s.check.contains("Notifications")));
        assert_eq!(steps.last().unwrap().number, steps.len());
    }
}
