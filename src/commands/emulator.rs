//! `imctl emulator`: runs the local REST backend in the foreground until Ctrl-C;
//! `imctl emulator set-status` tells a running one that a user's device changed state.

use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::api::wire::emulator::{SetStatus, SetStatusRequest};
use crate::api::wire::{self, Endpoint};
use crate::callback;
use crate::commands::callback::TokenArgs;
use crate::commands::{rest, Ctx};
use crate::domain::user_id;
use crate::emulator::callbacks::CallbackConfig;
use crate::emulator::faults::FaultKind;
use crate::emulator::services::presence::{PLATFORMS, STATUSES};
use crate::emulator::{Emulator, EmulatorConfig, EventLog, ServerEvent, ServerLimits};
use crate::error::{Error, Exit};
use crate::output::DetailSink;
use crate::secret::SecretKey;

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "\
Examples:
  # No app configured: the --sandbox SDKAppID (1400000000) and public key
  imctl emulator
  imctl emulator --sdkappid 1400000000 --key-file examples/demo.key
  imctl emulator --listen 127.0.0.1:0 --data ./emu --latency 50 --throttle
  # 20 members a group, at most 100 groups
  imctl emulator --edition trial
  # one line per request on stderr
  imctl -v emulator --listen 127.0.0.1:0
  # which documented endpoints it answers (no server started)
  imctl emulator --list-endpoints -o json
  # then, in another terminal
  imctl --endpoint http://127.0.0.1:9901 --sdkappid 1400000000 \\
      --key-file examples/demo.key account check alice"
)]
pub struct EmulatorArgs {
    #[command(subcommand)]
    pub command: Option<EmulatorCommand>,
    /// Print every documented endpoint, implemented or not implemented, and exit (no server)
    #[arg(long)]
    pub list_endpoints: bool,
    /// Address to listen on (port 0 picks a free one; the URL is printed on stderr)
    #[arg(long, default_value = "127.0.0.1:9901", value_name = "ADDR")]
    pub listen: String,
    /// Keep state in SQLite in this directory (survives restarts and kill -9)
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Delay every answer by this many milliseconds
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency: u64,
    /// Fail this fraction of requests (HTTP 5xx, resets, timeouts, throttling codes)
    #[arg(long, value_name = "P", default_value_t = 0.0)]
    pub fail_rate: f64,
    /// Seed for --fail-rate, for reproducible runs
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub seed: u64,
    /// Which failures --fail-rate injects (comma-separated)
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KINDS",
          default_values_t = [FaultKind::Http5xx, FaultKind::Throttle, FaultKind::Reset, FaultKind::Hang])]
    pub fault_kinds: Vec<FaultKind>,
    /// Enforce the documented per-command QPS, answering ErrorCode 60007 above it (and 40
    /// messages a second per group, 10023)
    #[arg(long)]
    pub throttle: bool,
    /// Plan whose limits apply: trial, pro or ultimate (default members a group: 20, 200, 2000;
    /// Trial holds at most 100 groups)
    #[arg(long, value_name = "EDITION", default_value = "ultimate",
          value_parser = crate::domain::group::Edition::parse)]
    pub edition: crate::domain::group::Edition,
    /// Send the app backend's callbacks (spec §9: signed, documented query and bodies) to this URL
    #[arg(long, value_name = "URL")]
    pub callback_url: Option<String>,
    /// Sign callbacks with this token (also IMCTL_CALLBACK_TOKEN); other local users can see it in
    /// the process list: prefer --callback-token-file or the variable
    #[arg(
        long,
        value_name = "TOKEN",
        requires = "callback_url",
        conflicts_with = "callback_token_file"
    )]
    pub callback_token: Option<String>,
    /// Read the callback token from this file
    #[arg(long, value_name = "PATH", requires = "callback_url")]
    pub callback_token_file: Option<PathBuf>,
    /// Only these CallbackCommands, comma-separated (default: every one the emulator produces)
    #[arg(
        long,
        value_name = "LIST",
        value_delimiter = ',',
        requires = "callback_url"
    )]
    pub callback_events: Vec<String>,
    /// The custom profile fields the emulated app defines, comma-separated
    /// (Tag_Profile_Custom_Team,…): any other custom tag is refused with 40009, as the service
    /// refuses a field the console never defined [default: every well-formed custom tag]
    #[arg(long, value_name = "TAGS", value_delimiter = ',')]
    pub custom_profile_fields: Option<Vec<String>>,
    /// Seconds a client has to send a request head (tests)
    #[arg(long, hide = true, value_name = "SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
    pub header_timeout: u64,
    /// Seconds a client has to send a request body (tests)
    #[arg(long, hide = true, value_name = "SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
    pub body_timeout: u64,
    /// Cap on the request bytes in flight, in MiB (tests)
    #[arg(long, hide = true, value_name = "MIB", default_value_t = 256, value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_inflight_mib: u64,
}

