//! The table of each resource type: the columns a user scans first (id, name, status,
//! progress, times); `--columns` shows any other field.

use serde_json::Value;

use super::table::TableSpec;

fn int(item: &Value, field: &str) -> Option<i64> {
    item.get(field).and_then(Value::as_i64)
}

fn text<'a>(item: &'a Value, field: &str) -> Option<&'a str> {
    item.get(field)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// `done/total (pct%)`.
pub fn fraction(done: Option<i64>, total: Option<i64>) -> String {
    match (done, total) {
        (Some(done), Some(total)) if total > 0 => {
            format!("{done}/{total} ({}%)", done.saturating_mul(100) / total)
        }
        (Some(done), Some(total)) => format!("{done}/{total}"),
        (Some(done), None) => format!("{done} done"),
        (None, Some(total)) => format!("?/{total}"),
        (None, None) => "-".into(),
    }
}

fn job_progress(job: &Value) -> String {
    fraction(int(job, "taskDone"), int(job, "taskNum"))
}

/// `db.table` of a task.
fn task_table(task: &Value) -> String {
    match (text(task, "srcDbName"), text(task, "srcTableName")) {
        (Some(db), Some(table)) => format!("{db}.{table}"),
        (None, Some(table)) => table.into(),
        _ => "-".into(),
    }
}

/// A scan's progress, which the service counts in hundredths of a percent.
fn scan_progress(scan: &Value) -> String {
    match scan.get("progress").and_then(Value::as_f64) {
        Some(p) => format!("{:.0}%", p / 100.0),
        None => "-".into(),
    }
}

/// Migration jobs.
pub static JOBS: TableSpec = TableSpec {
    schema: "Job",
    columns: &[
        "id",
        "name",
        "status",
        "progress",
        "stopped",
        "src-db-name",
        "dst-db-name",
        "create-time",
    ],
    computed: &[("progress", job_progress)],
};

/// Tasks of migration jobs.
pub static TASKS: TableSpec = TableSpec {
    schema: "Task",
    columns: &[
        "id",
        "job-id",
        "table",
        "status",
        "running",
        "retried-times",
        "start-time",
        "end-time",
    ],
    computed: &[("table", task_table)],
};

/// A task's log.
pub static TASK_LOGS: TableSpec = TableSpec {
    schema: "TaskLog",
    columns: &["create-time", "status", "action", "msg"],
    computed: &[],
};

/// Data sources.
pub static DATA_SOURCES: TableSpec = TableSpec {
    schema: "DataSource",
    columns: &[
        "id",
        "name",
        "type",
        "status",
        "scan-status",
        "region",
        "table-num",
        "create-time",
    ],
    computed: &[],
};

/// Configuration items of a kind of data source.
pub static CONFIG_ITEMS: TableSpec = TableSpec {
    schema: "ConfigItem",
    columns: &["key", "type", "required", "value", "name"],
    computed: &[],
};

/// Databases of the catalog.
pub static DBS: TableSpec = TableSpec {
    schema: "Db",
    columns: &[
        "id",
        "name",
        "status",
        "tables",
        "tables-done",
        "num-rows",
        "size",
        "dst-project-name",
        "update-time",
    ],
    computed: &[],
};

/// Tables of the catalog.
pub static TABLES: TableSpec = TableSpec {
    schema: "Table",
    columns: &[
        "id",
        "db-name",
        "name",
        "status",
        "has-partitions",
        "partitions",
        "num-rows",
        "size",
        "dst-project-name",
        "last-ddl-time",
    ],
    computed: &[],
};

/// Partitions of the catalog.
pub static PARTITIONS: TableSpec = TableSpec {
    schema: "Partition",
    columns: &[
        "id",
        "table-name",
        "value",
        "status",
        "num-rows",
        "size",
        "last-ddl-time",
    ],
    computed: &[],
};

/// Timers.
pub static TIMERS: TableSpec = TableSpec {
    schema: "Timer",
    columns: &[
        "id",
        "name",
        "schedule-type",
        "value",
        "stopped",
        "src-db-name",
        "update-time",
    ],
    computed: &[],
};

/// A timer's log.
pub static TIMER_LOGS: TableSpec = TableSpec {
    schema: "TimerLog",
    columns: &["create-time", "id", "action", "status", "msg"],
    computed: &[],
};

/// Asynchronous tasks.
pub static ASYNC_TASKS: TableSpec = TableSpec {
    schema: "AsyncTask",
    columns: &[
        "id",
        "type",
        "status",
        "progress",
        "object-id",
        "error-msg",
        "start-time",
        "end-time",
    ],
    computed: &[],
};

/// Metadata scans.
pub static SCANS: TableSpec = TableSpec {
    schema: "FetchMetadataJob",
    columns: &[
        "id",
        "status",
        "progress",
        "start-time",
        "end-time",
        "error-msg",
    ],
    computed: &[("progress", scan_progress)],
};

/// Every table, for the test that their columns exist.
#[cfg(test)]
pub static ALL: &[&TableSpec] = &[
    &JOBS,
    &TASKS,
    &TASK_LOGS,
    &DATA_SOURCES,
    &CONFIG_ITEMS,
    &DBS,
    &TABLES,
    &PARTITIONS,
    &TIMERS,
    &TIMER_LOGS,
    &ASYNC_TASKS,
    &SCANS,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::table::TableWriter;

    #[test]
    fn every_default_column_is_a_field_of_its_schema_or_computed() {
        for spec in ALL {
            assert!(
                TableWriter::new(spec, None).is_ok(),
                "{}: a default column is neither a field nor computed",
                spec.schema
            );
        }
    }

    #[test]
    fn progress_reads_as_a_fraction() {
        let job = serde_json::json!({"taskDone": 3, "taskNum": 12});
        assert_eq!(job_progress(&job), "3/12 (25%)");
        assert_eq!(
            scan_progress(&serde_json::json!({"progress": 4250.0})),
            "42%"
        );
    }
}
