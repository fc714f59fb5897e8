//! When a failed REST attempt is tried again, and after how long: pure decisions, so they
//! can be tested without sleeping.
//!
//! A call may carry a time budget (`--timeout` on single-call commands). It starts when the
//! first attempt may go (after client-side pacing), covers every attempt, backoff and wait, and
//! each attempt gets at most what is left of it.

use crate::domain::codes;
use std::time::{Duration, Instant};

use crate::domain::limits;

/// How long the docs say to wait after a lockout before trying again.
pub const LOCKOUT_WAIT: Duration = Duration::from_secs(60);

/// What is left of a call's time budget.
#[derive(Debug, Clone, Copy)]
pub struct Deadline(Option<Instant>);

impl Deadline {
    /// A deadline `budget` from now, or none (an overflowing budget counts as none).
    pub fn starting_now(budget: Option<Duration>) -> Self {
        Deadline(budget.and_then(|b| Instant::now().checked_add(b)))
    }

    /// Time left, or `None` when the call has no budget.
    pub fn remaining(&self) -> Option<Duration> {
        self.0.map(|d| d.saturating_duration_since(Instant::now()))
    }

    /// How long the next attempt may take: `cap`, or less when the budget is nearly spent.
    pub fn attempt_timeout(&self, cap: Duration) -> Duration {
        self.remaining().map_or(cap, |left| left.min(cap))
    }
}

/// What to do after an attempt that failed in a retryable way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Sleep this long, then try again.
    RetryAfter(Duration),
    /// Report the failure now.
    GiveUp,
}

/// The state a retry decision depends on.
#[derive(Debug, Clone, Copy)]
pub struct Tries {
    /// Attempts made so far (1 after the first).
    pub made: u32,
    /// Attempts allowed in all.
    pub allowed: u32,
    /// Whether this call already sat out a lockout.
    pub lockout_waited: bool,
}

/// Decides whether to retry after a retryable failure with `code` (`None`: transport fault or
/// HTTP 5xx/429). `backoff` is the usual jittered pause; a lockout (70050) waits the
/// documented minute instead, once per call, and only when the budget leaves time to try
/// again after it. A wait that would outlast the budget means giving up now.
pub fn next_step(
    code: Option<i64>,
    tries: Tries,
    backoff: Duration,
    left: Option<Duration>,
) -> Next {
    if tries.made >= tries.allowed {
        return Next::GiveUp;
    }
    let wait = if code == Some(codes::USERSIG_LOCKOUT) {
        if tries.lockout_waited {
            // A second lockout right after sitting one out will not clear by waiting again.
            return Next::GiveUp;
        }
        LOCKOUT_WAIT
    } else {
        backoff
    };
    match left {
        Some(left) if wait >= left => Next::GiveUp,
        _ => Next::RetryAfter(wait),
    }
}

/// True for the answers that mean "slow down" (the limiter backs off on them).
pub fn is_throttling(code: Option<i64>) -> bool {
    code.is_some_and(limits::is_throttle_code)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BACKOFF: Duration = Duration::from_millis(150);

    fn tries(made: u32) -> Tries {
        Tries {
            made,
            allowed: 6,
            lockout_waited: false,
        }
    }

    #[test]
    fn transport_faults_and_throttling_back_off_until_attempts_run_out() {
        assert_eq!(
            next_step(None, tries(1), BACKOFF, None),
            Next::RetryAfter(BACKOFF)
        );
        assert_eq!(
            next_step(Some(60018), tries(5), BACKOFF, None),
            Next::RetryAfter(BACKOFF)
        );
        assert_eq!(next_step(None, tries(6), BACKOFF, None), Next::GiveUp);
    }

    #[test]
    fn the_budget_stops_a_wait_it_cannot_cover() {
        let left = Some(Duration::from_millis(100));
        assert_eq!(next_step(None, tries(1), BACKOFF, left), Next::GiveUp);
        let left = Some(Duration::from_secs(1));
        assert_eq!(
            next_step(None, tries(1), BACKOFF, left),
            Next::RetryAfter(BACKOFF)
        );
        assert_eq!(
            next_step(None, tries(1), BACKOFF, Some(Duration::ZERO)),
            Next::GiveUp
        );
    }

    #[test]
    fn a_lockout_waits_the_documented_minute_once_when_the_budget_allows() {
        // No budget (bulk runs, or no --timeout): sit it out once.
        assert_eq!(
            next_step(Some(codes::USERSIG_LOCKOUT), tries(1), BACKOFF, None),
            Next::RetryAfter(LOCKOUT_WAIT)
        );
        assert_eq!(LOCKOUT_WAIT, Duration::from_secs(60));
        // A budget that covers the minute and a try after it.
        assert_eq!(
            next_step(
                Some(codes::USERSIG_LOCKOUT),
                tries(1),
                BACKOFF,
                Some(Duration::from_secs(90))
            ),
            Next::RetryAfter(LOCKOUT_WAIT)
        );
        // A shorter budget: stop at once instead of the short throttling backoff.
        assert_eq!(
            next_step(
                Some(codes::USERSIG_LOCKOUT),
                tries(1),
                BACKOFF,
                Some(Duration::from_secs(30))
            ),
            Next::GiveUp
        );
        assert_eq!(
            next_step(
                Some(codes::USERSIG_LOCKOUT),
                tries(1),
                BACKOFF,
                Some(LOCKOUT_WAIT)
            ),
            Next::GiveUp
        );
        // Locked out again after waiting: give up.
        let waited = Tries {
            lockout_waited: true,
            ..tries(2)
        };
        assert_eq!(
            next_step(Some(codes::USERSIG_LOCKOUT), waited, BACKOFF, None),
            Next::GiveUp
        );
        assert!(is_throttling(Some(codes::USERSIG_LOCKOUT)));
    }

    #[test]
    fn deadlines_hand_each_attempt_what_is_left() {
        let cap = Duration::from_secs(10);
        assert_eq!(Deadline::starting_now(None).attempt_timeout(cap), cap);
        assert_eq!(Deadline::starting_now(None).remaining(), None);
        let d = Deadline::starting_now(Some(Duration::from_secs(2)));
        let t = d.attempt_timeout(cap);
        assert!(
            t <= Duration::from_secs(2) && t > Duration::from_secs(1),
            "{t:?}"
        );
        assert_eq!(
            Deadline::starting_now(Some(Duration::MAX)).remaining(),
            None
        );
    }
}
