//! The read stages: what the source app holds, as the lines of the bundle. Each reads through
//! the documented read calls only (`account_check`, `portrait_get`, `get_history`), at the
//! client's paced rate, and writes its kind's file whole or not at all ([`Lines`]). The
//! friends and group stages are `read_friends.rs` and `read_groups.rs`, which take the shared
//! pieces ([`Source`], [`Outcome`], [`in_order`]) from here.
//!
//! The same readers read the destination before a write stage (what it already has), so a
//! re-run writes nothing that is there.

use std::collections::HashSet;
use std::io::BufReader;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Map, Value};

use super::bundle::{self, Lines};
use super::Kind;
use crate::api::client::Client;
use crate::api::download::{self, Cap, Expected};
use crate::api::wire::{self, account, history, profile};
use crate::bulk::input::{Input, Item};
use crate::domain::limits::{ACCOUNT_BATCH, PROFILE_BATCH};
use crate::domain::{codes, profile_fields, user_id};
use crate::error::Error;

/// The most an archive download may bring when the service announces no size.
const ARCHIVE_CAP: u64 = 1 << 30;
/// Read requests in flight at once (the client's limiter still paces them): one at a time,
/// a read stage would run at 1 / latency, far below the documented rates.
pub(super) const READS_IN_FLIGHT: usize = 16;
/// Problems listed by name in a stage's notes; the rest are counted.
pub(super) const LISTED: usize = 10;

/// Where a read stage reads from and what it reads.
pub struct Source<'a> {
    pub client: &'a Arc<Client>,
    /// The bundle (or working) directory the stage writes its file in.
    pub dir: &'a Path,
    /// The UserIDs to move (an export, a failures file, any list the bulk reader reads).
    pub accounts_file: Option<&'a Path>,
    /// Also every account met as a message party, member, group owner or friend.
    pub include_referenced: bool,
    /// The kinds of the run: only their files name referenced accounts (a file of another
    /// kind left in the directory by an earlier run does not).
    pub kinds: &'a [Kind],
    /// The groups to move (groups, members, group messages).
    pub groups: &'a super::Groups,
    /// Custom profile fields to carry besides the standard ones.
    pub profile_fields: &'a [String],
    /// The group custom fields to read (`AppDefinedDataFilter_Group`).
    pub group_fields: &'a [String],
    /// The message window, Unix seconds `[since, until)`, and its Beijing hours (`YYYYMMDDHH`),
    /// the archives of `get_history`.
    pub since: i64,
    pub until: i64,
    pub hours: &'a [String],
    pub download_timeout: Duration,
}

/// What a read stage came to.
#[derive(Debug, Default)]
pub struct Outcome {
    pub read: u64,
    /// Things the user should know (items left out and why), listed up to [`LISTED`].
    pub notes: Vec<String>,
}

impl Outcome {
    pub(super) fn note(&mut self, skipped: &mut u64, text: String) {
        *skipped += 1;
        if self.notes.len() < LISTED {
            self.notes.push(text);
        }
    }
}

/// The accounts the files read before name, with `--include-referenced`: message parties,
/// group owners, members, group message senders, and (`with_friends`) both sides of a friend
/// pair.
const REFERENCES: [(Kind, &[&str]); 5] = [
    (Kind::C2cMessages, &["From_Account", "To_Account"]),
    (Kind::Groups, &["Owner_Account"]),
    (Kind::Members, &["Member_Account"]),
    (Kind::GroupMessages, &["From_Account"]),
    (Kind::Friends, &["From_Account", "To_Account"]),
];

