//! `imctl friend import --file F`: friend pairs (From_Account, To_Account, and optionally
//! Remark, Group, AddTime, AddSource) through friend_import on the bulk engine, with the
//! failures file and `--resume`. The service takes one user's friends a request (1,000 at
//! most, and one user's friends in one call avoids 30008 write conflicts), so a batch of the
//! file becomes one request per From_Account in it; the import is one way and needs no
//! approval.

use std::collections::HashMap;

use clap::Args;
use serde_json::Value;

use super::by_peer;
use crate::api::client::Client;
use crate::api::wire::sns::{FriendImport, FriendImportAddFriendItem, FriendImportRequest};
use crate::api::wire::{self, Endpoint};
use crate::bulk::input::{Format, Raw};
use crate::bulk::operation::BatchFuture;
use crate::bulk::{ItemResult, Operation, Record};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::SNS_BATCH;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
#[command(mut_arg("file", |a| a.required(true)
    .help("CSV with a header (From_Account,To_Account[,Remark,Group,AddTime,AddSource]; \
           several lists in Group separated by |) or JSONL with the same keys \
           (Group a string or an array)")))]
pub struct ImportArgs {
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

/// The import: a CSV's header names the columns of its rows.
struct Import {
    header: Option<Vec<String>>,
}

impl Import {
    /// A field of a record by its (case-insensitive) name.
    fn field(&self, record: &Record, name: &str) -> Option<Value> {
        match &record.raw {
            Raw::Json(map) => map
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone()),
            Raw::Csv(fields) => {
                let at = self
                    .header
                    .as_ref()?
                    .iter()
                    .position(|h| h.trim().eq_ignore_ascii_case(name))?;
                let text = String::from_utf8_lossy(fields.get(at)?).trim().to_string();
                (!text.is_empty()).then_some(Value::String(text))
            }
            Raw::Id => None,
        }
    }

    /// A record as `(From_Account, its friend_import item)`, checked.
    fn item(&self, record: &Record) -> Result<(String, FriendImportAddFriendItem), String> {
        crate::migrate::lines::friend_item(&|name| self.field(record, name), &record.user)
    }

    /// The batch's requests, one per From_Account in order of first appearance, each with the
    /// indexes of its records.
    fn requests(&self, records: &[Record]) -> Vec<(FriendImportRequest, Vec<usize>)> {
        let mut out: Vec<(FriendImportRequest, Vec<usize>)> = Vec::new();
        let mut at: HashMap<String, usize> = HashMap::new();
        for (i, record) in records.iter().enumerate() {
            let Ok((from, item)) = self.item(record) else {
                continue;
            };
            let slot = *at.entry(from.clone()).or_insert_with(|| {
                out.push((
                    FriendImportRequest {
                        from_account: from,
                        add_friend_item: Vec::new(),
                    },
                    Vec::new(),
                ));
                out.len() - 1
            });
            out[slot].0.add_friend_item.push(item);
            out[slot].1.push(i);
        }
        out
    }
}

impl Operation for Import {
    fn name(&self) -> &'static str {
        "friend-import"
    }

    fn id_column(&self) -> &'static str {
        "To_Account"
    }

    fn max_batch(&self) -> usize {
        SNS_BATCH
    }

    fn check(&self, record: &Record) -> Result<(), String> {
        self.item(record).map(drop)
    }

    fn endpoint(&self) -> (&'static str, &'static str) {
        (FriendImport::SERVICE, FriendImport::COMMAND)
    }

    /// One request's body, or (a batch naming several users) the list of them.
    fn body(&self, records: &[Record]) -> Value {
        let mut bodies: Vec<Value> = self
            .requests(records)
            .iter()
            .map(|(req, _)| wire::body::<FriendImport>(req))
            .collect();
        match bodies.len() {
            1 => bodies.remove(0),
            _ => Value::Array(bodies),
        }
    }

    fn results(&self, records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
        let answer = wire::parse::<FriendImport>(answer)?;
        Ok(by_peer(records, &answer.result_item, |i| {
            super::outcome(i, &[])
        }))
    }

    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            let mut results: Vec<Option<ItemResult>> = vec![None; records.len()];
            for (req, indexes) in self.requests(records) {
                let ids: Vec<&str> = std::iter::once(req.from_account.as_str())
                    .chain(req.add_friend_item.iter().map(|i| i.to_account.as_str()))
                    .collect();
                let answer = wire::call::<FriendImport>(client, &req, &ids).await?;
                let mine: Vec<Record> = indexes.iter().map(|&i| records[i].clone()).collect();
                let got = by_peer(&mine, &answer.result_item, |i| super::outcome(i, &[]));
                for (i, result) in indexes.into_iter().zip(got) {
                    results[i] = Some(result);
                }
            }
            Ok(results
                .into_iter()
                .map(|r| r.unwrap_or_else(crate::bulk::operation::missing_from_answer))
                .collect())
        })
    }
}

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<Exit, Error> {
    let input = args.bulk.input(&[])?;
    let header = match &input.format {
        Format::Csv { header, .. } => Some(header.clone()),
        Format::Jsonl => None,
        _ => {
            return Err(Error::usage(format!(
                "{}: friend import reads CSV with a From_Account,To_Account header, or JSONL \
                 (docs/output-friend.md)",
                input.name
            )))
        }
    };
    bulk_args::run(
        ctx,
        input,
        Import { header },
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns: Vec::new(),
            verb: "imported",
            noun: "friend pair(s)",
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn csv(fields: &[&str]) -> Record {
        Record {
            line: 2,
            user: fields[1].into(),
            nick: None,
            face_url: None,
            raw: Raw::Csv(fields.iter().map(|f| f.as_bytes().to_vec()).collect()),
        }
    }

    #[test]
    fn pairs_are_checked_and_one_request_per_user() {
        let import = Import {
            header: Some(
                ["From_Account", "To_Account", "Remark", "Group", "AddTime"]
                    .map(String::from)
                    .to_vec(),
            ),
        };
        let records = [
            csv(&["a", "b", "Bee", "Work|Golf", "1700000000"]),
            csv(&["c", "d", "", "", ""]),
            csv(&["a", "e", "", "", ""]),
        ];
        let reqs = import.requests(&records);
        assert_eq!(reqs.len(), 2);
        assert_eq!(reqs[0].1, [0, 2]);
        let first = &reqs[0].0.add_friend_item[0];
        assert_eq!(first.group_name, Some(vec!["Work".into(), "Golf".into()]));
        assert_eq!(
            (first.add_time, first.remark.as_deref()),
            (Some(1_700_000_000), Some("Bee"))
        );
        assert!(import.body(&records).is_array());
        for (bad, reason) in [
            (csv(&["", "b", "", "", ""]), "From_Account"),
            (csv(&["a", "a", "", "", ""]), "same user"),
            (csv(&["a", "b", "", "", "yesterday"]), "AddTime"),
            (csv(&["a", "b", &"r".repeat(97), "", ""]), "Remark"),
        ] {
            assert!(import.check(&bad).unwrap_err().contains(reason), "{reason}");
        }
        let json_import = Import { header: None };
        let line = Record {
            raw: Raw::Json(
                json!({"From_Account": "a", "To_Account": "b", "Group": ["x"]})
                    .as_object()
                    .unwrap()
                    .clone(),
            ),
            ..csv(&["", "b"])
        };
        assert_eq!(
            json_import.item(&line).unwrap().1.group_name,
            Some(vec!["x".into()])
        );
    }
}
