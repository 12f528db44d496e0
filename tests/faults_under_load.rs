//! The signed client against an emulator that fails about a third of its answers: reads get
//! through within the retry budget, a server's `x-acs-retry-after` sets the wait, lost
//! connections end in a typed error after exactly the allowed attempts, and final errors are
//! never sent twice.
//!
//! Time bounds here are upper bounds derived from the retry policy (each attempt takes at most
//! the request timeout, each wait at most the backoff cap), or lower bounds set by the server.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use maxcompute_mms::Operations;
use std::time::{Duration, Instant, SystemTime};

use maxcompute_mms::{Client, Credentials, Error, RetryPolicy, SignatureAlgorithm};
use mms_contract_tests::{CannedResponse, RecordingServer, DOCUMENTED_EXAMPLE};
use mms_emulator::{
    start, EmulatorConfig, FaultInjection, RunningEmulator, DEMO_ACCESS_KEY_ID,
    DEMO_ACCESS_KEY_SECRET,
};
use tokio::task::JoinSet;

/// Attempts in all per call, the first included.
const ATTEMPTS: u32 = 6;
/// The first computed backoff; later ones double up to [`MAX_BACKOFF`].
const INITIAL_BACKOFF: Duration = Duration::from_millis(5);
/// The longest single wait, also the cap on `x-acs-retry-after`.
const MAX_BACKOFF: Duration = Duration::from_millis(100);
/// The longest single attempt, from connecting to the last byte of the answer.
const TIMEOUT: Duration = Duration::from_secs(2);
/// Large enough never to cut a call short before its last attempt.
const MAX_ELAPSED: Duration = Duration::from_secs(120);

/// The seed of the injected faults: with it, a sequential client meets the same faults on
/// every run.
const SEED: u64 = 20_220_104;

/// What the throttled answers of the emulator ask the client to wait.
const RETRY_AFTER_MS: u64 = 50;

fn policy() -> RetryPolicy {
    RetryPolicy::default()
        .with_max_attempts(ATTEMPTS)
        .with_initial_backoff(INITIAL_BACKOFF)
        .with_max_backoff(MAX_BACKOFF)
        .with_max_elapsed(MAX_ELAPSED)
}

/// The most `attempts` attempts can take under [`policy`]: each runs at most [`TIMEOUT`] and is
/// followed by at most one wait of at most [`MAX_BACKOFF`].
fn budget(attempts: u32) -> Duration {
    (MAX_BACKOFF + TIMEOUT) * attempts
}

fn client_for(base_url: &str, algorithm: SignatureAlgorithm, retry: RetryPolicy) -> Client {
    Client::builder()
        .endpoint(base_url)
        .credentials(Credentials::new(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET))
        .signature_algorithm(algorithm)
        .timeout(TIMEOUT)
        .retry_policy(retry)
        .build()
        .expect("client builds")
}

fn client(emulator: &RunningEmulator, algorithm: SignatureAlgorithm) -> Client {
    client_for(&emulator.base_url(), algorithm, policy())
}

/// About 30 % of answers fail (15 % throttled, 15 % unavailable, before that 5 % dropped).
fn thirty_percent_faults(seed: u64) -> FaultInjection {
    FaultInjection {
        throttle_rate: 0.15,
        unavailable_rate: 0.15,
        drop_rate: 0.05,
        retry_after_ms: RETRY_AFTER_MS,
        seed: Some(seed),
        ..FaultInjection::default()
    }
}

async fn emulator(faults: FaultInjection) -> RunningEmulator {
    start(EmulatorConfig::default().faults(faults))
        .await
        .expect("emulator starts")
}

#[tokio::test]
async fn two_hundred_reads_through_thirty_percent_faults_all_succeed_within_the_budget() {
    // Sequential calls against a seeded emulator see the same faults on every run, so "all
    // succeed" is a fact of this seed, not a probability (about 1 call in 1 000 would exhaust
    // six attempts at this failure rate).
    let emulator = emulator(thirty_percent_faults(SEED)).await;
    let client = client(&emulator, SignatureAlgorithm::Acs3HmacSha256);
    let calls = 200;
    let started = Instant::now();
    let mut attempts = Vec::with_capacity(calls);
    for call in 0..calls {
        let call_started = Instant::now();
        let answer = client
            .get_mms_job()
            .source_id(2)
            .job_id(10)
            .send_answer()
            .await
            .unwrap_or_else(|e| panic!("call {call} failed: {e}"));
        assert_eq!(answer.data.id, 10, "call {call}");
        assert!(answer.attempts <= ATTEMPTS, "call {call}: {answer:?}");
        let elapsed = call_started.elapsed();
        assert!(
            elapsed <= budget(answer.attempts),
            "call {call}: {} attempts took {elapsed:?}, more than {:?}",
            answer.attempts,
            budget(answer.attempts)
        );
        attempts.push(answer.attempts);
    }
    let total: u32 = attempts.iter().sum();
    let elapsed = started.elapsed();
    assert!(
        elapsed <= budget(total),
        "{total} attempts took {elapsed:?}, more than {:?}",
        budget(total)
    );
    // Every attempt the client counted reached the emulator, and nothing else did.
    assert_eq!(emulator.request_count(), u64::from(total));
    // The faults really happened: many calls were retried, some more than once.
    let retried = attempts.iter().filter(|a| **a > 1).count();
    assert!(
        retried >= 20,
        "only {retried} of {calls} calls were retried"
    );
    assert!(
        attempts.iter().any(|a| *a >= 3),
        "no call needed a third attempt: {attempts:?}"
    );
}

