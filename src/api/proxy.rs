//! Which proxy, if any, carries the REST calls. Remote hosts honour the usual variables
//! (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY`, lower-case forms first, as curl reads
//! them); loopback endpoints (the emulator, `--sandbox`) never go through a proxy, since a
//! proxy would see (or break) traffic that never needs to leave the machine.
//!
//! The client decides once, for its one base URL, and tells reqwest exactly that: reqwest's
//! own environment lookup is switched off so there is a single, testable rule.

use std::fmt;
use std::net::IpAddr;

use url::{Host, Url};

use crate::error::Error;

/// One proxy variable as found: its name (for `-v`) and value (kept out of Debug: it may
/// hold a password).
#[derive(Clone)]
pub struct ProxyVar {
    pub name: &'static str,
    value: String,
}

/// The proxy variables, handed in by the caller: the library never reads the environment.
#[derive(Clone, Default)]
pub struct ProxyEnv {
    https: Option<ProxyVar>,
    http: Option<ProxyVar>,
    all: Option<ProxyVar>,
    no: Option<String>,
}

impl ProxyEnv {
    /// Reads the variables through `lookup` (e.g. `std::env::var`). Empty values count as
    /// unset. The upper-case `HTTP_PROXY` is ignored under CGI (`REQUEST_METHOD` set), where
    /// a client's `Proxy:` header would set it ("httpoxy").
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Self {
        let first = |names: &[&'static str]| {
            names.iter().find_map(|&name| {
                lookup(name)
                    .filter(|v| !v.trim().is_empty())
                    .map(|value| ProxyVar {
                        name,
                        value: value.trim().to_string(),
                    })
            })
        };
        let cgi = lookup("REQUEST_METHOD").is_some();
        let http_names: &[&'static str] = if cgi {
            &["http_proxy"]
        } else {
            &["http_proxy", "HTTP_PROXY"]
        };
        ProxyEnv {
            https: first(&["https_proxy", "HTTPS_PROXY"]),
            http: first(http_names),
            all: first(&["all_proxy", "ALL_PROXY"]),
            no: first(&["no_proxy", "NO_PROXY"]).map(|v| v.value),
        }
    }
}

impl fmt::Debug for ProxyEnv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = |v: &Option<ProxyVar>| v.as_ref().map(|v| v.name);
        f.debug_struct("ProxyEnv")
            .field("https", &name(&self.https))
            .field("http", &name(&self.http))
            .field("all", &name(&self.all))
            .field("no", &self.no)
            .finish()
    }
}

/// Why a call goes direct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectReason {
    Loopback,
    NoProxyMatch,
    NoneSet,
}

/// How the client reaches its base URL.
#[derive(Clone, PartialEq, Eq)]
pub enum Route {
    Direct(DirectReason),
    Proxy {
        /// The proxy URL as given (it may carry a password: never shown).
        url: Url,
        /// The variable it came from.
        var: &'static str,
    },
}

impl Route {
    /// One word or the redacted proxy URL, for each `-v` call line.
    pub fn short(&self) -> String {
        match self {
            Route::Direct(_) => "direct".into(),
            Route::Proxy { url, .. } => format!("proxy {}", redacted(url)),
        }
    }

    /// The whole decision in words, for `-v` when a session starts.
    pub fn explain(&self) -> String {
        match self {
            Route::Direct(DirectReason::Loopback) => "no proxy (loopback endpoint)".into(),
            Route::Direct(DirectReason::NoProxyMatch) => {
                "no proxy (the host matches NO_PROXY)".into()
            }
            Route::Direct(DirectReason::NoneSet) => "no proxy (none set)".into(),
            Route::Proxy { url, var } => format!("proxy {} (from {var})", redacted(url)),
        }
    }
}

impl fmt::Debug for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.explain())
    }
}

/// Picks the route to `target`: direct for loopback and `NO_PROXY` hosts, else the scheme's
/// proxy variable, else `ALL_PROXY`, else direct. A proxy this build cannot use (SOCKS) or
/// cannot parse is a configuration error rather than a silent direct connection.
pub fn choose(target: &Url, env: &ProxyEnv) -> Result<Route, Error> {
    let Some(host) = target.host() else {
        return Ok(Route::Direct(DirectReason::NoneSet));
    };
    if is_loopback(&host) {
        return Ok(Route::Direct(DirectReason::Loopback));
    }
    let scheme_var = match target.scheme() {
        "https" => env.https.as_ref(),
        _ => env.http.as_ref(),
    };
    let Some(var) = scheme_var.or(env.all.as_ref()) else {
        return Ok(Route::Direct(DirectReason::NoneSet));
    };
    if env
        .no
        .as_deref()
        .is_some_and(|list| no_proxy_matches(list, &host))
    {
        return Ok(Route::Direct(DirectReason::NoProxyMatch));
    }
    Ok(Route::Proxy {
        url: parse_proxy(var)?,
        var: var.name,
    })
}

