//! Every documented ErrorCode in one table: its name, what it means, the fix when there is a
//! well-known one, and its class (spec §11 with the corrections' additions, §8.13, §3 for
//! profiles, §7.2 for the history download). The client's retry and exit decisions, the hints under errors, the send advice and
//! the emulator's answers all read it; nothing else keeps its own list of codes.
//!
//! Each family lives in its own file (`codes/*.rs`) and declares its codes with [`codes!`], which
//! makes a named constant per code (`codes::GROUP_CALLBACK_REJECTED`) and the family's rows.

/// Declares a family: `NAME = code, Class, "meaning" [, fix "how to fix it"];` per code.
macro_rules! codes {
    ($( $name:ident = $code:literal, $class:ident, $meaning:literal $(, fix $fix:literal)? ; )*) => {
        $( pub const $name: i64 = $code; )*
        /// This family's rows, in code order.
        pub(super) static ROWS: &[$crate::domain::codes::Code] = &[$(
            $crate::domain::codes::Code {
                code: $code,
                name: stringify!($name),
                class: $crate::domain::codes::Class::$class,
                meaning: $meaning,
                fix: codes!(@fix $($fix)?),
            },
        )*];
    };
    (@fix) => { None };
    (@fix $fix:literal) => { Some($fix) };
}

mod account;
mod group;
mod message;
mod openconfig;
mod operations;
mod relation;

pub use account::*;
pub use group::*;
pub use message::*;
pub use openconfig::*;
pub use operations::*;
pub use relation::*;

/// What a code means for the caller: whether to retry, and which exit code a final one gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// The service did not accept who we are (key, UserSig, SDKAppID, admin): exit 4.
    Auth,
    /// Too fast: retried with backoff; still so after the retries, exit 5.
    Throttled,
    /// A passing server fault: retried.
    Transient,
    /// The service refused what was asked (bad input, state, plan or permission): exit 1, or
    /// per item in a bulk run.
    Rejected,
}

/// One documented ErrorCode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub code: i64,
    /// The constant's name (`USERSIG_EXPIRED`).
    pub name: &'static str,
    pub class: Class,
    /// What it means, in plain words.
    pub meaning: &'static str,
    /// The fix a support engineer would give, when the cause is well known.
    pub fix: Option<&'static str>,
}

/// Every family, REST common and accounts first.
const FAMILIES: &[&[Code]] = &[
    account::ROWS,
    message::ROWS,
    group::ROWS,
    relation::ROWS,
    operations::ROWS,
    openconfig::ROWS,
];

/// Every documented code.
pub fn all() -> impl Iterator<Item = &'static Code> {
    FAMILIES.iter().flat_map(|family| family.iter())
}

/// The row of `code`, when it is documented.
pub fn lookup(code: i64) -> Option<&'static Code> {
    all().find(|row| row.code == code)
}

/// The class of `code`; an undocumented code is taken as a refusal (not retried, exit 1).
pub fn class(code: i64) -> Class {
    lookup(code).map_or(Class::Rejected, |row| row.class)
}

/// The fix for `code`, when there is a well-known one.
pub fn fix(code: i64) -> Option<&'static str> {
    lookup(code).and_then(|row| row.fix)
}

/// The group codes (spec §11.4), for the reason under a refused group operation.
pub fn group_rows() -> &'static [Code] {
    group::ROWS
}

/// The message codes (spec §11.3), for advice on a refused send.
pub fn message_rows() -> &'static [Code] {
    message::ROWS
}

/// The codes a before-send callback's own answer may give a refused one-to-one message.
pub const C2C_CALLBACK_CUSTOM_CODES: std::ops::RangeInclusive<i64> = 120_001..=130_000;
/// The codes a group callback's own answer may give a refused group operation.
pub const GROUP_CALLBACK_CUSTOM_CODES: std::ops::RangeInclusive<i64> = 10_100..=10_200;

#[cfg(test)]
mod tests;
