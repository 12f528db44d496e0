//! The generated types decode what the service sends: every example answer of the spec, minimal and
//! future answers, and refuse what is wrong with a clear error.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use mms_api::{types::GetMmsJobResponse, JobStatus, JobType, TaskType};
use mms_contract_tests::DOCUMENTED_EXAMPLE;

fn decode(body: &str) -> Result<GetMmsJobResponse, serde_json::Error> {
    serde_json::from_str(body)
}

#[test]
fn the_documented_example_decodes_into_typed_values() {
    let answer = decode(DOCUMENTED_EXAMPLE).expect("documented example decodes");
    assert_eq!(
        answer.request_id.as_deref(),
        Some("D9F872FD-5DDE-30A6-8C8A-1B8C6A81059F")
    );
    let job = answer.data.expect("data");
    assert_eq!(job.id, 10);
    assert_eq!(job.name.as_deref(), Some("migrate_db_1"));
    assert_eq!(job.source_id, Some(2));
    assert_eq!(job.db_id, Some(23));
    assert_eq!(job.source_name.as_deref(), Some("demo"));
    assert_eq!(job.src_db_name.as_deref(), Some("mms_test"));
    assert_eq!(job.src_schema_name.as_deref(), Some("default"));
    assert_eq!(job.dst_db_name.as_deref(), Some("mms_target"));
    assert_eq!(job.dst_schema_name.as_deref(), Some("default"));
    assert_eq!(job.status, Some(JobStatus::Doing));
    assert_eq!(job.type_, Some(JobType::Tables));
    assert_eq!(job.task_num, Some(100));
    assert_eq!(job.task_done, Some(100));
    assert_eq!(job.stopped, Some(true));
    assert_eq!(job.create_time.as_deref(), Some("2024-12-17 15:44:17"));
    assert_eq!(job.eta.as_deref(), Some(""));

    let config = job.config.expect("config");
    assert_eq!(config.partitions, vec![0]);
    assert_eq!(config.tables, vec![String::new()]);
    assert_eq!(config.task_type, Some(TaskType::Unset));
    assert_eq!(config.table_black_list, vec![String::new()]);
    assert_eq!(config.table_white_list, vec![String::new()]);
    assert_eq!(
        config.partition_filters.get("key").map(String::as_str),
        Some("")
    );
    assert_eq!(
        config.table_mapping.get("key").map(String::as_str),
        Some("")
    );
    assert_eq!(
        config.column_mapping.get("key").map(String::as_str),
        Some("")
    );
    assert_eq!(config.schema_only, Some(true));
    assert_eq!(config.increment, Some(true));
    assert_eq!(config.enable_verification, Some(true));
    assert_eq!(config.tunnel_quota.as_deref(), Some(""));
    assert_eq!(config.others.get("test"), Some(&serde_json::json!("test")));
    assert_eq!(config.others.get("test2"), Some(&serde_json::json!(1)));
}

#[test]
fn a_minimal_body_decodes() {
    let answer = decode(r#"{"requestId":"r","data":{"id":1}}"#).expect("minimal body decodes");
    assert_eq!(answer.request_id.as_deref(), Some("r"));
    let job = answer.data.expect("data");
    assert_eq!(job.id, 1);
    assert_eq!(job.name, None);
    assert_eq!(job.status, None);
    assert_eq!(job.config, None);
}

#[test]
fn unknown_fields_and_enum_values_decode() {
    let body = r#"{"requestId":"r","newTopLevel":[1],"data":{"id":7,"status":"PAUSED",
        "type":"Catalog","futureField":{"x":1},
        "config":{"taskType":"SNOWFLAKE","newSetting":true,"others":{"deep":{"a":[1,2]}}}}}"#;
    let job = decode(body).expect("lenient decode").data.expect("data");
    assert_eq!(job.status, Some(JobStatus::Other("PAUSED".into())));
    assert_eq!(job.status.as_ref().map(JobStatus::as_str), Some("PAUSED"));
    assert_eq!(job.type_, Some(JobType::Other("Catalog".into())));
    let config = job.config.expect("config");
    assert_eq!(config.task_type, Some(TaskType::Other("SNOWFLAKE".into())));
    assert_eq!(config.others["deep"]["a"][1], 2);
}

#[test]
fn known_enum_values_encode_back_to_their_text() {
    for status in JobStatus::KNOWN {
        let text = serde_json::to_string(status).expect("encode");
        let back: JobStatus = serde_json::from_str(&text).expect("decode");
        assert_eq!(&back, status);
        assert!(!back.is_other());
    }
    assert_eq!(
        serde_json::to_string(&JobStatus::Other("PAUSED".into())).unwrap_or_default(),
        "\"PAUSED\""
    );
}

#[test]
fn a_wrong_type_is_a_clear_error() {
    let err = decode(r#"{"requestId":"r","data":{"id":"ten"}}"#).expect_err("wrong type refused");
    let text = err.to_string();
    assert!(
        text.contains("invalid type: string \"ten\", expected i64"),
        "{text}"
    );
}

#[test]
fn a_missing_job_id_is_an_error() {
    let err = decode(r#"{"requestId":"r","data":{"name":"x"}}"#).expect_err("id is required");
    assert!(err.to_string().contains("missing field `id`"), "{err}");
}

/// The committed example answers, read from `openapi/examples/` as `(action, body)`.
fn example_answers() -> Vec<(String, serde_json::Value)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/examples");
    let mut answers = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("examples folder") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("file name");
        let action = name
            .strip_suffix(".200.json")
            .unwrap_or_else(|| panic!("{name}: not named <Action>.200.json"));
        let text = std::fs::read_to_string(&path).expect("read");
        let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        answers.push((action.to_string(), body));
    }
    answers.sort_by(|a, b| a.0.cmp(&b.0));
    answers
}

/// Nulls are not written back (`None` is skipped), so they are not compared.
fn without_nulls(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

#[test]
fn every_operation_has_an_example_answer() {
    let answers: Vec<String> = example_answers().into_iter().map(|(a, _)| a).collect();
    let mut actions: Vec<String> = mms_api::ROUTES
        .iter()
        .map(|route| route.action.to_string())
        .collect();
    actions.sort();
    assert_eq!(answers, actions);
}

#[test]
fn every_example_answer_decodes_into_its_response_type_without_loss() {
    for (action, body) in example_answers() {
        let schema = format!("{action}Response");
        let again = mms_api::schema_round_trip(&schema, &body)
            .unwrap_or_else(|| panic!("{action}: no generated type {schema}"))
            .unwrap_or_else(|e| panic!("{action}: {e}"));
        assert_eq!(
            again,
            without_nulls(&body),
            "{action}: the generated {schema} changes the example"
        );
        assert!(
            again.get("data").is_some(),
            "{action}: the example has no data"
        );
    }
}

#[test]
fn a_wrong_type_deep_in_an_example_answer_is_refused() {
    let (_, mut body) = example_answers()
        .into_iter()
        .find(|(action, _)| action == "ListMmsTables")
        .expect("ListMmsTables example");
    body["data"]["objectList"][0]["schema"]["columns"][0]["nullable"] = serde_json::json!("no");
    let err = mms_api::schema_round_trip("ListMmsTablesResponse", &body)
        .expect("a generated type")
        .expect_err("a string where a boolean belongs");
    assert!(err.contains("expected a boolean"), "{err}");
}
