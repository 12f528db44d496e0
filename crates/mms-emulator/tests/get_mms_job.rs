//! GetMmsJob answers: the documented example, unknown ids, bad ids, unknown routes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use acs_sign::Credentials;
use mms_emulator::{start, Emulator, EmulatorConfig};
use serde_json::Value;
use support::*;

const DOCUMENTED: &str = include_str!("../../../openapi/examples/GetMmsJob.200.json");

fn documented_data() -> Value {
    serde_json::from_str::<Value>(DOCUMENTED).unwrap()["data"].clone()
}

#[tokio::test]
async fn serves_the_documented_example_with_both_algorithms() {
    let emulator = start(EmulatorConfig::default()).await.unwrap();
    let mut ids = Vec::new();
    for algorithm in ALGORITHMS {
        let answer = call(&emulator, &RequestSpec::example(algorithm)).await;
        assert_eq!(answer.status, 200, "{algorithm}: {}", answer.body);
        assert_eq!(answer.body["data"], documented_data(), "{algorithm}");
        ids.push(answer.request_id());
    }
    assert_ne!(ids[0], ids[1], "every answer gets its own request id");
    assert_eq!(emulator.request_count(), 2);
    emulator.stop().await.unwrap();
}

#[tokio::test]
async fn the_answer_decodes_into_the_generated_types() {
    let emulator = Emulator::start(EmulatorConfig::default()).await.unwrap();
    let response = RequestSpec::example(ACS3)
        .sign(emulator.addr())
        .send(&emulator)
        .await;
    let answer: mms_api::types::GetMmsJobResponse = response.json().await.unwrap();
    let job = answer.data.unwrap();
    assert_eq!(job.id, 10);
    assert_eq!(job.name.as_deref(), Some("migrate_db_1"));
    assert_eq!(job.status, Some(mms_api::JobStatus::Doing));
    assert_eq!(job.task_num, Some(100));
    assert!(answer.request_id.is_some());
}

#[tokio::test]
async fn sts_credentials_are_served_with_both_algorithms() {
    let emulator = start(EmulatorConfig::default().sts_credential("sts-id", "sts-secret", "tok-1"))
        .await
        .unwrap();
    for algorithm in ALGORITHMS {
        let creds = Credentials::new("sts-id", "sts-secret").with_security_token("tok-1");
        let answer = call(&emulator, &RequestSpec::new(algorithm, creds, EXAMPLE_PATH)).await;
        assert_eq!(answer.status, 200, "{algorithm}: {}", answer.body);
        assert_eq!(answer.body["data"]["id"], 10);
        answer.request_id();
    }
}

#[tokio::test]
async fn configured_keys_replace_the_demo_pair() {
    let emulator = start(
        EmulatorConfig::default()
            .access_key("k1", "s1")
            .access_key("k2", "s2"),
    )
    .await
    .unwrap();
    for (id, secret) in [("k1", "s1"), ("k2", "s2")] {
        let spec = RequestSpec::new(ACS3, Credentials::new(id, secret), EXAMPLE_PATH);
        assert_eq!(call(&emulator, &spec).await.status, 200, "{id}");
    }
    let demo = call(&emulator, &RequestSpec::example(ACS3)).await;
    demo.assert_gateway_error(404, "InvalidAccessKeyId.NotFound");
}

#[tokio::test]
async fn unknown_job_and_unknown_source_are_404() {
    let emulator = start(EmulatorConfig::default()).await.unwrap();
    for algorithm in ALGORITHMS {
        let spec = RequestSpec::new(
            algorithm,
            demo_credentials(),
            "/api/v1/mms/datasources/2/jobs/11",
        );
        let message = call(&emulator, &spec)
            .await
            .assert_service_error(404, "NoSuchMmsJob");
        assert!(message.contains("11"), "{message}");

        let spec = RequestSpec::new(
            algorithm,
            demo_credentials(),
            "/api/v1/mms/datasources/3/jobs/10",
        );
        let message = call(&emulator, &spec)
            .await
            .assert_service_error(404, "NoSuchMmsDataSource");
        assert!(message.contains('3'), "{message}");
    }
}

#[tokio::test]
async fn non_integer_ids_are_400_naming_the_parameter() {
    let emulator = start(EmulatorConfig::default()).await.unwrap();
    for (path, parameter, value) in [
        ("/api/v1/mms/datasources/abc/jobs/10", "sourceId", "abc"),
        ("/api/v1/mms/datasources/2/jobs/1.5", "jobId", "1.5"),
        (
            "/api/v1/mms/datasources/2/jobs/99999999999999999999",
            "jobId",
            "99999999999999999999",
        ),
        // Signed as sent (still encoded); the parameter is reported decoded.
        (
            "/api/v1/mms/datasources/a%20b%2Fc/jobs/10",
            "sourceId",
            "a b/c",
        ),
    ] {
        for algorithm in ALGORITHMS {
            let spec = RequestSpec::new(algorithm, demo_credentials(), path);
            let message = call(&emulator, &spec)
                .await
                .assert_service_error(400, "InvalidParameter");
            assert!(
                message.contains(parameter) && message.contains(value),
                "{path}: {message}"
            );
        }
    }
}

