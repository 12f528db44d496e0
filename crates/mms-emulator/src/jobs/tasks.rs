//! A migration task: one table, or one partition of a table, moved through the schema, data and
//! verification phases, with a log of what happened.

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::clock::Millis;
use crate::jobs::failures::PendingFailure;
use crate::state::ids::{IdKind, Ids};
use crate::state::values::{CatalogStatus, Phase, TaskStatus};

/// Virtual time a task rests in a `*_DONE` status before the next phase starts.
pub(crate) const PHASE_GAP_MS: i64 = 300;

/// How long each phase of a task takes, and which phases it runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TaskPlan {
    /// The phases to run, in order.
    pub(crate) phases: Vec<Phase>,
    pub(crate) schema_ms: i64,
    pub(crate) data_ms: i64,
    pub(crate) verification_ms: i64,
    pub(crate) num_rows: i64,
    pub(crate) size: i64,
    pub(crate) columns: usize,
    pub(crate) partition_keys: Vec<String>,
}

impl TaskPlan {
    fn duration(&self, phase: Phase) -> i64 {
        match phase {
            Phase::Schema => self.schema_ms,
            Phase::Data => self.data_ms,
            Phase::Verification => self.verification_ms,
        }
    }

    fn after(&self, phase: Phase) -> Option<Phase> {
        let at = self.phases.iter().position(|p| *p == phase)?;
        self.phases.get(at + 1).copied()
    }
}

/// One line of a task's log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TaskLog {
    pub(crate) id: i64,
    pub(crate) action: String,
    pub(crate) status: TaskStatus,
    pub(crate) msg: String,
    pub(crate) create_time: Millis,
}

/// A migration task.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Task {
    pub(crate) id: i64,
    pub(crate) job_id: i64,
    pub(crate) db_id: i64,
    pub(crate) table_id: i64,
    pub(crate) partition_id: Option<i64>,
    pub(crate) src_db_name: String,
    pub(crate) src_schema_name: String,
    pub(crate) src_table_name: String,
    /// The partition spec the task covers, for a partition task.
    pub(crate) partition: Option<String>,
    pub(crate) dst_db_name: String,
    pub(crate) dst_schema_name: String,
    pub(crate) dst_table_name: String,
    /// The engine, e.g. `HIVE`.
    pub(crate) engine: String,
    pub(crate) status: TaskStatus,
    /// A worker is running it now.
    pub(crate) running: bool,
    /// It was stopped (with its job) and waits for StartMmsJob.
    pub(crate) stopped: bool,
    /// Its place in the job's queue while it waits for a worker.
    pub(crate) queued: Option<u64>,
    pub(crate) retried_times: i64,
    pub(crate) create_time: Millis,
    pub(crate) start_time: Option<Millis>,
    pub(crate) end_time: Option<Millis>,
    /// When the current status ends, while running.
    pub(crate) step_ends: Option<Millis>,
    pub(crate) plan: TaskPlan,
    pub(crate) failure: Option<PendingFailure>,
    pub(crate) logs: Vec<TaskLog>,
}

