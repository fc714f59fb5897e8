//! `imctl logs query | tail`: the console's self-troubleshooting filters over the local log
//! ([`crate::store`]): REST calls imctl made and callback requests `callback listen` received.
//! `history` downloads and reads the service's hourly chat-history archives.

pub(crate) mod filters;
mod history;
mod query;
mod render;
mod tail;

use clap::Subcommand;

use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::store::{Store, DEFAULT_RETENTION_DAYS};
use crate::units::now_unix;

pub use filters::FilterArgs;
pub use query::QueryArgs;
pub use tail::TailArgs;

#[derive(Debug, Subcommand)]
pub enum LogsCommand {
    /// Search the log of REST calls and received callbacks (last 3 days by default)
    #[command(after_help = "\
Examples:
  # everything of the last 3 days, newest first
  imctl logs query
  imctl logs query --user alice --since 1h
  imctl logs query --kind rest --error-code 70107
  imctl logs query --event sendmsg --peer bob
  imctl logs query --kind callback --event C2C.CallbackBeforeSendMsg -o json
  imctl logs query --peer @TGS#2J4SZEAEL --since 2024-05-01T08:00:00+08:00 \\
      --until 2024-05-01T09:00:00+08:00
  imctl logs query --limit 1000 -o jsonl \\
      | jq -r 'select(.ErrorCode != 0) | .Event'

The log lives in the data dir (IMCTL_DATA_DIR) and keeps 7 days (IMCTL_LOG_RETENTION_DAYS).
REST calls are recorded by every REST command (not with IMCTL_NO_LOG=1); callback requests
by `imctl callback listen`. Never the key, a UserSig, a callback token or message text.

--event matches an endpoint (v4/openim/sendmsg, openim/sendmsg or sendmsg) or a
CallbackCommand (C2C.CallbackBeforeSendMsg; CallbackBeforeSendMsg matches C2C and Group), in
any case. --user matches a user in any role; --peer a receiver (To_Account) or a group. REST
calls record the IDs they were about without roles: both match any of them.

JSON (-o json: an array; -o jsonl: one a line): {\"Time\", \"Kind\": \"rest\"|\"callback\", \"Event\",
  \"IDs\", \"ErrorCode\", \"ErrorInfo\", \"Result\", \"DurationMs\", ...}; rest adds \"Profile\",
  \"RequestId\", \"Attempts\"; callback adds \"SdkAppid\", \"ClientIP\", \"OptPlatform\", \"From\",
  \"Operator\", \"To\", \"GroupId\", \"BodyBytes\". See docs/output-logs.md.

Nothing matching: a note on stderr, nothing on stdout ([] with -o json); exit 0.")]
    Query(QueryArgs),
    /// Follow new log entries as other imctl processes write them
    #[command(after_help = "\
Examples:
  # until Ctrl-C
  imctl logs tail
  # while `imctl callback listen` runs elsewhere
  imctl logs tail --kind callback
  imctl logs tail --user alice --duration 10m -o jsonl
  imctl logs tail --error-code 20006 -o text

Shows only entries written after it starts, oldest first, one a line (-o json and -o jsonl
print one JSON object a line, in the shape of `logs query -o json`). Takes the filters of
`logs query` except the time range and --limit.

Exit status: 0 when --duration elapses or on Ctrl-C (following is stopped, not failed).")]
    Tail(TailArgs),
    /// Download, check and read one hour of all C2C or group messages
    History(history::HistoryArgs),
}

pub fn run(ctx: &mut Ctx, cmd: LogsCommand) -> Result<Exit, Error> {
    match cmd {
        LogsCommand::Query(args) => query::run(ctx, &args),
        LogsCommand::Tail(args) => tail::run(ctx, &args),
        LogsCommand::History(args) => history::run(ctx, &args),
    }
}

/// The store in the data dir, with the retention the REST commands prune to.
fn open_store(ctx: &Ctx) -> Result<Store, Error> {
    let retention = ctx
        .env
        .get("IMCTL_LOG_RETENTION_DAYS")
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_RETENTION_DAYS);
    let dir = ctx.env.data_dir()?;
    Store::open(&dir, retention, now_unix())
        .map_err(|e| Error::Failed(format!("cannot open the log: {e}")))
}