#[derive(Debug, Subcommand)]
pub enum EmulatorCommand {
    /// Set a user's online status on one platform in a running emulator (tests, demos)
    #[command(after_help = "\
Examples:
  imctl --endpoint http://127.0.0.1:9901 emulator set-status alice \\
      --platform iPhone --status PushOnline
  imctl --endpoint http://127.0.0.1:9901 emulator set-status alice \\
      --platform Web --status Offline")]
    SetStatus(SetStatusArgs),
}

#[derive(Debug, Args)]
pub struct SetStatusArgs {
    /// UserID (an imported account)
    #[arg(value_name = "USERID")]
    pub user: String,
    /// The device's platform
    #[arg(long, value_parser = PLATFORMS, ignore_case = true)]
    pub platform: String,
    /// What the device does: Online (connected), PushOnline (reachable by offline push), Offline
    #[arg(long, value_parser = STATUSES, ignore_case = true)]
    pub status: String,
}

pub fn run(ctx: &mut Ctx, args: &EmulatorArgs) -> Result<Exit, Error> {
    match &args.command {
        Some(EmulatorCommand::SetStatus(set)) => set_status(ctx, set),
        None if args.list_endpoints => list_endpoints(ctx),
        None => serve(ctx, args),
    }
}

/// `--list-endpoints`: one row per documented endpoint (the published samples), so a user knows
/// before their CI does which ones answer "no such command" here.
fn list_endpoints(ctx: &mut Ctx) -> Result<Exit, Error> {
    use crate::emulator::endpoints::DOCUMENTED;
    let rows: Vec<_> = DOCUMENTED
        .iter()
        .map(|(service, command, implemented)| {
            let status = if *implemented {
                "implemented"
            } else {
                "not implemented"
            };
            json!({"Service": service, "Command": command, "Status": status})
        })
        .collect();
    ctx.out.rows(&["Service", "Command", "Status"], &rows)?;
    let implemented = DOCUMENTED.iter().filter(|e| e.2).count();
    ctx.out.status(&format!(
        "{} documented endpoints, {implemented} implemented",
        DOCUMENTED.len()
    ));
    Ok(Exit::Ok)
}

/// Calls the running emulator's test-only `POST /imctl-test/set_status` with the admin's
/// UserSig, through the same client as every REST command.
fn set_status(ctx: &mut Ctx, args: &SetStatusArgs) -> Result<Exit, Error> {
    user_id::validate(&args.user)
        .map_err(|e| Error::usage(format!("`{}` is not a valid UserID: {e}", args.user)))?;
    if ctx.global.sandbox {
        return Err(Error::usage(
            "set-status talks to a running `imctl emulator`; the --sandbox one lives only as long as one command. Give the emulator's URL with --endpoint",
        ));
    }
    if ctx.settings()?.endpoint.is_none() {
        return Err(Error::usage(
            "set-status talks to a running `imctl emulator`: give its URL with --endpoint (it is printed when the emulator starts)",
        ));
    }
    let canonical = |value: &str, names: &[&'static str]| {
        names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(value))
            .map_or_else(|| value.to_string(), |n| (*n).to_string())
    };
    let request = SetStatusRequest {
        user_id: args.user.clone(),
        platform: canonical(&args.platform, &PLATFORMS),
        status: canonical(&args.status, &STATUSES),
    };
    let rest = rest::Rest::open(ctx)?;
    let body = wire::body::<SetStatus>(&request);
    let Some(_) = rest.call(
        ctx,
        SetStatus::SERVICE,
        SetStatus::COMMAND,
        &body,
        &[&args.user],
    )?
    else {
        return Ok(Exit::Ok); // --dry-run
    };
    let shown =
        json!({"UserID": request.user_id, "Platform": request.platform, "Status": request.status});
    // A change with no data of its own: the object with -o json, else a status line on stderr.
    ctx.out.done(
        &shown,
        &format!(
            "{} is now {} on {}",
            request.user_id, request.status, request.platform
        ),
    )?;
    Ok(Exit::Ok)
}

