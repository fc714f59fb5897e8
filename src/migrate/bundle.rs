//! The bundle: a directory with one JSONL file per kind (`accounts.jsonl`, `profiles.jsonl`,
//! `c2c-messages.jsonl`) and `manifest.json` naming what it holds. Each line is one object in
//! the service's own field names, the body (or part of the body) of the import call that writes
//! it, so a bundle can be read, edited, or made by a script from another vendor's export
//! (docs/migrate.md).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Kind;
use crate::error::Error;

pub const MANIFEST: &str = "manifest.json";
/// The `Format` a manifest must name.
pub const FORMAT: &str = "imctl-migrate-bundle/1";

/// The file of `kind` in `dir`.
pub fn file(dir: &Path, kind: Kind) -> PathBuf {
    dir.join(format!("{}.jsonl", kind.name()))
}

/// The failures file of `kind`'s write stage.
pub fn failures(dir: &Path, kind: Kind) -> PathBuf {
    dir.join(format!("{}.failed.jsonl", kind.name()))
}

/// The bulk engine's checkpoint of `kind`'s write stage (the item within the stage).
pub fn stage_checkpoint(dir: &Path, kind: Kind) -> PathBuf {
    dir.join(format!("{}.jsonl.imctl-checkpoint", kind.name()))
}

/// What a bundle holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Manifest {
    #[serde(rename = "Format")]
    pub format: String,
    /// The app it was read from; absent in a bundle made by hand.
    #[serde(rename = "SdkAppId", default, skip_serializing_if = "Option::is_none")]
    pub sdkappid: Option<u64>,
    /// The kinds it holds, in write order.
    #[serde(rename = "Kinds")]
    pub kinds: Vec<String>,
    /// The custom profile fields (`Tag_Profile_Custom_*`) its profiles may carry: the
    /// destination must define them first.
    #[serde(rename = "ProfileFields", default)]
    pub profile_fields: Vec<String>,
    /// The group custom fields (`AppDefinedData` keys) its groups may carry: the destination
    /// must define them first.
    #[serde(rename = "GroupFields", default)]
    pub group_fields: Vec<String>,
    /// The window of the messages, Unix seconds `[Since, Until)`.
    #[serde(rename = "Since", default, skip_serializing_if = "Option::is_none")]
    pub since: Option<i64>,
    #[serde(rename = "Until", default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i64>,
}

impl Manifest {
    pub fn kinds(&self) -> Result<Vec<Kind>, String> {
        super::kinds(&self.kinds)
    }

    pub fn save(&self, dir: &Path) -> Result<(), Error> {
        let text = serde_json::to_string_pretty(self).unwrap_or_default();
        write_atomic(&dir.join(MANIFEST), format!("{text}\n").as_bytes())
    }

    pub fn load(dir: &Path) -> Result<Manifest, Error> {
        let path = dir.join(MANIFEST);
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|e| Error::unreadable(&name, &e))?;
        let manifest: Manifest = serde_json::from_str(&text).map_err(|e| {
            Error::usage(format!("{name}:{}: not a bundle manifest: {e}", e.line()))
        })?;
        if manifest.format != FORMAT {
            return Err(Error::usage(format!(
                "{name}: Format `{}` is not `{FORMAT}`, the one this imctl reads",
                manifest.format
            )));
        }
        manifest
            .kinds()
            .map_err(|m| Error::usage(format!("{name}: {m}")))?;
        Ok(manifest)
    }
}

/// Writes `bytes` to `path` through a temporary file and a rename: a reader (or a run after
/// kill -9) sees the old file or the new one, never half of one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let partial = crate::api::download::partial_path(path);
    std::fs::write(&partial, bytes)
        .map_err(|e| Error::io(format!("cannot write {}", partial.display()), &e))?;
    std::fs::rename(&partial, path)
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), &e))
}

/// A kind's file being written: lines go to `FILE.partial`, which becomes `FILE` only when the
/// stage read everything ([`Lines::finish`]); an interrupted read leaves no half file behind
/// that a later stage could take for a whole one.
pub struct Lines {
    path: PathBuf,
    partial: PathBuf,
    out: BufWriter<File>,
    pub count: u64,
}

impl Lines {
    pub fn create(path: PathBuf) -> Result<Lines, Error> {
        let partial = crate::api::download::partial_path(&path);
        let file = File::create(&partial)
            .map_err(|e| Error::io(format!("cannot write {}", partial.display()), &e))?;
        Ok(Lines {
            path,
            partial,
            out: BufWriter::new(file),
            count: 0,
        })
    }

    pub fn push(&mut self, value: &Value) -> Result<(), Error> {
        let mut line = serde_json::to_vec(value).unwrap_or_default();
        line.push(b'\n');
        self.out
            .write_all(&line)
            .map_err(|e| Error::io(format!("cannot write {}", self.partial.display()), &e))?;
        self.count += 1;
        Ok(())
    }

    pub fn finish(self) -> Result<u64, Error> {
        let Lines {
            path,
            partial,
            out,
            count,
        } = self;
        let file = out
            .into_inner()
            .map_err(|e| Error::io(format!("cannot write {}", partial.display()), e.error()))?;
        file.sync_all()
            .map_err(|e| Error::io(format!("cannot write {}", partial.display()), &e))?;
        std::fs::rename(&partial, &path)
            .map_err(|e| Error::io(format!("cannot write {}", path.display()), &e))?;
        Ok(count)
    }
}

/// A bundle directory that can be written: created when missing (exit 3 when it cannot be).
pub fn writable_dir(flag: &str, dir: &Path) -> Result<(), Error> {
    if dir.exists() && !dir.is_dir() {
        let e = std::io::Error::new(std::io::ErrorKind::NotADirectory, "it is a file");
        return Err(crate::bulk::outputs::unwritable(flag, dir, &e));
    }
    std::fs::create_dir_all(dir).map_err(|e| crate::bulk::outputs::unwritable(flag, dir, &e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_round_trips_and_a_foreign_format_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let m = Manifest {
            format: FORMAT.into(),
            sdkappid: Some(1400000000),
            kinds: vec!["accounts".into(), "profiles".into()],
            profile_fields: vec!["Tag_Profile_Custom_Team".into()],
            group_fields: vec!["Topic".into()],
            since: Some(1),
            until: Some(2),
        };
        m.save(dir.path()).unwrap();
        assert_eq!(Manifest::load(dir.path()).unwrap(), m);
        let other = Manifest {
            format: "other/1".into(),
            ..m
        };
        other.save(dir.path()).unwrap();
        assert!(Manifest::load(dir.path())
            .unwrap_err()
            .to_string()
            .contains("other/1"));
    }

    #[test]
    fn lines_appear_under_their_name_only_when_finished() {
        let dir = tempfile::tempdir().unwrap();
        let path = file(dir.path(), Kind::Accounts);
        let mut lines = Lines::create(path.clone()).unwrap();
        lines.push(&serde_json::json!({"UserID": "a"})).unwrap();
        assert!(!path.exists());
        assert_eq!(lines.finish().unwrap(), 1);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "{\"UserID\":\"a\"}\n"
        );
    }
}
