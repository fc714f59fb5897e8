//! `imctl group counter get|set|delete GROUP`: group counters (spec §4.18), named int64 values
//! a group keeps (likes, viewers). Ultimate edition only (10059); not for Community (10007).
//! `set` always sends its `Mode` (`Set` unless `--mode` says `increase` or `decrease`): the
//! service's default is not documented. Keys are checked before sending: 1–128 bytes, at most 20.

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use super::checked_group;
use crate::api::wire::group::{
    DeleteGroupCounter, DeleteGroupCounterRequest, GetGroupCounter, GetGroupCounterRequest,
    GroupCounter, UpdateGroupCounter, UpdateGroupCounterRequest,
};
use crate::commands::call;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::limits::{GROUP_COUNTER_KEYS, GROUP_COUNTER_KEY_BYTES};
use crate::error::{Error, Exit};

#[derive(Debug, Subcommand)]
pub enum CounterCommand {
    /// A group's counters (all, or the keys named)
    #[command(after_help = "\
Examples:
  imctl group counter get live-a
  imctl group counter get live-a likes -o json")]
    Get(GetArgs),
    /// Set counters, or add to / take from them with --mode
    #[command(after_help = "\
Examples:
  imctl group counter set live-a likes=0 viewers=10
  # a missing key starts from 0
  imctl group counter set live-a likes=1 --mode increase")]
    Set(SetArgs),
    /// Delete counters (all when no key is named; asks first, --yes off a terminal)
    #[command(after_help = "\
Examples:
  imctl group counter delete live-a likes --yes
  imctl group counter delete live-a --dry-run")]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// Only these keys
    #[arg(value_name = "KEY")]
    pub keys: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// KEY=N pairs (N a 64-bit integer)
    #[arg(value_name = "KEY=N", required = true)]
    pub pairs: Vec<String>,
    /// set (the default), increase or decrease
    #[arg(long, value_name = "MODE", default_value = "set",
          value_parser = ["set", "increase", "decrease"], ignore_case = true)]
    pub mode: String,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// The keys to delete (none: every counter)
    #[arg(value_name = "KEY")]
    pub keys: Vec<String>,
}

pub fn run(ctx: &mut Ctx, cmd: CounterCommand) -> Result<Exit, Error> {
    match cmd {
        CounterCommand::Get(args) => get(ctx, &args),
        CounterCommand::Set(args) => set(ctx, &args),
        CounterCommand::Delete(args) => delete(ctx, &args),
    }
}

fn check_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> Result<(), Error> {
    let mut n = 0;
    for key in keys {
        n += 1;
        if key.is_empty() || key.len() > GROUP_COUNTER_KEY_BYTES {
            return Err(Error::usage(format!(
                "counter key `{key}`: 1 to {GROUP_COUNTER_KEY_BYTES} bytes"
            )));
        }
    }
    if n > GROUP_COUNTER_KEYS {
        return Err(Error::usage(format!(
            "{n} keys; a group holds at most {GROUP_COUNTER_KEYS} counters"
        )));
    }
    Ok(())
}

/// `None` for no keys (every counter).
fn key_list(keys: &[String]) -> Result<Option<Vec<String>>, Error> {
    check_keys(keys.iter().map(String::as_str))?;
    Ok((!keys.is_empty()).then(|| keys.to_vec()))
}

fn rows(counters: &[GroupCounter]) -> Vec<Value> {
    counters
        .iter()
        .map(|c| json!({"Key": c.key, "Value": c.value}))
        .collect()
}

fn get(ctx: &mut Ctx, args: &GetArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let req = GetGroupCounterRequest {
        group_id: group.into(),
        group_counter_keys: key_list(&args.keys)?,
    };
    let rest = Rest::open(ctx)?;
    let Some(answer) = call::<GetGroupCounter>(ctx, &rest, &req, &[group])? else {
        return Ok(Exit::Ok); // --dry-run
    };
    if answer.group_counter.is_empty() {
        ctx.out.status(&format!("{group} has no such counters"));
    }
    ctx.out
        .rows(&["Key", "Value"], &rows(&answer.group_counter))?;
    Ok(Exit::Ok)
}

