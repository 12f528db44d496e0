//! `mms job …`: migration jobs.

use std::time::Duration;

use clap::{Args, Subcommand};
use maxcompute_mms::{types::CreateMmsJobRequest, Operations};
use serde::Serialize;

use super::{
    item::{Destroy, Item, Job},
    listing::Listing,
    migration::{MigrationSteps, NameMappings},
    scan::wait_for_async_task,
};
use crate::{
    api::Api,
    body::{self, pairs, FromFile},
    confirm::confirm,
    exit::Outcome,
    flags::{self, Maybe, Sort, Sorts},
    output::{self, print_one, print_written, ShowOutput, WriteOutput},
    progress::{WaitArgs, Waited},
    summary,
};

/// Commands on migration jobs.
#[derive(Debug, Subcommand)]
pub enum JobCommand {
    /// List the migration jobs of a data source.
    #[command(
        after_help = "Examples:\n  mms job list 2\n  mms job list 2 --status FAILED --output jsonl | jq -c '{id, name}'\n  mms job list 2 --sort status:desc --limit 20"
    )]
    List(JobList),
    /// Show a migration job.
    #[command(
        after_help = "Examples:\n  mms job get 2000015 10\n  mms job get 2000015 10 --output json | jq .status"
    )]
    Get(Item<Job, ShowOutput>),
    /// Create a migration job (asynchronously; `--wait` waits for the job to exist).
    #[command(
        after_help = "Examples:\n  mms job create 2 --name orders --src-db-name mms_test --dst-db-name mms_target --tables orders,customers --wait\n  mms job create 2 --from-file job.yaml --wait --output json"
    )]
    Create(JobCreate),
    /// Start a migration job.
    #[command(after_help = "Examples:\n  mms job start 2 12")]
    Start(Item<Job, WriteOutput>),
    /// Stop a running migration job (asks first).
    #[command(after_help = "Examples:\n  mms job stop 2 12\n  mms job stop 2 12 --yes")]
    Stop(Item<Job, Destroy>),
    /// Run the failed tasks of a migration job again.
    #[command(
        after_help = "Examples:\n  mms job retry 2 12\n  mms job retry 2 12 && mms job watch 2 12"
    )]
    Retry(Item<Job, WriteOutput>),
    /// Delete a migration job (asks first).
    #[command(after_help = "Examples:\n  mms job delete 2 12\n  mms job delete 2 12 --yes")]
    Delete(Item<Job, Destroy>),
    /// Poll a migration job until it ends, reporting tasks as they fail; the exit status says how
    /// it ended.
    #[command(
        after_help = "Examples:\n  mms job watch 2000015 10 --interval 10s --timeout 6h\n  mms --emulator job watch 2 10\n\n\
Exit status: 0 DONE, 3 FAILED, 4 stopped, 5 timed out, 1 a fatal error, 130 interrupted."
    )]
    Watch(JobWatch),
}

impl JobCommand {
    pub async fn run<A: Api>(self, api: &A) -> Outcome {
        match self {
            JobCommand::List(c) => c.run(api).await,
            JobCommand::Get(c) => {
                let job = api
                    .get_mms_job()
                    .source_id(c.source_id)
                    .job_id(c.id)
                    .send()
                    .await?;
                print_one(&job, &c.flags, &output::JOBS, Some(summary::render))
            }
            JobCommand::Create(c) => c.run(api).await,
            JobCommand::Start(c) => {
                let data = api
                    .start_mms_job()
                    .source_id(c.source_id)
                    .job_id(c.id)
                    .send()
                    .await?;
                print_written(&data, &c.flags, &format!("{c}: started"))
            }
            JobCommand::Stop(c) => {
                confirm(
                    &c.flags.yes,
                    api.is_dry_run(),
                    "job stop",
                    &format!("Stop {c}?"),
                )?;
                let data = api
                    .stop_mms_job()
                    .source_id(c.source_id)
                    .job_id(c.id)
                    .send()
                    .await?;
                print_written(&data, &c.flags.output, &format!("{c}: stop requested"))
            }
            JobCommand::Retry(c) => {
                let data = api
                    .retry_mms_job()
                    .source_id(c.source_id)
                    .job_id(c.id)
                    .send()
                    .await?;
                print_written(&data, &c.flags, &format!("{c}: failed tasks run again"))
            }
            JobCommand::Delete(c) => {
                confirm(
                    &c.flags.yes,
                    api.is_dry_run(),
                    "job delete",
                    &format!("Delete {c}?"),
                )?;
                let data = api
                    .delete_mms_job()
                    .source_id(c.source_id)
                    .job_id(c.id)
                    .send()
                    .await?;
                print_written(&data, &c.flags.output, &format!("{c}: deleted"))
            }
            JobCommand::Watch(c) => {
                crate::watch::watch(api, c.source_id, c.job_id, c.interval, c.timeout).await
            }
        }
    }
}

