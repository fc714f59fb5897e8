//! `--dry-run`'s arithmetic: for each stage, the calls it takes on each app (reading the
//! source, reading the destination, writing it) and the time the documented rates imply
//! (`domain::limits::qps`, spec §12). Stages run one after the other, so the times add up.

use serde_json::{json, Value};

use super::write::PROFILE_WRITE_BATCH;
use super::write_friends::FRIEND_WRITE_BATCH;
use super::Kind;
use crate::api::wire::group::{
    GetAppidGroupList, GetGroupInfo, GetGroupMemberInfo, GroupMsgGetSimple, ImportGroup,
    ImportGroupMember, ImportGroupMsg,
};
use crate::api::wire::sns::{FriendCheck, FriendGet, FriendImport};
use crate::api::wire::{account, c2c, history, profile, Endpoint};
use crate::domain::group::{INFO_BATCH, LIST_PAGE_MAX, MEMBER_PAGE};
use crate::domain::limits::{
    qps, ACCOUNT_BATCH, GROUP_HISTORY_PAGE, IMPORT_GROUP_MEMBER_BATCH, IMPORT_GROUP_MSG_BATCH,
    PROFILE_BATCH,
};
use crate::domain::sns::FRIEND_GET_PAGE;

/// Calls of one command on one app.
#[derive(Debug, Clone, PartialEq)]
pub struct Calls {
    /// `source` or `destination`.
    pub app: &'static str,
    pub command: &'static str,
    pub calls: u64,
    pub per_second: f64,
}

impl Calls {
    fn of<E: Endpoint>(app: &'static str, calls: u64) -> Calls {
        Calls {
            app,
            command: E::COMMAND,
            calls,
            per_second: qps(E::SERVICE, E::COMMAND),
        }
    }

    pub fn seconds(&self) -> f64 {
        self.calls as f64 / self.per_second
    }
}

/// One stage's counts and calls.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    pub kind: Kind,
    /// Items read from the source (accounts asked about, for the accounts stage).
    pub asked: u64,
    /// Items in the bundle: what the write stage would write at most.
    pub items: u64,
    pub calls: Vec<Calls>,
}

impl Stage {
    pub fn seconds(&self) -> f64 {
        self.calls.iter().map(Calls::seconds).sum()
    }

    /// `accounts: 250 item(s); source account_check 3 calls / 100/s = 0.03 s; ...`
    pub fn human(&self) -> String {
        let calls: Vec<String> = self
            .calls
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} call(s) / {}/s = {:.2} s",
                    c.app,
                    c.command,
                    c.calls,
                    c.per_second,
                    c.seconds()
                )
            })
            .collect();
        format!(
            "{}: {} item(s); {}; {:.2} s",
            self.kind.name(),
            self.items,
            calls.join(" + "),
            self.seconds()
        )
    }

    pub fn to_json(&self) -> Value {
        let calls: Vec<Value> = self
            .calls
            .iter()
            .map(|c| {
                json!({"App": c.app, "Command": c.command, "Calls": c.calls,
                    "PerSecond": c.per_second, "Seconds": c.seconds()})
            })
            .collect();
        json!({"Stage": self.kind.name(), "Items": self.items, "Calls": calls,
            "Seconds": self.seconds()})
    }
}

fn batches(n: u64, size: usize) -> u64 {
    n.div_ceil(size as u64)
}

/// What a stage's calls are counted from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    /// Accounts asked about (accounts).
    pub asked: u64,
    /// The stage's bundle lines.
    pub items: u64,
    /// Accounts moved: whose profiles and friends are read.
    pub accounts: u64,
    /// Archive hours (C2C messages).
    pub hours: u64,
    /// Groups moved.
    pub groups: u64,
    /// True when the groups are listed with `get_appid_group_list` (`--groups all`).
    pub list_all: bool,
    /// The stage's lines per key: per From_Account (friends), per group (members, group
    /// messages); a key without lines is not listed.
    pub per_key: Vec<u64>,
}

/// Pages of `n` items at `size` a page, one at least (an empty answer is one call).
fn pages(n: u64, size: usize) -> u64 {
    batches(n, size).max(1)
}

