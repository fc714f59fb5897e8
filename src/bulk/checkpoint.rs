//! The checkpoint of a bulk run over a file: which batches are done (all below `done_below`,
//! since batches are recorded in input order), the counts so far, how many bytes of each
//! output file belong to them, and the input's size and SHA-256 so that `--resume` continues
//! only the same input.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::outputs::unwritable;
use crate::error::Error;

const VERSION: u32 = 2;

/// The input as it was when the run started.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct InputPrint {
    pub path: PathBuf,
    pub size: u64,
    pub sha256: String,
}

/// What the checkpoint file holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct State {
    pub version: u32,
    pub operation: String,
    /// What the operation acts on besides the records (the group of `members add`).
    #[serde(default)]
    pub target: Option<String>,
    pub input: InputPrint,
    pub batch_size: usize,
    pub done_below: u64,
    pub succeeded: u64,
    pub failed: u64,
    /// Bytes of the failures file and of the data output that the done batches wrote.
    pub failures_bytes: u64,
    pub output_bytes: u64,
}

pub struct Checkpoint {
    pub path: PathBuf,
    pub state: State,
    /// True when this run continues a previous one.
    pub resumed: bool,
}

/// `FILE.imctl-checkpoint`, beside the input.
pub fn default_path(input: &Path) -> PathBuf {
    let mut p = input.as_os_str().to_owned();
    p.push(".imctl-checkpoint");
    PathBuf::from(p)
}

/// Size and SHA-256 of the whole input.
pub fn fingerprint(input: &Path) -> Result<InputPrint, Error> {
    let mut file = std::fs::File::open(input)
        .map_err(|e| Error::unreadable(&input.display().to_string(), &e))?;
    let mut hash = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    let mut size = 0u64;
    loop {
        let n = file
            .read(&mut buf)
            .map_err(|e| Error::unreadable(&input.display().to_string(), &e))?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hash.update(&buf[..n]);
    }
    let sha256 = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok(InputPrint {
        path: std::fs::canonicalize(input).unwrap_or_else(|_| input.to_path_buf()),
        size,
        sha256,
    })
}

/// What `prepare` found, besides the checkpoint.
pub enum Found {
    Fresh,
    Resumed,
    /// `--resume` was given but there was no checkpoint: the run starts over.
    NothingToResume,
}

/// What a checkpoint must match to be resumed, besides the input.
#[derive(Debug, Clone, Copy)]
pub struct Run<'a> {
    pub operation: &'a str,
    pub target: Option<&'a str>,
    pub batch_size: usize,
}

/// Loads the checkpoint to resume, or starts a new one; refuses a checkpoint of another
/// operation, target, batch size or input (exit 2) and a path it cannot write (exit 3).
pub fn prepare(
    run: Run<'_>,
    input: &Path,
    path: PathBuf,
    resume: bool,
) -> Result<(Checkpoint, Found), Error> {
    let Run {
        operation,
        target,
        batch_size,
    } = run;
    let print = fingerprint(input)?;
    let fresh = |state_print: InputPrint| State {
        version: VERSION,
        operation: operation.to_string(),
        target: target.map(String::from),
        input: state_print,
        batch_size,
        ..State::default()
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(_) => {
            probe_writable(&path)?;
            let found = if resume {
                Found::NothingToResume
            } else {
                Found::Fresh
            };
            return Ok((
                Checkpoint {
                    path,
                    state: fresh(print),
                    resumed: false,
                },
                found,
            ));
        }
    };
    if !resume {
        return Err(Error::usage(format!(
            "{} holds the progress of an interrupted run: pass --resume to continue it, or delete the file to start over",
            path.display()
        )));
    }
    let state: State = serde_json::from_str(&text)
        .ok()
        .filter(|s: &State| s.version == VERSION)
        .ok_or_else(|| {
            Error::usage(format!(
                "{} is not a checkpoint this version can read: delete it to start over",
                path.display()
            ))
        })?;
    if state.operation != operation {
        return Err(Error::usage(format!(
            "{} is the checkpoint of an `{}` run, not `{operation}`",
            path.display(),
            state.operation
        )));
    }
    if state.target.as_deref() != target {
        let name = |t: Option<&str>| t.map_or("none".to_string(), |t| format!("`{t}`"));
        return Err(Error::usage(format!(
            "{} is the checkpoint of a run on {}, not {}: resume it with the same target, or delete it to start over",
            path.display(),
            name(state.target.as_deref()),
            name(target)
        )));
    }
    if state.batch_size != batch_size {
        return Err(Error::usage(format!(
            "{} was written with --batch-size {}; resume with the same batch size",
            path.display(),
            state.batch_size
        )));
    }
    if state.input.size != print.size || state.input.sha256 != print.sha256 {
        let what = if state.input.size != print.size {
            format!(
                "it was {} bytes and is now {} bytes",
                state.input.size, print.size
            )
        } else {
            "its size is the same but its content is not (SHA-256 differs)".to_string()
        };
        return Err(Error::usage(format!(
            "{} changed since the checkpoint {} was written: {what}; resuming would skip the wrong records (delete the checkpoint to start over)",
            input.display(),
            path.display()
        )));
    }
    probe_writable(&path)?;
    Ok((
        Checkpoint {
            path,
            state,
            resumed: true,
        },
        Found::Resumed,
    ))
}

fn tmp_path(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(".tmp");
    PathBuf::from(p)
}

/// Creates and removes the temporary file a save would write: exit 3 now rather than after
/// the first batch.
fn probe_writable(path: &Path) -> Result<(), Error> {
    let tmp = tmp_path(path);
    std::fs::write(&tmp, b"{}").map_err(|e| unwritable("--checkpoint", path, &e))?;
    let _ = std::fs::remove_file(&tmp);
    Ok(())
}

impl Checkpoint {
    /// Writes the state atomically (temporary file, then rename).
    pub fn save(&self) -> Result<(), Error> {
        let tmp = tmp_path(&self.path);
        let text = serde_json::to_string(&self.state).unwrap_or_default();
        std::fs::write(&tmp, text)
            .and_then(|()| std::fs::rename(&tmp, &self.path))
            .map_err(|e| {
                Error::io(
                    format!("cannot write the checkpoint {}", self.path.display()),
                    &e,
                )
            })
    }

    pub fn remove(self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_input_of_the_same_size_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("u.csv");
        std::fs::write(&input, "UserID\naaa\n").unwrap();
        let path = default_path(&input);
        let run = |operation, target, batch_size| Run {
            operation,
            target,
            batch_size,
        };
        let (cp, _) = prepare(run("import", None, 100), &input, path.clone(), false).unwrap();
        cp.save().unwrap();
        // Same size, different bytes.
        std::fs::write(&input, "UserID\nbbb\n").unwrap();
        let e = prepare(run("import", None, 100), &input, path.clone(), true)
            .err()
            .unwrap();
        assert!(e.to_string().contains("content"), "{e}");
        std::fs::write(&input, "UserID\naaa\n").unwrap();
        assert!(prepare(run("delete", None, 100), &input, path.clone(), true).is_err());
        assert!(prepare(run("import", None, 50), &input, path.clone(), true).is_err());
        let e = prepare(run("import", Some("g2"), 100), &input, path.clone(), true)
            .err()
            .unwrap();
        assert!(e.to_string().contains("none, not `g2`"), "{e}");
        let (cp, found) = prepare(run("import", None, 100), &input, path, true).unwrap();
        assert!(cp.resumed && matches!(found, Found::Resumed));
    }
}
