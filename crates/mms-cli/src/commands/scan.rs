//! `mms scan …` and `mms async-task …`: the asynchronous work the service runs for metadata
//! scans, job creation and data source changes.

use clap::{Args, Subcommand};
use maxcompute_mms::{
    types::{AsyncTask, FetchMetadataJob},
    Operations,
};

use crate::{
    api::Api,
    exit::{Failure, Outcome},
    output::{self, print_one, ShowOutput},
    progress::{self, WaitArgs, Waited},
};

/// Commands on metadata scans.
#[derive(Debug, Subcommand)]
pub enum ScanCommand {
    /// Show a metadata scan (`--wait` waits for it to end).
    #[command(after_help = "Examples:\n  mms scan get 2 31\n  mms scan get 2 31 --wait")]
    Get(ScanGet),
}

/// Commands on asynchronous tasks.
#[derive(Debug, Subcommand)]
pub enum AsyncTaskCommand {
    /// Show an asynchronous task (`--wait` waits for it to end); a done job creation names the
    /// new job in `object-id`.
    #[command(
        after_help = "Examples:\n  mms async-task get 2 5\n  mms async-task get 2 5 --wait --output json | jq .objectId"
    )]
    Get(AsyncTaskGet),
}

/// `mms scan get`.
#[derive(Debug, Args)]
pub struct ScanGet {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    /// Scan id.
    #[arg(value_name = "SCAN")]
    scan_id: i64,
    #[command(flatten)]
    wait: WaitArgs,
    #[command(flatten)]
    output: ShowOutput,
}

/// `mms async-task get`.
#[derive(Debug, Args)]
pub struct AsyncTaskGet {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    /// Asynchronous task id.
    #[arg(value_name = "TASK")]
    async_task_id: i64,
    #[command(flatten)]
    wait: WaitArgs,
    #[command(flatten)]
    output: ShowOutput,
}

/// Polls scan `scan` of data source `source` until it ends, showing its progress.
pub async fn wait_for_scan<A: Api>(
    api: &A,
    source: i64,
    scan: i64,
    wait: &WaitArgs,
) -> Result<Waited<FetchMetadataJob>, Failure> {
    progress::wait(
        wait.apply(api.scan_waiter(source, scan)),
        &format!("scan {scan}"),
        scan_label,
        scan_position,
        |s| s.error_msg.clone(),
        wait.timeout,
    )
    .await
}

/// Polls asynchronous task `task` of data source `source` until it ends, showing its progress.
pub async fn wait_for_async_task<A: Api>(
    api: &A,
    source: i64,
    task: i64,
    wait: &WaitArgs,
) -> Result<Waited<AsyncTask>, Failure> {
    progress::wait(
        wait.apply(api.async_task_waiter(source, task)),
        &format!("async task {task}"),
        async_task_label,
        async_task_position,
        |t| t.error_msg.clone(),
        wait.timeout,
    )
    .await
}

/// `scan 31 DOING 42%`.
fn scan_label(scan: &FetchMetadataJob) -> String {
    format!(
        "scan {} {} {}",
        scan.id.map_or("?".into(), |id| id.to_string()),
        scan.status.as_ref().map_or("-", |s| s.as_str()),
        scan.progress
            .map_or(String::new(), |p| format!("{:.0}%", p / 100.0))
    )
}

/// A scan's progress out of 10000.
fn scan_position(scan: &FetchMetadataJob) -> Option<(u64, u64)> {
    scan.progress
        .filter(|p| p.is_finite() && *p >= 0.0)
        .map(|p| (p.min(10_000.0) as u64, 10_000))
}

/// `async task 5 DOING 40%`.
fn async_task_label(task: &AsyncTask) -> String {
    format!(
        "async task {} {}{}",
        task.id.map_or("?".into(), |id| id.to_string()),
        task.status.as_ref().map_or("-", |s| s.as_str()),
        task.progress.map_or(String::new(), |p| format!(" {p}%"))
    )
}

/// An asynchronous task's progress out of 100.
fn async_task_position(task: &AsyncTask) -> Option<(u64, u64)> {
    task.progress
        .and_then(|p| u64::try_from(p.clamp(0, 100)).ok())
        .map(|p| (p, 100))
}

impl ScanCommand {
    pub async fn run<A: Api>(self, api: &A) -> Outcome {
        let ScanCommand::Get(c) = self;
        let scan = if c.wait.wait {
            match wait_for_scan(api, c.source_id, c.scan_id, &c.wait).await? {
                Waited::Done(scan) => scan,
                Waited::Ended(exit) => return Ok(exit),
            }
        } else {
            api.get_mms_fetch_metadata_job()
                .source_id(c.source_id)
                .scan_id(c.scan_id)
                .send()
                .await?
        };
        print_one(&scan, &c.output, &output::SCANS, None)
    }
}

impl AsyncTaskCommand {
    pub async fn run<A: Api>(self, api: &A) -> Outcome {
        let AsyncTaskCommand::Get(c) = self;
        let task = if c.wait.wait {
            match wait_for_async_task(api, c.source_id, c.async_task_id, &c.wait).await? {
                Waited::Done(task) => task,
                Waited::Ended(exit) => return Ok(exit),
            }
        } else {
            api.get_mms_async_task()
                .source_id(c.source_id)
                .async_task_id(c.async_task_id)
                .send()
                .await?
        };
        print_one(&task, &c.output, &output::ASYNC_TASKS, None)
    }
}