/// The UserIDs to move: the accounts file's, then (with `--include-referenced`) those the
/// files already read name ([`REFERENCES`]; friends only when `with_friends`); each once,
/// checked against the UserID rule.
pub(super) fn wanted_accounts(
    src: &Source<'_>,
    out: &mut Outcome,
    with_friends: bool,
) -> Result<Vec<String>, Error> {
    let mut seen = HashSet::new();
    let mut list = Vec::new();
    let mut bad = 0u64;
    let mut add = |id: String, at: String, out: &mut Outcome, bad: &mut u64| {
        if let Err(why) = user_id::validate(&id) {
            out.note(bad, format!("{at}: `{id}` left out: {why}"));
        } else if seen.insert(id.clone()) {
            list.push(id);
        }
    };
    if let Some(path) = src.accounts_file {
        let mut input = Input::open(path, None)?;
        while let Some(item) = input.next_item() {
            match item.map_err(Error::Failed)? {
                Item::Record(r) => add(r.user, input.at(r.line), out, &mut bad),
                Item::Bad(b) => out.note(&mut bad, format!("{}: {}", input.at(b.line), b.reason)),
            }
        }
    }
    for (kind, keys) in REFERENCES {
        let file = bundle::file(src.dir, kind);
        let wanted = src.include_referenced && src.kinds.contains(&kind);
        if !wanted || !file.exists() || (kind == Kind::Friends && !with_friends) {
            continue;
        }
        each_line(&file, |n, line| {
            for key in keys {
                if let Some(id) = line.get(*key).and_then(Value::as_str) {
                    let at = format!("{}:{n}", file.display());
                    add(id.to_string(), at, out, &mut bad);
                }
            }
            Ok(())
        })?;
    }
    if bad > LISTED as u64 {
        out.notes
            .push(format!("{} more account(s) left out", bad - LISTED as u64));
    }
    Ok(list)
}

/// `call` over each chunk, up to [`READS_IN_FLIGHT`] at once, each result handed to `each` in
/// chunk order (so at most that many answers are held at once).
pub(super) async fn in_order<T, F, Fut>(
    client: &Arc<Client>,
    chunks: Vec<Vec<String>>,
    call: F,
    mut each: impl FnMut(T) -> Result<(), Error>,
) -> Result<(), Error>
where
    F: Fn(Arc<Client>, Vec<String>) -> Fut,
    Fut: std::future::Future<Output = Result<T, Error>> + Send + 'static,
    T: Send + 'static,
{
    let mut chunks = chunks.into_iter().peekable();
    while chunks.peek().is_some() {
        let handles: Vec<_> = chunks
            .by_ref()
            .take(READS_IN_FLIGHT)
            .map(|chunk| tokio::spawn(call(client.clone(), chunk)))
            .collect();
        for handle in handles {
            let result = handle
                .await
                .map_err(|e| Error::Failed(format!("a read task failed: {e}")))?;
            each(result?)?;
        }
    }
    Ok(())
}

/// The UserIDs among `ids` that exist in the app (`account_check`: `Imported`).
pub async fn existing(client: &Client, ids: &[String]) -> Result<HashSet<String>, Error> {
    let mut found = HashSet::new();
    for chunk in ids.chunks(ACCOUNT_BATCH) {
        let req = account::AccountCheckRequest {
            check_item: chunk
                .iter()
                .map(|u| account::UserItem { user_id: u.clone() })
                .collect(),
        };
        let refs: Vec<&str> = chunk.iter().map(String::as_str).collect();
        let answer = wire::call::<account::AccountCheck>(client, &req, &refs).await?;
        found.extend(
            answer
                .result_item
                .into_iter()
                .filter(|i| i.result_code == 0 && i.account_status.as_deref() == Some("Imported"))
                .map(|i| i.user_id),
        );
    }
    Ok(found)
}

pub async fn accounts(src: &Source<'_>) -> Result<Outcome, Error> {
    let mut out = Outcome::default();
    let wanted = wanted_accounts(src, &mut out, true)?;
    let mut lines = Lines::create(bundle::file(src.dir, Kind::Accounts))?;
    let mut missing = 0u64;
    let chunks: Vec<Vec<String>> = wanted.chunks(ACCOUNT_BATCH).map(<[_]>::to_vec).collect();
    let check = |client: Arc<Client>, chunk: Vec<String>| async move {
        let found = existing(&client, &chunk).await?;
        Ok((chunk, found))
    };
    in_order(src.client, chunks, check, |(chunk, found)| {
        for id in chunk {
            if found.contains(&id) {
                lines.push(&json!({ "UserID": id }))?;
            } else {
                out.note(
                    &mut missing,
                    format!("{id}: left out: not an account of the source app"),
                );
            }
        }
        Ok(())
    })
    .await?;
    if missing > LISTED as u64 {
        out.notes.push(format!(
            "{} more account(s) are not in the source app",
            missing - LISTED as u64
        ));
    }
    out.read = lines.finish()?;
    Ok(out)
}

