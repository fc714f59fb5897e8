//! `imctl push send`: one `im_push`, to every user (`--all`) or to those with given tags or
//! attribute values. A push reaches everyone it selects and cannot be recalled, so it asks
//! first on a terminal and needs `--yes` otherwise. Before sending, the local count
//! (`quota.rs`) refuses a push over the day's 100 and waits out the 1 s spacing.

use std::time::Duration;

use clap::{ArgGroup, Args, ValueEnum};
use serde_json::json;

use super::quota::{Quota, Verdict};
use super::{attr_pairs, checked_text};
use crate::api::wire::push::{Condition, ImPush, ImPushRequest};
use crate::commands::account::checked_user;
use crate::commands::message::delivery::{lifetime, PushTextArgs};
use crate::commands::message::BodyArgs;
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::codes;
use crate::domain::limits::{PUSH_PER_DAY, PUSH_TAGS_PER_CALL};
use crate::error::{Error, Exit};

/// Offline retention at most 7 days (90026 beyond).

#[derive(Debug, Clone, Copy, Default, PartialEq, ValueEnum)]
pub enum Op {
    /// Every one must match (TagsAnd / AttrsAnd)
    #[default]
    And,
    /// Any one is enough (TagsOr / AttrsOr)
    Or,
}

#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("target").required(true).args(["all", "tag", "attr"])),
    after_help = "\
Examples:
  # every user (asks first; --yes off a terminal)
  imctl push send --all --text 'maintenance at 22:00' --yes
  # users with both tags, kept offline for a day, with a push title
  imctl push send --tag vip --tag shenzhen --text 'new offer' \\
      --lifetime 1d --push-title Offers --yes
  # users with either attribute value
  imctl push send --attr city=Shenzhen --attr city2=Beijing --attr-op or \\
      --text hi --yes
  # print the request; send nothing
  imctl --dry-run push send --all --text hi"
)]
pub struct SendArgs {
    /// Every user of the app (no Condition)
    #[arg(long)]
    pub all: bool,
    /// Users with this tag (repeatable, at most 10)
    #[arg(long, value_name = "TAG", conflicts_with = "all")]
    pub tag: Vec<String>,
    /// How several --tag combine (default: and)
    #[arg(long, value_enum, value_name = "OP", requires = "tag")]
    pub tag_op: Option<Op>,
    /// Users whose attribute NAME has VALUE (repeatable; names from `push attr-names`)
    #[arg(long, value_name = "NAME=VALUE", conflicts_with_all = ["all", "tag"])]
    pub attr: Vec<String>,
    /// How several --attr combine (default: and)
    #[arg(long, value_enum, value_name = "OP", requires = "attr")]
    pub attr_op: Option<Op>,
    /// Shown sender (an imported account; default: the app admin)
    #[arg(long, value_name = "USERID")]
    pub from: Option<String>,
    #[command(flatten)]
    pub content: BodyArgs,
    /// Keep the push offline this long for users not online: 1h, 2d or seconds (at most 7d;
    /// default 0, online users only)
    #[arg(long, value_name = "DURATION")]
    pub lifetime: Option<String>,
    #[command(flatten)]
    pub push: PushTextArgs,
}

/// The request (`MsgRandom` drawn here, once) and who it is for, in words.
fn request(args: &SendArgs) -> Result<(ImPushRequest, String), Error> {
    if let Some(from) = &args.from {
        checked_user(from).map_err(|e| Error::usage(format!("--from: {e}")))?;
    }
    let msg_body = args
        .content
        .msg_body()?
        .ok_or_else(|| Error::usage("nothing to push: give --text, --custom or --body"))?;
    let msg_life_time = lifetime(args.lifetime.as_deref())?;
    let (condition, whom) = condition(args)?;
    let push = args.push.info();
    let req = ImPushRequest {
        from_account: args.from.clone(),
        msg_random: fastrand::u32(..),
        msg_life_time,
        msg_body,
        offline_push_info: push,
        condition,
    };
    Ok((req, whom))
}

