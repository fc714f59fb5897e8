//! `imctl account`: import, delete, check, kick, online state, profiles, export and global mute.
//! Batch work goes through [`account_bulk`]; the single-request commands live here. Every value
//! is checked against the console's rules before anything is sent.

use serde_json::{json, Value};

use crate::cli::{
    AccountBulkArgs, AccountCommand, AccountExportArgs, AccountImportArgs, AccountMuteArgs,
    AccountStateArgs, ProfileCommand, ProfileGetArgs, ProfileSetArgs,
};
use crate::commands::account_bulk::{self, Op, Source};
use crate::commands::account_input::{check_record, FileReader, Raw, Record};
use crate::commands::rest::Rest;
use crate::commands::Ctx;
use crate::domain::limits::{PROFILE_BATCH, STATUS_BATCH};
use crate::domain::profile_fields::{self, FieldKind, STANDARD};
use crate::error::{Error, Exit};
use crate::units::parse_duration;

const FOREVER: u32 = u32::MAX;

pub fn run(ctx: &mut Ctx, cmd: AccountCommand) -> Result<Exit, Error> {
    match cmd {
        AccountCommand::Import(args) => import(ctx, &args),
        AccountCommand::Delete(args) => delete(ctx, &args),
        AccountCommand::Check(args) => bulk(ctx, Op::Check, &args),
        AccountCommand::Kick(args) => {
            let user = checked_user(&args.user)?;
            single(
                ctx,
                "im_open_login_svc",
                "kick",
                json!({"UserID": user}),
                &[user],
                |_| format!("kicked {user}: their current UserSig and login state are invalid now"),
            )
        }
        AccountCommand::State(args) => state(ctx, &args),
        AccountCommand::Profile(ProfileCommand::Get(args)) => profile_get(ctx, &args),
        AccountCommand::Profile(ProfileCommand::Set(args)) => profile_set(ctx, &args),
        AccountCommand::Export(args) => export(ctx, &args),
        AccountCommand::Mute(args) => mute(ctx, &args),
    }
}

fn checked_user(user: &str) -> Result<&str, Error> {
    let record = Record {
        user: user.into(),
        nick: None,
        face_url: None,
        raw: Raw::Arg,
    };
    check_record(&record, false).map_err(|e| Error::usage(format!("`{user}`: {e}")))?;
    Ok(user)
}

fn checked_users(users: &[String]) -> Result<Vec<&str>, Error> {
    users.iter().map(|u| checked_user(u)).collect()
}

/// One request, one answer: prints the answer (`-o json`) or `human(answer)`.
fn single(
    ctx: &mut Ctx,
    service: &str,
    command: &str,
    body: Value,
    ids: &[&str],
    human: impl FnOnce(&Value) -> String,
) -> Result<Exit, Error> {
    let rest = Rest::open(ctx)?;
    let Some(answer) = rest.call(ctx, service, command, &body, ids)? else {
        return Ok(Exit::Ok);
    };
    ctx.out.object(&answer, || human(&answer))?;
    Ok(Exit::Ok)
}

fn import(ctx: &mut Ctx, args: &AccountImportArgs) -> Result<Exit, Error> {
    if let Some(path) = &args.bulk.file {
        if args.nick.is_some() || args.face_url.is_some() {
            return Err(Error::usage("--nick/--face-url apply to one account; put them in the file's Nick/FaceUrl columns"));
        }
        return account_bulk::run(ctx, Op::Import, Source::File(&args.bulk, path));
    }
    let user = args.user.as_deref().unwrap_or_default();
    let record = Record {
        user: user.into(),
        nick: args.nick.clone(),
        face_url: args.face_url.clone(),
        raw: Raw::Arg,
    };
    check_record(&record, true).map_err(|e| Error::usage(format!("`{user}`: {e}")))?;
    let mut body = json!({"UserID": user});
    if let Some(nick) = &args.nick {
        body["Nick"] = json!(nick);
    }
    if let Some(face) = &args.face_url {
        body["FaceUrl"] = json!(face);
    }
    single(
        ctx,
        "im_open_login_svc",
        "account_import",
        body,
        &[user],
        |_| format!("imported {user}"),
    )
}

