//! The `Sign` of an authenticated callback (spec §9.1): lowercase hex of
//! `SHA256(token + RequestTime)`, the token and the `RequestTime` string simply concatenated.

use std::fmt;

use sha2::{Digest, Sha256};

/// The console's callback authentication token. A secret: `Debug` never shows it, and nothing
/// in this module puts it into a message.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// Any non-empty text without control characters (the console does not document more).
    pub fn new(token: impl Into<String>) -> Result<Token, String> {
        let token = token.into();
        if token.is_empty() {
            return Err("the callback token is empty".into());
        }
        if token.chars().any(char::is_control) {
            return Err("the callback token contains control characters".into());
        }
        Ok(Token(token))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

/// `Sign` for a `RequestTime` exactly as it appears in the query string.
pub fn sign(token: &Token, request_time: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(token.expose().as_bytes());
    hasher.update(request_time.as_bytes());
    lower_hex(&hasher.finalize())
}

/// `Sign` for a unix time, as the service sends it (`RequestTime` in decimal seconds).
pub fn sign_at(token: &Token, request_time: i64) -> String {
    sign(token, &request_time.to_string())
}

/// Whether `received` is the `Sign` of `request_time` under `token`. Hex case is ignored (the
/// service sends lowercase); the comparison takes the same time wherever the first difference is.
pub fn sign_matches(token: &Token, request_time: &str, received: &str) -> bool {
    let expected = sign(token, request_time);
    constant_time_eq(
        expected.as_bytes(),
        received.to_ascii_lowercase().as_bytes(),
    )
}

/// Byte equality whose running time depends only on the lengths, never on where the inputs
/// differ, so a receiver does not leak how much of a forged signature was right.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// True for 64 hex digits, the only shape a SHA-256 `Sign` can have.
pub fn looks_like_sign(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn lower_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0x0f)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spec's example (§9.1): token `xxxxyyyy`, RequestTime `1669872112`.
    const SPEC_SIGN: &str = "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061";

    fn token() -> Token {
        Token::new("xxxxyyyy").unwrap()
    }

    #[test]
    fn the_spec_example_signs_as_documented() {
        assert_eq!(sign(&token(), "1669872112"), SPEC_SIGN);
        assert_eq!(sign_at(&token(), 1_669_872_112), SPEC_SIGN);
    }

    #[test]
    fn matching_accepts_the_right_sign_in_either_case_only() {
        assert!(sign_matches(&token(), "1669872112", SPEC_SIGN));
        assert!(sign_matches(
            &token(),
            "1669872112",
            &SPEC_SIGN.to_ascii_uppercase()
        ));
        assert!(!sign_matches(&token(), "1669872113", SPEC_SIGN));
        assert!(!sign_matches(
            &Token::new("xxxyyy").unwrap(),
            "1669872112",
            SPEC_SIGN
        ));
        assert!(!sign_matches(&token(), "1669872112", &SPEC_SIGN[..63]));
        assert!(!sign_matches(&token(), "1669872112", ""));
    }

    #[test]
    fn constant_time_eq_is_plain_equality() {
        assert!(constant_time_eq(b"", b""));
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }

    #[test]
    fn tokens_are_validated_and_never_shown() {
        assert!(Token::new("").is_err());
        assert!(Token::new("a\nb").is_err());
        let t = Token::new("s3cret-token").unwrap();
        assert_eq!(format!("{t:?}"), "Token(<redacted>)");
        assert_eq!(t.expose(), "s3cret-token");
    }

    #[test]
    fn sign_shape() {
        assert!(looks_like_sign(SPEC_SIGN));
        assert!(looks_like_sign(&SPEC_SIGN.to_ascii_uppercase()));
        assert!(!looks_like_sign(&SPEC_SIGN[1..]));
        assert!(!looks_like_sign(&format!("{}g", &SPEC_SIGN[1..])));
    }
}