fn condition(args: &SendArgs) -> Result<(Option<Condition>, String), Error> {
    // (clap's `requires` does not hold these when --all satisfies the target group.)
    if args.tag_op.is_some() && args.tag.is_empty() {
        return Err(Error::usage("--tag-op needs --tag"));
    }
    if args.attr_op.is_some() && args.attr.is_empty() {
        return Err(Error::usage("--attr-op needs --attr"));
    }
    if args.all {
        return Ok((None, "every user".into()));
    }
    if !args.tag.is_empty() {
        if args.tag.len() > PUSH_TAGS_PER_CALL {
            return Err(Error::usage(format!(
                "{} --tag given; a push selects on at most {PUSH_TAGS_PER_CALL}",
                args.tag.len()
            )));
        }
        let mut tags: Vec<String> = Vec::new();
        for tag in &args.tag {
            checked_text("--tag", tag)?;
            if tags.contains(tag) {
                return Err(Error::usage(format!("--tag `{tag}` given twice")));
            }
            tags.push(tag.clone());
        }
        let (word, c) = match args.tag_op.unwrap_or_default() {
            Op::And => (
                "all",
                Condition {
                    tags_and: Some(tags.clone()),
                    ..Condition::default()
                },
            ),
            Op::Or => (
                "any",
                Condition {
                    tags_or: Some(tags.clone()),
                    ..Condition::default()
                },
            ),
        };
        return Ok((
            Some(c),
            format!("users with {word} of the tags {}", tags.join(", ")),
        ));
    }
    let attrs = attr_pairs("--attr", &args.attr)?;
    let shown: Vec<String> = attrs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let (word, c) = match args.attr_op.unwrap_or_default() {
        Op::And => (
            "all",
            Condition {
                attrs_and: Some(attrs),
                ..Condition::default()
            },
        ),
        Op::Or => (
            "any",
            Condition {
                attrs_or: Some(attrs),
                ..Condition::default()
            },
        ),
    };
    Ok((
        Some(c),
        format!("users with {word} of {}", shown.join(", ")),
    ))
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

pub fn run(ctx: &mut Ctx, args: &SendArgs) -> Result<Exit, Error> {
    let (req, whom) = request(args)?;
    let rest = Rest::open(ctx)?;
    if ctx.global.dry_run {
        call::<ImPush>(ctx, &rest, &req, &[])?;
        return Ok(Exit::Ok);
    }
    let app = rest.sdkappid();
    let dir = ctx.env.data_dir()?;
    let mut quota = Quota::load(&dir)?;
    if let Verdict::UsedUp(count) = quota.verdict(app, now_ms()) {
        return Err(used_up(app, count, &dir));
    }
    ctx.confirm(&format!(
        "Push this message to {whom} of app {app}? A push cannot be recalled."
    ))?;
    if let Verdict::Wait(ms) = quota.verdict(app, now_ms()) {
        ctx.out.status(&format!(
            "waiting {ms} ms: pushes must be more than 1 second apart"
        ));
        std::thread::sleep(Duration::from_millis(ms));
    }
    let answer = match call::<ImPush>(ctx, &rest, &req, &[]) {
        Ok(answer) => answer,
        Err(e) => {
            if matches!(&e, Error::Api { code, .. } if *code == codes::PUSH_QUOTA_EXCEEDED) {
                quota.used_up(app, now_ms())?;
            }
            return Err(e);
        }
    };
    // The push is made: a count that cannot be written is a warning, not a failed push.
    if let Err(e) = quota.record(app, now_ms()) {
        ctx.out.warn(&format!(
            "the push was made, but the local push count was not: {e}"
        ));
    }
    let Some(answer) = answer else {
        return Ok(Exit::Ok);
    };
    ctx.out.done(
        &json!({"TaskId": answer.task_id}),
        &format!("pushed to {whom}: TaskId {}", answer.task_id),
    )?;
    Ok(Exit::Ok)
}

fn used_up(app: u32, count: u32, dir: &std::path::Path) -> Error {
    Error::Failed(format!(
        "app {app} has made {count} pushes today (UTC), the documented daily quota of \
         {PUSH_PER_DAY} (90047); nothing was sent. The count is kept in {}; it starts again \
         at 00:00 UTC",
        dir.join(super::quota::FILE).display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Debug, Parser)]
    struct Cli {
        #[command(flatten)]
        send: SendArgs,
    }

    fn condition_of(args: &[&str]) -> Result<Option<serde_json::Value>, String> {
        let mut argv = vec!["push-send", "--text", "hi"];
        argv.extend_from_slice(args);
        let cli = Cli::try_parse_from(argv).map_err(|e| e.to_string())?;
        request(&cli.send)
            .map(|(req, _)| req.condition.map(|c| serde_json::to_value(c).unwrap()))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn the_target_flags_make_the_documented_condition() {
        assert_eq!(condition_of(&["--all"]).unwrap(), None);
        assert_eq!(
            condition_of(&["--tag", "a", "--tag", "b"]).unwrap(),
            Some(json!({"TagsAnd": ["a", "b"]}))
        );
        assert_eq!(
            condition_of(&["--tag", "a", "--tag-op", "or"]).unwrap(),
            Some(json!({"TagsOr": ["a"]}))
        );
        assert_eq!(
            condition_of(&["--attr", "city=SZ", "--attr", "sex=F", "--attr-op", "or"]).unwrap(),
            Some(json!({"AttrsOr": {"city": "SZ", "sex": "F"}}))
        );
    }

    #[test]
    fn a_bad_target_is_refused_before_sending() {
        for bad in [
            &[][..],
            &["--all", "--tag", "a"],
            &["--tag", "a", "--attr", "k=v"],
            &["--tag", "a", "--tag", "a"],
            &["--tag", ""],
            &["--attr", "novalue"],
            &["--attr", "k=v", "--attr", "k=w"],
            &["--all", "--lifetime", "8d"],
            &["--all", "--tag-op", "or"],
            &["--all", "--attr-op", "and"],
        ] {
            assert!(condition_of(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn the_old_title_and_desc_spellings_still_work() {
        let cli =
            Cli::try_parse_from(["x", "--all", "--text", "hi", "--title", "T", "--desc", "D"])
                .unwrap();
        let (req, _) = request(&cli.send).unwrap();
        let push = req.offline_push_info.unwrap();
        assert_eq!(
            (push.title.as_deref(), push.desc.as_deref()),
            (Some("T"), Some("D"))
        );
    }
}