#[tokio::test]
async fn a_query_is_verified_as_the_sdk_sends_it() {
    let emulator = start(EmulatorConfig::default()).await.unwrap();
    for algorithm in ALGORITHMS {
        let mut spec = RequestSpec::example(algorithm);
        spec.query = vec![
            ("name".into(), "my job/1*~".into()),
            ("srcDbName".into(), "库 db+x&y=z".into()),
            ("status".into(), String::new()),
            ("sorter.status".into(), "desc".into()),
        ];
        let answer = call(&emulator, &spec).await;
        assert_eq!(answer.status, 200, "{algorithm}: {}", answer.body);
    }
}

#[tokio::test]
async fn other_paths_and_methods_are_404_with_the_error_body() {
    let emulator = start(EmulatorConfig::default()).await.unwrap();
    let client = client();
    for (method, path) in [
        ("GET", "/"),
        ("GET", "/api/v1/mms/datasources/2/nothing"),
        ("GET", "/api/v1/mms/datasources/2/jobs/10/extra"),
        ("PATCH", "/api/v1/mms/datasources/2/jobs/10"),
        ("DELETE", "/api/v1/mms/datasources/2/jobs/10"),
    ] {
        let response = client
            .request(
                reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
                format!("{}{path}", emulator.base_url()),
            )
            .send()
            .await
            .unwrap();
        let message = Answer::from(response)
            .await
            .assert_service_error(404, "NotFound");
        assert!(
            message.contains(method) && message.contains(path),
            "{message}"
        );
    }
    // A signed request to another method is refused the same way.
    let mut spec = RequestSpec::example(ACS3);
    spec.method = "PATCH".into();
    call(&emulator, &spec)
        .await
        .assert_service_error(404, "NotFound");
    // A method that is another operation on the same path must name that operation.
    let mut spec = RequestSpec::example(ACS3);
    spec.method = "POST".into();
    let message = call(&emulator, &spec)
        .await
        .assert_gateway_error(400, "InvalidAction");
    assert!(message.contains("DeleteMmsJob"), "{message}");
}

#[tokio::test]
async fn unsigned_requests_are_served_only_in_benchmark_mode() {
    let strict = start(EmulatorConfig::default()).await.unwrap();
    let url = |e: &mms_emulator::RunningEmulator| format!("{}{EXAMPLE_PATH}", e.base_url());
    let answer = Answer::from(client().get(url(&strict)).send().await.unwrap()).await;
    let message = answer.assert_gateway_error(400, "MissingAuthorization");
    assert!(message.contains("Authorization"), "{message}");

    let bench = start(EmulatorConfig::default().allow_unsigned(true))
        .await
        .unwrap();
    let answer = Answer::from(client().get(url(&bench)).send().await.unwrap()).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.body["data"]["id"], 10);
    answer.request_id();

    // A wrong action is still refused without a signature.
    let answer = Answer::from(
        client()
            .get(url(&bench))
            .header("x-acs-action", "ListMmsJobs")
            .send()
            .await
            .unwrap(),
    )
    .await;
    answer.assert_gateway_error(400, "InvalidAction");

    // A request that is signed is still verified in full.
    let mut spec = RequestSpec::example(ROA);
    spec.credentials = Credentials::new(mms_emulator::DEMO_ACCESS_KEY_ID, "wrong");
    call(&bench, &spec)
        .await
        .assert_gateway_error(403, "SignatureDoesNotMatch");
}

#[tokio::test]
async fn jobs_can_be_added_and_the_example_left_out() {
    let job: mms_api::types::Job =
        serde_json::from_str(r#"{"id": 5, "name": "mine", "status": "DONE"}"#).unwrap();
    let emulator = start(
        EmulatorConfig::default()
            .without_documented_example()
            .job(7, job),
    )
    .await
    .unwrap();
    let spec = RequestSpec::new(ACS3, demo_credentials(), "/api/v1/mms/datasources/7/jobs/5");
    let answer = call(&emulator, &spec).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.body["data"]["name"], "mine");
    assert_eq!(answer.body["data"]["sourceId"], 7, "sourceId filled in");
    call(&emulator, &RequestSpec::example(ACS3))
        .await
        .assert_service_error(404, "NoSuchMmsDataSource");
}

#[tokio::test]
async fn dropping_the_handle_stops_the_server() {
    let emulator = start(EmulatorConfig::default()).await.unwrap();
    let addr = emulator.addr();
    assert!(addr.ip().is_loopback(), "loopback by default");
    drop(emulator);
    let mut refused = false;
    for _ in 0..50 {
        if tokio::net::TcpStream::connect(addr).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(refused, "still accepting connections on {addr} after drop");
}
