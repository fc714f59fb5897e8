//! The app's current state of what a file names, read with read-only calls only: account_check
//! and portrait_get (100 accounts a request), get_group_info (50 groups a request) and
//! get_group_member_info (paged). Requests run concurrently; the client paces each command to
//! its documented rate.

use crate::domain::codes;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde_json::Value;
use tokio::task::JoinSet;

use crate::api::client::Client;
use crate::api::wire::account::{AccountCheck, AccountCheckRequest, UserItem};
use crate::api::wire::group::{
    GetGroupInfo, GetGroupInfoRequest, GetGroupMemberInfo, GetGroupMemberInfoRequest,
    GroupInfoFilter,
};
use crate::api::wire::profile::{PortraitGet, PortraitGetRequest};
use crate::api::wire::{self};
use crate::domain::group::INFO_BATCH;
use crate::domain::limits::{ACCOUNT_BATCH, PROFILE_BATCH};
use crate::error::Error;

/// Members a `get_group_member_info` page asks for: the documented text's maximum.
pub const MEMBER_PAGE: u32 = 200;
/// Read requests in flight at once (the limiter still paces each command).
const READ_CONCURRENCY: usize = 32;

/// What the app has now.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Current {
    /// Every account asked about: whether it exists.
    pub exists: HashMap<String, bool>,
    /// Existing accounts' values of the tags asked for.
    pub profiles: HashMap<String, BTreeMap<String, Value>>,
    /// Every group asked about; `None` when it does not exist.
    pub groups: HashMap<String, Option<GroupNow>>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupNow {
    pub kind: String,
    /// Base fields in the service's names (`Name`, `Introduction`, …, `MaxMemberNum`).
    pub fields: BTreeMap<String, Value>,
    /// Empty for an app-owned group.
    pub owner: String,
    /// Member → role; read only for groups whose membership is wanted.
    pub members: Option<BTreeMap<String, String>>,
}

/// What to read.
#[derive(Debug, Clone, Default)]
pub struct Wanted {
    pub accounts: Vec<String>,
    /// Tags to read, per existing account.
    pub tags: HashMap<String, Vec<String>>,
    /// Groups, and whether their members are wanted.
    pub groups: Vec<(String, bool)>,
}

type Job<T> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, Error>> + Send>>;
type Profiles = Vec<(String, BTreeMap<String, Value>)>;
type Groups = Vec<(String, Option<GroupNow>)>;

/// Runs every job, [`READ_CONCURRENCY`] at once; the first error ends the read.
async fn spawn_all<T: Send + 'static>(jobs: Vec<Job<T>>) -> Result<Vec<T>, Error> {
    let mut out = Vec::with_capacity(jobs.len());
    let mut set = JoinSet::new();
    let mut jobs = jobs.into_iter();
    loop {
        while set.len() < READ_CONCURRENCY {
            match jobs.next() {
                Some(job) => {
                    set.spawn(job);
                }
                None => break,
            }
        }
        match set.join_next().await {
            Some(done) => {
                let result = done.map_err(|e| Error::Failed(format!("a read task failed: {e}")))?;
                out.push(result?);
            }
            None => return Ok(out),
        }
    }
}

/// One read request's answer.
enum Part {
    Exists(Vec<(String, bool)>),
    Profiles(Profiles),
    Groups(Groups),
    /// A group's members; `None` when the group does not exist.
    Members(String, Option<BTreeMap<String, String>>),
}

