//! Many clients at once: parallel creates, starts, stops and retries lose no update and leave a
//! consistent state (unique ids, `taskDone ≤ taskNum`, counters that match the tasks).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use mms_emulator::{start, EmulatorConfig, PlannedFailure, RunningEmulator};
use serde_json::{json, Value};
use support::*;

const FIXTURES: &str = r#"{"sources": [{"id": 5, "name": "busy", "config": {"hive.metastore.uris": "thrift://h:1"},
    "catalog": {"dbs": [{"name": "db", "tables": [
        {"name": "t0"}, {"name": "t1"}, {"name": "t2", "partitions": ["p=1", "p=2", "p=3"]},
        {"name": "t3"}, {"name": "t4"}, {"name": "t5"}]}]}}]}"#;
const SOURCE: &str = "/api/v1/mms/datasources/5";
const OWNERS: usize = 12;
const MEDDLERS: usize = 4;

/// A guard against a hang, not a timing assertion: the work takes a second or two.
const GIVE_UP: Duration = Duration::from_secs(60);

fn check_job(job: &Value) {
    let (done, num) = (
        job["taskDone"].as_i64().unwrap(),
        job["taskNum"].as_i64().unwrap(),
    );
    assert!(0 <= done && done <= num, "taskDone ≤ taskNum: {job}");
}

