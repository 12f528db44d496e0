//! The generated client against a loopback server: method, path, headers and the hook seam.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Arc,
};

use mms_api::{BoxFuture, Client, HookError, Hooks, JobStatus, Operation, RequestHooks};
use mms_contract_tests::{CannedResponse, RecordingServer, DOCUMENTED_EXAMPLE};

#[tokio::test]
async fn fetches_a_job_with_the_right_method_and_path() {
    let server =
        RecordingServer::start(vec![CannedResponse::json(200, DOCUMENTED_EXAMPLE)], None).await;
    let client = Client::new_with_client(&server.base_url(), reqwest::Client::new(), Hooks::none());

    let answer = client
        .get_mms_job()
        .source_id(2000015)
        .job_id(10)
        .send()
        .await
        .expect("job fetched");
    assert_eq!(answer.status().as_u16(), 200);
    let job = answer.into_inner().data.expect("data");
    assert_eq!(job.id, 10);
    assert_eq!(job.status, Some(JobStatus::Doing));

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].method, "GET");
    assert_eq!(requests[0].uri, "/api/v1/mms/datasources/2000015/jobs/10");
    assert_eq!(requests[0].header("accept"), Some("application/json"));
}

#[derive(Debug, Default)]
struct CountingHooks {
    seen: std::sync::Mutex<Vec<Operation>>,
    executed: AtomicUsize,
}

impl RequestHooks for CountingHooks {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation: &'a Operation,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        Box::pin(async move {
            if let Ok(mut seen) = self.seen.lock() {
                seen.push(*operation);
            }
            request
                .headers_mut()
                .insert("x-acs-action", operation.action.parse()?);
            Ok(())
        })
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        _operation: &'a Operation,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        self.executed.fetch_add(1, Ordering::SeqCst);
        Box::pin(client.execute(request))
    }
}

#[tokio::test]
async fn hooks_see_every_request_with_the_real_action_and_version() {
    let server =
        RecordingServer::start(vec![CannedResponse::json(200, DOCUMENTED_EXAMPLE)], None).await;
    let hooks = Arc::new(CountingHooks::default());
    let client = Client::new_with_client(
        &server.base_url(),
        reqwest::Client::new(),
        Hooks::new(hooks.clone()),
    );

    client
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .expect("job fetched");

    let seen = hooks.seen.lock().map(|s| s.clone()).unwrap_or_default();
    assert_eq!(
        seen,
        vec![Operation {
            action: "GetMmsJob",
            version: "2022-01-04",
            method: "get_mms_job",
            route: mms_api::Route::find("GetMmsJob").expect("GetMmsJob is in the spec"),
        }]
    );
    assert_eq!(hooks.executed.load(Ordering::SeqCst), 1);
    assert_eq!(
        server.requests()[0].header("x-acs-action"),
        Some("GetMmsJob")
    );
}

#[derive(Debug)]
struct RefusingHooks;

impl RequestHooks for RefusingHooks {
    fn prepare<'a>(
        &'a self,
        _request: &'a mut reqwest::Request,
        _operation: &'a Operation,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        Box::pin(async { Err("no credentials".into()) })
    }
}

#[tokio::test]
async fn a_hook_that_refuses_stops_the_request_before_it_leaves() {
    let server = RecordingServer::start(vec![], None).await;
    let client = Client::new_with_client(
        &server.base_url(),
        reqwest::Client::new(),
        Hooks::new(Arc::new(RefusingHooks)),
    );
    let err = client
        .get_mms_job()
        .source_id(2)
        .job_id(10)
        .send()
        .await
        .expect_err("refused");
    assert!(err.to_string().contains("no credentials"), "{err}");
    assert!(server.requests().is_empty(), "nothing may reach the server");
}

#[tokio::test]
async fn an_error_answer_decodes_into_the_error_body() {
    let server = RecordingServer::start(
        vec![CannedResponse::json(
            404,
            r#"{"requestId":"r-404","code":"JobNotFound","message":"no job 99","httpCode":404}"#,
        )],
        None,
    )
    .await;
    let client = Client::new_with_client(&server.base_url(), reqwest::Client::new(), Hooks::none());
    let err = client
        .get_mms_job()
        .source_id(2)
        .job_id(99)
        .send()
        .await
        .expect_err("404");
    match err {
        mms_api::Error::ErrorResponse(body) => {
            assert_eq!(body.status().as_u16(), 404);
            assert_eq!(body.code.as_deref(), Some("JobNotFound"));
            assert_eq!(body.request_id.as_deref(), Some("r-404"));
            assert_eq!(body.http_code, Some(404));
        }
        other => panic!("expected a typed error body, got {other:?}"),
    }
}