/// The tags a profile read asks for: the standard table and the custom fields named.
pub fn profile_tags(custom: &[String]) -> Vec<String> {
    profile_fields::default_tags()
        .map(String::from)
        .chain(custom.iter().cloned())
        .collect()
}

/// The fields of a profile worth writing: those that differ from what a new account has.
pub fn set_fields(items: Vec<profile::ProfileItem>) -> Vec<profile::ProfileItem> {
    items
        .into_iter()
        .filter(|i| match profile_fields::default_value(&i.tag) {
            Some(default) => i.value != default,
            None => !(i.value.is_null() || i.value == json!("")),
        })
        .collect()
}

/// The set fields of `users` (who must exist), by user, in the order asked.
pub async fn profiles_of(
    client: &Client,
    users: &[String],
    tags: &[String],
) -> Result<Vec<(String, Result<Vec<profile::ProfileItem>, (i64, String)>)>, Error> {
    let req = profile::PortraitGetRequest {
        to_account: users.to_vec(),
        tag_list: tags.to_vec(),
    };
    let refs: Vec<&str> = users.iter().map(String::as_str).collect();
    let answer = wire::call::<profile::PortraitGet>(client, &req, &refs).await?;
    let mut by_user: std::collections::HashMap<String, profile::UserProfile> = answer
        .user_profile_item
        .into_iter()
        .map(|p| (p.to_account.clone(), p))
        .collect();
    Ok(users
        .iter()
        .map(|u| {
            let result = match by_user.remove(u) {
                Some(p) if p.result_code == 0 => Ok(set_fields(p.profile_item)),
                Some(p) => Err((p.result_code, p.result_info)),
                None => Err((0, "the answer has no profile for this account".into())),
            };
            (u.clone(), result)
        })
        .collect())
}

pub async fn profiles(src: &Source<'_>) -> Result<Outcome, Error> {
    let mut out = Outcome::default();
    // The accounts read by the accounts stage; without it (`--what profiles`), the list.
    let accounts = bundle::file(src.dir, Kind::Accounts);
    let users: Vec<String> = if accounts.exists() {
        column(&accounts, "UserID")?
    } else {
        wanted_accounts(src, &mut out, true)?
    };
    let tags = profile_tags(src.profile_fields);
    let mut lines = Lines::create(bundle::file(src.dir, Kind::Profiles))?;
    let mut failed = 0u64;
    let chunks: Vec<Vec<String>> = users.chunks(PROFILE_BATCH).map(<[_]>::to_vec).collect();
    let tags = Arc::new(tags);
    let get = move |client: Arc<Client>, chunk: Vec<String>| {
        let tags = tags.clone();
        async move { profiles_of(&client, &chunk, &tags).await }
    };
    in_order(src.client, chunks, get, |read| {
        for (user, result) in read {
            match result {
                Ok(items) if items.is_empty() => {}
                Ok(items) => lines.push(&json!({ "UserID": user, "ProfileItem": items }))?,
                Err((code, info)) => out.note(
                    &mut failed,
                    format!("{user}: profile not read: ErrorCode {code}: {info}"),
                ),
            }
        }
        Ok(())
    })
    .await?;
    out.read = lines.finish()?;
    Ok(out)
}

