//! End to end: a role assumed through the emulated STS signs MMS calls that the emulated MMS
//! endpoint accepts, across refreshes, under concurrency, and through STS faults. Time is a
//! clock moved by hand, shared by the provider and the emulator's key store, so hours of
//! credential lifetimes pass in milliseconds.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

mod credentials_support;

use std::sync::Arc;
use std::time::Duration;

use credentials_support::*;
use futures::future::join_all;
use maxcompute_mms::credentials::{
    Credentials, CredentialsError, Environment, ProvideCredentials, RamRoleArnCredentials,
    StaticCredentials,
};
use maxcompute_mms::{Client, Error, RetryPolicy};
use mms_emulator::StsFault;

/// A client of `s.mms` whose credentials are role `ROLE` assumed through `s.sts`, on `time`.
fn client(s: &Services, time: &ManualClock) -> Client {
    client_through(s, time, 1)
}

/// The same with a chain of `hops` roles: each assumed with the STS credentials of the one
/// before (the first with the source AccessKey).
fn client_through(s: &Services, time: &ManualClock, hops: usize) -> Client {
    let mut provider: Arc<dyn ProvideCredentials> = Arc::new(StaticCredentials::new(
        Credentials::new(SOURCE_ID, SOURCE_SECRET),
    ));
    for hop in 0..hops {
        provider = Arc::new(
            RamRoleArnCredentials::builder(provider)
                .role_arn(ROLE)
                .role_session_name(format!("e2e-hop-{hop}"))
                .sts_endpoint(s.sts.base_url())
                .environment(Environment::from_vars(Vec::<(String, String)>::new()))
                .clock(time.clock())
                .build()
                .unwrap(),
        );
    }
    Client::builder()
        .endpoint(s.mms.base_url())
        .credentials_provider(provider)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

/// `n` concurrent GetMmsJob calls; the access key ids they were signed with are not visible to
/// the client, so each call's success is what is checked.
async fn calls(client: &Client, n: usize) -> Vec<Result<i64, Error>> {
    join_all((0..n).map(|_| get_job(client))).await
}

#[tokio::test]
async fn calls_go_on_across_several_refreshes_of_a_role_chain_without_a_failure() {
    let time = ManualClock::new();
    // Credentials live 900 s: refreshed 300 s ahead, i.e. 600 s after each fetch.
    let s = services(time.clock(), |c| c.lifetime(Duration::from_secs(900))).await;
    // Two roles: the second assumed with the first's STS credentials (token sent).
    let client = client_through(&s, &time, 2);
    let mut failures = Vec::new();
    for round in 0..=16u64 {
        time.set_secs(round * 200);
        for result in calls(&client, 10).await {
            if let Err(e) = result {
                failures.push(format!("at {} s: {e}", round * 200));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    // Each role fetched at 0, 600, 1200, 1800, 2400, 3000: one fetch and five refreshes each.
    assert_eq!(s.sts.assume_role_count(), 2 * 6);
    assert_eq!(s.mms.request_count(), 17 * 10);
}

#[tokio::test]
async fn a_hundred_concurrent_calls_at_expiry_make_one_sts_call() {
    let time = ManualClock::new();
    let s = services(time.clock(), |c| c).await;
    let client = client(&s, &time);
    get_job(&client).await.unwrap();
    assert_eq!(s.sts.assume_role_count(), 1);
    // Past the expiry of the 3600 s credentials: every call needs new ones.
    time.set_secs(3600);
    let results = calls(&client, 100).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(
        s.sts.assume_role_count(),
        2,
        "100 calls at expiry, 1 STS call"
    );
    assert_eq!(s.sts.request_count(), 2);
}

#[tokio::test]
async fn sts_down_at_the_first_fetch_is_a_clear_error_and_nothing_is_sent() {
    let time = ManualClock::new();
    let s = services(time.clock(), |c| c.fault(StsFault::Down)).await;
    let client = client(&s, &time);
    let err = get_job(&client).await.unwrap_err();
    let Error::Credentials(CredentialsError::Service {
        provider,
        endpoint,
        status,
        problem,
    }) = &err
    else {
        panic!("expected a credentials service error, got {err:?}");
    };
    assert_eq!(provider, "ram_role_arn");
    assert_eq!(endpoint, &s.sts.base_url());
    assert_eq!(*status, None);
    assert!(problem.starts_with("AssumeRole: "), "{problem}");
    assert_eq!(s.mms.request_count(), 0);

    // 5xx and malformed answers are clear too.
    s.sts.set_fault(StsFault::ServerError);
    let err = get_job(&client).await.unwrap_err().to_string();
    assert!(
        err.contains("HTTP 500") && err.contains("InternalError"),
        "{err}"
    );
    s.sts.set_fault(StsFault::Malformed);
    let err = get_job(&client).await.unwrap_err().to_string();
    assert!(err.contains("not the JSON STS sends"), "{err}");
    assert_eq!(s.mms.request_count(), 0);
    s.sts.set_fault(StsFault::None);
    get_job(&client).await.unwrap();
}

#[tokio::test]
async fn sts_down_at_refresh_with_valid_credentials_lets_calls_go_on_then_recovers() {
    let time = ManualClock::new();
    let s = services(time.clock(), |c| c.lifetime(Duration::from_secs(900))).await;
    let client = client(&s, &time);
    get_job(&client).await.unwrap();
    s.sts.set_fault(StsFault::Down);
    // Due for refresh at 600 s, valid until 900 s: failed refreshes do not fail calls. They
    // are retried after 1, 2, 4, 8 s: at 600, 601, 650 and 700 s, next not before 708 s.
    for at in [600, 601, 650, 700] {
        time.set_secs(at);
        let results = calls(&client, 5).await;
        assert!(results.iter().all(Result::is_ok), "at {at} s: {results:?}");
    }
    assert_eq!(s.sts.assume_role_count(), 1);
    s.sts.set_fault(StsFault::None);
    time.set_secs(707);
    get_job(&client).await.unwrap();
    assert_eq!(s.sts.assume_role_count(), 1, "backing off: STS not asked");
    time.set_secs(708);
    get_job(&client).await.unwrap();
    assert_eq!(
        s.sts.assume_role_count(),
        2,
        "refreshed once the backoff ended"
    );
    // The new credentials live to 1608 s; calls go on past the old expiry.
    time.set_secs(1000);
    get_job(&client).await.unwrap();
    assert_eq!(s.sts.assume_role_count(), 2);
}

#[tokio::test]
async fn expired_and_unrefreshable_credentials_are_a_clear_error_and_never_sent() {
    let time = ManualClock::new();
    let s = services(time.clock(), |c| c.lifetime(Duration::from_secs(900))).await;
    let client = client(&s, &time);
    get_job(&client).await.unwrap();
    let sent = s.mms.request_count();
    s.sts.set_fault(StsFault::Down);
    time.set_secs(900);
    for _ in 0..3 {
        let err = get_job(&client).await.unwrap_err();
        assert!(
            matches!(&err, Error::Credentials(CredentialsError::Expired { provider, .. }) if provider == "ram_role_arn"),
            "{err:?}"
        );
        let text = err.to_string();
        assert!(
            text.contains("expired at") && text.contains("could not be refreshed"),
            "{text}"
        );
    }
    assert_eq!(
        s.mms.request_count(),
        sent,
        "nothing sent with expired credentials"
    );
}
