//! Profiles file + environment + flags -> `Settings`.
//!
//! Precedence is flag > environment > profile > default for every setting. The secret key never
//! comes from a plain command-line value: only `IMCTL_KEY`, `--key-file`, `--key-stdin` or the
//! profile, and it is wrapped in [`SecretKey`] whose `Debug` is redacted.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::region::Region;
use crate::error::Error;
use crate::global::GlobalArgs;
pub use crate::secret::SecretKey;

pub const DEFAULT_ADMIN: &str = "administrator";
/// Longest key file or stdin key we accept: a console key is 64 characters.
const MAX_KEY_BYTES: u64 = 4096;

/// One saved app.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub sdkappid: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

impl fmt::Debug for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Profile")
            .field("sdkappid", &self.sdkappid)
            .field("region", &self.region)
            .field("admin", &self.admin)
            .field("endpoint", &self.endpoint)
            .field("key", &self.key.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// The profiles file: `current` names the default profile.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct ProfileFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// Where configuration lives; injectable so tests never touch the real home directory.
#[derive(Debug, Clone)]
pub struct Env {
    vars: BTreeMap<String, String>,
}

impl Env {
    pub fn from_process() -> Self {
        let vars = std::env::vars()
            // The locale decides whether charts may use Unicode; COLUMNS how wide they are.
            .filter(|(k, _)| {
                k.starts_with("IMCTL_")
                    || matches!(
                        k.as_str(),
                        "NO_COLOR" | "LC_ALL" | "LC_CTYPE" | "LANG" | "COLUMNS"
                    )
            })
            .collect();
        Env { vars }
    }

    #[cfg(test)]
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Self {
        let vars = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Env { vars }
    }

    /// A variable's value; empty counts as unset, as most CLIs treat it.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    pub fn config_path(&self) -> Result<PathBuf, Error> {
        if let Some(p) = self.get("IMCTL_CONFIG") {
            return Ok(PathBuf::from(p));
        }
        dirs::config_dir()
            .map(|d| d.join("imctl").join("config.toml"))
            .ok_or_else(|| {
                Error::config(
                    "cannot find a configuration directory",
                    "set IMCTL_CONFIG to the path of the profiles file",
                )
            })
    }

    pub fn data_dir(&self) -> Result<PathBuf, Error> {
        if let Some(p) = self.get("IMCTL_DATA_DIR") {
            return Ok(PathBuf::from(p));
        }
        dirs::data_dir().map(|d| d.join("imctl")).ok_or_else(|| {
            Error::config(
                "cannot find a data directory",
                "set IMCTL_DATA_DIR to a writable directory",
            )
        })
    }
}

impl ProfileFile {
    /// Reads the file; a missing file is an empty one.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => {
                return Err(Error::config(
                    format!("cannot read the profiles file {}: {e}", path.display()),
                    "check its permissions, or point IMCTL_CONFIG elsewhere",
                ))
            }
        };
        toml::from_str(&text).map_err(|e| {
            let first = e
                .message()
                .lines()
                .next()
                .unwrap_or("invalid TOML")
                .to_string();
            Error::config(
                format!("the profiles file {} is not valid: {first}", path.display()),
                "fix or remove the file; `imctl app add` recreates it",
            )
        })
    }

    /// Writes the file atomically (temp file + rename) with mode 0600, so a crash never leaves
    /// a half-written file and the key is never readable by others, not even briefly.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| Error::Failed(format!("cannot serialise profiles: {e}")))?;
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
        if let Some(dir) = dir {
            create_private_dir(dir)?;
        }
        let tmp = path.with_extension(format!("toml.tmp.{}", std::process::id()));
        let result = (|| -> std::io::Result<()> {
            let mut f = open_private(&tmp)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)?;
            if let Some(dir) = dir {
                // Make the rename durable; best effort on platforms without directory fsync.
                if let Ok(d) = std::fs::File::open(dir) {
                    let _ = d.sync_all();
                }
            }
            Ok(())
        })();
        result.map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::io(format!("cannot write {}", path.display()), &e)
        })
    }
}

/// Owner-only permissions on an existing file (0600) or directory (0700); a no-op off Unix.
pub(crate) fn make_private(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::metadata(path)?;
        let mode = if meta.is_dir() { 0o700 } else { 0o600 };
        if meta.permissions().mode() & 0o777 != mode {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Creates `dir` (and its parents) readable by the owner only.
pub(crate) fn create_private_dir(dir: &Path) -> Result<(), Error> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| Error::io(format!("cannot create {}", dir.display()), &e))
}

fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
}

/// Everything a command needs to know about the app it talks to, resolved once.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The profile in use, if any.
    pub app: Option<String>,
    pub sdkappid: Option<u32>,
    pub admin: String,
    pub region: Region,
    pub endpoint: Option<String>,
    pub key: Option<SecretKey>,
    pub config_path: PathBuf,
}

impl Settings {
    pub fn require_sdkappid(&self) -> Result<u32, Error> {
        self.sdkappid.ok_or_else(|| {
            Error::config(
                "no SDKAppID given",
                "pass --sdkappid N, set IMCTL_SDKAPPID, or save a profile with `imctl app add`",
            )
        })
    }

    pub fn require_key(&self) -> Result<&SecretKey, Error> {
        self.key.as_ref().ok_or_else(|| {
            Error::config(
                "no secret key given",
                "pass --key-file PATH or --key-stdin, set IMCTL_KEY, or save a profile with `imctl app add`",
            )
        })
    }
}

/// Where the key came from on the command line or environment (not the profile).
pub fn key_from_flags_or_env(
    global: &GlobalArgs,
    env: &Env,
    stdin: &mut dyn Read,
) -> Result<Option<SecretKey>, Error> {
    if let Some(path) = &global.key_file {
        let file = std::fs::File::open(path).map_err(|e| {
            Error::config(
                format!("cannot read the key file {}: {e}", path.display()),
                "check the path and its permissions",
            )
        })?;
        return read_key(file, &format!("the key file {}", path.display())).map(Some);
    }
    if global.key_stdin {
        return read_key(stdin, "standard input").map(Some);
    }
    if let Some(k) = env.get("IMCTL_KEY") {
        return SecretKey::new(k.to_string()).map(Some).map_err(|m| {
            Error::config(format!("IMCTL_KEY: {m}"), "set it to the app's secret key")
        });
    }
    Ok(None)
}

fn read_key(reader: impl Read, source: &str) -> Result<SecretKey, Error> {
    let mut buf = Vec::new();
    reader
        .take(MAX_KEY_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::config(format!("cannot read {source}: {e}"), "check the path"))?;
    if buf.len() as u64 > MAX_KEY_BYTES {
        return Err(Error::config(
            format!("{source} is too large to be a secret key (over {MAX_KEY_BYTES} bytes)"),
            "the console's key is 64 characters; check you gave the right file",
        ));
    }
    let text = String::from_utf8(buf).map_err(|_| {
        Error::config(
            format!("{source} is not UTF-8 text"),
            "the console's key is 64 hexadecimal characters",
        )
    })?;
    SecretKey::new(text).map_err(|m| {
        Error::config(
            format!("{source}: {m}"),
            "copy the key from the console (Application Configuration)",
        )
    })
}

pub fn parse_sdkappid(value: &str, source: &str) -> Result<u32, Error> {
    match value.trim().parse::<u64>() {
        Ok(0) => Err(Error::config(
            format!("{source}: the SDKAppID cannot be 0"),
            "copy the SDKAppID from the console's app list",
        )),
        Ok(n) if n <= u64::from(u32::MAX) => Ok(n as u32),
        Ok(_) => Err(Error::config(
            format!("{source}: {value} is too large for an SDKAppID (at most 4294967295)"),
            "copy the SDKAppID from the console's app list",
        )),
        Err(_) => Err(Error::config(
            format!("{source}: `{value}` is not a number; an SDKAppID looks like 1400000000"),
            "copy the SDKAppID from the console's app list",
        )),
    }
}

