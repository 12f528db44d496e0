//! Jobs loaded from a fixtures file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Write;

use mms_emulator::{start, EmulatorConfig, Error};
use support::*;

fn file_with(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(text.as_bytes()).unwrap();
    file
}

#[tokio::test]
async fn a_valid_file_loads_its_jobs_and_their_progress() {
    let file = file_with(
        r#"{"jobs": [
            {"sourceId": 5, "job": {"id": 1, "name": "from-file", "type": "Tables",
                                     "status": "DONE", "taskNum": 3, "taskDone": 3,
                                     "config": {"tables": ["t1", "t2"]}}},
            {"sourceId": 5, "job": {"id": 2, "taskNum": 10},
             "progress": {"durationSeconds": 3600, "outcome": "FAILED"}}
        ]}"#,
    );
    let emulator = start(
        EmulatorConfig::default()
            .fixtures_file(file.path())
            .unwrap(),
    )
    .await
    .unwrap();
    let answer = call(
        &emulator,
        &RequestSpec::new(ACS3, demo_credentials(), "/api/v1/mms/datasources/5/jobs/1"),
    )
    .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let data = &answer.body["data"];
    assert_eq!(data["name"], "from-file");
    assert_eq!(data["sourceId"], 5);
    assert_eq!(data["config"]["tables"], serde_json::json!(["t1", "t2"]));

    let progressing = RequestSpec::new(ROA, demo_credentials(), "/api/v1/mms/datasources/5/jobs/2");
    let first = call(&emulator, &progressing).await;
    assert_eq!(first.body["data"]["status"], "INIT", "{}", first.body);
    let second = call(
        &emulator,
        &RequestSpec {
            nonce: fresh_nonce(),
            ..progressing
        },
    )
    .await;
    assert_eq!(second.body["data"]["status"], "DOING", "{}", second.body);

    // The documented example is still there.
    assert_eq!(
        call(&emulator, &RequestSpec::example(ACS3)).await.status,
        200
    );
}

#[test]
fn a_malformed_file_is_an_error_naming_the_file_and_the_json_path() {
    let file = file_with(r#"{"jobs": [{"sourceId": 5, "job": {"id": 1, "taskNum": "many"}}]}"#);
    let err = EmulatorConfig::default()
        .fixtures_file(file.path())
        .map(|_| ())
        .unwrap_err();
    assert!(matches!(err, Error::Fixtures { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains(&file.path().display().to_string()),
        "{message}"
    );
    assert!(message.contains("jobs[0].job.taskNum"), "{message}");

    let not_json = file_with("{\"jobs\": [");
    let message = EmulatorConfig::default()
        .fixtures_file(not_json.path())
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(
        message.contains(&not_json.path().display().to_string()),
        "{message}"
    );
    assert!(message.contains("line 1"), "{message}");
}

#[test]
fn a_missing_file_is_an_error_naming_it() {
    let message = EmulatorConfig::default()
        .fixtures_file("/definitely/not/here.json")
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(message.contains("/definitely/not/here.json"), "{message}");
}
