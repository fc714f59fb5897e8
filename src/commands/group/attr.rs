//! `imctl group attr get|set|clear GROUP`: a group's custom attributes (spec §4.17), the
//! key/value pairs apps keep beside a group (separate from the AppDefinedData custom fields).
//! `get` reads them (`group_open_attr_http_svc/get_group_attr`), `set K=V…` adds or overwrites
//! keys (`modify_group_attr`; `--replace` makes them the whole set, `set_group_attr`), `clear`
//! removes every one (`clear_group_attr`, not for Community; asks first). The documented sizes
//! are checked before sending: key ≤ 32 bytes, value ≤ 4,000, ≤ 16 keys, ≤ 16,000 bytes of
//! values in all.

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use super::checked_group;
use crate::api::wire::group::{
    ClearGroupAttr, ClearGroupAttrRequest, GetGroupAttr, GetGroupAttrRequest, GroupAttr,
    ModifyGroupAttr, ModifyGroupAttrRequest, SetGroupAttr, SetGroupAttrRequest,
};
use crate::commands::call;
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::limits::{
    GROUP_ATTR_KEYS, GROUP_ATTR_KEY_BYTES, GROUP_ATTR_TOTAL_BYTES, GROUP_ATTR_VALUE_BYTES,
};
use crate::error::{Error, Exit};

#[derive(Debug, Subcommand)]
pub enum AttrCommand {
    /// A group's custom attributes (all, or the keys named)
    #[command(after_help = "\
Examples:
  imctl group attr get live-a
  # two keys, as JSON
  imctl group attr get live-a topic stage -o json")]
    Get(GetArgs),
    /// Add or overwrite attributes (--replace: these become the whole set)
    #[command(after_help = "\
Examples:
  imctl group attr set live-a topic=launch stage=2
  # drop every other key
  imctl group attr set live-a topic=launch --replace
  imctl group attr set live-a topic=launch --dry-run")]
    Set(SetArgs),
    /// Remove every attribute (asks first on a terminal, needs --yes otherwise)
    #[command(after_help = "\
Examples:
  imctl group attr clear live-a
  imctl group attr clear live-a --yes")]
    Clear(ClearArgs),
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
    /// KEY=VALUE pairs (the value may be empty or hold `=`)
    #[arg(value_name = "KEY=VALUE", required = true)]
    pub pairs: Vec<String>,
    /// Make these the group's only attributes (set_group_attr) instead of adding to them
    #[arg(long)]
    pub replace: bool,
}

#[derive(Debug, Args)]
pub struct ClearArgs {
    /// GroupId
    #[arg(value_name = "GROUP")]
    pub group: String,
}

pub fn run(ctx: &mut Ctx, cmd: AttrCommand) -> Result<Exit, Error> {
    match cmd {
        AttrCommand::Get(args) => get(ctx, &args),
        AttrCommand::Set(args) => set(ctx, &args),
        AttrCommand::Clear(args) => clear(ctx, &args),
    }
}

fn get(ctx: &mut Ctx, args: &GetArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let rest = Rest::open(ctx)?;
    let req = GetGroupAttrRequest {
        group_id: group.into(),
    };
    let Some(answer) = call::<GetGroupAttr>(ctx, &rest, &req, &[group])? else {
        return Ok(Exit::Ok); // --dry-run
    };
    let rows: Vec<Value> = answer
        .group_attr_ary
        .iter()
        .filter(|a| args.keys.is_empty() || args.keys.contains(&a.key))
        .map(|a| json!({"key": a.key, "value": a.value}))
        .collect();
    for key in &args.keys {
        if !rows.iter().any(|r| r["key"] == key.as_str()) {
            ctx.out.warn(&format!("{group} has no attribute `{key}`"));
        }
    }
    if rows.is_empty() && args.keys.is_empty() {
        ctx.out.status(&format!("{group} has no attributes"));
    }
    ctx.out.rows(&["key", "value"], &rows)?;
    Ok(Exit::Ok)
}

