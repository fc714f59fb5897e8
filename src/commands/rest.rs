//! What every REST command shares: the async runtime, the endpoint rules, the call log, and
//! `--sandbox` (an embedded emulator whose state lives in the data dir).

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

use crate::api::client::{Client, ClientConfig};
use crate::api::endpoint::checked_base_url;
use crate::api::http::parse_ca_pem;
use crate::api::observe::{CallEvent, Observer};
use crate::api::proxy::ProxyEnv;
use crate::commands::Ctx;
use crate::config::{SecretKey, Settings};
use crate::emulator::{Emulator, EmulatorConfig};
use crate::error::Error;
use crate::store::{Store, DEFAULT_RETENTION_DAYS};
use crate::units::now_unix;

/// Default time one attempt may take: the service answers within 3 s; the docs advise
/// waiting longer.
const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const ATTEMPTS: u32 = 6;
/// A CA file larger than this is not a CA file (the Mozilla bundle is about 250 KB).
const MAX_CA_FILE: u64 = 4 * 1024 * 1024;
/// The SDKAppID the sandbox uses when none is configured.
pub const SANDBOX_SDKAPPID: u32 = 1_400_000_000;
/// The sandbox's key: public on purpose (it is the official libraries' sample key).
const SANDBOX_KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

/// The key the sandbox (and an `imctl emulator` given none) signs with.
pub fn sandbox_key() -> Result<SecretKey, Error> {
    SecretKey::new(SANDBOX_KEY.into()).map_err(Error::Failed)
}

pub fn runtime() -> Result<tokio::runtime::Runtime, Error> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io("cannot start the async runtime", &e))
}

/// A connected client, and the sandbox emulator's task when `--sandbox` is on.
pub struct Session {
    pub client: Client,
    pub dry_run: bool,
    /// Where calls go: the region host, `--endpoint`, or the sandbox's loopback URL.
    pub base_url: String,
    _sandbox: Option<tokio::task::JoinHandle<()>>,
}

/// Builds the client from the resolved settings; must run inside `rt`.
///
/// `--timeout S` bounds each REST call as a whole, retries, backoff and waits included, and
/// each attempt gets at most what is left. Without it an attempt gets 10 s and a call up to 6
/// attempts, so bulk runs against a flaky server keep retrying hung requests.
pub async fn connect(ctx: &Ctx) -> Result<Session, Error> {
    connect_with(ctx, ATTEMPTS).await
}

/// [`connect`] with a chosen number of tries per call (`app doctor` asks once: a retry would
/// only hide what it is looking for).
pub async fn connect_with(ctx: &Ctx, attempts: u32) -> Result<Session, Error> {
    let settings = ctx.settings()?;
    connect_resolved(ctx, &settings, attempts).await
}

/// [`connect_with`] for settings already resolved (they read `--key-stdin` only once).
pub async fn connect_resolved(
    ctx: &Ctx,
    settings: &Settings,
    attempts: u32,
) -> Result<Session, Error> {
    let limit = timeout_flag(ctx.global.timeout)?;
    let ca = ca_file(ctx)?;
    let (attempt_timeout, call_budget) = match limit {
        None => (DEFAULT_ATTEMPT_TIMEOUT, None),
        Some(limit) => (limit, Some(limit)),
    };
    let store = open_store(ctx);
    let (base_url, sdkappid, key, sandbox) = if ctx.global.sandbox {
        let (url, sdkappid, key, task) = start_sandbox(ctx, settings).await?;
        (url, sdkappid, key, Some(task))
    } else {
        let url = base_url(settings, ctx.global.insecure_http)?;
        (
            url,
            settings.require_sdkappid()?,
            settings.require_key()?.clone(),
            None,
        )
    };
    // The sandbox is in this process: no proxy, whatever the environment says.
    let proxy = if ctx.global.sandbox {
        ProxyEnv::default()
    } else {
        proxy_env()
    };
    let client = Client::new(
        ClientConfig {
            base_url: base_url.clone(),
            sdkappid,
            admin: settings.admin.clone(),
            key,
            profile: settings.app.clone().unwrap_or_else(|| "-".into()),
            attempt_timeout,
            connect_timeout: CONNECT_TIMEOUT.min(attempt_timeout),
            call_budget,
            attempts,
            proxy,
            observer: observer(ctx),
            ca_certs: ca.map(|ca| ca.certs).unwrap_or_default(),
        },
        store,
    )?;
    ctx.out.detail(1, &client.route().explain());
    Ok(Session {
        client,
        dry_run: ctx.global.dry_run,
        base_url,
        _sandbox: sandbox,
    })
}

/// The proxy variables of this process.
pub fn proxy_env() -> ProxyEnv {
    ProxyEnv::from_lookup(|name| std::env::var(name).ok())
}

