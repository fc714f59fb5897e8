//! The flags every bulk command shares (`--file`, `--resume`, `--checkpoint`, `--failures`,
//! `--concurrency`), declared once so that each bulk verb flattens the same set.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct BulkFileArgs {
    /// Read the accounts from this file: CSV with a header (UserID[,Nick,FaceUrl]) or JSONL
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Continue an interrupted run of the same --file from its checkpoint
    #[arg(long, requires = "file")]
    pub resume: bool,
    /// Where to keep the checkpoint (default: FILE.imctl-checkpoint)
    #[arg(long, value_name = "PATH", requires = "file")]
    pub checkpoint: Option<PathBuf>,
    /// Write the items that failed here, in the input's format, to feed back later
    #[arg(long, value_name = "FILE", requires = "file")]
    pub failures: Option<PathBuf>,
    /// Requests in flight at once (the rate limiter still paces them)
    #[arg(long, value_name = "N", default_value_t = 16)]
    pub concurrency: usize,
}
