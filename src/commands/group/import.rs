//! `imctl group import --file F`: groups moved in from another system, one `import_group` a
//! line (the service takes one group a call) on the bulk engine, with their own `GroupId` and
//! `CreateTime`. A line is import_group's own body (JSONL) and must name its `GroupId`: a
//! migration keeps its IDs, so a second run (or a batch resent after a crash) meets "ID in
//! use" (10021), counted as already done, instead of making a second copy of the group.
//! Checked before sending: the type (no AVChatRoom), the name and text limits, the custom-ID
//! rule of the type.

use clap::Args;
use serde_json::Value;

use crate::api::client::Client;
use crate::api::wire::group::{ImportGroup, ImportGroupRequest};
use crate::bulk::input::{Format, Raw, Record};
use crate::bulk::operation::BatchFuture;
use crate::bulk::{EndpointOp, ItemResult, Operation};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::codes::GROUP_ID_TAKEN;
use crate::error::{Error, Exit};
use crate::migrate::lines::group_request as line_request;

#[derive(Debug, Args)]
#[command(
    mut_arg("file", |a| a.required(true)
        .help("JSONL, one group a line: GroupId, Type, Name [, Owner_Account, CreateTime, \
               Introduction, Notification, FaceUrl, MaxMemberCount, ApplyJoinOption, \
               AppDefinedData, SupportTopic] (docs/group-import.md)")),
    after_help = "\
Examples:
  # groups.jsonl: {\"GroupId\":\"team-a\",\"Type\":\"Public\",\"Name\":\"Team A\",
  #   \"Owner_Account\":\"alice\",\"CreateTime\":1448357837}
  imctl group import --file groups.jsonl --failures failed.jsonl
  # continue after Ctrl-C
  imctl group import --file groups.jsonl --resume
  # check every line, send nothing
  imctl --dry-run group import --file groups.jsonl"
)]
pub struct ImportArgs {
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

/// `import_group` per line, with 10021 ("the group ID is in use") as already done.
struct ImportGroups(EndpointOp<ImportGroup>);

impl Operation for ImportGroups {
    fn name(&self) -> &'static str {
        self.0.name()
    }
    fn id_column(&self) -> &'static str {
        self.0.id_column()
    }
    fn max_batch(&self) -> usize {
        self.0.max_batch()
    }
    fn check(&self, record: &Record) -> Result<(), String> {
        self.0.check(record)
    }
    fn dedup(&self) -> bool {
        self.0.dedup()
    }
    fn transport_fails_items(&self) -> bool {
        self.0.transport_fails_items()
    }
    fn explain(&self, code: i64, info: String) -> String {
        self.0.explain(code, info)
    }
    fn endpoint(&self) -> (&'static str, &'static str) {
        self.0.endpoint()
    }
    fn body(&self, records: &[Record]) -> Value {
        self.0.body(records)
    }
    fn results(&self, records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
        self.0.results(records, answer)
    }
    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            match self.0.send(client, records).await {
                Err(Error::Api { code, .. }) if code == GROUP_ID_TAKEN => Ok(records
                    .iter()
                    .map(|_| ItemResult::Unchanged("GroupId in use: imported before".into()))
                    .collect()),
                other => other,
            }
        })
    }
}

fn check(record: &Record) -> Result<(), String> {
    match &record.raw {
        Raw::Json(map) => line_request(map).map(drop),
        _ => Err("not a JSON line".into()),
    }
}

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<Exit, Error> {
    let input = args.bulk.input(&[])?;
    if !matches!(input.format, Format::Jsonl) {
        return Err(Error::usage(format!(
            "{}: group import reads JSONL (one import_group body a line), see \
             docs/group-import.md",
            input.name
        )));
    }
    let mut op = super::per_group::<ImportGroup>(
        "group-import",
        |records| match &records[0].raw {
            Raw::Json(map) => line_request(map).unwrap_or_default(),
            _ => ImportGroupRequest::default(),
        },
        |records, _, _| records.iter().map(|_| ItemResult::Done(None)).collect(),
    );
    op.check = check;
    bulk_args::run(
        ctx,
        input,
        ImportGroups(op),
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "imported",
            noun: "group(s)",
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn line(v: Value) -> Result<ImportGroupRequest, String> {
        line_request(v.as_object().unwrap())
    }

    #[test]
    fn lines_are_checked_with_the_console_rules() {
        let ok = json!({"GroupId": "team-a", "Type": "Public", "Name": "Team A",
                        "CreateTime": 1448357837, "Error": "from a failures file"});
        let req = line(ok.clone()).unwrap();
        assert_eq!(req.create_time, Some(1448357837));
        let community = json!({"GroupId": "@TGS#_club", "Type": "Community", "Name": "c",
                               "SupportTopic": 1});
        assert_eq!(line(community).unwrap().support_topic, Some(1));
        for (key, value, reason) in [
            ("Type", json!("AVChatRoom"), "AVChatRoom"),
            ("Type", json!("Club"), "Club"),
            ("Name", json!("x".repeat(31)), "30"),
            ("GroupId", json!("@TGS#mine"), "@TGS#"),
            ("GroupId", Value::Null, "GroupId"),
            ("CreateTime", json!("old"), "import_group"),
            ("SupportTopic", json!(1), "Community"),
            ("Owner_Account", json!(""), "Owner_Account"),
        ] {
            let mut bad = ok.clone();
            bad[key] = value;
            let err = line(bad).unwrap_err();
            assert!(err.contains(reason), "{key}: {err}");
        }
    }
}
