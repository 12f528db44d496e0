//! The job operations: ListMmsJobs, CreateMmsJob, GetMmsJob, StartMmsJob, StopMmsJob,
//! RetryMmsJob, DeleteMmsJob.

use mms_api::types;

use crate::async_tasks::model::Work;
use crate::clock::Millis;
use crate::http::api_error::ApiError;
use crate::http::call::{Call, Reply, DEFAULT_PAGE_SIZE};
use crate::jobs::model::NewJob;
use crate::jobs::model::{Job, JobEntry, Scope};
use crate::state::page::{page, sort_by_keys};
use crate::state::problem::Problem;
use crate::state::store::Store;
use crate::state::values::{AsyncKind, JobStatus};
use crate::state::world::{Env, Source};

/// A CreateMmsJob body as a job to plan. Schema and data migration are on unless turned off;
/// verification is off unless turned on.
pub(crate) fn new_job(body: types::CreateMmsJobRequest) -> NewJob {
    NewJob {
        name: body.name.unwrap_or_default(),
        src_db_name: body.src_db_name.unwrap_or_default(),
        src_schema_name: body.src_schema_name.unwrap_or_default(),
        dst_db_name: body.dst_db_name,
        dst_schema_name: body.dst_schema_name,
        eta: body.eta.unwrap_or_default(),
        scope: Scope {
            tables: body.tables,
            partitions: body.partitions,
            table_white_list: body.table_white_list,
            table_black_list: body.table_black_list,
            partition_filters: body.partition_filters,
            table_mapping: body.table_mapping,
            column_mapping: body.column_mapping,
            increment: body.increment.unwrap_or(false),
            enable_verification: body.enable_verification.unwrap_or(false),
            enable_data_migration: body.enable_data_migration.unwrap_or(true),
            enable_schema_migration: body.enable_schema_migration.unwrap_or(true),
            schema_only: body.schema_only.unwrap_or(false),
            task_type: body
                .task_type
                .map(|t| t.as_str().to_owned())
                .unwrap_or_default(),
            tunnel_quota: String::new(),
            others: body.others,
        },
        timer_id: None,
    }
}

fn config_view(scope: &Scope) -> types::JobConfig {
    types::JobConfig {
        tables: scope.tables.clone(),
        partitions: scope.partitions.clone(),
        table_white_list: scope.table_white_list.clone(),
        table_black_list: scope.table_black_list.clone(),
        partition_filters: scope.partition_filters.clone(),
        table_mapping: scope.table_mapping.clone(),
        column_mapping: scope.column_mapping.clone(),
        increment: Some(scope.increment),
        enable_verification: Some(scope.enable_verification),
        schema_only: Some(scope.schema_only),
        task_type: Some(mms_api::TaskType::from(scope.task_type.as_str())),
        tunnel_quota: Some(scope.tunnel_quota.clone()),
        others: scope.others.clone(),
    }
}

/// The answer's view of a job that runs tasks.
fn live_view(source: &Source, job: &Job) -> types::Job {
    let (task_num, task_done) = source.task_counts(job);
    types::Job {
        id: job.id,
        name: Some(job.name.clone()),
        source_id: Some(source.info.id),
        source_name: Some(source.info.name.clone()),
        db_id: Some(job.db_id),
        src_db_name: Some(job.src_db_name.clone()),
        src_schema_name: Some(job.src_schema_name.clone()),
        dst_db_name: Some(job.dst_db_name.clone()),
        dst_schema_name: Some(job.dst_schema_name.clone()),
        status: Some(mms_api::JobStatus::from(job.status.as_str())),
        type_: Some(mms_api::JobType::from(job.kind.as_str())),
        stopped: Some(job.stopped),
        task_num: Some(task_num),
        task_done: Some(task_done),
        create_time: Some(job.create_time.text()),
        eta: Some(job.eta.clone()),
        config: Some(config_view(&job.scope)),
    }
}

/// The answer's view of any job; a list does not start the clock of a given job.
pub(crate) fn job_view(source: &Source, entry: &JobEntry, now: Millis) -> types::Job {
    match entry {
        JobEntry::Live(job) => live_view(source, job),
        JobEntry::Given(given) => given.peek(now),
    }
}

#[derive(Debug, Clone, Copy)]
enum SortKey {
    Status,
}

