//! Which settings are in use, and where each came from (flag > environment > profile >
//! default, the order `config::resolve` applies). The key is never shown, not even masked:
//! only where it came from and whether it has the console key's shape.

use serde_json::json;

use super::{Check, Status};
use crate::secret::SecretKey;

pub const NAME: &str = "profile";

/// Where one setting came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    /// The profile in use.
    Profile,
    /// The profile chosen with `app use`.
    Current,
    Default,
    Unset,
}

impl Source {
    /// `--sdkappid`, `IMCTL_SDKAPPID`, `profile`, `current`, `default`, `not set`.
    pub fn label(self) -> &'static str {
        match self {
            Source::Flag(name) | Source::Env(name) => name,
            Source::Profile => "profile",
            Source::Current => "current",
            Source::Default => "default",
            Source::Unset => "not set",
        }
    }
}

/// Where a setting came from, given which places hold it, in `config::resolve`'s order.
pub fn source(
    flag: Option<&'static str>,
    env: Option<&'static str>,
    in_profile: bool,
    has_default: bool,
) -> Source {
    match (flag, env) {
        (Some(flag), _) => Source::Flag(flag),
        (None, Some(env)) => Source::Env(env),
        _ if in_profile => Source::Profile,
        _ if has_default => Source::Default,
        _ => Source::Unset,
    }
}

/// What can be said about a key without showing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyShape {
    pub chars: usize,
    pub hex: bool,
}

impl KeyShape {
    pub fn of(key: &SecretKey) -> Self {
        let k = key.expose();
        KeyShape {
            chars: k.chars().count(),
            hex: k.chars().all(|c| c.is_ascii_hexdigit()),
        }
    }

    /// The console's keys are 64 hexadecimal characters.
    pub fn looks_like_console_key(self) -> bool {
        self.chars == 64 && self.hex
    }
}

/// The resolved settings and their sources.
#[derive(Debug, Clone)]
pub struct Facts {
    pub profile: Option<String>,
    pub profile_from: Source,
    pub config_file: String,
    pub sdkappid: Option<u32>,
    pub sdkappid_from: Source,
    pub key: Option<KeyShape>,
    pub key_from: Source,
    pub admin: String,
    pub admin_from: Source,
    pub region: String,
    pub region_from: Source,
    pub endpoint: Option<String>,
    pub endpoint_from: Source,
    /// `--sandbox`: the embedded emulator, which signs with its own public key.
    pub sandbox: bool,
    /// The base URL calls go to.
    pub target: String,
}

