//! A whole migration through this client's typed API, paging streams and waiters, against the
//! lifecycle emulator: the same scenario the official Python SDK drives in
//! `crates/mms-emulator/tests/python_lifecycle.rs`, once with each signature algorithm, every one
//! of the 36 operations called at least once.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use std::{
    collections::BTreeSet,
    sync::{Arc, Mutex},
    time::Duration,
};

use futures::TryStreamExt;
use maxcompute_mms::{
    prelude::*,
    types::{self, DataSourceAction, Lang, SortOrder},
    AsyncTaskStatus, Credentials, DataSourceStatus, DataSourceType, FixedInterval, JobStatus,
    MigrationStatus, ScanStatus, ScheduleType, SignatureAlgorithm, TaskStatus, WaitOutcome,
};
use mms_emulator::{EmulatorConfig, FailurePhase, PlannedFailure, RunningEmulator};
use serde_json::json;

const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../crates/mms-emulator/fixtures/lifecycle.json"
);

async fn emulator() -> RunningEmulator {
    mms_emulator::start(
        EmulatorConfig::default()
            .access_key("lifecycle-key", "lifecycle-secret")
            .without_demo()
            .speed(20.0)
            .fixtures_file(FIXTURES)
            .unwrap()
            .fail(
                PlannedFailure::table("sales.customers")
                    .phase(FailurePhase::Data)
                    .times(1),
            )
            .fail(
                PlannedFailure::table("crm.contacts")
                    .phase(FailurePhase::Data)
                    .times(1),
            ),
    )
    .await
    .unwrap()
}

