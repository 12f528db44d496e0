//! Retries by idempotency: reads, `PUT` and `DELETE` are sent again after a failure; a `POST` is
//! sent again only when no byte of it can have reached the server (the connection could not be
//! made). Each class is tried against a loopback server that drops the connection after reading
//! the request, and against one that is not there yet when the first attempts are made.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use std::time::Duration;

use maxcompute_mms::{prelude::*, Credentials, RetryPolicy};
use mms_contract_tests::{http_response, json_200, Behaviour, RawServer};

const ATTEMPTS: u32 = 4;

fn client(base_url: &str) -> Client {
    Client::builder()
        .endpoint(base_url)
        .credentials(Credentials::new("idempotency-key", "idempotency-secret"))
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(ATTEMPTS)
                .with_initial_backoff(Duration::from_millis(5))
                .with_max_backoff(Duration::from_millis(20)),
        )
        .build()
        .unwrap()
}

/// One call of each class: its action and whether it is a write that must not be resent.
async fn call(client: &Client, action: &str) -> Result<(), Error> {
    match action {
        "GetMmsJob" => client
            .get_mms_job()
            .source_id(2)
            .job_id(10)
            .send()
            .await
            .map(drop),
        "UpdateMmsTable" => client
            .update_mms_table()
            .source_id(2)
            .table_id(7)
            .body_map(|b| b.dst_name("orders".to_string()))
            .send()
            .await
            .map(drop),
        "DeleteMmsTimer" => client
            .delete_mms_timer()
            .source_id(2)
            .timer_id(3)
            .send()
            .await
            .map(drop),
        "StartMmsJob" => client
            .start_mms_job()
            .source_id(2)
            .job_id(10)
            .send()
            .await
            .map(drop),
        "CreateMmsJob" => client
            .create_mms_job()
            .source_id(2)
            .body_map(|b| {
                b.name("nightly".to_string())
                    .src_db_name("sales".to_string())
            })
            .send()
            .await
            .map(drop),
        "DeleteMmsJob" => client
            .delete_mms_job()
            .source_id(2)
            .job_id(10)
            .send()
            .await
            .map(drop),
        other => panic!("no call scripted for {other}"),
    }
}

const READS: &[&str] = &["GetMmsJob", "UpdateMmsTable", "DeleteMmsTimer"];
const WRITES: &[&str] = &["StartMmsJob", "CreateMmsJob", "DeleteMmsJob"];

#[test]
fn the_classes_match_the_spec() {
    for action in READS {
        let route = maxcompute_mms::Route::find(action).unwrap();
        assert!(route.is_idempotent(), "{action}");
    }
    for action in WRITES {
        let route = maxcompute_mms::Route::find(action).unwrap();
        assert!(!route.is_idempotent(), "{action}");
        assert_eq!(route.method, "POST");
    }
}

#[tokio::test]
async fn a_connection_dropped_after_the_request_was_read_is_retried_for_reads_only() {
    for action in READS.iter().chain(WRITES) {
        // Reads the request, answers nothing, closes.
        let server = RawServer::start(Behaviour::Raw(Vec::new())).await;
        let error = call(&client(&server.base_url()), action)
            .await
            .expect_err("every attempt is dropped");
        assert!(
            matches!(error, Error::Transport { .. }),
            "{action}: {error:?}"
        );
        assert!(error.request_may_have_been_sent(), "{action}: {error:?}");
        let expected = if WRITES.contains(action) {
            1
        } else {
            ATTEMPTS as usize
        };
        assert_eq!(
            server.requests(),
            expected,
            "{action}: requests that arrived"
        );
    }
}

#[tokio::test]
async fn a_server_error_answer_to_a_write_is_not_sent_again() {
    for action in WRITES {
        let server = RawServer::start(Behaviour::Raw(http_response(
            "503 Service Unavailable",
            &[("content-type", "application/json")],
            br#"{"requestId":"r-503","code":"ServiceUnavailable","message":"busy"}"#,
        )))
        .await;
        let error = call(&client(&server.base_url()), action)
            .await
            .expect_err("503");
        assert_eq!(error.status(), Some(503), "{action}");
        assert_eq!(
            server.requests(),
            1,
            "{action}: the write reached the server once"
        );
    }
}

/// A port nothing listens on yet; a server takes it after `delay`, answering `answer`.
async fn server_coming_up_later(delay: Duration, answer: Vec<u8>) -> (String, RawServerLater) {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = probe.local_addr().unwrap();
    drop(probe);
    let task = tokio::spawn(async move {
        tokio::time::sleep(delay).await;
        RawServer::start_on(addr, Behaviour::Raw(answer)).await
    });
    (format!("http://{addr}"), RawServerLater(task))
}

struct RawServerLater(tokio::task::JoinHandle<RawServer>);

#[tokio::test]
async fn a_connection_that_cannot_be_made_is_retried_for_every_class() {
    for action in READS.iter().chain(WRITES) {
        let body = if *action == "GetMmsJob" {
            br#"{"requestId":"r","data":{"id":10}}"#.to_vec()
        } else if *action == "CreateMmsJob" {
            br#"{"requestId":"r","data":{"asyncTaskId":5}}"#.to_vec()
        } else {
            br#"{"requestId":"r","data":10}"#.to_vec()
        };
        let (base_url, later) =
            server_coming_up_later(Duration::from_millis(150), json_200(&body)).await;
        let client = Client::builder()
            .endpoint(&base_url)
            .credentials(Credentials::new("idempotency-key", "idempotency-secret"))
            .retry_policy(
                RetryPolicy::default()
                    .with_max_attempts(200)
                    .with_initial_backoff(Duration::from_millis(10))
                    .with_max_backoff(Duration::from_millis(20)),
            )
            .build()
            .unwrap();
        call(&client, action)
            .await
            .unwrap_or_else(|e| panic!("{action}: refused connections are retried: {e}"));
        let server = later.0.await.unwrap();
        assert_eq!(server.requests(), 1, "{action}: one request arrived");
    }
}
