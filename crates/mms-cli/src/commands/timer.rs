//! `mms timer …`: timers that create migration jobs on a schedule.

use clap::{Args, Subcommand};
use maxcompute_mms::{
    types::{CreateMmsTimerRequest, UpdateMmsTimerRequest},
    Operations,
};
use serde::Serialize;

use super::{
    item::{Change, Destroy, Item, Timer},
    job::WithSource,
    listing::Listing,
    migration::{MigrationSteps, NameMappings},
};
use crate::{
    api::Api,
    body::{self, pairs, FromFile},
    confirm::confirm,
    exit::Outcome,
    flags::{self, Maybe},
    output::{self, print_one, print_written, ShowOutput, WriteOutput},
};

/// Commands on timers.
#[derive(Debug, Subcommand)]
pub enum TimerCommand {
    /// List the timers of a data source.
    #[command(
        after_help = "Examples:\n  mms timer list 2\n  mms timer list 2 --stopped false --output json"
    )]
    List(TimerList),
    /// Show a timer and the job it creates.
    #[command(
        after_help = "Examples:\n  mms timer get 2 3\n  mms timer get 2 3 --output json | jq .config"
    )]
    Get(Item<Timer, ShowOutput>),
    /// Create a timer that creates a migration job daily or hourly.
    #[command(
        after_help = "Examples:\n  mms timer create 2 --name orders_daily --src-db-name mms_test --tables orders --schedule-type Daily --value 02:30\n  mms timer create 2 --from-file timer.yaml"
    )]
    Create(TimerCreate),
    /// Change a timer's schedule, pause (`--stopped true`) or resume it.
    #[command(
        after_help = "Examples:\n  mms timer update 2 3 --schedule-type Hourly --value 15\n  mms timer update 2 3 --stopped true"
    )]
    Update(Item<Timer, Change<TimerUpdateBody>>),
    /// Delete a timer (asks first).
    #[command(after_help = "Examples:\n  mms timer delete 2 3\n  mms timer delete 2 3 --yes")]
    Delete(Item<Timer, Destroy>),
    /// Fire a timer now: create its job at once.
    #[command(after_help = "Examples:\n  mms timer trigger 2 3")]
    Trigger(Item<Timer, WriteOutput>),
    /// Show what a timer did each time it fired.
    #[command(
        after_help = "Examples:\n  mms timer logs 2 3\n  mms timer logs 2 3 --limit 10 --output jsonl"
    )]
    Logs(TimerLogs),
}

impl TimerCommand {
    pub async fn run<A: Api>(self, api: &A) -> Outcome {
        match self {
            TimerCommand::List(c) => {
                let request = api
                    .list_mms_timers()
                    .source_id(c.source_id)
                    .maybe(c.name, |r, v| r.name(v))
                    .maybe(c.src_db_name, |r, v| r.src_db_name(v))
                    .maybe(c.src_table_name, |r, v| r.src_table_name(v))
                    .maybe(c.stopped, |r, v| r.stopped(v));
                c.listing.print(request.items(), &output::TIMERS).await
            }
            TimerCommand::Get(c) => {
                let timer = api
                    .get_mms_timer()
                    .source_id(c.source_id)
                    .timer_id(c.id)
                    .send()
                    .await?;
                print_one(&timer, &c.flags, &output::TIMERS, None)
            }
            TimerCommand::Create(c) => {
                let flags = WithSource {
                    source_id: c.source_id,
                    body: &c.body,
                };
                let body: CreateMmsTimerRequest =
                    body::build("CreateMmsTimerRequest", &flags, &c.from_file)?;
                let created = api
                    .create_mms_timer()
                    .source_id(c.source_id)
                    .body(body)
                    .send()
                    .await?;
                let id = created
                    .timer_id
                    .map_or("?".to_string(), |id| id.to_string());
                print_written(
                    &created,
                    &c.output,
                    &format!("created timer {id} of data source {}", c.source_id),
                )
            }
            TimerCommand::Update(c) => {
                let body: UpdateMmsTimerRequest =
                    body::build("UpdateMmsTimerRequest", &c.flags.body, &c.flags.from_file)?;
                let data = api
                    .update_mms_timer()
                    .source_id(c.source_id)
                    .timer_id(c.id)
                    .body(body)
                    .send()
                    .await?;
                print_written(&data, &c.flags.output, &format!("{c}: updated"))
            }
            TimerCommand::Delete(c) => {
                confirm(
                    &c.flags.yes,
                    api.is_dry_run(),
                    "timer delete",
                    &format!("Delete {c}?"),
                )?;
                let data = api
                    .delete_mms_timer()
                    .source_id(c.source_id)
                    .timer_id(c.id)
                    .send()
                    .await?;
                print_written(&data, &c.flags.output, &format!("{c}: deleted"))
            }
            TimerCommand::Trigger(c) => {
                let data = api
                    .trigger_mms_timer()
                    .source_id(c.source_id)
                    .timer_id(c.id)
                    .send()
                    .await?;
                print_written(&data, &c.flags, &format!("{c}: fired"))
            }
            TimerCommand::Logs(c) => {
                let request = api
                    .list_mms_timer_logs()
                    .source_id(c.source_id)
                    .timer_id(c.timer_id);
                c.listing.print(request.items(), &output::TIMER_LOGS).await
            }
        }
    }
}

