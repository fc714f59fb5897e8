//! The group read stages: the groups of the selection (`get_appid_group_list`, every page, for
//! `--groups all`) read with `get_group_info` as `import_group` bodies; their members
//! (`get_group_member_info`, every page) as `import_group_member` items with their `GroupId`;
//! and their messages (`group_msg_get_simple`, every page, newest first) as
//! `import_group_msg` items with their `GroupId`, written oldest first.
//!
//! The same history reader tells, before the write stage, which messages the destination
//! already holds ([`group_message_keys`]).

use std::collections::HashSet;
use std::sync::Arc;

use serde_json::{json, Value};

use super::bundle::{self, Lines};
use super::read::{column, in_order, Outcome, Source, LISTED};
use super::{Groups, Kind};
use crate::api::client::Client;
use crate::api::wire::group::{
    GetAppidGroupList, GetAppidGroupListRequest, GetGroupInfo, GetGroupInfoRequest,
    GetGroupMemberInfo, GetGroupMemberInfoRequest, GroupInfo, GroupInfoFilter, GroupMsgGetSimple,
    GroupMsgGetSimpleRequest, ImportGroupRequest, RspMsg,
};
use crate::api::wire::{self};
use crate::domain::group::{GroupType, COMMUNITY_PREFIX, INFO_BATCH, LIST_PAGE_MAX, MEMBER_PAGE};
use crate::domain::limits::GROUP_HISTORY_PAGE;
use crate::error::Error;

/// `IsFinished` of the last history page.
const FINISHED: u8 = 1;

/// The base fields `import_group` takes back.
const BASE_FIELDS: [&str; 9] = [
    "Type",
    "Name",
    "Introduction",
    "Notification",
    "FaceUrl",
    "Owner_Account",
    "CreateTime",
    "MaxMemberNum",
    "ApplyJoinOption",
];

/// The GroupIds of the selection: the groups file's when the groups stage read one, else the
/// flags' (every page of `get_appid_group_list` for `--groups all`).
async fn group_ids(src: &Source<'_>) -> Result<Vec<String>, Error> {
    let file = bundle::file(src.dir, Kind::Groups);
    if src.kinds.contains(&Kind::Groups) && file.exists() {
        return column(&file, "GroupId");
    }
    match src.groups {
        Groups::None => Ok(Vec::new()),
        Groups::Ids(ids) => Ok(ids.clone()),
        Groups::All => all_groups(src.client).await,
    }
}

/// Every GroupId of the app, page by page (1 call a second: the documented rate).
pub async fn all_groups(client: &Client) -> Result<Vec<String>, Error> {
    let mut out = Vec::new();
    let mut req = GetAppidGroupListRequest {
        limit: Some(LIST_PAGE_MAX as u32),
        next: Some(0),
        group_type: None,
    };
    loop {
        let page = wire::call::<GetAppidGroupList>(client, &req, &[]).await?;
        let empty = page.group_id_list.is_empty();
        out.extend(page.group_id_list.into_iter().map(|g| g.group_id));
        if page.next == 0 || empty {
            return Ok(out);
        }
        req.next = Some(page.next);
    }
}

/// A group's answer as its `import_group` body, or why it cannot be imported.
pub fn group_line(info: GroupInfo) -> Result<ImportGroupRequest, String> {
    if info.error_code != 0 {
        return Err(format!(
            "ErrorCode {}: {}",
            info.error_code, info.error_info
        ));
    }
    let b = info.base;
    let kind = b.group_type.unwrap_or_default();
    let community = GroupType::parse(&kind).is_ok_and(|k| k == GroupType::Community);
    if matches!(
        GroupType::parse(&kind),
        Ok(GroupType::AVChatRoom | GroupType::BChatRoom)
    ) {
        return Err(format!("Type {kind}: AVChatRoom groups cannot be imported"));
    }
    let nonempty = |s: Option<String>| s.filter(|s| !s.is_empty());
    Ok(ImportGroupRequest {
        owner_account: nonempty(b.owner_account),
        group_type: kind,
        name: b.name.unwrap_or_default(),
        create_time: b.create_time.filter(|t| *t > 0),
        support_topic: None,
        group_id: Some(info.group_id),
        introduction: nonempty(b.texts.introduction),
        notification: nonempty(b.texts.notification),
        face_url: nonempty(b.texts.face_url),
        max_member_count: b.max_member_num.and_then(|n| u32::try_from(n).ok()),
        // Community groups take no join option.
        apply_join_option: nonempty(b.apply_join_option).filter(|_| !community),
        app_defined_data: info.app_defined_data.filter(|d| !d.is_empty()),
    })
}

