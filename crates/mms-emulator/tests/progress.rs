//! Jobs that advance: INIT at the first read, DOING with growing taskDone, then DONE or FAILED.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::{Duration, Instant};

use mms_emulator::{start, EmulatorConfig, JobProgress, Outcome, RunningEmulator};
use support::*;

const PATH: &str = "/api/v1/mms/datasources/4/jobs/40";

async fn emulator(progress: JobProgress) -> RunningEmulator {
    let job: mms_api::types::Job =
        serde_json::from_str(r#"{"id": 40, "name": "moving", "status": "INIT", "taskNum": 100}"#)
            .unwrap();
    start(
        EmulatorConfig::default()
            .job(4, job)
            .progress(4, 40, progress),
    )
    .await
    .unwrap()
}

/// Polls until the job ends (or 20 s pass); returns (time since first poll, status, taskDone).
async fn poll_to_the_end(emulator: &RunningEmulator) -> Vec<(Duration, String, i64)> {
    let mut seen = Vec::new();
    let first = Instant::now();
    loop {
        let answer = call(emulator, &RequestSpec::new(ACS3, demo_credentials(), PATH)).await;
        assert_eq!(answer.status, 200, "{}", answer.body);
        let status = answer.body["data"]["status"].as_str().unwrap().to_owned();
        let done = answer.body["data"]["taskDone"].as_i64().unwrap();
        assert_eq!(answer.body["data"]["taskNum"], 100);
        seen.push((first.elapsed(), status.clone(), done));
        if status == "DONE" || status == "FAILED" || first.elapsed() > Duration::from_secs(20) {
            return seen;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_job_goes_from_init_through_doing_to_done() {
    let duration = Duration::from_secs(2);
    let emulator = emulator(JobProgress {
        duration,
        outcome: Outcome::Done,
    })
    .await;
    let seen = poll_to_the_end(&emulator).await;
    let summary = format!("{seen:?}");
    assert_eq!((seen[0].1.as_str(), seen[0].2), ("INIT", 0), "{summary}");
    let doing: Vec<i64> = seen
        .iter()
        .filter(|(_, s, _)| s == "DOING")
        .map(|(_, _, d)| *d)
        .collect();
    assert!(doing.len() >= 3, "{summary}");
    assert!(
        doing.windows(2).all(|w| w[0] <= w[1]),
        "taskDone never shrinks: {summary}"
    );
    assert!(doing.iter().any(|d| *d > 0 && *d < 100), "{summary}");
    assert!(doing.first() < doing.last(), "taskDone grows: {summary}");
    let (elapsed, status, done) = seen.last().unwrap();
    assert_eq!((status.as_str(), *done), ("DONE", 100), "{summary}");
    assert!(
        *elapsed >= duration,
        "DONE no sooner than the duration: {summary}"
    );
    // It stays done.
    let again = call(&emulator, &RequestSpec::new(ROA, demo_credentials(), PATH)).await;
    assert_eq!(again.body["data"]["status"], "DONE");
}

#[tokio::test]
async fn a_failing_job_stalls_and_ends_failed() {
    let emulator = emulator(JobProgress::failed_after(Duration::from_secs(1))).await;
    let seen = poll_to_the_end(&emulator).await;
    let summary = format!("{seen:?}");
    assert_eq!(seen[0].1, "INIT", "{summary}");
    assert!(seen.iter().any(|(_, s, _)| s == "DOING"), "{summary}");
    assert!(seen.iter().all(|(_, _, d)| *d <= 60), "{summary}");
    let (_, status, done) = seen.last().unwrap();
    assert_eq!((status.as_str(), *done), ("FAILED", 60), "{summary}");
}

#[tokio::test]
async fn progress_of_an_unknown_job_is_a_start_error() {
    let err = start(EmulatorConfig::default().progress(
        9,
        9,
        JobProgress::done_after(Duration::from_secs(1)),
    ))
    .await
    .map(|_| ())
    .unwrap_err()
    .to_string();
    assert!(err.contains("job 9 of data source 9"), "{err}");
}