/// Resolves flag > environment > profile > default.
pub fn resolve(global: &GlobalArgs, env: &Env, stdin: &mut dyn Read) -> Result<Settings, Error> {
    let config_path = env.config_path()?;
    let file = ProfileFile::load(&config_path)?;

    let app = global
        .app
        .clone()
        .or_else(|| env.get("IMCTL_APP").map(str::to_string));
    let profile = match &app {
        Some(name) => Some(file.profiles.get(name).cloned().ok_or_else(|| {
            Error::config(
                format!("no profile named `{name}` in {}", config_path.display()),
                "list profiles with `imctl app list`, or add one with `imctl app add`",
            )
        })?),
        None => file
            .current
            .as_ref()
            .and_then(|name| file.profiles.get(name).cloned()),
    };
    let app = app.or_else(|| profile.as_ref().and(file.current.clone()));

    let sdkappid = match (&global.sdkappid, env.get("IMCTL_SDKAPPID")) {
        (Some(flag), _) => Some(parse_sdkappid(flag, "--sdkappid").map_err(as_usage)?),
        (None, Some(v)) => Some(parse_sdkappid(v, "IMCTL_SDKAPPID")?),
        (None, None) => profile.as_ref().map(|p| p.sdkappid),
    };

    let admin = global
        .admin
        .clone()
        .or_else(|| env.get("IMCTL_ADMIN").map(str::to_string))
        .or_else(|| profile.as_ref().and_then(|p| p.admin.clone()))
        .unwrap_or_else(|| DEFAULT_ADMIN.to_string());

    let region = match (&global.region, env.get("IMCTL_REGION")) {
        (Some(flag), _) => Region::parse(flag).map_err(Error::Usage)?,
        (None, Some(v)) => Region::parse(v)
            .map_err(|m| Error::config(format!("IMCTL_REGION: {m}"), "fix IMCTL_REGION"))?,
        (None, None) => match profile.as_ref().and_then(|p| p.region.as_deref()) {
            Some(r) => Region::parse(r).map_err(|m| {
                Error::config(
                    format!("profile region: {m}"),
                    "fix it with `imctl app add --force`",
                )
            })?,
            None => Region::default(),
        },
    };

    let endpoint = global
        .endpoint
        .clone()
        .or_else(|| env.get("IMCTL_ENDPOINT").map(str::to_string))
        .or_else(|| profile.as_ref().and_then(|p| p.endpoint.clone()));

    let key = match key_from_flags_or_env(global, env, stdin)? {
        Some(k) => Some(k),
        None => match profile.as_ref().and_then(|p| p.key.clone()) {
            Some(k) => Some(SecretKey::new(k).map_err(|m| {
                Error::config(
                    format!("profile key: {m}"),
                    "re-add the profile with `imctl app add --force`",
                )
            })?),
            None => None,
        },
    };

    Ok(Settings {
        app,
        sdkappid,
        admin,
        region,
        endpoint,
        key,
        config_path,
    })
}