/// `get_group_info` of up to 50 groups, with the group custom fields `fields` (a filter reads
/// none it does not name): each group's line or why not.
pub async fn groups_info(
    client: &Client,
    ids: &[String],
    fields: &[String],
) -> Result<Vec<(String, Result<ImportGroupRequest, String>)>, Error> {
    let req = GetGroupInfoRequest {
        group_id_list: ids.to_vec(),
        response_filter: Some(GroupInfoFilter {
            group_base_info_filter: BASE_FIELDS.map(String::from).to_vec(),
            app_defined_data_filter_group: fields.to_vec(),
            ..GroupInfoFilter::default()
        }),
    };
    let answer = wire::call::<GetGroupInfo>(client, &req, &[]).await?;
    Ok(answer
        .group_info
        .into_iter()
        .map(|g| (g.group_id.clone(), group_line(g)))
        .collect())
}

pub async fn groups(src: &Source<'_>) -> Result<Outcome, Error> {
    let mut out = Outcome::default();
    let ids = group_ids(src).await?;
    let mut lines = Lines::create(bundle::file(src.dir, Kind::Groups))?;
    let mut skipped = 0u64;
    let chunks: Vec<Vec<String>> = ids.chunks(INFO_BATCH).map(<[_]>::to_vec).collect();
    let fields = Arc::new(src.group_fields.to_vec());
    let get = |client: Arc<Client>, chunk: Vec<String>| {
        let fields = fields.clone();
        async move { groups_info(&client, &chunk, &fields).await }
    };
    in_order(src.client, chunks, get, |read| {
        for (id, line) in read {
            match line {
                Ok(req) => lines.push(&serde_json::to_value(req).unwrap_or_default())?,
                Err(why) => out.note(&mut skipped, format!("group {id}: left out: {why}")),
            }
        }
        Ok(())
    })
    .await?;
    more(&mut out, skipped, "group(s) left out");
    out.read = lines.finish()?;
    Ok(out)
}

fn more(out: &mut Outcome, n: u64, what: &str) {
    if n > LISTED as u64 {
        out.notes.push(format!("{} more {what}", n - LISTED as u64));
    }
}

/// Every member of `group` but its owner (whom `import_group` makes), page by page, as
/// `import_group_member` items with their `GroupId`.
pub async fn members_of(client: &Client, group: &str) -> Result<Vec<Value>, Error> {
    let community = group.starts_with(COMMUNITY_PREFIX);
    let mut req = GetGroupMemberInfoRequest {
        group_id: group.into(),
        member_info_filter: vec!["Role".into(), "JoinTime".into()],
        limit: Some(MEMBER_PAGE as u32),
        ..GetGroupMemberInfoRequest::default()
    };
    if community {
        req.next = Some(String::new());
    } else {
        req.offset = Some(0);
    }
    let mut out = Vec::new();
    loop {
        let page = wire::call::<GetGroupMemberInfo>(client, &req, &[group]).await?;
        let count = page.member_list.len() as u32;
        for m in page.member_list {
            let role = m.role.as_deref().unwrap_or("Member");
            if role == "Owner" {
                continue;
            }
            let mut line = json!({"GroupId": group, "Member_Account": m.member_account});
            if role == "Admin" {
                line["Role"] = json!("Admin");
            }
            if let Some(t) = m.join_time.filter(|t| *t > 0) {
                line["JoinTime"] = json!(t);
            }
            out.push(line);
        }
        let more = match (&page.next, community) {
            (Some(next), true) => {
                req.next = Some(next.clone());
                !next.is_empty()
            }
            _ => {
                let seen = req.offset.unwrap_or(0) + count;
                req.offset = Some(seen);
                count == MEMBER_PAGE as u32 && page.member_num.is_none_or(|t| u64::from(seen) < t)
            }
        };
        if !more || count == 0 {
            return Ok(out);
        }
    }
}

