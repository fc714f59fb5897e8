//! The common shape of a bulk verb as one value: a typed endpoint, how a batch of records
//! becomes its request, and how its answer (with the request that was sent) becomes
//! per-record results. A verb with nothing special fills one in; a verb that must read before
//! it writes implements [`Operation`] itself.

use std::marker::PhantomData;

use serde_json::Value;

use super::input::Record;
use super::operation::{BatchFuture, ItemResult, Operation};
use crate::api::client::Client;
use crate::api::wire::{self, Endpoint};
use crate::error::Error;

type RequestFn<E> = Box<dyn Fn(&[Record]) -> <E as Endpoint>::Request + Send + Sync>;
type ResultsFn<E> = Box<
    dyn Fn(&[Record], &<E as Endpoint>::Request, <E as Endpoint>::Response) -> Vec<ItemResult>
        + Send
        + Sync,
>;

/// One request per batch to `E`.
pub struct EndpointOp<E: Endpoint> {
    pub name: &'static str,
    pub max_batch: usize,
    /// See [`Operation::target`].
    pub target: Option<String>,
    /// See [`Operation::id_column`].
    pub id_column: &'static str,
    /// See [`Operation::dedup`].
    pub dedup: bool,
    /// See [`Operation::transport_fails_items`].
    pub per_item: bool,
    /// Client-side checks of a record (the UserID rule, the GroupId rule).
    pub check: fn(&Record) -> Result<(), String>,
    /// See [`Operation::explain`].
    pub explain: fn(i64, String) -> String,
    pub request: RequestFn<E>,
    pub results: ResultsFn<E>,
    endpoint: PhantomData<fn() -> E>,
}

impl<E: Endpoint> EndpointOp<E> {
    /// An operation on accounts (UserID rule, no target, no dedup); set the other fields after.
    pub fn new(
        name: &'static str,
        max_batch: usize,
        request: impl Fn(&[Record]) -> E::Request + Send + Sync + 'static,
        results: impl Fn(&[Record], &E::Request, E::Response) -> Vec<ItemResult> + Send + Sync + 'static,
    ) -> Self {
        EndpointOp {
            name,
            max_batch,
            target: None,
            id_column: "UserID",
            dedup: false,
            per_item: false,
            check: |r| crate::domain::user_id::validate(&r.user),
            explain: |_, info| info,
            request: Box::new(request),
            results: Box::new(results),
            endpoint: PhantomData,
        }
    }
}

impl<E> Operation for EndpointOp<E>
where
    E: Endpoint + 'static,
    E::Request: Send + Sync,
    E::Response: Send,
{
    fn name(&self) -> &'static str {
        self.name
    }

    fn target(&self) -> Option<String> {
        self.target.clone()
    }

    fn id_column(&self) -> &'static str {
        self.id_column
    }

    fn max_batch(&self) -> usize {
        self.max_batch
    }

    fn check(&self, record: &Record) -> Result<(), String> {
        (self.check)(record)
    }

    fn dedup(&self) -> bool {
        self.dedup
    }

    fn explain(&self, code: i64, info: String) -> String {
        (self.explain)(code, info)
    }

    fn transport_fails_items(&self) -> bool {
        self.per_item
    }

    fn endpoint(&self) -> (&'static str, &'static str) {
        (E::SERVICE, E::COMMAND)
    }

    fn body(&self, records: &[Record]) -> Value {
        wire::body::<E>(&(self.request)(records))
    }

    fn results(&self, records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
        let req = (self.request)(records);
        Ok((self.results)(records, &req, wire::parse::<E>(answer)?))
    }

    /// The request is built once: what the results read of it (a send's `Random`) is what
    /// was sent, retries included.
    fn send<'a>(&'a self, client: &'a Client, records: &'a [Record]) -> BatchFuture<'a> {
        Box::pin(async move {
            let req = (self.request)(records);
            let ids: Vec<&str> = records.iter().map(|r| r.user.as_str()).collect();
            let answer = wire::call::<E>(client, &req, &ids).await?;
            Ok((self.results)(records, &req, answer))
        })
    }
}
