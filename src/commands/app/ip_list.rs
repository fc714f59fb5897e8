//! `imctl app ip-list`: Tencent's server and callback-egress addresses from
//! `ConfigSvc/GetIPList` (spec §7.3), for firewall allow-lists.

use clap::{Args, ValueEnum};
use serde_json::json;

use crate::api::wire::operations::{GetIpList, GetIpListRequest, GetIpListResponse};
use crate::api::wire::{self, Endpoint};
use crate::commands::{rest, Ctx};
use crate::error::{Error, Exit};
use crate::global::OutputFormat;
use crate::output::printable;

/// The documented `nettype` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NetType {
    /// 0: every list
    #[value(name = "all", alias = "0")]
    All,
    /// 1: native SDK access inside the Chinese mainland
    #[value(name = "sdk-cn", alias = "1")]
    SdkCn,
    /// 2: native SDK access outside the Chinese mainland
    #[value(name = "sdk-intl", alias = "2")]
    SdkIntl,
    /// 3: Web SDK access inside the Chinese mainland
    #[value(name = "web-cn", alias = "3")]
    WebCn,
    /// 4: Web SDK access outside the Chinese mainland
    #[value(name = "web-intl", alias = "4")]
    WebIntl,
    /// 5: callback egress addresses inside the Chinese mainland
    #[value(name = "callback-cn", alias = "5")]
    CallbackCn,
    /// 6: callback egress addresses outside the Chinese mainland
    #[value(name = "callback-intl", alias = "6")]
    CallbackIntl,
}

impl NetType {
    fn code(self) -> u8 {
        self as u8
    }
}

#[derive(Debug, Args)]
#[command(after_help = "\
Mainland-China lists are returned by default; the lists outside China need a ticket with Tencent.

Examples:
  imctl app ip-list
  # addresses your callback server must accept
  imctl app ip-list --nettype callback-cn
  imctl app ip-list --nettype 2 -o json")]
pub struct AppIpListArgs {
    /// Which list (a name or its number 0-6)
    #[arg(long, value_enum, default_value = "all", value_name = "TYPE")]
    pub nettype: NetType,
}

pub fn run(ctx: &mut Ctx, args: &AppIpListArgs) -> Result<Exit, Error> {
    let query = format!("nettype={}", args.nettype.code());
    let rt = rest::runtime()?;
    let answer = rt.block_on(async {
        let session = rest::connect(ctx).await?;
        let value = session
            .client
            .call_with_query(
                GetIpList::SERVICE,
                GetIpList::COMMAND,
                &query,
                &wire::body::<GetIpList>(&GetIpListRequest {}),
                &[],
            )
            .await?;
        wire::parse::<GetIpList>(value)
    })?;
    let GetIpListResponse { ip_list: sent } = answer;
    // The list goes into firewall rules: only what parses as an address or block is printed.
    let (ip_list, rejected): (Vec<String>, Vec<String>) =
        sent.into_iter().partition(|entry| is_ip_or_cidr(entry));
    for entry in &rejected {
        ctx.out.warn(&format!(
            "left out `{}`: not an IP address or CIDR block",
            printable(entry)
        ));
    }
    match ctx.out.format() {
        Some(OutputFormat::Json) | Some(OutputFormat::Jsonl) | Some(OutputFormat::Table) => {
            let mut value = json!({"NetType": args.nettype.code(), "IPList": ip_list});
            if !rejected.is_empty() {
                value["Rejected"] = json!(rejected);
            }
            ctx.out.object(&value, String::new)?;
        }
        Some(OutputFormat::Csv) => {
            let rows: Vec<_> = ip_list.iter().map(|ip| json!({"IP": ip})).collect();
            ctx.out.rows(&["IP"], &rows)?;
        }
        // One address per line: ready for a firewall script.
        None | Some(OutputFormat::Text) => {
            for ip in &ip_list {
                ctx.out.line(&printable(ip))?;
            }
        }
    }
    if !rejected.is_empty() {
        return Err(Error::Failed(format!(
            "the service's list held {} entr{} that {} not an IP address or CIDR block (left out above)",
            rejected.len(),
            if rejected.len() == 1 { "y" } else { "ies" },
            if rejected.len() == 1 { "is" } else { "are" },
        )));
    }
    if ip_list.is_empty() {
        ctx.out
            .status("the service returned no addresses for this nettype");
    }
    Ok(Exit::Ok)
}

/// `198.51.100.7`, `203.0.113.0/25`, `2001:db8::1` or `2001:db8::/32`, written the plain way
/// (no spaces, a prefix length within the address's bits).
fn is_ip_or_cidr(entry: &str) -> bool {
    let (address, prefix) = match entry.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (entry, None),
    };
    let Ok(ip) = address.parse::<std::net::IpAddr>() else {
        return false;
    };
    let bits = if ip.is_ipv4() { 32 } else { 128 };
    match prefix {
        None => true,
        Some(p) => {
            !p.is_empty()
                && p.len() <= 3
                && p.bytes().all(|b| b.is_ascii_digit())
                && p.parse::<u32>().is_ok_and(|n| n <= bits)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_addresses_and_blocks_pass() {
        for good in [
            "198.51.100.7",
            "203.0.113.0/25",
            "0.0.0.0/0",
            "2001:db8::1",
            "2001:db8::/32",
        ] {
            assert!(is_ip_or_cidr(good), "{good}");
        }
        for bad in [
            "; rm -rf / #",
            "999.1.1.1",
            "1.2.3.4/33",
            "1.2.3.4/",
            "1.2.3.4/+8",
            " 1.2.3.4",
            "1.2.3",
            "example.com",
            "",
            "::1/129",
        ] {
            assert!(!is_ip_or_cidr(bad), "{bad}");
        }
    }

    #[test]
    fn nettype_names_and_numbers_map_to_the_documented_codes() {
        for (text, code) in [
            ("all", 0),
            ("0", 0),
            ("sdk-intl", 2),
            ("5", 5),
            ("callback-intl", 6),
        ] {
            assert_eq!(
                NetType::from_str(text, false).unwrap().code(),
                code,
                "{text}"
            );
        }
        assert!(NetType::from_str("7", false).is_err());
    }
}
