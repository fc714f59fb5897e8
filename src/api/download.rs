//! Downloading a file the service points at (chat-history archives): streamed to
//! `<dest>.partial`, checked against the size and MD5 the service announced, and only then
//! renamed to `dest`. A failed, corrupt, oversized or interrupted download (the future dropped
//! on Ctrl-C) never leaves a file at `dest` nor at `<dest>.partial`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use md5::{Digest, Md5};

use crate::api::client::Client;
use crate::api::endpoint::checked_base_url;
use crate::error::Error;

/// What the service says the file is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Expected {
    pub size: Option<u64>,
    /// Lower-case hex.
    pub md5: Option<String>,
}

/// The most a download may bring when the service announced no size (and the most it may
/// announce), and the flag that overrides it: the error names both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cap {
    pub bytes: u64,
    pub flag: &'static str,
}

impl Cap {
    fn exceeded(self, what: &str) -> Error {
        Error::Failed(format!(
            "{what} more than {} ({} bytes), the limit of {}; nothing was kept (raise it with {} SIZE)",
            human_size(self.bytes),
            self.bytes,
            self.flag,
            self.flag
        ))
    }
}

/// A reader that fails once more than `limit` bytes have come through: an archive stops
/// being unpacked the moment it passes what it may be, not after the whole of it.
pub struct Capped<R> {
    inner: R,
    limit: u64,
    read: u64,
}

impl<R: Read> Capped<R> {
    pub fn new(inner: R, limit: u64) -> Self {
        Self {
            inner,
            limit,
            read: 0,
        }
    }
}

/// The error kind a [`Capped`] reader fails with, and its message (which reaches callers
/// through readers that keep only the text).
pub const CAP_PASSED: std::io::ErrorKind = std::io::ErrorKind::FileTooLarge;
pub const CAP_MESSAGE: &str = "the size cap was passed";

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // One byte past the limit is enough to know it was passed.
        let room = (self.limit + 1 - self.read.min(self.limit + 1)) as usize;
        if room == 0 {
            return Err(std::io::Error::new(CAP_PASSED, CAP_MESSAGE));
        }
        let want = buf.len().min(room);
        let n = self.inner.read(&mut buf[..want])?;
        self.read += n as u64;
        if self.read > self.limit {
            return Err(std::io::Error::new(CAP_PASSED, CAP_MESSAGE));
        }
        Ok(n)
    }
}

/// `1048576`, `512K`, `1M`, `2G` (1024-based; `KB`/`KiB` alike) -> bytes, at least 1.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a size such as 1G, 512M or 1048576"))?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        "t" | "tb" | "tib" => 1 << 40,
        _ => return Err(format!("`{s}` has an unknown unit; use K, M, G or T")),
    };
    match n.checked_mul(mult) {
        Some(v) if v >= 1 => Ok(v),
        Some(_) => Err(format!("`{s}` must be at least 1 byte")),
        None => Err(format!("`{s}` is too large")),
    }
}

/// `1073741824` -> `1 GiB`, `1536` -> `1.5 KiB`.
pub fn human_size(bytes: u64) -> String {
    let units = [
        ("TiB", 1u64 << 40),
        ("GiB", 1 << 30),
        ("MiB", 1 << 20),
        ("KiB", 1 << 10),
    ];
    for (name, size) in units {
        if bytes >= size {
            let value = bytes as f64 / size as f64;
            return if bytes.is_multiple_of(size) {
                format!("{} {name}", bytes / size)
            } else {
                format!("{value:.1} {name}")
            };
        }
    }
    format!("{bytes} B")
}

/// Removes `path` when dropped, unless disarmed: the `.partial` file goes away on every way
/// out, an error, a panic, or the download's future dropped by Ctrl-C.
struct PartialFile<'a> {
    path: &'a Path,
    armed: bool,
}

impl Drop for PartialFile<'_> {
    fn drop(&mut self) {
        if self.armed {
            let _ = std::fs::remove_file(self.path);
        }
    }
}

/// Downloads `url` to `dest` through `client`'s transport rules (https, or http to loopback;
/// no redirects; the proxy rule). The whole download may take `timeout`. `accept` checks the
/// complete file (at its `.partial` path) before it is moved to `dest`.
pub async fn fetch(
    client: &Client,
    url: &str,
    dest: &Path,
    expected: &Expected,
    cap: Cap,
    timeout: Duration,
    accept: impl FnOnce(&Path) -> Result<(), Error>,
) -> Result<u64, Error> {
    // A URL the service gave that imctl will not fetch is the server's problem, not the
    // user's usage: exit 1, not 2.
    let checked = checked_base_url(
        "the download URL",
        url,
        false,
        "the service gave a plain-http download URL for a remote host",
    )
    .map_err(|e| match e {
        Error::Usage(m) => Error::Failed(format!("{m}; nothing was downloaded")),
        other => other,
    })?;
    let parsed = url::Url::parse(&checked)
        .map_err(|e| Error::Failed(format!("the download URL is not a URL: {e}")))?;
    if let Some(announced) = expected.size.filter(|s| *s > cap.bytes) {
        return Err(cap.exceeded(&format!("the service announces {announced} bytes,")));
    }
    let (http, _route) = client.http_for(&parsed)?;
    let host = parsed.host_str().unwrap_or("?").to_string();
    let partial = partial_path(dest);
    let mut guard = PartialFile {
        path: &partial,
        armed: true,
    };
    let result =
        tokio::time::timeout(timeout, stream_to(&http, parsed, &partial, expected, cap)).await;
    let outcome = match result {
        Err(_) => Err(Error::Transport(format!(
            "download from {host}: not finished within {} s",
            timeout.as_secs()
        ))),
        Ok(r) => r.map_err(|e| match e {
            Error::Transport(m) => Error::Transport(format!("download from {host}: {m}")),
            other => other,
        }),
    };
    let outcome = outcome.and_then(|size| accept(&partial).map(|()| size));
    let size = outcome?;
    std::fs::rename(&partial, dest).map_err(|e| {
        Error::io(
            format!("cannot move the download to {}", dest.display()),
            &e,
        )
    })?;
    guard.armed = false;
    Ok(size)
}

