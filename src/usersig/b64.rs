//! Tencent's base64: the standard alphabet with `+`→`*`, `/`→`-`, `=`→`_` (padding kept).
//! Not RFC 4648 base64url: there `-` means 62, here 63. Decoding also takes the plain standard
//! alphabet, as the official decoders do.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;

/// Standard alphabet; padding optional on decode (some copies lose the trailing `_`).
const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The Tencent alphabet; the engine still pads with `=`, which [`encode_into`] swaps for `_`.
const TENCENT: GeneralPurpose = GeneralPurpose::new(
    &match base64::alphabet::Alphabet::new(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-",
    ) {
        Ok(alphabet) => alphabet,
        Err(_) => panic!("the Tencent alphabet is 64 distinct printable characters"),
    },
    GeneralPurposeConfig::new(),
);

/// Appends the Tencent-base64 form of `bytes` to `out`.
pub fn encode_into(bytes: &[u8], out: &mut String) {
    TENCENT.encode_string(bytes, out);
    let padding = out.bytes().rev().take_while(|&b| b == b'=').count();
    out.truncate(out.len() - padding);
    out.extend(std::iter::repeat_n('_', padding));
}

/// Decodes Tencent or standard base64 into `out` (cleared first). Surrounding whitespace is
/// ignored; anything else outside the alphabet is an error.
pub fn decode_into(text: &str, out: &mut Vec<u8>) -> Result<(), base64::DecodeError> {
    out.clear();
    let text = text.trim_ascii();
    let mapped: Vec<u8> = text
        .bytes()
        .map(|b| match b {
            b'*' => b'+',
            b'-' => b'/',
            b'_' => b'=',
            b => b,
        })
        .collect();
    LENIENT.decode_vec(&mapped, out)
}

/// Standard base64 (the alphabet of the inner `TLS.sig` and `TLS.userbuf` fields).
pub fn standard(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Decodes the inner standard-base64 fields strictly.
pub fn decode_standard(text: &str) -> Option<Vec<u8>> {
    base64::engine::general_purpose::STANDARD.decode(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitutes_the_three_characters() {
        let mut s = String::new();
        encode_into(&[0xfb, 0xff, 0xfe, 0x01], &mut s);
        assert_eq!(s, "*--*AQ__");
        let mut back = Vec::new();
        decode_into(&s, &mut back).unwrap();
        assert_eq!(back, [0xfb, 0xff, 0xfe, 0x01]);
    }

    #[test]
    fn decodes_the_standard_alphabet_and_missing_padding() {
        let mut out = Vec::new();
        decode_into("+/+/AQ==", &mut out).unwrap();
        assert_eq!(out, [0xfb, 0xff, 0xbf, 0x01]);
        decode_into("*-*-AQ\n", &mut out).unwrap();
        assert_eq!(out, [0xfb, 0xff, 0xbf, 0x01]);
    }

    #[test]
    fn rejects_foreign_characters() {
        let mut out = Vec::new();
        assert!(decode_into("ab$d", &mut out).is_err());
        assert!(decode_into("abcde", &mut out).is_err());
    }
}