/// `--custom-profile-fields`, each a well-formed custom tag.
fn custom_profile_fields(tags: &Option<Vec<String>>) -> Result<Option<Vec<String>>, Error> {
    let Some(tags) = tags else {
        return Ok(None);
    };
    for tag in tags {
        if !crate::domain::profile_fields::is_custom(tag)
            || crate::domain::profile_fields::kind(tag).is_none()
        {
            return Err(Error::usage(format!(
                "--custom-profile-fields: `{tag}` is not a custom profile tag (Tag_Profile_Custom_ and up to 8 letters)"
            )));
        }
    }
    Ok(Some(tags.clone()))
}

/// `--callback-url` and friends, checked before the emulator starts.
fn callback_config(ctx: &Ctx, args: &EmulatorArgs) -> Result<Option<CallbackConfig>, Error> {
    let Some(url) = &args.callback_url else {
        return Ok(None);
    };
    match url::Url::parse(url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => {}
        _ => {
            return Err(Error::usage(format!(
                "--callback-url `{url}` is not an http(s) URL"
            )))
        }
    }
    let token = TokenArgs {
        token: args.callback_token.clone(),
        token_file: args.callback_token_file.clone(),
    }
    .resolve(&ctx.env)?;
    let events = if args.callback_events.is_empty() {
        None
    } else {
        let mut set = BTreeSet::new();
        for name in &args.callback_events {
            let event = callback::events::find(name).ok_or_else(|| {
                Error::usage(format!(
                    "--callback-events: `{name}` is not a CallbackCommand (imctl callback events lists them)"
                ))
            })?;
            set.insert(event.command.to_string());
        }
        Some(set)
    };
    Ok(Some(CallbackConfig {
        url: url.clone(),
        token,
        events,
    }))
}

fn serve(ctx: &mut Ctx, args: &EmulatorArgs) -> Result<Exit, Error> {
    let listen: SocketAddr = args.listen.parse().map_err(|_| {
        Error::usage(format!(
            "--listen `{}` is not an address like 127.0.0.1:9901",
            args.listen
        ))
    })?;
    if !(0.0..=1.0).contains(&args.fail_rate) {
        return Err(Error::usage("--fail-rate must be between 0 and 1"));
    }
    let settings = ctx.settings()?;
    let (sdkappid, key, defaults) = app_or_sandbox_defaults(&settings)?;
    let cfg = EmulatorConfig {
        listen,
        sdkappid,
        admin: settings.admin.clone(),
        key,
        data: args.data.clone(),
        latency: Duration::from_millis(args.latency),
        fail_rate: args.fail_rate,
        seed: args.seed,
        fault_kinds: args.fault_kinds.clone(),
        throttle: args.throttle,
        edition: args.edition,
        callbacks: callback_config(ctx, args)?,
        custom_profile_fields: custom_profile_fields(&args.custom_profile_fields)?,
    };
    let limits = ServerLimits {
        header_timeout: Duration::from_secs(args.header_timeout),
        body_timeout: Duration::from_secs(args.body_timeout),
        max_inflight_body_bytes: usize::try_from(args.max_inflight_mib * 1024 * 1024)
            .unwrap_or(usize::MAX),
        ..ServerLimits::default()
    };
    let rt = rest::runtime()?;
    // Warnings come from the runtime's workers; this thread prints them through the output.
    let (warn_tx, mut warnings) = tokio::sync::mpsc::unbounded_channel::<String>();
    rt.block_on(async {
        let mut emulator = Emulator::bind(cfg)
            .await?
            .with_limits(limits)
            .with_warnings(Arc::new(move |w: &str| {
                let _ = warn_tx.send(w.to_string());
            }));
        let sink = ctx.out.detail_sink();
        if sink.level() >= 1 {
            emulator = emulator.with_log(request_log(sink));
        }
        let bound = emulator.local_addr();
        // The ready line: scripts wait for it and read the URL from it.
        ctx.out.status(&format!(
            "imctl emulator listening on {}",
            client_url(bound)
        ));
        if let Some(note) = defaults {
            ctx.out.status(&note);
        }
        if let Some(warning) = exposure_warning(bound, sdkappid) {
            ctx.out.warn(&warning);
        }
        let serve = emulator.serve(async {
            let _ = tokio::signal::ctrl_c().await;
        });
        tokio::pin!(serve);
        loop {
            tokio::select! {
                done = &mut serve => break done,
                Some(warning) = warnings.recv() => ctx.out.warn(&warning),
            }
        }
    })?;
    Ok(Exit::Ok)
}

