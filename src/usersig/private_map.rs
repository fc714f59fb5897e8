//! The PrivateMapKey userbuf: TRTC's binary room-permission record carried in `TLS.userbuf`
//! (spec §7). All integers big-endian.

/// Which room a PrivateMapKey opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Room {
    /// `cVer` 0: a numeric room ID.
    Numeric(u32),
    /// `cVer` 1: a string room ID (`dwAuthID` is 0).
    Str(String),
}

/// The decoded record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrivateMap {
    pub identifier: String,
    pub sdkappid: u32,
    pub room: Room,
    /// Absolute expiry, unix seconds truncated to 32 bits.
    pub expire_at: u32,
    pub privilege_map: u32,
}

/// The record's absolute expiry: `time + expire` truncated to 32 bits, as every library does.
pub fn userbuf_expire_at(time: i64, expire: u64) -> u32 {
    (time as u64).wrapping_add(expire) as u32
}

/// Serialises the record. Account and room strings longer than 65535 bytes are cut to fit
/// their 16-bit length fields (UserIDs are at most 32 bytes, so this never happens in practice).
pub fn build_userbuf(pm: &PrivateMap) -> Vec<u8> {
    let account = clip(pm.identifier.as_bytes());
    // An empty string room is written as a numeric room 0, as Go, Python, PHP and C++ do.
    let (version, auth_id, room_str): (u8, u32, &[u8]) = match &pm.room {
        Room::Numeric(id) => (0, *id, &[]),
        Room::Str(s) if s.is_empty() => (0, 0, &[]),
        Room::Str(s) => (1, 0, clip(s.as_bytes())),
    };
    let mut buf = Vec::with_capacity(25 + account.len() + room_str.len());
    buf.push(version);
    buf.extend_from_slice(&(account.len() as u16).to_be_bytes());
    buf.extend_from_slice(account);
    buf.extend_from_slice(&pm.sdkappid.to_be_bytes());
    buf.extend_from_slice(&auth_id.to_be_bytes());
    buf.extend_from_slice(&pm.expire_at.to_be_bytes());
    buf.extend_from_slice(&pm.privilege_map.to_be_bytes());
    buf.extend_from_slice(&0u32.to_be_bytes()); // dwAccountType
    if version == 1 {
        buf.extend_from_slice(&(room_str.len() as u16).to_be_bytes());
        buf.extend_from_slice(room_str);
    }
    buf
}

fn clip(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(usize::from(u16::MAX))]
}

/// Parses a userbuf as a PrivateMapKey record; `None` when it is not one (any other opaque
/// userbuf, or a truncated record). Non-UTF-8 account bytes (Node writes UTF-16 code units cut
/// to 8 bits) are shown lossily.
pub fn parse_userbuf(bytes: &[u8]) -> Option<PrivateMap> {
    let mut r = Reader(bytes);
    let version = r.take(1)?[0];
    let account_len = usize::from(r.u16()?);
    let identifier = String::from_utf8_lossy(r.take(account_len)?).into_owned();
    let sdkappid = r.u32()?;
    let auth_id = r.u32()?;
    let expire_at = r.u32()?;
    let privilege_map = r.u32()?;
    let _account_type = r.u32()?;
    let room = match version {
        0 => Room::Numeric(auth_id),
        1 => {
            let len = usize::from(r.u16()?);
            Room::Str(String::from_utf8_lossy(r.take(len)?).into_owned())
        }
        _ => return None,
    };
    r.0.is_empty().then_some(PrivateMap {
        identifier,
        sdkappid,
        room,
        expire_at,
        privilege_map,
    })
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }
    fn u16(&mut self) -> Option<u16> {
        self.take(2).map(|b| u16::from_be_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numeric_room_layout() {
        let pm = PrivateMap {
            identifier: "ab".into(),
            sdkappid: 0x01020304,
            room: Room::Numeric(0xffff_ffff),
            expire_at: 7,
            privilege_map: 255,
        };
        let buf = build_userbuf(&pm);
        assert_eq!(
            buf,
            [
                0, 0, 2, b'a', b'b', 1, 2, 3, 4, 255, 255, 255, 255, 0, 0, 0, 7, 0, 0, 0, 255, 0,
                0, 0, 0
            ]
        );
        assert_eq!(parse_userbuf(&buf), Some(pm));
    }

    #[test]
    fn empty_string_room_is_numeric_zero() {
        let pm = PrivateMap {
            identifier: "a".into(),
            sdkappid: 1,
            room: Room::Str(String::new()),
            expire_at: 1,
            privilege_map: 1,
        };
        assert_eq!(build_userbuf(&pm)[0], 0);
    }

    #[test]
    fn opaque_userbufs_are_not_records() {
        assert_eq!(parse_userbuf(b"abc"), None);
        assert_eq!(parse_userbuf(&[]), None);
    }

    #[test]
    fn expiry_truncates_to_32_bits() {
        assert_eq!(userbuf_expire_at(4_294_967_295, 2), 1);
        assert_eq!(userbuf_expire_at(1_700_000_000, 86_400), 1_700_086_400);
    }

    proptest! {
        #[test]
        fn records_round_trip(
            identifier in "[A-Za-z0-9_-]{1,32}",
            sdkappid: u32,
            numeric: Option<u32>,
            room_str in "[a-z0-9]{1,64}",
            expire_at: u32,
            privilege_map: u32,
        ) {
            let room = numeric.map_or(Room::Str(room_str), Room::Numeric);
            let pm = PrivateMap { identifier, sdkappid, room, expire_at, privilege_map };
            prop_assert_eq!(parse_userbuf(&build_userbuf(&pm)), Some(pm));
        }

        #[test]
        fn parsing_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
            let _ = parse_userbuf(&bytes);
        }
    }
}
