//! `imctl migrate`'s model, pure (no printing, no global state): the kinds of data a migration
//! moves ([`Kind`]), the on-disk bundle that holds them between reading and writing
//! ([`bundle`]), the read stages against the source app ([`read`]), the write stages against the
//! destination on the bulk engine ([`write`]), the one checkpoint across stages
//! ([`checkpoint`]), the Trial caps checked before writing ([`caps`]), the destination's ID of each group ([`group_ids`]) and the `--dry-run`
//! arithmetic ([`plan`]).
//!
//! Every move goes through the bundle: `migrate export` reads into it, `migrate import` writes
//! from it, and `migrate run` does one then the other in a working directory, so there is one
//! set of stage code.

pub mod bundle;
pub mod caps;
pub mod checkpoint;
pub mod group_ids;
pub mod lines;
pub mod plan;
pub mod read;
pub mod read_friends;
pub mod read_groups;
pub mod write;
pub mod write_friends;
pub mod write_groups;

/// One kind of data, in the order it must be written (a profile needs its account, a message
/// its parties).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Accounts,
    Profiles,
    Friends,
    Groups,
    Members,
    GroupMessages,
    C2cMessages,
}

impl Kind {
    /// Every kind, in write order.
    pub const ALL: [Kind; 7] = [
        Kind::Accounts,
        Kind::Profiles,
        Kind::Friends,
        Kind::Groups,
        Kind::Members,
        Kind::GroupMessages,
        Kind::C2cMessages,
    ];

    /// The kinds of groups: they need a group selection ([`Groups`]).
    pub const GROUP_KINDS: [Kind; 3] = [Kind::Groups, Kind::Members, Kind::GroupMessages];

    /// The name on the command line (`--what`), in the checkpoint and in the report.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Accounts => "accounts",
            Kind::Profiles => "profiles",
            Kind::Friends => "friends",
            Kind::Groups => "groups",
            Kind::Members => "members",
            Kind::GroupMessages => "group-messages",
            Kind::C2cMessages => "c2c-messages",
        }
    }

    pub fn parse(text: &str) -> Result<Kind, String> {
        Kind::ALL
            .into_iter()
            .find(|k| k.name() == text.trim())
            .ok_or_else(|| {
                let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
                format!("`{text}` is not a kind: {}", names.join(", "))
            })
    }

    /// The order the source is read in: every kind that names accounts (messages, groups,
    /// members, friends) before the accounts, so that `--include-referenced` knows them; the
    /// friends of the accounts so far (listed and referenced) last but one.
    pub fn read_order(kinds: &[Kind]) -> Vec<Kind> {
        const ORDER: [Kind; 7] = [
            Kind::C2cMessages,
            Kind::Groups,
            Kind::Members,
            Kind::GroupMessages,
            Kind::Friends,
            Kind::Accounts,
            Kind::Profiles,
        ];
        ORDER.into_iter().filter(|k| kinds.contains(k)).collect()
    }
}

/// Which groups a migration moves (`--groups all`, `--group ID…`, `--groups-file F`).
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Groups {
    /// No group selection: the group kinds read nothing.
    #[default]
    None,
    /// Every group of the source (`get_appid_group_list`, every page).
    All,
    /// These GroupIds.
    Ids(Vec<String>),
}

/// The kinds of `--what`, in write order and each once; an unknown kind is refused by name.
pub fn kinds(list: &[String]) -> Result<Vec<Kind>, String> {
    let mut out = Vec::new();
    for item in list {
        let kind = Kind::parse(item)?;
        if !out.contains(&kind) {
            out.push(kind);
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_put_in_write_order_once() {
        let list = ["c2c-messages", "accounts", "profiles", "accounts"].map(String::from);
        assert_eq!(
            kinds(&list).unwrap(),
            [Kind::Accounts, Kind::Profiles, Kind::C2cMessages]
        );
        assert_eq!(
            Kind::read_order(&kinds(&list).unwrap()),
            [Kind::C2cMessages, Kind::Accounts, Kind::Profiles]
        );
        let all: Vec<String> = Kind::ALL.iter().map(|k| k.name().to_string()).collect();
        assert_eq!(kinds(&all).unwrap(), Kind::ALL);
        // Whatever names accounts is read before the accounts.
        assert_eq!(
            Kind::read_order(&Kind::ALL)[4..],
            [Kind::Friends, Kind::Accounts, Kind::Profiles]
        );
    }

    #[test]
    fn unknown_kinds_are_refused_by_name() {
        assert!(kinds(&["mails".into()]).unwrap_err().contains("`mails`"));
    }
}
