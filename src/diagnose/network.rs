//! The proxy in effect for the endpoint ([`crate::api::proxy`] decides; loopback is never
//! proxied) and TLS trust: which roots verify the server's certificate, and whether they did.

use serde_json::json;

use super::probe::{Failure, HostProbe};
use super::{Check, Status};
use crate::api::proxy::{self, Route};
use crate::error::Error;

pub const PROXY: &str = "proxy";
pub const TLS: &str = "tls";

/// The roots every build trusts: reqwest's `rustls-tls` feature, which compiles in the
/// Mozilla bundle (webpki-roots); the operating system's store is not read.
pub const BUILT_IN_ROOTS: &str = "the built-in Mozilla root bundle (webpki-roots)";

/// The proxy decision for `host`, or why no decision could be made.
pub fn proxy_check(host: &str, route: Result<&Route, &Error>) -> Check {
    match route {
        Ok(route) => {
            let (kind, url, var) = match route {
                Route::Direct(_) => ("direct", None, None),
                Route::Proxy { url, var } => ("proxy", Some(proxy::redacted(url)), Some(*var)),
            };
            Check::new(PROXY, Status::Ok, format!("{host}: {}", route.explain()))
                .data(json!({ "Route": kind, "Proxy": url, "Variable": var }))
        }
        Err(e) => {
            let mut check = Check::new(PROXY, Status::Fail, format!("{host}: {e}"))
                .data(json!({ "Route": null, "Proxy": null, "Variable": null }));
            if let Some(hint) = e.hint() {
                check = check.fix(hint);
            }
            check
        }
    }
}

/// The extra CA file, as the TLS check names it.
#[derive(Debug, Clone)]
pub struct CaInfo {
    pub path: String,
    pub certificates: usize,
}

/// Whether the certificate of the target verified, from the probe of `target`.
pub fn tls_check(target: &url::Url, ca: Option<&CaInfo>, probe: Option<&HostProbe>) -> Check {
    let host = target.host_str().unwrap_or("?");
    let trusted = match ca {
        Some(ca) => format!(
            "{BUILT_IN_ROOTS} and {} certificate(s) from {}",
            ca.certificates, ca.path
        ),
        None => BUILT_IN_ROOTS.to_string(),
    };
    let data = json!({
        "Roots": "webpki-roots",
        "CaFile": ca.map(|c| c.path.clone()),
        "ExtraCertificates": ca.map_or(0, |c| c.certificates),
    });
    if target.scheme() != "https" {
        let extra = match ca {
            Some(ca) => format!(
                "; {} ({} certificate(s)) is loaded and is trusted for https endpoints",
                ca.path, ca.certificates
            ),
            None => String::new(),
        };
        return Check::new(
            TLS,
            Status::Skip,
            format!("plain HTTP to {host}: no TLS involved{extra}"),
        )
        .data(data);
    }
    match probe.map(|p| &p.outcome) {
        Some(Ok(_)) => Check::new(
            TLS,
            Status::Ok,
            format!("{host}'s certificate verified against {trusted}"),
        )
        .data(data),
        Some(Err(Failure::Tls(why))) if why.contains("corrupt message") => Check::new(
            TLS,
            Status::Fail,
            format!("{host} answered, but not with TLS ({why}): a plain-HTTP server behind an https:// URL?"),
        )
        .fix("use http:// for a plain-HTTP server on loopback (such as `imctl emulator`), or the server's HTTPS port")
        .data(data),
        Some(Err(Failure::Tls(why))) => Check::new(
            TLS,
            Status::Fail,
            format!("{host}'s certificate was refused ({why}); trusted: {trusted}; the operating system's store is not read"),
        )
        .fix("if a proxy or firewall inspects HTTPS, pass its root CA with --ca-cert FILE (or IMCTL_CA_CERT); otherwise check the host name (--region/--endpoint) and this machine's clock")
        .data(data),
        _ => Check::new(
            TLS,
            Status::Skip,
            format!("no TLS handshake with {host} completed (see network); trusted: {trusted}"),
        )
        .data(data),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::api::proxy::{DirectReason, ProxyEnv};
    use crate::diagnose::probe::{Answered, Role, Target};

    fn probe(outcome: Result<Answered, Failure>) -> HostProbe {
        HostProbe {
            target: Target {
                url: "https://h.example".into(),
                role: Role::Endpoint,
            },
            latency: Duration::from_millis(5),
            outcome,
        }
    }

    #[test]
    fn the_proxy_decision_is_reported_and_an_unusable_proxy_fails() {
        let c = proxy_check("h", Ok(&Route::Direct(DirectReason::Loopback)));
        assert_eq!(c.status, Status::Ok);
        assert_eq!(c.detail, "h: no proxy (loopback endpoint)");
        assert_eq!(c.data["Route"], "direct");

        let env = ProxyEnv::from_lookup(|n| {
            (n == "HTTPS_PROXY").then(|| "http://bob:secret@p.corp:3128".to_string())
        });
        let target = url::Url::parse("https://adminapisgp.im.qcloud.com").unwrap();
        let route = proxy::choose(&target, &env).unwrap();
        let c = proxy_check("adminapisgp.im.qcloud.com", Ok(&route));
        assert!(c.detail.contains("from HTTPS_PROXY"), "{}", c.detail);
        assert_eq!(c.data["Variable"], "HTTPS_PROXY");
        assert!(!format!("{} {}", c.detail, c.data).contains("secret"));

        let env = ProxyEnv::from_lookup(|n| (n == "ALL_PROXY").then(|| "socks5://p:1".into()));
        let e = proxy::choose(&target, &env).unwrap_err();
        let c = proxy_check("adminapisgp.im.qcloud.com", Err(&e));
        assert_eq!(c.status, Status::Fail);
        assert!(c.fix.is_some());
    }

    #[test]
    fn tls_is_judged_from_the_handshake() {
        let https = url::Url::parse("https://h.example").unwrap();
        let http = url::Url::parse("http://127.0.0.1:9").unwrap();
        let ca = CaInfo {
            path: "corp.pem".into(),
            certificates: 2,
        };
        let answered = probe(Ok(Answered {
            status: 404,
            date: None,
        }));
        let c = tls_check(&https, Some(&ca), Some(&answered));
        assert_eq!(c.status, Status::Ok);
        assert!(
            c.detail.contains("webpki-roots")
                && c.detail.contains("2 certificate(s) from corp.pem")
        );

        let refused = probe(Err(Failure::Tls(
            "invalid peer certificate: UnknownIssuer".into(),
        )));
        let c = tls_check(&https, None, Some(&refused));
        assert_eq!(c.status, Status::Fail);
        assert!(c.detail.contains("UnknownIssuer"));
        assert!(c.fix.unwrap().contains("--ca-cert"));

        let plain = probe(Err(Failure::Tls(
            "received corrupt message of type InvalidContentType".into(),
        )));
        let c = tls_check(&https, None, Some(&plain));
        assert_eq!(c.status, Status::Fail);
        assert!(c.detail.contains("not with TLS") && c.fix.unwrap().contains("http://"));

        let down = probe(Err(Failure::Connect("Connection refused".into())));
        assert_eq!(tls_check(&https, None, Some(&down)).status, Status::Skip);

        let c = tls_check(&http, Some(&ca), None);
        assert_eq!(c.status, Status::Skip);
        assert!(c.detail.contains("corp.pem (2 certificate(s)) is loaded"));
        assert_eq!(c.data["ExtraCertificates"], 2);
    }
}
