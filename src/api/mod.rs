//! The REST client layer: never prints, never reads global state.

pub mod answer;
pub mod client;
pub mod cloud;
pub mod download;
pub mod endpoint;
pub mod http;
pub mod limiter;
pub mod observe;
pub mod proxy;
pub mod retry;
pub mod wire;
