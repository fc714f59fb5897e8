//! `imctl push-check USER`: the console's offline-push self-check and user status checker, from
//! what the public API exposes: the user's status per platform and what it means for a message
//! sent now, optionally a real test message with `OfflinePushInfo`, and the checklist of what
//! only the console or the phone can show.

mod checklist;
mod send_test;
mod verdict;

use crate::domain::codes;
use clap::Args;
use serde_json::{json, Map, Value};

use crate::api::wire::presence::QueryOnlineStatusRequest;
use crate::api::wire::{self, message::SendMsg, presence::QueryOnlineStatus};
use crate::commands::{rest, Ctx};
use crate::domain::user_id;
use crate::error::{Error, Exit};
use crate::output::printable;
use crate::units::human_time;
use send_test::TestMessage;
use verdict::{presence, Verdict};

const DEFAULT_TEXT: &str = "imctl push-check test message";
const DEFAULT_TITLE: &str = "imctl push-check";

#[derive(Debug, Args)]
#[command(after_help = "\
Exit status: 0 when a message sent now reaches the user (Online or PushOnline on some platform),
1 when it cannot (Offline everywhere, not imported, or the test message was refused).

Examples:
  imctl push-check alice
  imctl push-check alice --all-platforms -o json
  imctl push-check alice --send-test --push-title 'Test' \\
      --push-desc 'Can you see this?'
  # a custom message is pushed offline only with a push text
  imctl push-check alice --send-test --from bob --custom \\
      --push-desc 'custom push text'")]
pub struct PushCheckArgs {
    /// The UserID to check
    #[arg(value_name = "USERID")]
    pub user: String,
    /// List every platform (iPhone, Android, Web, PC, iPad, Mac), not only those with a login state
    #[arg(long)]
    pub all_platforms: bool,
    /// Also send a real C2C test message with OfflinePushInfo and report its result
    #[arg(long)]
    pub send_test: bool,
    /// Sender of the test message (default: the app admin)
    #[arg(long, value_name = "USERID", requires = "send_test")]
    pub from: Option<String>,
    /// Text of the test message
    #[arg(long, value_name = "TEXT", default_value = DEFAULT_TEXT, requires = "send_test")]
    pub text: String,
    /// Notification title (OfflinePushInfo.Title)
    #[arg(long = "push-title", alias = "title", value_name = "TITLE", default_value = DEFAULT_TITLE, requires = "send_test")]
    pub title: String,
    /// Notification text (OfflinePushInfo.Desc); custom messages are pushed only with it
    #[arg(
        long = "push-desc",
        alias = "desc",
        value_name = "TEXT",
        requires = "send_test"
    )]
    pub desc: Option<String>,
    /// Send a custom message (TIMCustomElem) instead of text
    #[arg(long, requires = "send_test")]
    pub custom: bool,
}

pub fn run(ctx: &mut Ctx, args: &PushCheckArgs) -> Result<Exit, Error> {
    for (flag, user) in [("USERID", Some(&args.user)), ("--from", args.from.as_ref())] {
        if let Some(user) = user {
            user_id::validate(user).map_err(|e| Error::usage(format!("{flag} `{user}`: {e}")))?;
        }
    }
    let rt = rest::runtime()?;
    let report = rt.block_on(check(ctx, args))?;
    let Some(report) = report else {
        return Ok(Exit::Ok);
    };
    let exit = if report.reachable() {
        Exit::Ok
    } else {
        Exit::Failed
    };
    let json = report.to_json();
    ctx.out.object(&json, || report.human())?;
    Ok(exit)
}

/// Everything the command found out.
struct Report {
    user: String,
    status: String,
    platforms: Vec<wire::presence::PlatformStatus>,
    verdict: Verdict,
    /// The test message's answer: `MsgKey`/`MsgTime`, or `ErrorCode`/`ErrorInfo`/`Cause`/`Fix`.
    sent: Option<Value>,
    notes: Vec<String>,
}

impl Report {
    fn reachable(&self) -> bool {
        let refused = self
            .sent
            .as_ref()
            .is_some_and(|s| s.get("ErrorCode").is_some());
        self.verdict.reachable() && !refused
    }

    fn to_json(&self) -> Value {
        let mut out = Map::new();
        out.insert("UserID".into(), json!(self.user));
        out.insert("Status".into(), json!(self.status));
        out.insert("Detail".into(), json!(self.platforms));
        out.insert("Verdict".into(), json!(self.verdict));
        out.insert("Reachable".into(), json!(self.reachable()));
        out.insert("Explanation".into(), json!(self.verdict.explain()));
        if let Some(sent) = &self.sent {
            match sent.get("MsgKey") {
                Some(_) => {
                    out.insert("MsgKey".into(), sent["MsgKey"].clone());
                    out.insert("MsgTime".into(), sent["MsgTime"].clone());
                }
                None => {
                    out.insert("SendError".into(), sent.clone());
                }
            }
        }
        out.insert("Notes".into(), json!(self.notes));
        out.insert("Checklist".into(), json!(checklist::steps()));
        Value::Object(out)
    }

