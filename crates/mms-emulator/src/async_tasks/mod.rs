//! Asynchronous tasks: the work CreateMmsJob and UpdateMmsDataSource hand back as an
//! `asyncTaskId`. Each completes a short virtual time after it was created, does its work
//! then, and keeps the outcome for GetMmsAsyncTask.

pub(crate) mod model;
pub(crate) mod routes;

use crate::async_tasks::model::{AsyncTask, Work, ASYNC_MS};
use crate::clock::Millis;
use crate::state::ids::IdKind;
use crate::state::problem::{Missing, Problem};
use crate::state::values::{AsyncKind, WorkStatus};
use crate::state::world::{Env, Source};

impl Source {
    /// Creates an async task doing `work` about `object_id`; returns its id.
    pub(crate) fn add_async_task(
        &mut self,
        kind: AsyncKind,
        object_id: Option<i64>,
        work: Work,
        env: &mut Env<'_>,
    ) -> i64 {
        let id = env.ids.next(IdKind::AsyncTask);
        self.async_tasks.insert(
            id,
            AsyncTask {
                id,
                kind,
                object_id,
                status: WorkStatus::Doing,
                result: String::new(),
                error_msg: String::new(),
                create_time: env.now,
                end_time: None,
                due: env.now.plus(ASYNC_MS),
                work,
            },
        );
        id
    }

    /// Records a task that is already complete (a job a timer created at once).
    pub(crate) fn add_finished_async_task(
        &mut self,
        kind: AsyncKind,
        object_id: i64,
        result: String,
        env: &mut Env<'_>,
    ) -> i64 {
        let id = env.ids.next(IdKind::AsyncTask);
        self.async_tasks.insert(
            id,
            AsyncTask {
                id,
                kind,
                object_id: Some(object_id),
                status: WorkStatus::Done,
                result,
                error_msg: String::new(),
                create_time: env.now,
                end_time: Some(env.now),
                due: env.now,
                work: Work::Nothing,
            },
        );
        id
    }

    /// The async task `id`, or a 404 naming it.
    pub(crate) fn async_task(&self, id: i64) -> Result<&AsyncTask, Problem> {
        self.async_tasks.get(&id).ok_or_else(|| {
            Problem::not_found(
                Missing::AsyncTask,
                format!(
                    "The async task {id} does not exist in data source {}.",
                    self.info.id
                ),
            )
        })
    }

    /// Completes every async task due by `env.now`, in the order they fall due.
    pub(crate) fn complete_async_tasks(&mut self, env: &mut Env<'_>) {
        let mut due: Vec<(Millis, i64)> = self
            .async_tasks
            .values()
            .filter(|t| t.status == WorkStatus::Doing && t.due <= env.now)
            .map(|t| (t.due, t.id))
            .collect();
        due.sort_unstable();
        for (at, id) in due {
            let Some(mut task) = self.async_tasks.remove(&id) else {
                continue;
            };
            let work = std::mem::replace(&mut task.work, Work::Nothing);
            let mut at_env = Env {
                ids: &mut *env.ids,
                rules: env.rules,
                now: at,
            };
            let outcome = match work {
                Work::CreateJob { draft } => {
                    let job_id = self.add_job(*draft, &mut at_env);
                    task.object_id = Some(job_id);
                    Ok(format!("created job {job_id}"))
                }
                Work::StartSource => self.finish_start(at),
                Work::StopSource => Ok(self.finish_stop(at)),
                Work::TestSource => self.check_required_config().map(|()| {
                    "the data source is reachable and its configuration is complete".to_owned()
                }),
                Work::Nothing => Ok("done".to_owned()),
            };
            match outcome {
                Ok(result) => {
                    task.status = WorkStatus::Done;
                    task.result = result;
                }
                Err(error) => {
                    task.status = WorkStatus::Failed;
                    task.error_msg = error;
                }
            }
            task.end_time = Some(at);
            self.async_tasks.insert(id, task);
        }
    }
}