/// Reads everything at once: the four commands have their own rate limits, so running them
/// side by side takes the longest of them, not their sum. Profiles are asked for every account
/// with tags (an account that does not exist answers its own ResultCode) and members for every
/// group whose membership matters (a group that does not exist answers 10010).
pub async fn read(client: Arc<Client>, wanted: &Wanted) -> Result<Current, Error> {
    let mut kinds: Vec<Vec<Job<Part>>> = vec![Vec::new(), Vec::new(), Vec::new(), Vec::new()];
    for chunk in wanted.accounts.chunks(ACCOUNT_BATCH) {
        let client = client.clone();
        let req = AccountCheckRequest {
            check_item: chunk
                .iter()
                .map(|u| UserItem { user_id: u.clone() })
                .collect(),
        };
        kinds[0].push(Box::pin(async move {
            let answer = wire::call::<AccountCheck>(&client, &req, &[]).await?;
            Ok(Part::Exists(
                answer
                    .result_item
                    .into_iter()
                    .map(|r| (r.user_id, r.account_status.as_deref() == Some("Imported")))
                    .collect(),
            ))
        }));
    }
    // Profiles: accounts with tags, in batches that share one tag list.
    let mut by_tags: BTreeMap<Vec<String>, Vec<String>> = BTreeMap::new();
    for user in &wanted.accounts {
        if let Some(tags) = wanted.tags.get(user).filter(|t| !t.is_empty()) {
            by_tags.entry(tags.clone()).or_default().push(user.clone());
        }
    }
    for (tags, users) in by_tags {
        for chunk in users.chunks(PROFILE_BATCH) {
            let client = client.clone();
            let req = PortraitGetRequest {
                to_account: chunk.to_vec(),
                tag_list: tags.clone(),
            };
            kinds[1].push(Box::pin(async move {
                let answer = wire::call::<PortraitGet>(&client, &req, &[])
                    .await
                    .map_err(undefined_tag)?;
                Ok(Part::Profiles(
                    answer
                        .user_profile_item
                        .into_iter()
                        .filter(|p| p.result_code == 0)
                        .map(|p| {
                            let values = p.profile_item.into_iter().map(|i| (i.tag, i.value));
                            (p.to_account, values.collect())
                        })
                        .collect(),
                ))
            }));
        }
    }
    let ids: Vec<String> = wanted.groups.iter().map(|(g, _)| g.clone()).collect();
    for chunk in ids.chunks(INFO_BATCH) {
        let client = client.clone();
        let req = GetGroupInfoRequest {
            group_id_list: chunk.to_vec(),
            response_filter: Some(GroupInfoFilter {
                group_base_info_filter: [
                    "Type",
                    "Name",
                    "Introduction",
                    "Notification",
                    "FaceUrl",
                    "Owner_Account",
                    "MaxMemberNum",
                    "ApplyJoinOption",
                    "MuteAllMember",
                ]
                .map(String::from)
                .to_vec(),
                ..GroupInfoFilter::default()
            }),
        };
        kinds[2].push(Box::pin(async move {
            let answer = wire::call::<GetGroupInfo>(&client, &req, &[]).await?;
            Ok(Part::Groups(
                answer.group_info.into_iter().map(group_now).collect(),
            ))
        }));
    }
    for (id, members) in &wanted.groups {
        if !members {
            continue;
        }
        let client = client.clone();
        let id = id.clone();
        kinds[3].push(Box::pin(async move {
            match members_of(&client, &id).await {
                Ok(list) => Ok(Part::Members(id, Some(list))),
                Err(Error::Api { code, .. }) if GONE.contains(&code) => Ok(Part::Members(id, None)),
                Err(e) => Err(e),
            }
        }));
    }
    // Interleaved, so every command has requests in flight from the start.
    let mut jobs = Vec::new();
    let mut iters: Vec<_> = kinds.into_iter().map(Vec::into_iter).collect();
    loop {
        let before = jobs.len();
        for it in iters.iter_mut() {
            jobs.extend(it.next());
        }
        if jobs.len() == before {
            break;
        }
    }
    let mut now = Current::default();
    let mut members = Vec::new();
    for part in spawn_all(jobs).await? {
        match part {
            Part::Exists(list) => now.exists.extend(list),
            Part::Profiles(list) => now.profiles.extend(list),
            Part::Groups(list) => now.groups.extend(list),
            Part::Members(id, list) => members.push((id, list)),
        }
    }
    for (id, list) in members {
        if let Some(Some(g)) = now.groups.get_mut(&id) {
            g.members = list;
        }
    }
    Ok(now)
}