/// `mms job list`.
#[derive(Debug, Args)]
pub struct JobList {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    /// Only jobs whose name contains this text.
    #[arg(long)]
    name: Option<String>,
    /// Only jobs reading from this source database.
    #[arg(long)]
    src_db_name: Option<String>,
    /// Only jobs that migrate this source table.
    #[arg(long)]
    src_table_name: Option<String>,
    /// Only jobs writing into this MaxCompute project.
    #[arg(long)]
    dst_db_name: Option<String>,
    /// Only jobs that write this destination table.
    #[arg(long)]
    dst_table_name: Option<String>,
    /// Only jobs in this status.
    #[arg(long, value_parser = flags::job_status())]
    status: Option<String>,
    /// Only stopped jobs (1) or only jobs not stopped (0).
    #[arg(long, value_parser = clap::value_parser!(i64).range(0..=1))]
    stopped: Option<i64>,
    /// Only jobs created by this timer.
    #[arg(long)]
    timer_id: Option<i64>,
    /// Sort by KEY:asc|desc.
    #[arg(long, value_parser = Sorts(&["status"]), value_name = "KEY:ORDER")]
    sort: Vec<Sort>,
    #[command(flatten)]
    listing: Listing,
}

impl JobList {
    async fn run<A: Api>(self, api: &A) -> Outcome {
        let mut request = api
            .list_mms_jobs()
            .source_id(self.source_id)
            .maybe(self.name, |r, v| r.name(v))
            .maybe(self.src_db_name, |r, v| r.src_db_name(v))
            .maybe(self.src_table_name, |r, v| r.src_table_name(v))
            .maybe(self.dst_db_name, |r, v| r.dst_db_name(v))
            .maybe(self.dst_table_name, |r, v| r.dst_table_name(v))
            .maybe(self.status, |r, v| r.status(v))
            .maybe(self.stopped, |r, v| r.stopped(v))
            .maybe(self.timer_id, |r, v| r.timer_id(v));
        for sort in self.sort {
            if sort.key == "status" {
                request = request.sorter_status(sort.order);
            }
        }
        self.listing.print(request.items(), &output::JOBS).await
    }
}

/// `mms job watch`.
#[derive(Debug, Args)]
pub struct JobWatch {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    /// Job id.
    #[arg(value_name = "JOB")]
    job_id: i64,
    /// Time between polls, e.g. 5s.
    #[arg(long, value_parser = humantime::parse_duration, default_value = "5s")]
    interval: Duration,
    /// Give up after this long, e.g. 2h.
    #[arg(long, value_parser = humantime::parse_duration, default_value = "2h")]
    timeout: Duration,
}

