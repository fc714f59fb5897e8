//! `imctl app doctor`: why nothing works, in one run. Gathers the facts (settings and where
//! each came from, the proxy route, what each host answered and when, one read-only
//! authenticated call) and hands them to `crate::diagnose`, which judges; this file renders.
//! Checks run in order and a later one is skipped, not failed, when an earlier one already
//! explains the trouble.

use std::time::Duration;

use clap::Args;
use serde_json::Value;

use crate::api::http::http_client;
use crate::api::proxy::{self, ProxyEnv, Route};
use crate::commands::rest::{
    base_url, ca_file, connect_resolved, proxy_env, runtime, CaFile, Session, SANDBOX_SDKAPPID,
};
use crate::commands::Ctx;
use crate::config::{ProfileFile, Settings};
use crate::diagnose::credentials::{self, Outcome};
use crate::diagnose::network::{self, CaInfo};
use crate::diagnose::probe::{self, Failure, HostProbe, Role, Target};
use crate::diagnose::profile::{self, source, Facts, KeyShape, Source};
use crate::diagnose::{check_json, clock, Check, Report, Status};
use crate::error::{Error, Exit};
use crate::global::OutputFormat;
use crate::output::Tone;
use crate::units::now_unix;

/// How long each probe and the authenticated call may take without `--timeout`.
const DEFAULT_WAIT: Duration = Duration::from_secs(10);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Args)]
#[command(after_help = "\
Checks, in order, each ok / warn / fail / skip with the fix:
  profile      which profile, environment variables and flags gave the SDKAppID, key (never
               shown), admin, region or endpoint
  clock        local clock against the server's Date header: warn beyond 60 s, fail beyond
               5 min (Cloud API signatures), and REST calls fail with 70001 beyond 1 h behind
  proxy        the proxy in effect for the endpoint (loopback is never proxied)
  tls          which roots verify the server (built-in Mozilla roots, plus --ca-cert FILE)
  network      which region host answers (primary and backup) and how fast; with --endpoint
               only that endpoint
  credentials  the key and the SDKAppID at this data center, from one read-only call
               (im_open_login_svc/account_check on the admin): 70009, 70014, 70016, 70020, ...
               in plain words
  admin        the admin identifier is an app admin and an imported account

