//! What a job covers: whole db with white and black lists, tables, partitions by id, partition
//! filters, increments, table mapping, and which phases its tasks run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::time::Duration;

use mms_emulator::{start, EmulatorConfig, RunningEmulator};
use serde_json::{json, Value};
use support::*;

const DEMO: &str = "/api/v1/mms/datasources/2";

async fn demo() -> RunningEmulator {
    start(EmulatorConfig::default().speed(0.0)).await.unwrap()
}

/// Creates a job from `body`, lets its async task complete; returns the job and its tasks.
async fn job(emu: &RunningEmulator, body: Value) -> (Value, Vec<Value>) {
    let api = Api::new(emu);
    let created = api
        .send("CreateMmsJob", "POST", &format!("{DEMO}/jobs"), Some(body))
        .await
        .ok("create");
    emu.advance_clock(Duration::from_secs(2));
    let task = api
        .data(
            "GetMmsAsyncTask",
            &format!("{DEMO}/asyncTasks/{}", created["asyncTaskId"]),
            &[],
        )
        .await;
    let id = task["objectId"].as_i64().unwrap();
    let job = api
        .data("GetMmsJob", &format!("{DEMO}/jobs/{id}"), &[])
        .await;
    let tasks = api
        .data(
            "ListMmsTasks",
            &format!("{DEMO}/tasks"),
            &[("jobId", &id.to_string()), ("pageSize", "100")],
        )
        .await;
    (
        job,
        tasks["objectList"].as_array().cloned().unwrap_or_default(),
    )
}

fn tables(tasks: &[Value]) -> Vec<String> {
    let mut names: Vec<String> = tasks
        .iter()
        .map(|t| t["srcTableName"].as_str().unwrap().to_owned())
        .collect();
    names.dedup();
    names
}

#[tokio::test]
async fn scopes_choose_tables_and_partitions() {
    let emu = demo().await;

    // A whole db: one task per table, one per partition of a partitioned table.
    let (whole, tasks) = job(&emu, json!({"name": "all", "srcDbName": "mms_test"})).await;
    assert_eq!(
        (whole["type"].as_str(), whole["taskNum"].as_i64()),
        (Some("Database"), Some(7 + 3 + 5))
    );
    assert_eq!(
        tables(&tasks),
        ["orders", "customers", "products", "inventory", "events"]
    );

    // White and black lists.
    let (_, tasks) = job(
        &emu,
        json!({"name": "wb", "srcDbName": "mms_test",
        "tableWhiteList": ["orders", "customers", "events"], "tableBlackList": ["events"]}),
    )
    .await;
    assert_eq!(tables(&tasks), ["orders", "customers"]);

    // Tables, with a partition filter and a mapping to other destination names.
    let (listed, tasks) = job(&emu, json!({"name": "t", "srcDbName": "mms_test", "tables": ["orders", "products"],
        "partitionFilters": {"orders": "ds >= '2024-12-05'"}, "tableMapping": {"products": "dim_products"},
        "dstDbName": "other_project"})).await;
    assert_eq!(listed["type"], "Tables");
    assert_eq!(
        listed["config"]["tableMapping"],
        json!({"products": "dim_products"})
    );
    let orders: Vec<&Value> = tasks
        .iter()
        .filter(|t| t["srcTableName"] == "orders")
        .collect();
    assert_eq!(orders.len(), 3, "ds=2024-12-05, 06 and 07");
    let products = tasks
        .iter()
        .find(|t| t["srcTableName"] == "products")
        .unwrap();
    assert_eq!(
        (
            products["dstTableName"].as_str(),
            products["dstDbName"].as_str()
        ),
        (Some("dim_products"), Some("other_project"))
    );

    // Partitions by id.
    let api = Api::new(&emu);
    let parts = api
        .data(
            "ListMmsPartitions",
            &format!("{DEMO}/partitions"),
            &[("tableName", "events"), ("pageSize", "2")],
        )
        .await;
    let ids: Vec<i64> = parts["objectList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    let (by_id, tasks) = job(
        &emu,
        json!({"name": "p", "srcDbName": "mms_test", "partitions": ids}),
    )
    .await;
    assert_eq!(
        (by_id["type"].as_str(), by_id["taskNum"].as_i64()),
        (Some("Partitions"), Some(2))
    );
    assert!(tasks.iter().all(|t| t["srcTableName"] == "events"));
    let message = api
        .send(
            "CreateMmsJob",
            "POST",
            &format!("{DEMO}/jobs"),
            Some(json!({"name": "x", "srcDbName": "sales_dw", "partitions": ids})),
        )
        .await
        .assert_service_error(400, "InvalidParameter");
    assert!(message.contains("partitions[0]"), "{message}");
}