/// `mms timer list`.
#[derive(Debug, Args)]
pub struct TimerList {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    /// Only timers whose name contains this text.
    #[arg(long)]
    name: Option<String>,
    /// Only timers of this source database.
    #[arg(long)]
    src_db_name: Option<String>,
    /// Only timers of this source table.
    #[arg(long)]
    src_table_name: Option<String>,
    /// Only paused timers (true) or only running ones (false).
    #[arg(long, value_name = "BOOL")]
    stopped: Option<bool>,
    #[command(flatten)]
    listing: Listing,
}

/// `mms timer logs`.
#[derive(Debug, Args)]
pub struct TimerLogs {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    /// Timer id.
    #[arg(value_name = "TIMER")]
    timer_id: i64,
    #[command(flatten)]
    listing: Listing,
}

/// The body of CreateMmsTimer as flags; `sourceId` is the SOURCE argument.
#[derive(Debug, Args, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimerBody {
    /// Name of the new timer.
    #[arg(long)]
    name: Option<String>,
    /// Database the timer's jobs migrate from.
    #[arg(long)]
    src_db_name: Option<String>,
    /// How often the timer fires.
    #[arg(long, value_parser = flags::schedule_type())]
    schedule_type: Option<String>,
    /// When it fires: HH:MM for Daily, the minute MM for Hourly.
    #[arg(long)]
    value: Option<String>,
    /// Tables to migrate, comma-separated.
    #[arg(long, value_delimiter = ',')]
    tables: Vec<String>,
    /// Partition ids to migrate, comma-separated.
    #[arg(long, value_delimiter = ',')]
    partitions: Vec<i64>,
    /// For a whole-database timer, the only tables to migrate, comma-separated.
    #[arg(long, value_delimiter = ',')]
    table_white_list: Vec<String>,
    /// For a whole-database timer, tables to leave out, comma-separated.
    #[arg(long, value_delimiter = ',')]
    table_black_list: Vec<String>,
    /// TABLE=FILTER choosing the partitions of a table (repeatable).
    #[arg(long, value_parser = flags::key_value, value_name = "TABLE=FILTER")]
    #[serde(serialize_with = "pairs")]
    partition_filters: Vec<(String, String)>,
    #[command(flatten)]
    #[serde(flatten)]
    mappings: NameMappings,
    #[command(flatten)]
    #[serde(flatten)]
    steps: MigrationSteps,
    /// KEY=VALUE settings of the engine; VALUE is JSON when it reads as JSON (repeatable).
    #[arg(long, value_parser = flags::key_json, value_name = "KEY=VALUE")]
    #[serde(serialize_with = "pairs")]
    others: Vec<(String, serde_json::Value)>,
}

/// `mms timer create`.
#[derive(Debug, Args)]
pub struct TimerCreate {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    #[command(flatten)]
    body: TimerBody,
    #[command(flatten)]
    from_file: FromFile,
    #[command(flatten)]
    output: WriteOutput,
}

/// The body of UpdateMmsTimer as flags.
#[derive(Debug, Args, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimerUpdateBody {
    /// How often the timer fires.
    #[arg(long, value_parser = flags::schedule_type())]
    schedule_type: Option<String>,
    /// When it fires: HH:MM for Daily, the minute MM for Hourly.
    #[arg(long)]
    value: Option<String>,
    /// Pause (true) or resume (false) the timer.
    #[arg(long, value_name = "BOOL")]
    stopped: Option<bool>,
    /// For a whole-database timer, the only tables to migrate, comma-separated.
    #[arg(long, value_delimiter = ',')]
    table_white_list: Vec<String>,
    /// For a whole-database timer, tables to leave out, comma-separated.
    #[arg(long, value_delimiter = ',')]
    table_black_list: Vec<String>,
}