/// The calls of one stage.
pub fn stage(kind: Kind, c: &Counts) -> Stage {
    let (asked, items, accounts, hours) = (c.asked, c.items, c.accounts, c.hours);
    // Per key: the reads of every page on each side, the writes of every batch.
    let per = |size: usize| -> u64 { c.per_key.iter().map(|&n| batches(n, size)).sum() };
    let empty_keys = |keys: u64| keys.saturating_sub(c.per_key.len() as u64);
    let paged = |size: usize, keys: u64| -> u64 {
        c.per_key.iter().map(|&n| pages(n, size)).sum::<u64>() + empty_keys(keys)
    };
    let calls = match kind {
        Kind::Accounts => vec![
            Calls::of::<account::AccountCheck>("source", batches(asked, ACCOUNT_BATCH)),
            Calls::of::<account::AccountCheck>("destination", batches(items, ACCOUNT_BATCH)),
            Calls::of::<account::MultiaccountImport>("destination", batches(items, ACCOUNT_BATCH)),
        ],
        Kind::Profiles => vec![
            Calls::of::<profile::PortraitGet>("source", batches(accounts, PROFILE_BATCH)),
            Calls::of::<profile::PortraitGet>("destination", batches(items, PROFILE_WRITE_BATCH)),
            Calls::of::<profile::PortraitSet>("destination", items),
        ],
        Kind::C2cMessages => vec![
            Calls::of::<history::GetHistory>("source", hours),
            Calls::of::<history::GetHistory>("destination", hours),
            Calls::of::<c2c::ImportMsg>("destination", items),
        ],
        Kind::Friends => vec![
            Calls::of::<FriendGet>("source", paged(FRIEND_GET_PAGE, accounts)),
            Calls::of::<FriendCheck>("destination", per(FRIEND_WRITE_BATCH)),
            Calls::of::<FriendImport>("destination", per(FRIEND_WRITE_BATCH)),
        ],
        Kind::Groups => {
            let list = if c.list_all {
                pages(c.groups, LIST_PAGE_MAX)
            } else {
                0
            };
            vec![
                Calls::of::<GetAppidGroupList>("source", list),
                Calls::of::<GetGroupInfo>("source", batches(c.groups, INFO_BATCH)),
                Calls::of::<GetGroupInfo>("destination", items),
                Calls::of::<ImportGroup>("destination", items),
            ]
        }
        // The owner is listed too: one member more a group.
        Kind::Members => vec![
            Calls::of::<GetGroupMemberInfo>(
                "source",
                c.per_key
                    .iter()
                    .map(|&n| pages(n + 1, MEMBER_PAGE))
                    .sum::<u64>()
                    + empty_keys(c.groups),
            ),
            Calls::of::<ImportGroupMember>("destination", per(IMPORT_GROUP_MEMBER_BATCH)),
        ],
        Kind::GroupMessages => vec![
            Calls::of::<GroupMsgGetSimple>("source", paged(GROUP_HISTORY_PAGE, c.groups)),
            Calls::of::<GroupMsgGetSimple>("destination", paged(GROUP_HISTORY_PAGE, c.groups)),
            Calls::of::<ImportGroupMsg>("destination", per(IMPORT_GROUP_MSG_BATCH)),
        ],
    };
    Stage {
        kind,
        asked,
        items,
        calls,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_is_the_calls_over_the_documented_rates() {
        let counts = |asked, items, accounts, hours| Counts {
            asked,
            items,
            accounts,
            hours,
            ..Counts::default()
        };
        let s = stage(Kind::Accounts, &counts(10_000, 10_000, 0, 0));
        // 100 account_check on each side and 100 imports, all at 100/s.
        assert_eq!(s.calls.iter().map(|c| c.calls).sum::<u64>(), 300);
        assert!((s.seconds() - 3.0).abs() < 1e-9);
        let p = stage(Kind::Profiles, &counts(0, 10_000, 10_000, 0));
        // 100 + 500 reads and 10,000 sets at 200/s.
        assert!((p.seconds() - 53.0).abs() < 1e-9, "{}", p.human());
        let m = stage(Kind::C2cMessages, &counts(0, 10_000, 0, 24));
        // 24 hours on each side at 10/s, 10,000 imports at 200/s.
        assert!((m.seconds() - 54.8).abs() < 1e-9, "{}", m.human());
    }

    #[test]
    fn the_group_and_friend_stages_count_pages_and_batches_per_key() {
        let calls = |s: &Stage| -> Vec<u64> { s.calls.iter().map(|c| c.calls).collect() };
        // 100 groups of 100 members: a page of 100 (and the owner's page) each, read; one
        // import of up to 300 each, written.
        let per_group = Counts {
            groups: 100,
            items: 10_000,
            per_key: vec![100; 100],
            ..Counts::default()
        };
        assert_eq!(calls(&stage(Kind::Members, &per_group)), [200, 100]);
        // 100 messages a group: 5 pages on each side, 15 imports of 7.
        assert_eq!(
            calls(&stage(Kind::GroupMessages, &per_group)),
            [500, 500, 1_500]
        );
        let groups = Counts {
            groups: 100,
            items: 100,
            list_all: true,
            ..Counts::default()
        };
        // One list page at 1/s, 2 info pages of 50, a check and an import a group.
        let g = stage(Kind::Groups, &groups);
        assert_eq!(calls(&g), [1, 2, 100, 100]);
        assert!((g.seconds() - 2.01).abs() < 1e-9, "{}", g.human());
        // 10,000 accounts, 2,000 of them with 10 friends: one page each, read; a check and an
        // import per From_Account.
        let friends = Counts {
            accounts: 10_000,
            items: 20_000,
            per_key: vec![10; 2_000],
            ..Counts::default()
        };
        assert_eq!(
            calls(&stage(Kind::Friends, &friends)),
            [10_000, 2_000, 2_000]
        );
    }
}
