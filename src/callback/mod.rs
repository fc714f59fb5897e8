//! Third-party callbacks (webhooks), spec §9, as a library: the `Sign` scheme, the query string
//! the service appends, the checks a receiver makes, the catalogue of events with sample bodies,
//! how the service reads a handler's answer, and the console's rules for the callback URL.
//!
//! Pure code: no I/O, no printing, no clock (callers pass `now`). `imctl callback` presents it;
//! the receiver (`listen`), `trigger` and the emulator's callback emission build on it.

pub mod answer;
mod catalogue;
pub mod events;
pub mod query;
pub mod receive;
pub mod sign;
pub mod url_rules;
pub mod verify;

pub use answer::{example_answer, judge, Decision, Judgement, ANSWER_TIMEOUT_MS};
pub use events::{Effect, Event, Phase, EVENTS};
pub use query::{callback_url, CallbackQuery, OutgoingQuery};
pub use sign::{constant_time_eq, sign, sign_at, sign_matches, Token};
pub use verify::{verify, Expectation, Verification, MAX_CLOCK_SKEW_SECS};
