//! Migration jobs: what CreateMmsJob asks for, how it is split into tasks, and what start, stop,
//! retry and delete do. A job's status follows its tasks.

pub(crate) mod failures;
pub(crate) mod given;
pub(crate) mod model;
pub(crate) mod plan;
pub(crate) mod routes;
pub(crate) mod scheduler;
pub(crate) mod task_routes;
pub(crate) mod tasks;

use crate::jobs::given::GivenJob;
use crate::jobs::model::{no_such_job, Job, JobEntry};
use crate::state::problem::{Missing, Problem};
use crate::state::values::{JobStatus, TaskStatus};
use crate::state::world::{Env, Source};

impl Source {
    /// The entry of job `id`, or a 404 naming it.
    pub(crate) fn job_entry(&self, id: i64) -> Result<&JobEntry, Problem> {
        self.jobs
            .get(&id)
            .ok_or_else(|| no_such_job(self.info.id, id))
    }

    /// Tasks of job `id`, in id order.
    pub(crate) fn tasks_of<'a>(
        &'a self,
        job: &'a Job,
    ) -> impl Iterator<Item = &'a crate::jobs::tasks::Task> {
        job.task_ids.iter().filter_map(|id| self.tasks.get(id))
    }

    /// The status of a job, derived from its tasks: DOING while any task runs; else FAILED
    /// if any failed; else DONE when all are done; else (tasks waiting or stopped) as it was.
    pub(crate) fn derive_status(&self, job: &Job) -> JobStatus {
        let mut any_failed = false;
        let mut all_done = true;
        for task in self.tasks_of(job) {
            if task.running {
                return JobStatus::Doing;
            }
            any_failed |= task.status.is_failed();
            all_done &= task.status == TaskStatus::Done;
        }
        if any_failed {
            JobStatus::Failed
        } else if all_done {
            JobStatus::Done
        } else {
            job.status
        }
    }

    /// `(taskNum, taskDone)` of a job.
    pub(crate) fn task_counts(&self, job: &Job) -> (i64, i64) {
        let mut num = 0_i64;
        let mut done = 0_i64;
        for task in self.tasks_of(job) {
            num += 1;
            if task.status == TaskStatus::Done {
                done += 1;
            }
        }
        (num, done)
    }

    /// Whether the job still has tasks queued or running.
    pub(crate) fn has_pending_tasks(&self, job: &Job) -> bool {
        self.tasks_of(job).any(crate::jobs::tasks::Task::is_pending)
    }

    /// Takes a live job out of the map to work on it with the rest of the source; puts it back
    /// after `f`, whatever `f` returns.
    pub(crate) fn with_live_job<R>(
        &mut self,
        id: i64,
        f: impl FnOnce(&mut Self, &mut Job) -> Result<R, Problem>,
    ) -> Result<Option<R>, Problem> {
        let source_id = self.info.id;
        let Some(entry) = self.jobs.remove(&id) else {
            return Err(no_such_job(source_id, id));
        };
        let JobEntry::Live(mut job) = entry else {
            self.jobs.insert(id, entry);
            return Ok(None);
        };
        let result = f(self, &mut job);
        self.jobs.insert(id, JobEntry::Live(job));
        result.map(Some)
    }

    /// StartMmsJob: a new job starts; a stopped one resumes the tasks it stopped.
    pub(crate) fn start_job(&mut self, id: i64, env: &mut Env<'_>) -> Result<(), Problem> {
        let done = self.with_live_job(id, |source, job| {
            if job.is_active() {
                return Err(Problem::status(format!(
                    "The job {id} is {}{}; there is nothing to start.",
                    job.status,
                    if source.has_pending_tasks(job) {
                        " and running"
                    } else {
                        ""
                    }
                )));
            }
            if job.status == JobStatus::Done {
                return Err(Problem::status(format!(
                    "The job {id} is DONE; there is nothing to start."
                )));
            }
            job.started = true;
            job.stopped = false;
            let waiting: Vec<i64> = source
                .tasks_of(job)
                .filter(|t| t.status != TaskStatus::Done && !t.status.is_failed())
                .map(|t| t.id)
                .collect();
            for task_id in waiting {
                let seq = job.next_seq();
                if let Some(task) = source.tasks.get_mut(&task_id) {
                    task.enqueue(seq);
                }
            }
            source.fill_slots(job, env.ids, env.now);
            job.status = source.derive_status(job);
            Ok(())
        })?;
        if done.is_none() {
            self.given_job_mut(id)?.start(id)?;
        }
        Ok(())
    }

    /// StopMmsJob: running and queued tasks stop where they are; the status stays.
    pub(crate) fn stop_job(&mut self, id: i64, env: &mut Env<'_>) -> Result<(), Problem> {
        let done = self.with_live_job(id, |source, job| {
            if !job.is_active() || !source.has_pending_tasks(job) {
                let why = if job.stopped {
                    "stopped already".to_owned()
                } else if !job.started {
                    "not started".to_owned()
                } else {
                    format!("{} and runs no task", job.status)
                };
                return Err(Problem::status(format!(
                    "The job {id} is {why}; there is nothing to stop."
                )));
            }
            job.stopped = true;
            for task_id in job.task_ids.clone() {
                if let Some(task) = source.tasks.get_mut(&task_id) {
                    task.halt(env.now, env.ids, &mut source.catalog);
                }
            }
            job.status = source.derive_status(job);
            Ok(())
        })?;
        if done.is_none() {
            self.given_job_mut(id)?.stop(id)?;
        }
        Ok(())
    }

    /// RetryMmsJob: every failed task of a FAILED job is queued again.
    pub(crate) fn retry_job(&mut self, id: i64, env: &mut Env<'_>) -> Result<(), Problem> {
        let done = self.with_live_job(id, |source, job| {
            if job.status != JobStatus::Failed {
                return Err(Problem::status(format!(
                    "The job {id} is {}; only a FAILED job can be retried.",
                    job.status
                )));
            }
            job.started = true;
            job.stopped = false;
            let failed: Vec<i64> = source
                .tasks_of(job)
                .filter(|t| t.status.is_failed())
                .map(|t| t.id)
                .collect();
            for task_id in failed {
                let seq = job.next_seq();
                if let Some(task) = source.tasks.get_mut(&task_id) {
                    task.retry(seq, env.now, env.ids);
                }
            }
            source.fill_slots(job, env.ids, env.now);
            job.status = source.derive_status(job);
            Ok(())
        })?;
        if done.is_none() {
            self.given_job_mut(id)?.retry(id, env.now)?;
        }
        Ok(())
    }

    /// DeleteMmsJob: a job with no running task is removed with its tasks.
    pub(crate) fn delete_job(&mut self, id: i64) -> Result<(), Problem> {
        if let JobEntry::Live(job) = self.job_entry(id)? {
            if self.has_pending_tasks(job) {
                return Err(Problem::status(format!(
                    "The job {id} has running tasks; stop it with StopMmsJob before deleting it."
                )));
            }
            for task_id in job.task_ids.clone() {
                self.tasks.remove(&task_id);
            }
        }
        self.jobs.remove(&id);
        Ok(())
    }

    /// RetryMmsTask: a failed task is queued again (its job must not be stopped).
    pub(crate) fn retry_task(&mut self, task_id: i64, env: &mut Env<'_>) -> Result<(), Problem> {
        let task = self.task(task_id)?;
        if !task.status.is_failed() {
            return Err(Problem::status(format!(
                "The task {task_id} is {}; only a task in SCHEMA_FAILED, DATA_FAILED or \
                 VERIFICATION_FAILED can be retried.",
                task.status
            )));
        }
        let job_id = task.job_id;
        self.with_live_job(job_id, |source, job| {
            if job.stopped {
                return Err(Problem::status(format!(
                    "The job {job_id} of task {task_id} is stopped; start it with StartMmsJob \
                     first."
                )));
            }
            job.started = true;
            let seq = job.next_seq();
            if let Some(task) = source.tasks.get_mut(&task_id) {
                task.retry(seq, env.now, env.ids);
            }
            source.fill_slots(job, env.ids, env.now);
            job.status = source.derive_status(job);
            Ok(())
        })?;
        Ok(())
    }

    /// The task `id`, or a 404 naming it.
    pub(crate) fn task(&self, id: i64) -> Result<&crate::jobs::tasks::Task, Problem> {
        self.tasks.get(&id).ok_or_else(|| {
            Problem::not_found(
                Missing::Task,
                format!(
                    "The task {id} does not exist in data source {}.",
                    self.info.id
                ),
            )
        })
    }

    /// Whether any job of the source has tasks queued or running, and the first such job.
    pub(crate) fn busy_job(&self) -> Option<i64> {
        self.jobs.values().find_map(|entry| match entry {
            JobEntry::Live(job) if self.has_pending_tasks(job) => Some(job.id),
            _ => None,
        })
    }
}

impl Source {
    /// The given job `id`, or a 404 naming it.
    pub(crate) fn given_job_mut(&mut self, id: i64) -> Result<&mut GivenJob, Problem> {
        let source_id = self.info.id;
        match self.jobs.get_mut(&id) {
            Some(JobEntry::Given(job)) => Ok(job),
            _ => Err(no_such_job(source_id, id)),
        }
    }
}
