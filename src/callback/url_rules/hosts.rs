//! Whether a callback URL's host can be reached from the internet: private, loopback and
//! link-local IPv4 addresses, also written as numbers (`2130706433`, `0x7f.0.0.1`), and
//! `localhost`.

use std::net::Ipv4Addr;

use super::HostKind;

/// The address a numeric host stands for the way URL parsers and `inet_aton` read it: one to
/// four parts, each decimal, `0x` hex or `0`-led octal, the last filling the remaining bytes
/// (`2130706433`, `0x7f.0.0.1`, `127.1` and `0177.0.0.01` are all 127.0.0.1).
pub(super) fn numeric_ipv4(host: &str) -> Option<Ipv4Addr> {
    let host = host.strip_suffix('.').unwrap_or(host);
    let parts: Vec<&str> = host.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut values = Vec::with_capacity(parts.len());
    for part in &parts {
        let lower = part.to_ascii_lowercase();
        let (digits, radix) = if let Some(hex) = lower.strip_prefix("0x") {
            (hex.to_string(), 16)
        } else if lower.len() > 1 && lower.starts_with('0') {
            (lower[1..].to_string(), 8)
        } else {
            (lower, 10)
        };
        let value = if digits.is_empty() && radix == 16 {
            0
        } else {
            u64::from_str_radix(&digits, radix).ok()?
        };
        values.push(value);
    }
    let (last, head) = values.split_last()?;
    if head.iter().any(|v| *v > 255) || *last >= 1u64 << (8 * (5 - values.len())) {
        return None;
    }
    let mut n = *last;
    for (i, v) in head.iter().enumerate() {
        n |= v << (8 * (3 - i));
    }
    Some(Ipv4Addr::from(u32::try_from(n).ok()?))
}

/// Why a host cannot be reached from the internet, if it cannot.
pub(super) fn not_public(host: &str, kind: HostKind) -> Option<&'static str> {
    match kind {
        // A domain made only of numbers (`2130706433`, `0x7f.0.0.1`) is an address in disguise.
        HostKind::Ipv4 | HostKind::Domain if numeric_ipv4(host).is_some() => {
            let ip = numeric_ipv4(host)?;
            if ip.is_loopback() {
                Some("a loopback address")
            } else if ip.is_private() {
                Some("a private network address")
            } else if ip.is_link_local() {
                Some("a link-local address")
            } else if ip.is_unspecified() {
                Some("the unspecified address")
            } else {
                None
            }
        }
        HostKind::Ipv4 => None,
        HostKind::Domain => {
            let lower = host.to_ascii_lowercase();
            let lower = lower.trim_end_matches('.');
            (lower == "localhost" || lower.ends_with(".localhost")).then_some("this machine")
        }
        HostKind::Ipv6 | HostKind::Missing => None,
    }
}