/// Reads each group with `read` (up to 16 at once), its lines handed on in group order; a
/// group the source refuses is a note.
async fn per_group<F, Fut>(
    src: &Source<'_>,
    what: &str,
    read: F,
    mut each: impl FnMut(Vec<Value>) -> Result<(), Error>,
) -> Result<Outcome, Error>
where
    F: Fn(Arc<Client>, String) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<Vec<Value>, Error>> + Send + 'static,
{
    let mut out = Outcome::default();
    let ids = group_ids(src).await?;
    let mut failed = 0u64;
    let read = Arc::new(read);
    let chunks: Vec<Vec<String>> = ids.into_iter().map(|g| vec![g]).collect();
    let get = move |client: Arc<Client>, chunk: Vec<String>| {
        let read = read.clone();
        async move {
            let group = chunk.into_iter().next().unwrap_or_default();
            let result = read(client, group.clone()).await;
            Ok::<_, Error>((group, result))
        }
    };
    in_order(src.client, chunks, get, |(group, result)| match result {
        Ok(lines) => each(lines),
        Err(Error::Api { code, info, .. }) => {
            out.note(
                &mut failed,
                format!("group {group}: {what} not read: ErrorCode {code}: {info}"),
            );
            Ok(())
        }
        Err(e) => Err(e),
    })
    .await?;
    more(&mut out, failed, "group(s) not read");
    Ok(out)
}

pub async fn members(src: &Source<'_>) -> Result<Outcome, Error> {
    let mut lines = Lines::create(bundle::file(src.dir, Kind::Members))?;
    let read =
        |client: Arc<Client>, group: String| async move { members_of(&client, &group).await };
    let mut out = per_group(src, "members", read, |list| {
        list.iter().try_for_each(|l| lines.push(l))
    })
    .await?;
    out.read = lines.finish()?;
    Ok(out)
}

/// Every message `group` holds, page by page (newest first), recalled and system messages
/// left out, oldest first.
pub async fn history_of(client: &Client, group: &str) -> Result<Vec<RspMsg>, Error> {
    let mut req = GroupMsgGetSimpleRequest {
        group_id: group.into(),
        req_msg_number: GROUP_HISTORY_PAGE as u32,
        req_msg_seq: None,
        with_recalled_msg: None,
        topic_id: None,
    };
    let mut out = Vec::new();
    loop {
        let page = wire::call::<GroupMsgGetSimple>(client, &req, &[group]).await?;
        let oldest = page.rsp_msg_list.iter().map(|m| m.msg_seq).min();
        // A page not below the one asked for would be asked for again: stop instead.
        let stuck = matches!((req.req_msg_seq, oldest), (Some(a), Some(o)) if o > a);
        out.extend(
            page.rsp_msg_list
                .into_iter()
                .filter(|m| m.is_place_msg == 0 && m.is_system_msg.unwrap_or(0) == 0),
        );
        let more = page.is_finished != FINISHED && oldest.is_some_and(|o| o > 1) && !stuck;
        if !more {
            out.sort_by_key(|m| (m.msg_time_stamp, m.msg_seq));
            return Ok(out);
        }
        req.req_msg_seq = oldest.map(|o| o - 1);
    }
}

/// A stored message as its `import_group_msg` item with its `GroupId`.
pub fn group_message_line(group: &str, m: &RspMsg) -> Value {
    json!({"GroupId": group, "From_Account": m.from_account, "SendTime": m.msg_time_stamp,
        "Random": m.msg_random, "MsgBody": m.msg_body})
}

/// A group message's identity across apps: group, sender, `Random` and time (what
/// `import_group_msg` keeps).
pub fn group_message_key(group: &str, from: &str, random: u64, time: i64) -> String {
    format!("{group}\u{0}{from}\u{0}{random}\u{0}{time}")
}