/// The configured SDKAppID and key, each falling back to the `--sandbox` default when none is
/// configured (a newcomer can start an emulator with no app at all), and the note saying which
/// defaults are in use. A configured value always wins.
fn app_or_sandbox_defaults(
    settings: &crate::config::Settings,
) -> Result<(u32, SecretKey, Option<String>), Error> {
    let mut defaulted = Vec::new();
    let sdkappid = settings.sdkappid.unwrap_or_else(|| {
        defaulted.push(format!("SDKAppID {}", rest::SANDBOX_SDKAPPID));
        rest::SANDBOX_SDKAPPID
    });
    let key = match &settings.key {
        Some(key) => key.clone(),
        None => {
            defaulted.push("the public sandbox key (examples/demo.key)".to_string());
            rest::sandbox_key()?
        }
    };
    let note = (!defaulted.is_empty()).then(|| {
        format!(
            "no app configured: using the --sandbox defaults, {} (clients need the same; \
             pass --sdkappid and --key-file to emulate your own app)",
            defaulted.join(" and ")
        )
    });
    Ok((sdkappid, key, note))
}

/// A URL a client on this machine can use: an unspecified address (0.0.0.0, ::) is reached
/// through loopback.
fn client_url(bound: SocketAddr) -> String {
    let ip = match bound.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}", SocketAddr::new(ip, bound.port()))
}

/// The warning for an address other machines can reach.
fn exposure_warning(bound: SocketAddr, sdkappid: u32) -> Option<String> {
    let ip = bound.ip();
    if ip.is_loopback() {
        return None;
    }
    let reach = if ip.is_unspecified() {
        format!(
            "listening on all interfaces ({bound}): other machines reach it at http://<this machine's address>:{}",
            bound.port()
        )
    } else {
        format!("listening on {bound}, an address other machines can reach")
    };
    Some(format!(
        "{reach}. Anyone who can connect may call it as the app admin of SDKAppID {sdkappid} with UserSigs made from the key it was given, over plain HTTP. Use --listen 127.0.0.1:{} to keep it on this machine.",
        bound.port()
    ))
}

/// `-v`: one line per request, through the output's thread-safe sink.
fn request_log(sink: DetailSink) -> EventLog {
    Arc::new(move |event: &ServerEvent<'_>| {
        let line = match event {
            ServerEvent::Request(r) => {
                let status = r
                    .status
                    .map_or_else(|| "closed unanswered".to_string(), |s| format!("HTTP {s}"));
                let code = r
                    .error_code
                    .map_or_else(|| "no ErrorCode".to_string(), |c| format!("ErrorCode {c}"));
                format!(
                    "emulator: {}: {status}, {code}, {} ms",
                    escape(r.route),
                    r.latency.as_millis()
                )
            }
            ServerEvent::AcceptFailed(e) => {
                format!("emulator: cannot accept a connection ({e}); retrying shortly")
            }
        };
        sink.lines(1, &[line]);
    })
}

/// A client-chosen path, with anything but printable ASCII escaped.
fn escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            if c.is_ascii_graphic() {
                vec![c]
            } else {
                c.escape_default().collect()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_warnings() {
        let any: SocketAddr = "0.0.0.0:9901".parse().unwrap();
        assert_eq!(client_url(any), "http://127.0.0.1:9901");
        assert_eq!(client_url("[::]:5".parse().unwrap()), "http://[::1]:5");
        assert!(exposure_warning(any, 1).unwrap().contains("all interfaces"));
        assert!(exposure_warning("127.0.0.1:1".parse().unwrap(), 1).is_none());
        assert!(exposure_warning("192.168.1.2:1".parse().unwrap(), 1).is_some());
    }
}
