//! Per-item failures of a command that acts on several items (accounts now, groups and members
//! later): each failed item is reported on stderr as `ID: ErrorCode N: reason` (escaped), the
//! items that worked are still printed by the command, and the exit status is 6. One place, so
//! `profile get` and the bulk verbs read the same.

use crate::error::{Error, Exit};
use crate::output::Output;

/// One item the service answered with a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemFailure {
    /// The item's identifier (UserID, GroupId, ...), exactly as the service named it.
    pub id: String,
    /// The item's own code (`ResultCode`, `ErrorCode`); `None` when the service gave none.
    pub code: Option<i64>,
    /// The service's reason (`ResultInfo`, `ErrorInfo`), or imctl's words when it gave none.
    pub reason: String,
}

impl ItemFailure {
    pub fn new(id: impl Into<String>, code: Option<i64>, reason: impl Into<String>) -> Self {
        ItemFailure {
            id: id.into(),
            code,
            reason: reason.into(),
        }
    }
}

/// Reports every failure on stderr (even under `--quiet`: they are errors) and turns them into
/// the exit status: `Ok` when none failed, else [`Error::Partial`] (exit 6), whose summary line
/// `main` prints last. Call it after the command printed the items that worked.
pub fn finish(out: &Output, requested: usize, failures: &[ItemFailure]) -> Result<Exit, Error> {
    for f in failures {
        out.item_error(&f.id, f.code, &f.reason);
    }
    if failures.is_empty() {
        return Ok(Exit::Ok);
    }
    Err(Error::Partial {
        requested: requested as u64,
        failed: failures.len() as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_make_a_partial_error() {
        let out = Output::new(None, true, 0, true);
        assert_eq!(finish(&out, 3, &[]).unwrap(), Exit::Ok);
        let e = finish(
            &out,
            3,
            &[ItemFailure::new("ghost", Some(40003), "missing")],
        )
        .unwrap_err();
        assert_eq!(e.exit(), Exit::Partial);
        assert_eq!(e.to_string(), "1 of 3 item(s) failed");
    }
}
