//! Groups as data (spec §4, §5.6, §12, §13): the group types and their console aliases, the
//! byte limits of the text fields, the custom group ID rule, the plan (edition) limits, the
//! documented batch sizes and rates. The commands check with these before sending; the
//! emulator enforces the same values.

use std::fmt;

/// Group name, at most 30 bytes (REST and group-system docs; newer Web SDK docs say 100 — §13
/// takes the smaller).
pub const NAME_MAX: usize = 30;
/// Introduction, at most 240 bytes (Web SDK: 400).
pub const INTRODUCTION_MAX: usize = 240;
/// Notification, at most 300 bytes (Web SDK: 400).
pub const NOTIFICATION_MAX: usize = 300;
/// FaceUrl, at most 100 bytes (Web SDK: 500).
pub const FACE_URL_MAX: usize = 100;
/// A member's NameCard, at most 50 bytes.
pub const NAME_CARD_MAX: usize = 50;
/// A custom group ID is shorter than 48 bytes.
pub const GROUP_ID_MAX: usize = 47;
/// The prefix of generated IDs, which a custom ID may not use (Community IDs must use
/// `@TGS#_`).
pub const GENERATED_PREFIX: &str = "@TGS#";
/// Group custom fields (`AppDefinedData`) a group holds at most (spec §4.1).
pub const CUSTOM_FIELDS_MAX: usize = 10;
/// A group custom field's key, in bytes at most.
pub const CUSTOM_FIELD_KEY_MAX: usize = 16;
pub const COMMUNITY_PREFIX: &str = "@TGS#_";

/// Members in a `create_group` request.
pub const CREATE_MEMBERS_MAX: usize = 100;
/// Members per `add_group_member`: 20, 100 or 300 by source (§13); the smallest is the default,
/// `--batch-size` may raise it up to [`ADD_MEMBERS_DOCUMENTED_MAX`].
pub const ADD_MEMBERS_BATCH: usize = 20;
pub const ADD_MEMBERS_DOCUMENTED_MAX: usize = 300;
/// Members per `delete_group_member`: 100 (the limits page says 500).
pub const DELETE_MEMBERS_BATCH: usize = 100;
pub const DELETE_MEMBERS_DOCUMENTED_MAX: usize = 500;
/// Groups per `get_group_info`.
pub const INFO_BATCH: usize = 50;
/// `get_group_member_info` page: 100 recommended (the text says at most 200; the field
/// table 6000).
pub const MEMBER_PAGE: usize = 100;
pub const MEMBER_PAGE_MAX: usize = 200;
/// `get_appid_group_list` page: at most (and by default) 10,000.
pub const LIST_PAGE_MAX: usize = 10_000;
/// `get_joined_group_list`: at most 5,000 a page.
pub const JOINED_PAGE_MAX: usize = 5_000;
/// Accounts per `forbid_send_msg` and per system notification.
pub const MUTE_BATCH: usize = 500;
pub const NOTIFY_TO_MAX: usize = 500;
/// Messages a second one group takes, whatever the API rate (§12).
pub const MSGS_PER_GROUP_PER_SEC: u32 = 40;
/// A message body: 8 KB per the usage-limits page, 12 KB per the API pages (§13): 8 KB.
pub const MESSAGE_MAX_BYTES: usize = 8 * 1024;
/// The console's send box takes 300 characters.
pub const CONSOLE_TEXT_CHARS: usize = 300;
/// Net new groups a day (Pro/Ultimate; the Trial edition 100).
pub const GROUPS_PER_DAY: u32 = 10_000;
pub const TRIAL_GROUPS_PER_DAY: u32 = 100;
/// The Trial edition holds at most 100 groups (10058).
pub const TRIAL_GROUP_CAP: usize = 100;
/// Community groups take up to 100,000 members.
pub const COMMUNITY_MEMBERS: u32 = 100_000;
/// `forbid_send_msg` / `MuteTime`: 0 lifts the mute; 0xFFFFFFFF is "forever".
pub const MUTE_FOREVER: u32 = u32::MAX;

/// The group types of the REST API (spec §4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupType {
    Public,
    /// `Work` in the new SDKs.
    Private,
    /// `Meeting` in the new SDKs.
    ChatRoom,
    AVChatRoom,
    Community,
    /// Legacy; still a `GroupType` filter.
    BChatRoom,
}

impl GroupType {
    pub const ALL: [GroupType; 6] = [
        GroupType::Public,
        GroupType::Private,
        GroupType::ChatRoom,
        GroupType::AVChatRoom,
        GroupType::Community,
        GroupType::BChatRoom,
    ];

