//! One file per service, each holding its handlers and the state it owns; the route table
//! (`routes.rs`) maps `(service, command)` to them. Shared here: the app state and the small
//! field readers every service uses.

pub mod account;
pub mod appinfo;
pub mod c2c;
pub mod db;
pub mod group;
pub mod group_events;
pub mod history;
pub mod message;
mod message_check;
pub mod message_events;
mod message_store;
pub mod mute;
pub mod presence;
pub mod profile;
pub mod push;
pub mod recent;
pub mod sns;
pub mod topic_events;

use crate::domain::codes;
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
    /// The custom profile fields defined for the app (the console's "Custom profile fields"):
    /// any other `Tag_Profile_Custom_*` is refused with 40009, as the service refuses a field
    /// that was never defined. `None`: every well-formed custom tag is taken.
    pub custom_profile_fields: Option<std::collections::BTreeSet<String>>,
}

impl App {
    /// 40009 for a custom profile tag the app has not defined.
    pub fn check_defined(&self, tag: &str) -> Result<(), (i64, String)> {
        match &self.custom_profile_fields {
            Some(defined)
                if crate::domain::profile_fields::is_custom(tag) && !defined.contains(tag) =>
            {
                Err((
                    crate::domain::codes::PROFILE_UNKNOWN_TAG,
                    format!("custom profile field `{tag}` is not defined for this app"),
                ))
            }
            _ => Ok(()),
        }
    }
}

impl Default for App {
    fn default() -> Self {
        App {
            sdkappid: 1_400_000_000,
            admin: "administrator".into(),
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            custom_profile_fields: None,
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
    /// The relationship chain (`sns`).
    pub sns: sns::Sns,
    /// Conversation lists, conversation groups and marks, one-way deleted messages.
    pub recent: recent::Recent,
    /// Push to all users: attribute names, users' attributes and tags, the pushes made.
    pub push: push::Push,
    /// The SQLite file the state lives in (`--data`, `--sandbox`), and the version of it this
    /// process's copy reflects (`None`: unknown, read it again).
    durable: Option<(db::Conn, std::sync::Mutex<Option<i64>>)>,
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
            sns: sns::Sns::in_memory(),
            recent: recent::Recent::in_memory(),
            push: push::Push::in_memory(),
            durable: None,
        }
    }

    /// State kept in SQLite under `dir`, loaded now and written through on every change
    /// (accounts, messages, groups; online statuses live in memory). Other processes may share
    /// the file: see [`State::in_transaction`].
    pub fn open(dir: &Path) -> Result<Self, String> {
        let conn = db::open(dir)?;
        // Tables made (or altered) and read in one transaction with the file's write lock:
        // another process starting at the same moment neither adds a column twice nor changes
        // what is being read.
        conn.execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        let db: db::Conn = std::sync::Arc::new(std::sync::Mutex::new(conn));
        let loaded = (|| {
            let version = db::version(&db.lock().unwrap_or_else(|p| p.into_inner()))
                .map_err(|e| e.to_string())?;
            let accounts = Accounts::with_db(db.clone())?;
            let messages = message::Messages::open(db.clone())?;
            let groups = group::Groups::load(db.clone())?;
            let push = push::Push::load(db.clone())?;
            Ok::<_, String>((version, accounts, messages, groups, push))
        })();
        let end = if loaded.is_ok() { "COMMIT" } else { "ROLLBACK" };
        db.lock()
            .unwrap_or_else(|p| p.into_inner())
            .execute_batch(end)
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        let recent = recent::Recent::open(db.clone())?;
        let (version, accounts, messages, groups, push) = loaded?;
        Ok(State {
            app: App::default(),
            accounts,
            presence: presence::Presence::default(),
            messages,
            groups,
            callbacks: None,
            history: history::Archives::default(),
            sns: sns::Sns::load(db.clone())?,
            recent,
            push,
            durable: Some((db, std::sync::Mutex::new(Some(version)))),
        })
    }

    /// Whether the state lives in a file other processes may share.
    pub fn is_durable(&self) -> bool {
        self.durable.is_some()
    }

