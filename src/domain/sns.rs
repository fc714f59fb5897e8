//! The relationship chain's rules as data (spec §8): its limits, the enumerated values the
//! service sends and takes (relation types, add and delete types, friend tags) and each in
//! words, and what a per-item `ResultCode` means for a friend verb. The client, the command
//! layer and the emulator read them here.

use super::codes;

/// Friends a user may have (30010 for the user, 30014 for the peer).
pub const MAX_FRIENDS: usize = 3_000;
/// Pending friend requests a user may have sent (30012).
pub const MAX_PENDING: usize = 100;
/// Friend lists a user may have (30011).
pub const MAX_LISTS: usize = 32;
/// Bytes of a friend list's name (not empty).
pub const LIST_NAME_MAX: usize = 30;
/// Users a blocklist may hold (30013).
pub const MAX_BLOCKED: usize = 1_000;
/// Bytes of `Tag_SNS_IM_Remark`.
pub const REMARK_MAX: usize = 96;
/// Bytes of `Tag_SNS_IM_AddWording`.
pub const ADD_WORDING_MAX: usize = 256;
/// Letters after `AddSource_Type_`.
pub const ADD_SOURCE_LETTERS: usize = 8;
/// Bytes of a custom friend field's value.
pub const CUSTOM_VALUE_MAX: usize = 500;
/// Friends per `friend_get` page. The service does not state its page size (unconfirmed, spec
/// §8.7); the emulator uses this one and the client follows `NextStartIndex` whatever it is.
pub const FRIEND_GET_PAGE: usize = 100;
/// Users per `black_list_get` page the client asks for (the maximum is not stated).
pub const BLACK_LIST_PAGE: u32 = 100;
/// Items per `friend_add` / `friend_update` call the client sends: the batch size is not
/// stated (unconfirmed), so the client stays at the other sns commands' documented 1,000.
pub const UNSTATED_BATCH: usize = 1_000;

pub const ADD_TYPE_BOTH: &str = "Add_Type_Both";
pub const ADD_TYPE_SINGLE: &str = "Add_Type_Single";
pub const DELETE_TYPE_BOTH: &str = "Delete_Type_Both";
pub const DELETE_TYPE_SINGLE: &str = "Delete_Type_Single";
pub const CHECK_TYPE_BOTH: &str = "CheckResult_Type_Both";
pub const CHECK_TYPE_SINGLE: &str = "CheckResult_Type_Single";
pub const BLACK_CHECK_TYPE_BOTH: &str = "BlackCheckResult_Type_Both";
pub const BLACK_CHECK_TYPE_SINGLE: &str = "BlackCheckResult_Type_Single";
pub const NEED_FRIEND_YES: &str = "Need_Friend_Type_Yes";
/// The `AddSource` imctl sends when the user names none (`AddSource_Type_` + ≤ 8 letters).
pub const DEFAULT_ADD_SOURCE: &str = "AddSource_Type_imctl";

pub const TAG_GROUP: &str = "Tag_SNS_IM_Group";
pub const TAG_REMARK: &str = "Tag_SNS_IM_Remark";
pub const TAG_ADD_SOURCE: &str = "Tag_SNS_IM_AddSource";
pub const TAG_ADD_WORDING: &str = "Tag_SNS_IM_AddWording";
pub const TAG_ADD_TIME: &str = "Tag_SNS_IM_AddTime";
pub const CUSTOM_PREFIX: &str = "Tag_SNS_Custom_";

/// The relation of `friend_check`: who has whom in their friend list.
pub const RELATIONS: &[(&str, &str)] = &[
    ("CheckResult_Type_BothWay", "friends both ways"),
    (
        "CheckResult_Type_AWithB",
        "one way: the peer is in the user's list only",
    ),
    (
        "CheckResult_Type_BWithA",
        "one way: the user is in the peer's list only",
    ),
    ("CheckResult_Type_NoRelation", "not friends"),
];

/// The relation of `black_list_check`: who has blocked whom.
pub const BLACK_RELATIONS: &[(&str, &str)] = &[
    ("BlackCheckResult_Type_BothWay", "blocked both ways"),
    ("BlackCheckResult_Type_AWithB", "the user blocked the peer"),
    ("BlackCheckResult_Type_BWithA", "the peer blocked the user"),
    ("BlackCheckResult_Type_NO", "not blocked"),
];

/// A `Relation` value in words (the value itself when it is not a documented one).
pub fn relation_words(relation: &str) -> String {
    RELATIONS
        .iter()
        .chain(BLACK_RELATIONS)
        .find(|(value, _)| *value == relation)
        .map_or_else(|| relation.to_string(), |(_, words)| words.to_string())
}

