//! `--intro`, `--notice` and `--face-url`, shared by `group create` and `group modify`, checked
//! against the console's byte limits before anything is sent.

use clap::Args;

use crate::api::wire::group::GroupTexts;
use crate::domain::group::{self as rules, FACE_URL_MAX, INTRODUCTION_MAX, NOTIFICATION_MAX};
use crate::error::Error;

#[derive(Debug, Args)]
pub struct TextArgs {
    /// Introduction (at most 240 bytes)
    #[arg(long, value_name = "TEXT")]
    pub intro: Option<String>,
    /// Notice (at most 300 bytes)
    #[arg(long, value_name = "TEXT")]
    pub notice: Option<String>,
    /// Avatar URL (at most 100 bytes)
    #[arg(long, value_name = "URL")]
    pub face_url: Option<String>,
}

impl TextArgs {
    /// The texts as the service names them, or a usage error naming the flag that is too long.
    pub fn checked(&self) -> Result<GroupTexts, Error> {
        for (flag, value, max) in [
            ("--intro", &self.intro, INTRODUCTION_MAX),
            ("--notice", &self.notice, NOTIFICATION_MAX),
            ("--face-url", &self.face_url, FACE_URL_MAX),
        ] {
            if let Some(v) = value {
                rules::check_text(flag, v, max).map_err(Error::usage)?;
            }
        }
        Ok(GroupTexts {
            introduction: self.intro.clone(),
            notification: self.notice.clone(),
            face_url: self.face_url.clone(),
        })
    }
}
