//! `set_unread_msg_num` (spec §4.19): one member's unread count, a migration aid. Work,
//! Public and Community groups keep it (cut to the group's stored message count); ChatRoom and
//! AVChatRoom have no unread counts, so the call is accepted and changes nothing. No callbacks.

use super::*;

impl Groups {
    pub(super) fn set_unread(&self, body: &Value) -> Reply {
        let id = req_str(body, "GroupId")?;
        let account = req_str(body, "Member_Account")?;
        let wanted = opt_u64(body, "UnreadMsgNum")?
            .ok_or_else(|| bad("UnreadMsgNum is required (an unsigned integer)"))?;
        let mut inner = self.lock();
        let group = inner.groups.get_mut(id).ok_or_else(|| gone(id))?;
        if matches!(group.kind(), GroupType::ChatRoom | GroupType::AVChatRoom) {
            return Ok(json!({}));
        }
        let stored = group.messages.len() as u64;
        let member = group
            .member_mut(account)
            .ok_or_else(|| bad(format!("`{account}` is not a member of group `{id}`")))?;
        member.unread_msg_num = wanted.min(stored);
        self.persist(&inner, &[id], None)?;
        Ok(json!({}))
    }
}
