//! TC3-HMAC-SHA256, the request signature of Tencent Cloud API 3.0 (spec §10), as a pure
//! function: the same inputs always give the same headers, so it is tested against the
//! published example and can be recomputed by a test server.
//!
//! Only `content-type` and `host` are signed, as in the published example; the X-TC-* headers
//! travel unsigned, which the service accepts.

use std::fmt;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::units::rfc3339;

pub const ALGORITHM: &str = "TC3-HMAC-SHA256";
/// The content type every JSON call sends, and therefore signs.
pub const JSON_CONTENT_TYPE: &str = "application/json; charset=utf-8";
const SIGNED_HEADERS: &str = "content-type;host";

/// A SecretId/SecretKey pair. Neither is ever shown: `Debug` says only that they are there.
#[derive(Clone)]
pub struct Credentials {
    secret_id: String,
    secret_key: String,
}

impl Credentials {
    /// Trims both; refuses empty values and control characters (a pasted newline in the
    /// middle would otherwise make a header that cannot be sent).
    pub fn new(secret_id: &str, secret_key: &str) -> Result<Self, String> {
        let secret_id = checked("SecretId", secret_id)?;
        let secret_key = checked("SecretKey", secret_key)?;
        Ok(Credentials {
            secret_id,
            secret_key,
        })
    }

    /// The SecretId appears in the Authorization header (it names the key, like a user name).
    pub fn secret_id(&self) -> &str {
        &self.secret_id
    }
}

fn checked(what: &str, value: &str) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(format!("the {what} is empty"));
    }
    if value.chars().any(char::is_control) {
        return Err(format!("the {what} contains control characters"));
    }
    Ok(value.to_string())
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Credentials(<redacted>)")
    }
}

/// One API 3.0 call to sign: everything but the credentials.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The product's short name, as in its domain: `cim` for `cim.tencentcloudapi.com`.
    pub service: &'a str,
    /// The `Host` header actually sent, with its port when it is not the scheme's default.
    pub host: &'a str,
    pub action: &'a str,
    pub version: &'a str,
    /// Unix seconds; also picks the credential scope's date (UTC).
    pub timestamp: i64,
    /// The exact body bytes sent.
    pub payload: &'a str,
    pub content_type: &'a str,
    /// `X-TC-Region`, for the products that need one.
    pub region: Option<&'a str>,
}

/// The signature and every header the request must carry for it to verify.
pub struct Signed {
    pub canonical_request: String,
    pub string_to_sign: String,
    /// Lowercase hex.
    pub signature: String,
    /// `Authorization`, `Content-Type`, `Host`, `X-TC-Action`, `X-TC-Version`,
    /// `X-TC-Timestamp` and, when given, `X-TC-Region`, in that order.
    pub headers: Vec<(&'static str, String)>,
}

impl Signed {
    pub fn authorization(&self) -> &str {
        &self.headers[0].1
    }
}

/// Signs `req` with `creds` (spec §10; Tencent Cloud API 3.0 "Signature v3").
pub fn sign(creds: &Credentials, req: &Request<'_>) -> Signed {
    // Header values are trimmed and lowercased, as the canonical form requires.
    let content_type = req.content_type.trim().to_ascii_lowercase();
    let host = req.host.trim().to_ascii_lowercase();
    let canonical_request = format!(
        "POST\n/\n\ncontent-type:{content_type}\nhost:{host}\n\n{SIGNED_HEADERS}\n{}",
        sha256_hex(req.payload.as_bytes())
    );
    let date = utc_date(req.timestamp);
    let scope = format!("{date}/{}/tc3_request", req.service);
    let string_to_sign = format!(
        "{ALGORITHM}\n{}\n{scope}\n{}",
        req.timestamp,
        sha256_hex(canonical_request.as_bytes())
    );
    let k_date = hmac(
        format!("TC3{}", creds.secret_key).as_bytes(),
        date.as_bytes(),
    );
    let k_service = hmac(&k_date, req.service.as_bytes());
    let k_signing = hmac(&k_service, b"tc3_request");
    let signature = hex(&hmac(&k_signing, string_to_sign.as_bytes()));
    let authorization = format!(
        "{ALGORITHM} Credential={}/{scope}, SignedHeaders={SIGNED_HEADERS}, Signature={signature}",
        creds.secret_id
    );
    let mut headers = vec![
        ("Authorization", authorization),
        ("Content-Type", req.content_type.to_string()),
        ("Host", req.host.to_string()),
        ("X-TC-Action", req.action.to_string()),
        ("X-TC-Version", req.version.to_string()),
        ("X-TC-Timestamp", req.timestamp.to_string()),
    ];
    if let Some(region) = req.region {
        headers.push(("X-TC-Region", region.to_string()));
    }
    Signed {
        canonical_request,
        string_to_sign,
        signature,
        headers,
    }
}

/// `YYYY-MM-DD` of a Unix time in UTC: the scope date must be the UTC date, never local.
fn utc_date(unix: i64) -> String {
    rfc3339(unix).map_or_else(|| "0000-00-00".into(), |s| s[..10].to_string())
}

fn hmac(key: &[u8], msg: &[u8]) -> Vec<u8> {
    // HMAC takes keys of any length: this cannot fail.
    let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(msg);
    mac.finalize().into_bytes().to_vec()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // The published example of Tencent Cloud API 3.0 "Signature v3" / 签名方法 v3: CVM
    // DescribeInstances in Guangzhou, the same on every product's page (for instance
    // https://www.tencentcloud.com/zh/document/api/1021/34193 and
    // https://www.tencentcloud.com/document/product/267/37447). Editions that print the key as
    // `...EXAMPLE` give signature 72e4...; current ones mask it as `...*******` (literal
    // asterisks) and give 2230.... Both share the payload, CanonicalRequest and StringToSign.
    const EXAMPLE_ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    const EXAMPLE_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    const EXAMPLE_SIGNATURE: &str =
        "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";
    const MASKED_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3*******";
    const MASKED_SIGNATURE: &str =
        "2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c";
    const PAYLOAD: &str =
        r#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#;
    const CANONICAL_REQUEST: &str = "POST\n/\n\ncontent-type:application/json; charset=utf-8\n\
host:cvm.tencentcloudapi.com\n\ncontent-type;host\n\
35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064";
    const STRING_TO_SIGN: &str = "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n\
5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031";

    fn example() -> Request<'static> {
        Request {
            service: "cvm",
            host: "cvm.tencentcloudapi.com",
            action: "DescribeInstances",
            version: "2017-03-12",
            timestamp: 1_551_113_065,
            payload: PAYLOAD,
            content_type: JSON_CONTENT_TYPE,
            region: Some("ap-guangzhou"),
        }
    }

