//! What a Trial destination cannot hold, checked before the first write (`--to-edition trial`):
//! 100 accounts (70398), 100 groups (10058) and 20 members a group (10038, owner included;
//! AVChatRoom is never imported and Community has its own cap). Other editions' caps can be
//! raised with paid extensions, so they are left to the service.

use crate::domain::codes;
use crate::domain::group::{Edition, GroupType, TRIAL_GROUP_CAP};
use crate::domain::limits::TRIAL_ACCOUNTS;

/// The bundle's sizes that a cap applies to.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Sizes {
    pub accounts: u64,
    pub groups: u64,
    /// The group with the most members to import, and that count (its owner not included).
    pub largest_group: Option<(String, u64)>,
}

/// Why `edition` cannot hold `sizes`, or `None` when it can.
pub fn refusal(edition: Edition, sizes: &Sizes) -> Option<String> {
    if edition != Edition::Trial {
        return None;
    }
    if sizes.accounts > TRIAL_ACCOUNTS {
        return Some(format!(
            "the destination is a Trial app, which holds at most {TRIAL_ACCOUNTS} accounts \
             (ErrorCode {}); the bundle has {}",
            codes::ACCOUNT_LIMIT,
            sizes.accounts
        ));
    }
    if sizes.groups > TRIAL_GROUP_CAP as u64 {
        return Some(format!(
            "the destination is a Trial app, which holds at most {TRIAL_GROUP_CAP} groups \
             (ErrorCode {}); the bundle has {}",
            codes::TRIAL_GROUP_CAP,
            sizes.groups
        ));
    }
    let cap = u64::from(edition.max_members(GroupType::Public).unwrap_or(u32::MAX));
    match &sizes.largest_group {
        // The owner, whom import_group makes, is a member too.
        Some((group, members)) if members + 1 > cap => Some(format!(
            "the destination is a Trial app, whose groups hold at most {cap} members \
             (ErrorCode {}); group `{group}` has {} with its owner",
            codes::MEMBER_COUNT_QUOTA,
            members + 1
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trial_destination_refuses_what_it_cannot_hold() {
        let fits = Sizes {
            accounts: 100,
            groups: 100,
            largest_group: Some(("g".into(), 19)),
        };
        assert_eq!(refusal(Edition::Trial, &fits), None);
        let more = |f: fn(&mut Sizes)| {
            let mut s = fits.clone();
            f(&mut s);
            refusal(Edition::Trial, &s).unwrap()
        };
        assert!(more(|s| s.accounts = 101).contains("70398"));
        assert!(more(|s| s.groups = 101).contains("10058"));
        let members = more(|s| s.largest_group = Some(("g".into(), 20)));
        assert!(
            members.contains("10038") && members.contains("`g` has 21"),
            "{members}"
        );
        // Paid editions can extend their caps: the service has the last word.
        let big = Sizes {
            accounts: 1_000_000,
            groups: 1_000,
            largest_group: Some(("g".into(), 5_000)),
        };
        assert_eq!(refusal(Edition::Pro, &big), None);
        assert_eq!(refusal(Edition::Ultimate, &big), None);
    }
}
