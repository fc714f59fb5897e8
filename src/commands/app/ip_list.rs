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
    let GetIpListResponse { ip_list } = answer;
    match ctx.out.format() {
        Some(OutputFormat::Json) | Some(OutputFormat::Jsonl) | Some(OutputFormat::Table) => {
            let value = json!({"NetType": args.nettype.code(), "IPList": ip_list});
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
    if ip_list.is_empty() {
        ctx.out
            .status("the service returned no addresses for this nettype");
    }
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

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
