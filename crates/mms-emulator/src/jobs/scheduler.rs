//! Running jobs on the virtual clock: each active job keeps up to `concurrency` tasks running,
//! takes queued tasks in order as workers free up, and steps every running task through its
//! phases at the exact virtual times they end.

use crate::clock::Millis;
use crate::jobs::{Job, JobEntry};
use crate::state::ids::Ids;
use crate::state::world::{Env, Source};

impl Source {
    /// Gives queued tasks of `job` workers, at `at`, while there are free ones.
    pub(crate) fn fill_slots(&mut self, job: &mut Job, ids: &mut Ids, at: Millis) {
        if !job.is_active() {
            return;
        }
        let mut running = self.tasks_of(job).filter(|t| t.running).count();
        let mut queue: Vec<(u64, i64)> = self
            .tasks_of(job)
            .filter_map(|t| t.queued.map(|seq| (seq, t.id)))
            .collect();
        queue.sort_unstable();
        for (_, task_id) in queue {
            if running >= job.concurrency.max(1) {
                break;
            }
            if let Some(task) = self.tasks.get_mut(&task_id) {
                task.begin(at, ids, &mut self.catalog);
                if task.running {
                    running += 1;
                }
            }
        }
    }

    /// Runs `job` from where it stands to `now`, event by event.
    fn run_job(&mut self, job: &mut Job, ids: &mut Ids, now: Millis) {
        loop {
            let next = job
                .task_ids
                .iter()
                .filter_map(|id| self.tasks.get(id))
                .filter(|t| t.running)
                .filter_map(|t| t.step_ends.map(|at| (at, t.id)))
                .min();
            let Some((at, task_id)) = next else { break };
            if at > now {
                break;
            }
            let Some(task) = self.tasks.get_mut(&task_id) else {
                break;
            };
            task.step(at, ids, &mut self.catalog);
            if !task.running {
                self.fill_slots(job, ids, at);
            }
        }
        job.status = self.derive_status(job);
    }

    /// Moves every job of the source on to `env.now`.
    pub(crate) fn run_jobs(&mut self, env: &mut Env<'_>) {
        let ids: Vec<i64> = self
            .jobs
            .iter()
            .filter(|(_, entry)| matches!(entry, JobEntry::Live(job) if job.is_active()))
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            if let Some(JobEntry::Live(mut job)) = self.jobs.remove(&id) {
                self.run_job(&mut job, env.ids, env.now);
                self.jobs.insert(id, JobEntry::Live(job));
            }
        }
    }
}