/// A message's identity across apps: its parties, time and random (what importmsg keeps).
pub fn message_key(m: &Map<String, Value>) -> String {
    let text = |k: &str| m.get(k).map(Value::to_string).unwrap_or_default();
    format!(
        "{}\u{0}{}\u{0}{}\u{0}{}",
        text("From_Account"),
        text("To_Account"),
        text("MsgTimeStamp"),
        text("MsgRandom")
    )
}

/// An archived message as an importmsg line: the fields importmsg takes, nothing else.
fn import_line(m: &Map<String, Value>) -> Value {
    let mut line = Map::new();
    for key in [
        "From_Account",
        "To_Account",
        "MsgSeq",
        "MsgRandom",
        "MsgTimeStamp",
        "MsgBody",
        "CloudCustomData",
    ] {
        match m.get(key) {
            // importmsg's MsgSeq is 32-bit; a larger one is left for the service to pick.
            Some(v) if key == "MsgSeq" && v.as_u64().is_none_or(|n| n > u64::from(u32::MAX)) => {}
            Some(Value::Null) | None => {}
            Some(v) => {
                line.insert(key.into(), v.clone());
            }
        }
    }
    Value::Object(line)
}

/// Every C2C message of the window, from the hourly archives, handed to `each` in archive
/// order. An hour with no archive (1004: nothing was sent) is skipped; one past the 7 days the
/// service keeps (1005) is a note.
pub async fn archived_messages(
    src: &Source<'_>,
    out: &mut Outcome,
    mut each: impl FnMut(&Map<String, Value>) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut expired = 0u64;
    for hour in src.hours {
        let req = history::GetHistoryRequest {
            chat_type: "C2C".into(),
            msg_time: hour.clone(),
        };
        let files = match wire::call::<history::GetHistory>(src.client, &req, &[]).await {
            Ok(answer) => answer.file,
            Err(Error::Api {
                code: codes::HISTORY_NOT_READY,
                ..
            }) => continue,
            Err(Error::Api {
                code: code @ codes::HISTORY_EXPIRED,
                ..
            }) => {
                out.note(
                    &mut expired,
                    format!("{hour}: ErrorCode {code}: the service no longer keeps that hour"),
                );
                continue;
            }
            Err(e) => return Err(e),
        };
        for (n, file) in files.iter().enumerate() {
            let dest = src.dir.join(format!(".c2c-{hour}-{n}.gz"));
            let expected = Expected {
                size: Some(file.gzip_size).filter(|s| *s > 0),
                md5: Some(file.gzip_md5.clone()).filter(|m| !m.is_empty()),
            };
            let cap = Cap {
                bytes: ARCHIVE_CAP,
                flag: "the archive cap",
            };
            download::fetch(
                src.client,
                &file.url,
                &dest,
                &expected,
                cap,
                src.download_timeout,
                |_| Ok(()),
            )
            .await?;
            let result = each_archived(&dest, src.since, src.until, &mut each);
            let _ = std::fs::remove_file(&dest);
            result?;
        }
    }
    Ok(())
}

/// The messages of one downloaded archive within `[since, until)`.
fn each_archived(
    path: &Path,
    since: i64,
    until: i64,
    each: &mut impl FnMut(&Map<String, Value>) -> Result<(), Error>,
) -> Result<(), Error> {
    let file = std::fs::File::open(path)
        .map_err(|e| Error::io(format!("cannot open {}", path.display()), &e))?;
    let mut reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut n = 0;
    loop {
        let line = history::next_line(&mut reader, &mut n)
            .map_err(|why| Error::Failed(format!("the archive is corrupt: {why}")))?;
        match line {
            None | Some(history::Line::End) => return Ok(()),
            Some(history::Line::Header(_)) => {}
            Some(history::Line::Message(Value::Object(m))) => {
                let time = m.get("MsgTimeStamp").and_then(Value::as_i64).unwrap_or(-1);
                if (since..until).contains(&time) {
                    each(&m)?;
                }
            }
            Some(history::Line::Message(_)) => {}
        }
    }
}

