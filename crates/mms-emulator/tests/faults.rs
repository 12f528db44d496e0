//! Injected faults: latency, throttling, unavailability, dropped connections.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::{Duration, Instant};

use mms_emulator::{start, EmulatorConfig, Error, FaultInjection, RunningEmulator};
use support::*;

async fn emulator(faults: FaultInjection) -> RunningEmulator {
    start(EmulatorConfig::default().faults(faults))
        .await
        .unwrap()
}

#[tokio::test]
async fn throttle_rate_one_answers_429_with_retry_after() {
    let emulator = emulator(FaultInjection {
        throttle_rate: 1.0,
        retry_after_ms: 250,
        ..FaultInjection::default()
    })
    .await;
    for algorithm in ALGORITHMS {
        for _ in 0..3 {
            let answer = call(&emulator, &RequestSpec::example(algorithm)).await;
            answer.assert_gateway_error(429, "Throttling.User");
            assert_eq!(answer.header("x-acs-retry-after"), Some("250"));
        }
    }
    // Before any check: even an unsigned request to an unknown path is throttled.
    let response = client()
        .get(format!("{}/nowhere", emulator.base_url()))
        .send()
        .await
        .unwrap();
    let answer = Answer::from(response).await;
    answer.assert_gateway_error(429, "Throttling.User");
    assert_eq!(emulator.request_count(), 7);
}

#[tokio::test]
async fn unavailable_rate_one_answers_503() {
    let emulator = emulator(FaultInjection {
        unavailable_rate: 1.0,
        ..FaultInjection::default()
    })
    .await;
    for algorithm in ALGORITHMS {
        let answer = call(&emulator, &RequestSpec::example(algorithm)).await;
        answer.assert_gateway_error(503, "ServiceUnavailable");
        assert_eq!(answer.header("x-acs-retry-after"), None);
    }
}

#[tokio::test]
async fn drop_rate_one_gives_the_client_a_connection_error() {
    let emulator = emulator(FaultInjection {
        drop_rate: 1.0,
        ..FaultInjection::default()
    })
    .await;
    for algorithm in ALGORITHMS {
        let signed = RequestSpec::example(algorithm).sign(emulator.addr());
        let outcome = match signed.try_send(&emulator).await {
            Err(e) => Err(e),
            Ok(response) => response.bytes().await.map(|_| ()),
        };
        let err = outcome.expect_err("a dropped connection must not yield a complete answer");
        assert!(
            !err.is_status(),
            "a transport error, not an HTTP status: {err:?}"
        );
    }
    assert_eq!(emulator.request_count(), 2);
}

#[tokio::test]
async fn latency_delays_every_answer() {
    let latency = Duration::from_millis(300);
    let emulator = emulator(FaultInjection {
        latency,
        ..FaultInjection::default()
    })
    .await;
    let started = Instant::now();
    let answer = call(&emulator, &RequestSpec::example(ACS3)).await;
    assert_eq!(answer.status, 200);
    assert!(started.elapsed() >= latency, "{:?}", started.elapsed());
}

#[tokio::test]
async fn a_seed_makes_faults_repeat() {
    let faults = FaultInjection {
        throttle_rate: 0.5,
        seed: Some(2022),
        ..FaultInjection::default()
    };
    let mut runs = Vec::new();
    for _ in 0..2 {
        let emulator = emulator(faults.clone()).await;
        let mut statuses = Vec::new();
        for _ in 0..30 {
            statuses.push(call(&emulator, &RequestSpec::example(ACS3)).await.status);
        }
        runs.push(statuses);
    }
    assert_eq!(runs[0], runs[1]);
    assert!(
        runs[0].contains(&200) && runs[0].contains(&429),
        "{:?}",
        runs[0]
    );
}

#[tokio::test]
async fn rates_outside_zero_to_one_are_refused() {
    let err = start(EmulatorConfig::default().faults(FaultInjection {
        throttle_rate: 2.0,
        ..FaultInjection::default()
    }))
    .await
    .map(|_| ())
    .unwrap_err();
    assert!(
        matches!(err, Error::InvalidConfig(ref m) if m.contains("throttle_rate")),
        "{err}"
    );
}