fn delete(ctx: &mut Ctx, args: &AccountBulkArgs) -> Result<Exit, Error> {
    let question = match &args.bulk.file {
        Some(path) => format!("Delete every account listed in {}?", path.display()),
        None => format!(
            "Delete {} account(s): {}?",
            args.users.len(),
            args.users.join(", ")
        ),
    };
    if !ctx.global.dry_run {
        ctx.confirm(&question)?;
    }
    bulk(ctx, Op::Delete, args)
}

fn bulk(ctx: &mut Ctx, op: Op, args: &AccountBulkArgs) -> Result<Exit, Error> {
    match &args.bulk.file {
        Some(path) => {
            if !args.users.is_empty() {
                return Err(Error::usage("give UserIDs or --file, not both"));
            }
            account_bulk::run(ctx, op, Source::File(&args.bulk, path))
        }
        None => {
            checked_users(&args.users)?;
            account_bulk::run(ctx, op, Source::Args(&args.users))
        }
    }
}

fn state(ctx: &mut Ctx, args: &AccountStateArgs) -> Result<Exit, Error> {
    let users = checked_users(&args.users)?;
    let rest = Rest::open(ctx)?;
    let mut rows = Vec::new();
    for chunk in users.chunks(STATUS_BATCH) {
        let mut body = json!({"To_Account": chunk});
        if args.detail {
            body["IsNeedDetail"] = json!(1);
        }
        let Some(answer) = rest.call(ctx, "openim", "query_online_status", &body, chunk)? else {
            continue;
        };
        for item in answer["QueryResult"].as_array().into_iter().flatten() {
            // Current docs say "Status"; the legacy answer and an English sample say "State".
            let status = item
                .get("Status")
                .or_else(|| item.get("State"))
                .cloned()
                .unwrap_or(Value::Null);
            let detail: Vec<String> = item["Detail"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|d| {
                    format!(
                        "{}:{}",
                        d["Platform"].as_str().unwrap_or("?"),
                        d["Status"].as_str().unwrap_or("?")
                    )
                })
                .collect();
            rows.push(json!({
                "UserID": item["To_Account"],
                "Status": status,
                "Detail": detail.join(" "),
                "ErrorCode": 0,
            }));
        }
        for item in answer["ErrorList"].as_array().into_iter().flatten() {
            rows.push(json!({
                "UserID": item["To_Account"],
                "Status": "NotImported",
                "Detail": "",
                "ErrorCode": item["ErrorCode"],
            }));
        }
    }
    if ctx.global.dry_run {
        return Ok(Exit::Ok);
    }
    let columns: &[&str] = if args.detail {
        &["UserID", "Status", "Detail"]
    } else {
        &["UserID", "Status"]
    };
    ctx.out.rows(columns, &rows)?;
    Ok(Exit::Ok)
}

