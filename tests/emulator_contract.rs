//! The project's client against the project's emulator: both algorithms, STS, and every refusal
//! of the emulator surfaced as the right typed error.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use maxcompute_mms::Operations;
use std::time::{Duration, SystemTime};

use maxcompute_mms::{
    Client, ClientBuilder, Credentials, Error, JobStatus, RetryPolicy, SignatureAlgorithm,
};
use mms_emulator::{EmulatorConfig, FaultInjection, RunningEmulator};

const ALGORITHMS: [SignatureAlgorithm; 2] = [
    SignatureAlgorithm::Acs3HmacSha256,
    SignatureAlgorithm::RoaHmacSha1,
];

async fn emulator() -> RunningEmulator {
    mms_emulator::start(
        EmulatorConfig::default()
            .access_key("contract-id", "contract-secret")
            .sts_credential("STS.contract", "sts-secret", "sts-token-value"),
    )
    .await
    .expect("emulator")
}

fn builder(
    emu: &RunningEmulator,
    algorithm: SignatureAlgorithm,
    credentials: Credentials,
) -> ClientBuilder {
    Client::builder()
        .endpoint(emu.base_url())
        .credentials(credentials)
        .signature_algorithm(algorithm)
        .retry_policy(RetryPolicy::none())
}

fn client(
    emu: &RunningEmulator,
    algorithm: SignatureAlgorithm,
    credentials: Credentials,
) -> Client {
    builder(emu, algorithm, credentials)
        .build()
        .expect("client")
}

/// The error of fetching job 2/10 with `client`, which the emulator must refuse.
async fn refused(client: &Client) -> Error {
    client
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .expect_err("refused")
}

