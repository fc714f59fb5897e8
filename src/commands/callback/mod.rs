//! `imctl callback events | check-url | sign | verify` (offline), `trigger` (sends one event to
//! your handler) and `listen` (a local receiver). The rules and checks live in
//! [`crate::callback`]; each verb's file turns flags into calls and results into output.

mod check_url;
mod events;
mod listen;
mod sign;
mod trigger;
mod verify;

use std::fmt;
use std::io::Read;
use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::callback::Token;
use crate::commands::Ctx;
use crate::config::Env;
use crate::error::{Error, Exit};

pub use check_url::CheckUrlArgs;
pub use events::EventsArgs;
pub use listen::ListenArgs;
pub use sign::SignArgs;
pub use trigger::TriggerArgs;
pub use verify::VerifyArgs;

/// Environment variable holding the callback token.
pub const TOKEN_ENV: &str = "IMCTL_CALLBACK_TOKEN";
/// A console token is short; anything past this in a token file is not one.
const MAX_TOKEN_FILE_BYTES: u64 = 4096;

#[derive(Debug, Subcommand)]
pub enum CallbackCommand {
    /// The callback events: when each is sent, what your answer can do, a sample body
    #[command(after_help = "\
Examples:
  imctl callback events
  imctl callback events C2C.CallbackBeforeSendMsg
  # case does not matter
  imctl callback events group.callbackbeforesendmsg -o json
  imctl callback events -o json \\
      | jq -r '.[] | select(.Phase == \"before\") | .CallbackCommand'

JSON (-o json): the list is an array of
  {\"CallbackCommand\", \"Phase\": \"before\"|\"after\", \"Effects\": [\"allow\"|\"reject\"|\"drop\"|\"modify\"],
   \"RejectCode\": N|null, \"Description\"}
one EVENT adds \"CustomRejectCodes\": {\"From\", \"To\"}|null, \"OnFailure\", \"TimeoutMs\",
  \"Answers\": [{\"Effect\", \"Answer\"}], \"SampleBody\". See docs/output-callback.md.

Exit status: 0; 2 for an unknown EVENT (the closest names are suggested).")]
    Events(EventsArgs),
    /// Check a callback URL against the console's rules
    #[command(after_help = "\
Examples:
  imctl callback check-url https://im-callback.example.com/tencent
  imctl callback check-url http://123.123.123.123/imcallback
  imctl callback check-url https://example.com:4433/cb \\
      --previous https://example.com/cb
  imctl callback check-url \"$URL\" -o json

Every broken rule is named: scheme, credentials, host_missing, host_characters, empty_label,
hyphen_repeated, hyphen_alone, hyphen_edge, domain_length, ipv4, ipv6_host, port,
url_characters. Warnings do not fail the check: port_prefix (with --previous), fragment,
not_public.

JSON (-o json): {\"Url\", \"Valid\", \"Scheme\", \"Host\", \"HostKind\", \"Port\", \"Previous\",
  \"Violations\": [{\"Rule\", \"Message\"}], \"Warnings\": [{\"Rule\", \"Message\"}], \"Notes\"}

Exit status: 0 when the URL follows every rule (even with warnings), 1 when it breaks one;
2 for command-line mistakes (no URL, or a --previous URL whose port cannot be told).")]
    CheckUrl(CheckUrlArgs),
    /// Compute the Sign the service adds to an authenticated callback
    #[command(after_help = "\
Examples:
  # prints 17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061
  imctl callback sign --token xxxxyyyy --time 1669872112
  IMCTL_CALLBACK_TOKEN=xxxxyyyy imctl callback sign -o json
  imctl callback sign --token-file callback.token

Sign = lowercase hex SHA256(token + RequestTime). The token is a secret: prefer --token-file
or IMCTL_CALLBACK_TOKEN to --token, which other local users can see in the process list.

JSON (-o json): {\"Sign\", \"RequestTime\", \"Query\": \"Sign=…&RequestTime=…\"}")]
    Sign(SignArgs),
    /// Check a received callback URL: Sign, RequestTime freshness and SdkAppid
    #[command(after_help = "\
Examples:
  # the URL your handler was called with (…?SdkAppid=…&Sign=…&RequestTime=…)
  imctl callback verify --token-file callback.token --sdkappid 1400000000 \\
      \"$URL\"
  # the URL on stdin
  pbpaste | imctl callback verify --token-file callback.token -
  imctl callback verify --token xxxxyyyy \"$URL\" --now 1669872112 -o json

Every check runs and is reported: Sign (SHA256(token + RequestTime), compared in constant
time), RequestTime (within ±60 s of now), SdkAppid (the --sdkappid or profile's; skipped
when none is configured). A full URL, a request target (/path?…) or the query alone works.

JSON (-o json): {\"Valid\", \"CallbackCommand\", \"KnownCommand\", \"SdkAppid\", \"ExpectedSdkAppid\",
  \"RequestTime\", \"Now\", \"AgeSeconds\", \"Checks\": [{\"Check\", \"Result\", \"Reason\", \"Message\"}],
  \"Failed\": [names]}

Exit status: 0 when no check failed, 1 when one did, 3 when no token is given.")]
    Verify(VerifyArgs),
    /// Receive callbacks locally: check each like a careful handler, answer, print and record it
    #[command(after_help = "\
Examples:
  imctl callback listen --listen 127.0.0.1:8080 --token-file callback.token \\
      --sdkappid 1400000000
  imctl callback listen --listen 127.0.0.1:0 --respond reject -o jsonl \\
      | jq .CallbackCommand
  imctl callback listen --token-file callback.token \\
      --forward-to http://127.0.0.1:3000/im/callback
  imctl callback listen --duration 10m --max-body 256K
  # what was received
  imctl logs query --kind callback --event C2C.CallbackBeforeSendMsg

POST on any path is taken (the console URL may carry one). Each request is checked: Sign
(SHA256(token + RequestTime), constant time), RequestTime within ±60 s, SdkAppid (the global
--sdkappid or the profile's), then the body (a JSON object with the query's CallbackCommand).
Refusals, each said on stderr with its reason and answered
{\"ActionStatus\":\"FAIL\",\"ErrorCode\":1,\"ErrorInfo\":reason}: 401 bad Sign or RequestTime,
403 another app's SdkAppid, 400 not a JSON object or no/mismatched CallbackCommand, 405 not
POST, 413 a body over --max-body (read no further; default 1M).

Accepted events get, within the 2 s budget, the --respond answer (allow: ErrorCode 0; reject:
ErrorCode 1 to before-callbacks; drop: ErrorCode 2 to before-send ones; after-callbacks are
always acknowledged), or with --forward-to your handler's answer (it has 1500 ms, else the
--respond answer is given and stderr says so). One line per event on stdout (-o jsonl: one
JSON object a line, flushed at once; see docs/output-callback-listen.md); every request,
accepted or refused, is recorded for `imctl logs` (never the token, Sign or message text).
The ready line on stderr ends with the URL.

Exit status: 0 when --duration ends or on Ctrl-C; 2 for a bad flag; 3 for a bad token source;
1 when the address cannot be listened on.")]
    Listen(ListenArgs),
    /// Send a realistic, signed event to your handler and judge its answer like the service
    #[command(after_help = "\
Examples:
  imctl callback trigger C2C.CallbackBeforeSendMsg \\
      --url http://127.0.0.1:8080/im/callback \\
      --token-file callback.token --sdkappid 1400000000
  BODY='[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"buy now\"}}]'
  imctl callback trigger Group.CallbackBeforeSendMsg --url \"$URL\" \\
      --set GroupId=@TGS#2J4SZEAEL --set \"MsgBody=$BODY\"
  imctl callback trigger State.StateChange --url \"$URL\" --file login.json \\
      -o json
  # print, send nothing
  imctl callback trigger C2C.CallbackAfterSendMsg --url \"$URL\" --dry-run

Sends POST URL?SdkAppid=…&CallbackCommand=EVENT&contenttype=json&ClientIP=…&OptPlatform=…
[&Sign=…&RequestTime=…] (signed when a token is given: --token-file, --token or
IMCTL_CALLBACK_TOKEN) with the event's sample body (`imctl callback events EVENT`), its times,
MsgSeq, MsgRandom/Random and MsgKey fresh. SdkAppid is the global --sdkappid or the profile's.
No redirect is followed; the answer is awaited --timeout-ms (default 2000, the service's budget).

The answer is judged as the service would: HTTP 200, a JSON answer valid for the event
(ErrorCode 0 allow, 1 reject, 2 drop for before-send, custom reject codes, a rewritten MsgBody),
within 2000 ms; then what the service does to the operation is said.

JSON (-o json): {\"CallbackCommand\", \"Phase\", \"Url\", \"Signed\", \"RequestTime\", \"RequestBody\",
  \"RequestBytes\", \"HttpStatus\", \"LatencyMs\", \"BudgetMs\", \"WithinBudget\", \"Answer\", \"Valid\",
  \"Decision\", \"AnswerDecision\", \"RejectCode\", \"ErrorInfo\", \"MsgBody\", \"CloudCustomData\",
  \"Failure\": {\"Reason\", \"Message\"}|null, \"ServiceAction\", \"Notes\"}. See docs/output-callback-trigger.md.

Exit status: 0 when the handler gave a valid answer in time (whatever it decided); 1 when the
answer counts as a failure (not 200, not JSON, not a valid answer, over 2000 ms, no answer);
2 for an unknown EVENT or a bad flag; 3 without an SDKAppID; 7 when the handler cannot be reached.")]
    Trigger(TriggerArgs),
}

pub fn run(ctx: &mut Ctx, cmd: CallbackCommand) -> Result<Exit, Error> {
    match cmd {
        CallbackCommand::Events(args) => events::run(ctx, &args),
        CallbackCommand::CheckUrl(args) => check_url::run(ctx, &args),
        CallbackCommand::Sign(args) => sign::run(ctx, &args),
        CallbackCommand::Verify(args) => verify::run(ctx, &args),
        CallbackCommand::Listen(args) => listen::run(ctx, &args),
        CallbackCommand::Trigger(args) => trigger::run(ctx, &args),
    }
}

/// Where the callback token comes from: `--token`, `--token-file`, or `IMCTL_CALLBACK_TOKEN`.
#[derive(Args, Clone, Default)]
pub struct TokenArgs {
    /// The console's callback authentication token (also IMCTL_CALLBACK_TOKEN). Other local users
    /// can see it in the process list: prefer --token-file or the variable
    #[arg(long, value_name = "TOKEN", conflicts_with = "token_file")]
    pub token: Option<String>,
    /// Read the token from this file (a trailing newline is ignored)
    #[arg(long, alias = "callback-token-file", value_name = "PATH")]
    pub token_file: Option<PathBuf>,
}

impl fmt::Debug for TokenArgs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenArgs")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("token_file", &self.token_file)
            .finish()
    }
}

impl TokenArgs {
    /// The token from flag > file > environment; None when none is given.
    pub fn resolve(&self, env: &Env) -> Result<Option<Token>, Error> {
        if let Some(t) = &self.token {
            return Token::new(t.clone())
                .map(Some)
                .map_err(|m| Error::usage(format!("--token: {m}")));
        }
        if let Some(path) = &self.token_file {
            return read_token_file(path).map(Some);
        }
        match env.get(TOKEN_ENV) {
            Some(t) => Token::new(t.to_string()).map(Some).map_err(|m| {
                Error::config(
                    format!("{TOKEN_ENV}: {m}"),
                    "set it to the token of the console's callback configuration",
                )
            }),
            None => Ok(None),
        }
    }

    /// The token, or a configuration error saying how to give one.
    pub fn require(&self, env: &Env) -> Result<Token, Error> {
        self.resolve(env)?.ok_or_else(|| {
            Error::config(
                "no callback token given",
                format!(
                    "pass --token-file PATH or --token TOKEN, or set {TOKEN_ENV} (the token is in the console's callback configuration)"
                ),
            )
        })
    }
}

fn read_token_file(path: &std::path::Path) -> Result<Token, Error> {
    let what = format!("the token file {}", path.display());
    let file = std::fs::File::open(path)
        .map_err(|e| Error::config(format!("cannot read {what}: {e}"), "check the path"))?;
    let mut buf = Vec::new();
    file.take(MAX_TOKEN_FILE_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::config(format!("cannot read {what}: {e}"), "check the path"))?;
    if buf.len() as u64 > MAX_TOKEN_FILE_BYTES {
        return Err(Error::config(
            format!("{what} is larger than {MAX_TOKEN_FILE_BYTES} bytes: that is not a token"),
            "put only the token in the file",
        ));
    }
    let text = String::from_utf8(buf).map_err(|_| {
        Error::config(
            format!("{what} is not UTF-8 text"),
            "put only the token in the file",
        )
    })?;
    let token = text.strip_suffix('\n').unwrap_or(&text);
    let token = token.strip_suffix('\r').unwrap_or(token);
    Token::new(token.to_string()).map_err(|m| {
        Error::config(
            format!("{what}: {m}"),
            "put only the token in the file, on one line",
        )
    })
}

/// A `--time`/`--now` value: unix seconds from 1970 on.
fn unix_arg(flag: &str, value: Option<i64>) -> Result<i64, Error> {
    match value {
        None => Ok(crate::units::now_unix()),
        Some(t) if t >= 0 && crate::units::rfc3339(t).is_some() => Ok(t),
        Some(_) => Err(Error::usage(format!(
            "{flag} must be unix seconds between 1970 and 9999"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_sources_in_order_and_never_in_debug() {
        let env = Env::from_pairs(&[(TOKEN_ENV, "from-env")]);
        let flag = TokenArgs {
            token: Some("from-flag".into()),
            token_file: None,
        };
        assert_eq!(flag.require(&env).unwrap().expose(), "from-flag");
        assert!(!format!("{flag:?}").contains("from-flag"));
        assert_eq!(
            TokenArgs::default().require(&env).unwrap().expose(),
            "from-env"
        );
        let none = TokenArgs::default().require(&Env::from_pairs(&[]));
        assert!(matches!(none, Err(Error::Config { .. })));
    }

    #[test]
    fn token_files_lose_only_their_line_ending() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t");
        std::fs::write(&path, " spaced token \r\n").unwrap();
        let args = TokenArgs {
            token: None,
            token_file: Some(path.clone()),
        };
        let env = Env::from_pairs(&[]);
        assert_eq!(args.require(&env).unwrap().expose(), " spaced token ");
        std::fs::write(&path, "two\nlines\n").unwrap();
        let err = args.require(&env).unwrap_err().to_string();
        assert!(
            err.contains("control characters") && !err.contains("lines"),
            "{err}"
        );
    }

    #[test]
    fn times_are_checked() {
        assert_eq!(unix_arg("--time", Some(5)).unwrap(), 5);
        assert!(unix_arg("--time", Some(-1)).is_err());
        assert!(unix_arg("--time", Some(i64::MAX)).is_err());
        assert!(unix_arg("--time", None).unwrap() > 1_600_000_000);
    }
}
