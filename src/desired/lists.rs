//! `AccountsFile`, `MembersFile` and `state export --groups-file`: read by the bulk reader, so every format it takes works
//! (CSV with a `UserID` header and optional `Nick`/`FaceUrl`, JSONL, one ID a line).

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use super::model::{Account, FACE_TAG, NICK_TAG};
use crate::bulk::input::Item;
use crate::bulk::Input;
use crate::domain::{group::check_group_id, user_id};
use crate::error::Error;

/// Every record as (`FILE:LINE`, account); an unreadable file is `PATH: reason` and bad rows
/// are `FILE:LINE: reason` (exit 2 both).
pub fn accounts(path: &Path) -> Result<Vec<(String, Account)>, Error> {
    let mut input = Input::open(path, None)?;
    let mut out = Vec::new();
    let mut bad = Vec::new();
    while let Some(item) = input.next_item() {
        match item.map_err(Error::usage)? {
            Item::Bad(row) => bad.push(format!("{}: {}", input.at(row.line), row.reason)),
            Item::Record(r) => {
                let at = input.at(r.line);
                if let Err(e) = user_id::validate(&r.user) {
                    bad.push(format!("{at}: {e}"));
                    continue;
                }
                let mut profile = BTreeMap::new();
                if let Some(n) = r.nick.filter(|n| !n.is_empty()) {
                    profile.insert(NICK_TAG.to_string(), Value::from(n));
                }
                if let Some(f) = r.face_url.filter(|f| !f.is_empty()) {
                    profile.insert(FACE_TAG.to_string(), Value::from(f));
                }
                out.push((
                    at.clone(),
                    Account {
                        user_id: r.user,
                        profile,
                        absent: false,
                        at,
                    },
                ));
            }
        }
    }
    if !bad.is_empty() {
        return Err(Error::usage(bad.join("\n")));
    }
    Ok(out)
}

/// The GroupIds of a file (one a line, a CSV with a `GroupId` header, JSONL), in order; bad rows
/// are `FILE:LINE: reason` (exit 2).
pub fn group_ids(path: &Path) -> Result<Vec<String>, Error> {
    let mut input = Input::open(path, None)?;
    let (mut out, mut bad) = (Vec::new(), Vec::new());
    while let Some(item) = input.next_item() {
        match item.map_err(Error::usage)? {
            Item::Bad(row) => bad.push(format!("{}: {}", input.at(row.line), row.reason)),
            Item::Record(r) => match check_group_id(&r.user) {
                Ok(()) => out.push(r.user),
                Err(e) => bad.push(format!("{}: {e}", input.at(r.line))),
            },
        }
    }
    if !bad.is_empty() {
        return Err(Error::usage(bad.join("\n")));
    }
    Ok(out)
}