fn human_size(bytes: i64) -> String {
    const UNITS: &[&str] = &["B", "KB", "MB", "GB", "TB"];
    // Precision is irrelevant for a log line.
    #[allow(clippy::cast_precision_loss)]
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

impl Task {
    /// `db.table` or `db.table/spec`, as the source names it.
    pub(crate) fn source_name(&self) -> String {
        let mut name = format!("{}.{}", self.src_db_name, self.src_table_name);
        if let Some(spec) = &self.partition {
            name.push('/');
            name.push_str(spec);
        }
        name
    }

    /// `project.schema.table` or `project.schema.table/spec`, in MaxCompute.
    pub(crate) fn destination_name(&self) -> String {
        let mut name = format!(
            "{}.{}.{}",
            self.dst_db_name, self.dst_schema_name, self.dst_table_name
        );
        if let Some(spec) = &self.partition {
            name.push('/');
            name.push_str(spec);
        }
        name
    }

    /// Whether it is queued or running: work its job still has to do.
    pub(crate) fn is_pending(&self) -> bool {
        self.running || self.queued.is_some()
    }

    fn log(&mut self, ids: &mut Ids, at: Millis, action: &str, msg: String) {
        self.logs.push(TaskLog {
            id: ids.next(IdKind::TaskLog),
            action: action.to_owned(),
            status: self.status,
            msg,
            create_time: at,
        });
    }

    fn mark(&self, catalog: &mut Catalog, status: CatalogStatus, at: Millis) {
        catalog.mark(self.table_id, self.partition_id, status, at);
    }

    /// The phase a new run works on: the first, the one that failed or was stopped, or the
    /// one after a phase that finished; `None` when nothing is left.
    fn resume_phase(&self) -> Option<Phase> {
        match self.status {
            TaskStatus::Init => self.plan.phases.first().copied(),
            TaskStatus::Done => None,
            status => {
                let phase = status.phase()?;
                if status == phase.done() {
                    self.plan.after(phase)
                } else {
                    Some(phase)
                }
            }
        }
    }

    fn doing_message(&self, phase: Phase) -> String {
        match phase {
            Phase::Schema => {
                let mut text = format!(
                    "Creating {} ({} columns",
                    self.destination_name(),
                    self.plan.columns
                );
                if !self.plan.partition_keys.is_empty() {
                    text.push_str(", partitioned by ");
                    text.push_str(&self.plan.partition_keys.join(", "));
                }
                text.push_str(") from ");
                text.push_str(&self.source_name());
                text
            }
            Phase::Data => format!(
                "Copying {} rows ({}) of {} with {}",
                self.plan.num_rows,
                human_size(self.plan.size),
                self.source_name(),
                self.engine
            ),
            Phase::Verification => format!(
                "Counting the rows of {} and {}",
                self.source_name(),
                self.destination_name()
            ),
        }
    }

    fn done_message(&self, phase: Phase) -> String {
        match phase {
            Phase::Schema => format!("{} is ready", self.destination_name()),
            Phase::Data => format!(
                "Copied {} rows to {}",
                self.plan.num_rows,
                self.destination_name()
            ),
            Phase::Verification => format!("Row counts match: {}", self.plan.num_rows),
        }
    }

    /// A worker takes the task at `at`.
    pub(crate) fn begin(&mut self, at: Millis, ids: &mut Ids, catalog: &mut Catalog) {
        self.queued = None;
        self.stopped = false;
        self.running = true;
        self.start_time = Some(at);
        self.end_time = None;
        match self.resume_phase() {
            Some(phase) => self.enter(phase, at, ids),
            None => self.finish(at, ids, catalog),
        }
        if self.running {
            self.mark(catalog, CatalogStatus::Doing, at);
        }
    }

    fn enter(&mut self, phase: Phase, at: Millis, ids: &mut Ids) {
        self.status = phase.doing();
        self.step_ends = Some(at.plus(self.plan.duration(phase)));
        let msg = self.doing_message(phase);
        self.log(ids, at, phase.as_str(), msg);
    }

    fn finish(&mut self, at: Millis, ids: &mut Ids, catalog: &mut Catalog) {
        self.status = TaskStatus::Done;
        self.running = false;
        self.step_ends = None;
        self.end_time = Some(at);
        let took = self.start_time.map_or(0, |start| at.since(start) / 1000);
        self.log(
            ids,
            at,
            "FINISH",
            format!("{} migrated in {took} s", self.source_name()),
        );
        self.mark(catalog, CatalogStatus::Done, at);
    }

    /// The current status ends at `at` (its `step_ends`): the task moves on.
    pub(crate) fn step(&mut self, at: Millis, ids: &mut Ids, catalog: &mut Catalog) {
        let Some(phase) = self.status.phase() else {
            self.step_ends = None;
            return;
        };
        if self.status == phase.doing() {
            let fails = self
                .failure
                .as_ref()
                .is_some_and(|f| f.phase == phase && f.left > 0);
            if fails {
                let reason = match self.failure.as_mut() {
                    Some(f) => {
                        f.left -= 1;
                        f.reason.clone()
                    }
                    None => String::new(),
                };
                self.status = phase.failed();
                self.running = false;
                self.step_ends = None;
                self.end_time = Some(at);
                self.log(ids, at, phase.as_str(), reason);
                self.mark(catalog, CatalogStatus::Failed, at);
            } else {
                self.status = phase.done();
                self.step_ends = Some(at.plus(PHASE_GAP_MS));
                let msg = self.done_message(phase);
                self.log(ids, at, phase.as_str(), msg);
            }
        } else {
            match self.plan.after(phase) {
                Some(next) => self.enter(next, at, ids),
                None => self.finish(at, ids, catalog),
            }
        }
    }

    /// StopMmsJob: a running or queued task stops where it is; a run is lost.
    pub(crate) fn halt(&mut self, at: Millis, ids: &mut Ids, catalog: &mut Catalog) {
        if !self.is_pending() {
            return;
        }
        let was_running = self.running;
        self.running = false;
        self.queued = None;
        self.stopped = true;
        self.step_ends = None;
        self.log(ids, at, "STOP", "Stopped with its job".to_owned());
        if was_running {
            self.mark(catalog, CatalogStatus::Init, at);
        }
    }

    /// Puts the task in its job's queue at place `seq`.
    pub(crate) fn enqueue(&mut self, seq: u64) {
        self.queued = Some(seq);
        self.stopped = false;
    }

    /// RetryMmsTask / RetryMmsJob: a failed task is queued again and will resume at the phase
    /// that failed.
    pub(crate) fn retry(&mut self, seq: u64, at: Millis, ids: &mut Ids) {
        self.retried_times += 1;
        self.enqueue(seq);
        let phase = self.status.phase().map_or("", Phase::as_str);
        let msg = format!(
            "Retry {}: queued again, resumes at the {phase} phase",
            self.retried_times
        );
        self.log(ids, at, "RETRY", msg);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn task(phases: Vec<Phase>, failure: Option<PendingFailure>) -> Task {
        Task {
            id: 1,
            job_id: 1,
            db_id: 1,
            table_id: 1,
            partition_id: None,
            src_db_name: "sales".into(),
            src_schema_name: "default".into(),
            src_table_name: "orders".into(),
            partition: Some("ds=1".into()),
            dst_db_name: "mc".into(),
            dst_schema_name: "default".into(),
            dst_table_name: "orders".into(),
            engine: "HIVE".into(),
            status: TaskStatus::Init,
            running: false,
            stopped: false,
            queued: None,
            retried_times: 0,
            create_time: Millis(0),
            start_time: None,
            end_time: None,
            step_ends: None,
            plan: TaskPlan {
                phases,
                schema_ms: 1000,
                data_ms: 2000,
                verification_ms: 500,
                num_rows: 1200,
                size: 3 * 1024 * 1024,
                columns: 4,
                partition_keys: vec!["ds".into()],
            },
            failure,
            logs: Vec::new(),
        }
    }

    /// Steps a running task to its end; returns the statuses it went through.
    fn run(task: &mut Task, ids: &mut Ids, catalog: &mut Catalog) -> Vec<TaskStatus> {
        let mut seen = vec![task.status];
        while let Some(at) = task.step_ends {
            task.step(at, ids, catalog);
            seen.push(task.status);
        }
        seen
    }

    #[test]
    fn a_task_goes_through_every_phase_with_a_log_line_each() {
        let (mut ids, mut catalog) = (Ids::default(), Catalog::default());
        let mut t = task(Phase::ALL.to_vec(), None);
        t.begin(Millis(0), &mut ids, &mut catalog);
        let seen = run(&mut t, &mut ids, &mut catalog);
        use TaskStatus::*;
        assert_eq!(
            seen,
            [
                SchemaDoing,
                SchemaDone,
                DataDoing,
                DataDone,
                VerificationDoing,
                VerificationDone,
                Done
            ]
        );
        assert!(!t.running);
        assert_eq!(
            t.end_time,
            Some(Millis(1000 + 2000 + 500 + 3 * PHASE_GAP_MS))
        );
        assert_eq!(t.logs.len(), 7);
        assert!(
            t.logs[0].msg.contains("partitioned by ds"),
            "{:?}",
            t.logs[0]
        );
        assert!(t.logs[2].msg.contains("3.0 MB"), "{:?}", t.logs[2]);
        assert_eq!(t.logs.last().map(|l| l.status), Some(Done));
    }

    #[test]
    fn a_planned_failure_stops_the_task_and_a_retry_resumes_at_that_phase() {
        let (mut ids, mut catalog) = (Ids::default(), Catalog::default());
        let failure = PendingFailure {
            phase: Phase::Data,
            left: 1,
            reason: "disk full".into(),
        };
        let mut t = task(vec![Phase::Schema, Phase::Data], Some(failure));
        t.begin(Millis(0), &mut ids, &mut catalog);
        let seen = run(&mut t, &mut ids, &mut catalog);
        assert_eq!(seen.last(), Some(&TaskStatus::DataFailed));
        assert_eq!(t.logs.last().map(|l| l.msg.as_str()), Some("disk full"));

        t.retry(1, Millis(10_000), &mut ids);
        assert_eq!(t.retried_times, 1);
        t.begin(Millis(10_000), &mut ids, &mut catalog);
        assert_eq!(t.status, TaskStatus::DataDoing, "resumes at DATA");
        let seen = run(&mut t, &mut ids, &mut catalog);
        assert_eq!(seen.last(), Some(&TaskStatus::Done));
    }

    #[test]
    fn a_halted_task_resumes_its_phase() {
        let (mut ids, mut catalog) = (Ids::default(), Catalog::default());
        let mut t = task(Phase::ALL.to_vec(), None);
        t.begin(Millis(0), &mut ids, &mut catalog);
        t.step(Millis(1000), &mut ids, &mut catalog); // SCHEMA_DONE
        t.halt(Millis(1100), &mut ids, &mut catalog);
        assert!(t.stopped && !t.running && t.step_ends.is_none());
        assert_eq!(t.status, TaskStatus::SchemaDone);
        t.enqueue(2);
        t.begin(Millis(5000), &mut ids, &mut catalog);
        assert_eq!(
            t.status,
            TaskStatus::DataDoing,
            "the next phase after SCHEMA_DONE"
        );
    }
}
