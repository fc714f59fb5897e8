//! `imctl account profile get | set`: standard fields by friendly name or tag, custom fields by tag.
//! `read_profiles` is shared with `account export`.

use clap::{Args, Subcommand};
use serde_json::{json, Value};

use super::{checked_user, checked_users};
use crate::api::wire::profile::{
    PortraitGet, PortraitGetRequest, PortraitSet, PortraitSetRequest, ProfileItem,
};
use crate::commands::items::{self, ItemFailure};
use crate::commands::rest::Rest;
use crate::commands::{call, Ctx};
use crate::domain::limits::PROFILE_BATCH;
use crate::domain::profile_fields::{self, FieldKind};
use crate::error::{Error, Exit};

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Read profile fields (default: the current standard ones)
    #[command(after_help = "\
Examples:
  imctl account profile get alice bob
  imctl account profile get alice --field Tag_Profile_IM_Nick \\
      --field Tag_Profile_Custom_Hobby
  imctl account profile get alice -o json | jq -r '.[0].Tag_Profile_IM_Nick'

An account the service cannot read (40003: not imported) is reported on stderr with its code
and reason; the others are still printed, and the exit status is 6.")]
    Get(ProfileGetArgs),
    /// Write profile fields by friendly name or by tag
    #[command(after_help = "\
Examples:
  imctl account profile set alice --nick Alice --gender female --level 3
  imctl account profile set alice --field Tag_Profile_Custom_Hobby=chess
  imctl --dry-run account profile set alice --allow-type deny-any")]
    Set(ProfileSetArgs),
}