/// The actions the client sent, as the emulator's route table names them.
#[derive(Clone, Default)]
struct Called(Arc<Mutex<BTreeSet<&'static str>>>);

impl Called {
    fn add(&self, action: &'static str) {
        self.0.lock().unwrap().insert(action);
    }
}

/// Polls every 20 ms for at most a minute: the emulator runs 20 times as fast as the wall clock.
const POLL: FixedInterval = FixedInterval(Duration::from_millis(20));
const GIVE_UP: Duration = Duration::from_secs(60);

async fn job_outcome(client: &Client, source: i64, job: i64) -> WaitOutcome<types::Job> {
    client
        .wait_for_job(source, job)
        .backoff(POLL)
        .max_wait(GIVE_UP)
        .wait()
        .await
        .unwrap()
}

async fn created_job(client: &Client, source: i64, task: i64) -> i64 {
    let outcome = client
        .wait_for_async_task(source, task)
        .backoff(POLL)
        .max_wait(GIVE_UP)
        .wait()
        .await
        .unwrap();
    let WaitOutcome::Done(task) = outcome else {
        panic!("job creation did not finish: {outcome:?}");
    };
    assert_eq!(task.status, Some(AsyncTaskStatus::Done));
    task.object_id.expect("a done creation names its job")
}

async fn migrate(algorithm: SignatureAlgorithm) -> BTreeSet<&'static str> {
    let emulator = emulator().await;
    let client = Client::builder()
        .endpoint(emulator.base_url())
        .credentials(Credentials::new("lifecycle-key", "lifecycle-secret"))
        .signature_algorithm(algorithm)
        .build()
        .unwrap();
    let called = Called::default();
    let c = &called;

    // A data source: what it needs, created, started through an async task.
    let items = client
        .list_mms_data_source_config_items()
        .source_type(DataSourceType::Hive)
        .lang(Lang::EnUs)
        .send()
        .await
        .unwrap();
    c.add("ListMmsDataSourceConfigItems");
    let required: Vec<_> = items
        .iter()
        .filter(|i| i.required == Some(true))
        .filter_map(|i| i.key.clone())
        .collect();
    assert_eq!(required, ["hive.metastore.uris"]);
    let config = json!({"hive.metastore.uris": "thrift://hive:9083", "hive.password": "pw",
                        "dst.project": "mc_wh"});
    let created = client
        .create_mms_data_source()
        .body(types::CreateMmsDataSourceRequest {
            name: Some("warehouse".into()),
            type_: Some(DataSourceType::Hive),
            networklink: Some("vpc-test:cn-shanghai".into()),
            config: config.as_object().unwrap().clone(),
        })
        .send()
        .await
        .unwrap();
    c.add("CreateMmsDataSource");
    let source = created.data_source_id.unwrap();
    let listed: Vec<_> = client
        .list_mms_data_sources()
        .name("ware")
        .items()
        .try_collect()
        .await
        .unwrap();
    c.add("ListMmsDataSources");
    assert_eq!(listed.len(), 1);
    assert_eq!(
        listed[0].status,
        Some(DataSourceStatus::Other("STOPPED".into()))
    );
    let update = client
        .update_mms_data_source()
        .source_id(source)
        .body_map(|b| b.action(DataSourceAction::Start))
        .send()
        .await
        .unwrap();
    c.add("UpdateMmsDataSource");
    let started = client
        .wait_for_async_task(source, update.async_task_id.unwrap())
        .backoff(POLL)
        .max_wait(GIVE_UP)
        .wait()
        .await
        .unwrap();
    c.add("GetMmsAsyncTask");
    assert!(matches!(started, WaitOutcome::Done(_)), "{started:?}");
    let info = client
        .get_mms_data_source()
        .source_id(source)
        .with_config(true)
        .lang(Lang::EnUs)
        .send()
        .await
        .unwrap();
    c.add("GetMmsDataSource");
    assert_eq!(info.status, Some(DataSourceStatus::Started));
    assert_eq!(info.agent_is_online, Some(true));

    // The scan, waited on with every snapshot seen.
    let scan = client
        .create_mms_fetch_metadata_job()
        .source_id(source)
        .body(types::CreateMmsFetchMetadataJobRequest::default())
        .send()
        .await
        .unwrap();
    c.add("CreateMmsFetchMetadataJob");
    let progress = Arc::new(Mutex::new(Vec::new()));
    let seen = progress.clone();
    let scanned = client
        .wait_for_scan(source, scan.scan_id.unwrap())
        .backoff(POLL)
        .max_wait(GIVE_UP)
        .on_snapshot(move |s| seen.lock().unwrap().push(s.value.progress.unwrap_or(0.0)))
        .wait()
        .await
        .unwrap();
    c.add("GetMmsFetchMetadataJob");
    let WaitOutcome::Done(scanned) = scanned else {
        panic!("scan: {scanned:?}");
    };
    assert_eq!(scanned.status, Some(ScanStatus::Done));
    assert_eq!(scanned.progress, Some(10000.0));
    let progress = progress.lock().unwrap().clone();
    assert!(progress.windows(2).all(|w| w[0] <= w[1]), "{progress:?}");

    // The catalog: streams with filters and sorters, one page at a time.
    let dbs: Vec<_> = client
        .list_mms_dbs()
        .source_id(source)
        .sorter(types::DbSorter {
            num_rows: Some(SortOrder::Asc),
            ..Default::default()
        })
        .items()
        .page_size(1)
        .try_collect()
        .await
        .unwrap();
    c.add("ListMmsDbs");
    let names: Vec<_> = dbs.iter().filter_map(|d| d.name.clone()).collect();
    assert_eq!(names, ["sales", "crm"]);
    let sales = dbs[0].id.unwrap();
    let db = client
        .get_mms_db()
        .source_id(source)
        .db_id(sales)
        .send()
        .await
        .unwrap();
    c.add("GetMmsDb");
    assert_eq!((db.tables, db.partitions), (Some(3), Some(5)));
    client
        .update_mms_db()
        .source_id(source)
        .db_id(sales)
        .body_map(|b| b.dst_name("sales".to_string()))
        .send()
        .await
        .unwrap();
    c.add("UpdateMmsDb");
    let tables: Vec<_> = client
        .list_mms_tables()
        .source_id(source)
        .db_name("sales")
        .status([MigrationStatus::Init])
        .has_partitions(true)
        .sorter_num_rows(SortOrder::Desc)
        .items()
        .try_collect()
        .await
        .unwrap();
    c.add("ListMmsTables");
    assert_eq!(tables.len(), 1);
    let orders = tables[0].id.unwrap();
    client
        .update_mms_table()
        .source_id(source)
        .table_id(orders)
        .body_map(|b| b.dst_name("orders_mc".to_string()))
        .send()
        .await
        .unwrap();
    c.add("UpdateMmsTable");
    let table = client
        .get_mms_table()
        .source_id(source)
        .table_id(orders)
        .send()
        .await
        .unwrap();
    c.add("GetMmsTable");
    assert_eq!(table.dst_name.as_deref(), Some("orders_mc"));
    let updated = client
        .update_mms_tables()
        .source_id(source)
        .body(types::UpdateMmsTablesRequest {
            db_name: Some("sales".into()),
            table_names: vec!["customers".into(), "products".into()],
            dst_project_name: Some("mc_wh".into()),
            ..Default::default()
        })
        .send()
        .await
        .unwrap();
    c.add("UpdateMmsTables");
    assert_eq!(updated, 2);
    let partitions: Vec<_> = client
        .list_mms_partitions()
        .source_id(source)
        .table_name("orders")
        .status([MigrationStatus::Init, MigrationStatus::Done])
        .sorter_last_ddl_time(SortOrder::Asc)
        .pages()
        .page_size(2)
        .try_collect()
        .await
        .unwrap();
    c.add("ListMmsPartitions");
    let sizes: Vec<_> = partitions.iter().map(|p| p.items.len()).collect();
    assert_eq!(sizes, [2, 2, 1], "five partitions, two a page");
    let partition = client
        .get_mms_partition()
        .source_id(source)
        .partition_id(partitions[2].items[0].id.unwrap())
        .send()
        .await
        .unwrap();
    c.add("GetMmsPartition");
    assert_eq!(partition.dst_table_name.as_deref(), Some("orders_mc"));

    // A job with a planned failure: created, started, failed, triaged, retried, done.
    let created = client
        .create_mms_job()
        .source_id(source)
        .body(types::CreateMmsJobRequest {
            name: Some("nightly".into()),
            src_db_name: Some("sales".into()),
            enable_verification: Some(true),
            others: json!({"note": "from the Rust client", "retries": 1})
                .as_object()
                .unwrap()
                .clone(),
            ..Default::default()
        })
        .send()
        .await
        .unwrap();
    c.add("CreateMmsJob");
    let job_id = created_job(&client, source, created.async_task_id.unwrap()).await;
    let job = client
        .get_mms_job()
        .source_id(source)
        .job_id(job_id)
        .send()
        .await
        .unwrap();
    c.add("GetMmsJob");
    assert_eq!(
        (job.status, job.task_num, job.task_done),
        (Some(JobStatus::Init), Some(7), Some(0))
    );
    client
        .start_mms_job()
        .source_id(source)
        .job_id(job_id)
        .send()
        .await
        .unwrap();
    c.add("StartMmsJob");
    let tasks: Vec<_> = client
        .list_mms_tasks()
        .source_id(source)
        .job_id(job_id)
        .sorter_start_time(SortOrder::Asc)
        .items()
        .page_size(3)
        .try_collect()
        .await
        .unwrap();
    c.add("ListMmsTasks");
    assert_eq!(tasks.len(), 7);
    let WaitOutcome::Failed(job) = job_outcome(&client, source, job_id).await else {
        panic!("the planned failure fails the job");
    };
    assert_eq!(job.task_done, Some(6));
    let failed: Vec<_> = client
        .list_mms_tasks()
        .source_id(source)
        .job_id(job_id)
        .status(TaskStatus::DataFailed)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].src_table_name.as_deref(), Some("customers"));
    let task_id = failed[0].id.unwrap();
    let logs = client
        .list_mms_task_logs()
        .source_id(source)
        .task_id(task_id)
        .send()
        .await
        .unwrap();
    c.add("ListMmsTaskLogs");
    let last = logs.last().unwrap();
    assert_eq!(last.status, Some(TaskStatus::DataFailed));
    assert!(last.msg.as_deref().unwrap_or("").contains("Tunnel upload"));
    client
        .retry_mms_task()
        .source_id(source)
        .task_id(task_id)
        .send()
        .await
        .unwrap();
    c.add("RetryMmsTask");
    let task = client
        .get_mms_task()
        .source_id(source)
        .task_id(task_id)
        .send()
        .await
        .unwrap();
    c.add("GetMmsTask");
    assert_eq!(task.retried_times, Some(1));
    let WaitOutcome::Done(job) = job_outcome(&client, source, job_id).await else {
        panic!("the retried job ends DONE");
    };
    assert_eq!(job.task_done, Some(7));

    // A second job: stopped, started, failed, retried as a whole.
    let created = client
        .create_mms_job()
        .source_id(source)
        .body(types::CreateMmsJobRequest {
            name: Some("crm".into()),
            src_db_name: Some("crm".into()),
            tables: vec!["leads".into(), "contacts".into()],
            ..Default::default()
        })
        .send()
        .await
        .unwrap();
    let crm = created_job(&client, source, created.async_task_id.unwrap()).await;
    client
        .start_mms_job()
        .source_id(source)
        .job_id(crm)
        .send()
        .await
        .unwrap();
    client
        .stop_mms_job()
        .source_id(source)
        .job_id(crm)
        .send()
        .await
        .unwrap();
    c.add("StopMmsJob");
    let stopped = client
        .list_mms_jobs()
        .source_id(source)
        .stopped(1)
        .send()
        .await
        .unwrap();
    c.add("ListMmsJobs");
    assert_eq!(stopped.total, Some(1));
    assert!(matches!(
        job_outcome(&client, source, crm).await,
        WaitOutcome::Stopped(_)
    ));
    client
        .start_mms_job()
        .source_id(source)
        .job_id(crm)
        .send()
        .await
        .unwrap();
    assert!(matches!(
        job_outcome(&client, source, crm).await,
        WaitOutcome::Failed(_)
    ));
    client
        .retry_mms_job()
        .source_id(source)
        .job_id(crm)
        .send()
        .await
        .unwrap();
    c.add("RetryMmsJob");
    assert!(matches!(
        job_outcome(&client, source, crm).await,
        WaitOutcome::Done(_)
    ));

    // A timer: created, paused, triggered, logged, deleted.
    let timer = client
        .create_mms_timer()
        .source_id(source)
        .body(types::CreateMmsTimerRequest {
            name: Some("crm-daily".into()),
            src_db_name: Some("crm".into()),
            tables: vec!["leads".into()],
            schedule_type: Some(ScheduleType::Daily),
            value: Some("02:00".into()),
            ..Default::default()
        })
        .send()
        .await
        .unwrap();
    c.add("CreateMmsTimer");
    let timer_id = timer.timer_id.unwrap();
    let got = client
        .get_mms_timer()
        .source_id(source)
        .timer_id(timer_id)
        .send()
        .await
        .unwrap();
    c.add("GetMmsTimer");
    assert_eq!(got.value.as_deref(), Some("02:00"));
    client
        .update_mms_timer()
        .source_id(source)
        .timer_id(timer_id)
        .body_map(|b| b.stopped(true))
        .send()
        .await
        .unwrap();
    c.add("UpdateMmsTimer");
    let paused: Vec<_> = client
        .list_mms_timers()
        .source_id(source)
        .stopped(true)
        .items()
        .try_collect()
        .await
        .unwrap();
    c.add("ListMmsTimers");
    assert_eq!(paused.len(), 1);
    client
        .trigger_mms_timer()
        .source_id(source)
        .timer_id(timer_id)
        .send()
        .await
        .unwrap();
    c.add("TriggerMmsTimer");
    let runs: Vec<_> = client
        .list_mms_timer_logs()
        .source_id(source)
        .timer_id(timer_id)
        .items()
        .try_collect()
        .await
        .unwrap();
    c.add("ListMmsTimerLogs");
    assert_eq!(runs.len(), 1);
    let spawned: Vec<_> = client
        .list_mms_jobs()
        .source_id(source)
        .timer_id(timer_id)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(spawned.len(), 1);
    assert!(matches!(
        job_outcome(&client, source, spawned[0].id).await,
        WaitOutcome::Done(_)
    ));
    client
        .delete_mms_timer()
        .source_id(source)
        .timer_id(timer_id)
        .send()
        .await
        .unwrap();
    c.add("DeleteMmsTimer");
    let gone = client
        .get_mms_timer()
        .source_id(source)
        .timer_id(timer_id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        (gone.status(), gone.code()),
        (Some(404), Some("NoSuchMmsTimer"))
    );

    // Deleting: the job, then the source, then 404s naming them.
    client
        .delete_mms_job()
        .source_id(source)
        .job_id(job_id)
        .send()
        .await
        .unwrap();
    c.add("DeleteMmsJob");
    let gone = client
        .get_mms_job()
        .source_id(source)
        .job_id(job_id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(gone.code(), Some("NoSuchMmsJob"));
    client
        .delete_mms_data_source()
        .source_id(source)
        .send()
        .await
        .unwrap();
    c.add("DeleteMmsDataSource");
    let gone = client
        .get_mms_data_source()
        .source_id(source)
        .send()
        .await
        .unwrap_err();
    assert_eq!(gone.code(), Some("NoSuchMmsDataSource"));
    assert!(gone.to_string().contains(&source.to_string()), "{gone}");

    emulator.stop().await.unwrap();
    let called = called.0.lock().unwrap().clone();
    called
}

async fn every_operation_with(algorithm: SignatureAlgorithm) {
    let called = migrate(algorithm).await;
    let missing: Vec<_> = mms_api::ROUTES
        .iter()
        .map(|r| r.action)
        .filter(|a| !called.contains(a))
        .collect();
    assert!(missing.is_empty(), "operations never called: {missing:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_migration_through_the_typed_client_acs3() {
    every_operation_with(SignatureAlgorithm::Acs3HmacSha256).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_migration_through_the_typed_client_roa() {
    every_operation_with(SignatureAlgorithm::RoaHmacSha1).await;
}
