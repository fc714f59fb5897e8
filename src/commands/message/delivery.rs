//! How a message is delivered beyond its body, the same flags for every verb that sends one
//! (`message send`, `group send`, `push send`): the offline push's title and text, and how long
//! the message is kept for users who are offline.

use crate::api::wire::message::OfflinePushInfo;
use crate::domain::limits::MSG_LIFETIME_MAX_SECONDS;
use crate::error::Error;
use crate::units::parse_duration;

/// `--push-title` and `--push-desc` (`OfflinePushInfo.Title` and `.Desc`).
#[derive(Debug, clap::Args)]
pub struct PushTextArgs {
    /// Offline push title (OfflinePushInfo.Title)
    #[arg(
        long,
        value_name = "TITLE",
        help_heading = "Offline push",
        alias = "title"
    )]
    pub push_title: Option<String>,
    /// Offline push text (OfflinePushInfo.Desc; default: the message text)
    #[arg(
        long,
        value_name = "TEXT",
        help_heading = "Offline push",
        alias = "desc"
    )]
    pub push_desc: Option<String>,
}

impl PushTextArgs {
    /// Whether either was given.
    pub fn given(&self) -> bool {
        self.push_title.is_some() || self.push_desc.is_some()
    }

    /// `OfflinePushInfo` with the title and text (push on), or `None` when neither was given.
    pub fn info(&self) -> Option<OfflinePushInfo> {
        self.given().then(|| OfflinePushInfo {
            push_flag: Some(0),
            title: self.push_title.clone(),
            desc: self.push_desc.clone(),
            ..OfflinePushInfo::default()
        })
    }
}

/// `--lifetime`'s `MsgLifeTime` in seconds: a duration of at most 7 days, the longest the
/// service keeps an offline message (spec §5.3, §6.1).
pub fn lifetime(text: Option<&str>) -> Result<Option<u32>, Error> {
    let Some(text) = text else {
        return Ok(None);
    };
    let secs = parse_duration(text).map_err(|e| Error::usage(format!("--lifetime: {e}")))?;
    if secs > MSG_LIFETIME_MAX_SECONDS {
        return Err(Error::usage(format!(
            "--lifetime {text} is over 7 days, the longest the service keeps a message"
        )));
    }
    Ok(Some(secs as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifetimes_are_durations_up_to_seven_days() {
        assert_eq!(lifetime(None).unwrap(), None);
        assert_eq!(lifetime(Some("1h")).unwrap(), Some(3600));
        assert_eq!(lifetime(Some("7d")).unwrap(), Some(604_800));
        assert!(lifetime(Some("8d")).is_err());
        assert!(lifetime(Some("soon")).is_err());
    }

    #[test]
    fn push_info_only_when_a_title_or_text_is_given() {
        let none = PushTextArgs {
            push_title: None,
            push_desc: None,
        };
        assert!(none.info().is_none());
        let title = PushTextArgs {
            push_title: Some("News".into()),
            push_desc: None,
        };
        let info = title.info().unwrap();
        assert_eq!(info.push_flag, Some(0));
        assert_eq!(info.title.as_deref(), Some("News"));
    }
}
