//! The standard profile fields (spec §3.3) and the custom-field naming rule: shared by the
//! client, which checks values before sending, and the emulator, which enforces them.

use crate::domain::codes;
use serde_json::{json, Value};

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A string of at most 500 bytes.
    Text,
    /// A uint32.
    Number,
    /// One of these strings.
    Choice(&'static [&'static str]),
}

/// A standard field: its tag, the friendly name `profile set` takes, and its kind.
pub struct Standard {
    pub tag: &'static str,
    pub name: &'static str,
    pub kind: FieldKind,
}

pub const GENDERS: &[&str] = &[
    "Gender_Type_Unknown",
    "Gender_Type_Female",
    "Gender_Type_Male",
];
pub const ALLOW_TYPES: &[&str] = &[
    "AllowType_Type_NeedConfirm",
    "AllowType_Type_AllowAny",
    "AllowType_Type_DenyAny",
];
const FORBID_TYPES: &[&str] = &["AdminForbid_Type_None", "AdminForbid_Type_SendOut"];

pub const STANDARD: &[Standard] = &[
    Standard {
        tag: "Tag_Profile_IM_Nick",
        name: "nick",
        kind: FieldKind::Text,
    },
    Standard {
        tag: "Tag_Profile_IM_Gender",
        name: "gender",
        kind: FieldKind::Choice(GENDERS),
    },
    Standard {
        tag: "Tag_Profile_IM_BirthDay",
        name: "birthday",
        kind: FieldKind::Number,
    },
    Standard {
        tag: "Tag_Profile_IM_Location",
        name: "location",
        kind: FieldKind::Text,
    },
    Standard {
        tag: "Tag_Profile_IM_SelfSignature",
        name: "signature",
        kind: FieldKind::Text,
    },
    Standard {
        tag: "Tag_Profile_IM_AllowType",
        name: "allow-type",
        kind: FieldKind::Choice(ALLOW_TYPES),
    },
    Standard {
        tag: "Tag_Profile_IM_Language",
        name: "language",
        kind: FieldKind::Number,
    },
    Standard {
        tag: "Tag_Profile_IM_Image",
        name: "avatar",
        kind: FieldKind::Text,
    },
    Standard {
        tag: "Tag_Profile_IM_MsgSettings",
        name: "msg-settings",
        kind: FieldKind::Number,
    },
    Standard {
        tag: "Tag_Profile_IM_AdminForbidType",
        name: "admin-forbid-type",
        kind: FieldKind::Choice(FORBID_TYPES),
    },
    Standard {
        tag: "Tag_Profile_IM_Level",
        name: "level",
        kind: FieldKind::Number,
    },
    Standard {
        tag: "Tag_Profile_IM_Role",
        name: "role",
        kind: FieldKind::Number,
    },
];

/// Standard tags that older documents and SDKs list but the current standard field table does
/// not (`rest-api.md` §3.3, confirmed by the corrections file, item 11): still accepted when
/// asked for by name, never read by default.
pub const LEGACY: &[&str] = &["Tag_Profile_IM_MsgSettings"];

/// The tags read when no field is named (`account profile get`, `account export`): the current
/// standard field table, in its order.
pub fn default_tags() -> impl Iterator<Item = &'static str> {
    STANDARD
        .iter()
        .map(|f| f.tag)
        .filter(|tag| !LEGACY.contains(tag))
}

/// Longest string value (bytes). (The intl docs give Location 16 bytes, the Chinese docs 500;
/// the larger is enforced so no valid request is refused.)
pub const MAX_TEXT: usize = 500;
const CUSTOM_PREFIX: &str = "Tag_Profile_Custom_";

/// A custom field's tag (`Tag_Profile_Custom_*`): the app defines these in the console.
pub fn is_custom(tag: &str) -> bool {
    tag.starts_with(CUSTOM_PREFIX)
}

/// The kind of a standard field, or `Text` for a well-formed custom tag; `None` if unknown.
pub fn kind(tag: &str) -> Option<FieldKind> {
    if let Some(field) = STANDARD.iter().find(|f| f.tag == tag) {
        return Some(field.kind);
    }
    let key = tag.strip_prefix(CUSTOM_PREFIX)?;
    (!key.is_empty() && key.len() <= 8 && key.bytes().all(|b| b.is_ascii_alphabetic()))
        .then_some(FieldKind::Text)
}

