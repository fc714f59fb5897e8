//! AVChatRoom online members (spec §4.16): `get_online_member_num` and
//! `group_open_avchatroom_http_svc/get_members`, answered from the members of the room whose
//! status a client set to Online (`imctl emulator set-status`; nobody logs in to an emulator,
//! and the count is exact where the service's lags 10–20 s). Members of an AVChatRoom cannot be
//! added by REST: the test-only `join_group` hook is what a client's joinGroup does, and a
//! banned user is refused there.

use super::*;
use crate::domain::codes;
use crate::domain::limits::{ONLINE_MEMBERS_MAX, ONLINE_MEMBERS_OTHER_PLANS, ONLINE_MEMBERS_PAGE};
use crate::emulator::services::presence::Reach;
use crate::emulator::services::{user_field, State};

/// The AVChatRoom `id`; 10007 for the other types ("only for audio-video groups").
fn room<'a>(inner: &'a Inner, id: &str) -> Result<&'a Group, (i64, String)> {
    let group = inner.groups.get(id).ok_or_else(|| gone(id))?;
    if group.kind() != GroupType::AVChatRoom {
        return Err((
            codes::GROUP_NO_PERMISSION,
            format!(
                "{} groups have no online member count: AVChatRoom only",
                group.kind
            ),
        ));
    }
    Ok(group)
}

/// The room's members who are online now, newest joiner first.
fn online_members<'a>(state: &State, group: &'a Group) -> Vec<&'a Member> {
    let mut online: Vec<&Member> = group
        .members
        .iter()
        .filter(|m| state.presence.reach(&m.account) == Reach::Online)
        .collect();
    online.sort_by_key(|m| std::cmp::Reverse(m.join_time));
    online
}

pub fn online_member_num(state: &State, body: &Value) -> Reply {
    let id = req_str(body, "GroupId")?;
    let inner = state.groups.lock();
    let group = room(&inner, id)?;
    Ok(json!({ "OnlineMemberNum": online_members(state, group).len() }))
}

/// `get_members`: the latest online members (1,000 on Ultimate, 30 otherwise), 500 a page;
/// `Timestamp` 0 first, then the `NextTimestamp` answered (0 = all returned). A page never
/// ends inside a run of equal join times, so no member falls between two pages.
pub fn get_members(state: &State, body: &Value) -> Reply {
    let id = req_str(body, "GroupId")?;
    let timestamp = body
        .get("Timestamp")
        .and_then(Value::as_i64)
        .ok_or_else(|| bad("Timestamp is required (0 for the first page)"))?;
    let mark = opt_u64(body, "Mark")?;
    let inner = state.groups.lock();
    let group = room(&inner, id)?;
    let cap = if state.groups.edition == Edition::Ultimate {
        ONLINE_MEMBERS_MAX
    } else {
        ONLINE_MEMBERS_OTHER_PLANS
    };
    let mut latest = online_members(state, group);
    latest.truncate(cap);
    // Nobody has a member mark here (modify_user_info is not served): a Mark matches none.
    if mark.is_some() {
        latest.clear();
    }
    let rest: Vec<&Member> = latest
        .into_iter()
        .filter(|m| timestamp == 0 || m.join_time < timestamp)
        .collect();
    let mut end = rest.len().min(ONLINE_MEMBERS_PAGE);
    while end < rest.len() && rest[end].join_time == rest[end - 1].join_time {
        end += 1;
    }
    let next = if end < rest.len() {
        rest[end - 1].join_time
    } else {
        0
    };
    let list: Vec<Value> = state.accounts.read(|accounts| {
        rest[..end]
            .iter()
            .map(|m| {
                let profile = accounts.get(&m.account).map(|a| &a.profile);
                let field = |tag: &str| {
                    profile
                        .and_then(|p| p.get(tag))
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string()
                };
                json!({
                    "Member_Account": m.account,
                    "JoinTime": m.join_time,
                    "NickName": field("Tag_Profile_IM_Nick"),
                    "Avatar": field("Tag_Profile_IM_Image"),
                })
            })
            .collect()
    });
    Ok(json!({ "MemberList": list, "NextTimestamp": next }))
}

/// The test-only `POST /imctl-test/join_group` `{"GroupId","UserID"}`: a client joining an
/// AVChatRoom (free to join; joining again is no change). A user under a ban is refused with
/// 10007 until it ends.
pub fn join(state: &State, body: &Value, now: i64) -> Reply {
    let id = req_str(body, "GroupId")?;
    let user = user_field(body, &["UserID"])?;
    if !state.accounts.read(|a| a.contains_key(user)) {
        return Err((
            codes::GROUP_USERID_NOT_FOUND,
            format!("UserID `{user}` is not imported"),
        ));
    }
    let groups = &state.groups;
    let mut inner = groups.lock();
    let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
    if group.kind() != GroupType::AVChatRoom {
        return Err(bad(
            "join_group joins AVChatRooms; add members of other groups with add_group_member",
        ));
    }
    if let Some(until) = group.banned_until(user, now) {
        return Err((
            codes::GROUP_NO_PERMISSION,
            format!("`{user}` is banned from this group until {until}"),
        ));
    }
    if group.member(user).is_none() {
        group.push_member(new_member(user, "Member", now));
        groups.persist(&inner, &[id], None)?;
    }
    Ok(json!({}))
}