/// The extra CA certificates of `--ca-cert FILE` (env `IMCTL_CA_CERT`), trusted by every
/// REST call alongside the built-in roots.
pub struct CaFile {
    pub path: PathBuf,
    pub certs: Vec<reqwest::Certificate>,
}

/// Reads `--ca-cert` / `IMCTL_CA_CERT`, if given; an unreadable or invalid file is a
/// configuration error (exit 3), never silently ignored.
pub fn ca_file(ctx: &Ctx) -> Result<Option<CaFile>, Error> {
    let (path, origin) = match (&ctx.global.ca_cert, ctx.env.get("IMCTL_CA_CERT")) {
        (Some(path), _) => (path.clone(), "--ca-cert"),
        (None, Some(path)) => (PathBuf::from(path), "IMCTL_CA_CERT"),
        (None, None) => return Ok(None),
    };
    let source = format!("{origin} {}", path.display());
    let read = std::fs::File::open(&path).and_then(|f| {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::Read::take(f, MAX_CA_FILE + 1), &mut buf)?;
        Ok(buf)
    });
    let pem = read.map_err(|e| {
        Error::config(
            format!("cannot read {source}: {e}"),
            "give the path of a PEM file holding your CA certificate(s)",
        )
    })?;
    if pem.len() as u64 > MAX_CA_FILE {
        return Err(Error::config(
            format!(
                "{source} is larger than {} MiB: not a CA file",
                MAX_CA_FILE >> 20
            ),
            "give the path of a PEM file holding your CA certificate(s)",
        ));
    }
    let certs = parse_ca_pem(&pem, &source)?;
    Ok(Some(CaFile { path, certs }))
}

/// `--timeout SECS`, which must leave a call some time.
fn timeout_flag(secs: Option<u64>) -> Result<Option<Duration>, Error> {
    match secs {
        Some(0) => Err(Error::usage(
            "--timeout 0 leaves no time for any request: give the seconds a call may take (1 or more), or leave it out for the default (10 s per attempt, up to 6 attempts)",
        )),
        other => Ok(other.map(Duration::from_secs)),
    }
}

/// `-v`: one line per attempt on stderr; `-vv`: the URL and both bodies too, redacted.
fn observer(ctx: &Ctx) -> Option<Observer> {
    let sink = ctx.out.detail_sink();
    if sink.level() == 0 {
        return None;
    }
    Some(Arc::new(move |event: &CallEvent<'_>| {
        sink.lines(1, &describe(event, sink.level()));
    }))
}

/// The `-v` lines for one attempt.
fn describe(event: &CallEvent<'_>, level: u8) -> Vec<String> {
    let answer = match (event.status, &event.failure) {
        (Some(status), _) => format!("HTTP {status}"),
        (None, Some(why)) => format!("no answer ({why})"),
        (None, None) => "no answer".to_string(),
    };
    let code = event
        .error_code
        .map_or_else(|| "no ErrorCode".to_string(), |c| format!("ErrorCode {c}"));
    let mut lines = vec![format!(
        "{}/{}: {answer}, {code}, attempt {}, {} ms, {}",
        event.service,
        event.command,
        event.attempt,
        event.latency.as_millis(),
        event.route.short()
    )];
    if event.status.is_some() {
        if let Some(why) = &event.failure {
            lines.push(format!("  {why}"));
        }
    }
    if level >= 2 {
        lines.push(format!("  POST {}", event.url()));
        lines.push(format!("  request: {}", event.request_body()));
        if let Some(body) = event.response_body() {
            lines.push(format!("  response: {body}"));
        }
    }
    lines
}

/// The region's host, or `--endpoint`: plain HTTP only to a loopback address unless
/// `--insecure-http` says otherwise (the UserSig travels in the URL).
pub fn base_url(settings: &Settings, insecure_http: bool) -> Result<String, Error> {
    let Some(endpoint) = &settings.endpoint else {
        return Ok(settings.region.base_url());
    };
    checked_base_url(
        "--endpoint",
        endpoint,
        insecure_http,
        "the UserSig would travel unencrypted; use https or pass --insecure-http",
    )
}

/// The call log, unless `IMCTL_NO_LOG=1`; a store that cannot open only costs a warning.
fn open_store(ctx: &Ctx) -> Option<Store> {
    if ctx
        .env
        .get("IMCTL_NO_LOG")
        .is_some_and(|v| v != "0" && !v.is_empty())
    {
        return None;
    }
    let retention = ctx
        .env
        .get("IMCTL_LOG_RETENTION_DAYS")
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_RETENTION_DAYS);
    let dir = ctx.env.data_dir().ok()?;
    match Store::open(&dir, retention, now_unix()) {
        Ok(store) => Some(store),
        Err(e) => {
            ctx.out.warn(&format!("call log disabled: {e}"));
            None
        }
    }
}

