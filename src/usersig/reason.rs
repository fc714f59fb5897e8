//! Why a UserSig failed verification: a stable code (DESIGN.md §3), the cause in words, and
//! the fix, as the console's verifier shows them.

/// Every way a UserSig can fail, in the order the checks run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", self.message())]
pub enum Reason {
    Base64DecodeFailed,
    DecompressFailed,
    JsonParseFailed,
    JsonTypeError,
    SigMissing,
    IdentifierMismatch,
    SdkappidMismatch,
    Expired,
    UserbufPresenceMismatch,
    UserbufMismatch,
    SigMismatch,
}

impl Reason {
    pub const ALL: [Reason; 11] = [
        Reason::Base64DecodeFailed,
        Reason::DecompressFailed,
        Reason::JsonParseFailed,
        Reason::JsonTypeError,
        Reason::SigMissing,
        Reason::IdentifierMismatch,
        Reason::SdkappidMismatch,
        Reason::Expired,
        Reason::UserbufPresenceMismatch,
        Reason::UserbufMismatch,
        Reason::SigMismatch,
    ];

    /// The machine-readable code of `-o json` (`reason`).
    pub fn code(self) -> &'static str {
        match self {
            Reason::Base64DecodeFailed => "base64_decode_failed",
            Reason::DecompressFailed => "decompress_failed",
            Reason::JsonParseFailed => "json_parse_failed",
            Reason::JsonTypeError => "json_type_error",
            Reason::SigMissing => "sig_missing",
            Reason::IdentifierMismatch => "identifier_mismatch",
            Reason::SdkappidMismatch => "sdkappid_mismatch",
            Reason::Expired => "expired",
            Reason::UserbufPresenceMismatch => "userbuf_presence_mismatch",
            Reason::UserbufMismatch => "userbuf_mismatch",
            Reason::SigMismatch => "sig_mismatch",
        }
    }

    /// What is wrong, in words.
    pub fn message(self) -> &'static str {
        match self {
            Reason::Base64DecodeFailed => {
                "the UserSig is not valid base64 (it holds characters or a length no UserSig has)"
            }
            Reason::DecompressFailed => {
                "the UserSig does not decompress (the console says \"gz compress failed\")"
            }
            Reason::JsonParseFailed => "the decompressed UserSig is not a JSON document",
            Reason::JsonTypeError => {
                "a required field (TLS.identifier, TLS.sdkappid, TLS.time, TLS.expire) is missing or has the wrong type"
            }
            Reason::SigMissing => "the UserSig has no signature (TLS.sig is missing)",
            Reason::IdentifierMismatch => "the UserSig was made for another UserID (server error 70013)",
            Reason::SdkappidMismatch => "the UserSig was made for another SDKAppID (server error 70014)",
            Reason::Expired => "the UserSig has expired (server error 70001)",
            Reason::UserbufPresenceMismatch => {
                "the userbuf (PrivateMapKey) is present where none was expected, or missing where one was"
            }
            Reason::UserbufMismatch => {
                "the userbuf (PrivateMapKey) differs from the expected one"
            }
            Reason::SigMismatch => {
                "the signature does not match: the key is not this app's key, or the UserSig was altered (server error 70009)"
            }
        }
    }

    /// How to fix it.
    pub fn solution(self) -> &'static str {
        match self {
            Reason::Base64DecodeFailed | Reason::DecompressFailed => {
                "it was truncated or altered in transit: copy the whole UserSig again (no quotes, no line breaks) or generate a new one"
            }
            Reason::JsonParseFailed | Reason::JsonTypeError | Reason::SigMissing => {
                "it was not made by an official UserSig library: generate a new one with `imctl usersig gen`"
            }
            Reason::IdentifierMismatch => {
                "generate a new UserSig for this UserID; a UserSig is valid for one UserID only"
            }
            Reason::SdkappidMismatch => {
                "generate the UserSig with this app's SDKAppID and key (check --sdkappid / the profile)"
            }
            Reason::Expired => {
                "generate a new UserSig (`imctl usersig gen`); keep the validity at 24 hours or more"
            }
            Reason::UserbufPresenceMismatch => {
                "verify with the same --room-id/--str-room-id/--userbuf it was generated with, or generate a plain UserSig"
            }
            Reason::UserbufMismatch => {
                "generate a new PrivateMapKey for this user, room and privileges"
            }
            Reason::SigMismatch => {
                "sign with the key the console shows for this SDKAppID, and pass the UserSig on unaltered"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_snake_case() {
        let mut codes: Vec<_> = Reason::ALL.iter().map(|r| r.code()).collect();
        assert!(codes.iter().all(|c| c
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch == '_' || ch.is_ascii_digit())));
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Reason::ALL.len());
    }

    #[test]
    fn display_is_the_message() {
        assert_eq!(Reason::Expired.to_string(), Reason::Expired.message());
    }
}
