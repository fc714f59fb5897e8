//! Legacy v1 tickets: ECDSA-SHA256 over a line-based content, every field a JSON string
//! (spec §8). Verification only; the app's public key is a PEM `PUBLIC KEY` on P-256 or
//! secp256k1 (the curve is read from the key).

use p256::pkcs8::DecodePublicKey;
use serde::Deserialize;
use serde_json::value::RawValue;

use super::document::{decimal, optional_string, parse_object, string};
use super::{b64, check_claims, expires_at, Expectation, Reason, SigVersion, Verified, Verifier};

/// Why a v1 verification could not give a verdict, or the verdict.
#[derive(Debug, thiserror::Error)]
pub enum V1Error {
    /// The public key is unusable: a setup problem, not a property of the ticket.
    #[error("{0}")]
    BadPublicKey(String),
    #[error("{0}")]
    Invalid(Reason),
}

impl From<Reason> for V1Error {
    fn from(reason: Reason) -> Self {
        V1Error::Invalid(reason)
    }
}

enum PublicKey {
    P256(p256::ecdsa::VerifyingKey),
    K256(k256::ecdsa::VerifyingKey),
}

impl PublicKey {
    fn from_pem(pem: &str) -> Result<Self, V1Error> {
        if let Ok(key) = p256::PublicKey::from_public_key_pem(pem.trim()) {
            return Ok(PublicKey::P256(key.into()));
        }
        if let Ok(key) = k256::PublicKey::from_public_key_pem(pem.trim()) {
            return Ok(PublicKey::K256(key.into()));
        }
        Err(V1Error::BadPublicKey(
            "not a P-256 or secp256k1 public key in PEM form (-----BEGIN PUBLIC KEY-----)".into(),
        ))
    }

    /// Verifies a DER signature over `message` (SHA-256 is applied here).
    fn verifies(&self, message: &[u8], der: &[u8]) -> bool {
        use p256::ecdsa::signature::Verifier as _;
        match self {
            PublicKey::P256(key) => p256::ecdsa::Signature::from_der(der)
                .is_ok_and(|sig| key.verify(message, &sig).is_ok()),
            PublicKey::K256(key) => k256::ecdsa::Signature::from_der(der).is_ok_and(|sig| {
                // k256 accepts only low-S signatures; OpenSSL makes either kind, and (r, -s)
                // proves the same thing as (r, s).
                let sig = sig.normalize_s().unwrap_or(sig);
                key.verify(message, &sig).is_ok()
            }),
        }
    }
}

#[derive(Deserialize)]
struct RawV1<'a> {
    #[serde(rename = "TLS.appid_at_3rd", borrow)]
    appid_at_3rd: Option<&'a RawValue>,
    #[serde(rename = "TLS.account_type", borrow)]
    account_type: Option<&'a RawValue>,
    #[serde(rename = "TLS.identifier", borrow)]
    identifier: Option<&'a RawValue>,
    #[serde(rename = "TLS.sdk_appid", borrow)]
    sdk_appid: Option<&'a RawValue>,
    #[serde(rename = "TLS.time", borrow)]
    time: Option<&'a RawValue>,
    #[serde(rename = "TLS.expire_after", borrow)]
    expire_after: Option<&'a RawValue>,
    #[serde(rename = "TLS.userbuf", borrow)]
    userbuf: Option<&'a RawValue>,
    #[serde(rename = "TLS.sig", borrow)]
    sig: Option<&'a RawValue>,
}

/// Verifies a legacy v1 ticket with the app's public key. Checks run in the v2 order: fields,
/// identifier, SDKAppID, expiry, userbuf, then the signature over the document's own values.
pub fn verify_v1(
    public_key_pem: &str,
    usersig: &str,
    exp: &Expectation<'_>,
) -> Result<Verified, V1Error> {
    let key = PublicKey::from_pem(public_key_pem)?;
    let mut unwrapper = Verifier::new();
    unwrapper.unwrap(usersig)?;
    let raw: RawV1<'_> = parse_object(unwrapper.json())?;

    let appid_at_3rd = optional_string(raw.appid_at_3rd)?;
    let account_type = string(raw.account_type)?;
    let identifier = string(raw.identifier)?;
    let sdk_appid_text = string(raw.sdk_appid)?;
    let time_text = string(raw.time)?;
    let expire_text = string(raw.expire_after)?;
    let userbuf_text = optional_string(raw.userbuf)?;
    let sdkappid: u64 = decimal(&sdk_appid_text)?;
    let time: i64 = decimal(&time_text)?;
    let expire: u64 = decimal(&expire_text)?;
    let sig_text = optional_string(raw.sig)?.ok_or(Reason::SigMissing)?;

    let userbuf = check_claims(
        exp,
        &identifier,
        sdkappid,
        time,
        expire,
        userbuf_text.as_deref(),
    )?;

    let mut content = String::with_capacity(256);
    if let Some(v) = &appid_at_3rd {
        line(&mut content, "appid_at_3rd", v);
    }
    line(&mut content, "account_type", &account_type);
    line(&mut content, "identifier", &identifier);
    line(&mut content, "sdk_appid", &sdk_appid_text);
    line(&mut content, "time", &time_text);
    line(&mut content, "expire_after", &expire_text);
    if let Some(v) = &userbuf_text {
        line(&mut content, "userbuf", v);
    }
    let der = b64::decode_standard(&sig_text).ok_or(Reason::SigMismatch)?;
    if !key.verifies(content.as_bytes(), &der) {
        return Err(Reason::SigMismatch.into());
    }

    Ok(Verified {
        version: SigVersion::V1,
        sdkappid,
        identifier: identifier.into_owned(),
        time,
        expire,
        expires_at: expires_at(time, expire),
        userbuf,
    })
}

fn line(content: &mut String, name: &str, value: &str) {
    content.push_str("TLS.");
    content.push_str(name);
    content.push(':');
    content.push_str(value);
    content.push('\n');
}
