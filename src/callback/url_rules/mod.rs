//! The console's rules for the callback URL (console guide, "Callback Configuration"):
//!
//! - it starts with `http://` or `https://`; an IP address may stand in for a domain;
//! - the domain uses only letters (any case), digits and hyphens; spaces and `! $ & ?` are not
//!   supported;
//! - a hyphen is never doubled, never a label on its own, never at the start or end of a label;
//! - the domain is at most 63 characters;
//! - the service adds port 80/443 by default, and when the URL is replaced the old and new
//!   ports must not be prefixes of each other (`https://xxx:443` -> `https://xxx:4433`, or
//!   `https://xxx` -> `https://xxx:4433`, are to be avoided).
//!
//! Each broken rule is reported on its own. Warnings add what the console does not check but
//! that keeps callbacks from arriving (a fragment, a host the internet cannot reach).

mod hosts;

use hosts::{not_public, numeric_ipv4};

/// Longest domain the console accepts.
pub const MAX_DOMAIN_CHARS: usize = 63;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    // Console rules (violations).
    Scheme,
    Credentials,
    HostMissing,
    HostCharacters,
    EmptyLabel,
    HyphenRepeated,
    HyphenAlone,
    HyphenEdge,
    DomainLength,
    Ipv4,
    Ipv6Host,
    Port,
    UrlCharacters,
    // Warnings.
    PortPrefix,
    Fragment,
    NotPublic,
}

impl Rule {
    /// Stable name for JSON and tests.
    pub fn code(self) -> &'static str {
        match self {
            Rule::Scheme => "scheme",
            Rule::Credentials => "credentials",
            Rule::HostMissing => "host_missing",
            Rule::HostCharacters => "host_characters",
            Rule::EmptyLabel => "empty_label",
            Rule::HyphenRepeated => "hyphen_repeated",
            Rule::HyphenAlone => "hyphen_alone",
            Rule::HyphenEdge => "hyphen_edge",
            Rule::DomainLength => "domain_length",
            Rule::Ipv4 => "ipv4",
            Rule::Ipv6Host => "ipv6_host",
            Rule::Port => "port",
            Rule::UrlCharacters => "url_characters",
            Rule::PortPrefix => "port_prefix",
            Rule::Fragment => "fragment",
            Rule::NotPublic => "not_public",
        }
    }
}

/// One broken rule or one warning, with a sentence naming what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostKind {
    Domain,
    Ipv4,
    Ipv6,
    Missing,
}

impl HostKind {
    pub fn as_str(self) -> &'static str {
        match self {
            HostKind::Domain => "domain",
            HostKind::Ipv4 => "ipv4",
            HostKind::Ipv6 => "ipv6",
            HostKind::Missing => "missing",
        }
    }
}

/// What `check` found in one URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlReport {
    /// `http` or `https`; None when the URL has neither.
    pub scheme: Option<&'static str>,
    pub host: String,
    pub host_kind: HostKind,
    /// The port the service will use: the explicit one, else 80/443 by scheme.
    pub port: Option<u16>,
    /// The port text as written, if any (kept as text for the prefix rule).
    pub explicit_port: Option<String>,
    /// Everything after the host and port (path, query, fragment).
    pub path: String,
    pub violations: Vec<Finding>,
    pub warnings: Vec<Finding>,
    pub notes: Vec<String>,
}

impl UrlReport {
    pub fn is_valid(&self) -> bool {
        self.violations.is_empty()
    }

    /// The port as the prefix rule compares it: the digits written, else the default.
    fn port_text(&self) -> Option<String> {
        match &self.explicit_port {
            Some(p) if self.port.is_some() => Some(p.trim_start_matches('0').to_string()),
            Some(_) => None,
            None => self.port.map(|p| p.to_string()),
        }
    }
}

