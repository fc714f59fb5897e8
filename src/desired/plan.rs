//! A plan: the changes that would make the app match the file, as one JSON document
//! (docs/apply.md) and as terraform-like lines for people. Saved plans embed the desired
//! state, so `apply plan.json` can plan again and refuse when the result differs.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::Desired;

/// The version of the saved plan document.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    Add,
    Change,
    Remove,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Resource {
    Account,
    Group,
    Member,
}

impl Resource {
    fn word(self) -> &'static str {
        match self {
            Resource::Account => "account",
            Resource::Group => "group",
            Resource::Member => "member",
        }
    }
}

/// One change. `Id` is the UserID, the GroupId, or `GROUP/USER` for a member (with `GroupId`
/// and `UserID` apart too). `Field` only for a change of one field; `From`/`To` null when the
/// resource is added or removed, `To` the new resource's declared fields on an add.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    #[serde(rename = "Kind")]
    pub kind: Kind,
    #[serde(rename = "Resource")]
    pub resource: Resource,
    #[serde(rename = "Id")]
    pub id: String,
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(rename = "UserID", default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(rename = "Field", default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(rename = "From", default)]
    pub from: Value,
    #[serde(rename = "To", default)]
    pub to: Value,
}

impl Change {
    pub fn account(kind: Kind, user: &str) -> Change {
        Change {
            kind,
            resource: Resource::Account,
            id: user.to_string(),
            group_id: None,
            user_id: Some(user.to_string()),
            field: None,
            from: Value::Null,
            to: Value::Null,
        }
    }

    pub fn group(kind: Kind, group: &str) -> Change {
        Change {
            kind,
            resource: Resource::Group,
            id: group.to_string(),
            group_id: Some(group.to_string()),
            user_id: None,
            field: None,
            from: Value::Null,
            to: Value::Null,
        }
    }

    pub fn member(kind: Kind, group: &str, user: &str) -> Change {
        Change {
            kind,
            resource: Resource::Member,
            id: format!("{group}/{user}"),
            group_id: Some(group.to_string()),
            user_id: Some(user.to_string()),
            field: None,
            from: Value::Null,
            to: Value::Null,
        }
    }

    pub fn field(mut self, field: &str, from: Value, to: Value) -> Change {
        self.field = Some(field.to_string());
        self.from = from;
        self.to = to;
        self
    }

    /// `+ account bob`, `~ group team-a  Name: "A" → "B"`, `+ member team-a/carol (Admin)`.
    /// Values are JSON (escaped); the caller escapes IDs for the terminal.
    pub fn line(&self) -> String {
        let sign = match self.kind {
            Kind::Add => '+',
            Kind::Change => '~',
            Kind::Remove => '-',
        };
        let head = format!("{sign} {} {}", self.resource.word(), self.id);
        match (&self.field, self.resource, self.kind) {
            (Some(field), Resource::Member, _) => {
                format!("{head}  {field}: {} → {}", bare(&self.from), bare(&self.to))
            }
            (Some(field), _, _) => format!("{head}  {field}: {} → {}", self.from, self.to),
            (None, Resource::Member, Kind::Add) => format!("{head} ({})", bare(&self.to)),
            (None, Resource::Group, Kind::Add) => match self.to.get("Type") {
                Some(t) => format!("{head} ({})", bare(t)),
                None => head,
            },
            _ => head,
        }
    }
}

/// Roles and types read better without quotes.
fn bare(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "none".into(),
        other => other.to_string(),
    }
}

/// The changes, in the order apply makes them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    #[serde(rename = "Changes")]
    pub changes: Vec<Change>,
    /// What the plan leaves alone and why (removals without `--prune`, …).
    #[serde(rename = "Notes", default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Add / change / remove counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub add: usize,
    pub change: usize,
    pub remove: usize,
}

impl Plan {
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for ch in &self.changes {
            match ch.kind {
                Kind::Add => c.add += 1,
                Kind::Change => c.change += 1,
                Kind::Remove => c.remove += 1,
            }
        }
        c
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// `Plan: 1 to add, 2 to change, 0 to remove.`
    pub fn summary_line(&self) -> String {
        let c = self.counts();
        format!(
            "Plan: {} to add, {} to change, {} to remove.",
            c.add, c.change, c.remove
        )
    }

    /// The plan document `-o json` prints and `--out` saves.
    pub fn document(&self, sdkappid: u64, prune: bool, desired: &Desired) -> Value {
        let c = self.counts();
        serde_json::json!({
            "FormatVersion": FORMAT_VERSION,
            "SDKAppID": sdkappid,
            "Prune": prune,
            "Add": c.add,
            "Change": c.change,
            "Remove": c.remove,
            "Changes": self.changes,
            "Notes": self.notes,
            "Desired": desired,
        })
    }
}

/// A plan read back from its document.
#[derive(Debug, Clone, Deserialize)]
pub struct SavedPlan {
    #[serde(rename = "FormatVersion")]
    pub format_version: u32,
    #[serde(rename = "SDKAppID")]
    pub sdkappid: u64,
    #[serde(rename = "Prune", default)]
    pub prune: bool,
    #[serde(rename = "Changes")]
    pub changes: Vec<Change>,
    #[serde(rename = "Desired")]
    pub desired: Desired,
}

/// The first difference between the saved changes and a fresh plan's, named by resource:
/// the state moved since the plan was made.
pub fn moved(saved: &[Change], fresh: &[Change]) -> Option<String> {
    for (i, s) in saved.iter().enumerate() {
        match fresh.get(i) {
            Some(f) if f == s => continue,
            Some(f) if f.id == s.id => {
                return Some(format!(
                    "{} {}: the plan says `{}`, the app now needs `{}`",
                    s.resource.word(),
                    s.id,
                    s.line(),
                    f.line()
                ))
            }
            _ => {
                let gone = fresh.iter().all(|f| f != s);
                let what = if gone {
                    "is no longer needed or changed"
                } else {
                    "moved in the plan"
                };
                return Some(format!(
                    "{} {}: `{}` {what}",
                    s.resource.word(),
                    s.id,
                    s.line()
                ));
            }
        }
    }
    fresh.get(saved.len()).map(|f| {
        format!(
            "{} {}: `{}` is needed now and is not in the plan",
            f.resource.word(),
            f.id,
            f.line()
        )
    })
}