    /// Runs one request's handler. With a file: inside one `BEGIN IMMEDIATE` transaction,
    /// after reading the state again if another process changed it, so the handler's
    /// read-modify-write is atomic across processes. The caller runs one request at a time
    /// per process (the emulator's turn lock).
    pub fn in_transaction<R>(&self, handler: impl FnOnce() -> R) -> Result<R, String> {
        let Some((conn, seen)) = &self.durable else {
            return Ok(handler());
        };
        let lock = || conn.lock().unwrap_or_else(|p| p.into_inner());
        let mut seen = seen.lock().unwrap_or_else(|p| p.into_inner());
        let (turn, version) = db::begin(&lock())?;
        if *seen != Some(version) {
            let reloaded = {
                let c = lock();
                self.accounts
                    .reload(&c)
                    .and_then(|()| self.messages.reload(&c))
                    .and_then(|()| self.groups.reload(&c))
                    .and_then(|()| self.sns.reload(&c))
                    .and_then(|()| self.push.reload(&c))
            };
            if let Err(e) = reloaded {
                *seen = None;
                let _ = lock().execute_batch("ROLLBACK");
                return Err(e);
            }
            *seen = Some(version);
        }
        let result = handler();
        match turn.end(&lock(), version) {
            Ok(now) => *seen = Some(now),
            Err(e) => {
                // What the handler changed in memory is not in the file: read it again next time.
                *seen = None;
                return Err(e);
            }
        }
        Ok(result)
    }
}

pub fn invalid(message: impl Into<String>) -> (i64, String) {
    (codes::INVALID_PARAMETERS, message.into())
}

/// A UserID field: `UserID`, or the legacy `Identifier`.
pub fn user_field<'a>(body: &'a Value, names: &[&str]) -> Result<&'a str, (i64, String)> {
    let value = names
        .iter()
        .find_map(|n| body.get(*n))
        .ok_or_else(|| invalid(format!("{} is required", names[0])))?;
    let id = value.as_str().ok_or_else(|| {
        (
            codes::ACCOUNT_FIELD_TYPE,
            format!("{} must be a string", names[0]),
        )
    })?;
    check_user_id(id).map_err(invalid)?;
    Ok(id)
}

pub fn check_user_id(id: &str) -> Result<(), String> {
    user_id::validate(id).map_err(|e| format!("`{id}`: {e}"))
}

pub fn optional_string<'a>(body: &'a Value, name: &str) -> Result<Option<&'a str>, (i64, String)> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.len() > MAX_TEXT => Err((
            codes::PROFILE_VALUE_TOO_LONG,
            format!("{name} is longer than {MAX_TEXT} bytes"),
        )),
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
    (
        codes::ACCOUNT_INTERNAL_ERROR,
        format!("internal server error: {e}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::gateway::Query;
    use crate::emulator::routes::handle;

    fn call(state: &State, service: &str, command: &str, body: Value) -> Value {
        state
            .in_transaction(|| handle(state, service, command, &body, &Query::default(), 1))
            .unwrap()
            .unwrap()
    }

    #[test]
    fn a_request_sees_what_another_process_committed_since() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (
            State::open(dir.path()).unwrap(),
            State::open(dir.path()).unwrap(),
        );
        let create = |s: &State| {
            call(
                s,
                "group_open_http_svc",
                "create_group",
                json!({"Type": "Public", "Name": "g"}),
            )
        };
        let first = create(&a);
        let second = create(&b);
        assert_ne!(first["GroupId"], second["GroupId"], "{first} {second}");
        call(
            &a,
            "im_open_login_svc",
            "account_import",
            json!({"UserID": "alice"}),
        );
        let nick = json!({"From_Account": "alice", "ProfileItem": [{"Tag": "Tag_Profile_IM_Nick", "Value": "A"}]});
        call(&b, "profile", "portrait_set", nick);
        let got = call(
            &a,
            "profile",
            "portrait_get",
            json!({"To_Account": ["alice"], "TagList": ["Tag_Profile_IM_Nick"]}),
        );
        assert_eq!(
            got["UserProfileItem"][0]["ProfileItem"][0]["Value"], "A",
            "{got}"
        );
        assert_eq!(a.groups.len(), 2);
        // Opened after the changes: no reload needed, the same state.
        let c = State::open(dir.path()).unwrap();
        assert_eq!(c.groups.len(), 2);
    }
}
