//! `mms job watch`: follows a job through the library's waiter until it ends, reporting its
//! tasks as they fail, and ends with what to run next.

use std::{
    collections::BTreeSet,
    fmt::Write as _,
    time::{Duration, Instant},
};

use maxcompute_mms::{
    prelude::*,
    types::{Job, Task, TaskLog},
    FixedInterval, JobStatus, WaitEvent, WaitOutcome,
};

use mms_api::TaskStatus;

use crate::{
    api::Api,
    exit::{Exit, Failure, Outcome},
    progress::{self, Display, Step},
    stdout::{self, say},
    summary,
};

/// The statuses a task stops in when it fails (until it is retried).
const FAILED: [TaskStatus; 3] = [
    TaskStatus::SchemaFailed,
    TaskStatus::DataFailed,
    TaskStatus::VerificationFailed,
];

/// The failed tasks listed in the final summary at most; the rest are counted.
const SUMMARY_TASKS: usize = 20;

/// A failed task and why.
#[derive(Debug, Clone)]
struct FailedTask {
    task: Task,
    /// What its log says about it.
    log: LogFacts,
}

/// What a failed task's log tells: why it failed, and which partition it covers.
#[derive(Debug, Clone, Default)]
struct LogFacts {
    reason: Option<String>,
    partition: Option<String>,
}

/// `db.table` of a task.
fn table_of(task: &Task) -> String {
    match (&task.src_db_name, &task.src_table_name) {
        (Some(db), Some(table)) if !db.is_empty() => format!("{db}.{table}"),
        (_, Some(table)) => table.clone(),
        _ => "-".into(),
    }
}

impl LogFacts {
    /// The message of the last failed step (or of the last step), and the partition spec the
    /// messages name after the table (`mms_test.orders/ds=2024-12-01`), when they do: a task
    /// answer does not carry its partition.
    fn read(task: &Task, logs: &[TaskLog]) -> LogFacts {
        let failed = |l: &&TaskLog| {
            l.status
                .as_ref()
                .is_some_and(|s| s.as_str().ends_with("FAILED"))
        };
        let reason = logs
            .iter()
            .rev()
            .find(failed)
            .or(logs.last())
            .and_then(|l| l.msg.clone())
            .filter(|m| !m.trim().is_empty());
        let marker = format!("{}/", table_of(task));
        let partition = logs
            .iter()
            .filter_map(|l| l.msg.as_deref())
            .find_map(|msg| {
                let start = msg.find(&marker)? + marker.len();
                let spec: String = msg[start..]
                    .chars()
                    .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ';' | ')' | '('))
                    .collect();
                (!spec.is_empty()).then_some(spec)
            });
        LogFacts { reason, partition }
    }
}

impl FailedTask {
    fn table(&self) -> String {
        let table = table_of(&self.task);
        match &self.log.partition {
            Some(partition) => format!("{table}/{partition}"),
            None => table,
        }
    }

    fn status(&self) -> &str {
        self.task
            .status
            .as_ref()
            .map_or("FAILED", TaskStatus::as_str)
    }

    fn line(&self) -> String {
        let id = self.task.id.unwrap_or_default();
        let reason = self
            .log
            .reason
            .as_deref()
            .map(|r| format!(": {}", stdout::one_line(&r.trim())))
            .unwrap_or_default();
        format!("task {id} {} {}{reason}", self.status(), self.table())
    }
}

/// The failed tasks of one job, as the service lists them.
struct FailedTasks {
    source_id: i64,
    job_id: i64,
    reported: BTreeSet<i64>,
}

