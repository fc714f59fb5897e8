//! Local profiles: `app add | list | use | show | remove`, kept in the 0600 profiles file.

use clap::Args;
use serde_json::{json, Value};

use crate::commands::Ctx;
use crate::config::{self, Profile, ProfileFile};
use crate::domain::region::Region;
use crate::error::{Error, Exit};

#[derive(Debug, Args)]
pub struct AppAddArgs {
    /// Profile name
    pub name: String,
    /// Old spelling of the global --yes (replace an existing profile); hidden for one release
    #[arg(long, hide = true)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct AppNameArg {
    /// Profile name
    pub name: String,
}

#[derive(Debug, Args)]
pub struct AppShowArgs {
    /// Profile name (default: the current profile)
    pub name: Option<String>,
}

pub fn use_profile(ctx: &mut Ctx, args: &AppNameArg) -> Result<Exit, Error> {
    let path = ctx.env.config_path()?;
    let mut file = ProfileFile::load(&path)?;
    require_profile(&file, &args.name)?;
    if ctx.global.dry_run {
        let before = file.current.clone();
        let human = format!(
            "dry run: would make `{}` the current profile (now: {}) in {}; nothing was changed",
            args.name,
            before
                .as_deref()
                .map_or("none".to_string(), |c| format!("`{c}`")),
            path.display()
        );
        return dry_run(
            ctx,
            json!({"action": "use", "name": args.name, "current": before}),
            &path,
            human,
        );
    }
    file.current = Some(args.name.clone());
    file.save(&path)?;
    ctx.out
        .status(&format!("now using profile `{}`", args.name));
    Ok(Exit::Ok)
}

pub fn remove(ctx: &mut Ctx, args: &AppNameArg) -> Result<Exit, Error> {
    let path = ctx.env.config_path()?;
    let mut file = ProfileFile::load(&path)?;
    let profile = require_profile(&file, &args.name)?;
    if ctx.global.dry_run {
        let clears_current = file.current.as_deref() == Some(args.name.as_str());
        let human =
            format!(
            "dry run: would remove profile `{}` and its saved key from {}{}; nothing was changed",
            args.name,
            path.display(),
            if clears_current { " (it is the current profile: none would be current)" } else { "" }
        );
        let value = json!({"action": "remove", "name": args.name, "profile": describe(&args.name, profile), "clears_current": clears_current});
        return dry_run(ctx, value, &path, human);
    }
    ctx.confirm(&format!(
        "Remove profile `{}` and its saved key?",
        args.name
    ))?;
    file.profiles.remove(&args.name);
    if file.current.as_deref() == Some(args.name.as_str()) {
        file.current = None;
    }
    file.save(&path)?;
    ctx.out.status(&format!("removed profile `{}`", args.name));
    Ok(Exit::Ok)
}

pub fn add(ctx: &mut Ctx, args: &AppAddArgs) -> Result<Exit, Error> {
    let path = &ctx.env.config_path()?;
    validate_name(&args.name)?;
    let g = &ctx.global;
    // What came from the environment rather than a flag is said, never saved silently.
    let mut from_env: Vec<&str> = Vec::new();
    let mut took = |taken: bool, what: &'static str| {
        if taken {
            from_env.push(what);
        }
    };
    took(
        g.sdkappid.is_none() && ctx.env.get("IMCTL_SDKAPPID").is_some(),
        "sdkappid from IMCTL_SDKAPPID",
    );
    took(
        g.region.is_none() && ctx.env.get("IMCTL_REGION").is_some(),
        "region from IMCTL_REGION",
    );
    took(
        g.key_file.is_none() && !g.key_stdin && ctx.env.get("IMCTL_KEY").is_some(),
        "the key from IMCTL_KEY",
    );
    took(
        g.admin.is_none() && ctx.env.get("IMCTL_ADMIN").is_some(),
        "admin from IMCTL_ADMIN",
    );
    took(
        g.endpoint.is_none() && ctx.env.get("IMCTL_ENDPOINT").is_some(),
        "endpoint from IMCTL_ENDPOINT",
    );
    let sdkappid = match (&g.sdkappid, ctx.env.get("IMCTL_SDKAPPID")) {
        (Some(v), _) => {
            config::parse_sdkappid(v, "--sdkappid").map_err(|e| Error::usage(e.to_string()))?
        }
        (None, Some(v)) => config::parse_sdkappid(v, "IMCTL_SDKAPPID")?,
        (None, None) => {
            return Err(Error::usage(
                "`app add` needs --sdkappid N (or IMCTL_SDKAPPID)",
            ))
        }
    };
    let region = match g
        .region
        .clone()
        .or_else(|| ctx.env.get("IMCTL_REGION").map(str::to_string))
    {
        Some(r) => Some(Region::parse(&r).map_err(Error::Usage)?.name().to_string()),
        None => None,
    };
    let key = config::key_from_flags_or_env(g, &ctx.env, &mut std::io::stdin().lock())?
        .ok_or_else(|| {
            Error::usage(
                "`app add` needs the secret key: --key-file PATH, --key-stdin, or IMCTL_KEY",
            )
        })?;
    let admin = g
        .admin
        .clone()
        .or_else(|| ctx.env.get("IMCTL_ADMIN").map(str::to_string));
    let endpoint = g
        .endpoint
        .clone()
        .or_else(|| ctx.env.get("IMCTL_ENDPOINT").map(str::to_string));

    let mut file = ProfileFile::load(path)?;
    if !from_env.is_empty() {
        ctx.out.warn(&format!(
            "taken from the environment for profile `{}`: {} (give the flags instead to choose otherwise)",
            args.name,
            from_env.join(", ")
        ));
    }
    if file.profiles.contains_key(&args.name) && !(ctx.global.yes || args.force) {
        return Err(Error::usage(format!(
            "a profile named `{}` exists already; pass --yes to replace it",
            args.name
        )));
    }
    let profile = Profile {
        sdkappid,
        region,
        admin,
        endpoint,
        key: Some(key.expose().to_string()),
    };
    if ctx.global.dry_run {
        let replaces = file.profiles.contains_key(&args.name);
        let becomes_current = file.current.is_none();
        let human = format!(
            "dry run: would {} profile `{}` (sdkappid {}, key {}) in {}{}; nothing was changed",
            if replaces { "replace" } else { "add" },
            args.name,
            sdkappid,
            key.masked(),
            path.display(),
            if becomes_current {
                " and make it the current profile"
            } else {
                ""
            }
        );
        let value = json!({
            "action": if replaces { "replace" } else { "add" },
            "name": args.name,
            "profile": describe(&args.name, &profile),
            "becomes_current": becomes_current,
        });
        return dry_run(ctx, value, path, human);
    }
    file.profiles.insert(args.name.clone(), profile);
    if file.current.is_none() {
        file.current = Some(args.name.clone());
    }
    file.save(path)?;
    ctx.out.status(&format!(
        "saved profile `{}` to {}",
        args.name,
        path.display()
    ));
    Ok(Exit::Ok)
}

