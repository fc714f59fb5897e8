//! `imctl group list`: every page of `get_appid_group_list`, paced at its documented 1 call a
//! second by the client's limiter, rows printed as each page arrives.

use clap::Args;
use serde_json::{json, Value};

use crate::api::wire::group::{GetAppidGroupList, GetAppidGroupListRequest};
use crate::commands::call;
use crate::commands::pages::RowStream;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::group::{GroupType, LIST_PAGE_MAX};
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only groups of this type: Public, Private (Work), ChatRoom (Meeting), AVChatRoom, Community
    #[arg(long = "type", value_name = "TYPE", value_parser = GroupType::parse)]
    pub kind: Option<GroupType>,
    /// Groups a page (1-10000; default 10000)
    #[arg(long, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=LIST_PAGE_MAX as i64))]
    pub page_size: Option<u32>,
    /// At most this many groups (pages are followed until there are N)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
    /// Follow every page (without it or --limit: the first page, and a note when more remain)
    #[arg(long)]
    pub all: bool,
}

pub fn run(ctx: &mut Ctx, args: &ListArgs) -> Result<Exit, Error> {
    let rest = Rest::open(ctx)?;
    let terminal = ctx.out.stderr_is_terminal();
    let mut stream = RowStream::new(&["GroupId"]);
    let mut req = GetAppidGroupListRequest {
        limit: args.page_size,
        next: Some(0),
        group_type: args.kind.map(|k| k.as_str().to_string()),
    };
    let (mut pages, mut seen) = (0u64, 0u64);
    loop {
        let Some(page) = call::<GetAppidGroupList>(ctx, &rest, &req, &[])? else {
            return Ok(Exit::Ok); // --dry-run: the first request was printed
        };
        pages += 1;
        let room = args.limit.map_or(u64::MAX, |l| l - seen);
        let rows: Vec<Value> = page
            .group_id_list
            .iter()
            .take(usize::try_from(room).unwrap_or(usize::MAX))
            .map(|g| json!({ "GroupId": g.group_id }))
            .collect();
        seen += rows.len() as u64;
        stream.push(ctx, rows)?;
        if args.limit.is_some_and(|l| seen >= l) {
            break;
        }
        if terminal {
            ctx.out.status(&format!(
                "page {pages}: {seen} of {} group(s){}",
                page.total_count,
                if page.next != 0 && (args.all || args.limit.is_some()) {
                    " (next page in 1 s: the documented rate is 1 call a second)"
                } else {
                    ""
                }
            ));
        }
        if page.next == 0 {
            break;
        }
        if !args.all && args.limit.is_none() {
            ctx.out.status(&format!(
                "{seen} of {} group(s) shown; pass --all for every page (or --limit N)",
                page.total_count
            ));
            break;
        }
        req.next = Some(page.next);
    }
    stream.finish(ctx)?;
    Ok(Exit::Ok)
}
