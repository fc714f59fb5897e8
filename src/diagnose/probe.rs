//! Which host answers, and how fast: one plain `GET /` per host (no credentials: nothing that
//! could count as a failed UserSig check), through the same HTTP client settings as REST calls
//! (proxy route, trusted roots). Any HTTP answer counts; its `Date` feeds the clock check.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::clock::{parse_http_date, ServerTime};
use super::{Check, Status};

pub const NAME: &str = "network";

/// What a probed URL is to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// `--endpoint` (or the profile's endpoint).
    Endpoint,
    /// The embedded emulator of `--sandbox`.
    Sandbox,
    /// The region's primary host.
    Primary,
    /// The region's backup host (spec §1.2: for when DNS is hijacked).
    Backup,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Endpoint => "endpoint",
            Role::Sandbox => "sandbox",
            Role::Primary => "primary",
            Role::Backup => "backup",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Target {
    /// Base URL, no trailing slash.
    pub url: String,
    pub role: Role,
}

/// An HTTP answer of any status.
#[derive(Debug, Clone)]
pub struct Answered {
    pub status: u16,
    /// The `Date` header, as Unix seconds.
    pub date: Option<i64>,
}

/// Why a host did not answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The TLS handshake failed (certificate not trusted, wrong name, ...).
    Tls(String),
    /// DNS, connection refused or unreachable.
    Connect(String),
    Timeout,
    Other(String),
}