fn parse_proxy(var: &ProxyVar) -> Result<Url, Error> {
    let text = if var.value.contains("://") {
        var.value.clone()
    } else {
        // As curl: a bare `host:port` is an HTTP proxy.
        format!("http://{}", var.value)
    };
    let bad = |why: &str| {
        Error::config(
            format!("{} is not a usable proxy: {why}", var.name),
            format!(
                "set {} to http://HOST:PORT (or https://), or list the host in NO_PROXY",
                var.name
            ),
        )
    };
    let url = Url::parse(&text).map_err(|_| bad("it is not a URL"))?;
    match url.scheme() {
        "http" | "https" if url.host().is_some() => Ok(url),
        "http" | "https" => Err(bad("it names no host")),
        s if s.starts_with("socks") => Err(bad("SOCKS proxies are not supported by imctl")),
        s => Err(bad(&format!("the scheme `{s}` is not http or https"))),
    }
}

/// The proxy URL with any user name and password replaced, and no trailing slash.
pub fn redacted(url: &Url) -> String {
    let mut shown = url.clone();
    if !shown.username().is_empty() || shown.password().is_some() {
        let _ = shown.set_password(None);
        let _ = shown.set_username("REDACTED");
    }
    shown.set_query(None);
    shown.set_fragment(None);
    shown.to_string().trim_end_matches('/').to_string()
}

