//! What the emulator does to a request before answering it: the documented per-command rate
//! limits (`--throttle`) and injected failures (`--fail-rate`, seeded so a run can be replayed).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use clap::ValueEnum;
use serde_json::Value;

/// The documented default QPS of a command (spec §12).
pub use crate::domain::limits::qps as documented_qps;

/// Per-command token buckets holding one second of the documented rate, and the per-minute
/// message budgets that count recipients rather than calls (`batchsendmsg`).
#[derive(Default)]
pub struct Throttle {
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
    recipients: Mutex<Option<(f64, Instant)>>,
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

    /// Takes `batchsendmsg`'s recipients from its per-minute message budget (spec §5.4: each
    /// recipient one message, 12,000 a minute, beside the 200 calls a second); the refusal's
    /// text, or `None` when admitted or when the command has no such budget.
    pub fn refuse_recipients(&self, service: &str, command: &str, body: &Value) -> Option<String> {
        if (service, command) != ("openim", "batchsendmsg") {
            return None;
        }
        let wanted = body
            .get("To_Account")
            .and_then(Value::as_array)
            .map_or(0, Vec::len) as f64;
        let per_minute = crate::domain::limits::BATCH_SEND_RECIPIENTS_PER_MINUTE;
        let now = Instant::now();
        let mut budget = self.recipients.lock().unwrap_or_else(|p| p.into_inner());
        let (tokens, last) = budget.get_or_insert((per_minute, now));
        let refill = now.duration_since(*last).as_secs_f64() * per_minute / 60.0;
        *tokens = (*tokens + refill).min(per_minute);
        *last = now;
        if *tokens >= wanted {
            *tokens -= wanted;
            None
        } else {
            Some(format!(
                "message frequency exceeded: batchsendmsg allows {per_minute} recipient-messages a minute; {wanted} asked, {} left",
                tokens.floor()
            ))
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
    kinds: Vec<FaultKind>,
    rng: Mutex<fastrand::Rng>,
}

impl FaultPlan {
    pub fn new(rate: f64, seed: u64, kinds: &[FaultKind]) -> Self {
        FaultPlan {
            rate: if kinds.is_empty() { 0.0 } else { rate },
            kinds: kinds.to_vec(),
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
        let after = rng.bool();
        Some(match self.kinds[rng.usize(..self.kinds.len())] {
            FaultKind::Http5xx => Fault::BadGateway,
            FaultKind::Throttle => Fault::Throttled,
            // Half the resets and hangs strike after the work is done: the answer is lost, and
            // the client's retry must be harmless.
            FaultKind::Reset => Fault::Reset { after },
            FaultKind::Hang => Fault::Hang { after },
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
    fn batchsendmsg_recipients_are_counted_against_the_minute_budget() {
        let t = Throttle::default();
        let to = |n: usize| serde_json::json!({"To_Account": vec!["u"; n]});
        // 24 batches of 500 fill the 12,000 a minute; the next recipient is refused.
        for i in 0..24 {
            assert_eq!(
                t.refuse_recipients("openim", "batchsendmsg", &to(500)),
                None,
                "{i}"
            );
        }
        let refused = t.refuse_recipients("openim", "batchsendmsg", &to(500));
        assert!(refused.unwrap().contains("12000"));
        // Other commands have no such budget.
        assert_eq!(t.refuse_recipients("openim", "sendmsg", &to(500)), None);
    }

    #[test]
    fn faults_are_reproducible_and_near_the_rate() {
        let all = [
            FaultKind::Http5xx,
            FaultKind::Throttle,
            FaultKind::Reset,
            FaultKind::Hang,
        ];
        let plan = FaultPlan::new(0.05, 7, &all);
        let run: Vec<_> = (0..10_000).map(|_| plan.next()).collect();
        let again = FaultPlan::new(0.05, 7, &all);
        assert!(run.iter().all(|f| *f == again.next()));
        let hits = run.iter().filter(|f| f.is_some()).count();
        assert!((400..600).contains(&hits), "{hits}");
        assert!(FaultPlan::new(0.0, 1, &all).next().is_none());
        let only = FaultPlan::new(1.0, 1, &[FaultKind::Throttle]);
        assert!((0..100).all(|_| only.next() == Some(Fault::Throttled)));
    }
}

/// A failure the emulator can inject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FaultKind {
    /// HTTP 502 from the gateway
    #[value(name = "5xx")]
    Http5xx,
    /// HTTP 200 with ErrorCode 60018 (too many requests)
    Throttle,
    /// The connection closes without an answer
    Reset,
    /// No answer until the client gives up
    Hang,
}
