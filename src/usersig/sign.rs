//! v2 signing. [`Signer`] keeps the keyed HMAC state, the zlib compressor and its buffers
//! between calls, so bulk generation reuses one `Signer` per thread.
//!
//! The signature and the parsed document are the same whatever the [`Style`]; the style picks
//! which official library's exact bytes to reproduce.

use std::fmt::Write as _;

use flate2::{Compress, Compression, FlushCompress, Status};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::{b64, document, zlib_stored};

/// The inputs of one UserSig.
#[derive(Debug, Clone, Copy)]
pub struct SigParams<'a> {
    pub sdkappid: u64,
    pub identifier: &'a str,
    /// Issue time, unix seconds.
    pub time: i64,
    /// Validity in seconds, relative to `time`.
    pub expire: u64,
    /// Opaque bytes signed into the ticket (a PrivateMapKey record, say).
    pub userbuf: Option<&'a [u8]>,
}

/// Whose byte layout to reproduce. Verifiers parse the document, so both verify everywhere.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Style {
    /// The official Go library (since 2024-11): compact JSON with a trailing newline, stored
    /// zlib blocks. Longer (about 250 characters), and several times faster to produce.
    #[default]
    Go,
    /// The official Python library: `json.dumps` layout, zlib level 6. About 25% shorter.
    Python,
}

/// A reusable signer for one key.
pub struct Signer {
    style: Style,
    mac: Hmac<Sha256>,
    /// Only the Python style deflates; zlib's state is a quarter megabyte.
    deflate: Option<Compress>,
    content: String,
    json: String,
    compressed: Vec<u8>,
}

impl std::fmt::Debug for Signer {
    // Never shows the key (the keyed HMAC state is derived from it).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Signer { .. }")
    }
}

impl Signer {
    /// `key` is the console key's text as given: its bytes are the HMAC key (not hex-decoded).
    pub fn new(key: &[u8]) -> Self {
        Self::with_style(key, Style::default())
    }

    pub fn with_style(key: &[u8], style: Style) -> Self {
        Signer {
            style,
            // HMAC takes keys of any length; this cannot fail.
            mac: Hmac::<Sha256>::new_from_slice(key).unwrap_or_else(|_| unreachable!()),
            deflate: None,
            content: String::with_capacity(256),
            json: String::with_capacity(512),
            compressed: Vec::with_capacity(512),
        }
    }

    /// Appends the UserSig for `p` to `out`.
    pub fn sign_into(&mut self, p: &SigParams<'_>, out: &mut String) {
        let userbuf_b64 = p.userbuf.map(b64::standard);

        // The signed content: fixed line order, LF after every line.
        self.content.clear();
        let _ = write!(
            self.content,
            "TLS.identifier:{}\nTLS.sdkappid:{}\nTLS.time:{}\nTLS.expire:{}\n",
            p.identifier, p.sdkappid, p.time, p.expire
        );
        if let Some(ub) = &userbuf_b64 {
            let _ = writeln!(self.content, "TLS.userbuf:{ub}");
        }
        let mut mac = self.mac.clone();
        mac.update(self.content.as_bytes());
        let sig = b64::standard(&mac.finalize().into_bytes());

        self.json.clear();
        match self.style {
            Style::Go => {
                self.write_go_document(p, userbuf_b64.as_deref(), &sig);
                self.compressed.clear();
                zlib_stored::write(self.json.as_bytes(), &mut self.compressed);
            }
            Style::Python => {
                self.write_python_document(p, userbuf_b64.as_deref(), &sig);
                self.deflate_document();
            }
        }
        b64::encode_into(&self.compressed, out);
    }

    /// As Go's `json.Encoder` writes the library's struct: compact, trailing newline. (Go's
    /// `omitempty` would drop a zero `TLS.expire` or an empty userbuf and break the ticket; those
    /// fields are always written here.)
    fn write_go_document(&mut self, p: &SigParams<'_>, userbuf_b64: Option<&str>, sig: &str) {
        self.json
            .push_str("{\"TLS.ver\":\"2.0\",\"TLS.identifier\":");
        document::push_go_string(&mut self.json, p.identifier);
        let _ = write!(
            self.json,
            ",\"TLS.sdkappid\":{},\"TLS.expire\":{},\"TLS.time\":{}",
            p.sdkappid, p.expire, p.time
        );
        if let Some(ub) = userbuf_b64 {
            let _ = write!(self.json, ",\"TLS.userbuf\":\"{ub}\"");
        }
        let _ = writeln!(self.json, ",\"TLS.sig\":\"{sig}\"}}");
    }

    /// As Python's `json.dumps` writes the library's dict.
    fn write_python_document(&mut self, p: &SigParams<'_>, userbuf_b64: Option<&str>, sig: &str) {
        self.json
            .push_str("{\"TLS.ver\": \"2.0\", \"TLS.identifier\": ");
        document::push_python_string(&mut self.json, p.identifier);
        let _ = write!(
            self.json,
            ", \"TLS.sdkappid\": {}, \"TLS.expire\": {}, \"TLS.time\": {}",
            p.sdkappid, p.expire, p.time
        );
        if let Some(ub) = userbuf_b64 {
            let _ = write!(self.json, ", \"TLS.userbuf\": \"{ub}\"");
        }
        let _ = write!(self.json, ", \"TLS.sig\": \"{sig}\"}}");
    }

    /// The UserSig for `p`.
    pub fn sign(&mut self, p: &SigParams<'_>) -> String {
        let mut out = String::with_capacity(400);
        self.sign_into(p, &mut out);
        out
    }

    /// zlib level 6 (the reference zlib gives CPython's exact bytes) of `self.json` into
    /// `self.compressed`, then readies the compressor for the next document.
    fn deflate_document(&mut self) {
        let deflate = self
            .deflate
            .get_or_insert_with(|| Compress::new(Compression::new(6), true));
        let input = self.json.as_bytes();
        self.compressed.clear();
        // deflateBound for small inputs is a little over the input length; start above it.
        self.compressed.reserve(input.len() + input.len() / 8 + 64);
        loop {
            let consumed = deflate.total_in() as usize;
            match deflate.compress_vec(
                &input[consumed..],
                &mut self.compressed,
                FlushCompress::Finish,
            ) {
                Ok(Status::StreamEnd) => break,
                // Out of room: grow and go on.
                Ok(Status::Ok | Status::BufError) => self.compressed.reserve(256),
                // zlib only fails on a corrupted stream state, which a reset below rules out.
                Err(e) => unreachable!("deflate failed: {e}"),
            }
        }
        deflate.reset();
    }
}

/// Signs one UserSig in the default style (build a [`Signer`] to sign many with one key).
pub fn sign(key: &[u8], p: &SigParams<'_>) -> String {
    Signer::new(key).sign(p)
}