/// Tags to read: the given ones (checked), or every standard field.
fn tag_list(fields: &[String]) -> Result<Vec<String>, Error> {
    if fields.is_empty() {
        return Ok(STANDARD.iter().map(|f| f.tag.to_string()).collect());
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

/// Reads profiles in chunks of the documented size: one row per user, one column per tag.
fn read_profiles(ctx: &mut Ctx, users: &[&str], tags: &[String]) -> Result<Vec<Value>, Error> {
    let rest = Rest::open(ctx)?;
    let mut rows = Vec::new();
    for chunk in users.chunks(PROFILE_BATCH) {
        let body = json!({"To_Account": chunk, "TagList": tags});
        let Some(answer) = rest.call(ctx, "profile", "portrait_get", &body, chunk)? else {
            continue;
        };
        for item in answer["UserProfileItem"].as_array().into_iter().flatten() {
            let mut row = serde_json::Map::new();
            row.insert("UserID".into(), item["To_Account"].clone());
            for tag in tags {
                let value = item["ProfileItem"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find(|p| p["Tag"] == tag.as_str())
                    .map(|p| p["Value"].clone())
                    .unwrap_or(Value::Null);
                row.insert(tag.clone(), value);
            }
            row.insert("ResultCode".into(), item["ResultCode"].clone());
            rows.push(Value::Object(row));
        }
    }
    Ok(rows)
}

fn profile_columns(tags: &[String]) -> Vec<&str> {
    std::iter::once("UserID")
        .chain(tags.iter().map(String::as_str))
        .collect()
}

fn profile_get(ctx: &mut Ctx, args: &ProfileGetArgs) -> Result<Exit, Error> {
    let users = checked_users(&args.users)?;
    let tags = tag_list(&args.fields)?;
    let rows = read_profiles(ctx, &users, &tags)?;
    if ctx.global.dry_run {
        return Ok(Exit::Ok);
    }
    ctx.out.rows(&profile_columns(&tags), &rows)?;
    let failed = rows
        .iter()
        .filter(|r| r["ResultCode"].as_i64().unwrap_or(0) != 0)
        .count();
    if failed > 0 {
        return Err(Error::Partial {
            requested: rows.len() as u64,
            failed: failed as u64,
        });
    }
    Ok(Exit::Ok)
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

fn profile_set(ctx: &mut Ctx, args: &ProfileSetArgs) -> Result<Exit, Error> {
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
        ("Tag_Profile_IM_Image", text(&args.avatar)),
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
    let profile: Vec<Value> = items
        .iter()
        .map(|(t, v)| json!({"Tag": t, "Value": v}))
        .collect();
    let body = json!({"From_Account": user, "ProfileItem": profile});
    let count = items.len();
    single(ctx, "profile", "portrait_set", body, &[user], |_| {
        format!("set {count} field(s) of {user}")
    })
}

fn export(ctx: &mut Ctx, args: &AccountExportArgs) -> Result<Exit, Error> {
    let mut users: Vec<String> = args.users.clone();
    if let Some(path) = &args.file {
        let mut reader = FileReader::open(path).map_err(Error::Usage)?;
        while let Some(record) = reader.next_record() {
            users.push(record.map_err(Error::Usage)?.user);
        }
    }
    let users = checked_users(&users)?;
    let tags = tag_list(&args.fields)?;
    let rows = read_profiles(ctx, &users, &tags)?;
    if ctx.global.dry_run {
        return Ok(Exit::Ok);
    }
    // The console exports CSV; JSON and JSONL keep the types.
    if ctx.out.format().is_none() {
        ctx.out.set_format(crate::cli::OutputFormat::Csv);
    }
    ctx.out.rows(&profile_columns(&tags), &rows)?;
    Ok(Exit::Ok)
}

/// `7d`, `3600`, `forever` or `0` as the service's seconds (4294967295 = forever).
fn mute_seconds(flag: &str, text: &str) -> Result<u32, Error> {
    if text.eq_ignore_ascii_case("forever") {
        return Ok(FOREVER);
    }
    let secs = parse_duration(text).map_err(|e| Error::usage(format!("--{flag}: {e}")))?;
    u32::try_from(secs)
        .ok()
        .filter(|s| *s < FOREVER)
        .ok_or_else(|| Error::usage(format!("--{flag} {text} is too long; use `forever`")))
}

fn mute(ctx: &mut Ctx, args: &AccountMuteArgs) -> Result<Exit, Error> {
    let user = checked_user(&args.user)?;
    let describe = |secs: &Value| match secs.as_u64() {
        Some(0) => "not muted".to_string(),
        Some(s) if s == u64::from(FOREVER) => "muted forever".to_string(),
        Some(s) => format!("muted for {s} more second(s)"),
        None => "unknown".to_string(),
    };
    if args.show || (args.c2c.is_none() && args.group.is_none()) {
        return single(
            ctx,
            "openconfigsvr",
            "getnospeaking",
            json!({"Get_Account": user}),
            &[user],
            |a| {
                format!(
                    "{user}\n  one-to-one  {}\n  group       {}",
                    describe(&a["C2CmsgNospeakingTime"]),
                    describe(&a["GroupmsgNospeakingTime"])
                )
            },
        );
    }
    let mut body = json!({"Set_Account": user});
    if let Some(c2c) = &args.c2c {
        body["C2CmsgNospeakingTime"] = json!(mute_seconds("c2c", c2c)?);
    }
    if let Some(group) = &args.group {
        body["GroupmsgNospeakingTime"] = json!(mute_seconds("group", group)?);
    }
    single(ctx, "openconfigsvr", "setnospeaking", body, &[user], |_| {
        format!("updated the global mute of {user}")
    })
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

    #[test]
    fn mute_durations() {
        assert_eq!(mute_seconds("c2c", "forever").unwrap(), FOREVER);
        assert_eq!(mute_seconds("c2c", "1h").unwrap(), 3600);
        assert_eq!(mute_seconds("c2c", "0").unwrap(), 0);
        assert!(mute_seconds("c2c", "200y").is_err());
    }
}
