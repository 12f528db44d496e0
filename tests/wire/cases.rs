//! The inputs of every operation: the fields of the Python SDK's request model by wire name, and
//! the same request through this client (query values through its setters, bodies through its
//! typed request structs read from the same JSON).
//!
//! They exercise what is easy to get wrong: numeric path ids (one beyond 2^53), text with spaces,
//! `/`, `+`, `&`, `=`, `%` and UTF-8, booleans, integers, flattened sorters, JSON-text values,
//! bodies with string maps, arrays, nested free-form objects and empty collections, and
//! body-less POSTs.

use maxcompute_mms::prelude::*;
use maxcompute_mms::types;
use mms_api::{BoxFuture, DataSourceType, JobStatus, MigrationStatus, TaskStatus};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

/// Text with every character a query encoder can get wrong: space, `/`, `+`, `&`, `=`, a `%`
/// that looks like an escape, `~`, `*`, quotes and UTF-8.
const TEXT: &str = "sales db/2024 +1&a=b%20c ~*'数据";
/// More of the same, different from [`TEXT`] so that a value sent under the wrong name shows.
const OTHER_TEXT: &str = "库 表/x+y & z=%";
/// An integer that a float would round: 2^53 + 1.
const BIG: i64 = 9_007_199_254_740_993;

/// One operation's inputs.
pub struct Case {
    /// The path parameters, in path order (the Python SDK takes them as text).
    pub path_ids: &'static [i64],
    /// The fields of the Python SDK's request model by wire name, `Null` when it takes none;
    /// for an operation with a body, also what this client's typed body is read from.
    pub request: Value,
    /// Sends the same request with this client.
    pub ours: for<'a> fn(&'a Client, &'a Case) -> BoxFuture<'a, Result<(), String>>,
}

/// The body of `case` as this client's request type.
fn body<T: DeserializeOwned>(case: &Case) -> Result<T, String> {
    serde_json::from_value(case.request.clone())
        .map_err(|e| format!("our request type does not take the SDK's body: {e}"))
}

/// What a send returned, as far as this test cares.
fn sent<T>(result: Result<T, Error>) -> Result<(), String> {
    result.map(drop).map_err(|e| e.to_string())
}

/// A free-form object with numbers, booleans, nulls, nested objects and arrays.
fn free_form() -> Value {
    json!({
        "hive_settings": {"mapreduce.job.queuename": "root/etl q", "n": 3},
        "ratio": 0.25,
        "big": BIG,
        "negative": -7,
        "flag": true,
        "nothing": null,
        "list": [1, "二", {"k": false}],
        "数据": "值 +&=%",
    })
}

/// A string map with awkward keys and values.
fn string_map() -> Value {
    json!({"a b/c": "x+y&z=%", "表": "数据", "plain": ""})
}

