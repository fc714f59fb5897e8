//! The JSON document inside a UserSig: written as the official Python library writes it, and
//! read field by field with the types every official verifier insists on.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::Reason;

/// How one character is written inside a JSON string.
enum Escape {
    Raw,
    Short(&'static str),
    Unicode,
}

/// The escapes both official serialisers share.
fn short_escape(c: char) -> Option<&'static str> {
    Some(match c {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\u{8}' => "\\b",
        '\u{c}' => "\\f",
        _ => return None,
    })
}

/// Writes `s` quoted, each character as `rule` says (`\uXXXX` in UTF-16 units).
fn push_escaped(out: &mut String, s: &str, rule: impl Fn(char) -> Escape) {
    out.push('"');
    let mut clean_from = 0;
    for (i, c) in s.char_indices() {
        let escape = rule(c);
        if matches!(escape, Escape::Raw) {
            continue;
        }
        out.push_str(&s[clean_from..i]);
        clean_from = i + c.len_utf8();
        match escape {
            Escape::Short(text) => out.push_str(text),
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    // Writing to a String cannot fail.
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
        }
    }
    out.push_str(&s[clean_from..]);
    out.push('"');
}

/// Writes `s` as a JSON string the way Python's `json.dumps` does by default (`ensure_ascii`):
/// the short escapes, everything else outside printable ASCII as `\uXXXX` (UTF-16 surrogate
/// pairs above the BMP).
pub fn push_python_string(out: &mut String, s: &str) {
    push_escaped(out, s, |c| match (short_escape(c), c) {
        (Some(text), _) => Escape::Short(text),
        (None, ' '..='~') => Escape::Raw,
        _ => Escape::Unicode,
    });
}

/// Writes `s` as a JSON string the way Go's `encoding/json` does: raw UTF-8, the short escapes
/// (Go 1.22+ writes `\b` and `\f`), other control characters as `\u00XX`, and the HTML-safe
/// escapes of `<`, `>`, `&`, U+2028 and U+2029.
pub fn push_go_string(out: &mut String, s: &str) {
    push_escaped(out, s, |c| match (short_escape(c), c) {
        (Some(text), _) => Escape::Short(text),
        (None, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') => Escape::Unicode,
        (None, c) if u32::from(c) < 0x20 => Escape::Unicode,
        _ => Escape::Raw,
    });
}

/// A v2 document's fields as they appear in the JSON, not yet type-checked.
#[derive(Deserialize)]
struct RawV2<'a> {
    #[serde(rename = "TLS.identifier", borrow)]
    identifier: Option<&'a RawValue>,
    #[serde(rename = "TLS.sdkappid", borrow)]
    sdkappid: Option<&'a RawValue>,
    #[serde(rename = "TLS.time", borrow)]
    time: Option<&'a RawValue>,
    #[serde(rename = "TLS.expire", borrow)]
    expire: Option<&'a RawValue>,
    #[serde(rename = "TLS.userbuf", borrow)]
    userbuf: Option<&'a RawValue>,
    #[serde(rename = "TLS.sig", borrow)]
    sig: Option<&'a RawValue>,
}

/// The fields of a v2 document, each with the type the official verifiers require.
#[derive(Debug)]
pub struct V2Fields<'a> {
    pub identifier: Cow<'a, str>,
    pub sdkappid: u64,
    pub time: i64,
    pub expire: u64,
    pub userbuf: Option<Cow<'a, str>>,
    pub sig: Option<Cow<'a, str>>,
}

impl<'a> V2Fields<'a> {
    /// Parses `json` (UTF-8 bytes of the inflated document). Not a JSON object →
    /// `JsonParseFailed`; a required field missing or mistyped → `JsonTypeError`. A missing
    /// `TLS.sig` is left for the caller, which reports it after the type checks.
    pub fn parse(json: &'a [u8]) -> Result<Self, Reason> {
        let raw: RawV2<'a> = parse_object(json)?;
        Ok(V2Fields {
            identifier: string(raw.identifier)?,
            sdkappid: integer(raw.sdkappid)?,
            time: integer(raw.time)?,
            expire: integer(raw.expire)?,
            userbuf: optional_string(raw.userbuf)?,
            sig: optional_string(raw.sig)?,
        })
    }
}

/// Reads a document's fields without judging their types yet: anything but a JSON object is
/// `JsonParseFailed`; a structural mismatch (a duplicated key, say) is `JsonTypeError`.
pub fn parse_object<'a, T: Deserialize<'a>>(json: &'a [u8]) -> Result<T, Reason> {
    if json.trim_ascii_start().first() != Some(&b'{') {
        return Err(Reason::JsonParseFailed);
    }
    serde_json::from_slice(json).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => Reason::JsonTypeError,
        _ => Reason::JsonParseFailed,
    })
}

