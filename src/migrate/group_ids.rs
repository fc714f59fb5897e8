//! The destination's GroupId of each source group. A group keeps its ID, except one whose ID
//! the source service generated (`@TGS#…`, other than a Community's `@TGS#_…`): `import_group`
//! takes no custom ID with that prefix (spec §6), so such a group moves under the prefix given
//! (`--generated-group-prefix`, default `TGS_`) followed by the rest of its old ID:
//! `@TGS#2J4SZEAEL` → `TGS_2J4SZEAEL`.
//!
//! The new ID is a function of the old one, not an ID the destination hands out: a resumed run,
//! a re-run, an incremental run with another working directory and `migrate import` of a bundle
//! all find the group they wrote before, and its members and messages follow it with no table
//! to keep. The list of renamed groups is written into the bundle (`group-ids.jsonl`) for the
//! app's own records of GroupIds.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::domain::group::{COMMUNITY_PREFIX, GENERATED_PREFIX, GROUP_ID_MAX};
use crate::error::Error;

/// The prefix a generated ID's group moves under by default.
pub const DEFAULT_PREFIX: &str = "TGS_";
/// The bundle file listing the renamed groups, one `{"SourceGroupId", "GroupId"}` a line.
pub const FILE: &str = "group-ids.jsonl";

/// The renaming rule of one migration.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupIds {
    prefix: String,
}

impl Default for GroupIds {
    fn default() -> Self {
        GroupIds {
            prefix: DEFAULT_PREFIX.into(),
        }
    }
}

impl GroupIds {
    /// A rule with this prefix: printable ASCII, not itself generated-looking, and short
    /// enough to leave room for the rest of a generated ID.
    pub fn new(prefix: &str) -> Result<GroupIds, String> {
        if prefix.is_empty() {
            return Err("the prefix is empty: a renamed group needs an ID unlike `@TGS#…`".into());
        }
        if let Some(c) = prefix.chars().find(|c| !('!'..='~').contains(c)) {
            return Err(format!(
                "the prefix may hold printable ASCII without spaces only, not {c:?}"
            ));
        }
        if prefix.starts_with(GENERATED_PREFIX) || GENERATED_PREFIX.starts_with(prefix) {
            return Err(format!(
                "`{prefix}`: a custom group ID may not start with `{GENERATED_PREFIX}`"
            ));
        }
        if prefix.len() > 24 {
            return Err(format!(
                "`{prefix}` is {} bytes; at most 24, so that the new ID stays under {} bytes",
                prefix.len(),
                GROUP_ID_MAX + 1
            ));
        }
        Ok(GroupIds {
            prefix: prefix.into(),
        })
    }

    /// Whether the destination cannot keep this source ID.
    pub fn is_generated(source: &str) -> bool {
        source.starts_with(GENERATED_PREFIX) && !source.starts_with(COMMUNITY_PREFIX)
    }

    /// The ID the group has in the destination.
    pub fn destination<'a>(&self, source: &'a str) -> Cow<'a, str> {
        match source.strip_prefix(GENERATED_PREFIX) {
            Some(rest) if Self::is_generated(source) => {
                Cow::Owned(format!("{}{rest}", self.prefix))
            }
            _ => Cow::Borrowed(source),
        }
    }

    /// The renamed groups among `sources` (each once, sorted), and the first two source
    /// groups that would land on one destination ID (a renamed one and a custom ID that
    /// already reads like it), which must be refused before anything is written.
    pub fn renames<'s>(
        &self,
        sources: impl IntoIterator<Item = &'s str>,
    ) -> Result<BTreeMap<String, String>, (String, String)> {
        let mut renamed = BTreeMap::new();
        let mut landing: HashMap<String, String> = HashMap::new();
        for source in sources {
            let dest = self.destination(source).into_owned();
            match landing.get(&dest) {
                Some(other) if other != source => return Err((other.clone(), source.into())),
                Some(_) => continue,
                None => {}
            }
            landing.insert(dest.clone(), source.into());
            if dest != source {
                renamed.insert(source.to_string(), dest);
            }
        }
        Ok(renamed)
    }
}

/// Writes the list of renamed groups into `dir` (replacing an older one, which the same rule
/// made the same); nothing is written when no group is renamed.
pub fn write_list(dir: &Path, renamed: &BTreeMap<String, String>) -> Result<PathBuf, Error> {
    let path = dir.join(FILE);
    if renamed.is_empty() {
        return Ok(path);
    }
    let mut text = String::new();
    for (source, dest) in renamed {
        text.push_str(&json!({"SourceGroupId": source, "GroupId": dest}).to_string());
        text.push('\n');
    }
    super::bundle::write_atomic(&path, text.as_bytes())?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn only_generated_ids_are_renamed() {
        let ids = GroupIds::default();
        assert_eq!(ids.destination("@TGS#2J4SZEAEL"), "TGS_2J4SZEAEL");
        assert_eq!(ids.destination("team-1"), "team-1");
        // A Community's generated ID starts with `@TGS#_`, which import_group keeps.
        assert_eq!(
            ids.destination("@TGS#_@TGS#cQVLVHIM62CJ"),
            "@TGS#_@TGS#cQVLVHIM62CJ"
        );
        let custom = GroupIds::new("moved-").unwrap();
        assert_eq!(custom.destination("@TGS#1YTTZEAEG"), "moved-1YTTZEAEG");
    }

    #[test]
    fn prefixes_that_could_not_make_a_custom_id_are_refused() {
        for bad in ["", "@TGS#x", "@TG", "a b", "é", &"x".repeat(25)] {
            assert!(GroupIds::new(bad).is_err(), "{bad:?}");
        }
        assert!(GroupIds::new("TGS_").is_ok());
    }

    #[test]
    fn a_custom_id_a_renamed_group_would_take_is_refused() {
        let ids = GroupIds::default();
        let got = ids
            .renames(["@TGS#2J4SZEAEL", "a", "@TGS#2J4SZEAEL"])
            .unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got["@TGS#2J4SZEAEL"], "TGS_2J4SZEAEL");
        assert_eq!(
            ids.renames(["TGS_2J4SZEAEL", "@TGS#2J4SZEAEL"])
                .unwrap_err(),
            ("TGS_2J4SZEAEL".to_string(), "@TGS#2J4SZEAEL".to_string())
        );
    }

    #[test]
    fn the_list_names_each_renamed_group_once() {
        let dir = tempfile::tempdir().unwrap();
        let renamed = GroupIds::default()
            .renames(["@TGS#b", "@TGS#a", "custom"])
            .unwrap();
        let path = write_list(dir.path(), &renamed).unwrap();
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            "{\"SourceGroupId\":\"@TGS#a\",\"GroupId\":\"TGS_a\"}\n\
             {\"SourceGroupId\":\"@TGS#b\",\"GroupId\":\"TGS_b\"}\n"
        );
    }

    proptest! {
        /// Every destination ID passes the console's custom-ID rule for a non-Community
        /// group, whatever generated ID came in, and distinct sources stay distinct.
        #[test]
        fn destinations_are_valid_custom_ids(rest in "[0-9A-Za-z]{1,16}", other in "[0-9A-Za-z]{1,16}") {
            let ids = GroupIds::default();
            let a = format!("@TGS#{rest}");
            let dest = ids.destination(&a);
            prop_assert!(crate::domain::group::check_custom_id(
                &dest, crate::domain::group::GroupType::Public).is_ok());
            let b = format!("@TGS#{other}");
            prop_assert_eq!(dest == ids.destination(&b), rest == other);
        }
    }
}
