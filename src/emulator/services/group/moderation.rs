//! Moderation reads: who is muted in a group and until when, under the current command name
//! and under its legacy one, each with its own field names (spec §4.14).

use super::*;

/// The list and item names one of the two muted-member commands answers with.
pub(super) struct MutedNames {
    list: &'static str,
    until: &'static str,
}

impl MutedNames {
    /// `get_group_muted_account`: `MutedAccountList[] {Member_Account, MutedUntil}`.
    pub(super) const CURRENT: MutedNames = MutedNames {
        list: "MutedAccountList",
        until: "MutedUntil",
    };
    /// `get_group_shutted_uin` (older page revision): `ShuttedUinList[] {…, ShuttedUntil}`.
    pub(super) const LEGACY: MutedNames = MutedNames {
        list: "ShuttedUinList",
        until: "ShuttedUntil",
    };
}

impl Groups {
    /// The members whose mute has not ended, in join order. Every group type answers,
    /// AVChatRoom included.
    pub(super) fn muted(&self, body: &Value, now: i64, names: MutedNames) -> Reply {
        let id = req_str(body, "GroupId")?;
        opt_str(body, "TopicId")?;
        let inner = self.lock();
        let group = inner.groups.get(id).ok_or_else(|| gone(id))?;
        let list: Vec<Value> = group
            .members
            .iter()
            .filter(|m| m.mute_until > now)
            .map(|m| {
                // Muted for good: the 4294967295 it was asked with, as get_group_member_info says.
                let until = if m.mute_until == i64::MAX {
                    i64::from(MUTE_FOREVER)
                } else {
                    m.mute_until
                };
                json!({ "Member_Account": m.account, (names.until): until })
            })
            .collect();
        Ok(json!({ "GroupId": id, (names.list): list }))
    }
}