/// A bad value typed as a flag is a usage error (exit 2), not a configuration one.
fn as_usage(e: Error) -> Error {
    match e {
        Error::Config { message, .. } => Error::Usage(message),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn globals() -> GlobalArgs {
        GlobalArgs::default()
    }

    fn write_profiles(dir: &Path, text: &str) -> PathBuf {
        let path = dir.join("config.toml");
        std::fs::write(&path, text).unwrap();
        path
    }

    const TWO_PROFILES: &str = r#"
current = "prod"
[profiles.prod]
sdkappid = 1400000001
region = "singapore"
admin = "boss"
key = "profile-key"
[profiles.dev]
sdkappid = 1400000002
"#;

    #[test]
    fn precedence_is_flag_then_env_then_profile_then_default() {
        let dir = tempfile::tempdir().unwrap();
        let path = write_profiles(dir.path(), TWO_PROFILES);
        let cfg = path.to_str().unwrap();

        let env = Env::from_pairs(&[("IMCTL_CONFIG", cfg)]);
        let s = resolve(&globals(), &env, &mut std::io::empty()).unwrap();
        assert_eq!(s.sdkappid, Some(1400000001));
        assert_eq!(s.admin, "boss");
        assert_eq!(s.region, Region::parse("sgp").unwrap());
        assert_eq!(s.key.unwrap().expose(), "profile-key");
        assert_eq!(s.app.as_deref(), Some("prod"));

        let env = Env::from_pairs(&[
            ("IMCTL_CONFIG", cfg),
            ("IMCTL_SDKAPPID", "1400000009"),
            ("IMCTL_ADMIN", "envadmin"),
            ("IMCTL_KEY", "env-key"),
        ]);
        let s = resolve(&globals(), &env, &mut std::io::empty()).unwrap();
        assert_eq!(s.sdkappid, Some(1400000009));
        assert_eq!(s.admin, "envadmin");
        assert_eq!(s.key.unwrap().expose(), "env-key");

        let mut g = globals();
        g.sdkappid = Some("1400000010".into());
        g.admin = Some("flagadmin".into());
        g.key_stdin = true;
        let s = resolve(&g, &env, &mut "stdin-key\n".as_bytes()).unwrap();
        assert_eq!(s.sdkappid, Some(1400000010));
        assert_eq!(s.admin, "flagadmin");
        assert_eq!(s.key.unwrap().expose(), "stdin-key");

        let empty = dir.path().join("none.toml");
        let env = Env::from_pairs(&[("IMCTL_CONFIG", empty.to_str().unwrap())]);
        let s = resolve(&globals(), &env, &mut std::io::empty()).unwrap();
        assert_eq!(s.admin, DEFAULT_ADMIN);
        assert_eq!(s.sdkappid, None);
        assert!(s.key.is_none());
    }

    #[test]
    fn app_selects_another_profile_and_unknown_app_is_a_config_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = write_profiles(dir.path(), TWO_PROFILES);
        let env = Env::from_pairs(&[
            ("IMCTL_CONFIG", path.to_str().unwrap()),
            ("IMCTL_APP", "dev"),
        ]);
        let s = resolve(&globals(), &env, &mut std::io::empty()).unwrap();
        assert_eq!(s.sdkappid, Some(1400000002));
        assert_eq!(s.admin, DEFAULT_ADMIN);

        let mut g = globals();
        g.app = Some("nope".into());
        let err = resolve(&g, &env, &mut std::io::empty()).unwrap_err();
        assert_eq!(err.exit(), crate::error::Exit::Config);
    }

    #[test]
    fn invalid_toml_is_a_config_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = write_profiles(dir.path(), "current = [oops");
        let env = Env::from_pairs(&[("IMCTL_CONFIG", path.to_str().unwrap())]);
        let err = resolve(&globals(), &env, &mut std::io::empty()).unwrap_err();
        assert_eq!(err.exit(), crate::error::Exit::Config);
        assert!(err.to_string().contains("config.toml"), "{err}");
    }

    #[test]
    fn sdkappid_validation() {
        assert_eq!(parse_sdkappid("1400000000", "x").unwrap(), 1400000000);
        for bad in ["abc", "0", "-1", "99999999999", ""] {
            assert!(parse_sdkappid(bad, "x").is_err(), "{bad}");
        }
        let mut g = globals();
        g.sdkappid = Some("abc".into());
        let dir = tempfile::tempdir().unwrap();
        let env = Env::from_pairs(&[("IMCTL_CONFIG", dir.path().join("c.toml").to_str().unwrap())]);
        let err = resolve(&g, &env, &mut std::io::empty()).unwrap_err();
        assert_eq!(err.exit(), crate::error::Exit::Usage);
        let env = Env::from_pairs(&[
            ("IMCTL_CONFIG", dir.path().join("c.toml").to_str().unwrap()),
            ("IMCTL_SDKAPPID", "abc"),
        ]);
        let err = resolve(&globals(), &env, &mut std::io::empty()).unwrap_err();
        assert_eq!(err.exit(), crate::error::Exit::Config);
    }

    #[test]
    fn save_is_atomic_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("config.toml");
        let mut file = ProfileFile::default();
        file.profiles.insert(
            "a".into(),
            Profile {
                sdkappid: 1,
                key: Some("k".into()),
                ..Profile::default()
            },
        );
        file.save(&path).unwrap();
        file.save(&path).unwrap();
        assert_eq!(ProfileFile::load(&path).unwrap(), file);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    }

    #[test]
    fn secrets_are_redacted_in_debug() {
        let key = SecretKey::new("supersecretvalue1234".into()).unwrap();
        assert!(!format!("{key:?}").contains("supersecret"));
        assert_eq!(key.masked(), "********1234");
        let p = Profile {
            key: Some("supersecretvalue1234".into()),
            ..Profile::default()
        };
        assert!(!format!("{p:?}").contains("supersecret"));
    }

    #[test]
    fn key_sources_reject_bad_input() {
        assert!(SecretKey::new("  \n".into()).is_err());
        let big = vec![b'a'; 5000];
        assert!(read_key(&big[..], "stdin").is_err());
        assert!(read_key(&[0xff, 0xfe][..], "stdin").is_err());
        assert_eq!(read_key(&b"abc\n"[..], "stdin").unwrap().expose(), "abc");
    }
}