    /// The REST name, the one responses use (and imctl sends).
    pub fn as_str(self) -> &'static str {
        match self {
            GroupType::Public => "Public",
            GroupType::Private => "Private",
            GroupType::ChatRoom => "ChatRoom",
            GroupType::AVChatRoom => "AVChatRoom",
            GroupType::Community => "Community",
            GroupType::BChatRoom => "BChatRoom",
        }
    }

    /// A type name as users write it: the REST names, or the new SDKs' `Work` / `Meeting`
    /// (case does not matter).
    pub fn parse(text: &str) -> Result<GroupType, String> {
        let lower = text.trim().to_ascii_lowercase();
        let found = match lower.as_str() {
            "work" => Some(GroupType::Private),
            "meeting" => Some(GroupType::ChatRoom),
            _ => GroupType::ALL
                .into_iter()
                .find(|t| t.as_str().eq_ignore_ascii_case(&lower)),
        };
        found.ok_or_else(|| {
            format!(
                "`{text}` is not a group type: Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community"
            )
        })
    }

    /// Whether `create_group` makes groups of this type (BChatRoom is a filter only).
    pub fn can_create(self) -> bool {
        self != GroupType::BChatRoom
    }

    /// AVChatRoom takes no REST member management (10007 add, 10004 delete) and no
    /// `MemberList` at creation.
    pub fn manages_members(self) -> bool {
        !matches!(self, GroupType::AVChatRoom | GroupType::BChatRoom)
    }

    /// Join options do not apply to Community groups.
    pub fn takes_join_option(self) -> bool {
        self != GroupType::Community
    }
}

impl fmt::Display for GroupType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The app's plan: it sets the default member limit of a group (spec §4.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Edition {
    Trial,
    Pro,
    #[default]
    Ultimate,
}

impl Edition {
    pub fn parse(text: &str) -> Result<Edition, String> {
        match text.to_ascii_lowercase().as_str() {
            "trial" => Ok(Edition::Trial),
            "pro" => Ok(Edition::Pro),
            "ultimate" | "flagship" => Ok(Edition::Ultimate),
            _ => Err(format!(
                "`{text}` is not an edition: trial, pro or ultimate"
            )),
        }
    }

    /// Default (and, without the paid extension, maximum) members of a group of `kind`.
    /// `None` is unlimited (AVChatRoom).
    pub fn max_members(self, kind: GroupType) -> Option<u32> {
        match kind {
            GroupType::AVChatRoom | GroupType::BChatRoom => None,
            GroupType::Community => Some(COMMUNITY_MEMBERS),
            _ => Some(match self {
                Edition::Trial => 20,
                Edition::Pro => 200,
                Edition::Ultimate => 2_000,
            }),
        }
    }

    /// Net new groups a day.
    pub fn groups_per_day(self) -> u32 {
        match self {
            Edition::Trial => TRIAL_GROUPS_PER_DAY,
            _ => GROUPS_PER_DAY,
        }
    }

    /// Groups the app may hold at once.
    pub fn group_cap(self) -> Option<usize> {
        (self == Edition::Trial).then_some(TRIAL_GROUP_CAP)
    }
}

/// A group custom field's key as the console defines one: letters, digits and `_`, not starting
/// with a digit, at most 16 bytes (spec §4.1; the console guide).
pub fn check_custom_field_key(key: &str) -> Result<(), String> {
    if key.is_empty() || key.len() > CUSTOM_FIELD_KEY_MAX {
        return Err(format!(
            "`{key}`: a group custom field's key has 1 to {CUSTOM_FIELD_KEY_MAX} bytes"
        ));
    }
    if !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return Err(format!("`{key}`: letters, digits and _ only"));
    }
    if key.as_bytes()[0].is_ascii_digit() {
        return Err(format!("`{key}`: a key may not start with a digit"));
    }
    Ok(())
}

/// A member's role.
pub const ROLES: [&str; 3] = ["Owner", "Admin", "Member"];
/// `ApplyJoinOption` values.
pub const JOIN_OPTIONS: [&str; 3] = ["FreeAccess", "NeedPermission", "DisableApply"];
/// `MsgFlag` values.
pub const MSG_FLAGS: [&str; 3] = ["AcceptAndNotify", "AcceptNotNotify", "Discard"];

/// `ApplyJoinOption` as users write it (any case).
pub fn parse_join_option(text: &str) -> Result<&'static str, String> {
    JOIN_OPTIONS
        .into_iter()
        .find(|o| o.eq_ignore_ascii_case(text.trim()))
        .ok_or_else(|| {
            format!("`{text}` is not a join option: FreeAccess, NeedPermission or DisableApply")
        })
}

/// A text field within its byte limit (UTF-8 bytes; a CJK character is 3).
pub fn check_text(field: &str, value: &str, max: usize) -> Result<(), String> {
    if value.len() > max {
        return Err(format!(
            "{field} is {} bytes; at most {max} are allowed (UTF-8 bytes: a CJK character counts 3)",
            value.len()
        ));
    }
    Ok(())
}

/// The group name: required, at most 30 bytes.
pub fn check_name(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("the group name is empty".into());
    }
    check_text("the group name", name, NAME_MAX)
}