/// ErrorCodes of a group that does not exist: gone (10010) or not a valid ID (10015).
const GONE: [i64; 2] = [codes::GROUP_NOT_FOUND, codes::GROUP_ID_INVALID];

/// One group's answer; any per-group error ([`GONE`], …) means "does not exist".
fn group_now(info: crate::api::wire::group::GroupInfo) -> (String, Option<GroupNow>) {
    if info.error_code != 0 {
        return (info.group_id, None);
    }
    let b = info.base;
    let mut fields = BTreeMap::new();
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            fields.insert(k.to_string(), v);
        }
    };
    put("Name", b.name.map(Value::from));
    put("Introduction", b.texts.introduction.map(Value::from));
    put("Notification", b.texts.notification.map(Value::from));
    put("FaceUrl", b.texts.face_url.map(Value::from));
    put("MaxMemberNum", b.max_member_num.map(Value::from));
    put("ApplyJoinOption", b.apply_join_option.map(Value::from));
    put("MuteAllMember", b.mute_all_member.map(Value::from));
    (
        info.group_id,
        Some(GroupNow {
            kind: b.group_type.unwrap_or_default(),
            fields,
            owner: b.owner_account.unwrap_or_default(),
            members: None,
        }),
    )
}

/// Every member of a group and their role, page by page.
async fn members_of(client: &Client, group: &str) -> Result<BTreeMap<String, String>, Error> {
    let mut out = BTreeMap::new();
    let mut offset = 0u32;
    loop {
        let req = GetGroupMemberInfoRequest {
            group_id: group.to_string(),
            member_info_filter: vec!["Role".into()],
            limit: Some(MEMBER_PAGE),
            offset: Some(offset),
            ..GetGroupMemberInfoRequest::default()
        };
        let page = wire::call::<GetGroupMemberInfo>(client, &req, &[group]).await?;
        let n = page.member_list.len() as u32;
        for m in page.member_list {
            out.insert(m.member_account, m.role.unwrap_or_else(|| "Member".into()));
        }
        offset += n;
        let total = page.member_num.unwrap_or(0);
        if n < MEMBER_PAGE || u64::from(offset) >= total {
            return Ok(out);
        }
    }
}

/// 40009 on a profile read: the file names a custom tag the app has not defined.
fn undefined_tag(e: Error) -> Error {
    match e {
        Error::Api {
            code: code @ codes::PROFILE_UNKNOWN_TAG,
            info,
            endpoint,
        } => Error::Failed(format!(
            "{endpoint}: ErrorCode {code}: {info}: a Tag_Profile_Custom_* field in the file is not defined for this app; \
             create it in the console (Feature Configuration, takes about 5 minutes) or remove it from the file"
        )),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_undefined_custom_tag_says_where_to_define_it() {
        let e = undefined_tag(Error::Api {
            endpoint: "v4/profile/portrait_get".into(),
            code: 40009,
            info: "unknown profile tag `Tag_Profile_Custom_Team`".into(),
        });
        let text = e.to_string();
        assert!(matches!(e, Error::Failed(_)));
        assert!(
            text.contains("Tag_Profile_Custom_Team") && text.contains("Feature Configuration"),
            "{text}"
        );
        let other = undefined_tag(Error::Api {
            endpoint: "x".into(),
            code: 40003,
            info: "i".into(),
        });
        assert!(matches!(other, Error::Api { code: 40003, .. }));
    }

    #[test]
    fn a_group_that_answers_an_error_does_not_exist() {
        let info = crate::api::wire::group::GroupInfo {
            group_id: "g".into(),
            error_code: 10010,
            ..Default::default()
        };
        assert_eq!(group_now(info), ("g".to_string(), None));
    }
}
