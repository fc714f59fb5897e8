//! `imctl usersig gen`: one UserSig (or PrivateMapKey), or many with `--file` (old
//! spelling `--from-file`, a hidden alias).

use base64::Engine as _;
use clap::{Args, ValueEnum};
use serde_json::json;
use std::path::PathBuf;

use super::plan::GenPlan;
use super::{gen_file, room_from_flags};
use crate::commands::Ctx;
use crate::domain::user_id;
use crate::error::{Error, Exit};
use crate::units::{now_unix, parse_duration, rfc3339};
use crate::usersig::{SigParams, Signer, Style};

/// Longest validity accepted: the docs' maximum of 50 years.
const MAX_EXPIRE_SECS: u64 = 50 * 365 * 86_400;

#[derive(Debug, Args)]
pub struct GenArgs {
    /// UserID to sign for (at most 32 bytes)
    #[arg(
        long,
        short = 'u',
        value_name = "USERID",
        required_unless_present = "file"
    )]
    pub user: Option<String>,
    /// Validity: seconds, or with a unit: 180d, 12h, 30m, 90s (default 180d)
    #[arg(long, value_name = "DURATION", default_value = "180d")]
    pub expire: String,
    /// Issue time as unix seconds (default: now), for reproducible output
    #[arg(long, value_name = "UNIX")]
    pub time: Option<i64>,
    /// Numeric TRTC room ID: makes a PrivateMapKey
    #[arg(long, value_name = "N", conflicts_with = "str_room_id")]
    pub room_id: Option<u32>,
    /// String TRTC room ID: makes a PrivateMapKey
    #[arg(long, value_name = "ROOM")]
    pub str_room_id: Option<String>,
    /// Room privileges: a number 0-255, or names joined by commas: create, enter, send-audio,
    /// recv-audio, send-video, recv-video, send-sub, recv-sub, all (default all)
    #[arg(long, value_name = "MAP")]
    pub privilege: Option<String>,
    /// Sign every UserID in this file (one a line, `-` for stdin); writes JSONL in input order
    #[arg(
        long,
        alias = "from-file",
        value_name = "PATH",
        conflicts_with = "user"
    )]
    pub file: Option<PathBuf>,
    /// Reproduce this official library's exact bytes. Every verifier accepts both; `python` is
    /// about 25% shorter, `go` several times faster to make
    #[arg(long, value_enum, value_name = "LIBRARY", default_value_t = Compat::Go)]
    pub compat: Compat,
}

/// Whose UserSig byte layout `usersig gen` reproduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Compat {
    /// tls-sig-api-v2-golang: compact JSON, stored zlib blocks
    Go,
    /// tls-sig-api-v2-python: json.dumps layout, zlib level 6
    Python,
}

pub fn run(ctx: &mut Ctx, args: &GenArgs) -> Result<Exit, Error> {
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
    if let Some(path) = &args.file {
        return gen_file::run(ctx, key.expose().as_bytes(), &plan, path);
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
