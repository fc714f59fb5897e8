//! AVChatRoom bans (spec §4.15): `ban_group_member`, `unban_group_member`,
//! `get_group_ban_member`. AVChatRoom only, on the Ultimate edition (the console switch is taken
//! as on); anything else is 10007. A ban ends by itself after its `Duration`; while it lasts the
//! user is out of the room, cannot join again (`online::join`) and cannot send to it.

use super::*;
use crate::domain::codes;
use crate::domain::limits::{BAN_BATCH, BAN_DESCRIPTION_BYTES, BAN_LIST_PAGE};

impl Group {
    /// The unix time `account`'s ban ends, when one is in force at `now`.
    pub fn banned_until(&self, account: &str, now: i64) -> Option<i64> {
        self.bans.get(account).copied().filter(|&until| until > now)
    }
}

impl Groups {
    /// The AVChatRoom `id`, on a plan that has bans; 10007 for every other group type or plan.
    fn ban_room<'a>(&self, inner: &'a mut Inner, id: &str) -> Result<&'a mut Group, (i64, String)> {
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        if group.kind() != GroupType::AVChatRoom {
            return Err((
                codes::GROUP_NO_PERMISSION,
                format!("{} groups have no member bans: AVChatRoom only", group.kind),
            ));
        }
        if self.edition != Edition::Ultimate {
            return Err((
                codes::GROUP_NO_PERMISSION,
                "member banning needs the Ultimate edition and its console switch".into(),
            ));
        }
        Ok(group)
    }

    pub(super) fn ban(&self, body: &Value, now: i64) -> Reply {
        let id = req_str(body, "GroupId")?;
        let accounts = ban_accounts(body)?;
        let duration = body
            .get("Duration")
            .and_then(Value::as_u64)
            .and_then(|d| u32::try_from(d).ok())
            .ok_or_else(|| bad("Duration is required (seconds, an unsigned 32-bit integer)"))?;
        if duration == 0 {
            return Err(bad(
                "Duration must be at least 1 second (unban_group_member lifts a ban)",
            ));
        }
        text_field(body, "Description", BAN_DESCRIPTION_BYTES)?;
        let mut inner = self.lock();
        let group = self.ban_room(&mut inner, id)?;
        if accounts.contains(&group.owner.as_str()) && !group.owner.is_empty() {
            return Err((
                codes::GROUP_NO_PERMISSION,
                format!("`{}` owns the group and cannot be banned", group.owner),
            ));
        }
        group.bans.retain(|_, until| *until > now);
        for account in &accounts {
            group
                .bans
                .insert((*account).to_string(), now + i64::from(duration));
        }
        // A banned user is out of the room: it receives nothing until the ban ends.
        group.remove_members(&accounts);
        self.persist(&inner, &[id], None)?;
        Ok(json!({}))
    }

    pub(super) fn unban(&self, body: &Value, now: i64) -> Reply {
        let id = req_str(body, "GroupId")?;
        let accounts = ban_accounts(body)?;
        let mut inner = self.lock();
        let group = self.ban_room(&mut inner, id)?;
        group
            .bans
            .retain(|account, until| *until > now && !accounts.contains(&account.as_str()));
        self.persist(&inner, &[id], None)?;
        Ok(json!({}))
    }

    /// One page of the bans in force, in UserID order: `Offset` from 0, `NextOffset` 0 when
    /// nothing is left.
    pub(super) fn banned(&self, body: &Value, now: i64) -> Reply {
        let id = req_str(body, "GroupId")?;
        let limit = opt_u64(body, "Limit")?.unwrap_or(BAN_LIST_PAGE as u64);
        if limit == 0 || limit > BAN_LIST_PAGE as u64 {
            return Err(bad(format!("Limit must be 1 to {BAN_LIST_PAGE}")));
        }
        let offset = opt_u64(body, "Offset")?.ok_or_else(|| bad("Offset is required"))?;
        let mut inner = self.lock();
        let group = self.ban_room(&mut inner, id)?;
        let in_force: Vec<(&String, &i64)> = group
            .bans
            .iter()
            .filter(|(_, until)| **until > now)
            .collect();
        let start = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(in_force.len());
        let end = start.saturating_add(limit as usize).min(in_force.len());
        let list: Vec<Value> = in_force[start..end]
            .iter()
            .map(|(account, until)| json!({"Member_Account": account, "BannedUntil": until}))
            .collect();
        let next = if end < in_force.len() { end } else { 0 };
        Ok(json!({ "BannedAccountList": list, "NextOffset": next }))
    }
}

/// `Members_Account`: 1 to 20 UserIDs (10005 above).
fn ban_accounts(body: &Value) -> Result<Vec<&str>, (i64, String)> {
    let accounts = str_list(body, "Members_Account")?;
    if accounts.is_empty() {
        return Err(bad("Members_Account is empty"));
    }
    if accounts.len() > BAN_BATCH {
        return Err((
            codes::GROUP_TOO_MANY_ACCOUNTS,
            format!("at most {BAN_BATCH} accounts a request"),
        ));
    }
    for account in &accounts {
        user_id::validate(account).map_err(|e| bad(format!("`{account}`: {e}")))?;
    }
    Ok(accounts)
}