/// A custom group ID given at creation: printable ASCII, shorter than 48 bytes, not starting
/// with `@TGS#` — except Community IDs, which must start with `@TGS#_`.
pub fn check_custom_id(id: &str, kind: GroupType) -> Result<(), String> {
    if id.is_empty() {
        return Err("the group ID is empty".into());
    }
    if id.len() > GROUP_ID_MAX {
        return Err(format!(
            "the group ID is {} bytes; it must be shorter than 48",
            id.len()
        ));
    }
    if let Some(c) = id.chars().find(|c| !(' '..='~').contains(c)) {
        return Err(format!(
            "the group ID may hold printable ASCII only, not {c:?}"
        ));
    }
    if kind == GroupType::Community {
        if !id.starts_with(COMMUNITY_PREFIX) {
            return Err(format!(
                "a Community group ID must start with `{COMMUNITY_PREFIX}`"
            ));
        }
    } else if id.starts_with(GENERATED_PREFIX) {
        return Err(format!(
            "a custom group ID may not start with `{GENERATED_PREFIX}` (the service's own IDs do)"
        ));
    }
    Ok(())
}

/// Any group ID in a request (existing groups): 1 to 47 bytes without control characters.
pub fn check_group_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("the group ID is empty".into());
    }
    if id.len() > GROUP_ID_MAX {
        return Err(format!(
            "the group ID is {} bytes; group IDs are shorter than 48",
            id.len()
        ));
    }
    if id.chars().any(char::is_control) {
        return Err("the group ID contains control characters".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_and_their_console_aliases() {
        assert_eq!(GroupType::parse("Work").unwrap(), GroupType::Private);
        assert_eq!(GroupType::parse("meeting").unwrap(), GroupType::ChatRoom);
        assert_eq!(
            GroupType::parse("avchatroom").unwrap(),
            GroupType::AVChatRoom
        );
        assert_eq!(GroupType::parse("Public").unwrap().as_str(), "Public");
        assert!(GroupType::parse("Club").unwrap_err().contains("Work"));
        assert!(!GroupType::BChatRoom.can_create());
        assert!(!GroupType::AVChatRoom.manages_members());
    }

    #[test]
    fn byte_limits_count_utf8_bytes() {
        assert!(check_name(&"a".repeat(30)).is_ok());
        assert!(check_name(&"a".repeat(31)).is_err());
        // ten CJK characters are 30 bytes, eleven are 33
        assert!(check_name(&"群".repeat(10)).is_ok());
        assert!(check_name(&"群".repeat(11)).is_err());
        assert!(check_name("  ").is_err());
        assert!(check_text("x", &"a".repeat(241), INTRODUCTION_MAX).is_err());
    }

    #[test]
    fn custom_ids_follow_the_documented_rule() {
        assert!(check_custom_id("MyFirstGroup", GroupType::Public).is_ok());
        assert!(check_custom_id("@TGS#abc", GroupType::Public).is_err());
        assert!(check_custom_id("@TGS#_abc", GroupType::Community).is_ok());
        assert!(check_custom_field_key("GroupTestData1").is_ok());
        for bad in ["", "1st", "a-b", "ABCDEFGHIJKLMNOPQ", "é"] {
            assert!(check_custom_field_key(bad).is_err(), "{bad:?}");
        }
        assert!(check_custom_id("abc", GroupType::Community).is_err());
        assert!(check_custom_id(&"a".repeat(48), GroupType::Public).is_err());
        assert!(check_custom_id(&"a".repeat(47), GroupType::Public).is_ok());
        assert!(check_custom_id("群", GroupType::Public).is_err());
        assert!(check_custom_id("a\tb", GroupType::Public).is_err());
    }

    #[test]
    fn editions_set_the_member_limits() {
        assert_eq!(Edition::Trial.max_members(GroupType::Public), Some(20));
        assert_eq!(Edition::Pro.max_members(GroupType::Private), Some(200));
        assert_eq!(
            Edition::Ultimate.max_members(GroupType::ChatRoom),
            Some(2000)
        );
        assert_eq!(Edition::Trial.max_members(GroupType::AVChatRoom), None);
        assert_eq!(
            Edition::Trial.max_members(GroupType::Community),
            Some(100_000)
        );
        assert_eq!(Edition::default(), Edition::Ultimate);
        assert_eq!(Edition::Trial.group_cap(), Some(100));
        assert_eq!(Edition::Pro.group_cap(), None);
        assert_eq!(Edition::parse("PRO").unwrap(), Edition::Pro);
    }

    #[test]
    fn batch_defaults_take_the_smallest_documented_limit() {
        assert_eq!(ADD_MEMBERS_BATCH, 20);
        assert_eq!(DELETE_MEMBERS_BATCH, 100);
        assert_eq!(INFO_BATCH, 50);
        assert_eq!(MEMBER_PAGE, 100);
        assert_eq!(MESSAGE_MAX_BYTES, 8192);
    }
}
