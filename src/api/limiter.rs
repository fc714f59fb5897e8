//! Client-side pacing: one limiter per command, paced just under the documented QPS, with a
//! small burst, slowing down when the service says "too fast" and recovering gradually.
//! A command whose budget counts something other than calls (`batchsendmsg`: 12,000
//! recipient-messages a minute, spec §5.4/§12) has a weighted limiter: each call is charged
//! its count ([`cost`]), and nothing banks up while idle, so any minute holds at most the
//! documented number (a call goes at once, and the next waits for the units it spent).

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Fraction of the documented rate to aim for: arrival jitter must not tip the service over.
const HEADROOM: f64 = 0.97;
/// Calls that may go at once after an idle spell (the service's bucket holds a second's worth).
const BURST_SECONDS: f64 = 0.4;
const MIN_FACTOR: f64 = 0.1;

pub struct Limiter {
    /// Calls (or, when `weighted`, units) a second.
    qps: f64,
    weighted: bool,
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
            weighted: false,
            state: Mutex::new(Pace {
                // Start with a full burst available.
                next: Instant::now()
                    .checked_sub(burst(qps))
                    .unwrap_or_else(Instant::now),
                factor: HEADROOM,
            }),
        }
    }

    /// A limiter of `per_second` units (recipients, …), each call charged its [`cost`].
    pub fn weighted(per_second: f64) -> Self {
        Limiter {
            qps: per_second,
            weighted: true,
            state: Mutex::new(Pace {
                next: Instant::now(),
                factor: HEADROOM,
            }),
        }
    }

    /// How long the caller must wait before sending; reserves its slot.
    pub fn reserve(&self) -> Duration {
        self.reserve_at(Instant::now(), 1)
    }

    /// [`Limiter::reserve`] for a call that spends `units` of a weighted budget (1 for a
    /// limiter of calls).
    pub fn reserve_units(&self, units: u32) -> Duration {
        self.reserve_at(Instant::now(), units)
    }

    /// The reservation as of `now` (the clock, injected for tests).
    fn reserve_at(&self, now: Instant, units: u32) -> Duration {
        let mut pace = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let units = if self.weighted { units.max(1) } else { 1 };
        let interval = Duration::from_secs_f64(f64::from(units) / (self.qps * pace.factor));
        let credit = if self.weighted {
            Duration::ZERO
        } else {
            burst(self.qps)
        };
        let earliest = now.checked_sub(credit).unwrap_or(now);
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

/// What one call of `service/command` with `body` spends of its command's weighted budget:
/// `batchsendmsg`'s recipients; 1 for everything else.
pub fn cost(service: &str, command: &str, body: &serde_json::Value) -> u32 {
    match (service, command) {
        ("openim", "batchsendmsg") => body
            .get("To_Account")
            .and_then(serde_json::Value::as_array)
            .map_or(1, |to| u32::try_from(to.len()).unwrap_or(u32::MAX)),
        _ => 1,
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

    /// 10,000 recipients in batches of 500 against the documented 12,000 a minute: no 60-second
    /// window holds more than 12,000, and the run takes about what the ceiling allows.
    #[test]
    fn a_weighted_limiter_charges_each_batch_its_recipients() {
        let rate = crate::domain::limits::BATCH_SEND_RECIPIENTS_PER_MINUTE / 60.0;
        let limiter = Limiter::weighted(rate);
        let start = Instant::now();
        // Each batch is sent the moment its slot comes (the clock moves to it).
        let mut clock = start;
        let mut sent = Vec::new();
        for _ in 0..20 {
            clock += limiter.reserve_at(clock, 500);
            sent.push((clock - start).as_secs_f64());
        }
        assert_eq!(sent[0], 0.0);
        for (i, at) in sent.iter().enumerate() {
            let in_window = sent[i..].iter().take_while(|t| **t < at + 60.0).count();
            assert!(in_window * 500 <= 12_000, "{in_window} batches from {at}");
        }
        // 19 waits of 500 / (200 × 0.97) s: about 49 s, over the 47.5 s the ceiling allows for
        // the 9,500 recipients after the first batch, well under that ÷ 0.9.
        let last = sent[19];
        assert!((47.5..47.5 / 0.9).contains(&last), "{last}");
        // A limiter of calls ignores the units.
        let calls = Limiter::new(100.0);
        let now = Instant::now();
        assert!(calls.reserve_at(now, 500).is_zero());
        assert!(calls.reserve_at(now, 500).is_zero());
    }

    #[test]
    fn batchsendmsg_costs_its_recipients_and_other_calls_one() {
        let body = serde_json::json!({"To_Account": ["a", "b", "c"]});
        assert_eq!(cost("openim", "batchsendmsg", &body), 3);
        assert_eq!(cost("openim", "sendmsg", &body), 1);
        assert_eq!(cost("openim", "batchsendmsg", &serde_json::json!({})), 1);
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
