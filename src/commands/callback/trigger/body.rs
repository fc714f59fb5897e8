//! The body `callback trigger` sends: a `--file`, or the event's sample with fresh times and
//! random numbers, then each `--set`.

use super::*;

/// The body to send: `--file`, or the event's sample with fresh times and random numbers;
/// then each `--set`.
pub(super) fn request_body(ctx: &Ctx, args: &TriggerArgs, event: &Event) -> Result<Value, Error> {
    let mut body = match &args.body {
        Some(path) => read_body(ctx, path)?,
        None => fresh_sample(event, now_ms(), &mut fastrand::Rng::new()),
    };
    for set in &args.set {
        let (field, value) = parse_set(set)?;
        let Some(object) = body.as_object_mut() else {
            return Err(Error::usage("--set needs a body that is a JSON object"));
        };
        object.insert(field, value);
    }
    Ok(body)
}

pub(super) fn read_body(ctx: &Ctx, path: &std::path::Path) -> Result<Value, Error> {
    let text = if path.as_os_str() == "-" {
        ctx.read_stdin_value("body", MAX_BODY_BYTES)?
    } else {
        let what = path.display();
        let meta = std::fs::metadata(path).map_err(|e| Error::unreadable(&what.to_string(), &e))?;
        if meta.len() > MAX_BODY_BYTES {
            return Err(Error::usage(format!(
                "--file {what} is larger than {MAX_BODY_BYTES} bytes; a callback body is far smaller"
            )));
        }
        std::fs::read_to_string(path).map_err(|e| Error::unreadable(&what.to_string(), &e))?
    };
    serde_json::from_str(&text).map_err(|e| {
        Error::usage(format!(
            "--file {}: not JSON ({e}); the service always sends JSON",
            path.display()
        ))
    })
}

/// `Field=value`: the value as JSON when it parses (`5`, `true`, `[…]`, `"5"`), else the text.
pub(super) fn parse_set(set: &str) -> Result<(String, Value), Error> {
    let Some((field, raw)) = set.split_once('=') else {
        return Err(Error::usage(format!(
            "--set `{set}` needs the form Field=value"
        )));
    };
    let field = field.trim();
    if field.is_empty() {
        return Err(Error::usage(format!("--set `{set}` has no field name")));
    }
    let value = serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_string()));
    Ok((field.to_string(), value))
}

pub(super) fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// The event's sample body as the service would send it now: `EventTime` (ms, keeping the
/// string or number form of the sample), `MsgTime`/`LastReadTime` (s), fresh `MsgSeq`,
/// `MsgRandom`/`Random`, and the `MsgKey` made of them (`{MsgSeq}_{MsgRandom}_{MsgTime}`).
pub(super) fn fresh_sample(event: &Event, now_ms: i64, rng: &mut fastrand::Rng) -> Value {
    let mut body = event.sample_body();
    let Some(fields) = body.as_object_mut() else {
        return body;
    };
    let secs = now_ms / 1000;
    if let Some(v) = fields.get_mut("EventTime") {
        *v = if v.is_string() {
            json!(now_ms.to_string())
        } else {
            json!(now_ms)
        };
    }
    set_if_present(fields, "MsgTime", json!(secs));
    set_if_present(fields, "LastReadTime", json!(secs));
    set_if_present(fields, "MsgSeq", json!(rng.u32(1..1_000_000)));
    set_if_present(fields, "MsgRandom", json!(rng.u32(..)));
    set_if_present(fields, "Random", json!(rng.u32(..)));
    if fields.contains_key("MsgKey") {
        let part = |k: &str| fields.get(k).map(Value::to_string).unwrap_or_default();
        let key = format!(
            "{}_{}_{}",
            part("MsgSeq"),
            part("MsgRandom"),
            part("MsgTime")
        );
        fields.insert("MsgKey".into(), json!(key));
    }
    body
}

pub(super) fn set_if_present(fields: &mut Map<String, Value>, name: &str, value: Value) {
    if let Some(v) = fields.get_mut(name) {
        *v = value;
    }
}

// ---------------------------------------------------------------- sending

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn event(name: &str) -> &'static Event {
        events::find(name).unwrap()
    }
    #[test]
    pub(super) fn samples_are_refreshed_keeping_their_shape() {
        let now = 1_700_000_000_123;
        let mut rng = fastrand::Rng::with_seed(7);
        let c2c = fresh_sample(event("C2C.CallbackBeforeSendMsg"), now, &mut rng);
        assert_eq!(c2c["MsgTime"], 1_700_000_000);
        let key = format!("{}_{}_{}", c2c["MsgSeq"], c2c["MsgRandom"], c2c["MsgTime"]);
        assert_eq!(c2c["MsgKey"], key.as_str());
        assert_eq!(c2c["MsgBody"][0]["MsgContent"]["Text"], "hi");
        assert!(c2c.get("EventTime").is_none());
        let group = fresh_sample(event("Group.CallbackBeforeSendMsg"), now, &mut rng);
        assert_eq!(group["EventTime"], "1700000000123");
        assert_ne!(group["Random"], 123_456);
        let created = fresh_sample(event("Group.CallbackAfterCreateGroup"), now, &mut rng);
        assert_eq!(created["EventTime"], now);
        for e in events::EVENTS {
            let body = fresh_sample(e, now, &mut rng);
            assert_eq!(body["CallbackCommand"], e.command);
        }
    }

    #[test]
    pub(super) fn set_values_are_json_when_they_parse() {
        assert_eq!(
            parse_set("To_Account=bob").unwrap(),
            ("To_Account".into(), json!("bob"))
        );
        assert_eq!(parse_set("MsgRandom=5").unwrap().1, json!(5));
        assert_eq!(parse_set("X=\"5\"").unwrap().1, json!("5"));
        assert_eq!(parse_set("X=[1,2]").unwrap().1, json!([1, 2]));
        assert_eq!(parse_set("X=").unwrap().1, json!(""));
        assert_eq!(parse_set("X=a=b").unwrap().1, json!("a=b"));
        assert!(parse_set("X").is_err());
        assert!(parse_set("=5").is_err());
    }
}
