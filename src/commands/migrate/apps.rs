//! The two apps of a migration, each from its saved profile (`imctl app add`): one client per
//! app, with its own rate limiter, so each side is paced to its own documented rates. The
//! flags and variables that name one app (`--sdkappid`, `--endpoint`, `IMCTL_KEY`, ...) would
//! apply to both, so they are refused here rather than silently sent to the wrong one.

use std::sync::Arc;

use crate::api::client::Client;
use crate::commands::{rest, Ctx};
use crate::config;
use crate::error::Error;

/// One connected app.
pub struct App {
    pub profile: String,
    pub sdkappid: u64,
    pub client: Arc<Client>,
}

/// Variables that would point both apps at one place.
const ONE_APP_VARS: &[&str] = &[
    "IMCTL_SDKAPPID",
    "IMCTL_ENDPOINT",
    "IMCTL_KEY",
    "IMCTL_REGION",
    "IMCTL_ADMIN",
];

/// Refuses what would apply to both apps; call before anything else.
pub fn check_flags(ctx: &Ctx) -> Result<(), Error> {
    let g = &ctx.global;
    let flags = [
        ("--app", g.app.is_some()),
        ("--sdkappid", g.sdkappid.is_some()),
        ("--endpoint", g.endpoint.is_some()),
        ("--region", g.region.is_some()),
        ("--admin", g.admin.is_some()),
        ("--key-file", g.key_file.is_some()),
        ("--key-stdin", g.key_stdin),
        ("--sandbox", g.sandbox),
    ];
    if let Some((flag, _)) = flags.iter().find(|(_, set)| *set) {
        return Err(Error::usage(format!(
            "{flag} would apply to both apps: migrate takes each app from its profile \
             (--from-app, --to-app; `imctl app add` saves one)"
        )));
    }
    if let Some(var) = ONE_APP_VARS.iter().find(|v| ctx.env.get(v).is_some()) {
        return Err(Error::config(
            format!("{var} is set and would apply to both apps of the migration"),
            "unset it: migrate takes each app from its profile (--from-app, --to-app)",
        ));
    }
    Ok(())
}

/// Connects to the app of profile `name`; must run inside the runtime.
pub async fn connect(ctx: &Ctx, name: &str) -> Result<App, Error> {
    let mut global = ctx.global.clone();
    global.app = Some(name.to_string());
    let settings = config::resolve(&global, &ctx.env, &mut std::io::empty())?;
    let sdkappid = u64::from(settings.require_sdkappid()?);
    let session = rest::connect_resolved(ctx, &settings, 6).await?;
    Ok(App {
        profile: name.to_string(),
        sdkappid,
        client: Arc::new(session.client),
    })
}

/// The same app on both sides would import an app into itself.
pub fn refuse_same(from: &App, to: &App) -> Result<(), Error> {
    if from.profile == to.profile || from.sdkappid == to.sdkappid {
        return Err(Error::usage(format!(
            "--from-app `{}` and --to-app `{}` are the same app (SDKAppID {}): nothing to migrate",
            from.profile, to.profile, from.sdkappid
        )));
    }
    Ok(())
}
