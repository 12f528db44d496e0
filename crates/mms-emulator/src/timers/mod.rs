//! Timers: jobs created on a schedule (Daily or Hourly), or at once by TriggerMmsTimer, with a
//! log of every run.

pub(crate) mod model;
pub(crate) mod routes;
pub(crate) mod schedule;

use crate::clock::Millis;
use crate::jobs::model::NewJob;
use crate::state::ids::IdKind;
use crate::state::problem::{Missing, Problem};
use crate::state::values::{AsyncKind, ScheduleType, WorkStatus};
use crate::state::world::{Env, Source};
use crate::timers::model::{NewTimer, Timer, TimerLog, TimerUpdate};
use crate::timers::schedule::Schedule;

fn schedule(kind: ScheduleType, value: &str) -> Result<Schedule, Problem> {
    Schedule::parse(kind, value).map_err(|message| Problem::invalid("value", message))
}

impl Source {
    /// The timer `id`, or a 404 naming it.
    pub(crate) fn timer(&self, id: i64) -> Result<&Timer, Problem> {
        self.timers.get(&id).ok_or_else(|| {
            Problem::not_found(
                Missing::Timer,
                format!(
                    "The timer {id} does not exist in data source {}.",
                    self.info.id
                ),
            )
        })
    }

    /// CreateMmsTimer: checks the schedule and that the job it would create is valid now.
    pub(crate) fn create_timer(
        &mut self,
        new: NewTimer,
        env: &mut Env<'_>,
    ) -> Result<i64, Problem> {
        if new.name.trim().is_empty() {
            return Err(Problem::missing("name"));
        }
        if self.timers.values().any(|t| t.name == new.name) {
            return Err(Problem::exists(format!(
                "A timer named {:?} exists already in data source {}.",
                new.name, self.info.id
            )));
        }
        let kind = new
            .schedule_type
            .ok_or_else(|| Problem::missing("scheduleType"))?;
        let value = new.value.ok_or_else(|| Problem::missing("value"))?;
        let plan = schedule(kind, &value)?;
        let probe = NewJob {
            name: new.name.clone(),
            src_db_name: new.src_db_name.clone(),
            scope: new.scope.clone(),
            ..NewJob::default()
        };
        let draft = self.plan_job(probe, env.now)?;
        let id = env.ids.next(IdKind::Timer);
        self.timers.insert(
            id,
            Timer {
                id,
                name: new.name,
                db_id: draft.db_id,
                src_db_name: new.src_db_name,
                kind: draft.kind,
                schedule_type: kind,
                value,
                stopped: false,
                create_time: env.now,
                update_time: env.now,
                scope: new.scope,
                next_fire: plan.next_after(env.now),
                logs: Vec::new(),
            },
        );
        Ok(id)
    }

    /// UpdateMmsTimer.
    pub(crate) fn update_timer(
        &mut self,
        id: i64,
        update: TimerUpdate,
        now: Millis,
    ) -> Result<(), Problem> {
        let timer = self.timer(id)?;
        let kind = update.schedule_type.unwrap_or(timer.schedule_type);
        let value = update.value.clone().unwrap_or_else(|| timer.value.clone());
        let plan = schedule(kind, &value)?;
        let Some(timer) = self.timers.get_mut(&id) else {
            return Ok(());
        };
        timer.schedule_type = kind;
        timer.value = value;
        if let Some(stopped) = update.stopped {
            timer.stopped = stopped;
        }
        if let Some(list) = update.table_white_list {
            timer.scope.table_white_list = list;
        }
        if let Some(list) = update.table_black_list {
            timer.scope.table_black_list = list;
        }
        timer.update_time = now;
        timer.next_fire = plan.next_after(now);
        Ok(())
    }

    /// DeleteMmsTimer. Jobs it created stay.
    pub(crate) fn delete_timer(&mut self, id: i64) -> Result<(), Problem> {
        self.timer(id)?;
        self.timers.remove(&id);
        Ok(())
    }

    /// One run of timer `id` at `at`: creates its job and starts it, and logs the run.
    /// Returns the new job's id.
    fn run_timer(&mut self, id: i64, action: &str, env: &mut Env<'_>) -> Result<i64, Problem> {
        let timer = self.timer(id)?;
        let new = timer.new_job(env.now);
        let outcome = self
            .require_started("a timer run")
            .and_then(|()| self.plan_job(new, env.now));
        let (log_id, status, msg, result) = match outcome {
            Ok(draft) => {
                let tasks = draft.tasks.len();
                let job_id = self.add_job(draft, env);
                self.start_job(job_id, env)?;
                let msg = format!("Created job {job_id} with {tasks} tasks and started it");
                let log_id =
                    self.add_finished_async_task(AsyncKind::TaskCreate, job_id, msg.clone(), env);
                (log_id, WorkStatus::Done, msg, Ok(job_id))
            }
            Err(problem) => (
                env.ids.next(IdKind::TimerLog),
                WorkStatus::Failed,
                problem.message(),
                Err(problem),
            ),
        };
        if let Some(timer) = self.timers.get_mut(&id) {
            timer.logs.push(TimerLog {
                id: log_id,
                action: action.to_owned(),
                status,
                msg,
                create_time: env.now,
            });
        }
        result
    }

    /// TriggerMmsTimer: runs the timer now, whatever its schedule (stopped or not).
    pub(crate) fn trigger_timer(&mut self, id: i64, env: &mut Env<'_>) -> Result<i64, Problem> {
        self.run_timer(id, "TRIGGER", env)
    }

    /// Runs every timer whose firing time has come. A timer that missed several firings (a
    /// fast clock) runs once, at the latest of them.
    pub(crate) fn fire_timers(&mut self, env: &mut Env<'_>) {
        let due: Vec<(i64, Millis)> = self
            .timers
            .values()
            .filter(|t| !t.stopped && t.next_fire <= env.now)
            .filter_map(|t| {
                let plan = Schedule::parse(t.schedule_type, &t.value).ok()?;
                let mut at = t.next_fire;
                loop {
                    let next = plan.next_after(at);
                    if next > env.now {
                        return Some((t.id, at));
                    }
                    at = next;
                }
            })
            .collect();
        for (id, at) in due {
            let mut at_env = Env {
                ids: &mut *env.ids,
                rules: env.rules,
                now: at,
            };
            // A failed run is in the timer's log; nothing else to do with it here.
            let _ = self.run_timer(id, "SCHEDULE", &mut at_env);
            if let Some(timer) = self.timers.get_mut(&id) {
                if let Ok(plan) = Schedule::parse(timer.schedule_type, &timer.value) {
                    timer.next_fire = plan.next_after(at);
                }
            }
        }
    }
}