#[tokio::test]
async fn concurrent_reads_under_faults_account_for_every_attempt() {
    let emulator = emulator(thirty_percent_faults(SEED)).await;
    let workers = 8;
    let calls_per_worker = 25;
    let mut tasks = JoinSet::new();
    for worker in 0..workers {
        let client = client(&emulator, SignatureAlgorithm::RoaHmacSha1);
        tasks.spawn(async move {
            let mut outcomes = Vec::new();
            for _ in 0..calls_per_worker {
                let started = Instant::now();
                let result = client
                    .get_mms_job()
                    .source_id(2)
                    .job_id(10)
                    .send_answer()
                    .await;
                outcomes.push((worker, result, started.elapsed()));
            }
            outcomes
        });
    }
    let mut attempts = 0u64;
    let mut failures = Vec::new();
    while let Some(outcomes) = tasks.join_next().await {
        for (worker, result, elapsed) in outcomes.expect("worker finishes") {
            match result {
                Ok(answer) => {
                    assert_eq!(answer.data.id, 10);
                    assert!(elapsed <= budget(answer.attempts), "{elapsed:?}");
                    attempts += u64::from(answer.attempts);
                }
                Err(e) => {
                    // Only the retryable faults can end a call, and only after every attempt.
                    assert!(e.is_retryable(), "worker {worker}: {e}");
                    assert!(elapsed <= budget(ATTEMPTS), "{elapsed:?}");
                    attempts += u64::from(ATTEMPTS);
                    failures.push(e.to_string());
                }
            }
        }
    }
    assert_eq!(emulator.request_count(), attempts);
    // Which call meets which fault depends on scheduling here, so a call may exhaust its six
    // attempts (~0.1 % each); many doing so would mean retries are not working.
    assert!(failures.len() <= 5, "{failures:#?}");
    assert!(
        attempts >= (workers * calls_per_worker) as u64 + 20,
        "only {attempts} attempts: were faults injected?"
    );
}

#[tokio::test]
async fn the_wait_after_a_throttled_answer_is_the_servers_retry_after() {
    // The emulator throttles with a rate, not "the first N"; script that with a recording
    // server: two 429s asking for 400 ms, then the job.
    let throttled = CannedResponse::json(
        429,
        r#"{"Code":"Throttling.User","Message":"Request was denied due to user flow control."}"#,
    )
    .with_header("x-acs-retry-after", "400");
    let server = RecordingServer::start(
        vec![
            throttled.clone(),
            throttled,
            CannedResponse::json(200, DOCUMENTED_EXAMPLE),
        ],
        None,
    )
    .await;
    // A computed backoff of at most 1 ms, a cap well above 400 ms: only the server's value can
    // make the client wait 400 ms.
    let retry = policy()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_secs(5));
    let client = client_for(
        &server.base_url(),
        SignatureAlgorithm::Acs3HmacSha256,
        retry,
    );
    let started = Instant::now();
    let answer = client
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send_answer()
        .await
        .expect("third attempt");
    let elapsed = started.elapsed();
    assert_eq!(answer.attempts, 3);
    assert_eq!(server.requests().len(), 3);
    assert!(
        elapsed >= Duration::from_millis(800),
        "two waits of 400 ms took only {elapsed:?}"
    );
}

#[tokio::test]
async fn an_always_throttling_emulator_is_waited_out_then_reported() {
    let emulator = emulator(FaultInjection {
        throttle_rate: 1.0,
        retry_after_ms: 300,
        ..FaultInjection::default()
    })
    .await;
    let retry = policy()
        .with_max_attempts(3)
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_secs(1));
    let client = client_for(&emulator.base_url(), SignatureAlgorithm::RoaHmacSha1, retry);
    let started = Instant::now();
    let err = client
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .expect_err("always 429");
    let elapsed = started.elapsed();
    assert_eq!(err.status(), Some(429), "{err}");
    assert_eq!(err.code(), Some("Throttling.User"));
    assert_eq!(err.retry_after(), Some(Duration::from_millis(300)));
    assert_eq!(emulator.request_count(), 3);
    assert!(
        elapsed >= Duration::from_millis(600),
        "two waits of 300 ms took only {elapsed:?}"
    );
    assert!(
        elapsed <= (Duration::from_secs(1) + TIMEOUT) * 3,
        "{elapsed:?}"
    );
}

