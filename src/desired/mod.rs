//! Desired state (`imctl plan`, `imctl apply`, `imctl state export`): the file format with
//! line numbers ([`parse`], [`lists`]), the checked model ([`model`]), the current state read
//! with read-only calls ([`current`]), the difference ([`diff`]) and the plan document
//! ([`plan`]); [`export`] writes a current state back in the file's format. Pure: no printing,
//! no global state; it sits below the commands (which print and confirm).

pub mod current;
pub mod diff;
pub mod export;
pub mod lists;
pub mod model;
pub mod parse;
pub mod plan;

pub use current::{Current, Wanted};
pub use model::Desired;
pub use plan::{Change, Kind, Plan, Resource};
