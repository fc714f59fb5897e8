//! `imctl usersig verify`: what the console's verification tool shows.

use base64::Engine as _;
use clap::Args;
use serde_json::{json, Value};
use std::path::PathBuf;

use super::{describe_privileges, private_map_json, read_sig, read_small_file, room_from_flags};
use crate::commands::Ctx;
use crate::domain::user_id;
use crate::error::{Error, Exit};
use crate::output::Tone;
use crate::units::{format_validity, local_time, now_unix, rfc3339};
use crate::usersig::{self, Expectation, PrivateMap, Reason, Room, SigVersion, Verified};

const MAX_PEM_BYTES: u64 = 64 * 1024;

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The UserID the UserSig should be for
    #[arg(long, short = 'u', value_name = "USERID")]
    pub user: String,
    /// The UserSig, or `-` to read it from standard input
    #[arg(long, value_name = "SIG|-")]
    pub sig: String,
    /// Judge expiry at this unix time instead of now
    #[arg(long, value_name = "UNIX")]
    pub now: Option<i64>,
    /// Expect a PrivateMapKey for this numeric room
    #[arg(long, value_name = "N", conflicts_with = "str_room_id")]
    pub room_id: Option<u32>,
    /// Expect a PrivateMapKey for this string room
    #[arg(long, value_name = "ROOM")]
    pub str_room_id: Option<String>,
    /// With --room-id/--str-room-id: also require these privileges
    #[arg(long, value_name = "MAP")]
    pub privilege: Option<String>,
    /// Expect exactly this raw userbuf (standard base64)
    #[arg(long, value_name = "BASE64", conflicts_with_all = ["room_id", "str_room_id"])]
    pub userbuf: Option<String>,
    /// Verify a legacy v1 (ECDSA) UserSig with the app's public key (PEM)
    #[arg(long, value_name = "PATH")]
    pub public_key_file: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: &VerifyArgs) -> Result<Exit, Error> {
    let sig = read_sig(ctx, &args.sig)?;
    user_id::validate(&args.user).map_err(Error::Usage)?;
    let now = args.now.unwrap_or_else(now_unix);
    let expected_room = room_from_flags(
        args.room_id,
        args.str_room_id.as_deref(),
        args.privilege.as_deref(),
        false,
    )?;
    let raw_userbuf = match &args.userbuf {
        Some(b64) => Some(
            base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .map_err(|_| Error::usage("--userbuf must be standard base64"))?,
        ),
        None => None,
    };
    let settings = ctx.settings()?;
    let sdkappid = settings.require_sdkappid()?;

    // A PrivateMapKey's userbuf carries the absolute expiry, which only the ticket knows: take the
    // ticket's userbuf as the expected one, then compare its room fields after the HMAC check.
    let decoded = usersig::decode(&sig).ok();
    let doc_userbuf = decoded.as_ref().and_then(|d| d.userbuf.clone());
    let expected_userbuf: Option<Vec<u8>> = match (&raw_userbuf, &expected_room) {
        (Some(raw), _) => Some(raw.clone()),
        (None, Some(_)) => Some(doc_userbuf.clone().unwrap_or_default()),
        (None, None) => None,
    };
    let exp = Expectation {
        sdkappid: u64::from(sdkappid),
        identifier: &args.user,
        now,
        userbuf: expected_userbuf.as_deref(),
    };

    let result = match &args.public_key_file {
        Some(path) => {
            let pem = read_small_file(path, MAX_PEM_BYTES, "public key file")?;
            match usersig::verify_v1(&pem, &sig, &exp) {
                Ok(v) => Ok(v),
                Err(usersig::V1Error::Invalid(reason)) => Err(reason),
                Err(usersig::V1Error::BadPublicKey(m)) => {
                    return Err(Error::config(
                        format!("{}: {m}", path.display()),
                        "give the app's public key as a PEM `PUBLIC KEY` (P-256 or secp256k1)",
                    ))
                }
            }
        }
        None => {
            let key = settings.require_key()?;
            usersig::verify(key.expose().as_bytes(), &sig, &exp)
        }
    };
    let result = result.and_then(|v| check_room(v, expected_room.as_ref(), &args.user, sdkappid));

    let summary = VerifySummary::new(&result, decoded.as_ref());
    let valid = result.is_ok();
    let value = summary.to_json();
    let human = summary.to_human(&*ctx);
    ctx.out.object(&value, || human)?;
    Ok(if valid { Exit::Ok } else { Exit::Failed })
}

/// With --room-id/--str-room-id: the ticket's PrivateMapKey must name this room, user and app
/// (and carry at least the requested privileges).
fn check_room(
    verified: Verified,
    expected: Option<&(Room, u32)>,
    user: &str,
    sdkappid: u32,
) -> Result<Verified, Reason> {
    let Some((room, privilege)) = expected else {
        return Ok(verified);
    };
    let pm = verified
        .userbuf
        .as_deref()
        .and_then(usersig::parse_userbuf)
        .ok_or(Reason::UserbufMismatch)?;
    let privileges_ok = *privilege == u32::MAX || pm.privilege_map & privilege == *privilege;
    if &pm.room == room && pm.identifier == user && pm.sdkappid == sdkappid && privileges_ok {
        Ok(verified)
    } else {
        Err(Reason::UserbufMismatch)
    }
}

