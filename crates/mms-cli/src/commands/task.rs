//! `mms task …`: the tasks a migration job is split into.

use clap::{Args, Subcommand};
use maxcompute_mms::Operations;

use super::{
    item::{Item, Task},
    listing::Listing,
};
use crate::{
    api::Api,
    exit::Outcome,
    flags::{self, Maybe, Sort, Sorts},
    output::{self, print_one, print_vec, print_written, ListOutput, ShowOutput, WriteOutput},
};

/// Commands on tasks.
// One value per run, parsed once: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// List the tasks of a data source's jobs.
    #[command(
        after_help = "Examples:\n  mms task list 2 --job-id 12\n  mms task list 2 --job-id 12 --status DATA_FAILED --output jsonl | jq -c '{id, srcTableName}'"
    )]
    List(TaskList),
    /// Show a task.
    #[command(after_help = "Examples:\n  mms task get 2 45")]
    Get(Item<Task, ShowOutput>),
    /// Run a failed task again.
    #[command(after_help = "Examples:\n  mms task retry 2 45")]
    Retry(Item<Task, WriteOutput>),
    /// Show a task's log: each step it went through and what it reported (why it failed).
    #[command(
        after_help = "Examples:\n  mms task logs 2 45\n  mms task logs 2 45 --output json | jq -r '.[].msg'"
    )]
    Logs(Item<Task, ListOutput>),
}

impl TaskCommand {
    pub async fn run<A: Api>(self, api: &A) -> Outcome {
        match self {
            TaskCommand::List(c) => {
                let mut request = api
                    .list_mms_tasks()
                    .source_id(c.source_id)
                    .maybe(c.job_id, |r, v| r.job_id(v))
                    .maybe(c.job_name, |r, v| r.job_name(v))
                    .maybe(c.src_db_name, |r, v| r.src_db_name(v))
                    .maybe(c.src_table_name, |r, v| r.src_table_name(v))
                    .maybe(c.dst_db_name, |r, v| r.dst_db_name(v))
                    .maybe(c.dst_table_name, |r, v| r.dst_table_name(v))
                    .maybe(c.partition, |r, v| r.partition(v))
                    .maybe(c.status, |r, v| r.status(v));
                for sort in c.sort {
                    request = match sort.key {
                        "start-time" => request.sorter_start_time(sort.order),
                        _ => request.sorter_status(sort.order),
                    };
                }
                c.listing.print(request.items(), &output::TASKS).await
            }
            TaskCommand::Get(c) => {
                let task = api
                    .get_mms_task()
                    .source_id(c.source_id)
                    .task_id(c.id)
                    .send()
                    .await?;
                print_one(&task, &c.flags, &output::TASKS, None)
            }
            TaskCommand::Retry(c) => {
                let data = api
                    .retry_mms_task()
                    .source_id(c.source_id)
                    .task_id(c.id)
                    .send()
                    .await?;
                print_written(&data, &c.flags, &format!("{c}: runs again"))
            }
            TaskCommand::Logs(c) => {
                let logs = api
                    .list_mms_task_logs()
                    .source_id(c.source_id)
                    .task_id(c.id)
                    .send()
                    .await?;
                print_vec(logs, &c.flags, &output::TASK_LOGS).await
            }
        }
    }
}

/// `mms task list`.
#[derive(Debug, Args)]
pub struct TaskList {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    /// Only tasks of this job.
    #[arg(long)]
    job_id: Option<i64>,
    /// Only tasks of jobs with this name.
    #[arg(long)]
    job_name: Option<String>,
    /// Only tasks reading from this source database.
    #[arg(long)]
    src_db_name: Option<String>,
    /// Only tasks of this source table.
    #[arg(long)]
    src_table_name: Option<String>,
    /// Only tasks writing into this MaxCompute project.
    #[arg(long)]
    dst_db_name: Option<String>,
    /// Only tasks writing this destination table.
    #[arg(long)]
    dst_table_name: Option<String>,
    /// Only tasks of this partition spec, such as ds=2024-12-01.
    #[arg(long)]
    partition: Option<String>,
    /// Only tasks in this status.
    #[arg(long, value_parser = flags::task_status())]
    status: Option<String>,
    /// Sort by KEY:asc|desc (repeatable).
    #[arg(long, value_parser = Sorts(&["start-time", "status"]), value_name = "KEY:ORDER")]
    sort: Vec<Sort>,
    #[command(flatten)]
    listing: Listing,
}
