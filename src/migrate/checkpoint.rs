//! The one checkpoint of a migration (`migrate.imctl-checkpoint` in the bundle or working
//! directory): which apps it moves between and which stages are finished, read and written.
//! The item within a write stage is the bulk engine's own checkpoint beside the stage's file
//! ([`super::bundle::stage_checkpoint`]), so `--resume` continues at the stage and the item
//! where a run stopped. Saved atomically after every stage: a kill -9 loses at most the stage
//! in progress, which the engine's checkpoint then continues.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::bundle::write_atomic;
use super::Kind;
use crate::error::Error;

const NAME: &str = "migrate.imctl-checkpoint";
const VERSION: u32 = 1;

/// The two phases of a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Read,
    Write,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct State {
    #[serde(rename = "Version")]
    pub version: u32,
    /// The source's SDKAppID, when the run reads one.
    #[serde(rename = "From", default)]
    pub from: Option<u64>,
    /// The destination's SDKAppID, when the run writes one.
    #[serde(rename = "To", default)]
    pub to: Option<u64>,
    #[serde(rename = "Kinds")]
    pub kinds: Vec<String>,
    /// Stages whose source was read whole (their file is complete).
    #[serde(rename = "Read", default)]
    pub read: Vec<String>,
    /// Stages written whole.
    #[serde(rename = "Written", default)]
    pub written: Vec<String>,
}

pub struct Checkpoint {
    pub path: PathBuf,
    pub state: State,
    /// True when this run continues an earlier one.
    pub resumed: bool,
}

impl Checkpoint {
    pub fn path_in(dir: &Path) -> PathBuf {
        dir.join(NAME)
    }

    /// Loads the checkpoint of `dir` for `--resume`, or starts a new one. An interrupted run's
    /// checkpoint without `--resume` is refused, as the bulk verbs refuse theirs; so is one of
    /// another pair of apps or other kinds.
    pub fn open(dir: &Path, want: State, resume: bool) -> Result<Checkpoint, Error> {
        let path = Self::path_in(dir);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(_) => {
                return Ok(Checkpoint {
                    path,
                    state: State {
                        version: VERSION,
                        ..want
                    },
                    resumed: false,
                })
            }
        };
        if !resume {
            return Err(Error::usage(format!(
                "{} holds the progress of an interrupted migration: pass --resume to continue it, or delete it to start over",
                path.display()
            )));
        }
        let state: State = serde_json::from_str(&text)
            .ok()
            .filter(|s: &State| s.version == VERSION)
            .ok_or_else(|| {
                Error::usage(format!(
                    "{} is not a migration checkpoint this version can read: delete it to start over",
                    path.display()
                ))
            })?;
        if (state.from, state.to, &state.kinds) != (want.from, want.to, &want.kinds) {
            let apps = |s: &State| {
                let id = |v: Option<u64>| v.map_or("-".to_string(), |v| v.to_string());
                format!("{} → {} ({})", id(s.from), id(s.to), s.kinds.join(","))
            };
            return Err(Error::usage(format!(
                "{} is the checkpoint of a migration {}, not {}: resume it with the same apps and --what, or delete it to start over",
                path.display(),
                apps(&state),
                apps(&want)
            )));
        }
        Ok(Checkpoint {
            path,
            state,
            resumed: true,
        })
    }

    pub fn done(&self, kind: Kind, phase: Phase) -> bool {
        let list = match phase {
            Phase::Read => &self.state.read,
            Phase::Write => &self.state.written,
        };
        list.iter().any(|k| k == kind.name())
    }

    /// Records a finished stage.
    pub fn finish(&mut self, kind: Kind, phase: Phase) -> Result<(), Error> {
        if !self.done(kind, phase) {
            let list = match phase {
                Phase::Read => &mut self.state.read,
                Phase::Write => &mut self.state.written,
            };
            list.push(kind.name().to_string());
        }
        self.save()
    }

    pub fn save(&self) -> Result<(), Error> {
        let text = serde_json::to_string(&self.state).unwrap_or_default();
        write_atomic(&self.path, text.as_bytes())
    }

    /// After a complete run: nothing is left to resume.
    pub fn remove(self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn want(to: u64) -> State {
        State {
            from: Some(1),
            to: Some(to),
            kinds: vec!["accounts".into()],
            ..State::default()
        }
    }

    #[test]
    fn a_finished_stage_is_remembered_across_runs() {
        let dir = tempfile::tempdir().unwrap();
        let mut cp = Checkpoint::open(dir.path(), want(2), false).unwrap();
        assert!(!cp.resumed);
        cp.finish(Kind::Accounts, Phase::Read).unwrap();
        let again = Checkpoint::open(dir.path(), want(2), true).unwrap();
        assert!(again.resumed);
        assert!(again.done(Kind::Accounts, Phase::Read));
        assert!(!again.done(Kind::Accounts, Phase::Write));
    }

    #[test]
    fn a_left_checkpoint_needs_resume_and_the_same_apps() {
        let dir = tempfile::tempdir().unwrap();
        Checkpoint::open(dir.path(), want(2), false)
            .unwrap()
            .save()
            .unwrap();
        let refused = Checkpoint::open(dir.path(), want(2), false).err().unwrap();
        assert!(refused.to_string().contains("--resume"));
        let other = Checkpoint::open(dir.path(), want(3), true).err().unwrap();
        assert!(other.to_string().contains("1 → 2"), "{other}");
    }
}