pub(crate) fn list(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let source_id = call.id("sourceId");
    let name = call.text("name");
    let src_db = call.text("srcDbName");
    let src_table = call.text("srcTableName");
    let dst_db = call.text("dstDbName");
    let dst_table = call.text("dstTableName");
    let status = call.one_of("status", JobStatus::parse, &JobStatus::choices())?;
    // An integer 0/1 by the spec; true/false are taken too.
    let stopped = match call.text("stopped") {
        None => None,
        Some("1") => Some(true),
        Some("0") => Some(false),
        Some(_) => call.boolean("stopped").map_err(|_| {
            Problem::invalid(
                "stopped",
                "The parameter stopped must be 1 (stopped jobs) or 0 (jobs not stopped).",
            )
        })?,
    };
    let timer_id = call.int("timerId")?;
    let sorter = call.flat_sorter(&[("status", SortKey::Status)])?;
    let request = call.page(DEFAULT_PAGE_SIZE)?;
    let data = store.read(|world, _, now| {
        let source = world.source(source_id)?;
        let covers = |entry: &JobEntry, f: &dyn Fn(&crate::jobs::tasks::Task) -> bool| match entry {
            JobEntry::Live(job) => source.tasks_of(job).any(f),
            JobEntry::Given(_) => false,
        };
        let mut jobs: Vec<(types::Job, &JobEntry)> = source
            .jobs
            .values()
            .map(|entry| (job_view(source, entry, now), entry))
            .filter(|(j, _)| name.is_none_or(|n| j.name.as_deref().is_some_and(|x| x.contains(n))))
            .filter(|(j, _)| src_db.is_none_or(|d| j.src_db_name.as_deref() == Some(d)))
            .filter(|(j, _)| dst_db.is_none_or(|d| j.dst_db_name.as_deref() == Some(d)))
            .filter(|(j, _)| {
                status.is_none_or(|s| j.status.as_ref().map(|x| x.as_str()) == Some(s.as_str()))
            })
            .filter(|(j, _)| stopped.is_none_or(|s| j.stopped.unwrap_or(false) == s))
            .filter(|(_, e)| {
                timer_id.is_none_or(|t| matches!(e, JobEntry::Live(job) if job.timer_id == Some(t)))
            })
            .filter(|(_, e)| src_table.is_none_or(|t| covers(e, &|task| task.src_table_name == t)))
            .filter(|(_, e)| dst_table.is_none_or(|t| covers(e, &|task| task.dst_table_name == t)))
            .collect();
        sort_by_keys(&mut jobs, &sorter, |a, b, SortKey::Status| {
            let s = |j: &types::Job| j.status.as_ref().map(|x| x.as_str().to_owned());
            s(&a.0).cmp(&s(&b.0))
        });
        let p = page(jobs, request);
        Ok::<_, Problem>(types::JobPage {
            total: Some(p.total),
            page_num: Some(p.num),
            page_size: Some(p.size),
            object_list: p.items.into_iter().map(|(j, _)| j).collect(),
        })
    })?;
    Reply::json(&types::ListMmsJobsResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn create(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let source_id = call.id("sourceId");
    let body: types::CreateMmsJobRequest = call.body()?;
    call.check_body_source_id(body.source_id)?;
    let new = new_job(body);
    let (id, snapshot) = store.change(|world, rules, now| {
        let (source, mut env) = world.source_mut(source_id, rules, now)?;
        let draft = source.plan_job(new, now)?;
        Ok(source.add_async_task(
            AsyncKind::TaskCreate,
            None,
            Work::CreateJob {
                draft: Box::new(draft),
            },
            &mut env,
        ))
    });
    Reply::json(&types::CreateMmsJobResponse {
        request_id: call.request_id(),
        data: Some(types::CreatedJob {
            async_task_id: Some(id?),
        }),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn get(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("jobId"));
    let data = store.read(|world, _, now| {
        let source = world
            .sources
            .get_mut(&source_id)
            .ok_or_else(|| crate::state::world::no_such_source(source_id))?;
        match source.jobs.get_mut(&id) {
            None => Err(super::no_such_job(source_id, id)),
            // The first read of a given job starts its progress clock.
            Some(JobEntry::Given(given)) => Ok(given.read(now)),
            Some(JobEntry::Live(job)) => {
                let job = job.clone();
                Ok(live_view(source, &job))
            }
        }
    })?;
    Reply::json(&types::GetMmsJobResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

/// Runs a job action under the lock; answers the job id.
fn act(
    store: &Store,
    call: &Call<'_>,
    action: fn(&mut Source, i64, &mut Env<'_>) -> Result<(), Problem>,
) -> Result<(i64, Option<crate::state::store::Snapshot>), ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("jobId"));
    let (result, snapshot) = store.change(|world, rules, now| {
        let (source, mut env) = world.source_mut(source_id, rules, now)?;
        action(source, id, &mut env)
    });
    result?;
    Ok((id, snapshot))
}

pub(crate) fn start(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (id, snapshot) = act(store, call, |source, id, env| {
        source.job_entry(id)?;
        source.require_started("starting a job")?;
        source.start_job(id, env)
    })?;
    Reply::json(&types::StartMmsJobResponse {
        request_id: call.request_id(),
        data: Some(id),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn stop(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (id, snapshot) = act(store, call, |source, id, env| source.stop_job(id, env))?;
    Reply::json(&types::StopMmsJobResponse {
        request_id: call.request_id(),
        data: Some(id),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn retry(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (id, snapshot) = act(store, call, |source, id, env| {
        source.job_entry(id)?;
        source.require_started("retrying a job")?;
        source.retry_job(id, env)
    })?;
    Reply::json(&types::RetryMmsJobResponse {
        request_id: call.request_id(),
        data: Some(id),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn delete(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (id, snapshot) = act(store, call, |source, id, _| source.delete_job(id))?;
    Reply::json(&types::DeleteMmsJobResponse {
        request_id: call.request_id(),
        data: Some(id),
    })
    .map(|r| r.saving(snapshot))
}