/// An optional JSON string: absent is fine, any other type is not.
pub fn optional_string(raw: Option<&RawValue>) -> Result<Option<Cow<'_, str>>, Reason> {
    raw.map(|v| string(Some(v))).transpose()
}

/// A required JSON string.
pub fn string<'a>(raw: Option<&'a RawValue>) -> Result<Cow<'a, str>, Reason> {
    let raw = raw.ok_or(Reason::JsonTypeError)?;
    if !raw.get().starts_with('"') {
        return Err(Reason::JsonTypeError);
    }
    serde_json::from_str::<Cow<'a, str>>(raw.get()).map_err(|_| Reason::JsonTypeError)
}

/// A required JSON integer (no fraction, no exponent) that fits `T`.
fn integer<T: std::str::FromStr>(raw: Option<&RawValue>) -> Result<T, Reason> {
    decimal(raw.ok_or(Reason::JsonTypeError)?.get())
}

/// Plain decimal digits (optional `-`) that fit `T`: no fraction, exponent or spaces.
pub fn decimal<T: std::str::FromStr>(text: &str) -> Result<T, Reason> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Reason::JsonTypeError);
    }
    text.parse().map_err(|_| Reason::JsonTypeError)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn python(s: &str) -> String {
        let mut out = String::new();
        push_python_string(&mut out, s);
        out
    }

    #[test]
    fn escapes_like_python_json_dumps() {
        assert_eq!(python("xiaojun"), r#""xiaojun""#);
        assert_eq!(python("张三"), r#""\u5f20\u4e09""#);
        assert_eq!(
            python("a\"b\\c\n\t\u{1}\u{7f}"),
            r#""a\"b\\c\n\t\u0001\u007f""#
        );
        assert_eq!(python("😀/"), r#""\ud83d\ude00/""#);
    }

    #[test]
    fn escapes_like_go_encoding_json() {
        let go = |s: &str| {
            let mut out = String::new();
            push_go_string(&mut out, s);
            out
        };
        assert_eq!(go("张三"), "\"张三\"");
        assert_eq!(go("a<b>&\u{2028}"), r#""a\u003cb\u003e\u0026\u2028""#);
        assert_eq!(go("\"\\\n\u{1}\u{7f}"), "\"\\\"\\\\\\n\\u0001\u{7f}\"");
        for s in ["", "x<>&", "\u{0}\u{1f}😀\u{2029}"] {
            let back: String = serde_json::from_str(&go(s)).unwrap();
            assert_eq!(back, s);
        }
    }

    #[test]
    fn python_strings_parse_back() {
        for s in ["", "x", "张三", "a\"b\\\u{0}\u{1f}😀"] {
            let back: String = serde_json::from_str(&python(s)).unwrap();
            assert_eq!(back, s);
        }
    }

    #[test]
    fn types_are_strict() {
        let ok = br#"{"TLS.identifier":"a","TLS.sdkappid":1,"TLS.time":-5,"TLS.expire":7,"TLS.sig":"x"}"#;
        let f = V2Fields::parse(ok).unwrap();
        assert_eq!((f.sdkappid, f.time, f.expire), (1, -5, 7));
        for bad in [
            r#"{"TLS.identifier":"a","TLS.sdkappid":"1","TLS.time":1,"TLS.expire":1}"#,
            r#"{"TLS.identifier":"a","TLS.sdkappid":1.0,"TLS.time":1,"TLS.expire":1}"#,
            r#"{"TLS.identifier":"a","TLS.sdkappid":1,"TLS.time":1,"TLS.expire":-1}"#,
            r#"{"TLS.identifier":1,"TLS.sdkappid":1,"TLS.time":1,"TLS.expire":1}"#,
            r#"{"TLS.sdkappid":1,"TLS.time":1,"TLS.expire":1}"#,
            r#"{"TLS.identifier":"a","TLS.sdkappid":1,"TLS.time":1e3,"TLS.expire":1}"#,
        ] {
            assert_eq!(
                V2Fields::parse(bad.as_bytes()).unwrap_err(),
                Reason::JsonTypeError,
                "{bad}"
            );
        }
        for bad in ["", "[]", "5", "not json", "{\"a\":"] {
            assert_eq!(
                V2Fields::parse(bad.as_bytes()).unwrap_err(),
                Reason::JsonParseFailed,
                "{bad}"
            );
        }
    }
}