impl FailedTasks {
    /// The tasks failed now, with the reason from each one's log.
    async fn current<A: Api>(
        &self,
        api: &A,
        skip: &BTreeSet<i64>,
    ) -> Result<Vec<FailedTask>, maxcompute_mms::Error> {
        let mut failed = Vec::new();
        for status in FAILED {
            let tasks: Vec<Task> = api
                .list_mms_tasks()
                .source_id(self.source_id)
                .job_id(self.job_id)
                .status(status)
                .items()
                .limit(100)
                .try_collect()
                .await?;
            failed.extend(tasks);
        }
        let mut out = Vec::with_capacity(failed.len());
        for task in failed
            .into_iter()
            .filter(|t| t.id.is_none_or(|id| !skip.contains(&id)))
        {
            let log = match task.id {
                Some(id) => self.log_facts(api, &task, id).await,
                None => LogFacts::default(),
            };
            out.push(FailedTask { task, log });
        }
        out.sort_by_key(|t| t.task.id);
        Ok(out)
    }

    /// What the task's log says; nothing when the log cannot be read.
    async fn log_facts<A: Api>(&self, api: &A, task: &Task, task_id: i64) -> LogFacts {
        match api
            .list_mms_task_logs()
            .source_id(self.source_id)
            .task_id(task_id)
            .send()
            .await
        {
            Ok(logs) => LogFacts::read(task, &logs),
            Err(_) => LogFacts::default(),
        }
    }

    /// Reports the tasks that failed since the last check.
    async fn report_new<A: Api>(&mut self, api: &A, display: &Display) {
        match self.current(api, &self.reported).await {
            Ok(failed) => {
                for task in failed {
                    if let Some(id) = task.task.id {
                        if self.reported.insert(id) {
                            display.line(&task.line());
                        }
                    }
                }
            }
            Err(error) => display.note(&format!(
                "cannot list the failed tasks (polling goes on): {}",
                stdout::one_line(&error)
            )),
        }
    }
}

/// `job 10 DOING 3/100 (3%)`, and ` stopped` when it is.
fn state(job: &Job) -> String {
    format!(
        "job {} {} {}{}",
        job.id,
        job.status.as_ref().map_or("-", JobStatus::as_str),
        summary::progress(job),
        if job.stopped == Some(true) {
            " stopped"
        } else {
            ""
        }
    )
}

fn position(job: &Job) -> Option<(u64, u64)> {
    let done = u64::try_from(job.task_done?).ok()?;
    let total = u64::try_from(job.task_num?).ok()?;
    Some((done, total))
}

/// Polls job `job_id` of `source_id` every `interval` until it ends or `timeout` passes.
pub async fn watch<A: Api>(
    api: &A,
    source_id: i64,
    job_id: i64,
    interval: Duration,
    timeout: Duration,
) -> Outcome {
    let started = Instant::now();
    let mut display = Display::new(true);
    let mut events = api
        .job_waiter(source_id, job_id)
        .backoff(FixedInterval(interval))
        .max_wait(timeout)
        .events();
    let mut ctrl_c = progress::ctrl_c();
    let mut failed = FailedTasks {
        source_id,
        job_id,
        reported: BTreeSet::new(),
    };
    loop {
        match progress::next(&mut events, &mut ctrl_c).await {
            Step::Event(WaitEvent::Snapshot(snapshot)) => {
                let job = &snapshot.value;
                display.show(&state(job), position(job), snapshot.elapsed);
                if job.status != Some(JobStatus::Init) {
                    failed.report_new(api, &display).await;
                }
            }
            Step::Event(WaitEvent::Transient { error, .. }) => display.note(&format!(
                "transient error, polling again: {}",
                stdout::one_line(&error)
            )),
            Step::Event(WaitEvent::Finished(outcome)) => {
                if let Some(job) = outcome.last() {
                    display.show(&state(job), position(job), started.elapsed());
                }
                let exit = match &outcome {
                    WaitOutcome::Done(_) => Exit::Success,
                    WaitOutcome::Failed(_) => Exit::JobFailed,
                    WaitOutcome::Stopped(_) => Exit::JobStopped,
                    WaitOutcome::TimedOut { .. } => {
                        display.finish();
                        say!(
                            "mms: gave up after {}: the job has not ended (it goes on running on the service)",
                            humantime::format_duration(timeout)
                        );
                        return Ok(Exit::WatchTimeout);
                    }
                };
                let still_failed = if exit == Exit::Success {
                    Vec::new()
                } else {
                    failed
                        .current(api, &BTreeSet::new())
                        .await
                        .unwrap_or_default()
                };
                display.finish();
                let job = outcome.last().cloned();
                stdout::emit(&ending(
                    job.as_ref(),
                    job_id,
                    source_id,
                    exit,
                    started.elapsed(),
                    &still_failed,
                ));
                return Ok(exit);
            }
            Step::Failed(error) => {
                display.finish();
                return Err(Failure::Api(error));
            }
            Step::Interrupted => {
                display.finish();
                say!("mms: interrupted; the job goes on running on the service");
                return Ok(Exit::Interrupted);
            }
        }
    }
}

