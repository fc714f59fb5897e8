//! `imctl push attr-names get|set`: the app's push attributes, numbered "0" to "9", and their
//! names (`im_get_attr_name`, `im_set_attr_name`). Users' values are set by these names.

use std::collections::BTreeMap;

use clap::{Args, Subcommand};
use serde_json::json;

use super::checked_text;
use crate::api::wire::push::{ImGetAttrName, ImSetAttrName, ImSetAttrNameRequest};
use crate::api::wire::Empty;
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::limits::PUSH_ATTRIBUTES;
use crate::error::{Error, Exit};

#[derive(Debug, Subcommand)]
pub enum AttrNamesCommand {
    /// The attribute names (im_get_attr_name)
    #[command(after_help = "\
Examples:
  imctl push attr-names get
  imctl push attr-names get -o json")]
    Get,
    /// Name attributes: NUMBER=NAME, NUMBER 0-9 (im_set_attr_name; others keep their names)
    Set(SetArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  # attribute 0 is sex, 1 is city
  imctl push attr-names set 0=sex 1=city
  # print the request; send nothing
  imctl --dry-run push attr-names set 2=level")]
pub struct SetArgs {
    /// NUMBER=NAME pairs, NUMBER 0 to 9, NAME 1-50 bytes
    #[arg(value_name = "NUMBER=NAME", required = true)]
    pub names: Vec<String>,
}

pub fn run(ctx: &mut Ctx, cmd: AttrNamesCommand) -> Result<Exit, Error> {
    match cmd {
        AttrNamesCommand::Get => get(ctx),
        AttrNamesCommand::Set(args) => set(ctx, &args),
    }
}

fn get(ctx: &mut Ctx) -> Result<Exit, Error> {
    let rest = Rest::open(ctx)?;
    let Some(answer) = call::<ImGetAttrName>(ctx, &rest, &Empty::default(), &[])? else {
        return Ok(Exit::Ok);
    };
    if answer.attr_names.is_empty() {
        ctx.out
            .status("no push attributes are named (imctl push attr-names set 0=NAME)");
    }
    if matches!(ctx.out.format(), Some(crate::global::OutputFormat::Json)) {
        ctx.out
            .object(&json!({"AttrNames": answer.attr_names}), String::new)?;
        return Ok(Exit::Ok);
    }
    let rows: Vec<_> = answer
        .attr_names
        .iter()
        .map(|(number, name)| json!({"Number": number, "Name": name}))
        .collect();
    ctx.out.rows(&["Number", "Name"], &rows)?;
    Ok(Exit::Ok)
}

/// `NUMBER=NAME` pairs, checked: numbers 0-9 once each, names 1-50 bytes and distinct.
fn names(pairs: &[String]) -> Result<BTreeMap<String, String>, Error> {
    let mut out = BTreeMap::new();
    for pair in pairs {
        let (number, name) = pair
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("`{pair}`: expected NUMBER=NAME, e.g. 0=sex")))?;
        let valid = number.len() == 1 && number.parse::<usize>().is_ok_and(|n| n < PUSH_ATTRIBUTES);
        if !valid {
            return Err(Error::usage(format!(
                "`{pair}`: the attribute number is 0 to {}",
                PUSH_ATTRIBUTES - 1
            )));
        }
        checked_text("attribute name", name)?;
        if out.values().any(|n| n == name) {
            return Err(Error::usage(format!("attribute name `{name}` given twice")));
        }
        if out.insert(number.to_string(), name.to_string()).is_some() {
            return Err(Error::usage(format!("attribute {number} given twice")));
        }
    }
    Ok(out)
}

fn set(ctx: &mut Ctx, args: &SetArgs) -> Result<Exit, Error> {
    let req = ImSetAttrNameRequest {
        attr_names: names(&args.names)?,
    };
    let rest = Rest::open(ctx)?;
    if call::<ImSetAttrName>(ctx, &rest, &req, &[])?.is_none() {
        return Ok(Exit::Ok);
    }
    let shown: Vec<String> = req
        .attr_names
        .iter()
        .map(|(n, name)| format!("{n}={name}"))
        .collect();
    ctx.out.done(
        &json!({"AttrNames": req.attr_names}),
        &format!("named push attributes {}", shown.join(", ")),
    )?;
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_numbered_0_to_9_once_each() {
        let ok = names(&["0=sex".into(), "9=city".into()]).unwrap();
        assert_eq!(ok.len(), 2);
        for bad in [
            &["10=x"][..],
            &["x"],
            &["0=a", "0=b"],
            &["0=a", "1=a"],
            &["1="],
        ] {
            let pairs: Vec<String> = bad.iter().map(|s| s.to_string()).collect();
            assert!(names(&pairs).is_err(), "{bad:?}");
        }
    }
}
