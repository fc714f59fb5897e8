//! Tencent Cloud API 3.0, the management plane: the TC3-HMAC-SHA256 signer ([`tc3`]), a small
//! client for its JSON calls ([`client`]) and the one Chat (`cim`) action it offers ([`cim`]).
//! Never prints, never reads global state: credentials, endpoint and clock come in as values.

pub mod cim;
pub mod client;
pub mod tc3;