/// The final summary: how the job ended, and for failed tasks what to run next.
fn ending(
    job: Option<&Job>,
    job_id: i64,
    source_id: i64,
    exit: Exit,
    elapsed: Duration,
    failed: &[FailedTask],
) -> String {
    let how = match exit {
        Exit::Success => "DONE",
        Exit::JobFailed => "FAILED",
        _ => "stopped",
    };
    let mut out = format!(
        "job {job_id} {how}: {} tasks, after {}s\n",
        job.map_or("unknown".into(), summary::progress),
        elapsed.as_secs()
    );
    if failed.is_empty() {
        return out;
    }
    let _ = writeln!(out, "failed tasks ({}):", failed.len());
    for task in failed.iter().take(SUMMARY_TASKS) {
        let id = task.task.id.unwrap_or_default();
        let _ = writeln!(out, "  {}", task.line());
        let _ = writeln!(
            out,
            "      why: mms task logs {source_id} {id}    again: mms task retry {source_id} {id}"
        );
    }
    if failed.len() > SUMMARY_TASKS {
        let _ = writeln!(
            out,
            "  … and {} more: mms task list {source_id} --job-id {job_id} --status {}",
            failed.len() - SUMMARY_TASKS,
            failed[SUMMARY_TASKS].status()
        );
    }
    let _ = writeln!(
        out,
        "retry every failed task: mms job retry {source_id} {job_id} && mms job watch {source_id} {job_id}"
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(id: i64, status: TaskStatus) -> Task {
        serde_json::from_value(serde_json::json!({
            "id": id, "srcDbName": "mms_test", "srcTableName": "orders", "status": status.as_str()
        }))
        .unwrap()
    }

    #[test]
    fn the_summary_of_a_failed_job_says_what_to_run_next() {
        let job: Job = serde_json::from_value(serde_json::json!({
            "id": 12, "status": "FAILED", "taskNum": 4, "taskDone": 3
        }))
        .unwrap();
        let logs: Vec<TaskLog> = serde_json::from_value(serde_json::json!([
            {"status": "DATA_DOING", "msg": "Copying 10 rows of mms_test.orders/ds=2024-12-03 with HIVE"},
            {"status": "DATA_FAILED", "msg": "quota exceeded\n"}
        ]))
        .unwrap();
        let task = task(45, TaskStatus::DataFailed);
        let failed = [FailedTask {
            log: LogFacts::read(&task, &logs),
            task,
        }];
        let text = ending(
            Some(&job),
            12,
            2,
            Exit::JobFailed,
            Duration::from_secs(7),
            &failed,
        );
        assert_eq!(
            text,
            "job 12 FAILED: 3/4 (75%) tasks, after 7s\n\
             failed tasks (1):\n  task 45 DATA_FAILED mms_test.orders/ds=2024-12-03: quota exceeded\n      \
             why: mms task logs 2 45    again: mms task retry 2 45\n\
             retry every failed task: mms job retry 2 12 && mms job watch 2 12\n"
        );
        let done = ending(
            Some(&job),
            12,
            2,
            Exit::Success,
            Duration::from_secs(1),
            &[],
        );
        assert_eq!(done, "job 12 DONE: 3/4 (75%) tasks, after 1s\n");
    }
}