/// `KEY=VALUE` arguments as attributes, each key once, within the documented sizes.
fn parse_pairs(pairs: &[String]) -> Result<Vec<GroupAttr>, Error> {
    let mut attrs: Vec<GroupAttr> = Vec::new();
    for pair in pairs {
        let (key, value) = pair
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("`{pair}`: give attributes as KEY=VALUE")))?;
        if key.is_empty() {
            return Err(Error::usage(format!("`{pair}`: the key is empty")));
        }
        if key.len() > GROUP_ATTR_KEY_BYTES {
            return Err(Error::usage(format!(
                "key `{key}` is {} bytes; at most {GROUP_ATTR_KEY_BYTES}",
                key.len()
            )));
        }
        if value.len() > GROUP_ATTR_VALUE_BYTES {
            return Err(Error::usage(format!(
                "the value of `{key}` is {} bytes; at most {GROUP_ATTR_VALUE_BYTES}",
                value.len()
            )));
        }
        if attrs.iter().any(|a| a.key == key) {
            return Err(Error::usage(format!("key `{key}` is given twice")));
        }
        attrs.push(GroupAttr {
            key: key.into(),
            value: value.into(),
        });
    }
    if attrs.len() > GROUP_ATTR_KEYS {
        return Err(Error::usage(format!(
            "{} keys; a group holds at most {GROUP_ATTR_KEYS}",
            attrs.len()
        )));
    }
    let total: usize = attrs.iter().map(|a| a.value.len()).sum();
    if total > GROUP_ATTR_TOTAL_BYTES {
        return Err(Error::usage(format!(
            "the values come to {total} bytes; at most {GROUP_ATTR_TOTAL_BYTES} in all"
        )));
    }
    Ok(attrs)
}

fn set(ctx: &mut Ctx, args: &SetArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    let attrs = parse_pairs(&args.pairs)?;
    let rest = Rest::open(ctx)?;
    let sent = if args.replace {
        let req = SetGroupAttrRequest {
            group_id: group.into(),
            group_attr: attrs.clone(),
        };
        call::<SetGroupAttr>(ctx, &rest, &req, &[group])?.is_some()
    } else {
        let req = ModifyGroupAttrRequest {
            group_id: group.into(),
            group_attr: attrs.clone(),
        };
        call::<ModifyGroupAttr>(ctx, &rest, &req, &[group])?.is_some()
    };
    if !sent {
        return Ok(Exit::Ok); // --dry-run
    }
    let how = if args.replace { "now the only" } else { "set" };
    // What was written, in the request's own form: the data with -o json, else a status.
    ctx.out.done(
        &json!({"GroupId": group, "GroupAttr": attrs}),
        &format!("{} attribute(s) of {group} {how}", attrs.len()),
    )?;
    Ok(Exit::Ok)
}

fn clear(ctx: &mut Ctx, args: &ClearArgs) -> Result<Exit, Error> {
    let group = checked_group(&args.group)?;
    if !ctx.global.dry_run {
        ctx.confirm(&format!("Remove every custom attribute of {group}?"))?;
    }
    let rest = Rest::open(ctx)?;
    let req = ClearGroupAttrRequest {
        group_id: group.into(),
    };
    if call::<ClearGroupAttr>(ctx, &rest, &req, &[group])?.is_none() {
        return Ok(Exit::Ok); // --dry-run
    }
    ctx.out.done(
        &json!({"GroupId": group}),
        &format!("every attribute of {group} removed"),
    )?;
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn pairs_split_at_the_first_equals_sign() {
        let attrs = parse_pairs(&pairs(&["a=1", "b=x=y", "c="])).unwrap();
        let got: Vec<(&str, &str)> = attrs
            .iter()
            .map(|a| (a.key.as_str(), a.value.as_str()))
            .collect();
        assert_eq!(got, [("a", "1"), ("b", "x=y"), ("c", "")]);
    }

    #[test]
    fn bad_pairs_are_usage_errors_before_sending() {
        let long_key = format!("{}=v", "k".repeat(33));
        let long_value = format!("k={}", "v".repeat(4001));
        let many: Vec<String> = (0..17).map(|i| format!("k{i}=v")).collect();
        let big: Vec<String> = (0..5)
            .map(|i| format!("k{i}={}", "v".repeat(4000)))
            .collect();
        for bad in [
            pairs(&["novalue"]),
            pairs(&["=v"]),
            pairs(&["a=1", "a=2"]),
            vec![long_key],
            vec![long_value],
            many,
            big,
        ] {
            let err = parse_pairs(&bad).unwrap_err();
            assert_eq!(err.exit(), Exit::Usage, "{bad:?}");
        }
    }
}
