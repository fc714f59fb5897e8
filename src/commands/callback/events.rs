//! `imctl callback events [EVENT]`: the catalogue of callback events, or one event's details
//! with the answers that do each thing and a sample body.

use clap::Args;
use serde_json::{json, Value};

use crate::callback::events::{self, Effect, Event, Phase, EVENTS};
use crate::callback::{example_answer, ANSWER_TIMEOUT_MS};
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::global::OutputFormat;

#[derive(Debug, Args)]
pub struct EventsArgs {
    /// One CallbackCommand to show in detail, e.g. C2C.CallbackBeforeSendMsg (any case)
    #[arg(value_name = "EVENT")]
    pub event: Option<String>,
}

const COLUMNS: &[&str] = &[
    "CallbackCommand",
    "Phase",
    "Effects",
    "RejectCode",
    "Description",
];

pub fn run(ctx: &mut Ctx, args: &EventsArgs) -> Result<Exit, Error> {
    match &args.event {
        None => list(ctx),
        Some(name) => {
            let event = events::find(name).ok_or_else(|| unknown(name))?;
            detail(ctx, event)
        }
    }
}

pub(super) fn unknown(name: &str) -> Error {
    let close = events::suggest(name, 3);
    let hint = if close.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", close.join(", "))
    };
    Error::usage(format!(
        "unknown callback event `{name}`{hint} (`imctl callback events` lists all {})",
        EVENTS.len()
    ))
}

fn effects_json(e: &Event) -> Value {
    json!(e.effects.iter().map(|x| x.as_str()).collect::<Vec<_>>())
}

fn row(e: &Event) -> Value {
    json!({
        "CallbackCommand": e.command,
        "Phase": e.phase.as_str(),
        "Effects": effects_json(e),
        "RejectCode": e.reject_code,
        "Description": e.description,
    })
}

/// Effects as one cell for table, CSV and text.
fn effects_text(e: &Event) -> String {
    if e.effects.is_empty() {
        "-".into()
    } else {
        e.effects
            .iter()
            .map(|x| x.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn list(ctx: &mut Ctx) -> Result<Exit, Error> {
    let structured = matches!(
        ctx.out.format(),
        Some(OutputFormat::Json | OutputFormat::Jsonl)
    );
    let rows: Vec<Value> = EVENTS
        .iter()
        .map(|e| {
            let mut r = row(e);
            if !structured {
                r["Effects"] = json!(effects_text(e));
            }
            r
        })
        .collect();
    ctx.out.rows(COLUMNS, &rows)?;
    Ok(Exit::Ok)
}

/// The answers that make the service do each thing this event allows.
fn answers(e: &Event) -> Vec<(&'static str, Value)> {
    let effects: &[Effect] = if e.phase == Phase::After {
        &[Effect::Allow]
    } else {
        e.effects
    };
    effects
        .iter()
        .filter_map(|effect| {
            let label = match (e.phase, effect) {
                (Phase::After, _) => "acknowledge",
                (_, effect) => effect.as_str(),
            };
            example_answer(e, *effect).map(|a| (label, a))
        })
        .collect()
}

fn reject_words(e: &Event) -> String {
    let base = match e.reject_code {
        Some(code) => format!("ErrorCode 1 fails the operation with {code}"),
        None if e.can(Effect::Reject) => {
            "ErrorCode 1 fails the operation (the spec does not name the code)".into()
        }
        None => return "-".into(),
    };
    match e.custom_codes {
        Some((lo, hi)) => format!("{base}; your own code {lo}-{hi} is passed on instead"),
        None => base,
    }
}

fn detail(ctx: &mut Ctx, e: &Event) -> Result<Exit, Error> {
    let sample = e.sample_body();
    let answers = answers(e);
    let value = json!({
        "CallbackCommand": e.command,
        "Phase": e.phase.as_str(),
        "Effects": effects_json(e),
        "RejectCode": e.reject_code,
        "CustomRejectCodes": e.custom_codes.map(|(lo, hi)| json!({"From": lo, "To": hi})),
        "Description": e.description,
        "OnFailure": e.on_failure(),
        "TimeoutMs": ANSWER_TIMEOUT_MS,
        "Answers": answers
            .iter()
            .map(|(effect, answer)| json!({"Effect": effect, "Answer": answer}))
            .collect::<Vec<_>>(),
        "SampleBody": sample,
    });
    let human = || {
        let phase = match e.phase {
            Phase::Before => "before the operation: your answer decides it",
            Phase::After => "after the operation: a notice, your answer only acknowledges",
        };
        let row = |k: &str, v: &str| format!("  {k:<12} {v}");
        let mut lines = vec![
            format!("{} ({phase})", e.command),
            format!("  {}", e.description),
            String::new(),
            row("Answer can", &effects_text(e)),
            row("Reject", &reject_words(e)),
            row(
                "Timeout",
                &format!("{} s; then: {}", ANSWER_TIMEOUT_MS / 1000, e.on_failure()),
            ),
            String::new(),
            "Answers (HTTP 200, JSON):".to_string(),
        ];
        for (effect, answer) in &answers {
            lines.push(format!("  {effect:<12} {answer}"));
        }
        lines.push(String::new());
        lines.push("Sample body:".to_string());
        lines.push(serde_json::to_string_pretty(&sample).unwrap_or_default());
        lines.join("\n")
    };
    ctx.out.object(&value, human)?;
    Ok(Exit::Ok)
}
