//! The errors a user meets: unknown objects (404 naming them), missing or bad parameters and
//! body fields (400 naming them), actions the current state does not allow (409 saying why).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use mms_emulator::{start, EmulatorConfig, RunningEmulator};
use serde_json::json;
use support::*;

const DEMO: &str = "/api/v1/mms/datasources/2";

async fn demo() -> RunningEmulator {
    start(EmulatorConfig::default().speed(0.0)).await.unwrap()
}

#[tokio::test]
async fn unknown_objects_are_404_naming_them() {
    let emu = demo().await;
    let api = Api::new(&emu);
    for (action, path, code) in [
        (
            "GetMmsDataSource",
            "/api/v1/mms/datasources/99".to_owned(),
            "NoSuchMmsDataSource",
        ),
        ("GetMmsDb", format!("{DEMO}/dbs/99"), "NoSuchMmsDb"),
        ("GetMmsTable", format!("{DEMO}/tables/99"), "NoSuchMmsTable"),
        (
            "GetMmsPartition",
            format!("{DEMO}/partitions/99"),
            "NoSuchMmsPartition",
        ),
        (
            "GetMmsFetchMetadataJob",
            format!("{DEMO}/scans/99"),
            "NoSuchMmsFetchMetadataJob",
        ),
        (
            "GetMmsAsyncTask",
            format!("{DEMO}/asyncTasks/99"),
            "NoSuchMmsAsyncTask",
        ),
        ("GetMmsJob", format!("{DEMO}/jobs/99"), "NoSuchMmsJob"),
        ("GetMmsTask", format!("{DEMO}/tasks/99"), "NoSuchMmsTask"),
        (
            "ListMmsTaskLogs",
            format!("{DEMO}/tasks/99/logs"),
            "NoSuchMmsTask",
        ),
        ("GetMmsTimer", format!("{DEMO}/timers/99"), "NoSuchMmsTimer"),
        (
            "ListMmsTimerLogs",
            format!("{DEMO}/timers/99/logs"),
            "NoSuchMmsTimer",
        ),
    ] {
        let message = api
            .get(action, &path, &[])
            .await
            .assert_service_error(404, code);
        assert!(message.contains("99"), "{action}: {message}");
    }
    let message = api
        .get("ListMmsTasks", &format!("{DEMO}/tasks"), &[("jobId", "99")])
        .await
        .assert_service_error(404, "NoSuchMmsJob");
    assert!(message.contains("99"), "{message}");
    for (action, method, path) in [
        ("StartMmsJob", "POST", format!("{DEMO}/jobs/99/start")),
        ("RetryMmsTask", "POST", format!("{DEMO}/tasks/99/retry")),
        ("DeleteMmsTimer", "DELETE", format!("{DEMO}/timers/99")),
        (
            "TriggerMmsTimer",
            "POST",
            format!("{DEMO}/timers/99/trigger"),
        ),
        ("UpdateMmsTable", "PUT", format!("{DEMO}/tables/99")),
    ] {
        let answer = api
            .send(action, method, &path, Some(json!({"dstName": "x"})))
            .await;
        assert_eq!(answer.status, 404, "{action}: {}", answer.body);
        assert!(
            answer.body["message"].as_str().unwrap().contains("99"),
            "{action}"
        );
    }

    // Names in a job's scope.
    let jobs = format!("{DEMO}/jobs");
    for (body, code, named) in [
        (
            json!({"name": "j", "srcDbName": "nope"}),
            "NoSuchMmsDb",
            "nope",
        ),
        (
            json!({"name": "j", "srcDbName": "mms_test", "tables": ["orders", "nope"]}),
            "NoSuchMmsTable",
            "mms_test.nope",
        ),
        (
            json!({"name": "j", "srcDbName": "mms_test", "partitions": [99]}),
            "NoSuchMmsPartition",
            "99",
        ),
    ] {
        let message = api
            .send("CreateMmsJob", "POST", &jobs, Some(body))
            .await
            .assert_service_error(404, code);
        assert!(message.contains(named), "{message}");
    }
}