/// Creates a job, starts it, and keeps it going (start again after a stop, retry after a
/// failure) until it is DONE. Returns its id.
async fn owner(emu: Arc<RunningEmulator>, i: usize) -> i64 {
    let api = Api::new(&emu);
    let tables = [format!("t{}", i % 6), format!("t{}", (i + 1) % 6)];
    let created = api
        .send(
            "CreateMmsJob",
            "POST",
            &format!("{SOURCE}/jobs"),
            Some(json!({"name": format!("job-{i}"), "srcDbName": "db", "tables": tables})),
        )
        .await
        .ok("create");
    let task = format!("{SOURCE}/asyncTasks/{}", created["asyncTaskId"]);
    let started = Instant::now();
    let id = loop {
        let t = api.data("GetMmsAsyncTask", &task, &[]).await;
        if t["status"] == "DONE" {
            break t["objectId"].as_i64().unwrap();
        }
        assert!(started.elapsed() < GIVE_UP, "async task never ended: {t}");
        tokio::task::yield_now().await;
    };
    let path = format!("{SOURCE}/jobs/{id}");
    let mut first = true;
    loop {
        let job = api.data("GetMmsJob", &path, &[]).await;
        check_job(&job);
        let action = match (
            job["status"].as_str().unwrap(),
            job["stopped"].as_bool().unwrap(),
        ) {
            ("DONE", _) => return id,
            ("FAILED", _) => Some(("RetryMmsJob", "retry")),
            (_, true) => Some(("StartMmsJob", "start")),
            ("INIT", false) if first => Some(("StartMmsJob", "start")),
            _ => None,
        };
        first = false;
        if let Some((action, verb)) = action {
            let answer = api
                .send(action, "POST", &format!("{path}/{verb}"), None)
                .await;
            // A meddler may have changed the job in between: 409 is a fair answer then.
            assert!(
                answer.status == 200 || answer.status == 409,
                "{action}: {:#}",
                answer.body
            );
        }
        assert!(started.elapsed() < GIVE_UP, "job {id} never ended: {job}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Stops, starts and retries whatever jobs and tasks it finds.
async fn meddler(emu: Arc<RunningEmulator>, seed: usize) {
    let api = Api::new(&emu);
    for round in 0..30 {
        let jobs = api
            .data(
                "ListMmsJobs",
                &format!("{SOURCE}/jobs"),
                &[("pageSize", "100")],
            )
            .await;
        let list = jobs["objectList"].as_array().cloned().unwrap_or_default();
        if list.is_empty() {
            tokio::task::yield_now().await;
            continue;
        }
        let job = &list[(seed * 7 + round) % list.len()];
        check_job(job);
        let path = format!("{SOURCE}/jobs/{}", job["id"]);
        let (action, suffix) = match round % 3 {
            0 => ("StopMmsJob", "/stop"),
            1 => ("StartMmsJob", "/start"),
            _ => ("RetryMmsJob", "/retry"),
        };
        let answer = api
            .send(action, "POST", &format!("{path}{suffix}"), None)
            .await;
        assert!(
            answer.status == 200 || answer.status == 409,
            "{action}: {:#}",
            answer.body
        );
        let failed = api
            .data(
                "ListMmsTasks",
                &format!("{SOURCE}/tasks"),
                &[("status", "DATA_FAILED")],
            )
            .await;
        if let Some(task) = failed["objectList"].as_array().and_then(|t| t.first()) {
            let answer = api
                .send(
                    "RetryMmsTask",
                    "POST",
                    &format!("{SOURCE}/tasks/{}/retry", task["id"]),
                    None,
                )
                .await;
            assert!(
                answer.status == 200 || answer.status == 409,
                "{:#}",
                answer.body
            );
        }
        tokio::time::sleep(Duration::from_millis(3)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_clients_leave_a_consistent_state() {
    let emu = Arc::new(
        start(
            EmulatorConfig::default()
                .without_demo()
                .speed(200.0)
                .task_concurrency(2)
                .fixtures_json(FIXTURES)
                .unwrap()
                .fail(PlannedFailure::table("t5").times(2)),
        )
        .await
        .unwrap(),
    );
    let owners: Vec<_> = (0..OWNERS)
        .map(|i| tokio::spawn(owner(emu.clone(), i)))
        .collect();
    let meddlers: Vec<_> = (0..MEDDLERS)
        .map(|i| tokio::spawn(meddler(emu.clone(), i)))
        .collect();
    for m in meddlers {
        m.await.unwrap();
    }
    let mut job_ids = BTreeSet::new();
    for o in owners {
        assert!(job_ids.insert(o.await.unwrap()), "job ids are unique");
    }
    assert_eq!(job_ids.len(), OWNERS, "every create made a job");

    let api = Api::new(&emu);
    let jobs = api
        .data(
            "ListMmsJobs",
            &format!("{SOURCE}/jobs"),
            &[("pageSize", "1000")],
        )
        .await;
    assert_eq!(jobs["total"], OWNERS);
    let tasks = api
        .data(
            "ListMmsTasks",
            &format!("{SOURCE}/tasks"),
            &[("pageSize", "1000")],
        )
        .await;
    let tasks = tasks["objectList"].as_array().unwrap();
    let task_ids: BTreeSet<i64> = tasks.iter().map(|t| t["id"].as_i64().unwrap()).collect();
    assert_eq!(task_ids.len(), tasks.len(), "task ids are unique");
    let mut per_job: BTreeMap<i64, (i64, i64)> = BTreeMap::new();
    for task in tasks {
        let entry = per_job.entry(task["jobId"].as_i64().unwrap()).or_default();
        entry.0 += 1;
        if task["status"] == "DONE" {
            entry.1 += 1;
        }
        assert_eq!(task["running"], false, "{task}");
    }
    for job in jobs["objectList"].as_array().unwrap() {
        check_job(job);
        let id = job["id"].as_i64().unwrap();
        assert_eq!(job["status"], "DONE", "{job}");
        assert_eq!(
            (
                job["taskNum"].as_i64().unwrap(),
                job["taskDone"].as_i64().unwrap()
            ),
            per_job[&id],
            "the counters of job {id} match its tasks"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_creates_of_data_sources_get_unique_ids_and_names() {
    let emu = Arc::new(
        start(EmulatorConfig::default().without_demo().speed(0.0))
            .await
            .unwrap(),
    );
    let creates: Vec<_> = (0..24)
        .map(|i| {
            let emu = emu.clone();
            tokio::spawn(async move {
                let api = Api::new(&emu);
                // Half the names are taken twice: exactly one of each pair may win.
                let name = format!("source-{}", i % 12);
                let answer = api
                    .send(
                        "CreateMmsDataSource",
                        "POST",
                        "/api/v1/mms/datasources",
                        Some(json!({"name": name, "type": "MAXCOMPUTE"})),
                    )
                    .await;
                match answer.status {
                    200 => Some(answer.body["data"]["dataSourceId"].as_i64().unwrap()),
                    _ => {
                        answer.assert_service_error(409, "AlreadyExists");
                        None
                    }
                }
            })
        })
        .collect();
    let mut ids = BTreeSet::new();
    for c in creates {
        if let Some(id) = c.await.unwrap() {
            assert!(ids.insert(id));
        }
    }
    assert_eq!(ids.len(), 12);
    let listed = Api::new(&emu)
        .data("ListMmsDataSources", "/api/v1/mms/datasources", &[])
        .await;
    assert_eq!(listed["total"], 12);
}