/// Where the sandbox of `sdkappid` keeps its state: one emulator file per SDKAppID, so two
/// apps (`--app` profiles, `--sdkappid`, `IMCTL_SDKAPPID`) never see each other's accounts.
/// The default SDKAppID keeps `DATA_DIR/sandbox` itself, where every sandbox lived before
/// (existing sandboxes keep their state); any other gets `DATA_DIR/sandbox/SDKAPPID`.
pub fn sandbox_dir(data_dir: &std::path::Path, sdkappid: u32) -> PathBuf {
    let root = data_dir.join("sandbox");
    if sdkappid == SANDBOX_SDKAPPID {
        root
    } else {
        root.join(sdkappid.to_string())
    }
}

/// Starts the embedded emulator on a free loopback port, with state in the app's
/// [`sandbox_dir`].
/// It signs with a fixed, public sandbox key: the app's real key is never needed (nor used)
/// for a server that only ever listens on loopback inside this process.
async fn start_sandbox(
    ctx: &Ctx,
    settings: &Settings,
) -> Result<(String, u32, SecretKey, tokio::task::JoinHandle<()>), Error> {
    let sdkappid = settings.sdkappid.unwrap_or(SANDBOX_SDKAPPID);
    let dir = sandbox_dir(&ctx.env.data_dir()?, sdkappid);
    // The sandbox's state is account data: private like the rest of the data dir.
    crate::config::create_private_dir(&dir)?;
    let key = sandbox_key()?;
    let emulator = Emulator::bind(EmulatorConfig {
        listen: SocketAddr::new(IpAddr::from([127, 0, 0, 1]), 0),
        sdkappid,
        admin: settings.admin.clone(),
        key: key.clone(),
        data: Some(dir),
        latency: Duration::ZERO,
        fail_rate: 0.0,
        seed: 0,
        fault_kinds: Vec::new(),
        throttle: false,
        edition: Default::default(),
        callbacks: None,
        custom_profile_fields: None,
    })
    .await?;
    let url = emulator.base_url();
    let task = tokio::spawn(async move {
        let _ = emulator.serve(std::future::pending()).await;
    });
    ctx.out
        .detail(1, &format!("sandbox: embedded emulator at {url}"));
    Ok((url, sdkappid, key, task))
}

/// A runtime and a connected session for commands that send a few requests in turn.
pub struct Rest {
    rt: tokio::runtime::Runtime,
    session: Session,
}

impl Rest {
    pub fn open(ctx: &Ctx) -> Result<Self, Error> {
        let rt = runtime()?;
        let session = rt.block_on(connect(ctx))?;
        Ok(Rest { rt, session })
    }

    /// The SDKAppID the session signs for (the sandbox's under `--sandbox`).
    pub fn sdkappid(&self) -> u32 {
        self.session.client.sdkappid()
    }

    /// Sends one request, or prints it under `--dry-run` and returns `None`.
    pub fn call(
        &self,
        ctx: &mut Ctx,
        service: &str,
        command: &str,
        body: &Value,
        ids: &[&str],
    ) -> Result<Option<Value>, Error> {
        if self.session.dry_run {
            print_preview(ctx, &self.session.client.preview(service, command, body))?;
            return Ok(None);
        }
        self.rt
            .block_on(self.session.client.call(service, command, body, ids))
            .map(Some)
    }
}

/// Prints what `--dry-run` would send.
pub fn print_preview(ctx: &mut Ctx, preview: &Value) -> Result<(), Error> {
    ctx.out.line(&preview.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::region::Region;

    fn settings(endpoint: Option<&str>) -> Settings {
        Settings {
            app: None,
            sdkappid: Some(1),
            admin: "administrator".into(),
            region: Region::parse("singapore").unwrap(),
            endpoint: endpoint.map(String::from),
            key: None,
            config_path: PathBuf::new(),
        }
    }

    #[test]
    fn a_zero_timeout_is_a_usage_error() {
        let e = timeout_flag(Some(0)).unwrap_err();
        assert!(matches!(e, Error::Usage(_)) && e.to_string().contains("--timeout"));
        assert_eq!(timeout_flag(Some(3)).unwrap(), Some(Duration::from_secs(3)));
        assert_eq!(timeout_flag(None).unwrap(), None);
    }

    #[test]
    fn plain_http_only_to_loopback() {
        assert_eq!(
            base_url(&settings(None), false).unwrap(),
            "https://adminapisgp.im.qcloud.com"
        );
        assert!(base_url(&settings(Some("http://127.0.0.1:9901/")), false).is_ok());
        assert!(base_url(&settings(Some("http://[::1]:9901")), false).is_ok());
        assert!(base_url(&settings(Some("http://example.com")), false).is_err());
        assert!(base_url(&settings(Some("http://example.com")), true).is_ok());
        assert!(base_url(&settings(Some("ftp://x")), true).is_err());
    }
}
