//! The whole migration lifecycle through the API, on a stopped clock moved by hand: data
//! source, scan, catalog, job, tasks, a planned failure, retry, timers, deletion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Duration;

use mms_emulator::{start, EmulatorConfig, PlannedFailure, RunningEmulator};
use serde_json::{json, Value};
use support::*;

const CATALOG: &str = r#"{"catalogs": {"warehouse": {"dbs": [
    {"name": "sales", "tables": [
        {"name": "orders", "numRows": 5000, "partitions":
            ["ds=2024-01-01", "ds=2024-01-02", "ds=2024-01-03", "ds=2024-01-04", "ds=2024-01-05"]},
        {"name": "customers", "numRows": 800},
        {"name": "products", "numRows": 120}]},
    {"name": "crm", "tables": [{"name": "leads", "numRows": 100}, {"name": "contacts", "numRows": 50}]}]}}}"#;

async fn emulator() -> RunningEmulator {
    start(
        EmulatorConfig::default()
            .without_demo()
            .speed(0.0)
            .fixtures_json(CATALOG)
            .unwrap()
            .fail(PlannedFailure::table("sales.customers").reason("disk quota of mc_wh exceeded")),
    )
    .await
    .unwrap()
}

fn minutes(n: u64) -> Duration {
    Duration::from_secs(60 * n)
}

/// Creates a HIVE data source and starts its agent; the source's path.
async fn started_hive_source(emu: &RunningEmulator, api: Api<'_>) -> String {
    let id = api
        .send("CreateMmsDataSource", "POST", "/api/v1/mms/datasources", Some(json!({"name": "warehouse", "type": "HIVE", "config": {"hive.metastore.uris": "thrift://h:1"}})))
        .await
        .ok("source")["dataSourceId"]
        .as_i64()
        .unwrap();
    let source = format!("/api/v1/mms/datasources/{id}");
    api.send(
        "UpdateMmsDataSource",
        "PUT",
        &source,
        Some(json!({"action": "START"})),
    )
    .await
    .ok("start");
    emu.advance_clock(Duration::from_secs(5));
    source
}

/// Waits (on the virtual clock) for an async task and returns it.
async fn finished_async_task(emu: &RunningEmulator, api: Api<'_>, source: i64, id: i64) -> Value {
    let path = format!("/api/v1/mms/datasources/{source}/asyncTasks/{id}");
    let task = api.data("GetMmsAsyncTask", &path, &[]).await;
    assert_eq!(task["status"], "DOING", "{task}");
    assert_eq!(task["running"], true);
    emu.advance_clock(Duration::from_secs(5));
    let task = api.data("GetMmsAsyncTask", &path, &[]).await;
    assert_eq!(task["running"], false, "{task}");
    assert_eq!(task["progress"], 100, "{task}");
    task
}

