//! Counts of a running bulk job and its ETA; the command layer draws them (bulk never prints).

use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Progress {
    /// Rows in the input, when known (a regular file counted up front).
    pub total: Option<u64>,
    /// Rows finished in this run (succeeded or failed).
    pub done: u64,
    pub failed: u64,
    /// Rows a previous run finished (`--resume`).
    pub skipped: u64,
    started: Instant,
}

impl Progress {
    pub fn new(total: Option<u64>) -> Self {
        Progress {
            total,
            done: 0,
            failed: 0,
            skipped: 0,
            started: Instant::now(),
        }
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Rows done per second in this run.
    pub fn rate(&self) -> f64 {
        let secs = self.elapsed().as_secs_f64();
        if secs > 0.0 {
            self.done as f64 / secs
        } else {
            0.0
        }
    }

    /// Time left at the current rate, when the total is known.
    pub fn eta(&self) -> Option<Duration> {
        let left = self.total?.saturating_sub(self.done + self.skipped);
        let rate = self.rate();
        (rate > 0.0).then(|| Duration::from_secs_f64(left as f64 / rate))
    }

    /// `1,200/30,000 (4.0%), 3 failed, ETA 28s`.
    pub fn line(&self) -> String {
        let count = self.done + self.skipped;
        let mut text = match self.total {
            Some(total) if total > 0 => format!(
                "{count}/{total} ({:.1}%)",
                count as f64 * 100.0 / total as f64
            ),
            _ => format!("{count}"),
        };
        if self.failed > 0 {
            text.push_str(&format!(", {} failed", self.failed));
        }
        if let Some(eta) = self.eta() {
            text.push_str(&format!(", ETA {}s", eta.as_secs()));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_eta() {
        let mut p = Progress::new(Some(100));
        p.done = 10;
        p.failed = 1;
        assert!(p.line().starts_with("10/100 (10.0%), 1 failed"));
        let p = Progress::new(None);
        assert_eq!(p.line(), "0");
        assert!(p.eta().is_none());
    }
}
