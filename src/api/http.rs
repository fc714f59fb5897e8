//! The one way imctl builds an HTTP client (REST calls, Cloud API, downloads, callback
//! trigger/forwarding, `app doctor`'s probes): the proxy rule of [`super::proxy`] (reqwest's own
//! environment lookup is off), no redirects, the built-in roots plus `--ca-cert`.

use std::time::Duration;

use super::proxy::{self, ProxyEnv, Route};
use crate::error::Error;

/// The HTTP client every REST exchange (and `app doctor`'s probes) goes through, and how it
/// reaches `base`: the proxy rule of [`super::proxy`] (reqwest's own environment lookup is
/// off), no redirects, the built-in roots plus `ca_certs`.
pub fn http_client(
    base: &url::Url,
    proxy_env: &ProxyEnv,
    ca_certs: &[reqwest::Certificate],
    connect_timeout: Duration,
) -> Result<(reqwest::Client, Route), Error> {
    let route = proxy::choose(base, proxy_env)?;
    let mut builder = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(connect_timeout)
        .pool_max_idle_per_host(64)
        .tcp_nodelay(true)
        .user_agent(concat!("imctl/", env!("CARGO_PKG_VERSION")));
    for cert in ca_certs {
        builder = builder.add_root_certificate(cert.clone());
    }
    if let Route::Proxy { url, var } = &route {
        let proxy = reqwest::Proxy::all(url.as_str()).map_err(|_| {
            Error::config(
                format!("{var} is not a usable proxy"),
                format!("set {var} to http://HOST:PORT, or list the host in NO_PROXY"),
            )
        })?;
        builder = builder.proxy(proxy);
    }
    let http = builder
        .build()
        .map_err(|e| Error::Transport(format!("cannot set up HTTPS: {}", e.without_url())))?;
    Ok((http, route))
}

/// The CA certificates of a PEM file (`--ca-cert`): every `CERTIFICATE` block, each checked
/// to be a usable trust anchor. `source` names the file in errors, which are configuration
/// errors (exit 3): nothing is sent with a trust store the user did not mean.
pub fn parse_ca_pem(pem: &[u8], source: &str) -> Result<Vec<reqwest::Certificate>, Error> {
    const HINT: &str = "--ca-cert (or IMCTL_CA_CERT) takes a PEM file of CA certificates, each between -----BEGIN CERTIFICATE----- and -----END CERTIFICATE-----";
    let certs = reqwest::Certificate::from_pem_bundle(pem).map_err(|_| {
        Error::config(
            format!("{source}: a CERTIFICATE block is not valid PEM (bad base64)"),
            HINT,
        )
    })?;
    if certs.is_empty() {
        return Err(Error::config(
            format!("{source}: no PEM CERTIFICATE block found"),
            HINT,
        ));
    }
    // The trust store parses each certificate when a client is built: try one now, so a
    // block that is not an X.509 certificate is named here rather than as an HTTPS failure.
    let mut probe = reqwest::Client::builder().tls_built_in_root_certs(false);
    for cert in &certs {
        probe = probe.add_root_certificate(cert.clone());
    }
    probe.build().map_err(|_| {
        Error::config(
            format!("{source}: a CERTIFICATE block is not a usable X.509 CA certificate"),
            HINT,
        )
    })?;
    Ok(certs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ca_files_must_hold_usable_certificates() {
        let good = include_bytes!("../../tests/data/test-ca.pem");
        assert_eq!(parse_ca_pem(good, "ca.pem").unwrap().len(), 1);
        let base = url::Url::parse("https://example.com").unwrap();
        let certs = parse_ca_pem(good, "ca.pem").unwrap();
        assert!(http_client(&base, &ProxyEnv::default(), &certs, Duration::from_secs(1)).is_ok());
        let text = String::from_utf8_lossy(good);
        let broken_base64 = text.replace("MIIB", "M!IB");
        let not_x509 = "-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n";
        for (bad, why) in [
            (&b"hello"[..], "no PEM CERTIFICATE block"),
            (&b""[..], "no PEM CERTIFICATE block"),
            (
                b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
                "no PEM CERTIFICATE block",
            ),
            (broken_base64.as_bytes(), "not valid PEM"),
            (not_x509.as_bytes(), "not a usable X.509"),
        ] {
            let e = parse_ca_pem(bad, "ca.pem").unwrap_err();
            assert_eq!(e.exit(), crate::error::Exit::Config, "{e}");
            assert!(
                e.to_string().starts_with("ca.pem: ") && e.to_string().contains(why),
                "{e}"
            );
            assert!(e.hint().unwrap().contains("BEGIN CERTIFICATE"));
        }
    }
}