pub fn list(ctx: &mut Ctx) -> Result<Exit, Error> {
    let path = &ctx.env.config_path()?;
    let file = ProfileFile::load(path)?;
    let rows: Vec<Value> = file
        .profiles
        .iter()
        .map(|(name, p)| {
            let mut v = describe(name, p);
            v["current"] = json!(file.current.as_deref() == Some(name.as_str()));
            v
        })
        .collect();
    if rows.is_empty() && ctx.out.format().is_none() {
        ctx.out.status(&format!(
            "no profiles in {}; add one with `imctl app add NAME --sdkappid N --key-file F`",
            path.display()
        ));
        return Ok(Exit::Ok);
    }
    ctx.out.rows(
        &["current", "name", "sdkappid", "region", "admin", "key"],
        &rows,
    )?;
    Ok(Exit::Ok)
}

pub fn show(ctx: &mut Ctx, name: Option<String>) -> Result<Exit, Error> {
    let path = &ctx.env.config_path()?;
    let file = ProfileFile::load(path)?;
    let name = name
        .or_else(|| ctx.global.app.clone())
        .or_else(|| ctx.env.get("IMCTL_APP").map(str::to_string))
        .or_else(|| file.current.clone())
        .ok_or_else(|| {
            Error::config(
                "no profile is selected",
                "name one (`imctl app show NAME`) or choose a default with `imctl app use NAME`",
            )
        })?;
    let profile = require_profile(&file, &name)?;
    let mut value = describe(&name, profile);
    value["current"] = json!(file.current.as_deref() == Some(name.as_str()));
    value["config"] = json!(path.display().to_string());
    let human = {
        let v = value.clone();
        move || {
            let field = |k: &str| match &v[k] {
                Value::String(s) => s.clone(),
                Value::Null => "-".into(),
                other => other.to_string(),
            };
            format!(
                "profile   {}{}\nsdkappid  {}\nregion    {}\nadmin     {}\nendpoint  {}\nkey       {}\nconfig    {}",
                field("name"),
                if v["current"] == json!(true) { " (current)" } else { "" },
                field("sdkappid"),
                field("region"),
                field("admin"),
                field("endpoint"),
                field("key"),
                field("config"),
            )
        }
    };
    ctx.out.object(&value, human)?;
    Ok(Exit::Ok)
}

/// `--dry-run` of a local change: what would change, as data on stdout (`dry_run: true` and
/// the config path added to `value`); nothing is written.
fn dry_run(
    ctx: &mut Ctx,
    mut value: Value,
    path: &std::path::Path,
    human: String,
) -> Result<Exit, Error> {
    value["dry_run"] = json!(true);
    value["config"] = json!(path.display().to_string());
    ctx.out.object(&value, || human)?;
    Ok(Exit::Ok)
}

/// A profile as shown to people and scripts: the key masked to its last 4 characters.
fn describe(name: &str, p: &Profile) -> Value {
    let key = p
        .key
        .as_ref()
        .and_then(|k| config::SecretKey::new(k.clone()).ok())
        .map(|k| k.masked());
    json!({
        "name": name,
        "sdkappid": p.sdkappid,
        "region": p.region.clone().unwrap_or_else(|| Region::default().name().to_string()),
        "admin": p.admin.clone().unwrap_or_else(|| config::DEFAULT_ADMIN.to_string()),
        "endpoint": p.endpoint,
        "key": key,
    })
}

fn require_profile<'a>(file: &'a ProfileFile, name: &str) -> Result<&'a Profile, Error> {
    file.profiles.get(name).ok_or_else(|| {
        Error::config(
            format!("no profile named `{name}`"),
            "list profiles with `imctl app list`",
        )
    })
}

fn validate_name(name: &str) -> Result<(), Error> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "`{name}` is not a valid profile name: use 1-64 letters, digits, `-`, `_` or `.`"
        )))
    }
}
