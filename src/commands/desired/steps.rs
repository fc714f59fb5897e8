//! The write steps of `apply`, each a [`bulk::EndpointOp`](EndpointOp) on the one bulk engine:
//! the engine batches to the documented size, sends concurrently at the client's paced rate and
//! reads per-item results. Bodies are JSON built from the plan, sent to each endpoint through
//! [`wire::Json`], and answers are read into the endpoint's typed response.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{json, Value};
use tokio::task::JoinSet;

use crate::api::client::Client;
use crate::api::wire::account::{MultiImportResponse, ResultItems};
use crate::api::wire::group::{AddGroupMember, ADD_ADDED, ADD_ALREADY_MEMBER};
use crate::api::wire::{Endpoint, Json};
use crate::bulk::progress::Progress;
use crate::bulk::{End, EndpointOp, Input, ItemResult, Job, Operation, Options, Record, Reporter};
use crate::domain::group as rules;
use crate::error::Error;

/// One write of apply, whatever its endpoint.
pub type Step = Box<dyn Operation>;

/// A write to `E`: `body` makes a batch's request; every record is done once the envelope
/// says OK, unless [`with_results`] reads the answer. `groups`: the records are GroupIds.
pub fn step<E>(
    name: &'static str,
    max_batch: usize,
    groups: bool,
    body: impl Fn(&[Record]) -> Value + Send + Sync + 'static,
) -> EndpointOp<Json<E>>
where
    E: Endpoint + 'static,
    E::Response: Send,
{
    let mut op = EndpointOp::new(name, max_batch, body, |records, _, _| all_done(records));
    if groups {
        op.check = |r| rules::check_group_id(&r.user);
    }
    op
}

/// `op` reading its answer with `results`.
pub fn with_results<E>(
    mut op: EndpointOp<Json<E>>,
    results: fn(&[Record], E::Response) -> Vec<ItemResult>,
) -> EndpointOp<Json<E>>
where
    E: Endpoint + 'static,
{
    op.results = Box::new(move |records, _, answer| results(records, answer));
    op
}

/// The envelope said OK: every record of the request is done.
pub fn all_done(records: &[Record]) -> Vec<ItemResult> {
    records.iter().map(|_| ItemResult::Done(None)).collect()
}

/// `multiaccount_import`: `FailAccounts` failed, the rest are in.
pub fn fail_accounts(records: &[Record], answer: MultiImportResponse) -> Vec<ItemResult> {
    records
        .iter()
        .map(|r| match answer.fail_accounts.contains(&r.user) {
            true => ItemResult::Failed {
                code: None,
                reason: "not imported (FailAccounts)".into(),
            },
            false => ItemResult::Done(None),
        })
        .collect()
}

/// `account_delete`: each `ResultItem`'s own code.
pub fn result_items(records: &[Record], answer: ResultItems) -> Vec<ItemResult> {
    let by_user: HashMap<&str, _> = answer
        .result_item
        .iter()
        .map(|i| (i.user_id.as_str(), i))
        .collect();
    records
        .iter()
        .map(|r| match by_user.get(r.user.as_str()) {
            Some(i) if i.result_code == 0 => ItemResult::Done(None),
            Some(i) => ItemResult::Failed {
                code: Some(i.result_code),
                reason: i.result_info.clone(),
            },
            None => crate::bulk::operation::missing_from_answer(),
        })
        .collect()
}

/// `add_group_member`: added (1) or already a member (2) is done; anything else failed.
pub fn add_results(
    records: &[Record],
    answer: <AddGroupMember as Endpoint>::Response,
) -> Vec<ItemResult> {
    let by_user: HashMap<&str, u8> = answer
        .member_list
        .iter()
        .map(|m| (m.member_account.as_str(), m.result))
        .collect();
    records
        .iter()
        .map(|r| match by_user.get(r.user.as_str()) {
            Some(&(ADD_ADDED | ADD_ALREADY_MEMBER)) => ItemResult::Done(None),
            Some(&result) => ItemResult::Failed {
                code: None,
                reason: format!("not added (Result {result})"),
            },
            None => ItemResult::Failed {
                code: None,
                reason: "the answer did not mention this member".into(),
            },
        })
        .collect()
}

/// `portrait_set` bodies for each account's tags.
pub fn portrait_set(
    values: HashMap<String, Vec<(String, Value)>>,
) -> impl Fn(&[Record]) -> Value + Send + Sync + 'static {
    move |records| {
        let user = records.first().map(|r| r.user.clone()).unwrap_or_default();
        let items: Vec<Value> = values
            .get(&user)
            .into_iter()
            .flatten()
            .map(|(tag, value)| json!({"Tag": tag, "Value": value}))
            .collect();
        json!({"From_Account": user, "ProfileItem": items})
    }
}

/// One item that failed, named the way the plan names it.
#[derive(Debug, Clone)]
pub struct StepFailure {
    pub step: &'static str,
    pub id: String,
    pub code: Option<i64>,
    pub reason: String,
}

/// What the steps came to.
#[derive(Debug, Default)]
pub struct Tally {
    pub requested: u64,
    pub succeeded: u64,
    pub failures: Vec<StepFailure>,
    /// The IDs (records) that failed, per step name, so later steps can skip what depends on them.
    pub failed_ids: HashMap<&'static str, Vec<String>>,
}

/// Collects nothing: apply reports failures from the summary, named by resource.
struct Quiet;

