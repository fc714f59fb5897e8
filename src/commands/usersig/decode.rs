//! `imctl usersig decode`: what is inside a UserSig (no key needed).

use base64::Engine as _;
use clap::Args;
use serde_json::json;

use super::{private_map_json, read_sig};
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::usersig::{self, SigVersion};

#[derive(Debug, Args)]
pub struct DecodeArgs {
    /// The UserSig, or `-` to read it from standard input
    #[arg(value_name = "SIG|-")]
    pub sig: String,
}

pub fn run(ctx: &mut Ctx, args: &DecodeArgs) -> Result<Exit, Error> {
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
