//! The jobs the emulator knows, by data source, and where each one stands.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Instant;

use mms_api::types::Job;

use crate::progress::JobProgress;

/// The documented example answer of GetMmsJob, verbatim from the spec's examples (which travel
/// in `mms-api`, so that this crate builds from its package too).
pub(crate) const DOCUMENTED_EXAMPLE: &str = match mms_api::example("GetMmsJob.200.json") {
    Some(text) => text,
    None => panic!("the spec documents no GetMmsJob.200.json"),
};

/// Source of the documented example job.
pub const EXAMPLE_SOURCE_ID: i64 = 2;

/// Id of the documented example job.
pub const EXAMPLE_JOB_ID: i64 = 10;

/// The job of the documented example answer (source 2, job 10).
pub fn documented_example_job() -> Job {
    #[derive(serde::Deserialize)]
    struct Envelope {
        data: Job,
    }
    match serde_json::from_str::<Envelope>(DOCUMENTED_EXAMPLE) {
        Ok(envelope) => envelope.data,
        // The example is compiled in and checked by this crate's tests and by
        // `cargo xtask validate`; it cannot fail at run time without failing those first.
        Err(e) => unreachable!("openapi/examples/GetMmsJob.200.json does not parse: {e}"),
    }
}

/// One job and its simulated life.
#[derive(Debug)]
struct StoredJob {
    job: Job,
    progress: Option<JobProgress>,
    first_read: Option<Instant>,
}

/// What a lookup found.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Lookup {
    /// No job of any id exists under this data source.
    NoSuchSource,
    /// The data source exists but has no job of this id.
    NoSuchJob,
    /// The job, as it stands now.
    Found(Box<Job>),
}

/// The jobs the emulator serves, keyed by data source id then job id.
///
/// A data source "exists" when it has at least one job. Reads are cheap: a lock is held only to
/// clone one job and, for a progressing job, note the time of its first read.
#[derive(Debug, Default)]
pub(crate) struct JobStore {
    sources: Mutex<BTreeMap<i64, BTreeMap<i64, StoredJob>>>,
}

impl JobStore {
    /// Adds `job` under `source_id`, replacing a job of the same id.
    pub(crate) fn insert(&self, source_id: i64, job: Job, progress: Option<JobProgress>) {
        let mut sources = self.sources.lock().unwrap_or_else(|p| p.into_inner());
        sources.entry(source_id).or_default().insert(
            job.id,
            StoredJob {
                job,
                progress,
                first_read: None,
            },
        );
    }

    /// Makes an existing job progress; false if there is no such job.
    pub(crate) fn set_progress(&self, source_id: i64, job_id: i64, progress: JobProgress) -> bool {
        let mut sources = self.sources.lock().unwrap_or_else(|p| p.into_inner());
        match sources
            .get_mut(&source_id)
            .and_then(|jobs| jobs.get_mut(&job_id))
        {
            Some(stored) => {
                stored.progress = Some(progress);
                stored.first_read = None;
                true
            }
            None => false,
        }
    }

    /// Reads a job as it stands at `now`; the first read of a progressing job starts its clock.
    pub(crate) fn read(&self, source_id: i64, job_id: i64, now: Instant) -> Lookup {
        let mut sources = self.sources.lock().unwrap_or_else(|p| p.into_inner());
        let Some(jobs) = sources.get_mut(&source_id) else {
            return Lookup::NoSuchSource;
        };
        let Some(stored) = jobs.get_mut(&job_id) else {
            return Lookup::NoSuchJob;
        };
        let mut job = stored.job.clone();
        if let Some(progress) = stored.progress {
            let first_read = stored.first_read.is_none();
            let started = *stored.first_read.get_or_insert(now);
            progress.apply(&mut job, now.saturating_duration_since(started), first_read);
        }
        Lookup::Found(Box::new(job))
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use mms_api::JobStatus;

    #[test]
    fn documented_example_is_source_2_job_10() {
        let job = documented_example_job();
        assert_eq!(job.id, EXAMPLE_JOB_ID);
        assert_eq!(job.source_id, Some(EXAMPLE_SOURCE_ID));
        assert_eq!(job.name.as_deref(), Some("migrate_db_1"));
    }

    #[test]
    fn lookups_tell_source_from_job() {
        let store = JobStore::default();
        store.insert(2, documented_example_job(), None);
        let now = Instant::now();
        assert_eq!(store.read(3, 10, now), Lookup::NoSuchSource);
        assert_eq!(store.read(2, 11, now), Lookup::NoSuchJob);
        assert!(matches!(store.read(2, 10, now), Lookup::Found(job) if job.id == 10));
    }

    #[test]
    fn clock_starts_at_first_read() {
        let store = JobStore::default();
        store.insert(2, documented_example_job(), None);
        assert!(store.set_progress(2, 10, JobProgress::done_after(Duration::from_secs(10))));
        assert!(!store.set_progress(2, 99, JobProgress::done_after(Duration::from_secs(10))));
        let t0 = Instant::now() + Duration::from_secs(100);
        let status = |t| match store.read(2, 10, t) {
            Lookup::Found(job) => (job.status, job.task_done),
            other => panic!("{other:?}"),
        };
        assert_eq!(status(t0), (Some(JobStatus::Init), Some(0)));
        assert_eq!(
            status(t0 + Duration::from_secs(5)),
            (Some(JobStatus::Doing), Some(50))
        );
        assert_eq!(
            status(t0 + Duration::from_secs(10)),
            (Some(JobStatus::Done), Some(100))
        );
    }
}
