//! `imctl friend`: the relationship chain (service `sns`, spec §8) from a terminal: add, import,
//! update, remove, check, list and get friends, the blocklist (`block`) and friend lists
//! (`group`). Verbs over many peers run on the bulk engine, one user's peers a request; each
//! peer's `ResultCode` is read in words (`domain::sns`).

mod add;
mod block;
mod check;
mod get;
mod import;
mod lists;
mod read;
mod remove;
mod update;

use clap::Subcommand;

use crate::api::wire::sns::SnsResultItem;
use crate::bulk::{ItemResult, Record};
use crate::commands::Ctx;
use crate::domain::sns::{self as rules, Outcome};
use crate::error::{Error, Exit};

#[derive(Debug, Subcommand)]
pub enum FriendCommand {
    /// Add friends of a user, both ways unless --one-way
    #[command(after_help = "\
Examples:
  # make bob and carol friends of alice, both ways, without their approval
  imctl friend add alice bob carol --force-add
  imctl friend add alice dave --one-way --remark \"Dave (work)\" --group Work
  imctl friend add alice --file peers.txt --failures failed.txt --force-add")]
    Add(add::AddArgs),
    /// Import friend pairs from a file (friend_import: one way, no approval, 1,000 a request)
    #[command(after_help = "\
Examples:
  # pairs.csv: From_Account,To_Account[,Remark,Group,AddTime,AddSource]
  imctl friend import --file pairs.csv --failures failed.csv
  # continue after Ctrl-C
  imctl friend import --file pairs.csv --resume
  imctl --dry-run friend import --file pairs.jsonl")]
    Import(import::ImportArgs),
    /// Change friends' remark or friend lists (friend_update)
    #[command(after_help = "\
Examples:
  imctl friend update alice bob --remark \"Bob B.\"
  # put bob and carol in exactly these lists
  imctl friend update alice bob carol --group Work --group Golf")]
    Update(update::UpdateArgs),
    /// Remove some or all friends of a user (needs --yes off a terminal)
    #[command(after_help = "\
Examples:
  imctl friend remove alice bob --yes
  # both ways: alice leaves bob's list too
  imctl friend remove alice bob carol --both --yes
  imctl friend remove alice --all --yes")]
    Remove(remove::RemoveArgs),
    /// The friend relation between a user and others, in words (friend_check)
    #[command(after_help = "\
Examples:
  imctl friend check alice bob carol
  # only whether they are in alice's list
  imctl friend check alice bob --one-way -o json")]
    Check(check::CheckArgs),
    /// Every friend of a user with their friend fields (all pages of friend_get)
    #[command(after_help = "\
Examples:
  imctl friend list alice
  imctl friend list alice -o jsonl > alice-friends.jsonl
  imctl friend list alice --limit 50")]
    List(read::ListArgs),
    /// Chosen friends with friend and profile fields (friend_get_list, 100 a request)
    #[command(after_help = "\
Examples:
  imctl friend get alice bob carol
  imctl friend get alice bob --tag Tag_SNS_IM_Remark --tag Tag_Profile_IM_Nick")]
    Get(get::GetArgs),
    /// A user's blocklist: add, remove, list, check
    #[command(subcommand)]
    Block(block::BlockCommand),
    /// A user's friend lists (the service calls them groups): add, remove, list
    #[command(subcommand)]
    Group(lists::ListCommand),
}

pub fn run(ctx: &mut Ctx, cmd: FriendCommand) -> Result<Exit, Error> {
    match cmd {
        FriendCommand::Add(args) => add::run(ctx, &args),
        FriendCommand::Import(args) => import::run(ctx, &args),
        FriendCommand::Update(args) => update::run(ctx, &args),
        FriendCommand::Remove(args) => remove::run(ctx, &args),
        FriendCommand::Check(args) => check::run(ctx, &args),
        FriendCommand::List(args) => read::list(ctx, &args),
        FriendCommand::Get(args) => get::run(ctx, &args),
        FriendCommand::Block(cmd) => block::run(ctx, cmd),
        FriendCommand::Group(cmd) => lists::run(ctx, cmd),
    }
}

/// One peer's `ResultCode` as a bulk outcome: "already so" codes count as nothing to do;
/// `also_unchanged` names a verb's own (`remove`: 31704, not a friend).
fn outcome(item: &SnsResultItem, also_unchanged: &[(i64, &'static str)]) -> ItemResult {
    if let Some((_, words)) = also_unchanged
        .iter()
        .find(|(code, _)| *code == item.result_code)
    {
        return ItemResult::Unchanged((*words).into());
    }
    match rules::outcome(item.result_code, &item.result_info) {
        Outcome::Done => ItemResult::Done(None),
        Outcome::Unchanged(words) => ItemResult::Unchanged(words.into()),
        Outcome::Failed(reason) => ItemResult::Failed {
            code: Some(item.result_code),
            reason,
        },
    }
}

/// Each record's result from an answer's per-peer items, matched by `To_Account` (a peer
/// named twice takes the items in order); a peer the answer leaves out failed.
fn by_peer(
    records: &[Record],
    items: &[SnsResultItem],
    each: impl Fn(&SnsResultItem) -> ItemResult,
) -> Vec<ItemResult> {
    crate::bulk::operation::by_user(records, items, |i| &i.to_account, each)
}

/// The user whose friends a verb works on, checked.
fn owner(user: &str) -> Result<String, Error> {
    crate::commands::account::checked_user(user).map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bulk::input::Raw;

    fn record(user: &str) -> Record {
        Record {
            line: 1,
            user: user.into(),
            nick: None,
            face_url: None,
            raw: Raw::Id,
        }
    }

    fn item(to: &str, code: i64, info: &str) -> SnsResultItem {
        SnsResultItem {
            to_account: to.into(),
            result_code: code,
            result_info: info.into(),
        }
    }

    #[test]
    fn peers_get_their_own_results_in_words() {
        let records = [
            record("b"),
            record("c"),
            record("b"),
            record("d"),
            record("e"),
        ];
        let items = [
            item("c", 30515, "Err_SNS_FriendAdd_Peer_In_Self_BlackList"),
            item("b", 0, ""),
            item("b", 30001, "Err_SNS_FriendAdd_Friend_Exist"),
            item("d", 31704, ""),
        ];
        let got = by_peer(&records, &items, |i| outcome(i, &[(31704, "not a friend")]));
        assert_eq!(got[0], ItemResult::Done(None));
        assert_eq!(
            got[1],
            ItemResult::Failed {
                code: Some(30515),
                reason: "the peer is on your blocklist (Err_SNS_FriendAdd_Peer_In_Self_BlackList)"
                    .into()
            }
        );
        assert_eq!(got[2], ItemResult::Unchanged("already a friend".into()));
        assert_eq!(got[3], ItemResult::Unchanged("not a friend".into()));
        assert!(matches!(got[4], ItemResult::Failed { code: None, .. }));
    }
}