#[tokio::test]
async fn a_retry_after_beyond_the_backoff_cap_is_cut_to_the_cap() {
    let server = RecordingServer::start(
        vec![
            CannedResponse::json(429, r#"{"Code":"Throttling.User","Message":"wait"}"#)
                .with_header("x-acs-retry-after", "600000"),
            CannedResponse::json(200, DOCUMENTED_EXAMPLE),
        ],
        None,
    )
    .await;
    let client = client_for(
        &server.base_url(),
        SignatureAlgorithm::Acs3HmacSha256,
        policy(),
    );
    let started = Instant::now();
    let answer = client
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send_answer()
        .await
        .expect("second attempt");
    assert_eq!(answer.attempts, 2);
    // Ten minutes asked for; the policy allows at most MAX_BACKOFF per wait.
    assert!(
        started.elapsed() <= budget(2),
        "{:?} is more than {:?}",
        started.elapsed(),
        budget(2)
    );
}

#[tokio::test]
async fn dropped_connections_end_in_a_transport_error_after_exactly_the_allowed_attempts() {
    for algorithm in [
        SignatureAlgorithm::Acs3HmacSha256,
        SignatureAlgorithm::RoaHmacSha1,
    ] {
        let emulator = emulator(FaultInjection {
            drop_rate: 1.0,
            ..FaultInjection::default()
        })
        .await;
        let started = Instant::now();
        let err = client(&emulator, algorithm)
            .get_mms_job()
            .source_id(2)
            .job_id(10)
            .send()
            .await
            .expect_err("every connection is dropped");
        let elapsed = started.elapsed();
        assert!(
            matches!(
                err,
                Error::Transport {
                    action: "GetMmsJob",
                    ..
                }
            ),
            "{algorithm}: {err:?}"
        );
        assert_eq!(err.status(), None, "no HTTP answer was received");
        assert_eq!(emulator.request_count(), u64::from(ATTEMPTS), "{algorithm}");
        assert!(
            elapsed <= budget(ATTEMPTS),
            "{algorithm}: {elapsed:?} is more than {:?}",
            budget(ATTEMPTS)
        );
    }
}

/// A clock an hour behind, beyond the 15 minutes of skew the service allows.
fn an_hour_ago() -> SystemTime {
    SystemTime::now() - Duration::from_secs(3600)
}

#[tokio::test]
async fn final_errors_are_sent_exactly_once_even_with_a_generous_retry_policy() {
    let emulator = start(
        EmulatorConfig::default()
            .access_key(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET)
            .sts_credential("sts-id", "sts-secret-value", "the-token"),
    )
    .await
    .expect("emulator starts");
    let demo = Credentials::new(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET);
    type Case = (
        &'static str,
        Credentials,
        Option<fn() -> SystemTime>,
        i64,
        i64,
        u16,
        &'static str,
    );
    let cases: Vec<Case> = vec![
        (
            "unknown job",
            demo.clone(),
            None,
            2,
            11,
            404,
            "NoSuchMmsJob",
        ),
        (
            "unknown data source",
            demo.clone(),
            None,
            99,
            10,
            404,
            "NoSuchMmsDataSource",
        ),
        (
            "wrong secret",
            Credentials::new(DEMO_ACCESS_KEY_ID, "not-the-secret"),
            None,
            2,
            10,
            403,
            "SignatureDoesNotMatch",
        ),
        (
            "unknown key",
            Credentials::new("nobody", "whatever"),
            None,
            2,
            10,
            404,
            "InvalidAccessKeyId.NotFound",
        ),
        (
            "clock an hour slow",
            demo,
            Some(an_hour_ago),
            2,
            10,
            403,
            "RequestTimeTooSkewed",
        ),
        (
            "STS key without its token",
            Credentials::new("sts-id", "sts-secret-value"),
            None,
            2,
            10,
            403,
            "InvalidSecurityToken",
        ),
    ];
    for algorithm in [
        SignatureAlgorithm::Acs3HmacSha256,
        SignatureAlgorithm::RoaHmacSha1,
    ] {
        for (name, credentials, clock, source_id, job_id, status, code) in &cases {
            let mut builder = Client::builder()
                .endpoint(emulator.base_url())
                .credentials(credentials.clone())
                .signature_algorithm(algorithm)
                .timeout(TIMEOUT)
                .retry_policy(policy().with_max_attempts(10));
            if let Some(clock) = clock {
                builder = builder.clock(*clock);
            }
            let client = builder.build().expect("client builds");
            let before = emulator.request_count();
            let err = client
                .get_mms_job()
                .source_id(*source_id)
                .job_id(*job_id)
                .send()
                .await
                .expect_err(name);
            assert_eq!(
                (err.status(), err.code()),
                (Some(*status), Some(*code)),
                "{algorithm} {name}: {err}"
            );
            assert!(!err.is_retryable(), "{algorithm} {name}: {err}");
            assert_eq!(
                emulator.request_count() - before,
                1,
                "{algorithm} {name}: sent more than once"
            );
        }
    }
}
