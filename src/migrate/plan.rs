//! `--dry-run`'s arithmetic: for each stage, the calls it takes on each app (reading the
//! source, reading the destination, writing it) and the time the documented rates imply
//! (`domain::limits::qps`, spec §12). Stages run one after the other, so the times add up.

use serde_json::{json, Value};

use super::write::PROFILE_WRITE_BATCH;
use super::Kind;
use crate::api::wire::{account, c2c, history, profile, Endpoint};
use crate::domain::limits::{qps, ACCOUNT_BATCH, PROFILE_BATCH};

/// Calls of one command on one app.
#[derive(Debug, Clone, PartialEq)]
pub struct Calls {
    /// `source` or `destination`.
    pub app: &'static str,
    pub command: &'static str,
    pub calls: u64,
    pub per_second: f64,
}

impl Calls {
    fn of<E: Endpoint>(app: &'static str, calls: u64) -> Calls {
        Calls {
            app,
            command: E::COMMAND,
            calls,
            per_second: qps(E::SERVICE, E::COMMAND),
        }
    }

    pub fn seconds(&self) -> f64 {
        self.calls as f64 / self.per_second
    }
}

/// One stage's counts and calls.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    pub kind: Kind,
    /// Items read from the source (accounts asked about, for the accounts stage).
    pub asked: u64,
    /// Items in the bundle: what the write stage would write at most.
    pub items: u64,
    pub calls: Vec<Calls>,
}

impl Stage {
    pub fn seconds(&self) -> f64 {
        self.calls.iter().map(Calls::seconds).sum()
    }

    /// `accounts: 250 item(s); source account_check 3 calls / 100/s = 0.03 s; ...`
    pub fn human(&self) -> String {
        let calls: Vec<String> = self
            .calls
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} call(s) / {}/s = {:.2} s",
                    c.app,
                    c.command,
                    c.calls,
                    c.per_second,
                    c.seconds()
                )
            })
            .collect();
        format!(
            "{}: {} item(s); {}; {:.2} s",
            self.kind.name(),
            self.items,
            calls.join(" + "),
            self.seconds()
        )
    }

    pub fn to_json(&self) -> Value {
        let calls: Vec<Value> = self
            .calls
            .iter()
            .map(|c| {
                json!({"App": c.app, "Command": c.command, "Calls": c.calls,
                    "PerSecond": c.per_second, "Seconds": c.seconds()})
            })
            .collect();
        json!({"Stage": self.kind.name(), "Items": self.items, "Calls": calls,
            "Seconds": self.seconds()})
    }
}

fn batches(n: u64, size: usize) -> u64 {
    n.div_ceil(size as u64)
}

/// The calls of `kind` for `items` bundle lines. `asked`: accounts asked about (accounts);
/// `accounts`: accounts whose profiles are read (profiles); `hours`: archive hours (messages).
pub fn stage(kind: Kind, asked: u64, items: u64, accounts: u64, hours: u64) -> Stage {
    let calls = match kind {
        Kind::Accounts => vec![
            Calls::of::<account::AccountCheck>("source", batches(asked, ACCOUNT_BATCH)),
            Calls::of::<account::AccountCheck>("destination", batches(items, ACCOUNT_BATCH)),
            Calls::of::<account::MultiaccountImport>("destination", batches(items, ACCOUNT_BATCH)),
        ],
        Kind::Profiles => vec![
            Calls::of::<profile::PortraitGet>("source", batches(accounts, PROFILE_BATCH)),
            Calls::of::<profile::PortraitGet>("destination", batches(items, PROFILE_WRITE_BATCH)),
            Calls::of::<profile::PortraitSet>("destination", items),
        ],
        Kind::C2cMessages => vec![
            Calls::of::<history::GetHistory>("source", hours),
            Calls::of::<history::GetHistory>("destination", hours),
            Calls::of::<c2c::ImportMsg>("destination", items),
        ],
        _ => Vec::new(),
    };
    Stage {
        kind,
        asked,
        items,
        calls,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_is_the_calls_over_the_documented_rates() {
        let s = stage(Kind::Accounts, 10_000, 10_000, 0, 0);
        // 100 account_check on each side and 100 imports, all at 100/s.
        assert_eq!(s.calls.iter().map(|c| c.calls).sum::<u64>(), 300);
        assert!((s.seconds() - 3.0).abs() < 1e-9);
        let p = stage(Kind::Profiles, 0, 10_000, 10_000, 0);
        // 100 + 500 reads and 10,000 sets at 200/s.
        assert!((p.seconds() - 53.0).abs() < 1e-9, "{}", p.human());
        let m = stage(Kind::C2cMessages, 0, 10_000, 0, 24);
        // 24 hours on each side at 10/s, 10,000 imports at 200/s.
        assert!((m.seconds() - 54.8).abs() < 1e-9, "{}", m.human());
    }
}
