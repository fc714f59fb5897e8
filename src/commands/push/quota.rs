//! The client's own count of pushes, per app and UTC day, in `DATA_DIR/push-quota.json`, so
//! `push send` refuses a push the service would refuse (100 a day, 90047) before sending it,
//! and waits out the 1 s spacing (90024) after a push this machine made. It sees only this
//! machine's pushes: the service's own 90047 still decides, and when it answers that, the day
//! is recorded as used up here too.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::limits::PUSH_PER_DAY;
use crate::error::Error;

pub const FILE: &str = "push-quota.json";
const DAY_MS: i64 = 86_400_000;
/// Pushes must be more than 1 s apart; a little over it.
const SPACING_MS: i64 = 1_100;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AppDay {
    /// Days since the Unix epoch (UTC).
    #[serde(rename = "Day")]
    pub day: i64,
    /// Pushes made that day.
    #[serde(rename = "Count")]
    pub count: u32,
    /// Unix milliseconds of the last push.
    #[serde(rename = "LastMs")]
    pub last_ms: i64,
}

/// The file, by SDKAppID.
#[derive(Debug, Default)]
pub struct Quota {
    path: PathBuf,
    apps: BTreeMap<String, AppDay>,
}

/// What the count says about a push now.
#[derive(Debug, PartialEq)]
pub enum Verdict {
    Go,
    /// Wait this many milliseconds first (the spacing).
    Wait(u64),
    /// The day's pushes are used up.
    UsedUp(u32),
}

impl Quota {
    /// Reads the file in `dir` (none yet: nothing counted).
    pub fn load(dir: &Path) -> Result<Self, Error> {
        let path = dir.join(FILE);
        let apps = match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| {
                Error::Failed(format!(
                    "{}: not a push count ({e}); remove it to start counting again",
                    path.display()
                ))
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
            Err(e) => return Err(Error::io(path.display(), &e)),
        };
        Ok(Quota { path, apps })
    }

    fn today(&self, app: u32, now_ms: i64) -> AppDay {
        let day = now_ms.div_euclid(DAY_MS);
        match self.apps.get(&app.to_string()) {
            Some(d) if d.day == day => d.clone(),
            Some(d) => AppDay {
                day,
                count: 0,
                last_ms: d.last_ms,
            },
            None => AppDay {
                day,
                ..AppDay::default()
            },
        }
    }

    pub fn verdict(&self, app: u32, now_ms: i64) -> Verdict {
        let today = self.today(app, now_ms);
        if today.count >= PUSH_PER_DAY {
            return Verdict::UsedUp(today.count);
        }
        let since = now_ms - today.last_ms;
        if since < SPACING_MS {
            return Verdict::Wait((SPACING_MS - since.max(0)) as u64);
        }
        Verdict::Go
    }

    /// Counts a push made at `now_ms`.
    pub fn record(&mut self, app: u32, now_ms: i64) -> Result<(), Error> {
        let mut today = self.today(app, now_ms);
        today.count += 1;
        today.last_ms = now_ms;
        self.apps.insert(app.to_string(), today);
        self.save()
    }

    /// The service said the day's quota is used up (90047): so it is here, until tomorrow.
    pub fn used_up(&mut self, app: u32, now_ms: i64) -> Result<(), Error> {
        let mut today = self.today(app, now_ms);
        today.count = today.count.max(PUSH_PER_DAY);
        self.apps.insert(app.to_string(), today);
        self.save()
    }

    /// Written whole to a private temporary file, then renamed over the old one.
    fn save(&self) -> Result<(), Error> {
        if let Some(dir) = self.path.parent() {
            crate::config::create_private_dir(dir)?;
        }
        let tmp = self.path.with_extension("json.partial");
        let text = serde_json::to_string_pretty(&self.apps).unwrap_or_default();
        write_private(&tmp, text.as_bytes())
            .and_then(|()| std::fs::rename(&tmp, &self.path))
            .map_err(|e| Error::io(self.path.display(), &e))
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut file = opts.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_700_000_000_000;

    #[test]
    fn the_count_is_per_app_and_per_utc_day() {
        let dir = tempfile::tempdir().unwrap();
        let mut q = Quota::load(dir.path()).unwrap();
        assert_eq!(q.verdict(1, T0), Verdict::Go);
        q.record(1, T0).unwrap();
        assert_eq!(q.verdict(1, T0 + 100), Verdict::Wait(1_000));
        assert_eq!(q.verdict(2, T0 + 100), Verdict::Go, "another app");
        q.used_up(1, T0 + 5_000).unwrap();
        let q = Quota::load(dir.path()).unwrap();
        assert_eq!(q.verdict(1, T0 + 6_000), Verdict::UsedUp(PUSH_PER_DAY));
        let tomorrow = (T0 / DAY_MS + 1) * DAY_MS;
        assert_eq!(q.verdict(1, tomorrow), Verdict::Go);
    }

    #[test]
    fn a_damaged_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), "nonsense").unwrap();
        let e = Quota::load(dir.path()).unwrap_err();
        assert!(e.to_string().contains(FILE), "{e}");
    }
}
