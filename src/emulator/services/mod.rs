//! One file per service, each holding its handlers and the state it owns; the route table
//! (`routes.rs`) maps `(service, command)` to them. Shared here: the app state and the small
//! field readers every service uses.

pub mod account;
pub mod appinfo;
pub mod group;
pub mod group_events;
pub mod history;
pub mod message;
pub mod message_events;
pub mod mute;
pub mod presence;
pub mod profile;

use std::net::SocketAddr;
use std::path::Path;

use serde_json::{json, Value};

use crate::domain::profile_fields::MAX_TEXT;
use crate::domain::user_id;
pub use account::{Account, Accounts};

/// A command's fields, or its ErrorCode and ErrorInfo.
pub type Reply = Result<Value, (i64, String)>;

/// What the emulated app is: its SDKAppID, admin, and where it listens.
#[derive(Debug, Clone)]
pub struct App {
    pub sdkappid: u32,
    pub admin: String,
    pub listen: SocketAddr,
}

impl Default for App {
    fn default() -> Self {
        App {
            sdkappid: 1_400_000_000,
            admin: "administrator".into(),
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        }
    }
}

/// The emulated app: every service's state.
pub struct State {
    pub app: App,
    pub accounts: Accounts,
    pub presence: presence::Presence,
    pub messages: message::Messages,
    pub groups: group::Groups,
    /// The app backend's callbacks, when `--callback-url` is given.
    pub callbacks: Option<crate::emulator::callbacks::Emitter>,
    /// The chat-history archives handed out by `get_history`.
    pub history: history::Archives,
}

impl State {
    pub fn in_memory() -> Self {
        State {
            app: App::default(),
            accounts: Accounts::in_memory(),
            presence: presence::Presence::default(),
            messages: message::Messages::in_memory(),
            groups: group::Groups::in_memory(Default::default(), false, App::default().sdkappid),
            callbacks: None,
            history: history::Archives::default(),
        }
    }

    /// State kept in SQLite under `dir`, loaded now and written through on every change
    /// (accounts and messages; online statuses live in memory).
    pub fn open(dir: &Path) -> Result<Self, String> {
        let accounts = Accounts::open(dir)?;
        let messages = match accounts.db() {
            Some(db) => message::Messages::open(db)?,
            None => message::Messages::in_memory(),
        };
        let groups = match accounts.db() {
            Some(db) => group::Groups::load(db)?,
            None => group::Groups::in_memory(Default::default(), false, 0),
        };
        Ok(State {
            app: App::default(),
            accounts,
            presence: presence::Presence::default(),
            messages,
            groups,
            callbacks: None,
            history: history::Archives::default(),
        })
    }
}

pub fn invalid(message: impl Into<String>) -> (i64, String) {
    (70402, message.into())
}

/// A UserID field: `UserID`, or the legacy `Identifier`.
pub fn user_field<'a>(body: &'a Value, names: &[&str]) -> Result<&'a str, (i64, String)> {
    let value = names
        .iter()
        .find_map(|n| body.get(*n))
        .ok_or_else(|| invalid(format!("{} is required", names[0])))?;
    let id = value
        .as_str()
        .ok_or_else(|| (60015, format!("{} must be a string", names[0])))?;
    check_user_id(id).map_err(invalid)?;
    Ok(id)
}

pub fn check_user_id(id: &str) -> Result<(), String> {
    user_id::validate(id).map_err(|e| format!("`{id}`: {e}"))
}

pub fn optional_string<'a>(body: &'a Value, name: &str) -> Result<Option<&'a str>, (i64, String)> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.len() > MAX_TEXT => {
            Err((40601, format!("{name} is longer than {MAX_TEXT} bytes")))
        }
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(invalid(format!("{name} must be a string"))),
    }
}

pub fn apply_nick_face(account: &mut Account, nick: Option<&str>, face: Option<&str>) {
    if let Some(nick) = nick {
        account
            .profile
            .insert("Tag_Profile_IM_Nick".into(), json!(nick));
    }
    if let Some(face) = face {
        account
            .profile
            .insert("Tag_Profile_IM_Image".into(), json!(face));
    }
}

pub fn persist_error(e: String) -> (i64, String) {
    (70500, format!("internal server error: {e}"))
}
