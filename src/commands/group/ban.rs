//! `imctl group members ban|unban GROUP USERID…`: AVChatRoom bans (`ban_group_member`,
//! `unban_group_member`, spec §4.15) through the bulk engine, 20 users a request (the documented
//! most): up to 20 users is one request, more (or `--file`) are batches with the engine's
//! failures file, checkpoint and summary. A banned user is put out of the room and cannot join
//! again until the ban ends; other group types, and plans without the feature, answer 10007.

use clap::Args;

use super::checked_group;
use crate::api::wire::group::{
    BanGroupMember, BanGroupMemberRequest, UnbanGroupMember, UnbanGroupMemberRequest,
};
use crate::api::wire::Endpoint;
use crate::bulk::{EndpointOp, Input, ItemResult, Record};
use crate::commands::bulk_args::{self, BulkFileArgs, Presentation};
use crate::commands::Ctx;
use crate::domain::group::check_text;
use crate::domain::limits::{BAN_BATCH, BAN_DESCRIPTION_BYTES};
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct BanArgs {
    /// GroupId (an AVChatRoom)
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// UserIDs to ban
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    /// How long: 1h, 30m, 2d, plain seconds (at most 4294967295 s)
    #[arg(long, value_name = "DURATION")]
    pub duration: String,
    /// Why (the ban's Description, at most 1,000 bytes)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

#[derive(Debug, Args)]
pub struct UnbanArgs {
    /// GroupId (an AVChatRoom)
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// UserIDs whose ban ends now
    #[arg(value_name = "USERID", required_unless_present = "file")]
    pub users: Vec<String>,
    #[command(flatten)]
    pub bulk: BulkFileArgs,
}

/// `--duration` as the request's `Duration`: 1 s to u32 seconds (0 is what `unban` is for).
fn ban_seconds(text: &str) -> Result<u32, Error> {
    let secs =
        crate::units::parse_duration(text).map_err(|e| Error::usage(format!("--duration: {e}")))?;
    match u32::try_from(secs) {
        Ok(0) => Err(Error::usage(
            "--duration 0 bans nobody; lift a ban with `imctl group members unban`",
        )),
        Ok(s) => Ok(s),
        Err(_) => Err(Error::usage(format!(
            "--duration {text} is over the most a ban lasts ({} s)",
            u32::MAX
        ))),
    }
}

/// One request per 20 users to `E`, each user done when the request is accepted (the answer
/// is the envelope alone); a user listed twice is sent once.
fn op<E: Endpoint>(
    name: &'static str,
    group: String,
    request: impl Fn(&[Record]) -> E::Request + Send + Sync + 'static,
) -> EndpointOp<E> {
    let mut op = EndpointOp::<E>::new(name, BAN_BATCH, request, |records, _, _| {
        vec![ItemResult::Done(None); records.len()]
    });
    op.target = Some(group);
    op.dedup = true;
    op.explain = super::group_failure;
    op
}

pub fn ban(ctx: &mut Ctx, args: &BanArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?.to_string();
    let duration = ban_seconds(&args.duration)?;
    if let Some(reason) = &args.reason {
        check_text("--reason", reason, BAN_DESCRIPTION_BYTES).map_err(Error::usage)?;
    }
    let input = args.bulk.input(&args.users)?;
    if !ctx.global.dry_run {
        let what = match &args.bulk.file {
            Some(path) => format!("every user listed in {}", path.display()),
            None => format!("{} user(s): {}", args.users.len(), args.users.join(", ")),
        };
        ctx.confirm(&format!(
            "Ban {what} from {group} for {duration} s (they leave the room and cannot rejoin)?"
        ))?;
    }
    let description = args.reason.clone();
    let request_group = group.clone();
    let op = op::<BanGroupMember>("group-members-ban", group, move |records| {
        BanGroupMemberRequest {
            group_id: request_group.clone(),
            members_account: records.iter().map(|r| r.user.clone()).collect(),
            duration,
            description: description.clone(),
        }
    });
    run(ctx, &args.bulk, input, op, "banned")
}

pub fn unban(ctx: &mut Ctx, args: &UnbanArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?.to_string();
    let input = args.bulk.input(&args.users)?;
    let request_group = group.clone();
    let op = op::<UnbanGroupMember>("group-members-unban", group, move |records| {
        UnbanGroupMemberRequest {
            group_id: request_group.clone(),
            members_account: records.iter().map(|r| r.user.clone()).collect(),
        }
    });
    run(ctx, &args.bulk, input, op, "unbanned")
}

/// The job, 20 users a request unless `--batch-size` says fewer; the one bulk summary.
fn run<E>(
    ctx: &mut Ctx,
    bulk: &BulkFileArgs,
    input: Input,
    op: EndpointOp<E>,
    verb: &str,
) -> Result<Exit, Error>
where
    E: Endpoint + 'static,
    E::Request: Send + Sync,
    E::Response: Send,
{
    let mut opts = bulk.options(ctx.global.dry_run);
    opts.batch_size = Some(opts.batch_size.unwrap_or(BAN_BATCH));
    bulk_args::run(
        ctx,
        input,
        op,
        opts,
        Presentation {
            columns: Vec::new(),
            verb,
            noun: "user(s)",
        },
    )
}
