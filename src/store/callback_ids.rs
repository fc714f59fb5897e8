//! The IDs a callback body names, by role, read without its text and bounded in size.

use serde_json::Value;

/// At most this many IDs of one kind are kept per event (a group's `MemberList` can be long).
pub const MAX_EVENT_IDS: usize = 64;
/// Longest text kept in one field of an event (IDs, IP, platform, reason): the receiver
/// records what strangers send, so nothing it stores grows with the input.
pub(super) const MAX_FIELD_CHARS: usize = 256;

/// The IDs a callback body names, by role. Never message text: `MsgBody`, `CloudCustomData`,
/// profile values and group names are not read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallbackIds {
    /// Who acted: `From_Account`, else `Requester_Account`/`Requestor_Account`/`Report_Account`.
    pub from: Option<String>,
    /// `Operator_Account`.
    pub operator: Option<String>,
    /// Who it was for: `To_Account`, `Peer_Account`, and the `To_Account`s of `PairList`,
    /// `FriendItem` and `ResponseFriendItem`.
    pub to: Vec<String>,
    pub group_id: Option<String>,
    /// Every user ID the body names, in any role (members included), without repeats.
    pub users: Vec<String>,
}

/// Fields naming one user, and what role they play.
const FROM_FIELDS: &[&str] = &[
    "From_Account",
    "Requester_Account",
    "Requestor_Account",
    "Report_Account",
];
const TO_FIELDS: &[&str] = &["To_Account", "Peer_Account"];
const OTHER_USER_FIELDS: &[&str] = &["Operator_Account", "Owner_Account", "Admin_Account"];
/// Arrays of objects naming users: (array, field of each item).
const USER_LISTS: &[(&str, &str)] = &[
    ("MemberList", "Member_Account"),
    ("NewMemberList", "Member_Account"),
    ("ExitMemberList", "Member_Account"),
    ("DestinationMembers", "Member_Account"),
    ("PairList", "From_Account"),
    ("PairList", "To_Account"),
    ("PairList", "Initiator_Account"),
    ("FriendItem", "To_Account"),
    ("ResponseFriendItem", "To_Account"),
];
/// The lists whose users are receivers (for `--peer`).
const TO_LISTS: &[(&str, &str)] = &[
    ("PairList", "To_Account"),
    ("FriendItem", "To_Account"),
    ("ResponseFriendItem", "To_Account"),
];

impl CallbackIds {
    /// Reads the IDs of any callback body (spec §9.4 and Tencent's per-event pages); fields
    /// that are missing or not strings are skipped, and each list keeps at most
    /// [`MAX_EVENT_IDS`] IDs.
    pub fn from_body(body: &Value) -> CallbackIds {
        let text = |v: Option<&Value>| {
            v.and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(bounded)
        };
        let mut ids = CallbackIds {
            from: FROM_FIELDS.iter().find_map(|f| text(body.get(f))),
            operator: text(body.get("Operator_Account")),
            group_id: text(body.get("GroupId")),
            ..CallbackIds::default()
        };
        for f in TO_FIELDS {
            push_unique(&mut ids.to, text(body.get(f)));
        }
        for (list, field) in TO_LISTS {
            for item in items(body, list) {
                push_unique(&mut ids.to, text(item.get(field)));
            }
        }
        for f in FROM_FIELDS.iter().chain(TO_FIELDS).chain(OTHER_USER_FIELDS) {
            push_unique(&mut ids.users, text(body.get(f)));
        }
        // State.StateChange names its user inside `Info`.
        push_unique(
            &mut ids.users,
            text(body.get("Info").and_then(|i| i.get("To_Account"))),
        );
        for (list, field) in USER_LISTS {
            for item in items(body, list) {
                push_unique(&mut ids.users, text(item.get(field)));
            }
        }
        ids
    }

    /// The users, then the group: what `--user`/`--peer` can find the event by.
    pub fn all(&self) -> Vec<String> {
        let mut all = self.users.clone();
        all.extend(self.group_id.clone());
        all
    }
}

fn items<'a>(body: &'a Value, list: &str) -> impl Iterator<Item = &'a Value> {
    body.get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .take(MAX_EVENT_IDS * 4)
}

fn push_unique(list: &mut Vec<String>, id: Option<String>) {
    if let Some(id) = id {
        if list.len() < MAX_EVENT_IDS && !list.contains(&id) {
            list.push(id);
        }
    }
}

/// `s` cut to [`MAX_FIELD_CHARS`] characters.
pub(super) fn bounded(s: &str) -> String {
    s.chars().take(MAX_FIELD_CHARS).collect()
}
