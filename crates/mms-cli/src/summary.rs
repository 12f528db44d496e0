//! The readable summary of a job.

use std::fmt::Write;

use maxcompute_mms::{Job, JobConfig};

/// Tasks done out of the total, with the percentage: `42/100 (42%)`.
pub fn progress(job: &Job) -> String {
    match (job.task_done, job.task_num) {
        (Some(done), Some(total)) if total > 0 => {
            format!("{done}/{total} ({}%)", done.saturating_mul(100) / total)
        }
        (Some(done), Some(total)) => format!("{done}/{total}"),
        (Some(done), None) => format!("{done} done"),
        (None, Some(total)) => format!("?/{total}"),
        (None, None) => "unknown".to_string(),
    }
}

fn or_dash(value: Option<&str>) -> &str {
    match value {
        Some(v) if !v.is_empty() => v,
        _ => "-",
    }
}

fn yes_no(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "-",
    }
}

/// A few lines naming what a person needs to know about the job.
pub fn render(job: &Job) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "job {}  {}", job.id, or_dash(job.name.as_deref()));
    let source = match (&job.source_name, job.source_id) {
        (Some(name), Some(id)) => format!("{name} ({id})"),
        (Some(name), None) => name.clone(),
        (None, Some(id)) => format!("source {id}"),
        (None, None) => "-".into(),
    };
    let _ = writeln!(
        out,
        "  from         {source}: database {}, schema {}",
        or_dash(job.src_db_name.as_deref()),
        or_dash(job.src_schema_name.as_deref())
    );
    let _ = writeln!(
        out,
        "  to           project {}, schema {}",
        or_dash(job.dst_db_name.as_deref()),
        or_dash(job.dst_schema_name.as_deref())
    );
    let _ = writeln!(
        out,
        "  type         {}",
        job.type_.as_ref().map_or("-", |t| t.as_str())
    );
    let _ = writeln!(
        out,
        "  status       {}",
        job.status.as_ref().map_or("-", |s| s.as_str())
    );
    let _ = writeln!(out, "  tasks        {}", progress(job));
    let _ = writeln!(out, "  stopped      {}", yes_no(job.stopped));
    let _ = writeln!(
        out,
        "  created      {}",
        or_dash(job.create_time.as_deref())
    );
    let _ = writeln!(out, "  eta          {}", or_dash(job.eta.as_deref()));
    if let Some(config) = &job.config {
        for line in config_lines(config) {
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}

/// The non-empty parts of the config; empty strings and lists say nothing and are left out.
fn config_lines(config: &JobConfig) -> Vec<String> {
    fn list(items: &[String]) -> Option<String> {
        let items: Vec<&str> = items
            .iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect();
        (!items.is_empty()).then(|| items.join(", "))
    }
    fn map(items: &std::collections::BTreeMap<String, String>) -> Option<String> {
        let items: Vec<String> = items
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k} → {v}"))
            .collect();
        (!items.is_empty()).then(|| items.join(", "))
    }
    let mut lines = Vec::new();
    let mut add = |label: &str, value: Option<String>| {
        if let Some(value) = value {
            lines.push(format!("{label:<12} {value}"));
        }
    };
    add("tables", list(&config.tables));
    add(
        "partitions",
        (!config.partitions.is_empty()).then(|| {
            config
                .partitions
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        }),
    );
    add("include", list(&config.table_white_list));
    add("exclude", list(&config.table_black_list));
    add("filters", map(&config.partition_filters));
    add("table map", map(&config.table_mapping));
    add("column map", map(&config.column_mapping));
    add(
        "task type",
        config
            .task_type
            .as_ref()
            .map(|t| t.as_str().to_string())
            .filter(|t| !t.is_empty()),
    );
    add(
        "tunnel",
        config.tunnel_quota.clone().filter(|t| !t.is_empty()),
    );
    let flags: Vec<&str> = [
        (config.schema_only, "schema only"),
        (config.increment, "incremental"),
        (config.enable_verification, "verified"),
    ]
    .into_iter()
    .filter(|(on, _)| *on == Some(true))
    .map(|(_, name)| name)
    .collect();
    add("options", (!flags.is_empty()).then(|| flags.join(", ")));
    add(
        "others",
        (!config.others.is_empty())
            .then(|| serde_json::Value::Object(config.others.clone()).to_string()),
    );
    lines
}
