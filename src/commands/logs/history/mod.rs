//! `imctl logs history`: one hour of all C2C or group messages from `open_msg_svc/get_history`
//! (spec §7.2). Each listed archive is downloaded, checked against the announced sizes and MD5s
//! (compressed and unpacked, stopping as soon as either is passed) before anything is printed
//! or kept, then streamed through the filters one line at a time. Ctrl-C or SIGTERM removes
//! every partial file and the temporary directory.

mod archive;
mod hour;

use crate::domain::codes;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, ValueEnum};

use crate::api::download::{self, Cap, Expected};
use crate::api::wire;
use crate::api::wire::history::{GetHistory, GetHistoryRequest};
use crate::bulk::outputs::unwritable;
use crate::commands::{rest, Ctx};
use crate::error::{Error, Exit};
use crate::units::now_unix;
use archive::{check_archive, print_messages, Filter};

/// A download gets this long unless `--timeout` says otherwise.
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(300);
/// The defaults of `--max-download` and `--max-unpacked` (used when the service announces no
/// size; an announced size is the limit otherwise).
const MAX_DOWNLOAD: &str = "1G";
const MAX_UNPACKED: &str = "8G";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChatType {
    C2c,
    Group,
}

impl ChatType {
    fn wire(self) -> &'static str {
        match self {
            ChatType::C2c => "C2C",
            ChatType::Group => "Group",
        }
    }
}

#[derive(Debug, Args)]
#[command(after_help = "\
The service writes one archive set per hour (Beijing time, UTC+8), ready about an hour after
the hour ends, and keeps it 7 days. Without --hour or --since the last complete hour is read;
the hour read and its UTC span are said on stderr. Every file is checked against its announced
size and MD5 before any message is printed; a corrupt or oversized download is removed and
nothing is kept. When the service announces no size, --max-download and --max-unpacked cap the
download and the unpacked archive (exit 1 naming the limit).

Examples:
  imctl logs history --type c2c
  imctl logs history --type c2c --hour 2026112821
  # the hour holding the time two hours ago, on any clock
  imctl logs history --type c2c --since 2h
  imctl logs history --type group --hour 2026112821 --peer @TGS#2J4SZEAEL \\
      -o jsonl
  imctl logs history --type c2c --hour 2026112821 --user alice --grep refund
  # keep the checked .gz files
  imctl logs history --type c2c --hour 2026112821 --out ./archive")]
pub struct HistoryArgs {
    /// One-to-one or group messages
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub chat_type: ChatType,
    /// The hour, as YYYYMMDDHH in Beijing time (2026112821 = 21:00-21:59 on 2026-11-28)
    /// [default: the last complete hour]
    #[arg(long, value_name = "YYYYMMDDHH", value_parser = hour::hour_value, conflicts_with = "since")]
    pub hour: Option<String>,
    /// The hour holding this time: a duration ago (2h, 90m) or a time with its offset
    /// (2026-11-28T14:30:00+01:00, …Z)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Keep the downloaded archives in this directory (default: a temporary one, removed after)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Only messages sent by or to this user
    #[arg(long, value_name = "USERID")]
    pub user: Option<String>,
    /// Only messages with this peer: the receiver (C2C) or the group (GroupId)
    #[arg(long, value_name = "ID")]
    pub peer: Option<String>,
    /// Only messages whose text contains this (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub grep: Option<String>,
    /// The largest download accepted when the service announces no size (512M, 1G, 2G)
    #[arg(long, value_name = "SIZE", default_value = MAX_DOWNLOAD)]
    pub max_download: String,
    /// The largest unpacked archive accepted when the service announces no size
    #[arg(long, value_name = "SIZE", default_value = MAX_UNPACKED)]
    pub max_unpacked: String,
}