#[tokio::test]
async fn an_increment_migrates_only_what_changed_since() {
    let emu = demo().await;
    let api = Api::new(&emu);
    let (first, _) = job(
        &emu,
        json!({"name": "first", "srcDbName": "mms_test", "tables": ["orders"]}),
    )
    .await;
    api.send(
        "StartMmsJob",
        "POST",
        &format!("{DEMO}/jobs/{}/start", first["id"]),
        None,
    )
    .await
    .ok("start");
    emu.advance_clock(Duration::from_secs(600));
    assert_eq!(
        api.data("GetMmsJob", &format!("{DEMO}/jobs/{}", first["id"]), &[])
            .await["status"],
        "DONE"
    );
    let message = api
        .send("CreateMmsJob", "POST", &format!("{DEMO}/jobs"), Some(json!({"name": "again", "srcDbName": "mms_test", "tables": ["orders"], "increment": true})))
        .await
        .assert_service_error(400, "InvalidParameter");
    assert!(message.contains("increment"), "{message}");

    // Resetting one partition's table to INIT makes it migrate again.
    let orders = api
        .data(
            "ListMmsTables",
            &format!("{DEMO}/tables"),
            &[("name", "orders")],
        )
        .await["objectList"][0]["id"]
        .clone();
    assert_eq!(
        api.data("GetMmsTable", &format!("{DEMO}/tables/{orders}"), &[])
            .await["status"],
        "DONE"
    );
    api.send(
        "UpdateMmsTable",
        "PUT",
        &format!("{DEMO}/tables/{orders}"),
        Some(json!({"status": "INIT"})),
    )
    .await
    .ok("reset");
    let (again, _) = job(
        &emu,
        json!({"name": "again", "srcDbName": "mms_test", "tables": ["orders"], "increment": true}),
    )
    .await;
    assert_eq!(again["taskNum"], 7);
}

#[tokio::test]
async fn the_phases_follow_the_options() {
    let emu = demo().await;
    let api = Api::new(&emu);
    for (body, phases) in [
        (json!({"schemaOnly": true}), vec!["SCHEMA"]),
        (
            json!({"enableVerification": true}),
            vec!["SCHEMA", "DATA", "VERIFICATION"],
        ),
        (json!({}), vec!["SCHEMA", "DATA"]),
        (json!({"enableSchemaMigration": false}), vec!["DATA"]),
    ] {
        let mut request =
            json!({"name": "phases", "srcDbName": "mms_test", "tables": ["products"]});
        request
            .as_object_mut()
            .unwrap()
            .extend(body.as_object().unwrap().clone());
        let (created, tasks) = job(&emu, request).await;
        api.send(
            "StartMmsJob",
            "POST",
            &format!("{DEMO}/jobs/{}/start", created["id"]),
            None,
        )
        .await
        .ok("start");
        emu.advance_clock(Duration::from_secs(120));
        let logs = api
            .data(
                "ListMmsTaskLogs",
                &format!("{DEMO}/tasks/{}/logs", tasks[0]["id"]),
                &[],
            )
            .await;
        let mut seen: Vec<&str> = logs
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["action"].as_str().unwrap())
            .filter(|a| *a != "FINISH")
            .collect();
        seen.dedup();
        assert_eq!(seen, phases, "{body}");
        assert_eq!(
            logs.as_array().unwrap().last().unwrap()["status"],
            "DONE",
            "{body}"
        );
    }
    let message = api
        .send("CreateMmsJob", "POST", &format!("{DEMO}/jobs"), Some(json!({"name": "none", "srcDbName": "mms_test", "enableSchemaMigration": false, "enableDataMigration": false})))
        .await
        .assert_service_error(400, "InvalidParameter");
    assert!(message.contains("nothing"), "{message}");
}
