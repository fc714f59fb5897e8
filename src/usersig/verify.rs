//! v2 verification (the strict common subset of the official verifiers, spec §5.1) and
//! key-less decoding. [`Verifier`] reuses its inflate state and buffers across calls.

use std::fmt::Write as _;

use flate2::{Decompress, FlushDecompress, Status};
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;

use super::document::V2Fields;
use super::{b64, check_claims, expires_at, parse_userbuf, Expectation, PrivateMap, Reason};
use super::{SigVersion, Verified};

/// The inflated document is a few hundred bytes; anything past this is not a UserSig (and a
/// zlib bomb must not exhaust memory).
const MAX_DOCUMENT_BYTES: usize = 64 * 1024;

/// A reusable v2 verifier.
pub struct Verifier {
    inflate: Decompress,
    compressed: Vec<u8>,
    json: Vec<u8>,
    content: String,
}

impl Default for Verifier {
    fn default() -> Self {
        Verifier {
            inflate: Decompress::new(true),
            compressed: Vec::with_capacity(512),
            json: Vec::with_capacity(1024),
            content: String::with_capacity(128),
        }
    }
}

impl Verifier {
    pub fn new() -> Self {
        Self::default()
    }

    /// Checks `usersig` against `key` (the console key's text) and what the caller expects.
    pub fn verify(
        &mut self,
        key: &[u8],
        usersig: &str,
        exp: &Expectation<'_>,
    ) -> Result<Verified, Reason> {
        self.unwrap(usersig)?;
        let doc = V2Fields::parse(&self.json)?;
        let sig_b64 = doc.sig.as_deref().ok_or(Reason::SigMissing)?;
        let userbuf = check_claims(
            exp,
            &doc.identifier,
            doc.sdkappid,
            doc.time,
            doc.expire,
            doc.userbuf.as_deref(),
        )?;

        let mut mac = Hmac::<Sha256>::new_from_slice(key).map_err(|_| Reason::SigMismatch)?;
        mac.update(b"TLS.identifier:");
        mac.update(doc.identifier.as_bytes());
        self.content.clear();
        let _ = write!(
            self.content,
            "\nTLS.sdkappid:{}\nTLS.time:{}\nTLS.expire:{}\n",
            doc.sdkappid, doc.time, doc.expire
        );
        mac.update(self.content.as_bytes());
        if let Some(text) = &doc.userbuf {
            mac.update(b"TLS.userbuf:");
            mac.update(text.as_bytes());
            mac.update(b"\n");
        }
        let claimed = b64::decode_standard(sig_b64).ok_or(Reason::SigMismatch)?;
        mac.verify_slice(&claimed)
            .map_err(|_| Reason::SigMismatch)?;

        Ok(Verified {
            version: SigVersion::V2,
            sdkappid: doc.sdkappid,
            identifier: doc.identifier.into_owned(),
            time: doc.time,
            expire: doc.expire,
            expires_at: expires_at(doc.time, doc.expire),
            userbuf,
        })
    }

    /// Tencent-base64 decode and inflate `usersig` into `self.json`.
    pub(super) fn unwrap(&mut self, usersig: &str) -> Result<(), Reason> {
        if usersig.trim_ascii().is_empty() {
            return Err(Reason::Base64DecodeFailed);
        }
        b64::decode_into(usersig, &mut self.compressed).map_err(|_| Reason::Base64DecodeFailed)?;
        let result = self.inflate_all();
        self.inflate.reset(true);
        result
    }

    fn inflate_all(&mut self) -> Result<(), Reason> {
        self.json.clear();
        loop {
            if self.json.len() == self.json.capacity() {
                if self.json.len() >= MAX_DOCUMENT_BYTES {
                    return Err(Reason::DecompressFailed);
                }
                self.json.reserve(self.json.len().max(512));
            }
            let before = (self.inflate.total_in(), self.inflate.total_out());
            let consumed = before.0 as usize;
            let status = self
                .inflate
                .decompress_vec(
                    &self.compressed[consumed..],
                    &mut self.json,
                    FlushDecompress::Finish,
                )
                .map_err(|_| Reason::DecompressFailed)?;
            if status == Status::StreamEnd {
                return Ok(());
            }
            // Room left but nothing moved: the input ended before the stream did (truncated).
            let progressed = before != (self.inflate.total_in(), self.inflate.total_out());
            if !progressed && self.json.len() < self.json.capacity() {
                return Err(Reason::DecompressFailed);
            }
        }
    }

    /// The inflated document of the last [`Verifier::unwrap`].
    pub(super) fn json(&self) -> &[u8] {
        &self.json
    }
}

/// Verifies one v2 UserSig (build a [`Verifier`] to check many).
pub fn verify(key: &[u8], usersig: &str, exp: &Expectation<'_>) -> Result<Verified, Reason> {
    Verifier::new().verify(key, usersig, exp)
}

/// A UserSig opened without a key.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub version: SigVersion,
    /// The document with its keys in their original order.
    pub document: Value,
    pub json_text: String,
    /// The zlib header bytes (`78 9c` level 6, `78 01` level 0/1...): they tell the library apart.
    pub zlib_header: [u8; 2],
    pub userbuf: Option<Vec<u8>>,
    pub private_map: Option<PrivateMap>,
}

/// Opens `usersig` without checking anything but its structure.
pub fn decode(usersig: &str) -> Result<Decoded, Reason> {
    let mut verifier = Verifier::new();
    verifier.unwrap(usersig)?;
    let zlib_header = [verifier.compressed[0], verifier.compressed[1]];
    let json = verifier.json();
    let document: Value = serde_json::from_slice(json).map_err(|_| Reason::JsonParseFailed)?;
    let fields = document.as_object().ok_or(Reason::JsonParseFailed)?;
    let is_v1 = fields.get("TLS.ver").is_none()
        && (fields.contains_key("TLS.sdk_appid") || fields.contains_key("TLS.expire_after"));
    let userbuf = fields
        .get("TLS.userbuf")
        .and_then(Value::as_str)
        .and_then(b64::decode_standard);
    let private_map = userbuf.as_deref().and_then(parse_userbuf);
    Ok(Decoded {
        version: if is_v1 {
            SigVersion::V1
        } else {
            SigVersion::V2
        },
        json_text: String::from_utf8_lossy(json).into_owned(),
        document,
        zlib_header,
        userbuf,
        private_map,
    })
}