pub async fn c2c_messages(src: &Source<'_>) -> Result<Outcome, Error> {
    let mut out = Outcome::default();
    let mut lines = Lines::create(bundle::file(src.dir, Kind::C2cMessages))?;
    archived_messages(src, &mut out, |m| lines.push(&import_line(m))).await?;
    out.read = lines.finish()?;
    Ok(out)
}

/// The identities of the C2C messages the app holds in the window (the destination, before
/// its write stage).
pub async fn message_keys(src: &Source<'_>) -> Result<HashSet<String>, Error> {
    let mut keys = HashSet::new();
    let mut out = Outcome::default();
    archived_messages(src, &mut out, |m| {
        keys.insert(message_key(m));
        Ok(())
    })
    .await?;
    Ok(keys)
}

/// Each line of a bundle file (the files of earlier stages, which imctl wrote) as a JSON
/// object, with its 1-based line number, one line in memory at a time: a message file of the
/// issue's size held whole was some 20 MB of maps.
pub fn each_line(
    path: &Path,
    mut each: impl FnMut(usize, Map<String, Value>) -> Result<(), Error>,
) -> Result<(), Error> {
    use std::io::BufRead;
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| Error::unreadable(&name, &e))?;
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| Error::unreadable(&name, &e))?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str(&line) {
            Ok(Value::Object(m)) => each(n + 1, m)?,
            _ => return Err(Error::usage(format!("{name}:{}: not a JSON object", n + 1))),
        }
    }
    Ok(())
}

/// The string values of `key` in a bundle file's lines, in file order.
pub fn column(path: &Path, key: &str) -> Result<Vec<String>, Error> {
    let mut out = Vec::new();
    each_line(path, |_, line| {
        if let Some(Value::String(v)) = line.get(key) {
            out.push(v.clone());
        }
        Ok(())
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_fields_that_differ_from_a_new_account_are_written() {
        let items = vec![
            profile::ProfileItem {
                tag: "Tag_Profile_IM_Nick".into(),
                value: json!("Alice"),
            },
            profile::ProfileItem {
                tag: "Tag_Profile_IM_Gender".into(),
                value: json!("Gender_Type_Unknown"),
            },
            profile::ProfileItem {
                tag: "Tag_Profile_IM_Level".into(),
                value: json!(0),
            },
            profile::ProfileItem {
                tag: "Tag_Profile_Custom_Team".into(),
                value: json!(""),
            },
        ];
        let kept: Vec<String> = set_fields(items).into_iter().map(|i| i.tag).collect();
        assert_eq!(kept, ["Tag_Profile_IM_Nick"]);
    }

    #[test]
    fn an_archived_message_keeps_only_what_importmsg_takes() {
        let m = json!({"From_Account": "a", "To_Account": "b", "MsgSeq": 7, "MsgRandom": 9,
            "MsgTimeStamp": 100, "MsgBody": [], "MsgKey": "k", "ClientIP": "x"});
        let line = import_line(m.as_object().unwrap());
        assert_eq!(
            line,
            json!({"From_Account": "a", "To_Account": "b", "MsgSeq": 7, "MsgRandom": 9,
                "MsgTimeStamp": 100, "MsgBody": []})
        );
        let big = json!({"From_Account": "a", "MsgSeq": 1u64 << 40});
        assert!(import_line(big.as_object().unwrap())
            .get("MsgSeq")
            .is_none());
    }

    #[test]
    fn a_message_is_the_same_in_both_apps_by_parties_time_and_random() {
        let a = json!({"From_Account": "a", "To_Account": "b", "MsgTimeStamp": 1, "MsgRandom": 2, "MsgSeq": 5});
        let b = json!({"From_Account": "a", "To_Account": "b", "MsgTimeStamp": 1, "MsgRandom": 2, "MsgSeq": 9});
        let c = json!({"From_Account": "b", "To_Account": "a", "MsgTimeStamp": 1, "MsgRandom": 2});
        let key = |v: &Value| message_key(v.as_object().unwrap());
        assert_eq!(key(&a), key(&b));
        assert_ne!(key(&a), key(&c));
    }
}
