//! Downloading a file the service points at (chat-history archives): streamed to
//! `<dest>.partial`, checked against the size and MD5 the service announced, and only then
//! renamed to `dest`. A failed or corrupt download never leaves a file at `dest`.

use std::io::Write;
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

/// Downloads `url` to `dest` through `client`'s transport rules (https, or http to loopback;
/// no redirects; the proxy rule). The whole download may take `timeout`. `accept` checks the
/// complete file (at its `.partial` path) before it is moved to `dest`.
pub async fn fetch(
    client: &Client,
    url: &str,
    dest: &Path,
    expected: &Expected,
    timeout: Duration,
    accept: impl FnOnce(&Path) -> Result<(), Error>,
) -> Result<u64, Error> {
    let checked = checked_base_url(
        "the download URL",
        url,
        false,
        "the service gave a plain-http download URL for a remote host",
    )?;
    let parsed = url::Url::parse(&checked)
        .map_err(|e| Error::Transport(format!("the download URL is not a URL: {e}")))?;
    let (http, _route) = client.http_for(&parsed)?;
    let host = parsed.host_str().unwrap_or("?").to_string();
    let partial = partial_path(dest);
    let result = tokio::time::timeout(timeout, stream_to(&http, parsed, &partial, expected)).await;
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
    match outcome {
        Ok(size) => {
            std::fs::rename(&partial, dest).map_err(|e| {
                Error::io(
                    format!("cannot move the download to {}", dest.display()),
                    &e,
                )
            })?;
            Ok(size)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            Err(e)
        }
    }
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
        if let Some(limit) = expected.size {
            if size > limit {
                return Err(corrupt(format!(
                    "more than the announced {limit} bytes arrived"
                )));
            }
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
    fn the_partial_path_sits_beside_the_destination() {
        assert_eq!(
            partial_path(Path::new("/tmp/a.gz")),
            PathBuf::from("/tmp/a.gz.partial")
        );
    }
}
