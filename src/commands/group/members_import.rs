//! `imctl group members import GROUP --file F`: members with their original join times,
//! roles and unread counts (`import_group_member`, 300 a request) on the bulk engine. The
//! file is JSONL (`{"Member_Account", "Role", "JoinTime", "UnreadMsgNum"}`), a CSV with those
//! columns (`Member_Account` or `UserID`), or one UserID a line (joined now, as members).
//! Each row gets the service's own outcome: imported, already a member (`Result` 2), or not
//! imported (`Result` 0); a member listed twice is a duplicate, sent once.

use clap::Args;
use serde_json::{json, Map, Value};

use super::checked_group;
use crate::api::wire::group::{
    ImportGroupMember, ImportGroupMemberRequest, ImportGroupMemberResponse, ImportMember,
};
use crate::api::wire::{self, Endpoint};
use crate::bulk::input::{Format, Raw};
use crate::bulk::operation::missing_from_answer;
use crate::bulk::{ItemResult, Operation, Record};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::IMPORT_GROUP_MEMBER_BATCH;
use crate::error::{Error, Exit};
use crate::migrate::lines::member as member_of;

#[derive(Debug, Args)]
#[command(
    mut_arg("file", |a| a.required(true)
        .help("JSONL or CSV: Member_Account [, Role, JoinTime, UnreadMsgNum]; or one UserID \
               a line (docs/group-import.md)")),
    after_help = "\
Examples:
  # members.csv: Member_Account,Role,JoinTime,UnreadMsgNum
  imctl group members import team-a --file members.csv \\
      --failures failed.csv
  # continue after Ctrl-C
  imctl group members import team-a --file members.csv --resume
  imctl --dry-run group members import team-a --file members.jsonl"
)]
pub struct ImportArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

/// Where a CSV input keeps the optional fields.
#[derive(Debug, Clone, Default)]
struct Columns {
    role: Option<usize>,
    join_time: Option<usize>,
    unread: Option<usize>,
}

/// `import_group_member` for one group.
struct ImportMembers {
    group: String,
    columns: Columns,
}

impl ImportMembers {
    /// A record's member, or why it cannot be one.
    fn member(&self, record: &Record) -> Result<ImportMember, String> {
        let mut fields = Map::new();
        match &record.raw {
            Raw::Json(map) => fields.clone_from(map),
            Raw::Csv(cells) => {
                let cell = |i: Option<usize>| {
                    i.and_then(|i| cells.get(i))
                        .map(|c| String::from_utf8_lossy(c).trim().to_string())
                        .filter(|c| !c.is_empty())
                };
                let number = |i: Option<usize>, name: &str| -> Result<Option<Value>, String> {
                    cell(i)
                        .map(|c| {
                            c.parse::<u64>()
                                .map(|n| json!(n))
                                .map_err(|_| format!("{name} `{c}` is not a whole number"))
                        })
                        .transpose()
                };
                if let Some(role) = cell(self.columns.role) {
                    fields.insert("Role".into(), json!(role));
                }
                if let Some(t) = number(self.columns.join_time, "JoinTime")? {
                    fields.insert("JoinTime".into(), t);
                }
                if let Some(n) = number(self.columns.unread, "UnreadMsgNum")? {
                    fields.insert("UnreadMsgNum".into(), n);
                }
            }
            Raw::Id => {}
        }
        member_of(&record.user, &fields)
    }
}

impl Operation for ImportMembers {
    fn name(&self) -> &'static str {
        "group-members-import"
    }

    fn target(&self) -> Option<String> {
        Some(self.group.clone())
    }

    fn dedup(&self) -> bool {
        true
    }

    fn explain(&self, code: i64, info: String) -> String {
        super::group_failure(code, info)
    }

    fn max_batch(&self) -> usize {
        IMPORT_GROUP_MEMBER_BATCH
    }

    fn check(&self, record: &Record) -> Result<(), String> {
        self.member(record).map(drop)
    }

    fn endpoint(&self) -> (&'static str, &'static str) {
        (ImportGroupMember::SERVICE, ImportGroupMember::COMMAND)
    }

    fn body(&self, records: &[Record]) -> Value {
        wire::body::<ImportGroupMember>(&ImportGroupMemberRequest {
            group_id: self.group.clone(),
            member_list: records.iter().filter_map(|r| self.member(r).ok()).collect(),
        })
    }

    fn results(&self, records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
        let answer: ImportGroupMemberResponse = wire::parse::<ImportGroupMember>(answer)?;
        let by_user: std::collections::HashMap<&str, u8> = answer
            .member_list
            .iter()
            .map(|m| (m.member_account.as_str(), m.result))
            .collect();
        Ok(records
            .iter()
            .map(|r| match by_user.get(r.user.as_str()) {
                Some(1) => ItemResult::Done(None),
                Some(2) => ItemResult::Unchanged("already a member".into()),
                Some(_) => ItemResult::Failed {
                    code: None,
                    reason: "not imported (Result 0): not an imported account, a JoinTime \
                             before the group's creation or in the future, or the group is full"
                        .into(),
                },
                None => missing_from_answer(),
            })
            .collect())
    }
}

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?.to_string();
    let input = args.bulk.input(&[])?;
    let columns = match &input.format {
        Format::Csv { header, .. } => {
            let find = |name: &str| {
                header
                    .iter()
                    .position(|h| h.trim().eq_ignore_ascii_case(name))
            };
            Columns {
                role: find("Role"),
                join_time: find("JoinTime"),
                unread: find("UnreadMsgNum"),
            }
        }
        _ => Columns::default(),
    };
    bulk_args::run(
        ctx,
        input,
        ImportMembers { group, columns },
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "imported",
            noun: "member(s)",
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn a_member_line_is_checked() {
        let m = member_of(
            "tommy",
            &fields(json!({"Role": "Admin", "JoinTime": 1448357837, "UnreadMsgNum": 5})),
        )
        .unwrap();
        assert_eq!(m.role.as_deref(), Some("Admin"));
        assert_eq!((m.join_time, m.unread_msg_num), (Some(1448357837), Some(5)));
        let plain = member_of("jared", &fields(json!({"Role": "member"}))).unwrap();
        assert_eq!(plain.role, None);
        for (bad, why) in [
            (json!({"Role": "Owner"}), "only Admin"),
            (json!({"JoinTime": "yesterday"}), "JoinTime"),
            (json!({"UnreadMsgNum": -1}), "UnreadMsgNum"),
        ] {
            assert!(member_of("x", &fields(bad)).unwrap_err().contains(why));
        }
        assert!(member_of("", &Map::new()).is_err());
    }

    #[test]
    fn csv_cells_are_read_by_their_header() {
        let op = ImportMembers {
            group: "g".into(),
            columns: Columns {
                role: Some(1),
                join_time: Some(2),
                unread: None,
            },
        };
        let record = |cells: &[&str]| Record {
            line: 2,
            user: cells[0].into(),
            nick: None,
            face_url: None,
            raw: Raw::Csv(cells.iter().map(|c| c.as_bytes().to_vec()).collect()),
        };
        let m = op.member(&record(&["bob", "Admin", "1500000000"])).unwrap();
        assert_eq!(
            (m.role.as_deref(), m.join_time),
            (Some("Admin"), Some(1500000000))
        );
        let m = op.member(&record(&["bob", "", ""])).unwrap();
        assert_eq!((m.role, m.join_time), (None, None));
        assert!(op.member(&record(&["bob", "", "soon"])).is_err());
    }
}