fn is_loopback(host: &Host<&str>) -> bool {
    match host {
        Host::Ipv4(ip) => ip.is_loopback(),
        Host::Ipv6(ip) => {
            ip.is_loopback() || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        Host::Domain(d) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
    }
}

/// curl's `NO_PROXY` rules: comma-separated; `*` matches everything; an IP address or CIDR
/// block matches addresses; a name matches itself and its subdomains (a leading `.` or `*.`
/// is allowed). Names compare case-insensitively.
pub fn no_proxy_matches(list: &str, host: &Host<&str>) -> bool {
    let host_ip: Option<IpAddr> = match host {
        Host::Ipv4(ip) => Some(IpAddr::V4(*ip)),
        Host::Ipv6(ip) => Some(IpAddr::V6(*ip)),
        Host::Domain(_) => None,
    };
    list.split(',').map(str::trim).any(|entry| {
        if entry == "*" {
            return true;
        }
        if entry.is_empty() {
            return false;
        }
        let bare = entry.trim_start_matches('[').trim_end_matches(']');
        if let Ok(ip) = bare.parse::<IpAddr>() {
            return host_ip == Some(ip);
        }
        if let Some((net, bits)) = entry.split_once('/') {
            return match (net.parse::<IpAddr>(), bits.parse::<u8>(), host_ip) {
                (Ok(net), Ok(bits), Some(ip)) => in_block(ip, net, bits),
                _ => false,
            };
        }
        let Host::Domain(name) = host else {
            return false;
        };
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        let entry = entry
            .trim_start_matches("*.")
            .trim_start_matches('.')
            .trim_end_matches('.')
            .to_ascii_lowercase();
        name == entry || name.ends_with(&format!(".{entry}"))
    })
}

fn in_block(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(ip), IpAddr::V4(net)) if bits <= 32 => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(ip) & mask == u32::from(net) & mask
        }
        (IpAddr::V6(ip), IpAddr::V6(net)) if bits <= 128 => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(ip) & mask == u128::from(net) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> ProxyEnv {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        ProxyEnv::from_lookup(|name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }

    fn route(target: &str, pairs: &[(&str, &str)]) -> Route {
        choose(&Url::parse(target).unwrap(), &env(pairs)).unwrap()
    }

    const REMOTE: &str = "https://adminapisgp.im.qcloud.com";

    #[test]
    fn remote_hosts_use_the_schemes_proxy_then_all_proxy() {
        let r = route(REMOTE, &[("HTTPS_PROXY", "http://proxy.corp:3128")]);
        assert_eq!(r.short(), "proxy http://proxy.corp:3128");
        assert!(r.explain().contains("from HTTPS_PROXY"), "{}", r.explain());
        // HTTP_PROXY is for http:// targets only; ALL_PROXY is the fallback.
        let r = route(
            REMOTE,
            &[("HTTP_PROXY", "http://h:1"), ("ALL_PROXY", "http://a:2")],
        );
        assert_eq!(r.short(), "proxy http://a:2");
        let r = route("http://example.com", &[("HTTP_PROXY", "h:1")]);
        assert_eq!(r.short(), "proxy http://h:1");
        // Lower case first, as curl.
        let r = route(
            REMOTE,
            &[
                ("https_proxy", "http://lower:1"),
                ("HTTPS_PROXY", "http://upper:2"),
            ],
        );
        assert_eq!(r.short(), "proxy http://lower:1");
        assert_eq!(route(REMOTE, &[]), Route::Direct(DirectReason::NoneSet));
        assert_eq!(
            route(REMOTE, &[("HTTPS_PROXY", "")]),
            Route::Direct(DirectReason::NoneSet)
        );
    }

    #[test]
    fn no_proxy_matches_hosts_domains_and_blocks() {
        let all = [("ALL_PROXY", "http://p:1")];
        for list in [
            "qcloud.com",
            ".qcloud.com",
            "*.im.qcloud.com",
            "other, ADMINAPISGP.im.qcloud.com",
            "*",
        ] {
            let mut pairs = all.to_vec();
            pairs.push(("NO_PROXY", list));
            assert_eq!(
                route(REMOTE, &pairs),
                Route::Direct(DirectReason::NoProxyMatch),
                "{list}"
            );
        }
        for list in ["cloud.com", "sgp.im.qcloud.com.cn", "10.0.0.0/8"] {
            let mut pairs = all.to_vec();
            pairs.push(("no_proxy", list));
            assert!(
                matches!(route(REMOTE, &pairs), Route::Proxy { .. }),
                "{list}"
            );
        }
        let ip = |list: &str, host: &str| {
            route(host, &[("ALL_PROXY", "http://p:1"), ("NO_PROXY", list)])
                == Route::Direct(DirectReason::NoProxyMatch)
        };
        assert!(ip("10.0.0.0/8", "https://10.1.2.3"));
        assert!(!ip("10.0.0.0/8", "https://11.1.2.3"));
        assert!(ip("192.0.2.7", "https://192.0.2.7:8443"));
        assert!(ip("2001:db8::/32", "https://[2001:db8::1]"));
        assert!(ip("[2001:db8::1]", "https://[2001:db8::1]"));
    }

    #[test]
    fn loopback_never_uses_a_proxy() {
        let every = [
            ("HTTPS_PROXY", "http://p:1"),
            ("HTTP_PROXY", "http://p:1"),
            ("ALL_PROXY", "http://p:1"),
        ];
        for target in [
            "http://127.0.0.1:9901",
            "http://127.9.8.7",
            "http://[::1]:9901",
            "https://localhost:8443",
            "http://api.localhost",
        ] {
            assert_eq!(
                route(target, &every),
                Route::Direct(DirectReason::Loopback),
                "{target}"
            );
        }
    }

    #[test]
    fn proxy_passwords_never_show() {
        let r = route(REMOTE, &[("HTTPS_PROXY", "http://bob:hunter2@p.corp:8080")]);
        for text in [r.short(), r.explain(), format!("{r:?}")] {
            assert!(!text.contains("hunter2") && !text.contains("bob"), "{text}");
            assert!(text.contains("http://REDACTED@p.corp:8080"), "{text}");
        }
        let e = env(&[("HTTPS_PROXY", "http://bob:hunter2@p.corp:8080")]);
        assert!(!format!("{e:?}").contains("hunter2"));
    }

    #[test]
    fn unusable_proxies_are_configuration_errors() {
        for value in ["socks5://p:1080", "ftp://p:21", "http://"] {
            let err =
                choose(&Url::parse(REMOTE).unwrap(), &env(&[("ALL_PROXY", value)])).unwrap_err();
            assert!(matches!(err, Error::Config { .. }), "{value}: {err}");
            assert!(err.to_string().contains("ALL_PROXY"), "{err}");
        }
    }

    #[test]
    fn cgi_ignores_upper_case_http_proxy() {
        let r = route(
            "http://example.com",
            &[("REQUEST_METHOD", "GET"), ("HTTP_PROXY", "http://evil:1")],
        );
        assert_eq!(r, Route::Direct(DirectReason::NoneSet));
    }
}