#[tokio::test]
async fn a_complete_migration() {
    let emu = emulator().await;
    let api = Api::new(&emu);

    // A data source, stopped until started.
    let created = api
        .send(
            "CreateMmsDataSource",
            "POST",
            "/api/v1/mms/datasources",
            Some(json!({"name": "warehouse", "type": "HIVE",
                        "config": {"hive.metastore.uris": "thrift://hive:9083",
                                   "hive.password": "s3cret", "dst.project": "mc_wh"}})),
        )
        .await
        .ok("create source");
    let id = created["dataSourceId"].as_i64().unwrap();
    let source = format!("/api/v1/mms/datasources/{id}");
    let info = api
        .data("GetMmsDataSource", &source, &[("withConfig", "True")])
        .await;
    assert_eq!(
        (info["status"].as_str(), info["agentIsOnline"].as_bool()),
        (Some("STOPPED"), Some(false))
    );
    assert_eq!(info["type"], "HIVE");
    let password = info["config"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["key"] == "hive.password")
        .unwrap();
    assert_eq!(password["value"], "******", "secrets are never shown back");
    assert!(!info.to_string().contains("s3cret"));
    assert!(!format!("{emu:?}").contains("s3cret"), "nor in Debug");

    let scans = format!("{source}/scans");
    let message = api
        .send("CreateMmsFetchMetadataJob", "POST", &scans, None)
        .await
        .assert_service_error(409, "IncorrectStatus");
    assert!(message.contains("STOPPED"), "{message}");

    let update = api
        .send(
            "UpdateMmsDataSource",
            "PUT",
            &source,
            Some(json!({"action": "START"})),
        )
        .await
        .ok("start source");
    assert_eq!(update["sourceId"], id);
    let info = api.data("GetMmsDataSource", &source, &[]).await;
    assert_eq!(info["status"], "STARTING");
    let task = finished_async_task(&emu, api, id, update["asyncTaskId"].as_i64().unwrap()).await;
    assert_eq!(task["status"], "DONE", "{task}");
    let info = api.data("GetMmsDataSource", &source, &[]).await;
    assert_eq!(
        (info["status"].as_str(), info["agentIsOnline"].as_bool()),
        (Some("STARTED"), Some(true))
    );

    // The scan discovers the catalog over time.
    let scan = api
        .send("CreateMmsFetchMetadataJob", "POST", &scans, Some(json!({})))
        .await
        .ok("scan");
    let scan_path = format!("{scans}/{}", scan["scanId"]);
    let job = api.data("GetMmsFetchMetadataJob", &scan_path, &[]).await;
    assert_eq!(job["status"], "DOING");
    emu.advance_clock(Duration::from_secs(2));
    let midway = api.data("GetMmsFetchMetadataJob", &scan_path, &[]).await;
    let progress = midway["progress"].as_f64().unwrap();
    assert!(progress > 0.0 && progress < 10_000.0, "{midway}");
    let dbs = api.data("ListMmsDbs", &format!("{source}/dbs"), &[]).await;
    let some = dbs["total"].as_i64().unwrap();
    emu.advance_clock(minutes(1));
    let done = api.data("GetMmsFetchMetadataJob", &scan_path, &[]).await;
    assert_eq!(
        (done["status"].as_str(), done["progress"].as_f64()),
        (Some("DONE"), Some(10_000.0))
    );
    let result: Value = serde_json::from_str(done["result"].as_str().unwrap()).unwrap();
    assert_eq!(result, json!({"dbs": 2, "tables": 5, "partitions": 5}));
    let dbs = api
        .data(
            "ListMmsDbs",
            &format!("{source}/dbs"),
            &[("sorter", r#"{"numRows":"desc"}"#)],
        )
        .await;
    assert_eq!(dbs["total"], 2);
    assert!(some <= 2);
    assert_eq!(
        dbs["objectList"][0]["name"], "sales",
        "sorted by rows, most first"
    );
    let info = api.data("GetMmsDataSource", &source, &[]).await;
    assert_eq!(
        (
            info["dbNum"].as_i64(),
            info["tableNum"].as_i64(),
            info["partitionNum"].as_i64()
        ),
        (Some(2), Some(5), Some(5))
    );
    assert_eq!(info["scanStatus"], "DONE");

    // Inventory.
    let tables = format!("{source}/tables");
    let sales = api
        .data(
            "ListMmsTables",
            &tables,
            &[("dbName", "sales"), ("sorter.numRows", "asc")],
        )
        .await;
    let names: Vec<&str> = sales["objectList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["products", "customers", "orders"]);
    let partitioned = api
        .data("ListMmsTables", &tables, &[("hasPartitions", "True")])
        .await;
    assert_eq!(partitioned["total"], 1);
    let orders = &partitioned["objectList"][0];
    assert_eq!(orders["schema"]["partitions"][0]["name"], "ds");
    let orders_id = orders["id"].as_i64().unwrap();
    let partitions = format!("{source}/partitions");
    let page = api
        .data(
            "ListMmsPartitions",
            &partitions,
            &[("tableName", "orders"), ("pageSize", "2"), ("pageNum", "3")],
        )
        .await;
    assert_eq!(
        (
            page["total"].as_i64(),
            page["pageNum"].as_i64(),
            page["pageSize"].as_i64()
        ),
        (Some(5), Some(3), Some(2))
    );
    assert_eq!(page["objectList"].as_array().unwrap().len(), 1);
    assert_eq!(page["objectList"][0]["value"], "ds=2024-01-05");
    let partition_id = page["objectList"][0]["id"].as_i64().unwrap();
    let partition = api
        .data(
            "GetMmsPartition",
            &format!("{partitions}/{partition_id}"),
            &[],
        )
        .await;
    assert_eq!(partition["tableName"], "orders");
    let init = api
        .data(
            "ListMmsPartitions",
            &partitions,
            &[("status", r#"["INIT"]"#)],
        )
        .await;
    assert_eq!(init["total"], 5);

    // Destinations.
    let table_path = format!("{tables}/{orders_id}");
    api.send(
        "UpdateMmsTable",
        "PUT",
        &table_path,
        Some(json!({"dstName": "orders_mc"})),
    )
    .await
    .ok("rename destination");
    let table = api.data("GetMmsTable", &table_path, &[]).await;
    assert_eq!(
        (table["dstName"].as_str(), table["dstProjectName"].as_str()),
        (Some("orders_mc"), Some("mc_wh"))
    );
    let db_id = table["dbId"].as_i64().unwrap();
    api.send(
        "UpdateMmsDb",
        "PUT",
        &format!("{source}/dbs/{db_id}"),
        Some(json!({"dstName": "sales"})),
    )
    .await
    .ok("db schema");
    let changed = api
        .send("UpdateMmsTables", "PUT", &tables, Some(json!({"dbName": "sales", "tableNames": ["customers", "products"], "dstProjectName": "mc_wh2"})))
        .await
        .ok("tables");
    assert_eq!(changed, 2);
    let db = api
        .data("GetMmsDb", &format!("{source}/dbs/{db_id}"), &[])
        .await;
    assert_eq!(
        (db["dstName"].as_str(), db["tables"].as_i64()),
        (Some("sales"), Some(3))
    );

    // A job: created by an async task, split into a task per table and per partition.
    let jobs = format!("{source}/jobs");
    let created = api
        .send(
            "CreateMmsJob",
            "POST",
            &jobs,
            Some(json!({"name": "nightly", "srcDbName": "sales", "enableVerification": true})),
        )
        .await
        .ok("create job");
    let task = finished_async_task(&emu, api, id, created["asyncTaskId"].as_i64().unwrap()).await;
    assert_eq!(
        (task["status"].as_str(), task["type"].as_str()),
        (Some("DONE"), Some("TASK_CREATE"))
    );
    let job_id = task["objectId"].as_i64().unwrap();
    let job_path = format!("{jobs}/{job_id}");
    let job = api.data("GetMmsJob", &job_path, &[]).await;
    assert_eq!(
        (
            job["status"].as_str(),
            job["taskNum"].as_i64(),
            job["taskDone"].as_i64()
        ),
        (Some("INIT"), Some(7), Some(0))
    );
    assert_eq!(
        (
            job["type"].as_str(),
            job["stopped"].as_bool(),
            job["dstDbName"].as_str()
        ),
        (Some("Database"), Some(false), Some("mc_wh"))
    );

    // Start it; starting again or retrying it now is refused.
    assert_eq!(
        api.send("StartMmsJob", "POST", &format!("{job_path}/start"), None)
            .await
            .ok("start"),
        job_id
    );
    let message = api
        .send("StartMmsJob", "POST", &format!("{job_path}/start"), None)
        .await
        .assert_service_error(409, "IncorrectStatus");
    assert!(message.contains("running"), "{message}");
    let message = api
        .send("RetryMmsJob", "POST", &format!("{job_path}/retry"), None)
        .await
        .assert_service_error(409, "IncorrectStatus");
    assert!(message.contains("only a FAILED job"), "{message}");
    let message = api
        .send("DeleteMmsDataSource", "DELETE", &source, None)
        .await
        .assert_service_error(409, "IncorrectStatus");
    assert!(message.contains("running jobs"), "{message}");
    let job = api.data("GetMmsJob", &job_path, &[]).await;
    assert_eq!(job["status"], "DOING");
    let tasks = format!("{source}/tasks");
    let listed = api
        .data(
            "ListMmsTasks",
            &tasks,
            &[("jobId", &job_id.to_string()), ("sorter.startTime", "asc")],
        )
        .await;
    assert_eq!(listed["total"], 7);
    assert!(listed["objectList"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["running"] == true && t["status"] == "SCHEMA_DOING"));
    let renamed = api
        .data(
            "ListMmsTasks",
            &tasks,
            &[
                ("dstTableName", "orders_mc"),
                ("partition", "ds=2024-01-02"),
            ],
        )
        .await;
    assert_eq!(renamed["total"], 1);

    // The planned failure: customers fails in DATA, the job ends FAILED once nothing runs.
    emu.advance_clock(minutes(10));
    let job = api.data("GetMmsJob", &job_path, &[]).await;
    assert_eq!(
        (job["status"].as_str(), job["taskDone"].as_i64()),
        (Some("FAILED"), Some(6)),
        "{job}"
    );
    let failed = api
        .data(
            "ListMmsTasks",
            &tasks,
            &[("jobId", &job_id.to_string()), ("status", "DATA_FAILED")],
        )
        .await;
    assert_eq!(failed["total"], 1, "{failed}");
    let failed_task = &failed["objectList"][0];
    assert_eq!(failed_task["srcTableName"], "customers");
    let task_id = failed_task["id"].as_i64().unwrap();
    let logs = api
        .data("ListMmsTaskLogs", &format!("{tasks}/{task_id}/logs"), &[])
        .await;
    let last = logs.as_array().unwrap().last().unwrap();
    assert_eq!(
        (last["status"].as_str(), last["msg"].as_str()),
        (Some("DATA_FAILED"), Some("disk quota of mc_wh exceeded"))
    );
    let table = api
        .data("ListMmsTables", &tables, &[("status", r#"["FAILED"]"#)])
        .await;
    assert_eq!(table["objectList"][0]["name"], "customers");

    // Retry the task: a DONE one cannot be, the failed one resumes at DATA and succeeds.
    let done_task = api
        .data("ListMmsTasks", &tasks, &[("status", "DONE")])
        .await["objectList"][0]["id"]
        .as_i64()
        .unwrap();
    api.send(
        "RetryMmsTask",
        "POST",
        &format!("{tasks}/{done_task}/retry"),
        None,
    )
    .await
    .assert_service_error(409, "IncorrectStatus");
    assert_eq!(
        api.send(
            "RetryMmsTask",
            "POST",
            &format!("{tasks}/{task_id}/retry"),
            None
        )
        .await
        .ok("retry task"),
        task_id
    );
    let task = api
        .data("GetMmsTask", &format!("{tasks}/{task_id}"), &[])
        .await;
    assert_eq!(
        (
            task["status"].as_str(),
            task["retriedTimes"].as_i64(),
            task["running"].as_bool()
        ),
        (Some("DATA_DOING"), Some(1), Some(true))
    );
    assert_eq!(
        api.data("GetMmsJob", &job_path, &[]).await["status"],
        "DOING"
    );
    emu.advance_clock(minutes(10));
    let job = api.data("GetMmsJob", &job_path, &[]).await;
    assert_eq!(
        (
            job["status"].as_str(),
            job["taskDone"].as_i64(),
            job["taskNum"].as_i64()
        ),
        (Some("DONE"), Some(7), Some(7))
    );
    let info = api.data("GetMmsDataSource", &source, &[]).await;
    assert_eq!(
        (
            info["tablesDoneNum"].as_i64(),
            info["partitionsDoneNum"].as_i64()
        ),
        (Some(3), Some(5))
    );
    api.send("StopMmsJob", "POST", &format!("{job_path}/stop"), None)
        .await
        .assert_service_error(409, "IncorrectStatus");

    // A timer: created, paused, triggered by hand, logged, deleted.
    let timers = format!("{source}/timers");
    let created = api
        .send("CreateMmsTimer", "POST", &timers, Some(json!({"name": "crm-daily", "srcDbName": "crm", "scheduleType": "Daily", "value": "02:00"})))
        .await
        .ok("timer");
    let timer_path = format!("{timers}/{}", created["timerId"]);
    let timer = api.data("GetMmsTimer", &timer_path, &[]).await;
    assert_eq!(
        (
            timer["scheduleType"].as_str(),
            timer["value"].as_str(),
            timer["stopped"].as_bool()
        ),
        (Some("Daily"), Some("02:00"), Some(false))
    );
    api.send(
        "UpdateMmsTimer",
        "PUT",
        &timer_path,
        Some(json!({"stopped": true, "tableBlackList": ["contacts"]})),
    )
    .await
    .ok("pause");
    let paused = api
        .data("ListMmsTimers", &timers, &[("stopped", "true")])
        .await;
    assert_eq!(paused["total"], 1);
    assert_eq!(
        api.send(
            "TriggerMmsTimer",
            "POST",
            &format!("{timer_path}/trigger"),
            None
        )
        .await
        .ok("trigger"),
        created["timerId"]
    );
    let logs = api
        .data("ListMmsTimerLogs", &format!("{timer_path}/logs"), &[])
        .await;
    assert_eq!(
        (
            logs["total"].as_i64(),
            logs["objectList"][0]["status"].as_str()
        ),
        (Some(1), Some("DONE"))
    );
    let spawned = api
        .data(
            "ListMmsJobs",
            &jobs,
            &[("timerId", &created["timerId"].to_string())],
        )
        .await;
    assert_eq!(spawned["total"], 1);
    let spawned_job = &spawned["objectList"][0];
    assert_eq!(
        (
            spawned_job["status"].as_str(),
            spawned_job["taskNum"].as_i64()
        ),
        (Some("DOING"), Some(1)),
        "the black list leaves leads only"
    );
    emu.advance_clock(minutes(10));
    api.send("DeleteMmsTimer", "DELETE", &timer_path, None)
        .await
        .ok("delete timer");
    api.get("GetMmsTimer", &timer_path, &[])
        .await
        .assert_service_error(404, "NoSuchMmsTimer");

    // Delete the job, then the source: 404 afterwards.
    assert_eq!(
        api.send("DeleteMmsJob", "POST", &job_path, None)
            .await
            .ok("delete job"),
        job_id
    );
    let message = api
        .get("GetMmsJob", &job_path, &[])
        .await
        .assert_service_error(404, "NoSuchMmsJob");
    assert!(message.contains(&job_id.to_string()), "{message}");
    api.get("GetMmsTask", &format!("{tasks}/{task_id}"), &[])
        .await
        .assert_service_error(404, "NoSuchMmsTask");
    assert_eq!(
        api.send("DeleteMmsDataSource", "DELETE", &source, None)
            .await
            .ok("delete source"),
        id
    );
    let message = api
        .get("GetMmsDataSource", &source, &[])
        .await
        .assert_service_error(404, "NoSuchMmsDataSource");
    assert!(message.contains(&id.to_string()), "{message}");
    let sources = api
        .data("ListMmsDataSources", "/api/v1/mms/datasources", &[])
        .await;
    assert_eq!(sources["total"], 0);
}

#[tokio::test]
async fn stop_keeps_the_status_and_start_resumes() {
    let emu = emulator().await;
    let api = Api::new(&emu);
    let source = started_hive_source(&emu, api).await;
    api.send(
        "CreateMmsFetchMetadataJob",
        "POST",
        &format!("{source}/scans"),
        Some(json!({"dbName": "crm"})),
    )
    .await
    .ok("scan");
    emu.advance_clock(minutes(1));
    let created = api
        .send(
            "CreateMmsJob",
            "POST",
            &format!("{source}/jobs"),
            Some(json!({"name": "crm", "srcDbName": "crm", "tables": ["leads", "contacts"]})),
        )
        .await
        .ok("job");
    emu.advance_clock(Duration::from_secs(5));
    let job_id = api
        .data(
            "GetMmsAsyncTask",
            &format!("{source}/asyncTasks/{}", created["asyncTaskId"]),
            &[],
        )
        .await["objectId"]
        .as_i64()
        .unwrap();
    let job_path = format!("{source}/jobs/{job_id}");
    api.send("StopMmsJob", "POST", &format!("{job_path}/stop"), None)
        .await
        .assert_service_error(409, "IncorrectStatus");
    api.send("StartMmsJob", "POST", &format!("{job_path}/start"), None)
        .await
        .ok("start");
    emu.advance_clock(Duration::from_secs(2));
    api.send("StopMmsJob", "POST", &format!("{job_path}/stop"), None)
        .await
        .ok("stop");
    let job = api.data("GetMmsJob", &job_path, &[]).await;
    assert_eq!(
        (job["status"].as_str(), job["stopped"].as_bool()),
        (Some("DOING"), Some(true)),
        "{job}"
    );
    let tasks = api
        .data(
            "ListMmsTasks",
            &format!("{source}/tasks"),
            &[("jobId", &job_id.to_string())],
        )
        .await;
    assert!(
        tasks["objectList"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["stopped"] == true && t["running"] == false),
        "{tasks}"
    );
    // Time passes; a stopped job does not move.
    emu.advance_clock(minutes(30));
    assert_eq!(api.data("GetMmsJob", &job_path, &[]).await["taskDone"], 0);
    let stopped = api
        .data(
            "ListMmsJobs",
            &format!("{source}/jobs"),
            &[("stopped", "1")],
        )
        .await;
    assert_eq!(stopped["total"], 1);
    api.send("StartMmsJob", "POST", &format!("{job_path}/start"), None)
        .await
        .ok("resume");
    emu.advance_clock(minutes(30));
    let job = api.data("GetMmsJob", &job_path, &[]).await;
    assert_eq!(
        (
            job["status"].as_str(),
            job["stopped"].as_bool(),
            job["taskDone"].as_i64()
        ),
        (Some("DONE"), Some(false), Some(2))
    );
    let logs = api
        .data(
            "ListMmsTaskLogs",
            &format!("{source}/tasks/{}/logs", tasks["objectList"][0]["id"]),
            &[],
        )
        .await;
    let actions: Vec<&str> = logs
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"STOP") && actions.last() == Some(&"FINISH"),
        "{actions:?}"
    );
}

#[tokio::test]
async fn a_timer_fires_on_its_schedule() {
    let emu = emulator().await;
    let api = Api::new(&emu);
    let source = started_hive_source(&emu, api).await;
    api.send(
        "CreateMmsFetchMetadataJob",
        "POST",
        &format!("{source}/scans"),
        None,
    )
    .await
    .ok("scan");
    emu.advance_clock(minutes(2));
    let timer = api
        .send("CreateMmsTimer", "POST", &format!("{source}/timers"), Some(json!({"name": "hourly", "srcDbName": "crm", "tables": ["leads"], "scheduleType": "Hourly", "value": "30"})))
        .await
        .ok("timer")["timerId"]
        .clone();
    let logs = format!("{source}/timers/{timer}/logs");
    assert_eq!(api.data("ListMmsTimerLogs", &logs, &[]).await["total"], 0);
    emu.advance_clock(minutes(61));
    let logs = api.data("ListMmsTimerLogs", &logs, &[]).await;
    assert_eq!(logs["total"], 1, "{logs}");
    assert_eq!(
        (
            logs["objectList"][0]["action"].as_str(),
            logs["objectList"][0]["status"].as_str()
        ),
        (Some("SCHEDULE"), Some("DONE"))
    );
    let jobs = api
        .data(
            "ListMmsJobs",
            &format!("{source}/jobs"),
            &[("timerId", &timer.to_string())],
        )
        .await;
    assert_eq!(jobs["total"], 1);
    assert!(jobs["objectList"][0]["name"]
        .as_str()
        .unwrap()
        .starts_with("hourly_"));
}