impl Failure {
    pub fn words(&self) -> String {
        match self {
            Failure::Tls(why) => format!("TLS handshake failed: {why}"),
            Failure::Connect(why) => format!("cannot connect: {why}"),
            Failure::Timeout => "no answer in time".to_string(),
            Failure::Other(why) => why.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct HostProbe {
    pub target: Target,
    pub latency: Duration,
    pub outcome: Result<Answered, Failure>,
}

/// `GET {url}/` with `http`, bounded by `timeout`.
pub async fn probe(http: &reqwest::Client, target: Target, timeout: Duration) -> HostProbe {
    let started = Instant::now();
    let sent = tokio::time::timeout(timeout, http.get(format!("{}/", target.url)).send()).await;
    let latency = started.elapsed();
    let outcome = match sent {
        Err(_) => Err(Failure::Timeout),
        Ok(Err(e)) => Err(classify(&e)),
        Ok(Ok(response)) => Ok(Answered {
            status: response.status().as_u16(),
            date: response
                .headers()
                .get(reqwest::header::DATE)
                .and_then(|v| v.to_str().ok())
                .and_then(parse_http_date),
        }),
    };
    HostProbe {
        target,
        latency,
        outcome,
    }
}

/// A transport error in a few words: the innermost cause (never the URL), sorted into TLS,
/// connection, timeout or other by the whole chain.
pub fn classify(e: &reqwest::Error) -> Failure {
    let mut chain = Vec::new();
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        chain.push(s.to_string());
        source = s.source();
    }
    let innermost = chain.last().cloned().unwrap_or_default();
    let all = chain.join(": ").to_ascii_lowercase();
    if e.is_timeout() {
        Failure::Timeout
    } else if [
        "certificate",
        "tls",
        "handshake",
        "unknownissuer",
        // rustls, when the other end does not speak TLS at all
        "corrupt message",
    ]
    .iter()
    .any(|w| all.contains(w))
    {
        Failure::Tls(innermost)
    } else if e.is_connect() {
        Failure::Connect(innermost)
    } else {
        Failure::Other(innermost)
    }
}

/// The server's time from the first probe that answered with a `Date`.
pub fn server_time(probes: &[HostProbe]) -> Option<ServerTime> {
    probes.iter().find_map(|p| {
        let unix = p.outcome.as_ref().ok()?.date?;
        let host = url::Url::parse(&p.target.url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| p.target.url.clone());
        Some(ServerTime { unix, host })
    })
}

fn line(p: &HostProbe) -> String {
    match &p.outcome {
        Ok(a) => format!(
            "{} answered in {} ms (HTTP {})",
            p.target.url,
            p.latency.as_millis(),
            a.status
        ),
        Err(f) => format!("{} did not answer ({})", p.target.url, f.words()),
    }
}

fn host_json(p: &HostProbe) -> Value {
    let (answered, status, error) = match &p.outcome {
        Ok(a) => (true, Some(a.status), None),
        Err(f) => (false, None, Some(f.words())),
    };
    json!({
        "URL": p.target.url,
        "Role": p.target.role.as_str(),
        "Answered": answered,
        "LatencyMs": answered.then_some(p.latency.as_millis() as u64),
        "HttpStatus": status,
        "Error": error,
    })
}

/// Reachability of the probed hosts. `proxied` names the proxy when the route goes through one
/// (a failure may be the proxy's).
pub fn check(probes: &[HostProbe], proxied: Option<&str>) -> Check {
    let data = json!({ "Hosts": probes.iter().map(host_json).collect::<Vec<_>>() });
    let Some(first) = probes.first() else {
        return Check::new(NAME, Status::Skip, "nothing to probe").data(data);
    };
    let answered = |p: &HostProbe| p.outcome.is_ok();
    let detail = probes.iter().map(line).collect::<Vec<_>>().join("; ");
    let network_fix = {
        let via = proxied.map_or_else(String::new, |p| format!(", the proxy {p}"));
        format!("check the network, DNS, a firewall (Tencent's addresses: `imctl app ip-list`){via} and NO_PROXY; try --timeout with a larger value on a slow link")
    };
    if answered(first) {
        return Check::new(NAME, Status::Ok, detail).data(data);
    }
    let tls = matches!(first.outcome, Err(Failure::Tls(_)));
    match first.target.role {
        Role::Primary => {
            if let Some(backup) = probes[1..].iter().find(|p| answered(p)) {
                return Check::new(NAME, Status::Warn, detail)
                    .fix(format!(
                        "the primary host does not answer from here but the backup does (the docs' advice when DNS is hijacked): pass --endpoint {} or save it in the profile",
                        backup.target.url
                    ))
                    .data(data);
            }
            let fix = if tls {
                "see the tls check".to_string()
            } else {
                network_fix
            };
            Check::new(NAME, Status::Fail, detail).fix(fix).data(data)
        }
        Role::Endpoint | Role::Sandbox | Role::Backup => {
            let loopback = url::Url::parse(&first.target.url)
                .map(|u| crate::api::endpoint::is_loopback(&u))
                .unwrap_or(false);
            let fix = if tls {
                "see the tls check".to_string()
            } else if loopback {
                "nothing listens there: start the emulator (`imctl emulator --listen ADDR ...`) or fix --endpoint / IMCTL_ENDPOINT".to_string()
            } else {
                format!(
                    "check --endpoint (or IMCTL_ENDPOINT / the profile's endpoint); {network_fix}"
                )
            };
            Check::new(NAME, Status::Fail, detail).fix(fix).data(data)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(url: &str, role: Role, outcome: Result<Answered, Failure>) -> HostProbe {
        HostProbe {
            target: Target {
                url: url.into(),
                role,
            },
            latency: Duration::from_millis(42),
            outcome,
        }
    }

    fn ok(date: Option<i64>) -> Result<Answered, Failure> {
        Ok(Answered { status: 404, date })
    }

    fn refused() -> Result<Answered, Failure> {
        Err(Failure::Connect("Connection refused (os error 111)".into()))
    }

    #[test]
    fn the_primary_answering_is_ok_and_only_the_backup_is_a_warning() {
        let p = "https://adminapisgp.im.qcloud.com";
        let b = "https://adminapisgp.my-imcloud.com";
        let c = check(
            &[
                host(p, Role::Primary, ok(None)),
                host(b, Role::Backup, refused()),
            ],
            None,
        );
        assert_eq!(c.status, Status::Ok);
        assert!(
            c.detail
                .starts_with(&format!("{p} answered in 42 ms (HTTP 404)")),
            "{}",
            c.detail
        );
        assert_eq!(c.data["Hosts"][0]["LatencyMs"], 42);
        assert_eq!(c.data["Hosts"][1]["Answered"], false);
        assert_eq!(c.data["Hosts"][1]["LatencyMs"], Value::Null);

        let c = check(
            &[
                host(p, Role::Primary, refused()),
                host(b, Role::Backup, ok(None)),
            ],
            None,
        );
        assert_eq!(c.status, Status::Warn);
        assert!(c.fix.unwrap().contains(&format!("--endpoint {b}")));

        let c = check(
            &[
                host(p, Role::Primary, Err(Failure::Timeout)),
                host(b, Role::Backup, refused()),
            ],
            Some("http://proxy.corp:3128"),
        );
        assert_eq!(c.status, Status::Fail);
        assert!(c.fix.unwrap().contains("the proxy http://proxy.corp:3128"));
    }

    #[test]
    fn a_silent_loopback_endpoint_suggests_the_emulator() {
        let c = check(
            &[host("http://127.0.0.1:9", Role::Endpoint, refused())],
            None,
        );
        assert_eq!(c.status, Status::Fail);
        assert!(c.detail.contains("Connection refused"));
        assert!(c.fix.unwrap().contains("imctl emulator"));
        let c = check(
            &[host(
                "https://x.example",
                Role::Endpoint,
                Err(Failure::Tls("bad".into())),
            )],
            None,
        );
        assert_eq!(c.fix.as_deref(), Some("see the tls check"));
        assert_eq!(check(&[], None).status, Status::Skip);
    }

    #[test]
    fn the_server_time_comes_from_the_first_date() {
        let probes = [
            host("https://a.example", Role::Primary, refused()),
            host(
                "https://b.example:8443",
                Role::Backup,
                ok(Some(1_700_000_000)),
            ),
        ];
        let t = server_time(&probes).unwrap();
        assert_eq!((t.unix, t.host.as_str()), (1_700_000_000, "b.example"));
        assert!(server_time(&probes[..1]).is_none());
    }

    #[tokio::test]
    async fn probing_a_closed_port_fails_fast_as_a_connect_error() {
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let http = reqwest::Client::builder().no_proxy().build().unwrap();
        let target = Target {
            url: format!("http://127.0.0.1:{port}"),
            role: Role::Endpoint,
        };
        let p = probe(&http, target, Duration::from_secs(5)).await;
        assert!(
            matches!(p.outcome, Err(Failure::Connect(_))),
            "{:?}",
            p.outcome
        );
        assert!(p.latency < Duration::from_secs(2));
    }
}
