//! The REST client layer: never prints, never reads global state.

pub mod client;
pub mod cloud;
pub mod endpoint;
pub mod limiter;
pub mod region;
pub mod wire;