/// What `verify` reports, valid or not; fields come from the document when it could be read.
struct VerifySummary {
    reason: Option<Reason>,
    version: Option<SigVersion>,
    sdkappid: Option<u64>,
    identifier: Option<String>,
    time: Option<i64>,
    expire: Option<u64>,
    private_map: Option<PrivateMap>,
}

impl VerifySummary {
    fn new(result: &Result<Verified, Reason>, decoded: Option<&usersig::Decoded>) -> Self {
        match result {
            Ok(v) => VerifySummary {
                reason: None,
                version: Some(v.version),
                sdkappid: Some(v.sdkappid),
                identifier: Some(v.identifier.clone()),
                time: Some(v.time),
                expire: Some(v.expire),
                private_map: v.userbuf.as_deref().and_then(usersig::parse_userbuf),
            },
            Err(reason) => {
                let doc = decoded.map(|d| &d.document);
                let field = |names: &[&str]| -> Option<&Value> {
                    names.iter().find_map(|n| doc.and_then(|d| d.get(*n)))
                };
                let as_u64 = |v: &Value| {
                    v.as_u64()
                        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
                };
                let as_i64 = |v: &Value| {
                    v.as_i64()
                        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
                };
                VerifySummary {
                    reason: Some(*reason),
                    version: decoded.map(|d| d.version),
                    sdkappid: field(&["TLS.sdkappid", "TLS.sdk_appid"]).and_then(as_u64),
                    identifier: field(&["TLS.identifier"])
                        .and_then(|v| v.as_str())
                        .map(str::to_string),
                    time: field(&["TLS.time"]).and_then(as_i64),
                    expire: field(&["TLS.expire", "TLS.expire_after"]).and_then(as_u64),
                    private_map: decoded.and_then(|d| d.private_map.clone()),
                }
            }
        }
    }

    fn expires_at(&self) -> Option<i64> {
        Some(self.time?.saturating_add(i64::try_from(self.expire?).ok()?))
    }

    fn to_json(&self) -> Value {
        let (reason, message, solution) = match self.reason {
            None => ("ok", "The UserSig is valid.", ""),
            Some(r) => (r.code(), r.message(), r.solution()),
        };
        let mut v = json!({
            "valid": self.reason.is_none(),
            "reason": reason,
            "message": message,
            "solution": if solution.is_empty() { Value::Null } else { json!(solution) },
            "sdkappid": self.sdkappid,
            "identifier": self.identifier,
            "time": self.time,
            "expire": self.expire,
            "expires_at": self.expires_at().and_then(rfc3339),
        });
        if let Some(pm) = &self.private_map {
            v["private_map_key"] = private_map_json(pm);
        }
        v
    }

    fn to_human(&self, ctx: &Ctx) -> String {
        let mut lines = Vec::new();
        match self.reason {
            None => lines.push(ctx.out.paint(Tone::Good, "✓ Valid UserSig")),
            Some(r) => lines.push(
                ctx.out
                    .paint(Tone::Bad, &format!("✗ Invalid UserSig: {}", r.message())),
            ),
        }
        let version = match self.version {
            Some(SigVersion::V1) => "v1 (ECDSA, legacy)",
            Some(SigVersion::V2) => "v2 (HMAC-SHA256)",
            None => "-",
        };
        let row = |k: &str, v: String| format!("  {k:<11} {v}");
        if let Some(id) = self.sdkappid {
            lines.push(row("SDKAppID", id.to_string()));
        }
        if let Some(user) = &self.identifier {
            lines.push(row("UserID", user.clone()));
        }
        if self.version.is_some() {
            lines.push(row("Version", version.to_string()));
        }
        if let Some(t) = self.time {
            lines.push(row("Generated", format!("{} ({t})", local_time(t))));
        }
        if let Some(e) = self.expire {
            lines.push(row("Validity", format_validity(e)));
        }
        if let Some(at) = self.expires_at() {
            lines.push(row("Expires", format!("{} ({at})", local_time(at))));
        }
        if let Some(pm) = &self.private_map {
            let room = match &pm.room {
                Room::Numeric(n) => n.to_string(),
                Room::Str(s) => format!("\"{s}\""),
            };
            lines.push(row("Room", room));
            lines.push(row("Privileges", describe_privileges(pm.privilege_map)));
        }
        if let Some(r) = self.reason {
            lines.push(row("Reason", r.code().to_string()));
            lines.push(row("Solution", r.solution().to_string()));
        }
        lines.join("\n")
    }
}