/// `KEY=N` arguments, each key once.
fn parse_pairs(pairs: &[String]) -> Result<Vec<GroupCounter>, Error> {
    let mut counters: Vec<GroupCounter> = Vec::new();
    for pair in pairs {
        let (key, value) = pair
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("`{pair}`: give counters as KEY=N")))?;
        let value: i64 = value
            .trim()
            .parse()
            .map_err(|_| Error::usage(format!("`{pair}`: the value must be a 64-bit integer")))?;
        if counters.iter().any(|c| c.key == key) {
            return Err(Error::usage(format!("key `{key}` is given twice")));
        }
        counters.push(GroupCounter {
            key: key.into(),
            value,
        });
    }
    check_keys(counters.iter().map(|c| c.key.as_str()))?;
    Ok(counters)
}

fn set(ctx: &mut Ctx, args: &SetArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let mode = match args.mode.to_ascii_lowercase().as_str() {
        "increase" => "Increase",
        "decrease" => "Decrease",
        _ => "Set",
    };
    let req = UpdateGroupCounterRequest {
        group_id: group.into(),
        group_counter: parse_pairs(&args.pairs)?,
        mode: Some(mode.into()),
    };
    let rest = Rest::open(ctx)?;
    let Some(answer) = call::<UpdateGroupCounter>(ctx, &rest, &req, &[group])? else {
        return Ok(Exit::Ok); // --dry-run
    };
    let now: Vec<String> = answer
        .group_counter
        .iter()
        .map(|c| format!("{} = {}", c.key, c.value))
        .collect();
    // The answer's new values: the data with -o json, else a status line.
    ctx.out.done(
        &json!({"GroupId": group, "GroupCounter": rows(&answer.group_counter)}),
        &format!("{group}: {}", now.join(", ")),
    )?;
    Ok(Exit::Ok)
}

fn delete(ctx: &mut Ctx, args: &DeleteArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let keys = key_list(&args.keys)?;
    let what = match &keys {
        None => "every counter".to_string(),
        Some(keys) => format!("counter(s) {}", keys.join(", ")),
    };
    if !ctx.global.dry_run {
        ctx.confirm(&format!("Delete {what} of {group}?"))?;
    }
    let req = DeleteGroupCounterRequest {
        group_id: group.into(),
        group_counter_keys: keys,
    };
    let rest = Rest::open(ctx)?;
    if call::<DeleteGroupCounter>(ctx, &rest, &req, &[group])?.is_none() {
        return Ok(Exit::Ok); // --dry-run
    }
    let mut written = json!({"GroupId": group});
    if let Some(keys) = &req.group_counter_keys {
        written["GroupCounterKeys"] = json!(keys);
    }
    ctx.out
        .done(&written, &format!("{what} of {group} deleted"))?;
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn pairs_are_keys_with_64_bit_values() {
        let got = parse_pairs(&strings(&["likes=5", "debt=-9223372036854775808"])).unwrap();
        assert_eq!(got[0].value, 5);
        assert_eq!(got[1].value, i64::MIN);
    }

    #[test]
    fn bad_pairs_are_usage_errors_before_sending() {
        let long = format!("{}=1", "k".repeat(129));
        let many: Vec<String> = (0..21).map(|i| format!("k{i}=1")).collect();
        for bad in [
            strings(&["likes"]),
            strings(&["likes=many"]),
            strings(&["likes=9223372036854775808"]),
            strings(&["=1"]),
            strings(&["a=1", "a=2"]),
            vec![long],
            many,
        ] {
            assert_eq!(
                parse_pairs(&bad).unwrap_err().exit(),
                Exit::Usage,
                "{bad:?}"
            );
        }
    }
}
