//! Typed request and response bodies, one module per service, in the service's own field names
//! (`UserID`, `To_Account`, `ResultItem`, ...). The client sends them, the commands print them
//! (so JSON output keeps Tencent's names), and tests check them against the published samples.
//!
//! Responses are read leniently: every field has a default, unknown fields are ignored, and the
//! envelope (`ActionStatus`, `ErrorCode`, `ErrorInfo`) is checked by the client before a body
//! gets here.

pub mod account;
pub mod c2c;
pub mod emulator;
pub mod group;
pub mod history;
pub mod message;
pub mod mute;
pub mod operations;
pub mod presence;
pub mod profile;
pub mod push;
pub mod recent;
pub mod sns;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::api::client::Client;
use crate::error::Error;

/// One REST command: where it lives and what it takes and gives.
pub trait Endpoint {
    const SERVICE: &'static str;
    const COMMAND: &'static str;
    type Request: Serialize;
    type Response: DeserializeOwned + Default;
}

/// The request body as JSON (what `--dry-run` shows and the client sends).
pub fn body<E: Endpoint>(req: &E::Request) -> Value {
    serde_json::to_value(req).unwrap_or_else(|_| Value::Object(Default::default()))
}

/// Sends `req` and reads the answer into `E::Response`. `ids` are the user or group IDs the call
/// is about, for the call log.
pub async fn call<E: Endpoint>(
    client: &Client,
    req: &E::Request,
    ids: &[&str],
) -> Result<E::Response, Error> {
    let answer = client
        .call(E::SERVICE, E::COMMAND, &body::<E>(req), ids)
        .await?;
    parse::<E>(answer)
}

/// An answer whose envelope said OK, as `E::Response`.
pub fn parse<E: Endpoint>(answer: Value) -> Result<E::Response, Error> {
    serde_json::from_value(answer).map_err(|e| {
        Error::Failed(format!(
            "v4/{}/{}: the answer does not have the documented shape: {e}",
            E::SERVICE,
            E::COMMAND
        ))
    })
}

/// Declares a unit struct for an endpoint.
macro_rules! endpoint {
    ($(#[$doc:meta])* $name:ident, $service:literal, $command:literal, $req:ty, $resp:ty) => {
        $(#[$doc])*
        pub struct $name;
        impl $crate::api::wire::Endpoint for $name {
            const SERVICE: &'static str = $service;
            const COMMAND: &'static str = $command;
            type Request = $req;
            type Response = $resp;
        }
    };
}
pub(crate) use endpoint;

/// `E`'s endpoint with a body built as JSON, read into `E`'s typed answer: for a body whose
/// fields come from a file (`apply`'s group and profile fields) rather than from a typed request.
pub struct Json<E>(std::marker::PhantomData<fn() -> E>);

impl<E: Endpoint> Endpoint for Json<E> {
    const SERVICE: &'static str = E::SERVICE;
    const COMMAND: &'static str = E::COMMAND;
    type Request = Value;
    type Response = E::Response;
}

/// A response with no fields beyond the envelope.
#[derive(Debug, Clone, Default, serde::Deserialize, Serialize, PartialEq)]
pub struct Empty {}

#[cfg(test)]
mod tests;
