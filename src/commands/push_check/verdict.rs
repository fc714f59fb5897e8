//! From an online-status answer to the console's verdict (spec §2.1): whether a message sent now
//! reaches the user, and how.

use serde::Serialize;

use crate::api::wire::presence::{OnlineStatus, PlatformStatus};

/// The platforms `query_online_status` names (spec §2.1), in the console's order.
pub const PLATFORMS: [&str; 6] = ["iPhone", "Android", "Web", "PC", "iPad", "Mac"];

/// What a message sent now would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verdict {
    /// Some device is Online: delivered over the live connection; no offline push is triggered.
    Online,
    /// No device Online but some PushOnline: delivered as an offline push.
    PushOnline,
    /// Offline everywhere: no push can reach the user.
    Offline,
    /// The account does not exist (the service said so: ErrorCode 70107).
    NotImported,
    /// The service's answer did not mention the user at all: nothing is known.
    NotReported,
}

impl Verdict {
    /// Whether a message sent now reaches the user (the command's exit 0).
    pub fn reachable(self) -> bool {
        matches!(self, Verdict::Online | Verdict::PushOnline)
    }

    /// The console's wording.
    pub fn explain(self) -> &'static str {
        match self {
            Verdict::Online => {
                "delivered online: a device holds a live connection, so no offline push is triggered (a user is Online when any device is)"
            }
            Verdict::PushOnline => {
                "reachable by offline push: the app process was killed or lost its connection after login (Android; iOS only while the app is in the background); the state lasts at most 7 days"
            }
            Verdict::Offline => {
                "cannot receive offline pushes: the client never logged in, logged out, or has been offline for more than 7 days"
            }
            Verdict::NotImported => {
                "not an imported account: nothing can be delivered (import it with imctl account import)"
            }
            Verdict::NotReported => {
                "the service did not report this user: its answer neither gave a status nor an error for them, so nothing can be concluded (run the check again; with -vv the answer is shown)"
            }
        }
    }
}

/// The user's status per platform, and the verdict they add up to.
#[derive(Debug, Clone, PartialEq)]
pub struct Presence {
    pub status: String,
    pub platforms: Vec<PlatformStatus>,
    pub verdict: Verdict,
}

/// Reads one `QueryResult` item. With `all_platforms`, platforms the service did not list are
/// added as `Offline` (the service lists only platforms holding a login state).
pub fn presence(item: &OnlineStatus, all_platforms: bool) -> Presence {
    let mut platforms = item.detail.clone();
    if all_platforms {
        for name in PLATFORMS {
            if !platforms
                .iter()
                .any(|p| p.platform.eq_ignore_ascii_case(name))
            {
                platforms.push(PlatformStatus {
                    platform: name.into(),
                    status: "Offline".into(),
                });
            }
        }
    }
    let any = |wanted: &str| {
        item.status.eq_ignore_ascii_case(wanted)
            || item
                .detail
                .iter()
                .any(|p| p.status.eq_ignore_ascii_case(wanted))
    };
    let verdict = if any("Online") {
        Verdict::Online
    } else if any("PushOnline") {
        Verdict::PushOnline
    } else {
        Verdict::Offline
    };
    Presence {
        status: item.status.clone(),
        platforms,
        verdict,
    }
}

/// Whether a platform name is an Apple one (offline push there works only while the app is in
/// the background, per the console).
pub fn is_ios(platform: &str) -> bool {
    ["iPhone", "iPad"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(platform))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(status: &str, detail: &[(&str, &str)]) -> OnlineStatus {
        OnlineStatus {
            to_account: "alice".into(),
            status: status.into(),
            detail: detail
                .iter()
                .map(|(p, s)| PlatformStatus {
                    platform: (*p).into(),
                    status: (*s).into(),
                })
                .collect(),
        }
    }

    #[test]
    fn any_online_device_makes_the_user_online() {
        let p = presence(
            &item("Online", &[("Android", "PushOnline"), ("PC", "Online")]),
            false,
        );
        assert_eq!(p.verdict, Verdict::Online);
        assert!(p.verdict.reachable());
        assert_eq!(p.platforms.len(), 2);
    }

    #[test]
    fn push_online_is_reachable_by_offline_push() {
        let p = presence(&item("PushOnline", &[("IPhone", "PushOnline")]), false);
        assert_eq!(p.verdict, Verdict::PushOnline);
        assert!(p.verdict.reachable());
        assert!(is_ios(&p.platforms[0].platform));
    }

    #[test]
    fn offline_everywhere_is_unreachable() {
        let p = presence(&item("Offline", &[]), false);
        assert_eq!(p.verdict, Verdict::Offline);
        assert!(!p.verdict.reachable());
        assert!(!Verdict::NotImported.reachable());
        assert!(!Verdict::NotReported.reachable());
    }

    #[test]
    fn all_platforms_lists_every_platform_once_whatever_the_case() {
        let p = presence(&item("PushOnline", &[("IPhone", "PushOnline")]), true);
        assert_eq!(p.platforms.len(), PLATFORMS.len());
        assert_eq!(p.platforms[0].status, "PushOnline");
        assert!(p.platforms[1..].iter().all(|x| x.status == "Offline"));
    }

    #[test]
    fn the_legacy_lower_case_and_state_word_are_read_alike() {
        assert_eq!(
            presence(&item("online", &[]), false).verdict,
            Verdict::Online
        );
    }
}