impl Reporter for Quiet {
    fn failure(&mut self, _: &str) {}
    fn note(&mut self, _: &str) {}
    fn warn(&mut self, _: &str) {}
    fn preview(&mut self, _: &Value) -> Result<(), Error> {
        Ok(())
    }
    fn rows(&mut self, _: Vec<Value>) -> Result<(), Error> {
        Ok(())
    }
    fn encode(&mut self, _: &[Value], _: bool) -> Vec<u8> {
        Vec::new()
    }
    fn wants_progress(&self) -> bool {
        false
    }
    fn progress(&mut self, _: &Progress) {}
    fn progress_done(&mut self) {}
}

/// A job's label, step, records and how it ended.
type Finished = (String, &'static str, Vec<String>, crate::bulk::Summary, End);

/// Requests in flight at once within one job, and jobs (one per group) at once.
const CONCURRENCY: usize = 16;
const PARALLEL_JOBS: usize = 8;

/// Runs jobs of one step (`label` names items, e.g. `member team-a/`) on the bulk engine,
/// several at once; a fatal error (auth, network, still throttled) ends the apply.
pub async fn run(
    client: &Arc<Client>,
    tally: &mut Tally,
    jobs: Vec<(String, Vec<String>, Step)>,
) -> Result<(), Error> {
    // A job borrows its reporter across awaits (not Send): jobs share this thread, their
    // requests still run on the runtime's workers.
    tokio::task::LocalSet::new()
        .run_until(run_local(client, tally, jobs))
        .await
}

async fn run_local(
    client: &Arc<Client>,
    tally: &mut Tally,
    jobs: Vec<(String, Vec<String>, Step)>,
) -> Result<(), Error> {
    let mut set: JoinSet<Result<Finished, Error>> = JoinSet::new();
    let mut jobs = jobs.into_iter().filter(|(_, ids, _)| !ids.is_empty());
    loop {
        while set.len() < PARALLEL_JOBS {
            let Some((label, ids, step)) = jobs.next() else {
                break;
            };
            let client = client.clone();
            set.spawn_local(async move {
                let name = step.name();
                let opts = Options {
                    concurrency: CONCURRENCY,
                    ..Options::default()
                };
                let job = Job::prepare(Input::args(&ids), &*step, opts)?;
                let (summary, end) = job
                    .run(client, Arc::<dyn Operation>::from(step), &mut Quiet)
                    .await?;
                Ok((label, name, ids, summary, end))
            });
        }
        let Some(joined) = set.join_next().await else {
            return Ok(());
        };
        let (label, name, ids, summary, end) =
            joined.map_err(|e| Error::Failed(format!("an apply task failed: {e}")))??;
        tally.requested += summary.requested;
        tally.succeeded += summary.succeeded;
        for f in &summary.failures {
            let id = f.user.clone().unwrap_or_else(|| {
                ids.get(f.line.saturating_sub(1) as usize)
                    .cloned()
                    .unwrap_or_default()
            });
            tally
                .failed_ids
                .entry(name)
                .or_default()
                .push(format!("{label}{id}"));
            tally.failures.push(StepFailure {
                step: name,
                id: format!("{label}{id}"),
                code: f.code,
                reason: f.reason.clone(),
            });
        }
        match end {
            End::Complete => {}
            End::Interrupted => return Err(Error::Interrupted),
            End::Fatal(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::wire::account::{AccountDelete, MultiaccountImport};
    use crate::api::wire::group::DestroyGroup;
    use crate::bulk::input::Raw;

    fn records(ids: &[&str]) -> Vec<Record> {
        ids.iter()
            .enumerate()
            .map(|(i, id)| Record {
                line: i as u64 + 1,
                user: id.to_string(),
                nick: None,
                face_url: None,
                raw: Raw::Id,
            })
            .collect()
    }

    fn done(results: &[ItemResult]) -> Vec<bool> {
        results
            .iter()
            .map(|r| matches!(r, ItemResult::Done(_)))
            .collect()
    }

    #[test]
    fn a_step_is_its_endpoint_with_the_body_it_is_given() {
        let op = step::<AccountDelete>(
            "removals",
            100,
            false,
            |r| json!({"DeleteItem": [{"UserID": r[0].user}]}),
        );
        assert_eq!(op.endpoint(), ("im_open_login_svc", "account_delete"));
        let batch = records(&["alice"]);
        assert_eq!(
            op.body(&batch),
            json!({"DeleteItem": [{"UserID": "alice"}]})
        );
        // The typed answer is read: a failed item keeps its own code.
        let with = with_results(op, result_items);
        let answer =
            json!({"ResultItem": [{"UserID": "alice", "ResultCode": 70107, "ResultInfo": "gone"}]});
        match &with.results(&batch, answer).unwrap()[0] {
            ItemResult::Failed { code, reason } => {
                assert_eq!((*code, reason.as_str()), (Some(70107), "gone"))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn group_steps_check_group_ids_and_account_steps_user_ids() {
        let groups = step::<DestroyGroup>("removals", 1, true, |r| json!({"GroupId": r[0].user}));
        let accounts = step::<MultiaccountImport>("accounts", 100, false, |_| json!({}));
        // Longer than a UserID may be, short enough for a GroupId.
        let id = "g".repeat(crate::domain::user_id::MAX_BYTES + 1);
        let record = &records(&[&id])[0];
        assert!(groups.check(record).is_ok());
        assert!(accounts.check(record).is_err());
        let too_long = &records(&[&"g".repeat(rules::GROUP_ID_MAX + 1)])[0];
        assert!(groups.check(too_long).is_err());
    }

    #[test]
    fn fail_accounts_fails_only_the_accounts_it_names() {
        let batch = records(&["a", "b"]);
        let answer = MultiImportResponse {
            fail_accounts: vec!["b".into()],
        };
        assert_eq!(done(&fail_accounts(&batch, answer)), [true, false]);
    }
}
