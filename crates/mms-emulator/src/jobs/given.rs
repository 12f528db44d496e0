//! Jobs given verbatim (the documented example, fixtures with a `job` object): answered as
//! given, or advancing by a [`JobProgress`] whose clock starts at the first read. They have no
//! tasks; start, stop and retry act on their record.

use std::time::Duration;

use mms_api::types;
use serde::{Deserialize, Serialize};

use crate::clock::Millis;
use crate::progress::{JobProgress, Outcome};
use crate::state::problem::Problem;

/// A job given verbatim.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct GivenJob {
    pub(crate) record: types::Job,
    pub(crate) progress: Option<JobProgress>,
    /// When it was first read (its progress clock starts then).
    pub(crate) first_read: Option<Millis>,
}

impl GivenJob {
    /// The job as a read at `now` sees it; the first read starts its clock.
    pub(crate) fn read(&mut self, now: Millis) -> types::Job {
        let mut job = self.record.clone();
        if let Some(progress) = self.progress {
            let first = self.first_read.is_none();
            let started = *self.first_read.get_or_insert(now);
            let elapsed = Duration::from_millis(u64::try_from(now.since(started)).unwrap_or(0));
            progress.apply(&mut job, elapsed, first);
        }
        job
    }

    /// The job as it stands, without starting its clock (for lists).
    pub(crate) fn peek(&self, now: Millis) -> types::Job {
        self.clone().read(now)
    }

    fn status_text(&self, now: Millis) -> String {
        self.peek(now)
            .status
            .map_or_else(|| "without status".to_owned(), |s| s.to_string())
    }

    pub(crate) fn start(&mut self, id: i64) -> Result<(), Problem> {
        if self.record.stopped != Some(true) {
            return Err(Problem::status(format!(
                "The job {id} is not stopped; there is nothing to start."
            )));
        }
        self.record.stopped = Some(false);
        Ok(())
    }

    pub(crate) fn stop(&mut self, id: i64) -> Result<(), Problem> {
        if self.record.stopped == Some(true) {
            return Err(Problem::status(format!(
                "The job {id} is stopped already; there is nothing to stop."
            )));
        }
        self.record.stopped = Some(true);
        Ok(())
    }

    /// A FAILED job runs again from the start and ends DONE.
    pub(crate) fn retry(&mut self, id: i64, now: Millis) -> Result<(), Problem> {
        let status = self.peek(now).status;
        if status != Some(mms_api::JobStatus::Failed) {
            return Err(Problem::status(format!(
                "The job {id} is {}; only a FAILED job can be retried.",
                self.status_text(now)
            )));
        }
        let duration = self.progress.map_or(Duration::ZERO, |p| p.duration);
        self.progress = Some(JobProgress {
            duration,
            outcome: Outcome::Done,
        });
        self.first_read = None;
        self.record.status = Some(mms_api::JobStatus::Init);
        Ok(())
    }
}