pub fn run(ctx: &mut Ctx, args: &HistoryArgs) -> Result<Exit, Error> {
    let filter = Filter {
        user: args.user.clone(),
        peer: args.peer.clone(),
        grep: args.grep.clone(),
    };
    let size = |flag: &'static str, text: &str| {
        download::parse_size(text)
            .map(|bytes| Cap { bytes, flag })
            .map_err(|m| Error::usage(format!("{flag}: {m}")))
    };
    let download_cap = size("--max-download", &args.max_download)?;
    let unpacked_cap = size("--max-unpacked", &args.max_unpacked)?;
    let now = now_unix();
    let since = args
        .since
        .as_deref()
        .map(|s| {
            crate::commands::logs::filters::parse_time(s, now)
                .map_err(|m| Error::usage(format!("--since: {m}")))
        })
        .transpose()?;
    let chosen = hour::choose(args.hour.as_deref(), since, now)
        .ok_or_else(|| Error::usage("--since: that time has no Beijing hour"))?;
    let hour = chosen.hour.clone();
    // Every output rule is checked before the first request.
    let temp;
    let dir: &Path = match &args.out {
        Some(dir) => {
            writable_dir(dir)?;
            dir
        }
        None => {
            temp = TempDir::new()?;
            &temp.0
        }
    };
    ctx.out.status(&chosen.note);
    let timeout = ctx
        .global
        .timeout
        .map_or(DOWNLOAD_TIMEOUT, Duration::from_secs);
    let rt = rest::runtime()?;
    let interrupted = Arc::new(AtomicBool::new(false));
    let request = GetHistoryRequest {
        chat_type: args.chat_type.wire().into(),
        msg_time: hour.clone(),
    };
    let downloads = async {
        let session = rest::connect(ctx).await?;
        let files = match wire::call::<GetHistory>(&session.client, &request, &[]).await {
            Ok(answer) => answer.file,
            Err(e) => return Err(explain(e, &hour, now)),
        };
        let mut archives = Vec::new();
        for (n, file) in files.iter().enumerate() {
            let dest = dir.join(archive_name(args.chat_type, &hour, n, files.len()));
            let expected = Expected {
                size: Some(file.gzip_size).filter(|s| *s > 0),
                md5: Some(file.gzip_md5.clone()).filter(|m| !m.is_empty()),
            };
            ctx.out.status(&format!(
                "downloading {} ({})",
                dest.display(),
                match expected.size {
                    Some(size) => format!("{size} bytes"),
                    None => "size not announced".into(),
                }
            ));
            download::fetch(
                &session.client,
                &file.url,
                &dest,
                &expected,
                download_cap,
                timeout,
                |p| check_archive(p, file, unpacked_cap),
            )
            .await?;
            archives.push(dest);
        }
        Ok::<_, Error>(archives)
    };
    let flag = interrupted.clone();
    let archives = rt.block_on(async move {
        // Dropping the downloads on a signal drops their `.partial` guards: nothing stays.
        tokio::select! {
            result = downloads => result,
            () = interruption() => {
                flag.store(true, Ordering::SeqCst);
                Err(Error::Interrupted)
            }
        }
    })?;
    // The signals stay caught while the archives are read: reading stops at the next line.
    let flag = interrupted.clone();
    let _watch = rt.spawn(async move {
        interruption().await;
        flag.store(true, Ordering::SeqCst);
    });
    if archives.is_empty() {
        ctx.out
            .status("the service listed no archive for that hour");
        return Ok(Exit::Ok);
    }
    print_messages(ctx, &archives, &filter, &interrupted)?;
    Ok(Exit::Ok)
}

/// Ctrl-C or SIGTERM.
async fn interruption() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) {
            (Ok(mut int), Ok(mut term)) => {
                tokio::select! {
                    _ = int.recv() => {}
                    _ = term.recv() => {}
                }
            }
            _ => std::future::pending().await,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// `--out`: created if missing; it must be a directory imctl can write in (exit 3 before any
/// request otherwise, as for the bulk commands' output files).
fn writable_dir(dir: &Path) -> Result<(), Error> {
    if dir.exists() && !dir.is_dir() {
        let e = std::io::Error::new(
            std::io::ErrorKind::NotADirectory,
            "it is a file, and --out names the directory the archives are kept in",
        );
        return Err(unwritable("--out", dir, &e));
    }
    std::fs::create_dir_all(dir).map_err(|e| unwritable("--out", dir, &e))?;
    let probe = dir.join(format!(".imctl-write-check-{}", std::process::id()));
    std::fs::File::create(&probe).map_err(|e| unwritable("--out", dir, &e))?;
    let _ = std::fs::remove_file(&probe);
    Ok(())
}

/// `c2c-2026112821.gz`, numbered when the hour has several files.
fn archive_name(chat: ChatType, hour: &str, n: usize, of: usize) -> String {
    let kind = chat.wire().to_lowercase();
    if of > 1 {
        format!("{kind}-{hour}-{}.gz", n + 1)
    } else {
        format!("{kind}-{hour}.gz")
    }
}

/// The documented get_history errors in plain words.
fn explain(e: Error, hour: &str, now: i64) -> Error {
    match &e {
        Error::Api {
            code: code @ codes::HISTORY_NOT_READY,
            ..
        } => Error::Failed(format!(
            "no archive for {hour} (ErrorCode {code}): {}{}",
            codes::fix(*code).unwrap_or_default(),
            hour::suggestion(hour, now)
        )),
        Error::Api {
            code: code @ codes::HISTORY_EXPIRED,
            ..
        } => Error::Failed(format!(
            "the archive for {hour} has expired (ErrorCode {code}): {}",
            codes::fix(*code).unwrap_or_default()
        )),
        _ => e,
    }
}

/// A private temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<Self, Error> {
        let path = std::env::temp_dir().join(format!(
            "imctl-history-{}-{}",
            std::process::id(),
            fastrand::u64(..)
        ));
        crate::config::create_private_dir(&path)?;
        Ok(Self(path))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