/// What the service returns for a standard field never set.
pub fn default_value(tag: &str) -> Option<Value> {
    match kind(tag)? {
        _ if tag.starts_with(CUSTOM_PREFIX) => None,
        FieldKind::Text => Some(json!("")),
        FieldKind::Number => Some(json!(0)),
        FieldKind::Choice(values) => Some(json!(values[0])),
    }
}

/// Checks one value with the service's codes: 40009 unknown tag, 40610 wrong type, 40601 too
/// long, 40605 not an allowed value.
pub fn check_value(tag: &str, value: &Value) -> Result<(), (i64, String)> {
    let kind = kind(tag).ok_or_else(|| {
        (
            codes::PROFILE_UNKNOWN_TAG,
            format!("unknown profile tag `{tag}`"),
        )
    })?;
    match (kind, value) {
        (FieldKind::Number, Value::Number(n))
            if n.as_u64().is_some_and(|n| n <= u64::from(u32::MAX)) =>
        {
            Ok(())
        }
        (FieldKind::Number, _) => Err((
            codes::PROFILE_BAD_VALUE_TYPE,
            format!("{tag} takes a whole number 0..4294967295"),
        )),
        (FieldKind::Text | FieldKind::Choice(_), Value::String(s)) if s.len() > MAX_TEXT => Err((
            codes::PROFILE_VALUE_TOO_LONG,
            format!("{tag} is longer than {MAX_TEXT} bytes"),
        )),
        (FieldKind::Text, Value::String(_)) => Ok(()),
        (FieldKind::Choice(values), Value::String(s)) if values.contains(&s.as_str()) => Ok(()),
        (FieldKind::Choice(values), Value::String(s)) => Err((
            codes::PROFILE_BAD_STANDARD_VALUE,
            format!("{tag} cannot be `{s}`; use one of {}", values.join(", ")),
        )),
        (_, _) => Err((
            codes::PROFILE_BAD_VALUE_TYPE,
            format!("{tag} takes a string"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The current standard field table (rest-api.md §3.3 without the row the 2024 table
    /// dropped, corrections item 11).
    #[test]
    fn the_default_list_is_the_current_standard_table() {
        let tags: Vec<&str> = default_tags().collect();
        assert_eq!(
            tags,
            [
                "Tag_Profile_IM_Nick",
                "Tag_Profile_IM_Gender",
                "Tag_Profile_IM_BirthDay",
                "Tag_Profile_IM_Location",
                "Tag_Profile_IM_SelfSignature",
                "Tag_Profile_IM_AllowType",
                "Tag_Profile_IM_Language",
                "Tag_Profile_IM_Image",
                "Tag_Profile_IM_AdminForbidType",
                "Tag_Profile_IM_Level",
                "Tag_Profile_IM_Role",
            ]
        );
        // A legacy tag is still a known one, read when named.
        assert_eq!(kind("Tag_Profile_IM_MsgSettings"), Some(FieldKind::Number));
    }

    #[test]
    fn tags_and_values() {
        assert_eq!(kind("Tag_Profile_IM_Nick"), Some(FieldKind::Text));
        assert_eq!(kind("Tag_Profile_Custom_Hobby"), Some(FieldKind::Text));
        assert_eq!(kind("Tag_Profile_Custom_TooLongKey"), None);
        assert_eq!(kind("Tag_Profile_Custom_a1"), None);
        assert_eq!(kind("Nick"), None);
        assert!(check_value("Tag_Profile_IM_Gender", &json!("Gender_Type_Male")).is_ok());
        assert_eq!(
            check_value("Tag_Profile_IM_Gender", &json!("male"))
                .unwrap_err()
                .0,
            40605
        );
        assert_eq!(
            check_value("Tag_Profile_IM_Level", &json!("3"))
                .unwrap_err()
                .0,
            40610
        );
        assert_eq!(
            check_value("Tag_Profile_IM_Level", &json!(-1))
                .unwrap_err()
                .0,
            40610
        );
        assert_eq!(
            check_value("Tag_Profile_IM_Nick", &json!("x".repeat(501)))
                .unwrap_err()
                .0,
            40601
        );
        assert_eq!(
            check_value("Tag_Profile_IM_Nope", &json!("x"))
                .unwrap_err()
                .0,
            40009
        );
        assert_eq!(
            default_value("Tag_Profile_IM_Gender"),
            Some(json!("Gender_Type_Unknown"))
        );
        assert_eq!(default_value("Tag_Profile_Custom_Hobby"), None);
    }
}
