//! The REST client layer: never prints, never reads global state.

pub mod region;