/// Whether `tag` is a custom friend field (`Tag_SNS_Custom_` + 1 to 8 letters).
pub fn is_custom_tag(tag: &str) -> bool {
    tag.strip_prefix(CUSTOM_PREFIX)
        .is_some_and(|k| (1..=8).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Whether `source` is a valid `AddSource` (`AddSource_Type_` + 1 to 8 letters).
pub fn is_add_source(source: &str) -> bool {
    source.strip_prefix("AddSource_Type_").is_some_and(|k| {
        (1..=ADD_SOURCE_LETTERS).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_alphabetic())
    })
}

/// A friend list name's problem, if any (not empty, ≤ 30 bytes).
pub fn check_list_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("a friend list name may not be empty".into());
    }
    if name.len() > LIST_NAME_MAX {
        return Err(format!(
            "friend list name `{name}` is over {LIST_NAME_MAX} bytes"
        ));
    }
    Ok(())
}

/// The `ResultInfo` names the service gives for "already so" outcomes: already friends
/// (friend_add, friend_import) and already blocklisted (black_list_add), all under 30001.
pub const ALREADY_FRIENDS_INFOS: &[&str] = &[
    "Err_SNS_FriendAdd_Friend_Exist",
    "Err_SNS_FriendImport_Friend_Exist",
];
pub const ALREADY_BLOCKED_INFO: &str = "Err_SNS_BlackListAdd_Already_Exist";

/// What a per-item code means to a bulk friend verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// Already in the wanted state, or (30539) a request waiting for the peer: nothing failed,
    /// nothing changed now. The words say which.
    Unchanged(&'static str),
    /// Failed, with the code's meaning in words.
    Failed(String),
}

/// A per-item `ResultCode` (with its `ResultInfo`) in words, for the friend verbs.
pub fn outcome(code: i64, info: &str) -> Outcome {
    match code {
        0 => Outcome::Done,
        codes::SNS_BAD_PARAMETER if ALREADY_FRIENDS_INFOS.contains(&info) => {
            Outcome::Unchanged("already a friend")
        }
        codes::SNS_BAD_PARAMETER if info == ALREADY_BLOCKED_INFO => {
            Outcome::Unchanged("already on the blocklist")
        }
        codes::REQUEST_PENDING_APPROVAL => {
            Outcome::Unchanged("friend request sent; it waits for the peer's approval (30539)")
        }
        code => Outcome::Failed(code_words(code, info)),
    }
}

/// A code's meaning from the codes table, with the service's `ResultInfo` name after it.
pub fn code_words(code: i64, info: &str) -> String {
    let meaning = codes::lookup(code).map_or("undocumented code", |c| c.meaning);
    if info.is_empty() || info == "0" {
        meaning.to_string()
    } else {
        format!("{meaning} ({info})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations_and_codes_read_as_words() {
        assert_eq!(
            relation_words("CheckResult_Type_BothWay"),
            "friends both ways"
        );
        assert_eq!(relation_words("BlackCheckResult_Type_NO"), "not blocked");
        assert_eq!(relation_words("Something_Else"), "Something_Else");
        assert_eq!(
            outcome(30001, "Err_SNS_FriendAdd_Friend_Exist"),
            Outcome::Unchanged("already a friend")
        );
        assert!(matches!(outcome(30539, ""), Outcome::Unchanged(_)));
        assert_eq!(
            outcome(30010, ""),
            Outcome::Failed("the user's friend list is full (3,000)".into())
        );
        assert_eq!(
            outcome(30515, "Err_SNS_FriendAdd_In_Self_BlackList"),
            Outcome::Failed(
                "the peer is on your blocklist (Err_SNS_FriendAdd_In_Self_BlackList)".into()
            )
        );
        assert_eq!(outcome(0, ""), Outcome::Done);
    }

    #[test]
    fn names_follow_the_documented_rules() {
        assert!(is_custom_tag("Tag_SNS_Custom_Test"));
        assert!(!is_custom_tag("Tag_SNS_Custom_TooLongKey"));
        assert!(!is_custom_tag("Tag_SNS_Custom_a1"));
        assert!(is_add_source("AddSource_Type_Android"));
        assert!(is_add_source(DEFAULT_ADD_SOURCE));
        assert!(!is_add_source("AddSource_Type_"));
        assert!(!is_add_source("Android"));
        assert!(check_list_name("").is_err());
        assert!(check_list_name(&"x".repeat(31)).is_err());
        assert!(check_list_name("Classmates").is_ok());
    }
}
