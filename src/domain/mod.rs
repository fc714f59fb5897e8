//! The service's rules as data, below every other layer: the UserID rule, the documented
//! per-request limits and rates, the ErrorCodes and what they mean, and the profile fields. The
//! commands, the bulk engine, the client and the emulator all import these; none of them keeps
//! its own copy.

pub mod codes;
pub mod group;
pub mod limits;
pub mod profile_fields;
pub mod region;
pub mod send_errors;
pub mod sns;
pub mod user_id;