fn service_code(err: &Error) -> (u16, String) {
    match err {
        Error::Service(s) => (s.status, s.code.clone().unwrap_or_default()),
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[tokio::test]
async fn both_algorithms_fetch_the_documented_job() {
    let emu = emulator().await;
    for algorithm in ALGORITHMS {
        let answer = client(
            &emu,
            algorithm,
            Credentials::new("contract-id", "contract-secret"),
        )
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send_answer()
        .await
        .unwrap_or_else(|e| panic!("{algorithm}: {e}"));
        assert_eq!(answer.data.id, 10);
        assert_eq!(answer.data.name.as_deref(), Some("migrate_db_1"));
        assert_eq!(answer.data.status, Some(JobStatus::Doing));
        assert!(answer.request_id.is_some());
    }
}

#[tokio::test]
async fn sts_credentials_are_accepted_with_both_algorithms() {
    let emu = emulator().await;
    for algorithm in ALGORITHMS {
        let creds =
            Credentials::new("STS.contract", "sts-secret").with_security_token("sts-token-value");
        let job = client(&emu, algorithm, creds)
            .get_mms_job()
            .source_id(2)
            .job_id(10)
            .send()
            .await;
        assert!(job.is_ok(), "{algorithm}: {job:?}");
    }
}

#[tokio::test]
async fn a_wrong_sts_token_is_invalid_security_token() {
    let emu = emulator().await;
    for algorithm in ALGORITHMS {
        let creds =
            Credentials::new("STS.contract", "sts-secret").with_security_token("another-token");
        let err = refused(&client(&emu, algorithm, creds)).await;
        assert_eq!(
            service_code(&err),
            (403, "InvalidSecurityToken".into()),
            "{algorithm}"
        );
    }
}

#[tokio::test]
async fn a_wrong_secret_is_signature_does_not_match_with_the_server_string_to_sign() {
    let emu = emulator().await;
    for algorithm in ALGORITHMS {
        let err = refused(&client(
            &emu,
            algorithm,
            Credentials::new("contract-id", "not-the-secret"),
        ))
        .await;
        assert_eq!(
            service_code(&err),
            (403, "SignatureDoesNotMatch".into()),
            "{algorithm}"
        );
        let text = err.to_string();
        assert!(
            text.contains("GetMmsJob"),
            "{algorithm}: the string-to-sign is shown: {text}"
        );
        assert!(
            !text.contains("not-the-secret") && !text.contains("contract-secret"),
            "{text}"
        );
        assert!(err.request_id().is_some());
        assert!(!err.is_retryable());
    }
}

#[tokio::test]
async fn an_unknown_key_is_invalid_access_key_id() {
    let emu = emulator().await;
    let err = refused(&client(
        &emu,
        SignatureAlgorithm::default(),
        Credentials::new("nobody", "secret"),
    ))
    .await;
    let (status, code) = service_code(&err);
    assert_eq!(code, "InvalidAccessKeyId.NotFound");
    assert!((400..500).contains(&status));
}

#[tokio::test]
async fn a_skewed_clock_is_request_time_too_skewed() {
    let emu = emulator().await;
    for algorithm in ALGORITHMS {
        for offset in [-1_200i64, 1_200] {
            let skewed = builder(
                &emu,
                algorithm,
                Credentials::new("contract-id", "contract-secret"),
            )
            .clock(move || {
                let now = SystemTime::now();
                if offset < 0 {
                    now - Duration::from_secs(offset.unsigned_abs())
                } else {
                    now + Duration::from_secs(offset.unsigned_abs())
                }
            })
            .build()
            .expect("client");
            let err = refused(&skewed).await;
            assert_eq!(
                service_code(&err),
                (403, "RequestTimeTooSkewed".into()),
                "{algorithm} {offset}s"
            );
        }
    }
}

#[tokio::test]
async fn unknown_job_and_source_are_404_with_their_codes() {
    let emu = emulator().await;
    let client = client(
        &emu,
        SignatureAlgorithm::default(),
        Credentials::new("contract-id", "contract-secret"),
    );
    let err = client
        .get_mms_job()
        .source_id(2)
        .job_id(999)
        .send()
        .await
        .expect_err("unknown job");
    assert_eq!(service_code(&err), (404, "NoSuchMmsJob".into()));
    let err = client
        .get_mms_job()
        .source_id(777)
        .job_id(10)
        .send()
        .await
        .expect_err("unknown source");
    assert_eq!(service_code(&err), (404, "NoSuchMmsDataSource".into()));
}

#[tokio::test]
async fn throttling_and_unavailability_are_retryable_and_retried() {
    for (faults, code) in [
        (
            FaultInjection {
                throttle_rate: 1.0,
                retry_after_ms: 20,
                ..FaultInjection::default()
            },
            "Throttling.User",
        ),
        (
            FaultInjection {
                unavailable_rate: 1.0,
                ..FaultInjection::default()
            },
            "ServiceUnavailable",
        ),
    ] {
        let emu = mms_emulator::start(EmulatorConfig::default().faults(faults))
            .await
            .expect("emulator");
        let err = Client::builder()
            .endpoint(emu.base_url())
            .credentials(Credentials::new(
                mms_emulator::DEMO_ACCESS_KEY_ID,
                mms_emulator::DEMO_ACCESS_KEY_SECRET,
            ))
            .retry_policy(
                RetryPolicy::default()
                    .with_max_attempts(3)
                    .with_initial_backoff(Duration::from_millis(5)),
            )
            .build()
            .expect("client")
            .get_mms_job()
            .source_id(2)
            .job_id(10)
            .send()
            .await
            .expect_err("always failing");
        assert_eq!(err.code(), Some(code));
        assert!(err.is_retryable());
        assert_eq!(emu.request_count(), 3, "{code}: retried up to the limit");
        if code.starts_with("Throttling") {
            assert_eq!(err.retry_after(), Some(Duration::from_millis(20)));
        }
    }
}

#[tokio::test]
async fn a_dropped_connection_is_a_transport_error() {
    let faults = FaultInjection {
        drop_rate: 1.0,
        ..FaultInjection::default()
    };
    let emu = mms_emulator::start(EmulatorConfig::default().faults(faults))
        .await
        .expect("emulator");
    let err = Client::builder()
        .endpoint(emu.base_url())
        .credentials(Credentials::new(
            mms_emulator::DEMO_ACCESS_KEY_ID,
            mms_emulator::DEMO_ACCESS_KEY_SECRET,
        ))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client")
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .expect_err("dropped");
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
}
