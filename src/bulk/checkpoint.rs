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
        .map_err(|e| Error::usage(format!("cannot read {}: {e}", input.display())))?;
    let mut hash = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    let mut size = 0u64;
    loop {
        let n = file
            .read(&mut buf)
            .map_err(|e| Error::usage(format!("cannot read {}: {e}", input.display())))?;
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

/// Loads the checkpoint to resume, or starts a new one; refuses a checkpoint of another
/// operation, batch size or input (exit 2) and a path it cannot write (exit 3).
pub fn prepare(
    operation: &str,
    input: &Path,
    path: PathBuf,
    batch_size: usize,
    resume: bool,
) -> Result<(Checkpoint, Found), Error> {
    let print = fingerprint(input)?;
    let fresh = |state_print: InputPrint| State {
        version: VERSION,
        operation: operation.to_string(),
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
        let (cp, _) = prepare("import", &input, path.clone(), 100, false).unwrap();
        cp.save().unwrap();
        // Same size, different bytes.
        std::fs::write(&input, "UserID\nbbb\n").unwrap();
        let e = prepare("import", &input, path.clone(), 100, true)
            .err()
            .unwrap();
        assert!(e.to_string().contains("content"), "{e}");
        std::fs::write(&input, "UserID\naaa\n").unwrap();
        assert!(prepare("delete", &input, path.clone(), 100, true).is_err());
        assert!(prepare("import", &input, path.clone(), 50, true).is_err());
        let (cp, found) = prepare("import", &input, path, 100, true).unwrap();
        assert!(cp.resumed && matches!(found, Found::Resumed));
    }
}
