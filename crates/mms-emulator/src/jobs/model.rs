//! The records of jobs: their scope, their state, and what creating one asks for.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::clock::Millis;
use crate::jobs::given::GivenJob;
use crate::jobs::tasks::TaskPlan;
use crate::state::problem::{Missing, Problem};
use crate::state::values::{JobStatus, JobType};

/// What a job (or a timer) migrates and how: the `config` of a job.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(crate) struct Scope {
    pub(crate) tables: Vec<String>,
    pub(crate) partitions: Vec<i64>,
    pub(crate) table_white_list: Vec<String>,
    pub(crate) table_black_list: Vec<String>,
    pub(crate) partition_filters: BTreeMap<String, String>,
    pub(crate) table_mapping: BTreeMap<String, String>,
    pub(crate) column_mapping: BTreeMap<String, String>,
    pub(crate) increment: bool,
    pub(crate) enable_verification: bool,
    pub(crate) enable_data_migration: bool,
    pub(crate) enable_schema_migration: bool,
    pub(crate) schema_only: bool,
    pub(crate) task_type: String,
    pub(crate) tunnel_quota: String,
    pub(crate) others: Map<String, Value>,
}

/// A job of the state machine: its tasks do the work and decide its status.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Job {
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) db_id: i64,
    pub(crate) src_db_name: String,
    pub(crate) src_schema_name: String,
    pub(crate) dst_db_name: String,
    pub(crate) dst_schema_name: String,
    pub(crate) kind: JobType,
    pub(crate) status: JobStatus,
    /// StartMmsJob (or a timer) has started it at least once.
    pub(crate) started: bool,
    /// StopMmsJob stopped it, and no StartMmsJob since.
    pub(crate) stopped: bool,
    pub(crate) create_time: Millis,
    pub(crate) eta: String,
    pub(crate) scope: Scope,
    /// The timer that created it.
    pub(crate) timer_id: Option<i64>,
    pub(crate) task_ids: Vec<i64>,
    /// Tasks that run at once.
    pub(crate) concurrency: usize,
    /// The next place in the queue of tasks.
    pub(crate) queue_seq: u64,
}

/// A job the emulator serves: one that runs tasks, or one given verbatim by a fixture.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "entry", rename_all = "camelCase")]
pub(crate) enum JobEntry {
    /// Created by CreateMmsJob, a timer, the demo or a fixture plan.
    Live(Job),
    /// Given as a GetMmsJob `data` object, optionally advancing by a [`crate::JobProgress`].
    Given(GivenJob),
}

/// 404 for an unknown job.
pub(crate) fn no_such_job(source_id: i64, id: i64) -> Problem {
    Problem::not_found(
        Missing::Job,
        format!("The job {id} does not exist in data source {source_id}."),
    )
}

impl Job {
    /// Started and not stopped: its queued tasks get workers.
    pub(crate) fn is_active(&self) -> bool {
        self.started && !self.stopped
    }

    /// The next place in the queue.
    pub(crate) fn next_seq(&mut self) -> u64 {
        self.queue_seq += 1;
        self.queue_seq
    }
}

/// What a job is asked to be.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct NewJob {
    pub(crate) name: String,
    pub(crate) src_db_name: String,
    pub(crate) src_schema_name: String,
    pub(crate) dst_db_name: Option<String>,
    pub(crate) dst_schema_name: Option<String>,
    pub(crate) eta: String,
    pub(crate) scope: Scope,
    pub(crate) timer_id: Option<i64>,
}

/// One task to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TaskDraft {
    pub(crate) table_id: i64,
    pub(crate) partition_id: Option<i64>,
    pub(crate) src_table_name: String,
    pub(crate) partition: Option<String>,
    pub(crate) dst_schema_name: String,
    pub(crate) dst_table_name: String,
    pub(crate) plan: TaskPlan,
}

/// A job checked against the catalog, ready to be created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct JobDraft {
    pub(crate) new: NewJob,
    pub(crate) kind: JobType,
    pub(crate) db_id: i64,
    pub(crate) dst_db_name: String,
    pub(crate) dst_schema_name: String,
    pub(crate) engine: String,
    pub(crate) tasks: Vec<TaskDraft>,
    pub(crate) create_time: Millis,
}