Exit codes: 0 no check failed (warnings allowed) · 1 a check failed · 2 bad flags ·
3 an unreadable --ca-cert file or profiles file.
-o json: {\"Checks\": [{\"Name\", \"Status\", \"Detail\", \"Fix\", \"Data\"}], \"Result\": \"ok|warn|fail\"}
(docs/output-doctor.md); -o table / -o csv: one row per check.

Examples:
  imctl app doctor
  imctl app doctor --app prod --region singapore
  imctl app doctor --ca-cert /etc/ssl/corp-root.pem -o json
  imctl app doctor --endpoint http://127.0.0.1:9901 --sdkappid 1400000000 \\
      --key-file demo.key")]
pub struct DoctorArgs {
    /// Pretend the local clock reads this Unix time (tests of the clock check)
    #[arg(long, hide = true, value_name = "UNIX", allow_hyphen_values = true)]
    pub now: Option<i64>,
}

pub fn run(ctx: &mut Ctx, args: &DoctorArgs) -> Result<Exit, Error> {
    let ca = ca_file(ctx)?;
    let report = match ctx.settings() {
        Ok(settings) => runtime()?.block_on(examine(ctx, args, &settings, ca.as_ref()))?,
        Err(e @ Error::Usage(_)) => return Err(e),
        Err(e) => unresolved(&e),
    };
    render(ctx, &report)?;
    Ok(match report.result() {
        Status::Fail => Exit::Failed,
        _ => Exit::Ok,
    })
}

/// The settings could not be resolved (a broken profiles file, an unknown `--app`): that is
/// the finding, and nothing else can run.
fn unresolved(e: &Error) -> Report {
    let mut checks = vec![{
        let c = Check::new(profile::NAME, Status::Fail, e.to_string());
        match e.hint() {
            Some(hint) => c.fix(hint),
            None => c,
        }
    }];
    for name in [
        clock::NAME,
        network::PROXY,
        network::TLS,
        probe::NAME,
        credentials::KEY,
        credentials::ADMIN,
    ] {
        checks.push(Check::new(
            name,
            Status::Skip,
            "the settings could not be resolved (see profile)",
        ));
    }
    Report { checks }
}

async fn examine(
    ctx: &Ctx,
    args: &DoctorArgs,
    settings: &Settings,
    ca: Option<&CaFile>,
) -> Result<Report, Error> {
    let wait = ctx.global.timeout.map_or(DEFAULT_WAIT, Duration::from_secs);
    if wait.is_zero() {
        return Err(Error::usage(
            "--timeout 0 leaves no time for any probe: give the seconds each may take (1 or more)",
        ));
    }
    let sandbox = ctx.global.sandbox;
    // The sandbox's URL exists only once it runs; it answers the authenticated call too.
    let session = if sandbox {
        Some(connect_resolved(ctx, settings, 1).await?)
    } else {
        None
    };
    let targets = match &session {
        Some(s) => vec![Target {
            url: s.base_url.clone(),
            role: Role::Sandbox,
        }],
        None => targets(settings, ctx.global.insecure_http)?,
    };
    let main = url::Url::parse(&targets[0].url)
        .map_err(|e| Error::usage(format!("`{}` is not a URL: {e}", targets[0].url)))?;
    let env = if sandbox {
        ProxyEnv::default()
    } else {
        proxy_env()
    };
    let certs = ca.map(|c| c.certs.clone()).unwrap_or_default();

    let facts = facts(ctx, settings, &targets[0].url)?;
    let route = proxy::choose(&main, &env);
    let proxied = match &route {
        Ok(Route::Proxy { url, .. }) => Some(proxy::redacted(url)),
        _ => None,
    };
    let probes = probe_all(&targets, &env, &certs, wait).await;

    let local_now = args.now.unwrap_or_else(now_unix);
    let ca_info = ca.map(|c| CaInfo {
        path: c.path.display().to_string(),
        certificates: c.certs.len(),
    });
    let host = main.host_str().unwrap_or("?").to_string();
    let sdkappid = settings.sdkappid.unwrap_or(SANDBOX_SDKAPPID);
    let place = match (&settings.endpoint, sandbox) {
        (_, true) => "the sandbox".to_string(),
        (Some(_), false) => format!("endpoint {}", targets[0].url),
        (None, false) => format!("region {}", settings.region),
    };

    let outcome = authenticate(ctx, settings, session, &probes[0], wait).await;
    let server = probe::server_time(&probes);
    Ok(Report {
        checks: vec![
            profile::check(&facts),
            clock::check(local_now, server.as_ref()),
            network::proxy_check(&host, route.as_ref()),
            network::tls_check(&main, ca_info.as_ref(), probes.first()),
            probe::check(&probes, proxied.as_deref()),
            credentials::key_check(&outcome, sdkappid, &place),
            credentials::admin_check(&outcome, &settings.admin, sdkappid, &place),
        ],
    })
}

/// The one authenticated call (`account_check` on the admin, tried once), unless the
/// settings or the network already explain why it cannot work.
async fn authenticate(
    ctx: &Ctx,
    settings: &Settings,
    session: Option<Session>,
    main: &HostProbe,
    wait: Duration,
) -> Outcome {
    if !ctx.global.sandbox && (settings.sdkappid.is_none() || settings.key.is_none()) {
        return Outcome::NotRun("no SDKAppID or key to sign with (see profile)".into());
    }
    if main.outcome.is_err() {
        return Outcome::NotRun(format!("{} did not answer (see network)", main.target.url));
    }
    let session = match session {
        Some(s) => s,
        None => match connect_resolved(ctx, settings, 1).await {
            Ok(s) => s,
            Err(e) => return Outcome::NoAnswer(e.to_string()),
        },
    };
    let body = credentials::request(&settings.admin);
    let ids = [settings.admin.as_str()];
    let call = session
        .client
        .call(credentials::SERVICE, credentials::COMMAND, &body, &ids);
    match tokio::time::timeout(wait, call).await {
        Err(_) => Outcome::NoAnswer(format!("no answer within {} s", wait.as_secs())),
        Ok(Ok(answer)) => Outcome::Answered(answer),
        Ok(Err(Error::Api { code, info, .. })) => Outcome::Refused { code, info },
        Ok(Err(Error::RateLimited { code, .. })) => Outcome::Refused {
            code,
            info: String::new(),
        },
        Ok(Err(e)) => Outcome::NoAnswer(e.to_string()),
    }
}

/// What to probe: `--endpoint` alone, or the region's primary and backup hosts.
fn targets(settings: &Settings, insecure_http: bool) -> Result<Vec<Target>, Error> {
    let url = base_url(settings, insecure_http)?;
    if settings.endpoint.is_some() {
        return Ok(vec![Target {
            url,
            role: Role::Endpoint,
        }]);
    }
    let mut targets = vec![Target {
        url,
        role: Role::Primary,
    }];
    if let Some(backup) = settings.region.info().backup_host {
        targets.push(Target {
            url: format!("https://{backup}"),
            role: Role::Backup,
        });
    }
    Ok(targets)
}

/// Probes every target at once, each through its own route.
async fn probe_all(
    targets: &[Target],
    env: &ProxyEnv,
    certs: &[reqwest::Certificate],
    wait: Duration,
) -> Vec<HostProbe> {
    let mut tasks = Vec::new();
    for target in targets {
        let target = target.clone();
        let client = url::Url::parse(&target.url)
            .map_err(|e| e.to_string())
            .and_then(|u| {
                http_client(&u, env, certs, CONNECT_TIMEOUT.min(wait)).map_err(|e| e.to_string())
            });
        tasks.push(tokio::spawn(async move {
            match client {
                Ok((http, _)) => probe::probe(&http, target, wait).await,
                Err(why) => HostProbe {
                    target,
                    latency: Duration::ZERO,
                    outcome: Err(Failure::Other(why)),
                },
            }
        }));
    }
    let mut probes = Vec::new();
    for (task, target) in tasks.into_iter().zip(targets) {
        probes.push(task.await.unwrap_or_else(|e| HostProbe {
            target: target.clone(),
            latency: Duration::ZERO,
            outcome: Err(Failure::Other(format!("the probe stopped: {e}"))),
        }));
    }
    probes
}

/// The settings in use and where each came from.
fn facts(ctx: &Ctx, settings: &Settings, target: &str) -> Result<Facts, Error> {
    let g = &ctx.global;
    let env = |name: &'static str| ctx.env.get(name).map(|_| name);
    let flag = |given: bool, name: &'static str| given.then_some(name);
    let file = ProfileFile::load(&settings.config_path)?;
    let p = settings
        .app
        .as_ref()
        .and_then(|name| file.profiles.get(name));
    let profile_from = match (&g.app, env("IMCTL_APP")) {
        (Some(_), _) => Source::Flag("--app"),
        (None, Some(name)) => Source::Env(name),
        (None, None) => Source::Current,
    };
    let key_flag = if g.key_file.is_some() {
        Some("--key-file")
    } else {
        flag(g.key_stdin, "--key-stdin")
    };
    Ok(Facts {
        profile: settings.app.clone(),
        profile_from,
        config_file: settings.config_path.display().to_string(),
        sdkappid: settings.sdkappid,
        sdkappid_from: source(
            flag(g.sdkappid.is_some(), "--sdkappid"),
            env("IMCTL_SDKAPPID"),
            p.is_some(),
            false,
        ),
        key: settings.key.as_ref().map(KeyShape::of),
        key_from: source(
            key_flag,
            env("IMCTL_KEY"),
            p.is_some_and(|p| p.key.is_some()),
            false,
        ),
        admin: settings.admin.clone(),
        admin_from: source(
            flag(g.admin.is_some(), "--admin"),
            env("IMCTL_ADMIN"),
            p.is_some_and(|p| p.admin.is_some()),
            true,
        ),
        region: settings.region.name().to_string(),
        region_from: source(
            flag(g.region.is_some(), "--region"),
            env("IMCTL_REGION"),
            p.is_some_and(|p| p.region.is_some()),
            true,
        ),
        endpoint: settings.endpoint.clone(),
        endpoint_from: source(
            flag(g.endpoint.is_some(), "--endpoint"),
            env("IMCTL_ENDPOINT"),
            p.is_some_and(|p| p.endpoint.is_some()),
            false,
        ),
        sandbox: ctx.global.sandbox,
        target: target.to_string(),
    })
}

const COLUMNS: [&str; 4] = ["Name", "Status", "Detail", "Fix"];

fn render(ctx: &mut Ctx, report: &Report) -> Result<(), Error> {
    match ctx.out.format() {
        Some(OutputFormat::Json | OutputFormat::Jsonl) => {
            ctx.out.object(&report.to_json(), String::new)
        }
        Some(OutputFormat::Table | OutputFormat::Csv) => {
            let rows: Vec<Value> = report.checks.iter().map(check_json).collect();
            ctx.out.rows(&COLUMNS, &rows)
        }
        None | Some(OutputFormat::Text) => {
            let text = human(report, |tone, s| ctx.out.paint(tone, s));
            ctx.out.object(&Value::Null, || text)
        }
    }
}

/// One line per check (`status  name  detail`), its fix indented below, then the result.
fn human(report: &Report, paint: impl Fn(Tone, &str) -> String) -> String {
    let mut out = String::new();
    for c in &report.checks {
        let status = format!("{:<4}", c.status.as_str());
        let status = match c.status {
            Status::Ok => paint(Tone::Good, &status),
            Status::Warn | Status::Fail => paint(Tone::Bad, &status),
            Status::Skip => paint(Tone::Dim, &status),
        };
        out.push_str(&format!("{status}  {:<11}  {}\n", c.name, c.detail));
        if let Some(fix) = &c.fix {
            out.push_str(&format!("{:19}fix: {fix}\n", ""));
        }
    }
    out.push_str(&format!(
        "result: {} ({})\n",
        report.result().as_str(),
        report.tally()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_human_form_puts_each_fix_under_its_check() {
        let report = Report {
            checks: vec![
                Check::new("clock", Status::Ok, "fine"),
                Check::new("admin", Status::Fail, "`bob` is not an app admin").fix("use --admin"),
            ],
        };
        let text = human(&report, |_, s| s.to_string());
        assert_eq!(
            text,
            "ok    clock        fine\n\
             fail  admin        `bob` is not an app admin\n\
             \x20                  fix: use --admin\n\
             result: fail (1 ok, 1 fail)\n"
        );
    }
}
