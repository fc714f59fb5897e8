//! Files a bulk run writes (failures, export): refused when they are the input, checked for
//! writability before the first request, written to `<path>.partial` and flushed per batch,
//! renamed to the path at the end (Ctrl-C and fatal errors included). A crash leaves only the
//! `.partial`, which `--resume` continues.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// `PATH.partial`, beside the path.
pub fn partial_path(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(".partial");
    PathBuf::from(p)
}

/// Who a path is: device and inode when it exists, and its canonical path (symlinks resolved,
/// or the canonical parent joined with the name when the file does not exist yet).
#[derive(Debug, PartialEq, Eq)]
struct Identity {
    inode: Option<(u64, u64)>,
    canonical: Option<PathBuf>,
}

fn identity(path: &Path) -> Identity {
    #[cfg(unix)]
    let inode = {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    };
    #[cfg(not(unix))]
    let inode = None;
    let canonical = std::fs::canonicalize(path).ok().or_else(|| {
        let name = path.file_name()?;
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        Some(std::fs::canonicalize(parent).ok()?.join(name))
    });
    Identity { inode, canonical }
}

fn same(a: &Identity, b: &Identity) -> bool {
    (a.inode.is_some() && a.inode == b.inode)
        || (a.canonical.is_some() && a.canonical == b.canonical)
}

/// Refuses (exit 2) any output that is the input, or another output, by device and inode or
/// canonical path (so a symlink to the input is caught). `outputs` are `(flag, path)` pairs;
/// each output's `.partial` is checked as well.
pub fn refuse_overlaps(input: Option<&Path>, outputs: &[(&str, &Path)]) -> Result<(), Error> {
    let input_id = input.filter(|p| p.as_os_str() != "-").map(identity);
    let mut seen: Vec<(&str, Identity)> = Vec::new();
    for (flag, path) in outputs {
        for (id, what) in [
            (identity(path), path.display().to_string()),
            (
                identity(&partial_path(path)),
                partial_path(path).display().to_string(),
            ),
        ] {
            if let Some(input_id) = &input_id {
                if same(&id, input_id) {
                    return Err(Error::usage(format!(
                        "{flag} {what} is the input file {}; writing it would destroy the input: choose another path",
                        input.unwrap_or(Path::new("-")).display()
                    )));
                }
            }
            if let Some((other, _)) = seen.iter().find(|(_, seen)| same(&id, seen)) {
                return Err(Error::usage(format!(
                    "{flag} {what} is the same file as {other}: choose another path"
                )));
            }
        }
        seen.push((flag, identity(path)));
    }
    Ok(())
}

/// An error for a path that cannot be written: exit 3, before anything is sent.
pub fn unwritable(flag: &str, path: &Path, err: &std::io::Error) -> Error {
    Error::config(
        format!("{flag} {}: cannot write there: {err}", path.display()),
        "choose a path in a directory you can write to",
    )
}

/// An output file being written as `<path>.partial`.
pub struct OutputFile {
    pub path: PathBuf,
    partial: PathBuf,
    file: File,
    len: u64,
}

impl OutputFile {
    /// Starts `<path>.partial` afresh, or, with `resume_len`, continues the one a previous run
    /// left (or the finished file it was renamed to), cut back to the length the checkpoint
    /// recorded so no batch is written twice.
    pub fn open(flag: &str, path: &Path, resume_len: Option<u64>) -> Result<Self, Error> {
        let partial = partial_path(path);
        let file = match resume_len {
            Some(len) => {
                if !partial.exists() && path.exists() {
                    std::fs::rename(path, &partial).map_err(|e| unwritable(flag, path, &e))?;
                }
                let file = OpenOptions::new()
                    .create(true)
                    .truncate(false)
                    .write(true)
                    .open(&partial)
                    .map_err(|e| unwritable(flag, &partial, &e))?;
                let have = file.metadata().map(|m| m.len()).unwrap_or(0);
                file.set_len(len.min(have))
                    .map_err(|e| unwritable(flag, &partial, &e))?;
                file
            }
            None => File::create(&partial).map_err(|e| unwritable(flag, &partial, &e))?,
        };
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let mut out = OutputFile {
            path: path.to_path_buf(),
            partial,
            file,
            len,
        };
        use std::io::Seek;
        out.file
            .seek(std::io::SeekFrom::End(0))
            .map_err(|e| unwritable(flag, &out.partial, &e))?;
        Ok(out)
    }

    /// Bytes written so far (what the checkpoint records).
    pub fn len(&self) -> u64 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends and hands the bytes to the OS before returning, so a checkpoint written after
    /// this never counts bytes that are not in the file.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), Error> {
        if bytes.is_empty() {
            return Ok(());
        }
        self.file
            .write_all(bytes)
            .and_then(|()| self.file.flush())
            .map_err(|e| Error::io(format!("cannot write {}", self.partial.display()), &e))?;
        self.len += bytes.len() as u64;
        Ok(())
    }

    /// Removes `<path>.partial` of a file that got nothing (no failures: no file with a lone
    /// header), and the path itself, which a finished run would have replaced.
    pub fn discard(self) -> Result<(), Error> {
        drop(self.file);
        for p in [&self.partial, &self.path] {
            match std::fs::remove_file(p) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(format!("cannot remove {}", p.display()), &e)),
            }
        }
        Ok(())
    }

    /// Renames `<path>.partial` to the path.
    pub fn finish(self) -> Result<(), Error> {
        let _ = self.file.sync_all();
        drop(self.file);
        std::fs::rename(&self.partial, &self.path).map_err(|e| {
            Error::io(
                format!(
                    "cannot rename {} to {}",
                    self.partial.display(),
                    self.path.display()
                ),
                &e,
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_input_is_refused_directly_and_through_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("users.csv");
        std::fs::write(&input, "UserID\na\n").unwrap();
        let e = refuse_overlaps(Some(&input), &[("--failures", &input)]).unwrap_err();
        assert!(matches!(e, Error::Usage(_)), "{e}");
        #[cfg(unix)]
        {
            let link = dir.path().join("link.csv");
            std::os::unix::fs::symlink(&input, &link).unwrap();
            assert!(refuse_overlaps(Some(&input), &[("--failures", &link)]).is_err());
        }
        let other = dir.path().join("failed.csv");
        assert!(refuse_overlaps(Some(&input), &[("--failures", &other)]).is_ok());
        assert!(refuse_overlaps(
            Some(&input),
            &[("--failures", &other), ("--checkpoint", &other)]
        )
        .is_err());
        // Relative and absolute spellings of a path not yet created are the same file.
        let rel = Path::new("./nope-imctl-test.csv");
        let abs = std::env::current_dir().unwrap().join("nope-imctl-test.csv");
        assert!(refuse_overlaps(None, &[("--a", rel), ("--b", &abs)]).is_err());
    }

    #[test]
    fn partial_then_rename_and_resume_cuts_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let mut out = OutputFile::open("--out", &path, None).unwrap();
        out.write(b"head\nrow1\n").unwrap();
        assert!(partial_path(&path).exists() && !path.exists());
        out.write(b"row2\n").unwrap();
        out.finish().unwrap();
        assert!(path.exists() && !partial_path(&path).exists());
        // Resume with the length after row1: the finished file is continued, row2 cut off.
        let mut out = OutputFile::open("--out", &path, Some(10)).unwrap();
        out.write(b"row2'\n").unwrap();
        out.finish().unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "head\nrow1\nrow2'\n"
        );
    }
}
