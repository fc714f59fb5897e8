//! `imctl push`: push to all users (`all_member_push`, spec §6.1): `send` (im_push, by tag,
//! by attribute or to everyone), the app's attribute names, and users' attributes and tags
//! (on the bulk engine, 100 users a request).

mod attr_names;
mod attrs;
mod quota;
mod send;
mod tags;

use clap::Subcommand;

use crate::commands::Ctx;
use crate::domain::limits::PUSH_TEXT_BYTES;
use crate::error::{Error, Exit};

pub use attr_names::AttrNamesCommand;
pub use attrs::AttrsCommand;
pub use send::SendArgs;
pub use tags::TagsCommand;

#[derive(Debug, Subcommand)]
pub enum PushCommand {
    /// Push a message to every user, or to those with given tags or attributes (im_push)
    Send(SendArgs),
    /// The app's push attribute names ("0" to "9")
    #[command(subcommand)]
    AttrNames(AttrNamesCommand),
    /// Users' push attribute values
    #[command(subcommand)]
    Attrs(AttrsCommand),
    /// Users' push tags
    #[command(subcommand)]
    Tags(TagsCommand),
}

pub fn run(ctx: &mut Ctx, cmd: PushCommand) -> Result<Exit, Error> {
    match cmd {
        PushCommand::Send(args) => send::run(ctx, &args),
        PushCommand::AttrNames(cmd) => attr_names::run(ctx, cmd),
        PushCommand::Attrs(cmd) => attrs::run(ctx, cmd),
        PushCommand::Tags(cmd) => tags::run(ctx, cmd),
    }
}

/// A tag, attribute name or value: 1 to 50 bytes (spec §6.1).
/// Runs a per-user read (`attrs get`, `tags get`) on the bulk engine: a row per user,
/// `To_Account` and `column`.
fn read_per_user<O: crate::bulk::Operation>(
    ctx: &mut Ctx,
    bulk: &crate::commands::bulk_args::BulkFileArgs,
    users: &[String],
    op: O,
    column: &str,
) -> Result<Exit, Error> {
    let input = bulk.input(users)?;
    crate::commands::bulk_args::run(
        ctx,
        input,
        op,
        bulk.options(ctx.global.dry_run),
        crate::commands::bulk_args::Presentation {
            columns: vec!["To_Account".into(), column.into()],
            verb: "read",
            noun: "user(s)",
        },
    )
}

fn checked_text<'a>(what: &str, text: &'a str) -> Result<&'a str, Error> {
    if text.is_empty() || text.len() > PUSH_TEXT_BYTES {
        return Err(Error::usage(format!(
            "{what} `{text}` must be 1 to {PUSH_TEXT_BYTES} bytes"
        )));
    }
    Ok(text)
}

/// `NAME=VALUE` pairs of `--attr`, each part checked.
fn attr_pairs(
    flag: &str,
    pairs: &[String],
) -> Result<std::collections::BTreeMap<String, String>, Error> {
    let mut out = std::collections::BTreeMap::new();
    for pair in pairs {
        let (name, value) = pair
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("{flag} `{pair}`: expected NAME=VALUE")))?;
        checked_text("attribute name", name)?;
        checked_text("attribute value", value)?;
        if out.insert(name.to_string(), value.to_string()).is_some() {
            return Err(Error::usage(format!(
                "{flag}: attribute `{name}` given twice"
            )));
        }
    }
    Ok(out)
}
