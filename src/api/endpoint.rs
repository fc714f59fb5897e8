//! The one rule for endpoints a user types (`--endpoint`, `--cloud-endpoint`): https anywhere,
//! plain http only to a loopback host, because whatever authenticates the request (a UserSig in
//! the URL, a replayable TC3 signature in a header) would otherwise cross the network in clear.

use crate::error::Error;

/// `endpoint` without trailing slashes, once it passes the rule. `flag` names the option in
/// messages; `allow_plain_http` lifts the loopback restriction (`--insecure-http`); `risk` says
/// what plain http would expose and how to get past it, e.g. "the UserSig would travel
/// unencrypted; use https or pass --insecure-http".
pub fn checked_base_url(
    flag: &str,
    endpoint: &str,
    allow_plain_http: bool,
    risk: &str,
) -> Result<String, Error> {
    let endpoint = endpoint.trim_end_matches('/');
    let parsed = url::Url::parse(endpoint)
        .map_err(|e| Error::usage(format!("{flag} `{endpoint}` is not a URL: {e}")))?;
    match parsed.scheme() {
        "https" => {}
        "http" if allow_plain_http || is_loopback(&parsed) => {}
        "http" => {
            return Err(Error::usage(format!(
                "{flag} {endpoint} is plain HTTP to a non-loopback host: {risk}"
            )))
        }
        other => {
            return Err(Error::usage(format!(
                "{flag} scheme `{other}` is not http or https"
            )))
        }
    }
    Ok(endpoint.to_string())
}

/// True for 127.0.0.0/8, ::1 and `localhost`.
pub fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d == "localhost",
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(endpoint: &str, allow: bool) -> Result<String, Error> {
        checked_base_url("--endpoint", endpoint, allow, "use https")
    }

    #[test]
    fn plain_http_only_to_loopback_unless_allowed() {
        assert_eq!(
            check("http://127.0.0.1:9901/", false).unwrap(),
            "http://127.0.0.1:9901"
        );
        assert!(check("http://[::1]:9901", false).is_ok());
        assert!(check("http://localhost:1", false).is_ok());
        assert!(check("https://example.com", false).is_ok());
        let refused = check("http://example.com", false).unwrap_err();
        assert!(matches!(refused, Error::Usage(_)));
        assert!(refused
            .to_string()
            .contains("--endpoint http://example.com"));
        assert!(refused.to_string().ends_with("use https"));
        assert!(check("http://example.com", true).is_ok());
        // Lookalikes of loopback are not loopback.
        assert!(check("http://127.0.0.1.example.com", false).is_err());
        assert!(check("http://localhost.example.com", false).is_err());
    }

    #[test]
    fn other_schemes_and_garbage_are_usage_errors() {
        assert!(matches!(check("ftp://x", true), Err(Error::Usage(_))));
        assert!(matches!(check("not a url", true), Err(Error::Usage(_))));
    }
}
