//! The one bulk engine behind every command that works on many records (`account
//! import|delete|check|export|state`, `group members add|remove`, `group send|disband`). It lives below the commands:
//! it never prints (it reports through [`operation::Reporter`]) and never imports `commands`.
//!
//! A job, from the file to the summary:
//! - [`input`] reads the file as a stream (header and delimiter detection, LF/CRLF/CR, a line
//!   cap read without holding the line) into typed records with line numbers, or bad rows;
//! - [`outputs`] refuses an output that is the input and opens `<path>.partial` files;
//! - [`checkpoint`] records finished batches and the input's hash for `--resume`;
//! - [`engine`] batches, sends concurrently through the client, and settles each batch in
//!   input order: [`failures`] file, data rows, checkpoint, [`progress`];
//! - [`endpoint_op`] is the common shape of a verb (one typed request per batch);
//! - [`summary`] is what the command prints at the end (exit 6 when rows failed).

mod batches;
pub mod checkpoint;
pub mod endpoint_op;
pub mod engine;
pub mod failures;
pub mod input;
pub mod operation;
pub mod outputs;
pub mod progress;
pub mod summary;

pub use endpoint_op::EndpointOp;
pub use engine::{exit_of, End, Job, Options};
pub use input::{Format, Input, Record};
pub use operation::{ItemResult, Operation, Reporter};
pub use summary::Summary;