#[derive(Debug, Args)]
pub struct ProfileGetArgs {
    /// UserIDs
    #[arg(value_name = "USERID", required = true)]
    pub users: Vec<String>,
    /// Field tags to read, e.g. Tag_Profile_IM_Nick (repeatable; default: the current standard
    /// fields; legacy tags such as Tag_Profile_IM_MsgSettings only when named)
    #[arg(long = "field", value_name = "TAG")]
    pub fields: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ProfileSetArgs {
    /// UserID
    #[arg(value_name = "USERID")]
    pub user: String,
    #[arg(long)]
    pub nick: Option<String>,
    /// male, female or unknown
    #[arg(long)]
    pub gender: Option<String>,
    /// YYYYMMDD
    #[arg(long)]
    pub birthday: Option<u32>,
    #[arg(long)]
    pub location: Option<String>,
    #[arg(long)]
    pub signature: Option<String>,
    /// need-confirm, allow-any or deny-any
    #[arg(long)]
    pub allow_type: Option<String>,
    #[arg(long)]
    pub language: Option<u32>,
    /// Avatar URL (Tag_Profile_IM_Image)
    #[arg(long = "face-url", value_name = "URL", alias = "avatar")]
    pub face_url: Option<String>,
    #[arg(long)]
    pub level: Option<u32>,
    #[arg(long)]
    pub role: Option<u32>,
    /// Any field as TAG=VALUE, e.g. Tag_Profile_Custom_Hobby=chess (repeatable)
    #[arg(long = "field", value_name = "TAG=VALUE")]
    pub fields: Vec<String>,
}

/// Tags to read: the given ones (checked), or every standard field.
pub(super) fn tag_list(fields: &[String]) -> Result<Vec<String>, Error> {
    if fields.is_empty() {
        return Ok(profile_fields::default_tags().map(str::to_string).collect());
    }
    fields
        .iter()
        .map(|tag| {
            profile_fields::kind(tag)
                .map(|_| tag.clone())
                .ok_or_else(|| Error::usage(format!(
                    "unknown profile field `{tag}`: use a Tag_Profile_IM_* tag or Tag_Profile_Custom_<letters, at most 8>"
                )))
        })
        .collect()
}

fn profile_columns(tags: &[String]) -> Vec<&str> {
    std::iter::once("UserID")
        .chain(tags.iter().map(String::as_str))
        .collect()
}

/// Rows `{"UserID", TAG...}` for the accounts that were read; each account the service could not
/// read (not imported: 40003) is reported on stderr with its code and reason, and the exit
/// status is then 6. Nothing is printed before every batch has answered.
pub fn get(ctx: &mut Ctx, args: &ProfileGetArgs) -> Result<Exit, Error> {
    let users = checked_users(&args.users)?;
    let tags = tag_list(&args.fields)?;
    let rest = Rest::open(ctx)?;
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for chunk in users.chunks(PROFILE_BATCH) {
        let req = PortraitGetRequest {
            to_account: chunk.iter().map(|u| u.to_string()).collect(),
            tag_list: tags.clone(),
        };
        let Some(answer) = call::<PortraitGet>(ctx, &rest, &req, chunk)? else {
            continue;
        };
        for item in &answer.user_profile_item {
            if item.result_code != 0 {
                failures.push(ItemFailure::new(
                    &item.to_account,
                    Some(item.result_code),
                    &item.result_info,
                ));
                continue;
            }
            let mut row = serde_json::Map::new();
            row.insert("UserID".into(), json!(item.to_account));
            for tag in &tags {
                let value = item
                    .profile_item
                    .iter()
                    .find(|p| &p.tag == tag)
                    .map_or(Value::Null, |p| p.value.clone());
                row.insert(tag.clone(), value);
            }
            rows.push(Value::Object(row));
        }
        // An account named only in Fail_Account, with no item of its own.
        for id in &answer.fail_account {
            if !answer.user_profile_item.iter().any(|i| &i.to_account == id) {
                failures.push(ItemFailure::new(
                    id,
                    None,
                    "listed in Fail_Account without a reason",
                ));
            }
        }
    }
    if ctx.global.dry_run {
        return Ok(Exit::Ok);
    }
    if !rows.is_empty() {
        ctx.out.rows(&profile_columns(&tags), &rows)?;
    }
    items::finish(&ctx.out, users.len(), &failures)
}

/// A friendly value for a choice field: `male` for `Gender_Type_Male`, and so on.
fn choice_value(values: &[&str], given: &str) -> Option<String> {
    let wanted: String = given
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    values
        .iter()
        .find(|v| {
            *v == &given || {
                let tail = v.rsplit('_').next().unwrap_or(v).to_lowercase();
                tail == wanted
            }
        })
        .map(|v| v.to_string())
}

pub fn set(ctx: &mut Ctx, args: &ProfileSetArgs) -> Result<Exit, Error> {
    let user = checked_user(&args.user)?;
    let mut items: Vec<(String, Value)> = Vec::new();
    let text = |v: &Option<String>| v.as_ref().map(|s| json!(s));
    let number = |v: &Option<u32>| v.map(|n| json!(n));
    let friendly: [(&str, Option<Value>); 10] = [
        ("Tag_Profile_IM_Nick", text(&args.nick)),
        ("Tag_Profile_IM_Gender", text(&args.gender)),
        ("Tag_Profile_IM_BirthDay", number(&args.birthday)),
        ("Tag_Profile_IM_Location", text(&args.location)),
        ("Tag_Profile_IM_SelfSignature", text(&args.signature)),
        ("Tag_Profile_IM_AllowType", text(&args.allow_type)),
        ("Tag_Profile_IM_Language", number(&args.language)),
        ("Tag_Profile_IM_Image", text(&args.face_url)),
        ("Tag_Profile_IM_Level", number(&args.level)),
        ("Tag_Profile_IM_Role", number(&args.role)),
    ];
    for (tag, value) in friendly {
        if let Some(value) = value {
            items.push((tag.to_string(), value));
        }
    }
    for field in &args.fields {
        let (tag, value) = field
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("--field `{field}` must be TAG=VALUE")))?;
        let value = match profile_fields::kind(tag) {
            Some(FieldKind::Number) => json!(value.parse::<u32>().map_err(|_| {
                Error::usage(format!(
                    "{tag} takes a whole number 0..4294967295, not `{value}`"
                ))
            })?),
            _ => json!(value),
        };
        items.push((tag.to_string(), value));
    }
    if items.is_empty() {
        return Err(Error::usage(
            "nothing to set: give --nick, --gender, ... or --field TAG=VALUE",
        ));
    }
    // Friendly spellings of the choice fields, then the service's own rules.
    for (tag, value) in &mut items {
        if let (Some(FieldKind::Choice(values)), Value::String(s)) =
            (profile_fields::kind(tag), &*value)
        {
            if let Some(full) = choice_value(values, s) {
                *value = json!(full);
            }
        }
        profile_fields::check_value(tag, value).map_err(|(_, message)| Error::usage(message))?;
    }
    let req = PortraitSetRequest {
        from_account: user.to_string(),
        profile_item: items
            .into_iter()
            .map(|(tag, value)| ProfileItem { tag, value })
            .collect(),
    };
    let rest = Rest::open(ctx)?;
    if call::<PortraitSet>(ctx, &rest, &req, &[user])?.is_none() {
        return Ok(Exit::Ok);
    }
    let count = req.profile_item.len();
    ctx.out.done(
        &json!({"UserID": user, "ProfileItem": req.profile_item}),
        &format!("set {count} field(s) of {user}"),
    )?;
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn friendly_choices() {
        assert_eq!(
            choice_value(profile_fields::GENDERS, "male").as_deref(),
            Some("Gender_Type_Male")
        );
        assert_eq!(
            choice_value(profile_fields::GENDERS, "Gender_Type_Female").as_deref(),
            Some("Gender_Type_Female")
        );
        assert_eq!(
            choice_value(profile_fields::ALLOW_TYPES, "allow-any").as_deref(),
            Some("AllowType_Type_AllowAny")
        );
        assert_eq!(
            choice_value(profile_fields::ALLOW_TYPES, "AllowAny").as_deref(),
            Some("AllowType_Type_AllowAny")
        );
        assert_eq!(choice_value(profile_fields::GENDERS, "robot"), None);
    }
}
