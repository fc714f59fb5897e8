//! The desired state as checked data: accounts with the profile tags they manage, groups with
//! the fields and membership they manage. A field that is `None` is not managed (never reset).
//! Serialized in the service's field names, as saved plans embed it.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The profile tags `Nick` and `FaceUrl` stand for (spec §3.3).
pub const NICK_TAG: &str = "Tag_Profile_IM_Nick";
pub const FACE_TAG: &str = "Tag_Profile_IM_Image";

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Desired {
    /// The app the file is for; plan and apply refuse another one.
    #[serde(rename = "SDKAppID", default, skip_serializing_if = "Option::is_none")]
    pub sdkappid: Option<u64>,
    #[serde(rename = "Account", default)]
    pub accounts: Vec<Account>,
    #[serde(rename = "Group", default)]
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Account {
    #[serde(rename = "UserID")]
    pub user_id: String,
    /// Managed tags (Nick and FaceUrl already as their tags) and their values.
    #[serde(
        rename = "Profile",
        default,
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub profile: BTreeMap<String, Value>,
    /// Declared gone: deleted by `apply --prune`.
    #[serde(rename = "Absent", default, skip_serializing_if = "is_false")]
    pub absent: bool,
    /// `FILE:LINE` of the declaration, for messages.
    #[serde(skip)]
    pub at: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Group {
    #[serde(rename = "GroupId")]
    pub group_id: String,
    /// The REST type name (aliases already resolved).
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "Owner", default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(
        rename = "Introduction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub introduction: Option<String>,
    #[serde(
        rename = "Notification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notification: Option<String>,
    #[serde(rename = "FaceUrl", default, skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    #[serde(
        rename = "MaxMemberCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_member_count: Option<u64>,
    #[serde(
        rename = "ApplyJoinOption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub apply_join_option: Option<String>,
    /// `On` or `Off`.
    #[serde(
        rename = "MuteAllMember",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mute_all_member: Option<String>,
    /// Members (Members and MembersFile, admins excluded); `None` when membership is not
    /// managed (no Members, Admins or MembersFile).
    #[serde(rename = "Members", default, skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<String>>,
    #[serde(rename = "Admins", default, skip_serializing_if = "Vec::is_empty")]
    pub admins: Vec<String>,
    #[serde(rename = "Absent", default, skip_serializing_if = "is_false")]
    pub absent: bool,
    #[serde(skip)]
    pub at: String,
    /// `FILE:LINE` of single values (`Type`, `Owner`, `member:ID`, `admin:ID`).
    #[serde(skip)]
    pub lines: HashMap<String, String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Group {
    /// Where a field or member was declared, else the group's own line.
    pub fn line_of(&self, key: &str) -> &str {
        self.lines.get(key).map_or(&self.at, String::as_str)
    }

    /// The managed fields that `modify_group_base_info` changes, as (field, value), in the
    /// service's names (`MaxMemberNum` is how reads and modify name the create-time
    /// `MaxMemberCount`).
    pub fn base_fields(&self) -> Vec<(&'static str, Value)> {
        let mut out = Vec::new();
        let mut text = |name: &'static str, v: &Option<String>| {
            if let Some(v) = v {
                out.push((name, Value::from(v.as_str())));
            }
        };
        text("Name", &self.name);
        text("Introduction", &self.introduction);
        text("Notification", &self.notification);
        text("FaceUrl", &self.face_url);
        text("ApplyJoinOption", &self.apply_join_option);
        text("MuteAllMember", &self.mute_all_member);
        if let Some(n) = self.max_member_count {
            out.push(("MaxMemberNum", Value::from(n)));
        }
        out
    }

    /// Declared role of each member (owner included when managed): `Owner`, `Admin`, `Member`.
    /// `None` when membership is not managed.
    pub fn roles(&self) -> Option<BTreeMap<String, &'static str>> {
        let members = self.members.as_ref()?;
        let mut roles = BTreeMap::new();
        for m in members {
            roles.insert(m.clone(), "Member");
        }
        for a in &self.admins {
            roles.insert(a.clone(), "Admin");
        }
        if let Some(owner) = &self.owner {
            roles.insert(owner.clone(), "Owner");
        }
        Some(roles)
    }
}

impl Desired {
    /// Every UserID the file refers to (declared accounts, owners, members), once.
    pub fn referenced_users(&self) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        let mut push = |id: &str| {
            if seen.insert(id.to_string()) {
                out.push(id.to_string());
            }
        };
        for a in &self.accounts {
            push(&a.user_id);
        }
        for g in self.groups.iter().filter(|g| !g.absent) {
            if let Some(o) = &g.owner {
                push(o);
            }
            for m in g.members.iter().flatten().chain(&g.admins) {
                push(m);
            }
        }
        out
    }
}