pub async fn group_messages(src: &Source<'_>) -> Result<Outcome, Error> {
    let (since, until) = (src.since, src.until);
    let read = move |client: Arc<Client>, group: String| async move {
        let list = history_of(&client, &group).await?;
        Ok(list
            .iter()
            .filter(|m| (since..until).contains(&m.msg_time_stamp))
            .map(|m| group_message_line(&group, m))
            .collect())
    };
    // Held until every group is read, then written in time order across groups: the write
    // stage's batches then carry many groups at once, each group's messages in order.
    let mut all: Vec<Value> = Vec::new();
    let mut out = per_group(src, "messages", read, |list| {
        all.extend(list);
        Ok(())
    })
    .await?;
    all.sort_by_key(|l| l["SendTime"].as_i64().unwrap_or(0));
    let mut lines = Lines::create(bundle::file(src.dir, Kind::GroupMessages))?;
    all.iter().try_for_each(|l| lines.push(l))?;
    out.read = lines.finish()?;
    Ok(out)
}

/// The identities of the messages `groups` hold in the app (the destination, before its write
/// stage); a group it does not have holds none.
pub async fn group_message_keys(
    client: &Arc<Client>,
    groups: Vec<String>,
) -> Result<HashSet<String>, Error> {
    let mut keys = HashSet::new();
    let chunks: Vec<Vec<String>> = groups.into_iter().map(|g| vec![g]).collect();
    let read = |client: Arc<Client>, chunk: Vec<String>| async move {
        let group = chunk.into_iter().next().unwrap_or_default();
        match history_of(&client, &group).await {
            Ok(list) => Ok((group, list)),
            Err(Error::Api { .. }) => Ok((group, Vec::new())),
            Err(e) => Err(e),
        }
    };
    in_order(client, chunks, read, |(group, list)| {
        keys.extend(list.iter().map(|m| {
            group_message_key(
                &group,
                &m.from_account,
                u64::from(m.msg_random),
                m.msg_time_stamp,
            )
        }));
        Ok(())
    })
    .await?;
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::group::GroupBase;

    #[test]
    fn a_group_answer_becomes_an_import_group_body_keeping_its_id_and_create_time() {
        let info = GroupInfo {
            group_id: "team-a".into(),
            base: GroupBase {
                group_type: Some("Public".into()),
                name: Some("Team A".into()),
                owner_account: Some("alice".into()),
                create_time: Some(1448357837),
                max_member_num: Some(200),
                apply_join_option: Some("FreeAccess".into()),
                ..GroupBase::default()
            },
            ..GroupInfo::default()
        };
        let body = serde_json::to_value(group_line(info).unwrap()).unwrap();
        assert_eq!(
            body,
            json!({"GroupId": "team-a", "Type": "Public", "Name": "Team A",
                   "Owner_Account": "alice", "CreateTime": 1448357837, "MaxMemberCount": 200,
                   "ApplyJoinOption": "FreeAccess"})
        );
        // What `group import` reads back.
        assert!(super::super::lines::group_request(body.as_object().unwrap()).is_ok());
        let av = GroupInfo {
            base: GroupBase {
                group_type: Some("AVChatRoom".into()),
                ..GroupBase::default()
            },
            ..GroupInfo::default()
        };
        assert!(group_line(av).unwrap_err().contains("AVChatRoom"));
        let gone = GroupInfo {
            error_code: 10010,
            ..GroupInfo::default()
        };
        assert!(group_line(gone).unwrap_err().contains("10010"));
    }

    #[test]
    fn a_stored_message_becomes_an_import_group_msg_line() {
        let m = RspMsg {
            from_account: "bob".into(),
            msg_random: 7,
            msg_time_stamp: 1500000000,
            msg_seq: 3,
            ..RspMsg::default()
        };
        let line = group_message_line("g", &m);
        let item = super::super::lines::group_msg(
            &json!({"From_Account": "bob", "SendTime": 1500000000, "Random": 7,
                    "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]})
            .as_object()
            .unwrap()
            .clone(),
        )
        .unwrap();
        assert_eq!(line["SendTime"], 1500000000);
        assert_eq!(item.random, Some(7));
        assert_eq!(
            group_message_key("g", "bob", 7, 1500000000),
            group_message_key("g", &item.from_account, 7, item.send_time)
        );
    }
}
