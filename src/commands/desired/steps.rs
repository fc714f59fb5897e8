//! The write steps of `apply`, each a bulk [`Operation`] on the one bulk engine: the engine
//! batches to the documented size, sends concurrently at the client's paced rate and reads
//! per-item results. One generic [`Step`] (endpoint, batch size, body, results) serves every
//! write, so no verb's operation is copied here.

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{json, Value};
use tokio::task::JoinSet;

use crate::api::client::Client;
use crate::api::wire::group::{AddGroupMember, ADD_ADDED, ADD_ALREADY_MEMBER};
use crate::api::wire::{self, Endpoint};
use crate::bulk::progress::Progress;
use crate::bulk::{End, Input, ItemResult, Job, Operation, Options, Record, Reporter};
use crate::domain::{group as rules, user_id};
use crate::error::Error;

type Body = Box<dyn Fn(&[Record]) -> Value + Send + Sync>;
type Results = Box<dyn Fn(&[Record], Value) -> Result<Vec<ItemResult>, Error> + Send + Sync>;

/// One write: `service/command`, the documented records a request, how a batch becomes a
/// body, how an answer becomes per-record results.
pub struct Step {
    pub name: &'static str,
    pub endpoint: (&'static str, &'static str),
    pub max_batch: usize,
    /// Records are GroupIds (not UserIDs).
    pub groups: bool,
    pub body: Body,
    pub results: Results,
}

impl Step {
    pub fn new<E: Endpoint>(
        name: &'static str,
        max_batch: usize,
        groups: bool,
        body: Body,
    ) -> Step {
        Step {
            name,
            endpoint: (E::SERVICE, E::COMMAND),
            max_batch,
            groups,
            body,
            results: Box::new(|records, _| Ok(all_done(records))),
        }
    }

    pub fn results(mut self, results: Results) -> Step {
        self.results = results;
        self
    }
}

impl Operation for Step {
    fn name(&self) -> &'static str {
        self.name
    }
    fn max_batch(&self) -> usize {
        self.max_batch
    }
    fn check(&self, record: &Record) -> Result<(), String> {
        if self.groups {
            rules::check_group_id(&record.user)
        } else {
            user_id::validate(&record.user)
        }
    }
    fn endpoint(&self) -> (&'static str, &'static str) {
        self.endpoint
    }
    fn body(&self, records: &[Record]) -> Value {
        (self.body)(records)
    }
    fn results(&self, records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
        (self.results)(records, answer)
    }
}

/// The envelope said OK: every record of the request is done.
pub fn all_done(records: &[Record]) -> Vec<ItemResult> {
    records.iter().map(|_| ItemResult::Done(None)).collect()
}

/// `multiaccount_import`: `FailAccounts` failed, the rest are in.
pub fn fail_accounts(records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
    let failed: Vec<String> =
        serde_json::from_value(answer["FailAccounts"].clone()).unwrap_or_default();
    Ok(records
        .iter()
        .map(|r| match failed.contains(&r.user) {
            true => ItemResult::Failed {
                code: None,
                reason: "not imported (FailAccounts)".into(),
            },
            false => ItemResult::Done(None),
        })
        .collect())
}

/// `account_delete`: each `ResultItem`'s own code.
pub fn result_items(records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
    let items: Vec<Value> =
        serde_json::from_value(answer["ResultItem"].clone()).unwrap_or_default();
    let by_user: HashMap<&str, &Value> = items
        .iter()
        .filter_map(|i| Some((i["UserID"].as_str()?, i)))
        .collect();
    Ok(records
        .iter()
        .map(|r| match by_user.get(r.user.as_str()) {
            Some(i) if i["ResultCode"].as_i64().unwrap_or(0) == 0 => ItemResult::Done(None),
            Some(i) => ItemResult::Failed {
                code: i["ResultCode"].as_i64(),
                reason: i["ResultInfo"].as_str().unwrap_or_default().to_string(),
            },
            None => crate::bulk::operation::missing_from_answer(),
        })
        .collect())
}

/// `add_group_member`: added (1) or already a member (2) is done; anything else failed.
pub fn add_results(records: &[Record], answer: Value) -> Result<Vec<ItemResult>, Error> {
    let answer = wire::parse::<AddGroupMember>(answer)?;
    let by_user: HashMap<&str, u8> = answer
        .member_list
        .iter()
        .map(|m| (m.member_account.as_str(), m.result))
        .collect();
    Ok(records
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
        .collect())
}

/// `portrait_set` bodies for each account's tags.
pub fn portrait_set(values: HashMap<String, Vec<(String, Value)>>) -> Body {
    Box::new(move |records| {
        let user = records.first().map(|r| r.user.clone()).unwrap_or_default();
        let items: Vec<Value> = values
            .get(&user)
            .into_iter()
            .flatten()
            .map(|(tag, value)| json!({"Tag": tag, "Value": value}))
            .collect();
        json!({"From_Account": user, "ProfileItem": items})
    })
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
                let name = step.name;
                let opts = Options {
                    concurrency: CONCURRENCY,
                    ..Options::default()
                };
                let job = Job::prepare(Input::args(&ids), &step, opts)?;
                let (summary, end) = job.run(client, Arc::new(step), &mut Quiet).await?;
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
