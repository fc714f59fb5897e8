//! The friends read stage: `friend_get`, every page, of each account the run moves (the
//! accounts file's and, with `--include-referenced`, those the files read before name), as
//! `friend import` lines (`From_Account`, `To_Account`, `AddSource`, `Remark`, `Group`,
//! `AddTime`). A pair is one way: B's line for A comes from B's own list.

use std::sync::Arc;

use serde_json::{Map, Value};

use super::bundle::{self, Lines};
use super::read::{in_order, wanted_accounts, Outcome, Source, LISTED};
use super::Kind;
use crate::api::client::Client;
use crate::api::wire::sns::{FriendGet, FriendGetRequest, TagValue};
use crate::api::wire::{self};
use crate::domain::sns::{TAG_ADD_SOURCE, TAG_ADD_TIME, TAG_GROUP, TAG_REMARK};
use crate::error::Error;

/// The standard friend fields a line keeps, by tag, under their `friend import` names.
const FIELDS: [(&str, &str); 4] = [
    (TAG_ADD_SOURCE, "AddSource"),
    (TAG_REMARK, "Remark"),
    (TAG_GROUP, "Group"),
    (TAG_ADD_TIME, "AddTime"),
];

/// One friend of `from` as a `friend import` line; empty fields left out.
pub fn friend_line(from: &str, to: &str, values: &[TagValue]) -> Value {
    let mut line = Map::new();
    line.insert("From_Account".into(), Value::from(from));
    line.insert("To_Account".into(), Value::from(to));
    for v in values {
        let Some((_, name)) = FIELDS.iter().find(|(tag, _)| *tag == v.tag) else {
            continue;
        };
        let empty = match &v.value {
            Value::Null => true,
            Value::String(s) => s.is_empty(),
            Value::Array(a) => a.is_empty(),
            _ => false,
        };
        if !empty {
            line.insert((*name).into(), v.value.clone());
        }
    }
    Value::Object(line)
}

/// Every friend of `from`, page by page, as lines.
pub async fn friends_of(client: &Client, from: &str) -> Result<Vec<Value>, Error> {
    let mut out = Vec::new();
    let mut start = 0u32;
    loop {
        let req = FriendGetRequest {
            from_account: from.to_string(),
            start_index: start,
            ..Default::default()
        };
        let page = wire::call::<FriendGet>(client, &req, &[from]).await?;
        out.extend(
            page.user_data_item
                .iter()
                .map(|f| friend_line(from, &f.to_account, &f.value_item)),
        );
        // An empty page that claims more would never end: stop there too.
        if page.complete_flag != 0 || page.user_data_item.is_empty() {
            return Ok(out);
        }
        start = page.next_start_index;
    }
}

pub async fn friends(src: &Source<'_>) -> Result<Outcome, Error> {
    let mut out = Outcome::default();
    let subjects = wanted_accounts(src, &mut out, false)?;
    let mut lines = Lines::create(bundle::file(src.dir, Kind::Friends))?;
    let mut failed = 0u64;
    let chunks: Vec<Vec<String>> = subjects.into_iter().map(|s| vec![s]).collect();
    let get = |client: Arc<Client>, chunk: Vec<String>| async move {
        let from = chunk.into_iter().next().unwrap_or_default();
        let result = friends_of(&client, &from).await;
        Ok::<_, Error>((from, result))
    };
    in_order(src.client, chunks, get, |(from, result)| {
        match result {
            Ok(list) => list.iter().try_for_each(|l| lines.push(l))?,
            // An account the source does not have has no friends to read: a note.
            Err(Error::Api { code, info, .. }) => out.note(
                &mut failed,
                format!("{from}: friends not read: ErrorCode {code}: {info}"),
            ),
            Err(e) => return Err(e),
        }
        Ok(())
    })
    .await?;
    if failed > LISTED as u64 {
        out.notes.push(format!(
            "{} more account(s) whose friends were not read",
            failed - LISTED as u64
        ));
    }
    out.read = lines.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_friend_becomes_a_friend_import_line() {
        let tv = |tag: &str, value: Value| TagValue {
            tag: tag.into(),
            value,
        };
        let line = friend_line(
            "a",
            "b",
            &[
                tv(TAG_ADD_SOURCE, json!("AddSource_Type_Android")),
                tv(TAG_REMARK, json!("")),
                tv(TAG_GROUP, json!(["work"])),
                tv(TAG_ADD_TIME, json!(1500000000)),
                tv("Tag_SNS_IM_AddWording", json!("hi")),
            ],
        );
        assert_eq!(
            line,
            json!({"From_Account": "a", "To_Account": "b", "AddSource": "AddSource_Type_Android",
                   "Group": ["work"], "AddTime": 1500000000})
        );
        // The line is what `friend import` reads.
        let map = line.as_object().unwrap().clone();
        let field = |name: &str| map.get(name).cloned();
        let (from, item) = super::super::lines::friend_item(&field, "b").unwrap();
        assert_eq!(
            (from.as_str(), item.add_time, item.group_name),
            ("a", Some(1500000000), Some(vec!["work".to_string()]))
        );
    }
}
