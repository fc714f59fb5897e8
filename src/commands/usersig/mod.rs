//! `imctl usersig gen | verify | decode`: offline, no network. The signing and checking live in
//! [`crate::usersig`]; each verb's file turns its flags into calls and results into output.

mod decode;
mod gen;
mod gen_file;
mod plan;
mod verify;

use clap::Subcommand;
use serde_json::{json, Value};

use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::usersig::{PrivateMap, Room};

pub use decode::DecodeArgs;
pub use gen::{Compat, GenArgs};
pub use verify::VerifyArgs;

/// A UserSig is a few hundred bytes; anything past this on stdin is not one.
const MAX_SIG_INPUT: u64 = 64 * 1024;

#[derive(Debug, Subcommand)]
pub enum UsersigCommand {
    /// Generate a UserSig (or a TRTC PrivateMapKey with --room-id/--str-room-id)
    #[command(after_help = "\
Examples:
  imctl usersig gen --sdkappid 1400000000 --key-file examples/demo.key \\
      --user alice
  imctl usersig gen --user alice --expire 30d -o json
  imctl usersig gen --user alice --room-id 1234 \\
      --privilege enter,recv-audio,recv-video
  imctl usersig gen --file users.txt > sigs.jsonl")]
    Gen(GenArgs),
    /// Verify a UserSig like the console's verification tool
    #[command(after_help = "\
Examples:
  imctl usersig verify --user alice --sig \"$SIG\"
  echo \"$SIG\" | imctl usersig verify --user alice --sig - -o json
  # legacy v1
  imctl usersig verify --user alice --sig \"$SIG\" --public-key-file public.pem

Exit status: 0 when valid, 1 when not.")]
    Verify(VerifyArgs),
    /// Show what is inside a UserSig (no key needed)
    #[command(after_help = "\
Examples:
  imctl usersig decode \"$SIG\"
  echo \"$SIG\" | imctl usersig decode - -o json")]
    Decode(DecodeArgs),
}

pub fn run(ctx: &mut Ctx, cmd: UsersigCommand) -> Result<Exit, Error> {
    match cmd {
        UsersigCommand::Gen(args) => gen::run(ctx, &args),
        UsersigCommand::Verify(args) => verify::run(ctx, &args),
        UsersigCommand::Decode(args) => decode::run(ctx, &args),
    }
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