    #[test]
    fn published_example_signs_byte_for_byte() {
        let creds = Credentials::new(EXAMPLE_ID, EXAMPLE_KEY).unwrap();
        let signed = sign(&creds, &example());
        assert_eq!(signed.canonical_request, CANONICAL_REQUEST);
        assert_eq!(signed.string_to_sign, STRING_TO_SIGN);
        assert_eq!(signed.signature, EXAMPLE_SIGNATURE);
        assert_eq!(
            signed.authorization(),
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, \
             SignedHeaders=content-type;host, \
             Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
        );
        let headers: Vec<(&str, &str)> = signed
            .headers
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect();
        assert_eq!(
            headers[1..],
            [
                ("Content-Type", "application/json; charset=utf-8"),
                ("Host", "cvm.tencentcloudapi.com"),
                ("X-TC-Action", "DescribeInstances"),
                ("X-TC-Version", "2017-03-12"),
                ("X-TC-Timestamp", "1551113065"),
                ("X-TC-Region", "ap-guangzhou"),
            ]
        );
    }

    #[test]
    fn published_example_with_the_masked_key() {
        let creds = Credentials::new("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", MASKED_KEY).unwrap();
        let signed = sign(&creds, &example());
        assert_eq!(signed.string_to_sign, STRING_TO_SIGN);
        assert_eq!(signed.signature, MASKED_SIGNATURE);
    }

    #[test]
    fn scope_date_is_the_utc_date() {
        // 1551113065 is 2019-02-26 00:44:25 in UTC+8: the scope must still say 2019-02-25.
        assert_eq!(utc_date(1_551_113_065), "2019-02-25");
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(86_399), "1970-01-01");
        assert_eq!(utc_date(86_400), "1970-01-02");
    }

    #[test]
    fn the_signature_covers_the_host_and_its_port() {
        let creds = Credentials::new(EXAMPLE_ID, EXAMPLE_KEY).unwrap();
        let local = Request {
            host: "127.0.0.1:8080",
            ..example()
        };
        let signed = sign(&creds, &local);
        assert!(signed.canonical_request.contains("\nhost:127.0.0.1:8080\n"));
        assert_ne!(signed.signature, EXAMPLE_SIGNATURE);
        assert!(signed
            .headers
            .contains(&("Host", "127.0.0.1:8080".to_string())));
        let no_region = sign(
            &creds,
            &Request {
                region: None,
                ..example()
            },
        );
        assert_eq!(no_region.signature, EXAMPLE_SIGNATURE);
        assert!(no_region.headers.iter().all(|(k, _)| *k != "X-TC-Region"));
    }

    #[test]
    fn credentials_are_checked_and_never_shown() {
        let creds = Credentials::new(&format!(" {EXAMPLE_ID}\n"), EXAMPLE_KEY).unwrap();
        assert_eq!(creds.secret_id(), EXAMPLE_ID);
        let debug = format!("{creds:?}");
        assert!(
            !debug.contains("EXAMPLE") && !debug.contains("Gu5t"),
            "{debug}"
        );
        assert!(Credentials::new("", EXAMPLE_KEY).is_err());
        assert!(Credentials::new(EXAMPLE_ID, " \n").is_err());
        assert!(Credentials::new(EXAMPLE_ID, "a\nb").is_err());
    }
}