/// The body of CreateMmsJob as flags; `sourceId` is the SOURCE argument.
#[derive(Debug, Args, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JobBody {
    /// Name of the new job.
    #[arg(long)]
    name: Option<String>,
    /// Name of the data source.
    #[arg(long)]
    source_name: Option<String>,
    /// Database to migrate from.
    #[arg(long)]
    src_db_name: Option<String>,
    /// Schema to migrate from, for sources with a three-level namespace.
    #[arg(long)]
    src_schema_name: Option<String>,
    /// MaxCompute project to migrate into.
    #[arg(long)]
    dst_db_name: Option<String>,
    /// MaxCompute schema to migrate into.
    #[arg(long)]
    dst_schema_name: Option<String>,
    /// Tables to migrate (a job of type Tables), comma-separated.
    #[arg(long, value_delimiter = ',')]
    tables: Vec<String>,
    /// Partition ids to migrate (a job of type Partitions), comma-separated.
    #[arg(long, value_delimiter = ',')]
    partitions: Vec<i64>,
    /// For a whole-database job, the only tables to migrate, comma-separated.
    #[arg(long, value_delimiter = ',')]
    table_white_list: Vec<String>,
    /// For a whole-database job, tables to leave out, comma-separated.
    #[arg(long, value_delimiter = ',')]
    table_black_list: Vec<String>,
    /// TABLE=FILTER choosing the partitions of a table to migrate (repeatable).
    #[arg(long, value_parser = flags::key_value, value_name = "TABLE=FILTER")]
    #[serde(serialize_with = "pairs")]
    partition_filters: Vec<(String, String)>,
    #[command(flatten)]
    #[serde(flatten)]
    mappings: NameMappings,
    /// Migrate only partitions that are new or changed since the last migration.
    #[arg(long, value_name = "BOOL")]
    increment: Option<bool>,
    #[command(flatten)]
    #[serde(flatten)]
    steps: MigrationSteps,
    /// Migrate table definitions only (deprecated by the service).
    #[arg(long, value_name = "BOOL")]
    schema_only: Option<bool>,
    /// The migration engine (deprecated by the service).
    #[arg(long, value_parser = flags::task_type())]
    task_type: Option<String>,
    /// Wished completion time; earlier ones are scheduled first.
    #[arg(long)]
    eta: Option<String>,
    /// KEY=VALUE settings of the engine; VALUE is JSON when it reads as JSON (repeatable).
    #[arg(long, value_parser = flags::key_json, value_name = "KEY=VALUE")]
    #[serde(serialize_with = "pairs")]
    others: Vec<(String, serde_json::Value)>,
}

/// `mms job create`.
#[derive(Debug, Args)]
pub struct JobCreate {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    #[command(flatten)]
    body: JobBody,
    #[command(flatten)]
    from_file: FromFile,
    #[command(flatten)]
    wait: WaitArgs,
    #[command(flatten)]
    output: WriteOutput,
}

/// The flags of a body with the data source of the path.
#[derive(Serialize)]
pub(super) struct WithSource<'a, B> {
    #[serde(rename = "sourceId")]
    pub source_id: i64,
    #[serde(flatten)]
    pub body: &'a B,
}

impl JobCreate {
    async fn run<A: Api>(self, api: &A) -> Outcome {
        let flags = WithSource {
            source_id: self.source_id,
            body: &self.body,
        };
        let body: CreateMmsJobRequest =
            body::build("CreateMmsJobRequest", &flags, &self.from_file)?;
        let created = api
            .create_mms_job()
            .source_id(self.source_id)
            .body(body)
            .send()
            .await?;
        let Some(task) = created.async_task_id else {
            return print_written(&created, &self.output, "job creation requested");
        };
        if !self.wait.wait {
            return print_written(
                &created,
                &self.output,
                &format!(
                    "job creation started as async task {task}; follow it with `mms async-task get {} {task} --wait`",
                    self.source_id
                ),
            );
        }
        let done = match wait_for_async_task(api, self.source_id, task, &self.wait).await? {
            Waited::Done(done) => done,
            Waited::Ended(exit) => return Ok(exit),
        };
        let Some(job_id) = done.object_id else {
            return print_written(&done, &self.output, &format!("async task {task} DONE"));
        };
        let job = api
            .get_mms_job()
            .source_id(self.source_id)
            .job_id(job_id)
            .send()
            .await?;
        let source = self.source_id;
        let next = if job.status == Some(maxcompute_mms::JobStatus::Init) {
            format!(
                "run it with `mms job start {source} {job_id} && mms job watch {source} {job_id}`"
            )
        } else {
            format!("watch it with `mms job watch {source} {job_id}`")
        };
        print_written(
            &job,
            &self.output,
            &format!("created job {job_id} of data source {source}; {next}"),
        )
    }
}
