//! What a command talks to: the signed client, or a dry run that records the request instead of
//! sending it. Commands are written once, generic over [`Api`].

use maxcompute_mms::{
    async_task_verdict, job_verdict, scan_verdict,
    types::{AsyncTask, FetchMetadataJob, Job},
    Client, Error, Operations, RawAnswer, RawRequest, Waiter,
};
use mms_api::{BoxFuture, Sender};

/// A sender of the API's operations, with the waiters and the raw call the commands use.
pub trait Api: Sender<Error = Error> + Sync {
    /// Waits for a job to end.
    fn job_waiter(&self, source_id: i64, job_id: i64) -> Waiter<'_, Job>;
    /// Waits for an asynchronous task to end.
    fn async_task_waiter(&self, source_id: i64, task_id: i64) -> Waiter<'_, AsyncTask>;
    /// Waits for a metadata scan to end.
    fn scan_waiter(&self, source_id: i64, scan_id: i64) -> Waiter<'_, FetchMetadataJob>;
    /// Sends a request of any path.
    fn raw(&self, request: RawRequest) -> BoxFuture<'_, Result<RawAnswer, Error>>;
    /// Whether requests are only recorded (`--dry-run`): nothing needs confirming then.
    fn is_dry_run(&self) -> bool {
        false
    }
}

impl Api for Client {
    fn job_waiter(&self, source_id: i64, job_id: i64) -> Waiter<'_, Job> {
        self.wait_for_job(source_id, job_id)
    }

    fn async_task_waiter(&self, source_id: i64, task_id: i64) -> Waiter<'_, AsyncTask> {
        self.wait_for_async_task(source_id, task_id)
    }

    fn scan_waiter(&self, source_id: i64, scan_id: i64) -> Waiter<'_, FetchMetadataJob> {
        self.wait_for_scan(source_id, scan_id)
    }

    fn raw(&self, request: RawRequest) -> BoxFuture<'_, Result<RawAnswer, Error>> {
        Box::pin(self.send_raw(request))
    }
}

impl Api for crate::dry_run::DryRun {
    // A dry run stops at the first request, so these waiters never get past their first poll;
    // they only need to make it, through the same operations.
    fn job_waiter(&self, source_id: i64, job_id: i64) -> Waiter<'_, Job> {
        Waiter::new(
            move || {
                self.get_mms_job()
                    .source_id(source_id)
                    .job_id(job_id)
                    .send()
            },
            job_verdict,
        )
    }

    fn async_task_waiter(&self, source_id: i64, task_id: i64) -> Waiter<'_, AsyncTask> {
        Waiter::new(
            move || {
                self.get_mms_async_task()
                    .source_id(source_id)
                    .async_task_id(task_id)
                    .send()
            },
            async_task_verdict,
        )
    }

    fn scan_waiter(&self, source_id: i64, scan_id: i64) -> Waiter<'_, FetchMetadataJob> {
        Waiter::new(
            move || {
                self.get_mms_fetch_metadata_job()
                    .source_id(source_id)
                    .scan_id(scan_id)
                    .send()
            },
            scan_verdict,
        )
    }

    fn raw(&self, request: RawRequest) -> BoxFuture<'_, Result<RawAnswer, Error>> {
        Box::pin(async move { Err(self.record_raw(&request)) })
    }

    fn is_dry_run(&self) -> bool {
        true
    }
}