    fn human(&self) -> String {
        let mut lines = vec![format!("{}: {}", self.user, printable(&self.status))];
        if !self.platforms.is_empty() {
            let width = self
                .platforms
                .iter()
                .map(|p| printable(&p.platform).chars().count())
                .max()
                .unwrap_or(0);
            for p in &self.platforms {
                lines.push(format!(
                    "  {:width$}  {}",
                    printable(&p.platform),
                    printable(&p.status)
                ));
            }
        }
        lines.push(format!("Verdict: {}", self.verdict.explain()));
        if self.verdict == Verdict::PushOnline
            && self.platforms.iter().any(|p| {
                verdict::is_ios(&p.platform) && p.status.eq_ignore_ascii_case("PushOnline")
            })
        {
            lines.push(
                "  iOS: the offline push arrives only while the app is in the background".into(),
            );
        }
        if let Some(sent) = &self.sent {
            lines.push(String::new());
            if let Some(key) = sent.get("MsgKey").and_then(Value::as_str) {
                let time = sent["MsgTime"].as_i64().map(human_time).unwrap_or_default();
                lines.push(format!(
                    "Test message: sent, MsgKey {}, at {time}",
                    printable(key)
                ));
            } else {
                lines.push(format!(
                    "Test message: refused, ErrorCode {}: {}",
                    sent["ErrorCode"],
                    printable(sent["ErrorInfo"].as_str().unwrap_or(""))
                ));
                if let (Some(cause), Some(fix)) = (sent["Cause"].as_str(), sent["Fix"].as_str()) {
                    lines.push(format!("  cause: {cause}"));
                    lines.push(format!("  fix:   {fix}"));
                }
            }
        }
        for note in &self.notes {
            lines.push(format!("  note: {note}"));
        }
        lines.push(String::new());
        lines.push("Checklist (only the console or the phone can show these):".into());
        for step in checklist::steps() {
            lines.push(format!(
                "  {}. [{}] {}",
                step.number, step.place, step.check
            ));
        }
        lines.join("\n")
    }
}

/// Queries the status and, with `--send-test`, sends the message. `None` under `--dry-run`
/// after printing what would be sent.
async fn check(ctx: &mut Ctx, args: &PushCheckArgs) -> Result<Option<Report>, Error> {
    let session = rest::connect(ctx).await?;
    let client = &session.client;
    let user = args.user.as_str();
    let test = TestMessage {
        to: user,
        from: args.from.as_deref(),
        text: &args.text,
        title: &args.title,
        desc: args.desc.as_deref(),
        custom: args.custom,
    };
    let request = QueryOnlineStatusRequest {
        to_account: vec![user.into()],
        is_need_detail: Some(1),
    };
    // Reading the status changes nothing, so it runs under --dry-run too.
    // With one account, "not imported" comes back as the call's own ErrorCode 70107 (the top
    // ErrorCode is 0 only when some account succeeded) or as an ErrorList entry.
    let (answer, mut not_imported) =
        match wire::call::<QueryOnlineStatus>(client, &request, &[user]).await {
            Err(Error::Api {
                code: codes::ACCOUNT_NOT_IMPORTED,
                ..
            }) => (Default::default(), true),
            other => (other?, false),
        };
    if let Some(err) = answer.error_list.iter().find(|e| e.to_account == user) {
        not_imported = err.error_code == codes::ACCOUNT_NOT_IMPORTED;
        if !not_imported {
            return Err(Error::Api {
                endpoint: "v4/openim/query_online_status".into(),
                code: err.error_code,
                info: format!("the service could not read the status of {user}"),
            });
        }
    }
    let item = answer.query_result.iter().find(|r| r.to_account == user);
    let mut report = match item {
        Some(item) => {
            let p = presence(item, args.all_platforms);
            Report {
                user: user.into(),
                status: p.status,
                platforms: p.platforms,
                verdict: p.verdict,
                sent: None,
                notes: Vec::new(),
            }
        }
        // Only the service's own 70107 says "not imported"; silence about the user says nothing.
        None => {
            let verdict = if not_imported {
                Verdict::NotImported
            } else {
                Verdict::NotReported
            };
            Report {
                user: user.into(),
                status: format!("{verdict:?}"),
                platforms: Vec::new(),
                verdict,
                sent: None,
                notes: Vec::new(),
            }
        }
    };
    if !args.send_test {
        return Ok(Some(report));
    }
    match report.verdict {
        Verdict::NotImported => {
            report
                .notes
                .push("no test message sent: the receiver is not imported".into());
            return Ok(Some(report));
        }
        Verdict::NotReported => {
            report
                .notes
                .push("no test message sent: the receiver's status is unknown".into());
            return Ok(Some(report));
        }
        _ => {}
    }
    report.notes.extend(test.notes());
    let body = test.request(fastrand::u32(..));
    if session.dry_run {
        let preview = client.preview("openim", "sendmsg", &wire::body::<SendMsg>(&body));
        rest::print_preview(ctx, &preview)?;
        return Ok(None);
    }
    report.sent = Some(match wire::call::<SendMsg>(client, &body, &[user]).await {
        Ok(sent) => json!({"MsgKey": sent.msg_key, "MsgTime": sent.msg_time}),
        Err(err) => send_test::refused(err)?,
    });
    if report.verdict == Verdict::Offline
        && report
            .sent
            .as_ref()
            .is_some_and(|s| s.get("MsgKey").is_some())
    {
        report.notes.push(
            "the message was stored: the user gets it at the next login, but no push reaches an Offline user".into(),
        );
    }
    Ok(Some(report))
}
