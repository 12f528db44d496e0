//! Waiters on tokio's paused clock: hours of waiting run in milliseconds, and every snapshot,
//! delay and outcome is exact.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use std::{
    collections::VecDeque,
    sync::{Arc, Mutex},
    time::Duration,
};

use futures::StreamExt;
use maxcompute_mms::{
    job_verdict, Error, ExponentialBackoff, FixedInterval, Job, JobStatus, ServiceError, WaitEvent,
    WaitOutcome, Waiter,
};

fn job(status: &str, done: i64, stopped: bool) -> Job {
    serde_json::from_value(serde_json::json!({
        "id": 10, "status": status, "taskNum": 4, "taskDone": done, "stopped": stopped
    }))
    .unwrap()
}

fn service_error(status: u16, code: &str) -> Error {
    Error::Service(Box::new(ServiceError::new("GetMmsJob", status, code)))
}

/// A poll that answers a script, one entry per call, and records when each call came.
#[derive(Clone)]
struct Script {
    answers: Arc<Mutex<VecDeque<Result<Job, Error>>>>,
    calls: Arc<Mutex<Vec<Duration>>>,
    start: tokio::time::Instant,
}

impl Script {
    fn new(answers: Vec<Result<Job, Error>>) -> Self {
        Script {
            answers: Arc::new(Mutex::new(answers.into())),
            calls: Arc::default(),
            start: tokio::time::Instant::now(),
        }
    }

    fn waiter(&self) -> Waiter<'static, Job> {
        let script = self.clone();
        Waiter::new(
            move || {
                let script = script.clone();
                async move {
                    script.calls.lock().unwrap().push(script.start.elapsed());
                    script
                        .answers
                        .lock()
                        .unwrap()
                        .pop_front()
                        .unwrap_or_else(|| Ok(job("DOING", 1, false)))
                }
            },
            job_verdict,
        )
    }

    fn call_times(&self) -> Vec<u64> {
        self.calls
            .lock()
            .unwrap()
            .iter()
            .map(|d| d.as_secs())
            .collect()
    }
}

#[tokio::test(start_paused = true)]
async fn a_job_that_finishes_is_done_with_every_snapshot_seen_on_the_way() {
    let script = Script::new(vec![
        Ok(job("INIT", 0, false)),
        Ok(job("DOING", 1, false)),
        Ok(job("DOING", 3, false)),
        Ok(job("DONE", 4, false)),
    ]);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let observer = seen.clone();
    let outcome = script
        .waiter()
        .backoff(FixedInterval(Duration::from_secs(5)))
        .on_snapshot(move |s| observer.lock().unwrap().push((s.poll, s.value.task_done)))
        .wait()
        .await
        .unwrap();
    assert_eq!(outcome, WaitOutcome::Done(job("DONE", 4, false)));
    assert_eq!(
        *seen.lock().unwrap(),
        [(1, Some(0)), (2, Some(1)), (3, Some(3)), (4, Some(4))]
    );
    assert_eq!(script.call_times(), [0, 5, 10, 15]);
}

#[tokio::test(start_paused = true)]
async fn failed_and_stopped_jobs_end_the_wait_with_their_last_snapshot() {
    let failed = Script::new(vec![
        Ok(job("DOING", 1, false)),
        Ok(job("FAILED", 3, false)),
    ]);
    assert_eq!(
        failed.waiter().wait().await.unwrap(),
        WaitOutcome::Failed(job("FAILED", 3, false))
    );
    let stopped = Script::new(vec![Ok(job("DOING", 2, true))]);
    assert_eq!(
        stopped.waiter().wait().await.unwrap(),
        WaitOutcome::Stopped(job("DOING", 2, true))
    );
}

#[tokio::test(start_paused = true)]
async fn six_hours_time_out_with_the_last_snapshot_and_a_last_poll_at_the_deadline() {
    let script = Script::new(vec![]);
    let started = tokio::time::Instant::now();
    let outcome = script
        .waiter()
        .backoff(FixedInterval(Duration::from_secs(7 * 60)))
        .max_wait(Duration::from_secs(6 * 3600))
        .wait()
        .await
        .unwrap();
    assert_eq!(
        outcome,
        WaitOutcome::TimedOut {
            last: Some(job("DOING", 1, false))
        }
    );
    assert_eq!(started.elapsed(), Duration::from_secs(6 * 3600));
    let times = script.call_times();
    // Every 7 minutes, then once more exactly at the deadline.
    assert_eq!(times.len(), 6 * 60 / 7 + 2);
    assert_eq!(times.last(), Some(&(6 * 3600)));
}

#[tokio::test(start_paused = true)]
async fn exponential_backoff_doubles_up_to_its_ceiling() {
    let mut answers: Vec<_> = (0..7).map(|_| Ok(job("DOING", 1, false))).collect();
    answers.push(Ok(job("DONE", 4, false)));
    let script = Script::new(answers);
    script
        .waiter()
        .backoff(ExponentialBackoff::new(
            Duration::from_secs(1),
            Duration::from_secs(10),
        ))
        .wait()
        .await
        .unwrap();
    // Gaps 1, 2, 4, 8, 10, 10, 10.
    assert_eq!(script.call_times(), [0, 1, 3, 7, 15, 25, 35, 45]);
}

#[tokio::test(start_paused = true)]
async fn transient_errors_are_reported_and_polling_goes_on_while_final_ones_end_the_wait() {
    let script = Script::new(vec![
        Ok(job("DOING", 1, false)),
        Err(service_error(503, "ServiceUnavailable")),
        Ok(job("DONE", 4, false)),
    ]);
    let events: Vec<_> = script
        .waiter()
        .backoff(FixedInterval(Duration::from_secs(1)))
        .events()
        .collect()
        .await;
    let kinds: Vec<&str> = events
        .iter()
        .map(|e| match e {
            Ok(WaitEvent::Snapshot(_)) => "snapshot",
            Ok(WaitEvent::Transient { .. }) => "transient",
            Ok(WaitEvent::Finished(WaitOutcome::Done(_))) => "done",
            other => panic!("unexpected event {other:?}"),
        })
        .collect();
    assert_eq!(kinds, ["snapshot", "transient", "done"]);

    let script = Script::new(vec![
        Ok(job("DOING", 1, false)),
        Err(service_error(404, "NoSuchMmsJob")),
    ]);
    let error = script.waiter().wait().await.unwrap_err();
    assert_eq!(error.code(), Some("NoSuchMmsJob"));
    assert_eq!(script.call_times().len(), 2, "no poll after a final error");
}

#[tokio::test(start_paused = true)]
async fn a_job_without_a_status_keeps_the_wait_going() {
    let script = Script::new(vec![
        Ok(serde_json::from_value(serde_json::json!({"id": 10})).unwrap()),
        Ok(job("DONE", 4, false)),
    ]);
    let outcome = script.waiter().wait().await.unwrap();
    assert!(matches!(outcome, WaitOutcome::Done(j) if j.status == Some(JobStatus::Done)));
}