pub fn check(f: &Facts) -> Check {
    let profile = match &f.profile {
        Some(name) => format!("profile {name} ({})", f.profile_from.label()),
        None => "no profile".to_string(),
    };
    let sdkappid = match f.sdkappid {
        Some(id) => format!("SDKAppID {id} ({})", f.sdkappid_from.label()),
        None if f.sandbox => "SDKAppID 1400000000 (sandbox default)".to_string(),
        None => "no SDKAppID".to_string(),
    };
    let key = match (f.sandbox, f.key) {
        (true, _) => "key: the sandbox's own (the app's key is not used)".to_string(),
        (false, Some(_)) => format!("key set ({})", f.key_from.label()),
        (false, None) => "no key".to_string(),
    };
    let admin = format!("admin {} ({})", f.admin, f.admin_from.label());
    let place = match (&f.endpoint, f.sandbox) {
        (_, true) => format!("sandbox at {}", f.target),
        (Some(endpoint), false) => format!("endpoint {endpoint} ({})", f.endpoint_from.label()),
        (None, false) => format!(
            "region {} ({}) at {}",
            f.region,
            f.region_from.label(),
            f.target
        ),
    };
    let detail = format!("{profile}; {sdkappid}; {key}; {admin}; {place}");
    let data = json!({
        "Profile": f.profile,
        "ConfigFile": f.config_file,
        "SDKAppID": f.sdkappid,
        "Admin": f.admin,
        "Region": f.region,
        "Endpoint": f.endpoint,
        "Sandbox": f.sandbox,
        "Sources": {
            "Profile": f.profile.as_ref().map(|_| f.profile_from.label()),
            "SDKAppID": f.sdkappid_from.label(),
            "Key": if f.sandbox { "sandbox" } else { f.key_from.label() },
            "Admin": f.admin_from.label(),
            "Region": f.region_from.label(),
            "Endpoint": f.endpoint.as_ref().map(|_| f.endpoint_from.label()),
        },
    });
    let save =
        "or save a profile with `imctl app add NAME --sdkappid N --key-file FILE --region REGION`";
    if !f.sandbox {
        let missing: Vec<&str> = [
            f.sdkappid.is_none().then_some("SDKAppID"),
            f.key.is_none().then_some("secret key"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !missing.is_empty() {
            let fix = match (f.sdkappid.is_none(), f.key.is_none()) {
                (true, true) => format!("pass --sdkappid N and --key-file FILE, {save}"),
                (true, false) => format!("pass --sdkappid N or set IMCTL_SDKAPPID, {save}"),
                _ => format!("pass --key-file FILE or --key-stdin, or set IMCTL_KEY, {save}"),
            };
            return Check::new(
                NAME,
                Status::Fail,
                format!("{detail}: no {} given", missing.join(" and no ")),
            )
            .fix(fix)
            .data(data);
        }
        if let Some(shape) = f.key.filter(|k| !k.looks_like_console_key()) {
            return Check::new(
                NAME,
                Status::Warn,
                format!(
                    "{detail}: the key is {} characters{}, while the console's keys are 64 hexadecimal characters",
                    shape.chars,
                    if shape.hex { "" } else { " and not all hexadecimal" }
                ),
            )
            .fix("copy the key from the console (Applications > your app > Basic Information > Key); a UserSig or a PEM file is not the key")
            .data(data);
        }
    }
    Check::new(NAME, Status::Ok, detail).data(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        Facts {
            profile: Some("prod".into()),
            profile_from: Source::Current,
            config_file: "/c.toml".into(),
            sdkappid: Some(1400000000),
            sdkappid_from: Source::Flag("--sdkappid"),
            key: Some(KeyShape {
                chars: 64,
                hex: true,
            }),
            key_from: Source::Profile,
            admin: "administrator".into(),
            admin_from: Source::Default,
            region: "singapore".into(),
            region_from: Source::Env("IMCTL_REGION"),
            endpoint: None,
            endpoint_from: Source::Unset,
            sandbox: false,
            target: "https://adminapisgp.im.qcloud.com".into(),
        }
    }

    #[test]
    fn sources_follow_flag_env_profile_default() {
        assert_eq!(
            source(Some("--admin"), Some("IMCTL_ADMIN"), true, true),
            Source::Flag("--admin")
        );
        assert_eq!(
            source(None, Some("IMCTL_ADMIN"), true, true),
            Source::Env("IMCTL_ADMIN")
        );
        assert_eq!(source(None, None, true, true), Source::Profile);
        assert_eq!(source(None, None, false, true), Source::Default);
        assert_eq!(source(None, None, false, false), Source::Unset);
    }

    #[test]
    fn every_setting_is_named_with_its_source() {
        let c = check(&facts());
        assert_eq!(c.status, Status::Ok);
        assert_eq!(
            c.detail,
            "profile prod (current); SDKAppID 1400000000 (--sdkappid); key set (profile); admin administrator (default); region singapore (IMCTL_REGION) at https://adminapisgp.im.qcloud.com"
        );
        assert_eq!(c.data["Sources"]["Key"], "profile");
        assert_eq!(c.data["Sources"]["Endpoint"], serde_json::Value::Null);
    }

    #[test]
    fn missing_credentials_fail_and_odd_keys_warn() {
        let mut f = facts();
        f.key = None;
        f.key_from = Source::Unset;
        let c = check(&f);
        assert_eq!(c.status, Status::Fail);
        assert!(c.detail.ends_with("no secret key given"), "{}", c.detail);
        assert!(c.fix.unwrap().contains("--key-file"));
        f.sdkappid = None;
        assert!(check(&f)
            .detail
            .ends_with("no SDKAppID and no secret key given"));

        let mut f = facts();
        f.key = Some(KeyShape {
            chars: 120,
            hex: false,
        });
        let c = check(&f);
        assert_eq!(c.status, Status::Warn);
        assert!(c.detail.contains("120 characters and not all hexadecimal"));

        // The sandbox needs neither.
        let mut f = facts();
        f.sandbox = true;
        f.key = None;
        f.sdkappid = None;
        assert_eq!(check(&f).status, Status::Ok);
    }

    #[test]
    fn the_key_never_appears() {
        let key = SecretKey::new("ab".repeat(32)).unwrap();
        let shape = KeyShape::of(&key);
        assert!(shape.looks_like_console_key());
        let mut f = facts();
        f.key = Some(shape);
        let c = check(&f);
        let all = format!("{} {:?} {}", c.detail, c.fix, c.data);
        assert!(!all.contains("abab"), "{all}");
    }
}