#[tokio::test]
async fn bad_parameters_and_fields_are_400_naming_them() {
    let emu = demo().await;
    let api = Api::new(&emu);
    let sources = "/api/v1/mms/datasources";
    let jobs = format!("{DEMO}/jobs");
    let writes = [
        (
            "CreateMmsJob",
            "POST",
            jobs.clone(),
            json!({"srcDbName": "mms_test"}),
            "MissingParameter",
            "name",
        ),
        (
            "CreateMmsJob",
            "POST",
            jobs.clone(),
            json!({"name": "j"}),
            "MissingParameter",
            "srcDbName",
        ),
        (
            "CreateMmsJob",
            "POST",
            jobs.clone(),
            json!({"name": "j", "srcDbName": "mms_test", "tables": "orders"}),
            "InvalidParameter",
            "tables",
        ),
        (
            "CreateMmsJob",
            "POST",
            jobs.clone(),
            json!({"name": "j", "srcDbName": "mms_test", "partitionFilters": {"orders": "ds >"}}),
            "InvalidParameter",
            "partitionFilters.orders",
        ),
        (
            "CreateMmsJob",
            "POST",
            jobs.clone(),
            json!({"name": "j", "srcDbName": "mms_test", "sourceId": 3}),
            "InvalidParameter",
            "sourceId",
        ),
        (
            "CreateMmsDataSource",
            "POST",
            sources.to_owned(),
            json!({"name": "x", "type": "ORACLE"}),
            "InvalidParameter",
            "type",
        ),
        (
            "CreateMmsDataSource",
            "POST",
            sources.to_owned(),
            json!({"type": "HIVE"}),
            "MissingParameter",
            "name",
        ),
        (
            "CreateMmsDataSource",
            "POST",
            sources.to_owned(),
            json!({"name": "x", "type": "HIVE", "config": {"hive.port": 1}}),
            "InvalidParameter",
            "config.hive.port",
        ),
        (
            "CreateMmsDataSource",
            "POST",
            sources.to_owned(),
            json!({"name": "x", "type": "HIVE", "config": {"kerberos.enabled": "yes"}}),
            "InvalidParameter",
            "config.kerberos.enabled",
        ),
        (
            "UpdateMmsDataSource",
            "PUT",
            DEMO.to_owned(),
            json!({"action": "JUMP"}),
            "InvalidParameter",
            "action",
        ),
        (
            "UpdateMmsDataSource",
            "PUT",
            DEMO.to_owned(),
            json!({}),
            "MissingParameter",
            "action",
        ),
        (
            "UpdateMmsDataSource",
            "PUT",
            DEMO.to_owned(),
            json!({"action": "RENAME"}),
            "MissingParameter",
            "name",
        ),
        (
            "CreateMmsTimer",
            "POST",
            format!("{DEMO}/timers"),
            json!({"name": "t", "srcDbName": "mms_test", "scheduleType": "Daily", "value": "25:00"}),
            "InvalidParameter",
            "value",
        ),
        (
            "CreateMmsTimer",
            "POST",
            format!("{DEMO}/timers"),
            json!({"name": "t", "srcDbName": "mms_test", "scheduleType": "Weekly", "value": "1"}),
            "InvalidParameter",
            "scheduleType",
        ),
        (
            "UpdateMmsTables",
            "PUT",
            format!("{DEMO}/tables"),
            json!({"status": "DONE"}),
            "MissingParameter",
            "tables",
        ),
        (
            "UpdateMmsTable",
            "PUT",
            format!("{DEMO}/tables/100"),
            json!({"status": "GONE"}),
            "InvalidParameter",
            "status",
        ),
    ];
    for (action, method, path, body, code, named) in writes {
        let message = api
            .send(action, method, &path, Some(body.clone()))
            .await
            .assert_service_error(400, code);
        assert!(message.contains(named), "{action} {body}: {message}");
    }
    let reads = [
        ("ListMmsJobs", jobs.clone(), ("pageNum", "0"), "pageNum"),
        (
            "ListMmsJobs",
            jobs.clone(),
            ("pageSize", "many"),
            "pageSize",
        ),
        (
            "ListMmsJobs",
            jobs.clone(),
            ("pageSize", "100000"),
            "pageSize",
        ),
        (
            "ListMmsJobs",
            jobs.clone(),
            ("sorter.name", "asc"),
            "sorter.name",
        ),
        (
            "ListMmsJobs",
            jobs.clone(),
            ("sorter.status", "up"),
            "sorter.status",
        ),
        ("ListMmsJobs", jobs.clone(), ("status", "RUNNING"), "status"),
        ("ListMmsJobs", jobs.clone(), ("stopped", "maybe"), "stopped"),
        (
            "ListMmsTables",
            format!("{DEMO}/tables"),
            ("hasPartitions", "maybe"),
            "hasPartitions",
        ),
        (
            "ListMmsTables",
            format!("{DEMO}/tables"),
            ("status", r#"["DONE","LOST"]"#),
            "status",
        ),
        (
            "ListMmsTables",
            format!("{DEMO}/tables"),
            ("lastDdlTimeStart", "yesterday"),
            "lastDdlTimeStart",
        ),
        (
            "ListMmsDbs",
            format!("{DEMO}/dbs"),
            ("sorter", "numRows desc"),
            "sorter",
        ),
        (
            "ListMmsPartitions",
            format!("{DEMO}/partitions"),
            ("tableId", "x"),
            "tableId",
        ),
        (
            "ListMmsDataSourceConfigItems",
            "/api/v1/mms/configItems".to_owned(),
            ("lang", "en_US"),
            "sourceType",
        ),
        (
            "GetMmsDataSource",
            DEMO.to_owned(),
            ("lang", "fr_FR"),
            "lang",
        ),
    ];
    for (action, path, (key, value), named) in reads {
        let answer = api.get(action, &path, &[(key, value)]).await;
        assert_eq!(
            answer.status, 400,
            "{action} {key}={value}: {}",
            answer.body
        );
        let message = answer.body["message"].as_str().unwrap();
        assert!(message.contains(named), "{action} {key}={value}: {message}");
    }

    // A body that is not JSON.
    let mut spec = RequestSpec::new(ACS3, demo_credentials(), &jobs);
    spec.action = "CreateMmsJob".into();
    spec.method = "POST".into();
    spec.body = b"{name: j".to_vec();
    call(&emu, &spec)
        .await
        .assert_service_error(400, "InvalidParameter");
}

#[tokio::test]
async fn booleans_are_taken_as_the_python_sdk_and_others_send_them() {
    let emu = demo().await;
    let api = Api::new(&emu);
    let tables = format!("{DEMO}/tables");
    let mut totals = Vec::new();
    for value in ["True", "true", "False", "false"] {
        totals.push(
            api.data("ListMmsTables", &tables, &[("hasPartitions", value)])
                .await["total"]
                .clone(),
        );
    }
    assert_eq!(totals[0], totals[1]);
    assert_eq!(totals[2], totals[3]);
    assert_eq!(
        totals[0], 3,
        "orders, events and fact_sales are partitioned"
    );
    assert_eq!(totals[2], 5);
}

#[tokio::test]
async fn actions_the_state_does_not_allow_are_409_saying_why() {
    let emu = demo().await;
    let api = Api::new(&emu);
    let jobs = api
        .data(
            "ListMmsJobs",
            &format!("{DEMO}/jobs"),
            &[("pageSize", "50")],
        )
        .await;
    let id_of = |status: &str| {
        jobs["objectList"]
            .as_array()
            .unwrap()
            .iter()
            .find(|j| j["status"] == status && j["id"] != 10)
            .unwrap()["id"]
            .as_i64()
            .unwrap()
    };
    let (done, doing, failed) = (id_of("DONE"), id_of("DOING"), id_of("FAILED"));
    for (action, path, why) in [
        (
            "StartMmsJob",
            format!("{DEMO}/jobs/{doing}/start"),
            "running",
        ),
        ("StartMmsJob", format!("{DEMO}/jobs/{done}/start"), "DONE"),
        (
            "RetryMmsJob",
            format!("{DEMO}/jobs/{done}/retry"),
            "only a FAILED job",
        ),
        (
            "RetryMmsJob",
            format!("{DEMO}/jobs/{doing}/retry"),
            "only a FAILED job",
        ),
        (
            "StopMmsJob",
            format!("{DEMO}/jobs/{failed}/stop"),
            "nothing to stop",
        ),
        ("DeleteMmsJob", format!("{DEMO}/jobs/{doing}"), "StopMmsJob"),
    ] {
        let message = api
            .send(action, "POST", &path, None)
            .await
            .assert_service_error(409, "IncorrectStatus");
        assert!(message.contains(why), "{action} {path}: {message}");
    }
    let message = api
        .send("DeleteMmsDataSource", "DELETE", DEMO, None)
        .await
        .assert_service_error(409, "IncorrectStatus");
    assert!(message.contains(&format!("job {doing}")), "{message}");
    let message = api
        .send(
            "UpdateMmsDataSource",
            "PUT",
            DEMO,
            Some(json!({"action": "START"})),
        )
        .await
        .assert_service_error(409, "IncorrectStatus");
    assert!(message.contains("STARTED already"), "{message}");
    let message = api
        .send(
            "CreateMmsDataSource",
            "POST",
            "/api/v1/mms/datasources",
            Some(json!({"name": "demo", "type": "HIVE"})),
        )
        .await
        .assert_service_error(409, "AlreadyExists");
    assert!(message.contains("demo"), "{message}");

    // A source whose required configuration is missing fails to start, and says why.
    let id = api
        .send(
            "CreateMmsDataSource",
            "POST",
            "/api/v1/mms/datasources",
            Some(json!({"name": "bq", "type": "BIGQUERY"})),
        )
        .await
        .ok("create")["dataSourceId"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/mms/datasources/{id}");
    let task = api
        .send(
            "UpdateMmsDataSource",
            "PUT",
            &path,
            Some(json!({"action": "START"})),
        )
        .await
        .ok("start")["asyncTaskId"]
        .clone();
    emu.advance_clock(std::time::Duration::from_secs(5));
    let task = api
        .data("GetMmsAsyncTask", &format!("{path}/asyncTasks/{task}"), &[])
        .await;
    assert_eq!(task["status"], "FAILED");
    assert!(
        task["errorMsg"]
            .as_str()
            .unwrap()
            .contains("bigquery.project"),
        "{task}"
    );
    let info = api.data("GetMmsDataSource", &path, &[]).await;
    assert_eq!(info["status"], "START_FAILED");
    assert!(
        info["errMsg"]
            .as_str()
            .unwrap()
            .contains("bigquery.credentials"),
        "{info}"
    );
    let items = api
        .data(
            "ListMmsDataSourceConfigItems",
            "/api/v1/mms/configItems",
            &[("sourceType", "BIGQUERY")],
        )
        .await;
    let required: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["required"] == true)
        .map(|i| i["key"].as_str().unwrap())
        .collect();
    assert_eq!(required, ["bigquery.project", "bigquery.credentials"]);
    api.send("UpdateMmsDataSource", "PUT", &path, Some(json!({"action": "UPDATE_CONFIG", "config": {"bigquery.project": "p", "bigquery.credentials": "{}"}}))).await.ok("config");
    emu.advance_clock(std::time::Duration::from_secs(5));
    api.send(
        "UpdateMmsDataSource",
        "PUT",
        &path,
        Some(json!({"action": "START"})),
    )
    .await
    .ok("start again");
    emu.advance_clock(std::time::Duration::from_secs(5));
    let info = api.data("GetMmsDataSource", &path, &[]).await;
    assert_eq!(
        (info["status"].as_str(), info["errMsg"].as_str()),
        (Some("STARTED"), Some(""))
    );
    api.send(
        "UpdateMmsDataSource",
        "PUT",
        &path,
        Some(json!({"action": "RENAME", "name": "bq-prod"})),
    )
    .await
    .ok("rename");
    let listed = api
        .data(
            "ListMmsDataSources",
            "/api/v1/mms/datasources",
            &[("name", "bq-"), ("type", "BIGQUERY")],
        )
        .await;
    assert_eq!(
        (
            listed["total"].as_i64(),
            listed["objectList"][0]["id"].as_i64()
        ),
        (Some(1), Some(id))
    );
}