/// Checks `url` against every rule. Never fails: anything is a URL with violations.
pub fn check(url: &str) -> UrlReport {
    let mut v = Vec::new();
    let (scheme, rest) = split_scheme(url, &mut v);
    let (authority, path) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
    let host_port = match authority.rsplit_once('@') {
        Some((_, host_port)) => {
            v.push(finding(
                Rule::Credentials,
                "a user name or password before `@` is not supported in a callback URL",
            ));
            host_port
        }
        None => authority,
    };
    let (host, explicit_port, host_kind) = split_host_port(host_port, &mut v);
    let port = check_port(explicit_port, scheme, &mut v);
    match host_kind {
        HostKind::Missing => v.push(finding(Rule::HostMissing, "there is no host after the scheme")),
        HostKind::Ipv4 => check_ipv4(host, &mut v),
        HostKind::Domain => check_domain(host, &mut v),
        HostKind::Ipv6 => v.push(finding(
            Rule::Ipv6Host,
            format!("IPv6 address [{host}]: the host may contain only letters, digits and hyphens; use a domain or an IPv4 address"),
        )),
    }
    check_url_characters(path, &mut v);

    let mut warnings = Vec::new();
    if let Some((_, fragment)) = path.split_once('#') {
        warnings.push(finding(
            Rule::Fragment,
            format!("`#{fragment}` is never sent to your server, and the parameters the service appends would land after it: remove it"),
        ));
    }
    if let Some(why) = not_public(host, host_kind) {
        warnings.push(finding(
            Rule::NotPublic,
            format!("{host} is {why}{}: the service calls from the internet and cannot reach it (fine for `imctl callback listen` and the emulator)",
                numeric_ipv4(host).filter(|ip| ip.to_string() != host).map(|ip| format!(" ({ip})")).unwrap_or_default()),
        ));
    }
    UrlReport {
        scheme,
        host: host.to_string(),
        host_kind,
        port,
        explicit_port: explicit_port.map(str::to_string),
        path: path.to_string(),
        violations: v,
        warnings,
        notes: Vec::new(),
    }
}

/// Checks `url` as the replacement of `previous`: every rule, plus the console's warning when
/// the two ports are prefixes of each other. Err when the previous URL's port cannot be told.
pub fn check_change(url: &str, previous: &str) -> Result<UrlReport, String> {
    let old = check(previous);
    let old_port = old.port_text().ok_or_else(|| {
        "cannot tell its port: give it with http:// or https:// and a valid port, if any"
            .to_string()
    })?;
    let mut report = check(url);
    if let Some(new_port) = report.port_text() {
        if new_port != old_port
            && (new_port.starts_with(&old_port) || old_port.starts_with(&new_port))
        {
            let (short, long) = if new_port.len() < old_port.len() {
                (&new_port, &old_port)
            } else {
                (&old_port, &new_port)
            };
            report.warnings.push(finding(
                Rule::PortPrefix,
                format!(
                    "the port changes from {old_port} to {new_port}, and {short} is a prefix of {long}: the console asks to avoid replacing a URL when the old and new ports are prefixes of each other (e.g. https://xxx:443 -> https://xxx:4433, or https://xxx -> https://xxx:4433); choose another port"
                ),
            ));
        }
    }
    if url != previous {
        report.notes.push(
            "a new callback URL takes effect 2 minutes after it is saved in the console".into(),
        );
    }
    Ok(report)
}

fn finding(rule: Rule, message: impl Into<String>) -> Finding {
    Finding {
        rule,
        message: message.into(),
    }
}

/// `http`/`https` and what follows `://`. Without either, reports the rule and carries on with
/// the rest so the host is still checked.
fn split_scheme<'a>(url: &'a str, v: &mut Vec<Finding>) -> (Option<&'static str>, &'a str) {
    if let Some(rest) = url.strip_prefix("https://") {
        return (Some("https"), rest);
    }
    if let Some(rest) = url.strip_prefix("http://") {
        return (Some("http"), rest);
    }
    let (written, rest) = match url.split_once("://") {
        Some((scheme, rest)) => (format!("`{scheme}://`"), rest),
        None => ("no scheme".to_string(), url),
    };
    v.push(finding(
        Rule::Scheme,
        format!("the URL must start with http:// or https:// (lowercase); it has {written}"),
    ));
    (None, rest)
}

/// Host, port text and the kind of host, from `host[:port]` or `[v6][:port]`.
fn split_host_port<'a>(
    host_port: &'a str,
    v: &mut Vec<Finding>,
) -> (&'a str, Option<&'a str>, HostKind) {
    if let Some(inner) = host_port.strip_prefix('[') {
        let (host, after) = inner.split_once(']').unwrap_or((inner, ""));
        let port = after.strip_prefix(':');
        if !after.is_empty() && port.is_none() {
            v.push(finding(
                Rule::Port,
                format!("`{after}` after the IPv6 address is not `:port`"),
            ));
        }
        return (host, port, HostKind::Ipv6);
    }
    if host_port.matches(':').count() > 1 {
        // A bare IPv6 address (or worse): there is no telling host from port.
        return (host_port, None, HostKind::Ipv6);
    }
    let (host, port) = match host_port.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (host_port, None),
    };
    let kind = if host.is_empty() {
        HostKind::Missing
    } else if host.bytes().all(|b| b.is_ascii_digit() || b == b'.') && host.contains('.') {
        HostKind::Ipv4
    } else {
        HostKind::Domain
    };
    (host, port, kind)
}

