//! What one `usersig gen` run decides before signing, shared by the single and the `--file`
//! paths.

use crate::global::OutputFormat;
use crate::units::rfc3339;
use crate::usersig::{self, PrivateMap, Room, Style};

/// What every signature of one `gen` run shares.
pub(crate) struct GenPlan {
    pub style: Style,
    pub sdkappid: u32,
    pub time: i64,
    pub expire: u64,
    pub room: Option<(Room, u32)>,
}

impl GenPlan {
    /// The PrivateMapKey userbuf for `user`, when a room was given.
    pub fn userbuf(&self, user: &str) -> Option<Vec<u8>> {
        self.room.as_ref().map(|(room, privilege)| {
            usersig::build_userbuf(&PrivateMap {
                identifier: user.to_string(),
                sdkappid: self.sdkappid,
                room: room.clone(),
                expire_at: usersig::userbuf_expire_at(self.time, self.expire),
                privilege_map: *privilege,
            })
        })
    }

    pub fn expires_at(&self) -> String {
        rfc3339(self.time.saturating_add(self.expire as i64)).unwrap_or_default()
    }
}

/// `-o` formats that `--file` can stream.
pub(crate) fn bulk_format_ok(format: Option<OutputFormat>) -> bool {
    matches!(
        format,
        None | Some(OutputFormat::Json) | Some(OutputFormat::Jsonl)
    )
}
