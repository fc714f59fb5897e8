//! Client-side pacing: one limiter per command, paced just under the documented QPS, with a
//! small burst, slowing down when the service says "too fast" and recovering gradually.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Fraction of the documented rate to aim for: arrival jitter must not tip the service over.
const HEADROOM: f64 = 0.97;
/// Calls that may go at once after an idle spell (the service's bucket holds a second's worth).
const BURST_SECONDS: f64 = 0.4;
const MIN_FACTOR: f64 = 0.1;

pub struct Limiter {
    qps: f64,
    state: Mutex<Pace>,
}

struct Pace {
    /// Earliest time the next call may start.
    next: Instant,
    /// Current fraction of the documented rate (lowered when throttled).
    factor: f64,
}

impl Limiter {
    pub fn new(qps: f64) -> Self {
        Limiter {
            qps,
            state: Mutex::new(Pace {
                // Start with a full burst available.
                next: Instant::now()
                    .checked_sub(burst(qps))
                    .unwrap_or_else(Instant::now),
                factor: HEADROOM,
            }),
        }
    }

    /// How long the caller must wait before sending; reserves its slot.
    pub fn reserve(&self) -> Duration {
        let mut pace = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let interval = Duration::from_secs_f64(1.0 / (self.qps * pace.factor));
        let earliest = now.checked_sub(burst(self.qps)).unwrap_or(now);
        let slot = pace.next.max(earliest);
        pace.next = slot + interval;
        slot.saturating_duration_since(now)
    }

    /// The service throttled a call: slow down and pause briefly.
    pub fn throttled(&self) {
        let mut pace = self.state.lock().unwrap_or_else(|p| p.into_inner());
        pace.factor = (pace.factor * 0.7).max(MIN_FACTOR);
        let pause = Instant::now() + Duration::from_millis(200);
        pace.next = pace.next.max(pause);
    }

    /// A call went through: creep back towards the target rate.
    pub fn succeeded(&self) {
        let mut pace = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if pace.factor < HEADROOM {
            pace.factor = (pace.factor * 1.02).min(HEADROOM);
        }
    }
}

/// The idle credit: [`BURST_SECONDS`] of calls, but never more than the service's one-second
/// bucket holds beyond the call itself — for a 1 call/s command (`get_appid_group_list`) none,
/// or the second call would follow the first by less than a second.
fn burst(qps: f64) -> Duration {
    Duration::from_secs_f64(BURST_SECONDS.min(((qps - 1.0) / qps).max(0.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paces_after_a_short_burst() {
        let limiter = Limiter::new(100.0);
        let waits: Vec<Duration> = (0..200).map(|_| limiter.reserve()).collect();
        // About 0.4 s of calls go at once, then one every ~10.3 ms.
        assert!(waits[..35].iter().all(|w| w.is_zero()));
        let last = waits[199].as_secs_f64();
        assert!((1.5..2.0).contains(&last), "{last}");
    }

    #[test]
    fn a_one_call_a_second_command_gets_no_burst() {
        let limiter = Limiter::new(1.0);
        let waits: Vec<Duration> = (0..3).map(|_| limiter.reserve()).collect();
        assert!(waits[0].is_zero());
        assert!(waits[1] >= Duration::from_millis(1000), "{waits:?}");
        assert!(waits[2] >= Duration::from_millis(2000), "{waits:?}");
    }

    #[test]
    fn throttling_slows_the_pace() {
        let limiter = Limiter::new(100.0);
        let before = (0..100).map(|_| limiter.reserve()).last().unwrap();
        limiter.throttled();
        let after = (0..100).map(|_| limiter.reserve()).last().unwrap();
        assert!(
            after > before + Duration::from_millis(300),
            "{before:?} {after:?}"
        );
    }
}
