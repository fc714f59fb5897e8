//! `imctl app doctor`'s checks, as data: each family of checks turns facts (the settings and
//! where they came from, the proxy route, what the hosts answered, the authenticated call's
//! outcome) into [`Check`]s. Nothing here prints or reads the environment or the clock: the
//! command gathers the facts, passes the time in, and renders the [`Report`].
//!
//! One file per family: `profile` (which settings are in use and where each came from),
//! `clock` (local time against the server's `Date`), `network` (proxy route and TLS trust),
//! `probe` (which host answers, how fast), `credentials` (key and app, the admin account).

pub mod clock;
pub mod credentials;
pub mod network;
pub mod probe;
pub mod profile;

use serde_json::{json, Value};

/// How one check came out. `Skip`: it could not run (an earlier check failed, or it does not
/// apply); it never makes the result worse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    Warn,
    Fail,
    Skip,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }
}

/// One check: its name, outcome, what was found, how to fix it, and a few machine-readable
/// facts (`Data`, documented per check in docs/output-doctor.md).
#[derive(Debug, Clone)]
pub struct Check {
    pub name: &'static str,
    pub status: Status,
    pub detail: String,
    pub fix: Option<String>,
    pub data: Value,
}

impl Check {
    pub fn new(name: &'static str, status: Status, detail: impl Into<String>) -> Self {
        Check {
            name,
            status,
            detail: detail.into(),
            fix: None,
            data: json!({}),
        }
    }

    pub fn fix(mut self, fix: impl Into<String>) -> Self {
        self.fix = Some(fix.into());
        self
    }

    pub fn data(mut self, data: Value) -> Self {
        self.data = data;
        self
    }
}

/// Every check, in the order they are shown.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub checks: Vec<Check>,
}

impl Report {
    /// `fail` if any check failed, else `warn` if any warned, else `ok`.
    pub fn result(&self) -> Status {
        let any = |s| self.checks.iter().any(|c| c.status == s);
        if any(Status::Fail) {
            Status::Fail
        } else if any(Status::Warn) {
            Status::Warn
        } else {
            Status::Ok
        }
    }

    /// How many checks ended each way, e.g. "5 ok, 1 warn, 1 skip".
    pub fn tally(&self) -> String {
        let parts: Vec<String> = [Status::Ok, Status::Warn, Status::Fail, Status::Skip]
            .into_iter()
            .filter_map(|s| {
                let n = self.checks.iter().filter(|c| c.status == s).count();
                (n > 0).then(|| format!("{n} {}", s.as_str()))
            })
            .collect();
        parts.join(", ")
    }

    /// The documented JSON shape: `{"Checks": [{"Name", "Status", "Detail", "Fix", "Data"}],
    /// "Result"}`.
    pub fn to_json(&self) -> Value {
        let checks: Vec<Value> = self.checks.iter().map(check_json).collect();
        json!({ "Checks": checks, "Result": self.result().as_str() })
    }
}

/// One check as a row of the JSON shape (also the table and CSV rows).
pub fn check_json(c: &Check) -> Value {
    json!({
        "Name": c.name,
        "Status": c.status.as_str(),
        "Detail": c.detail,
        "Fix": c.fix,
        "Data": c.data,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_result_is_the_worst_status_and_skip_never_counts() {
        let report = |statuses: &[Status]| Report {
            checks: statuses.iter().map(|&s| Check::new("x", s, "d")).collect(),
        };
        assert_eq!(report(&[]).result(), Status::Ok);
        assert_eq!(report(&[Status::Ok, Status::Skip]).result(), Status::Ok);
        assert_eq!(report(&[Status::Ok, Status::Warn]).result(), Status::Warn);
        assert_eq!(
            report(&[Status::Warn, Status::Fail, Status::Skip]).result(),
            Status::Fail
        );
        assert_eq!(
            report(&[Status::Ok, Status::Ok, Status::Skip]).tally(),
            "2 ok, 1 skip"
        );
    }

    #[test]
    fn the_json_shape_is_pascal_case_with_null_fixes() {
        let r = Report {
            checks: vec![
                Check::new("clock", Status::Ok, "fine"),
                Check::new("admin", Status::Fail, "bad").fix("do this"),
            ],
        };
        let v = r.to_json();
        assert_eq!(v["Result"], "fail");
        assert_eq!(v["Checks"][0]["Name"], "clock");
        assert_eq!(v["Checks"][0]["Fix"], Value::Null);
        assert_eq!(v["Checks"][1]["Status"], "fail");
        assert_eq!(v["Checks"][1]["Fix"], "do this");
        let keys: Vec<&str> = v["Checks"][0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["Name", "Status", "Detail", "Fix", "Data"]);
    }
}
