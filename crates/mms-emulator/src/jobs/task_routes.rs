//! The task operations: ListMmsTasks, GetMmsTask, RetryMmsTask, ListMmsTaskLogs.

use mms_api::types;

use crate::http::api_error::ApiError;
use crate::http::call::{Call, Reply, DEFAULT_PAGE_SIZE};
use crate::jobs::model::JobEntry;
use crate::jobs::tasks::Task;
use crate::state::page::{page, sort_by_keys};
use crate::state::problem::Problem;
use crate::state::store::Store;
use crate::state::values::TaskStatus;
use crate::state::world::Source;

fn job_name(source: &Source, task: &Task) -> Option<String> {
    match source.jobs.get(&task.job_id) {
        Some(JobEntry::Live(job)) => Some(job.name.clone()),
        _ => None,
    }
}

fn task_view(source: &Source, task: &Task) -> types::Task {
    types::Task {
        id: Some(task.id),
        job_id: Some(task.job_id),
        job_name: job_name(source, task),
        source_id: Some(source.info.id),
        source_name: Some(source.info.name.clone()),
        db_id: Some(task.db_id),
        table_id: Some(task.table_id),
        src_db_name: Some(task.src_db_name.clone()),
        src_schema_name: Some(task.src_schema_name.clone()),
        src_table_name: Some(task.src_table_name.clone()),
        dst_db_name: Some(task.dst_db_name.clone()),
        dst_schema_name: Some(task.dst_schema_name.clone()),
        dst_table_name: Some(task.dst_table_name.clone()),
        type_: Some(mms_api::TaskType::from(task.engine.as_str())),
        status: Some(mms_api::TaskStatus::from(task.status.as_str())),
        running: Some(task.running),
        stopped: Some(task.stopped),
        retried_times: Some(task.retried_times),
        create_time: Some(task.create_time.text()),
        start_time: task.start_time.map(|t| t.text()),
        end_time: task.end_time.map(|t| t.text()),
    }
}

#[derive(Debug, Clone, Copy)]
enum SortKey {
    Status,
    StartTime,
}

pub(crate) fn list(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let source_id = call.id("sourceId");
    let job_id = call.int("jobId")?;
    let job_name_filter = call.text("jobName");
    let src_db = call.text("srcDbName");
    let src_table = call.text("srcTableName");
    let dst_db = call.text("dstDbName");
    let dst_table = call.text("dstTableName");
    let partition = call.text("partition");
    let status = call.one_of("status", TaskStatus::parse, &TaskStatus::choices())?;
    let sorter = call.flat_sorter(&[
        ("status", SortKey::Status),
        ("startTime", SortKey::StartTime),
    ])?;
    let request = call.page(DEFAULT_PAGE_SIZE)?;
    let data = store.read(|world, _, _| {
        let source = world.source(source_id)?;
        if let Some(job) = job_id {
            source.job_entry(job)?;
        }
        let mut tasks: Vec<&Task> = source
            .tasks
            .values()
            .filter(|t| job_id.is_none_or(|j| t.job_id == j))
            .filter(|t| {
                job_name_filter.is_none_or(|n| job_name(source, t).is_some_and(|x| x.contains(n)))
            })
            .filter(|t| src_db.is_none_or(|d| t.src_db_name == d))
            .filter(|t| src_table.is_none_or(|d| t.src_table_name == d))
            .filter(|t| dst_db.is_none_or(|d| t.dst_db_name == d))
            .filter(|t| dst_table.is_none_or(|d| t.dst_table_name == d))
            .filter(|t| partition.is_none_or(|p| t.partition.as_deref() == Some(p)))
            .filter(|t| status.is_none_or(|s| t.status == s))
            .collect();
        sort_by_keys(&mut tasks, &sorter, |a, b, key| match key {
            SortKey::Status => a.status.as_str().cmp(b.status.as_str()),
            SortKey::StartTime => a.start_time.cmp(&b.start_time),
        });
        let p = page(tasks, request);
        Ok::<_, Problem>(types::TaskPage {
            total: Some(p.total),
            page_num: Some(p.num),
            page_size: Some(p.size),
            object_list: p.items.into_iter().map(|t| task_view(source, t)).collect(),
        })
    })?;
    Reply::json(&types::ListMmsTasksResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn get(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("taskId"));
    let data = store.read(|world, _, _| {
        let source = world.source(source_id)?;
        source.task(id).map(|t| task_view(source, t))
    })?;
    Reply::json(&types::GetMmsTaskResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn retry(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("taskId"));
    let (result, snapshot) = store.change(|world, rules, now| {
        let (source, mut env) = world.source_mut(source_id, rules, now)?;
        source.task(id)?;
        source.require_started("retrying a task")?;
        source.retry_task(id, &mut env)
    });
    result?;
    Reply::json(&types::RetryMmsTaskResponse {
        request_id: call.request_id(),
        data: Some(id),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn logs(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("taskId"));
    let data = store.read(|world, _, _| {
        let task = world.source(source_id)?.task(id)?;
        Ok::<_, Problem>(
            task.logs
                .iter()
                .map(|log| types::TaskLog {
                    id: Some(log.id),
                    task_id: Some(task.id),
                    source_id: Some(source_id),
                    action: Some(log.action.clone()),
                    status: Some(mms_api::TaskStatus::from(log.status.as_str())),
                    msg: Some(log.msg.clone()),
                    create_time: Some(log.create_time.text()),
                })
                .collect(),
        )
    })?;
    Reply::json(&types::ListMmsTaskLogsResponse {
        request_id: call.request_id(),
        data,
    })
}
