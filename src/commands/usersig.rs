//! `imctl usersig gen | verify | decode`: offline, no network. The signing and checking live in
//! [`crate::usersig`]; this module turns flags into calls and results into output.

use base64::Engine as _;
use serde_json::{json, Value};

use crate::cli::{Compat, DecodeArgs, GenArgs, OutputFormat, UsersigCommand, VerifyArgs};
use crate::commands::{usersig_bulk, Ctx};
use crate::domain::user_id;
use crate::error::{Error, Exit};
use crate::output::Tone;
use crate::units::{format_validity, human_time, now_unix, parse_duration, rfc3339};
use crate::usersig::{
    self, Expectation, PrivateMap, Reason, Room, SigParams, SigVersion, Signer, Style, Verified,
};

/// Longest validity accepted: the docs' maximum of 50 years.
const MAX_EXPIRE_SECS: u64 = 50 * 365 * 86_400;
/// A UserSig is a few hundred bytes; anything past this on stdin is not one.
const MAX_SIG_INPUT: u64 = 64 * 1024;
const MAX_PEM_BYTES: u64 = 64 * 1024;

pub fn run(ctx: &mut Ctx, cmd: UsersigCommand) -> Result<Exit, Error> {
    match cmd {
        UsersigCommand::Gen(args) => gen(ctx, &args),
        UsersigCommand::Verify(args) => verify(ctx, &args),
        UsersigCommand::Decode(args) => decode(ctx, &args),
    }
}

// ---------------------------------------------------------------- gen

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

fn gen(ctx: &mut Ctx, args: &GenArgs) -> Result<Exit, Error> {
    let expire =
        parse_duration(&args.expire).map_err(|m| Error::usage(format!("--expire: {m}")))?;
    if expire == 0 {
        return Err(Error::usage(
            "--expire must be more than 0 seconds (the docs advise at least 24h)",
        ));
    }
    if expire > MAX_EXPIRE_SECS {
        return Err(Error::usage(format!(
            "--expire {} is longer than the 50-year maximum",
            args.expire
        )));
    }
    let time = args.time.unwrap_or_else(now_unix);
    if rfc3339(time).is_none() || time < 0 {
        return Err(Error::usage(
            "--time must be unix seconds between 1970 and 9999",
        ));
    }
    let room = room_from_flags(
        args.room_id,
        args.str_room_id.as_deref(),
        args.privilege.as_deref(),
        true,
    )?;
    let settings = ctx.settings()?;
    let sdkappid = settings.require_sdkappid()?;
    let key = settings.require_key()?;
    let plan = GenPlan {
        style: match args.compat {
            Compat::Go => Style::Go,
            Compat::Python => Style::Python,
        },
        sdkappid,
        time,
        expire,
        room,
    };
    if let Some(path) = &args.from_file {
        return usersig_bulk::run(ctx, key.expose().as_bytes(), &plan, path);
    }

    let user = args.user.as_deref().unwrap_or_default();
    user_id::validate(user).map_err(Error::Usage)?;
    let userbuf = plan.userbuf(user);
    let sig = Signer::with_style(key.expose().as_bytes(), plan.style).sign(&SigParams {
        sdkappid: u64::from(sdkappid),
        identifier: user,
        time,
        expire,
        userbuf: userbuf.as_deref(),
    });
    let mut value = json!({
        "usersig": sig,
        "sdkappid": sdkappid,
        "identifier": user,
        "time": time,
        "expire": expire,
        "expires_at": plan.expires_at(),
    });
    if let Some(buf) = &userbuf {
        value["userbuf"] = json!(base64::engine::general_purpose::STANDARD.encode(buf));
    }
    ctx.out.object(&value, || sig.clone())?;
    Ok(Exit::Ok)
}

/// `--room-id`/`--str-room-id` + `--privilege` -> the PrivateMapKey room and privilege map.
fn room_from_flags(
    room_id: Option<u32>,
    str_room_id: Option<&str>,
    privilege: Option<&str>,
    default_all: bool,
) -> Result<Option<(Room, u32)>, Error> {
    let room = match (room_id, str_room_id) {
        (Some(n), _) => Room::Numeric(n),
        (None, Some(s)) => {
            if s.is_empty() || s.len() > 64 {
                return Err(Error::usage("--str-room-id must be 1 to 64 bytes"));
            }
            Room::Str(s.to_string())
        }
        (None, None) => {
            if privilege.is_some() {
                return Err(Error::usage("--privilege needs --room-id or --str-room-id"));
            }
            return Ok(None);
        }
    };
    let map = match privilege {
        Some(p) => parse_privilege(p).map_err(|m| Error::usage(format!("--privilege: {m}")))?,
        None if default_all => 255,
        None => return Ok(Some((room, u32::MAX))),
    };
    Ok(Some((room, map)))
}

const PRIVILEGES: &[(&str, u32)] = &[
    ("create", 1),
    ("enter", 2),
    ("send-audio", 4),
    ("recv-audio", 8),
    ("send-video", 16),
    ("recv-video", 32),
    ("send-sub", 64),
    ("recv-sub", 128),
    ("all", 255),
];

/// `255`, `0x2a`, or `enter,recv-audio,recv-video`.
pub(crate) fn parse_privilege(s: &str) -> Result<u32, String> {
    let s = s.trim();
    let number = if let Some(hex) = s.strip_prefix("0x") {
        u32::from_str_radix(hex, 16).ok()
    } else {
        s.parse::<u32>().ok()
    };
    if let Some(n) = number {
        return if n <= 255 {
            Ok(n)
        } else {
            Err(format!("{n} is above 255"))
        };
    }
    let mut map = 0;
    for name in s.split(',').map(str::trim) {
        let bit = PRIVILEGES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| *b)
            .ok_or_else(|| {
                let names: Vec<&str> = PRIVILEGES.iter().map(|(n, _)| *n).collect();
                format!(
                    "unknown privilege `{name}`; use a number 0-255 or {}",
                    names.join(", ")
                )
            })?;
        map |= bit;
    }
    Ok(map)
}

