//! How a job advances over time: the status and `taskDone` a poll sees.

use std::time::Duration;

use mms_api::types::Job;
use mms_api::JobStatus;

/// Fraction of the tasks a failing job completes before it stops growing.
pub const FAILED_JOB_STALLS_AT: f64 = 0.6;

/// How a simulated job ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Outcome {
    /// The job ends `DONE` with `taskDone == taskNum`.
    Done,
    /// The job stalls at [`FAILED_JOB_STALLS_AT`] of its tasks and ends `FAILED`.
    Failed,
}

/// Makes a job advance: polls of it see it move from `INIT` through `DOING` to its [`Outcome`].
///
/// The clock of a job starts at the first request that reads it (not when the emulator starts),
/// so a test can start the emulator, do other work, and still see the whole life of the job.
///
/// * The first read answers `INIT` with `taskDone` 0.
/// * Later reads answer `DOING`, with `taskDone` growing linearly from 0 to `taskNum` over
///   `duration` (rounded down). A failing job stops growing at
///   [`FAILED_JOB_STALLS_AT`] of `taskNum`.
/// * From `duration` after the first read on: `DONE` with `taskDone == taskNum`, or `FAILED`.
///
/// ```
/// use std::time::Duration;
/// use mms_emulator::{JobProgress, Outcome};
///
/// let progress = JobProgress { duration: Duration::from_secs(20), outcome: Outcome::Done };
/// assert_eq!(progress.outcome, Outcome::Done);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct JobProgress {
    /// Time from the first read of the job to its end.
    pub duration: Duration,
    /// How the job ends.
    pub outcome: Outcome,
}

impl JobProgress {
    /// A job that ends `DONE` after `duration`.
    pub fn done_after(duration: Duration) -> Self {
        Self {
            duration,
            outcome: Outcome::Done,
        }
    }

    /// A job that ends `FAILED` after `duration`.
    pub fn failed_after(duration: Duration) -> Self {
        Self {
            duration,
            outcome: Outcome::Failed,
        }
    }

    /// The job as a read sees it `elapsed` after the first read; `first_read` is true for the
    /// first read itself.
    pub(crate) fn apply(&self, job: &mut Job, elapsed: Duration, first_read: bool) {
        let task_num = job.task_num.unwrap_or(0).max(0);
        if first_read {
            job.status = Some(JobStatus::Init);
            job.task_done = job.task_num.map(|_| 0);
            return;
        }
        let finished = elapsed >= self.duration;
        let fraction = if finished || self.duration.is_zero() {
            1.0
        } else {
            elapsed.as_secs_f64() / self.duration.as_secs_f64()
        };
        let (status, fraction) = match (self.outcome, finished) {
            (Outcome::Done, true) => (JobStatus::Done, 1.0),
            (Outcome::Failed, true) => (JobStatus::Failed, FAILED_JOB_STALLS_AT),
            (Outcome::Done, false) => (JobStatus::Doing, fraction),
            (Outcome::Failed, false) => (JobStatus::Doing, fraction.min(FAILED_JOB_STALLS_AT)),
        };
        job.status = Some(status);
        if job.task_num.is_some() {
            job.task_done = Some(tasks_done(task_num, fraction));
        }
    }
}

/// `floor(task_num * fraction)`, computed without floating-point surprises at the ends.
fn tasks_done(task_num: i64, fraction: f64) -> i64 {
    if fraction >= 1.0 {
        return task_num;
    }
    if fraction <= 0.0 {
        return 0;
    }
    // `as` saturates, and the product lies within 0..task_num.
    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
    let done = (task_num as f64 * fraction).floor() as i64;
    done.clamp(0, task_num)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(task_num: i64) -> Job {
        let mut job: Job = serde_json::from_str(r#"{"id": 1}"#).unwrap_or_else(|e| panic!("{e}"));
        job.task_num = Some(task_num);
        job
    }

    fn at(progress: JobProgress, secs: f64, first: bool) -> (JobStatus, Option<i64>) {
        let mut j = job(100);
        progress.apply(&mut j, Duration::from_secs_f64(secs), first);
        (
            j.status.unwrap_or(JobStatus::Other(String::new())),
            j.task_done,
        )
    }

    #[test]
    fn done_job_goes_init_doing_done() {
        let p = JobProgress::done_after(Duration::from_secs(10));
        assert_eq!(at(p, 0.0, true), (JobStatus::Init, Some(0)));
        assert_eq!(at(p, 0.0, false), (JobStatus::Doing, Some(0)));
        assert_eq!(at(p, 2.55, false), (JobStatus::Doing, Some(25)));
        assert_eq!(at(p, 9.99, false), (JobStatus::Doing, Some(99)));
        assert_eq!(at(p, 10.0, false), (JobStatus::Done, Some(100)));
        assert_eq!(at(p, 1000.0, false), (JobStatus::Done, Some(100)));
    }

    #[test]
    fn failed_job_stalls_then_fails() {
        let p = JobProgress::failed_after(Duration::from_secs(10));
        assert_eq!(at(p, 3.0, false), (JobStatus::Doing, Some(30)));
        assert_eq!(at(p, 8.0, false), (JobStatus::Doing, Some(60)));
        assert_eq!(at(p, 10.0, false), (JobStatus::Failed, Some(60)));
    }

    #[test]
    fn zero_duration_ends_on_the_second_read() {
        let p = JobProgress::done_after(Duration::ZERO);
        assert_eq!(at(p, 0.0, true), (JobStatus::Init, Some(0)));
        assert_eq!(at(p, 0.0, false), (JobStatus::Done, Some(100)));
    }

    #[test]
    fn job_without_task_num_only_changes_status() {
        let mut j = job(1);
        j.task_num = None;
        JobProgress::done_after(Duration::from_secs(1)).apply(
            &mut j,
            Duration::from_secs(2),
            false,
        );
        assert_eq!(j.status, Some(JobStatus::Done));
        assert_eq!(j.task_done, None);
    }
}
