//! What the emulator does to a request before answering it: the documented per-command rate
//! limits (`--throttle`) and injected failures (`--fail-rate`, seeded so a run can be replayed).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

/// The documented default QPS of a command (spec §12).
pub fn documented_qps(service: &str, command: &str) -> f64 {
    match (service, command) {
        ("im_open_login_svc", "multiaccount_import" | "account_delete" | "account_check") => 100.0,
        ("group_open_http_svc", "get_appid_group_list") => 1.0,
        ("open_msg_svc", "get_history") => 10.0,
        _ => 200.0,
    }
}

/// Per-command token buckets holding one second of the documented rate.
#[derive(Default)]
pub struct Throttle {
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

impl Throttle {
    /// Takes one call's token for `service/command`; `false` when over the rate.
    pub fn admit(&self, service: &str, command: &str) -> bool {
        let qps = documented_qps(service, command);
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let (tokens, last) = buckets
            .entry(format!("{service}/{command}"))
            .or_insert((qps, now));
        *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * qps).min(qps);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// An injected failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// HTTP 502 from the "gateway", before the request is processed.
    BadGateway,
    /// HTTP 200 with a throttling ErrorCode (60018), before processing.
    Throttled,
    /// The connection closes without an answer; `after` = the request was processed first.
    Reset { after: bool },
    /// No answer for a long time (the client's timeout fires); `after` as for `Reset`.
    Hang { after: bool },
}

pub struct FaultPlan {
    rate: f64,
    rng: Mutex<fastrand::Rng>,
}

impl FaultPlan {
    pub fn new(rate: f64, seed: u64) -> Self {
        FaultPlan {
            rate,
            rng: Mutex::new(fastrand::Rng::with_seed(seed)),
        }
    }

    /// The fault for the next request, if any: reproducible for a seed and an arrival order.
    pub fn next(&self) -> Option<Fault> {
        if self.rate <= 0.0 {
            return None;
        }
        let mut rng = self.rng.lock().unwrap_or_else(|p| p.into_inner());
        if rng.f64() >= self.rate {
            return None;
        }
        Some(match rng.u8(0..6) {
            0 | 1 => Fault::BadGateway,
            2 => Fault::Throttled,
            3 => Fault::Reset { after: rng.bool() },
            4 => Fault::Reset { after: false },
            _ => Fault::Hang { after: rng.bool() },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bucket_admits_one_second_of_calls_then_refuses() {
        let t = Throttle::default();
        let admitted = (0..150)
            .filter(|_| t.admit("im_open_login_svc", "account_check"))
            .count();
        assert!((100..=102).contains(&admitted), "{admitted}");
        assert!(
            t.admit("profile", "portrait_get"),
            "buckets are per command"
        );
    }

    #[test]
    fn faults_are_reproducible_and_near_the_rate() {
        let a: Vec<_> = (0..10_000)
            .map(|_| FaultPlan::new(0.05, 7))
            .take(1)
            .collect();
        let plan = &a[0];
        let run: Vec<_> = (0..10_000).map(|_| plan.next()).collect();
        let again = FaultPlan::new(0.05, 7);
        assert!(run.iter().all(|f| *f == again.next()));
        let hits = run.iter().filter(|f| f.is_some()).count();
        assert!((400..600).contains(&hits), "{hits}");
        assert!(FaultPlan::new(0.0, 1).next().is_none());
    }
}