// ---------------------------------------------------------------- verify

fn verify(ctx: &mut Ctx, args: &VerifyArgs) -> Result<Exit, Error> {
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
            lines.push(row("Generated", format!("{} ({t})", human_time(t))));
        }
        if let Some(e) = self.expire {
            lines.push(row("Validity", format_validity(e)));
        }
        if let Some(at) = self.expires_at() {
            lines.push(row("Expires", format!("{} ({at})", human_time(at))));
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

fn describe_privileges(map: u32) -> String {
    if map & 255 == 255 {
        return format!("{map} (all)");
    }
    let names: Vec<&str> = PRIVILEGES
        .iter()
        .filter(|(n, bit)| *n != "all" && map & bit != 0)
        .map(|(n, _)| *n)
        .collect();
    format!(
        "{map} ({})",
        if names.is_empty() {
            "none".into()
        } else {
            names.join(", ")
        }
    )
}

fn private_map_json(pm: &PrivateMap) -> Value {
    let (room_id, str_room_id) = match &pm.room {
        Room::Numeric(n) => (json!(n), Value::Null),
        Room::Str(s) => (Value::Null, json!(s)),
    };
    json!({
        "identifier": pm.identifier,
        "sdkappid": pm.sdkappid,
        "room_id": room_id,
        "str_room_id": str_room_id,
        "expire_at": pm.expire_at,
        "privilege_map": pm.privilege_map,
    })
}

// ---------------------------------------------------------------- decode

fn decode(ctx: &mut Ctx, args: &DecodeArgs) -> Result<Exit, Error> {
    let sig = read_sig(ctx, &args.sig)?;
    let decoded = match usersig::decode(&sig) {
        Ok(d) => d,
        Err(reason) => {
            let value = json!({
                "valid": false, "reason": reason.code(), "message": reason.message(), "solution": reason.solution(),
            });
            let human = format!("cannot decode: {}\n{}", reason.message(), reason.solution());
            ctx.out.object(&value, || human)?;
            return Ok(Exit::Failed);
        }
    };
    let (version, algorithm) = match decoded.version {
        SigVersion::V2 => ("v2", "HMAC-SHA256"),
        SigVersion::V1 => ("v1", "ECDSA-SHA256 (legacy)"),
    };
    let header = format!(
        "{:02x}{:02x}",
        decoded.zlib_header[0], decoded.zlib_header[1]
    );
    let userbuf_b64 = decoded
        .userbuf
        .as_ref()
        .map(|b| base64::engine::general_purpose::STANDARD.encode(b));
    let value = json!({
        "version": version,
        "algorithm": algorithm,
        "document": decoded.document,
        "zlib_header": header,
        "userbuf": userbuf_b64,
        "private_map_key": decoded.private_map.as_ref().map(private_map_json),
    });
    let human = {
        let mut text = format!("{version} UserSig ({algorithm}), zlib header {header}\n");
        text.push_str(&serde_json::to_string_pretty(&decoded.document).unwrap_or_default());
        if let Some(pm) = &decoded.private_map {
            text.push_str("\nPrivateMapKey userbuf:\n");
            text.push_str(&serde_json::to_string_pretty(&private_map_json(pm)).unwrap_or_default());
        }
        text
    };
    ctx.out.object(&value, || human)?;
    Ok(Exit::Ok)
}

// ---------------------------------------------------------------- input

/// A UserSig from the command line, or from stdin for `-`; surrounding whitespace dropped.
fn read_sig(ctx: &Ctx, arg: &str) -> Result<String, Error> {
    let raw = if arg == "-" {
        ctx.read_stdin_value("UserSig", MAX_SIG_INPUT)?
    } else {
        arg.to_string()
    };
    let sig = raw.trim().to_string();
    if sig.is_empty() {
        return Err(Error::usage("the UserSig is empty"));
    }
    Ok(sig)
}

fn read_small_file(path: &std::path::Path, limit: u64, what: &str) -> Result<String, Error> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| {
        Error::config(
            format!("cannot read the {what} {}: {e}", path.display()),
            "check the path",
        )
    })?;
    let mut text = String::new();
    file.take(limit).read_to_string(&mut text).map_err(|e| {
        Error::config(
            format!("cannot read the {what} {}: {e}", path.display()),
            "it must be PEM text",
        )
    })?;
    Ok(text)
}

/// `-o` formats that `--from-file` can stream.
pub(crate) fn bulk_format_ok(format: Option<OutputFormat>) -> bool {
    matches!(
        format,
        None | Some(OutputFormat::Json) | Some(OutputFormat::Jsonl)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn privileges_parse_as_numbers_or_names() {
        assert_eq!(parse_privilege("255").unwrap(), 255);
        assert_eq!(parse_privilege("0x2a").unwrap(), 42);
        assert_eq!(parse_privilege("enter,recv-audio,recv-video").unwrap(), 42);
        assert_eq!(parse_privilege("all").unwrap(), 255);
        assert!(parse_privilege("256").is_err());
        assert!(parse_privilege("fly")
            .unwrap_err()
            .contains("unknown privilege"));
        assert_eq!(
            describe_privileges(42),
            "42 (enter, recv-audio, recv-video)"
        );
    }
}