/// The effective port, reporting a written port that is not 1-65535.
fn check_port(port: Option<&str>, scheme: Option<&str>, v: &mut Vec<Finding>) -> Option<u16> {
    match port {
        None => match scheme {
            Some("https") => Some(443),
            Some(_) => Some(80),
            None => None,
        },
        Some(p) => match p.parse::<u16>() {
            Ok(n) if n > 0 && p.bytes().all(|b| b.is_ascii_digit()) => Some(n),
            _ if p.is_empty() => {
                v.push(finding(Rule::Port, "`:` is not followed by a port number"));
                None
            }
            _ => {
                v.push(finding(
                    Rule::Port,
                    format!("port `{p}` is not a number from 1 to 65535"),
                ));
                None
            }
        },
    }
}

fn check_ipv4(host: &str, v: &mut Vec<Finding>) {
    let parts: Vec<&str> = host.split('.').collect();
    let ok = parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u16>().is_ok_and(|n| n <= 255));
    if !ok {
        v.push(finding(
            Rule::Ipv4,
            format!("{host} looks like an IPv4 address but is not one (four numbers 0-255 separated by dots)"),
        ));
    }
}

fn check_domain(host: &str, v: &mut Vec<Finding>) {
    let mut bad: Vec<char> = Vec::new();
    for c in host.chars() {
        let allowed = c.is_ascii_alphanumeric() || c == '-' || c == '.';
        if !allowed && !bad.contains(&c) {
            bad.push(c);
        }
    }
    if !bad.is_empty() {
        let shown: Vec<String> = bad.iter().map(|c| describe_char(*c)).collect();
        v.push(finding(
            Rule::HostCharacters,
            format!(
                "the domain may contain only letters a-z (any case), digits 0-9 and hyphens (-) between dots; it has {}",
                shown.join(", ")
            ),
        ));
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.iter().any(|l| l.is_empty()) {
        v.push(finding(
            Rule::EmptyLabel,
            "the domain has an empty part: two dots in a row, or a dot at the start or end",
        ));
    }
    let alone: Vec<&str> = labels
        .iter()
        .copied()
        .filter(|l| !l.is_empty() && l.bytes().all(|b| b == b'-'))
        .collect();
    let repeated: Vec<&str> = labels
        .iter()
        .copied()
        .filter(|l| l.contains("--") && !alone.contains(l))
        .collect();
    let edge: Vec<&str> = labels
        .iter()
        .copied()
        .filter(|l| !alone.contains(l) && (l.starts_with('-') || l.ends_with('-')))
        .collect();
    if !repeated.is_empty() {
        v.push(finding(
            Rule::HyphenRepeated,
            format!(
                "hyphens may not appear twice in a row: {}",
                quoted(&repeated)
            ),
        ));
    }
    if !alone.is_empty() {
        v.push(finding(
            Rule::HyphenAlone,
            format!(
                "a hyphen may not stand on its own between dots: {}",
                quoted(&alone)
            ),
        ));
    }
    if !edge.is_empty() {
        v.push(finding(
            Rule::HyphenEdge,
            format!(
                "a hyphen may not start or end a part of the domain: {}",
                quoted(&edge)
            ),
        ));
    }
    let length = host.chars().count();
    if length > MAX_DOMAIN_CHARS {
        v.push(finding(
            Rule::DomainLength,
            format!("the domain is {length} characters; at most {MAX_DOMAIN_CHARS} are allowed"),
        ));
    }
}

/// Spaces, `! $ & ?` and control characters after the host.
fn check_url_characters(path: &str, v: &mut Vec<Finding>) {
    let mut bad: Vec<char> = Vec::new();
    for c in path.chars() {
        if (c.is_whitespace() || c.is_control() || matches!(c, '!' | '$' | '&' | '?'))
            && !bad.contains(&c)
        {
            bad.push(c);
        }
    }
    if !bad.is_empty() {
        let shown: Vec<String> = bad.iter().map(|c| describe_char(*c)).collect();
        v.push(finding(
            Rule::UrlCharacters,
            format!(
                "spaces and ! $ & ? are not supported in the callback URL (the service appends its own query); it has {}",
                shown.join(", ")
            ),
        ));
    }
}

fn describe_char(c: char) -> String {
    match c {
        ' ' => "a space".to_string(),
        c if c.is_control() || c.is_whitespace() => format!("U+{:04X}", u32::from(c)),
        c => format!("`{c}`"),
    }
}

fn quoted(labels: &[&str]) -> String {
    labels
        .iter()
        .map(|l| format!("`{l}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;