/// The inputs of `action`, or `None` for an action this test does not know yet.
pub fn case(action: &str) -> Option<Case> {
    let case = match action {
        "ListMmsDataSources" => Case {
            path_ids: &[],
            request: json!({"name": TEXT, "pageNum": 3, "pageSize": 50,
                            "region": "cn-hangzhou", "type": "HIVE"}),
            ours: |c, _| {
                Box::pin(async move {
                    sent(
                        c.list_mms_data_sources()
                            .name(TEXT)
                            .page_num(3)
                            .page_size(50)
                            .region("cn-hangzhou")
                            .type_(DataSourceType::Hive)
                            .send()
                            .await,
                    )
                })
            },
        },
        "CreateMmsDataSource" => Case {
            path_ids: &[],
            request: json!({"name": TEXT, "type": "HIVE", "networklink": "vpc/link 1",
                            "config": free_form()}),
            ours: |c, case| {
                Box::pin(async move {
                    let body: types::CreateMmsDataSourceRequest = body(case)?;
                    sent(c.create_mms_data_source().body(body).send().await)
                })
            },
        },
        "GetMmsDataSource" => Case {
            path_ids: &[2],
            request: json!({"lang": "en_US", "withConfig": true}),
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.get_mms_data_source()
                            .source_id(case.path_ids[0])
                            .lang(types::Lang::EnUs)
                            .with_config(true)
                            .send()
                            .await,
                    )
                })
            },
        },
        "UpdateMmsDataSource" => Case {
            path_ids: &[2],
            request: json!({"action": "UPDATE_CONFIG", "name": OTHER_TEXT, "test": true,
                            "config": free_form()}),
            ours: |c, case| {
                Box::pin(async move {
                    let body: types::UpdateMmsDataSourceRequest = body(case)?;
                    sent(
                        c.update_mms_data_source()
                            .source_id(case.path_ids[0])
                            .body(body)
                            .send()
                            .await,
                    )
                })
            },
        },
        "DeleteMmsDataSource" => Case {
            path_ids: &[2],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.delete_mms_data_source()
                            .source_id(case.path_ids[0])
                            .send()
                            .await,
                    )
                })
            },
        },
        "ListMmsDataSourceConfigItems" => Case {
            path_ids: &[],
            request: json!({"lang": "zh_CN", "sourceType": "BIGQUERY"}),
            ours: |c, _| {
                Box::pin(async move {
                    sent(
                        c.list_mms_data_source_config_items()
                            .lang(types::Lang::ZhCn)
                            .source_type(DataSourceType::Bigquery)
                            .send()
                            .await,
                    )
                })
            },
        },
        "CreateMmsFetchMetadataJob" => Case {
            path_ids: &[2],
            request: json!({"dbName": TEXT, "tableNames": ["t 1", "t/2", "表+&="]}),
            ours: |c, case| {
                Box::pin(async move {
                    let body: types::CreateMmsFetchMetadataJobRequest = body(case)?;
                    sent(
                        c.create_mms_fetch_metadata_job()
                            .source_id(case.path_ids[0])
                            .body(body)
                            .send()
                            .await,
                    )
                })
            },
        },
        "GetMmsFetchMetadataJob" => Case {
            path_ids: &[2, 7],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.get_mms_fetch_metadata_job()
                            .source_id(case.path_ids[0])
                            .scan_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "GetMmsAsyncTask" => Case {
            path_ids: &[2, BIG],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.get_mms_async_task()
                            .source_id(case.path_ids[0])
                            .async_task_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "ListMmsDbs" => Case {
            path_ids: &[2],
            request: json!({"name": TEXT, "pageNum": 1, "pageSize": 20, "status": "DONE",
                            "sorter": {"numRows": "desc", "size": "asc", "updateTime": "desc"}}),
            ours: |c, case| {
                Box::pin(async move {
                    let sorter = types::DbSorter {
                        num_rows: Some(types::SortOrder::Desc),
                        size: Some(types::SortOrder::Asc),
                        update_time: Some(types::SortOrder::Desc),
                    };
                    sent(
                        c.list_mms_dbs()
                            .source_id(case.path_ids[0])
                            .name(TEXT)
                            .page_num(1)
                            .page_size(20)
                            .status(MigrationStatus::Done)
                            .sorter(sorter)
                            .send()
                            .await,
                    )
                })
            },
        },
        "GetMmsDb" => Case {
            path_ids: &[2, 23],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.get_mms_db()
                            .source_id(case.path_ids[0])
                            .db_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "UpdateMmsDb" => Case {
            path_ids: &[2, 23],
            request: json!({"dstName": TEXT, "dstProjectName": "proj_1", "status": "INIT"}),
            ours: |c, case| {
                Box::pin(async move {
                    let body: types::UpdateMmsDbRequest = body(case)?;
                    sent(
                        c.update_mms_db()
                            .source_id(case.path_ids[0])
                            .db_id(case.path_ids[1])
                            .body(body)
                            .send()
                            .await,
                    )
                })
            },
        },
        "ListMmsTables" => Case {
            path_ids: &[2],
            request: json!({
                "dbId": 23, "dbName": TEXT, "dstName": OTHER_TEXT, "dstProjectName": "proj_1",
                "dstSchemaName": "default", "hasPartitions": true,
                "lastDdlTimeEnd": "2024-12-31 23:59:59", "lastDdlTimeStart": "2024-01-01 00:00:00",
                "name": "t_%", "onlyName": false, "pageNum": 2, "pageSize": 100,
                "status": ["DONE", "FAILED"], "type": "MANAGED_TABLE",
                "sorter": {"lastDdlTime": "asc", "numRows": "desc", "size": "asc"},
            }),
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.list_mms_tables()
                            .source_id(case.path_ids[0])
                            .db_id(23)
                            .db_name(TEXT)
                            .dst_name(OTHER_TEXT)
                            .dst_project_name("proj_1")
                            .dst_schema_name("default")
                            .has_partitions(true)
                            .last_ddl_time_end("2024-12-31 23:59:59")
                            .last_ddl_time_start("2024-01-01 00:00:00")
                            .name("t_%")
                            .only_name(false)
                            .page_num(2)
                            .page_size(100)
                            .status([MigrationStatus::Done, MigrationStatus::Failed])
                            .type_("MANAGED_TABLE")
                            .sorter_last_ddl_time(types::SortOrder::Asc)
                            .sorter_num_rows(types::SortOrder::Desc)
                            .sorter_size(types::SortOrder::Asc)
                            .send()
                            .await,
                    )
                })
            },
        },
        "GetMmsTable" => Case {
            path_ids: &[2, 31],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.get_mms_table()
                            .source_id(case.path_ids[0])
                            .table_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "UpdateMmsTable" => Case {
            path_ids: &[2, 31],
            request: json!({"dstName": TEXT, "dstProjectName": "proj_1",
                            "dstSchemaName": OTHER_TEXT, "status": "FAILED"}),
            ours: |c, case| {
                Box::pin(async move {
                    let body: types::UpdateMmsTableRequest = body(case)?;
                    sent(
                        c.update_mms_table()
                            .source_id(case.path_ids[0])
                            .table_id(case.path_ids[1])
                            .body(body)
                            .send()
                            .await,
                    )
                })
            },
        },
        "UpdateMmsTables" => Case {
            path_ids: &[2],
            request: json!({"dbName": TEXT, "dstProjectName": "proj_1", "dstSchemaName": "s",
                            "status": "INIT", "tableNames": ["a", "b c", "数据/表"],
                            "tables": [1, 2, BIG]}),
            ours: |c, case| {
                Box::pin(async move {
                    let body: types::UpdateMmsTablesRequest = body(case)?;
                    sent(
                        c.update_mms_tables()
                            .source_id(case.path_ids[0])
                            .body(body)
                            .send()
                            .await,
                    )
                })
            },
        },
        "ListMmsPartitions" => Case {
            path_ids: &[2],
            request: json!({
                "dbId": 23, "dbName": TEXT, "lastDdlTimeEnd": "2024-12-31 23:59:59",
                "lastDdlTimeStart": "2024-01-01 00:00:00", "pageNum": 4, "pageSize": 10,
                "status": ["INIT"], "tableId": BIG, "tableName": OTHER_TEXT, "updated": true,
                "value": "p1=2024-01-01/p2=a b",
                "sorter": {"lastDdlTime": "desc", "numRows": "asc", "size": "desc"},
            }),
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.list_mms_partitions()
                            .source_id(case.path_ids[0])
                            .db_id(23)
                            .db_name(TEXT)
                            .last_ddl_time_end("2024-12-31 23:59:59")
                            .last_ddl_time_start("2024-01-01 00:00:00")
                            .page_num(4)
                            .page_size(10)
                            .status([MigrationStatus::Init])
                            .table_id(BIG)
                            .table_name(OTHER_TEXT)
                            .updated(true)
                            .value("p1=2024-01-01/p2=a b")
                            .sorter_last_ddl_time(types::SortOrder::Desc)
                            .sorter_num_rows(types::SortOrder::Asc)
                            .sorter_size(types::SortOrder::Desc)
                            .send()
                            .await,
                    )
                })
            },
        },
        "GetMmsPartition" => Case {
            path_ids: &[2, 41],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.get_mms_partition()
                            .source_id(case.path_ids[0])
                            .partition_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "ListMmsJobs" => Case {
            path_ids: &[2],
            request: json!({
                "dstDbName": "proj_1", "dstTableName": OTHER_TEXT, "name": TEXT,
                "pageNum": 1, "pageSize": 25, "srcDbName": "库", "srcTableName": "t&u",
                "status": "DOING", "stopped": 1, "timerId": 5, "sorter": {"status": "desc"},
            }),
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.list_mms_jobs()
                            .source_id(case.path_ids[0])
                            .dst_db_name("proj_1")
                            .dst_table_name(OTHER_TEXT)
                            .name(TEXT)
                            .page_num(1)
                            .page_size(25)
                            .src_db_name("库")
                            .src_table_name("t&u")
                            .status(JobStatus::Doing)
                            .stopped(1)
                            .timer_id(5)
                            .sorter_status(types::SortOrder::Desc)
                            .send()
                            .await,
                    )
                })
            },
        },
        "GetMmsJob" => Case {
            path_ids: &[2, 10],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.get_mms_job()
                            .source_id(case.path_ids[0])
                            .job_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "CreateMmsJob" => Case {
            path_ids: &[2],
            request: json!({
                "columnMapping": string_map(), "dstDbName": "proj_1", "dstSchemaName": "s 1",
                "enableDataMigration": true, "enableSchemaMigration": false,
                "enableVerification": true, "eta": "2025-01-01 00:00:00", "increment": false,
                "name": TEXT, "others": free_form(),
                "partitionFilters": {"t1": "p1 >= '2022-03-04' and p2 = 10"},
                "partitions": [1, 2, BIG], "schemaOnly": false, "sourceId": 2,
                "sourceName": "demo", "srcDbName": "库", "srcSchemaName": "default",
                "tableBlackList": ["b&1"], "tableMapping": string_map(),
                "tableWhiteList": ["w=1", "w 2"], "tables": ["t1", "t/2"],
                "taskType": "HIVE_DATAX",
            }),
            ours: |c, case| {
                Box::pin(async move {
                    let body: types::CreateMmsJobRequest = body(case)?;
                    sent(
                        c.create_mms_job()
                            .source_id(case.path_ids[0])
                            .body(body)
                            .send()
                            .await,
                    )
                })
            },
        },
        "StartMmsJob" => Case {
            path_ids: &[2, 10],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.start_mms_job()
                            .source_id(case.path_ids[0])
                            .job_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "StopMmsJob" => Case {
            path_ids: &[2, 10],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.stop_mms_job()
                            .source_id(case.path_ids[0])
                            .job_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "RetryMmsJob" => Case {
            path_ids: &[2, 10],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.retry_mms_job()
                            .source_id(case.path_ids[0])
                            .job_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "DeleteMmsJob" => Case {
            path_ids: &[2, 10],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.delete_mms_job()
                            .source_id(case.path_ids[0])
                            .job_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "ListMmsTasks" => Case {
            path_ids: &[2],
            request: json!({
                "dstDbName": "proj_1", "dstTableName": "t", "jobId": 10, "jobName": TEXT,
                "pageNum": 2, "pageSize": 30, "partition": "p1=a/p2=b c", "srcDbName": "库",
                "srcTableName": OTHER_TEXT, "status": "SCHEMA_DOING",
                "sorter": {"startTime": "asc", "status": "desc"},
            }),
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.list_mms_tasks()
                            .source_id(case.path_ids[0])
                            .dst_db_name("proj_1")
                            .dst_table_name("t")
                            .job_id(10)
                            .job_name(TEXT)
                            .page_num(2)
                            .page_size(30)
                            .partition("p1=a/p2=b c")
                            .src_db_name("库")
                            .src_table_name(OTHER_TEXT)
                            .status(TaskStatus::SchemaDoing)
                            .sorter_start_time(types::SortOrder::Asc)
                            .sorter_status(types::SortOrder::Desc)
                            .send()
                            .await,
                    )
                })
            },
        },
        "GetMmsTask" => Case {
            path_ids: &[2, 51],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.get_mms_task()
                            .source_id(case.path_ids[0])
                            .task_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "RetryMmsTask" => Case {
            path_ids: &[2, 51],
            request: json!({}),
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.retry_mms_task()
                            .source_id(case.path_ids[0])
                            .task_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "ListMmsTaskLogs" => Case {
            path_ids: &[2, 51],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.list_mms_task_logs()
                            .source_id(case.path_ids[0])
                            .task_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "ListMmsTimers" => Case {
            path_ids: &[2],
            request: json!({"name": TEXT, "pageNum": 1, "pageSize": 10, "srcDbName": "库",
                            "srcTableName": OTHER_TEXT, "stopped": false}),
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.list_mms_timers()
                            .source_id(case.path_ids[0])
                            .name(TEXT)
                            .page_num(1)
                            .page_size(10)
                            .src_db_name("库")
                            .src_table_name(OTHER_TEXT)
                            .stopped(false)
                            .send()
                            .await,
                    )
                })
            },
        },
        "GetMmsTimer" => Case {
            path_ids: &[2, 61],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.get_mms_timer()
                            .source_id(case.path_ids[0])
                            .timer_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "CreateMmsTimer" => Case {
            path_ids: &[2],
            request: json!({
                "columnMapping": string_map(), "enableDataMigration": false,
                "enableSchemaMigration": true, "enableVerification": false, "name": TEXT,
                "others": free_form(), "partitionFilters": {}, "partitions": [BIG, 3],
                "scheduleType": "Daily", "sourceId": 2, "srcDbName": "库",
                "tableBlackList": [], "tableMapping": string_map(),
                "tableWhiteList": ["w/1"], "tables": ["t=1"], "value": "01:30",
            }),
            ours: |c, case| {
                Box::pin(async move {
                    let body: types::CreateMmsTimerRequest = body(case)?;
                    sent(
                        c.create_mms_timer()
                            .source_id(case.path_ids[0])
                            .body(body)
                            .send()
                            .await,
                    )
                })
            },
        },
        "UpdateMmsTimer" => Case {
            path_ids: &[2, 61],
            request: json!({"scheduleType": "Hourly", "stopped": true,
                            "tableBlackList": ["b 1", "数据"], "tableWhiteList": [],
                            "value": "15"}),
            ours: |c, case| {
                Box::pin(async move {
                    let body: types::UpdateMmsTimerRequest = body(case)?;
                    sent(
                        c.update_mms_timer()
                            .source_id(case.path_ids[0])
                            .timer_id(case.path_ids[1])
                            .body(body)
                            .send()
                            .await,
                    )
                })
            },
        },
        "DeleteMmsTimer" => Case {
            path_ids: &[2, 61],
            request: Value::Null,
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.delete_mms_timer()
                            .source_id(case.path_ids[0])
                            .timer_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "TriggerMmsTimer" => Case {
            path_ids: &[2, 61],
            request: json!({}),
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.trigger_mms_timer()
                            .source_id(case.path_ids[0])
                            .timer_id(case.path_ids[1])
                            .send()
                            .await,
                    )
                })
            },
        },
        "ListMmsTimerLogs" => Case {
            path_ids: &[2, 61],
            request: json!({"pageNum": 2, "pageSize": 5}),
            ours: |c, case| {
                Box::pin(async move {
                    sent(
                        c.list_mms_timer_logs()
                            .source_id(case.path_ids[0])
                            .timer_id(case.path_ids[1])
                            .page_num(2)
                            .page_size(5)
                            .send()
                            .await,
                    )
                })
            },
        },
        _ => return None,
    };
    Some(case)
}
