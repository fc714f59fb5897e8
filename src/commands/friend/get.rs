//! `imctl friend get A B…`: friend_get_list on the bulk engine (100 a request), a row per
//! friend with the chosen friend and profile fields keyed by tag; a peer who is not a friend
//! fails with its code in words.

use clap::Args;

use super::owner;
use super::read::row;
use crate::api::wire::sns::{FriendGetList, FriendGetListRequest, SnsResultItem};
use crate::bulk::{EndpointOp, ItemResult};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::limits::FRIEND_GET_LIST_BATCH;
use crate::domain::profile_fields;
use crate::domain::sns::{self as rules, TAG_ADD_TIME, TAG_GROUP, TAG_REMARK};
use crate::error::{Error, Exit};

/// The tags read when none are named.
const DEFAULT_TAGS: [&str; 4] = [TAG_REMARK, TAG_GROUP, TAG_ADD_TIME, "Tag_Profile_IM_Nick"];

#[derive(Debug, Args)]
pub struct GetArgs {
    /// The user whose friends are read (From_Account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The friends (or --file)
    #[arg(value_name = "PEER", required_unless_present = "file")]
    pub peers: Vec<String>,
    /// A field to read: Tag_SNS_IM_*, Tag_SNS_Custom_*, Tag_Profile_IM_*, Tag_Profile_Custom_*
    /// (repeat for several; default Remark, Group, AddTime and Nick)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

fn known_tag(tag: &str) -> bool {
    tag.starts_with("Tag_SNS_IM_")
        || rules::is_custom_tag(tag)
        || profile_fields::kind(tag).is_some()
}

pub fn run(ctx: &mut Ctx, args: &GetArgs) -> Result<Exit, Error> {
    let from = owner(&args.user)?;
    let tags: Vec<String> = if args.tags.is_empty() {
        DEFAULT_TAGS.map(String::from).to_vec()
    } else {
        args.tags.clone()
    };
    if let Some(bad) = tags.iter().find(|t| !known_tag(t)) {
        return Err(Error::usage(format!(
            "--tag `{bad}`: not a friend (Tag_SNS_*) or profile (Tag_Profile_*) field"
        )));
    }
    let mut columns = vec!["To_Account".to_string()];
    columns.extend(tags.iter().cloned());
    let input = args.bulk.input(&args.peers)?;
    let mut op = EndpointOp::<FriendGetList>::new(
        "friend-get",
        FRIEND_GET_LIST_BATCH,
        move |records| FriendGetListRequest {
            from_account: from.clone(),
            to_account: records.iter().map(|r| r.user.clone()).collect(),
            tag_list: tags.clone(),
        },
        |records, _, answer| {
            let items: Vec<SnsResultItem> = answer
                .info_item
                .iter()
                .map(|i| SnsResultItem {
                    to_account: i.to_account.clone(),
                    result_code: i.result_code,
                    result_info: i.result_info.clone(),
                })
                .collect();
            let rows: Vec<_> = answer.info_item.iter().collect();
            super::by_peer(records, &items, |i| match i.result_code {
                0 => {
                    let values = rows
                        .iter()
                        .find(|r| r.to_account == i.to_account)
                        .and_then(|r| r.sns_profile_item.clone())
                        .unwrap_or_default();
                    ItemResult::Done(Some(row(&i.to_account, &values)))
                }
                code => ItemResult::Failed {
                    code: Some(code),
                    reason: if i.result_info == "Err_SNS_FriendGetList_Friend_Not_Exist" {
                        "not a friend".into()
                    } else {
                        rules::code_words(code, &i.result_info)
                    },
                },
            })
        },
    );
    op.target = Some(args.user.clone());
    bulk_args::run(
        ctx,
        input,
        op,
        args.bulk.options(ctx.global.dry_run),
        Presentation {
            columns,
            verb: "read",
            noun: "friend(s)",
        },
    )
}
