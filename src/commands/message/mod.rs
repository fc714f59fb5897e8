//! `imctl message`: one-to-one messages, one file per verb: send, import, roaming history, recall, modify,
//! read marks and unread counts (the `openim` management endpoints of spec §5.5, §5.8–§5.13).

pub mod delivery;
mod history;
mod import;
mod modify;
mod read;
mod recall;
mod send;
mod unread;

use clap::Subcommand;

use crate::api::wire::message::MsgElem;
use crate::commands::account::checked_user;
use crate::commands::Ctx;
use crate::error::{Error, Exit};

pub use history::HistoryArgs;
pub use import::ImportArgs;
pub use modify::ModifyArgs;
pub use read::ReadArgs;
pub use recall::RecallArgs;
pub use send::SendArgs;
pub use unread::UnreadArgs;

#[derive(Debug, Subcommand)]
pub enum MessageCommand {
    /// Send a message from one sender to one or many users (sendmsg / batchsendmsg)
    Send(SendArgs),
    /// Import historic messages with their original times from JSONL (importmsg)
    Import(ImportArgs),
    /// Every message between two users (roaming history, all pages), newest last
    History(HistoryArgs),
    /// Recall messages by MsgKey (cannot be undone)
    Recall(RecallArgs),
    /// Rewrite a stored message's text, body or cloud data (cannot be undone)
    Modify(ModifyArgs),
    /// Mark a conversation read for one side
    Read(ReadArgs),
    /// Unread one-to-one message counts of a user, in total or per peer
    Unread(UnreadArgs),
}

pub fn run(ctx: &mut Ctx, cmd: MessageCommand) -> Result<Exit, Error> {
    match cmd {
        MessageCommand::Send(args) => send::run(ctx, &args),
        MessageCommand::Import(args) => import::run(ctx, &args),
        MessageCommand::History(args) => history::run(ctx, &args),
        MessageCommand::Recall(args) => recall::run(ctx, &args),
        MessageCommand::Modify(args) => modify::run(ctx, &args),
        MessageCommand::Read(args) => read::run(ctx, &args),
        MessageCommand::Unread(args) => unread::run(ctx, &args),
    }
}

/// Both sides of a conversation, checked.
fn pair<'a>(a: &'a str, b: &'a str) -> Result<(&'a str, &'a str), Error> {
    Ok((checked_user(a)?, checked_user(b)?))
}

/// Where a message's body comes from: `--text`, `--custom` or `--body FILE` (at most one; the
/// caller says whether none is allowed).
#[derive(Debug, clap::Args)]
pub struct BodyArgs {
    /// A text message (TIMTextElem)
    #[arg(long, value_name = "TEXT", group = "content")]
    pub text: Option<String>,
    /// A custom message (TIMCustomElem Data, usually JSON)
    #[arg(long, value_name = "DATA", group = "content")]
    pub custom: Option<String>,
    /// The whole MsgBody: a file holding a JSON array of {MsgType, MsgContent}
    #[arg(long, value_name = "FILE", group = "content")]
    pub body: Option<std::path::PathBuf>,
}

impl BodyArgs {
    /// The `MsgBody`, or `None` when no content flag was given.
    pub fn msg_body(&self) -> Result<Option<Vec<MsgElem>>, Error> {
        if let Some(text) = &self.text {
            if text.is_empty() {
                return Err(Error::usage("--text is empty"));
            }
            return Ok(Some(vec![MsgElem::text(text)]));
        }
        if let Some(data) = &self.custom {
            return Ok(Some(vec![MsgElem::custom(data, None)]));
        }
        let Some(path) = &self.body else {
            return Ok(None);
        };
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| Error::unreadable(&name, &e))?;
        let body: Vec<MsgElem> = serde_json::from_str(&text).map_err(|e| {
            Error::usage(format!(
                "{name}: not a MsgBody (a JSON array of {{MsgType, MsgContent}}): {e}"
            ))
        })?;
        if body.is_empty() || body.iter().any(|e| e.msg_type.is_empty()) {
            return Err(Error::usage(format!(
                "{name}: MsgBody needs at least one element, each with a MsgType"
            )));
        }
        Ok(Some(body))
    }
}
