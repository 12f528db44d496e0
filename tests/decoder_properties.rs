//! Property tests of the decoder: no input makes it panic, and whatever decodes survives a round
//! trip. `PROPTEST_CASES` sets the number of cases (256 by default; RELIABILITY.md records a run
//! of 1,000,000).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use mms_api::{types::GetMmsJobResponse, JobStatus, JobType, TaskType};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("INIT"),
            Just("DOING"),
            Just("DONE"),
            Just("FAILED"),
            Just("Tables"),
            Just("")
        ]
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(field_name(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Field names of the spec, mixed with arbitrary ones, so generated objects often hit real fields.
fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "requestId",
            "data",
            "id",
            "name",
            "sourceId",
            "dbId",
            "sourceName",
            "srcDbName",
            "srcSchemaName",
            "dstDbName",
            "dstSchemaName",
            "status",
            "type",
            "taskNum",
            "taskDone",
            "stopped",
            "createTime",
            "eta",
            "config",
            "partitions",
            "tables",
            "taskType",
            "tableBlackList",
            "tableWhiteList",
            "partitionFilters",
            "schemaOnly",
            "tableMapping",
            "increment",
            "enableVerification",
            "tunnelQuota",
            "columnMapping",
            "others",
        ])
        .prop_map(str::to_string),
        "[a-zA-Z]{1,8}",
    ]
}

/// A response-shaped document whose parts are arbitrary.
fn response_shaped() -> impl Strategy<Value = Value> {
    (any_json(), any_json(), prop::collection::btree_map(field_name(), any_json(), 0..16), any_json()).prop_map(
        |(request_id, config, mut data, extra)| {
            if !data.contains_key("id") {
                data.insert("id".into(), json!(1));
            }
            data.insert("config".into(), config);
            json!({"requestId": request_id, "data": Value::Object(data.into_iter().collect()), "x": extra})
        },
    )
}

fn round_trip(answer: &GetMmsJobResponse) {
    let text = serde_json::to_string(answer).expect("a decoded answer encodes");
    let again: GetMmsJobResponse = serde_json::from_str(&text).expect("an encoded answer decodes");
    assert_eq!(&again, answer);
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(answer) = serde_json::from_slice::<GetMmsJobResponse>(&bytes) {
            round_trip(&answer);
        }
    }

    #[test]
    fn arbitrary_json_never_panics(value in any_json()) {
        if let Ok(answer) = serde_json::from_value::<GetMmsJobResponse>(value) {
            round_trip(&answer);
        }
    }

    #[test]
    fn response_shaped_json_decodes_or_errors_and_round_trips(value in response_shaped()) {
        let text = value.to_string();
        if let Ok(answer) = serde_json::from_str::<GetMmsJobResponse>(&text) {
            round_trip(&answer);
        }
    }

    #[test]
    fn any_status_text_survives(text in ".{0,20}") {
        let status: JobStatus = serde_json::from_value(json!(text)).expect("any string is a status");
        prop_assert_eq!(status.as_str(), text.as_str());
        let kind: JobType = serde_json::from_value(json!(text)).expect("any string is a type");
        prop_assert_eq!(kind.as_str(), text.as_str());
        let task: TaskType = serde_json::from_value(json!(text)).expect("any string is a task type");
        prop_assert_eq!(task.as_str(), text.as_str());
    }
}