/// `dest` with `.partial` appended.
pub fn partial_path(dest: &Path) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

async fn stream_to(
    http: &reqwest::Client,
    url: url::Url,
    partial: &Path,
    expected: &Expected,
    cap: Cap,
) -> Result<u64, Error> {
    let mut response = http
        .get(url)
        .send()
        .await
        .map_err(|e| Error::Transport(e.without_url().to_string()))?;
    let status = response.status();
    if status.is_redirection() {
        return Err(Error::Transport(format!(
            "HTTP {status}: a redirect, which imctl does not follow"
        )));
    }
    if !status.is_success() {
        return Err(Error::Transport(format!("HTTP {status}")));
    }
    let mut file = std::fs::File::create(partial)
        .map_err(|e| Error::io(format!("cannot create {}", partial.display()), &e))?;
    let mut hasher = Md5::new();
    let mut size: u64 = 0;
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| Error::Transport(e.without_url().to_string()))?
    {
        size += chunk.len() as u64;
        match expected.size {
            Some(limit) if size > limit => {
                return Err(corrupt(format!(
                    "more than the announced {limit} bytes arrived"
                )));
            }
            None if size > cap.bytes => {
                return Err(cap.exceeded("the service announced no size and sent"));
            }
            _ => {}
        }
        hasher.update(&chunk);
        file.write_all(&chunk)
            .map_err(|e| Error::io(format!("cannot write {}", partial.display()), &e))?;
    }
    file.sync_all()
        .map_err(|e| Error::io(format!("cannot write {}", partial.display()), &e))?;
    verify(size, &hex(&hasher.finalize()), expected)?;
    Ok(size)
}

/// Checks what arrived against what was announced.
pub fn verify(size: u64, md5: &str, expected: &Expected) -> Result<(), Error> {
    if let Some(want) = expected.size {
        if size != want {
            return Err(corrupt(format!(
                "{size} bytes arrived, the service announced {want}"
            )));
        }
    }
    if let Some(want) = &expected.md5 {
        if !md5.eq_ignore_ascii_case(want) {
            return Err(corrupt(format!(
                "MD5 {md5} does not match the announced {want}"
            )));
        }
    }
    Ok(())
}

fn corrupt(why: String) -> Error {
    Error::Failed(format!("the download is corrupt: {why}; nothing was kept"))
}

/// Lower-case hex of a digest.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// MD5 of `bytes`, lower-case hex.
pub fn md5_hex(bytes: &[u8]) -> String {
    hex(&Md5::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md5_of_the_empty_string_is_the_known_one() {
        assert_eq!(md5_hex(b""), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(md5_hex(b"abc"), "900150983cd24fb0d6963f7d28e17f72");
    }

    #[test]
    fn size_and_md5_are_both_checked() {
        let e = Expected {
            size: Some(3),
            md5: Some("900150983CD24FB0D6963F7D28E17F72".into()),
        };
        assert!(verify(3, &md5_hex(b"abc"), &e).is_ok());
        assert!(verify(4, &md5_hex(b"abc"), &e).is_err());
        assert!(verify(3, &md5_hex(b"abd"), &e)
            .unwrap_err()
            .to_string()
            .contains("MD5"));
        assert!(verify(99, "x", &Expected::default()).is_ok());
    }

    #[test]
    fn a_capped_reader_stops_just_past_its_limit() {
        let mut r = Capped::new(std::io::repeat(0), 10);
        let mut buf = [0u8; 4];
        let mut total = 0;
        let err = loop {
            match r.read(&mut buf) {
                Ok(n) => total += n,
                Err(e) => break e,
            }
        };
        assert_eq!(err.kind(), CAP_PASSED);
        assert!(total <= 10, "{total}");
        let mut exact = Capped::new(&b"0123456789"[..], 10);
        let mut s = String::new();
        assert!(exact.read_to_string(&mut s).is_ok());
    }

    #[test]
    fn sizes_read_and_show() {
        assert_eq!(parse_size("1G").unwrap(), 1 << 30);
        assert_eq!(parse_size("512k").unwrap(), 512 << 10);
        assert_eq!(parse_size("100").unwrap(), 100);
        for bad in ["0", "G", "1X", "-1", "99999999999T"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
        assert_eq!(human_size(1 << 30), "1 GiB");
        assert_eq!(human_size(1536), "1.5 KiB");
        assert_eq!(human_size(78), "78 B");
    }

    #[test]
    fn the_partial_path_sits_beside_the_destination() {
        assert_eq!(
            partial_path(Path::new("/tmp/a.gz")),
            PathBuf::from("/tmp/a.gz.partial")
        );
    }
}
