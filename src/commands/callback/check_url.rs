//! `imctl callback check-url`: the console's callback URL rules, every broken one named, and
//! the port-prefix warning when the URL replaces a previous one.

use clap::Args;
use serde_json::{json, Value};

use crate::callback::url_rules::{self, Finding, UrlReport};
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::output::Tone;

#[derive(Debug, Args)]
pub struct CheckUrlArgs {
    /// The callback URL to check, as it would be entered in the console
    #[arg(value_name = "URL")]
    pub url: String,
    /// The URL it replaces: adds the console's warning about ports that are prefixes of each other
    #[arg(long, value_name = "URL")]
    pub previous: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: &CheckUrlArgs) -> Result<Exit, Error> {
    let report = match &args.previous {
        None => url_rules::check(&args.url),
        Some(previous) => url_rules::check_change(&args.url, previous)
            .map_err(|m| Error::usage(format!("--previous {previous}: {m}")))?,
    };
    let value = to_json(&report, args);
    let human = to_human(ctx, &report, &args.url);
    ctx.out.object(&value, || human)?;
    Ok(if report.is_valid() {
        Exit::Ok
    } else {
        Exit::Failed
    })
}

fn findings_json(findings: &[Finding]) -> Value {
    Value::Array(
        findings
            .iter()
            .map(|f| json!({"Rule": f.rule.code(), "Message": f.message}))
            .collect(),
    )
}

fn to_json(r: &UrlReport, args: &CheckUrlArgs) -> Value {
    json!({
        "Url": args.url,
        "Valid": r.is_valid(),
        "Scheme": r.scheme,
        "Host": r.host,
        "HostKind": r.host_kind.as_str(),
        "Port": r.port,
        "Previous": args.previous,
        "Violations": findings_json(&r.violations),
        "Warnings": findings_json(&r.warnings),
        "Notes": r.notes,
    })
}

fn to_human(ctx: &Ctx, r: &UrlReport, url: &str) -> String {
    let mut lines = Vec::new();
    let n = r.violations.len();
    lines.push(if n == 0 {
        ctx.out.paint(
            Tone::Good,
            &format!("✓ {url} follows the console's callback URL rules"),
        )
    } else {
        let rules = if n == 1 { "rule" } else { "rules" };
        ctx.out.paint(
            Tone::Bad,
            &format!("✗ {url} breaks {n} of the console's callback URL {rules}"),
        )
    });
    let width = r
        .violations
        .iter()
        .chain(&r.warnings)
        .map(|f| f.rule.code().len())
        .max()
        .unwrap_or(0);
    for f in &r.violations {
        lines.push(format!("  ✗ {:<width$}  {}", f.rule.code(), f.message));
    }
    for f in &r.warnings {
        lines.push(format!("  ! {:<width$}  {}", f.rule.code(), f.message));
    }
    for note in &r.notes {
        lines.push(format!("  note: {note}"));
    }
    lines.join("\n")
}
