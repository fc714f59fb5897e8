//! UserSig (TLS sig v2, HMAC-SHA256) signing and verification, byte-compatible with Tencent's
//! official libraries, plus verification of legacy v1 (ECDSA) tickets. No I/O and no network:
//! everything here is a pure function of its inputs (see `shared/spec/usersig.md`).
//!
//! Wire format: `tencent_b64(zlib(json_document))`. [`Signer`] reproduces, byte for byte, the
//! output of the official Go library ([`Style::Go`], the default: stored zlib blocks, fast) or
//! of the official Python library ([`Style::Python`]: zlib level 6, shorter).

mod b64;
mod document;
mod private_map;
mod reason;
mod sign;
#[cfg(test)]
mod tests;
mod v1;
mod verify;
mod zlib_stored;

pub use private_map::{build_userbuf, parse_userbuf, userbuf_expire_at, PrivateMap, Room};
pub use reason::Reason;
pub use sign::{sign, SigParams, Signer, Style};
pub use v1::{verify_v1, V1Error};
pub use verify::{decode, verify, Decoded, Verifier};

/// 180 days: the default of the official `genUserSig` helpers.
pub const DEFAULT_EXPIRE_SECS: u64 = 180 * 86_400;
/// The console's UserID limit.
pub const MAX_IDENTIFIER_BYTES: usize = 32;

/// What the caller expects a UserSig to be for.
#[derive(Debug, Clone, Copy)]
pub struct Expectation<'a> {
    pub sdkappid: u64,
    pub identifier: &'a str,
    /// The clock to check expiry against, unix seconds.
    pub now: i64,
    /// `Some` when the ticket must carry exactly this userbuf; `None` when it must carry none.
    pub userbuf: Option<&'a [u8]>,
}

/// A UserSig that passed every check.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Verified {
    pub version: SigVersion,
    pub sdkappid: u64,
    pub identifier: String,
    /// Issue time, unix seconds.
    pub time: i64,
    /// Validity in seconds, relative to `time`.
    pub expire: u64,
    /// `time + expire`, saturating.
    pub expires_at: i64,
    pub userbuf: Option<Vec<u8>>,
}

/// v2 is the HMAC ticket every current library makes; v1 the legacy ECDSA one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum SigVersion {
    V2,
    V1,
}

/// `time + expire` without overflow, clamped to the i64 range.
fn expires_at(time: i64, expire: u64) -> i64 {
    i64::try_from(i128::from(time) + i128::from(expire)).unwrap_or(i64::MAX)
}

/// The expiry rule of every official verifier: valid while `now <= time + expire`.
fn is_expired(now: i64, time: i64, expire: u64) -> bool {
    i128::from(now) > i128::from(time) + i128::from(expire)
}

/// What a ticket claims, checked against what the caller expects, in the order both v1 and v2
/// verification use: identifier, SDKAppID, expiry, userbuf. Returns the userbuf bytes.
fn check_claims(
    exp: &Expectation<'_>,
    identifier: &str,
    sdkappid: u64,
    time: i64,
    expire: u64,
    userbuf_b64: Option<&str>,
) -> Result<Option<Vec<u8>>, Reason> {
    if identifier != exp.identifier {
        return Err(Reason::IdentifierMismatch);
    }
    if sdkappid != exp.sdkappid {
        return Err(Reason::SdkappidMismatch);
    }
    if is_expired(exp.now, time, expire) {
        return Err(Reason::Expired);
    }
    match (userbuf_b64, exp.userbuf) {
        (None, None) => Ok(None),
        (Some(text), Some(expected)) => {
            let bytes = b64::decode_standard(text).ok_or(Reason::UserbufMismatch)?;
            if bytes == expected {
                Ok(Some(bytes))
            } else {
                Err(Reason::UserbufMismatch)
            }
        }
        _ => Err(Reason::UserbufPresenceMismatch),
    }
}
