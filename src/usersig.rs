// TEMPORARY type stub, replaced by the real module before commit.
#![allow(unused)]
pub const DEFAULT_EXPIRE_SECS: u64 = 15_552_000;
pub const MAX_IDENTIFIER_BYTES: usize = 32;
pub struct SigParams<'a> {
    pub sdkappid: u64,
    pub identifier: &'a str,
    pub time: i64,
    pub expire: u64,
    pub userbuf: Option<&'a [u8]>,
}
pub struct Signer {}
impl Signer {
    pub fn new(key: &[u8]) -> Self {
        todo!()
    }
    pub fn sign_into(&mut self, p: &SigParams<'_>, out: &mut String) {
        todo!()
    }
    pub fn sign(&mut self, p: &SigParams<'_>) -> String {
        todo!()
    }
}
pub fn sign(key: &[u8], p: &SigParams<'_>) -> String {
    todo!()
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Room {
    Numeric(u32),
    Str(String),
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrivateMap {
    pub identifier: String,
    pub sdkappid: u32,
    pub room: Room,
    pub expire_at: u32,
    pub privilege_map: u32,
}
pub fn build_userbuf(pm: &PrivateMap) -> Vec<u8> {
    todo!()
}
pub fn parse_userbuf(bytes: &[u8]) -> Option<PrivateMap> {
    todo!()
}
pub fn userbuf_expire_at(time: i64, expire: u64) -> u32 {
    todo!()
}
pub struct Expectation<'a> {
    pub sdkappid: u64,
    pub identifier: &'a str,
    pub now: i64,
    pub userbuf: Option<&'a [u8]>,
}
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Verified {
    pub version: SigVersion,
    pub sdkappid: u64,
    pub identifier: String,
    pub time: i64,
    pub expire: u64,
    pub expires_at: i64,
    pub userbuf: Option<Vec<u8>>,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum SigVersion {
    V2,
    V1,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("x")]
pub enum Reason {
    Base64DecodeFailed,
    DecompressFailed,
    JsonParseFailed,
    JsonTypeError,
    SigMissing,
    SdkappidMismatch,
    IdentifierMismatch,
    Expired,
    SigMismatch,
    UserbufMismatch,
    UserbufPresenceMismatch,
}
impl Reason {
    pub fn code(self) -> &'static str {
        todo!()
    }
    pub fn message(self) -> &'static str {
        todo!()
    }
    pub fn solution(self) -> &'static str {
        todo!()
    }
}
pub fn verify(key: &[u8], usersig: &str, exp: &Expectation<'_>) -> Result<Verified, Reason> {
    todo!()
}
pub fn verify_v1(
    public_key_pem: &str,
    usersig: &str,
    exp: &Expectation<'_>,
) -> Result<Verified, V1Error> {
    todo!()
}
#[derive(Debug, thiserror::Error)]
pub enum V1Error {
    #[error("{0}")]
    BadPublicKey(String),
    #[error("{0}")]
    Invalid(Reason),
}
pub struct Decoded {
    pub version: SigVersion,
    pub document: serde_json::Value,
    pub json_text: String,
    pub zlib_header: [u8; 2],
    pub userbuf: Option<Vec<u8>>,
    pub private_map: Option<PrivateMap>,
}
pub fn decode(usersig: &str) -> Result<Decoded, Reason> {
    todo!()
}
