//! The timer operations: ListMmsTimers, CreateMmsTimer, GetMmsTimer, UpdateMmsTimer,
//! DeleteMmsTimer, TriggerMmsTimer, ListMmsTimerLogs.

use mms_api::types;

use crate::http::api_error::ApiError;
use crate::http::call::{Call, Reply, DEFAULT_PAGE_SIZE};
use crate::jobs::model::Scope;
use crate::state::page::page;
use crate::state::problem::Problem;
use crate::state::store::Store;
use crate::state::values::ScheduleType;
use crate::timers::model::{NewTimer, Timer, TimerUpdate};

fn schedule_type(value: Option<mms_api::ScheduleType>) -> Result<Option<ScheduleType>, Problem> {
    value
        .map(|v| {
            ScheduleType::parse(v.as_str()).ok_or_else(|| {
                Problem::invalid(
                    "scheduleType",
                    format!(
                        "The scheduleType {:?} is not {}.",
                        v.as_str(),
                        ScheduleType::choices()
                    ),
                )
            })
        })
        .transpose()
}

/// The answer's view of a timer. GetMmsTimer adds `config` and `updateTime` to what a list
/// item of ListMmsTimers has.
fn timer_view(source_id: i64, timer: &Timer, with_config: bool) -> types::Timer {
    let scope = &timer.scope;
    types::Timer {
        id: Some(timer.id),
        name: Some(timer.name.clone()),
        source_id: Some(source_id),
        db_id: Some(timer.db_id),
        src_db_name: Some(timer.src_db_name.clone()),
        type_: Some(timer.kind.as_str().to_owned()),
        schedule_type: Some(mms_api::ScheduleType::from(timer.schedule_type.as_str())),
        value: Some(timer.value.clone()),
        stopped: Some(timer.stopped),
        create_time: Some(timer.create_time.text()),
        update_time: with_config.then(|| timer.update_time.text()),
        config: with_config.then(|| types::TimerConfig {
            tables: scope.tables.clone(),
            partitions: scope.partitions.clone(),
            table_white_list: scope.table_white_list.clone(),
            table_black_list: scope.table_black_list.clone(),
            partition_filters: scope.partition_filters.clone(),
            table_mapping: scope.table_mapping.clone(),
            column_mapping: scope.column_mapping.clone(),
            enable_verification: Some(scope.enable_verification),
            enable_data_migration: Some(scope.enable_data_migration),
            enable_schema_migration: Some(scope.enable_schema_migration),
            others: scope.others.clone(),
        }),
    }
}

pub(crate) fn list(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let source_id = call.id("sourceId");
    let name = call.text("name");
    let src_db = call.text("srcDbName");
    let src_table = call.text("srcTableName");
    let stopped = call.boolean("stopped")?;
    let request = call.page(DEFAULT_PAGE_SIZE)?;
    let data = store.read(|world, _, _| {
        let source = world.source(source_id)?;
        let timers: Vec<types::Timer> = source
            .timers
            .values()
            .filter(|t| name.is_none_or(|n| t.name.contains(n)))
            .filter(|t| src_db.is_none_or(|d| t.src_db_name == d))
            .filter(|t| src_table.is_none_or(|x| t.scope.tables.iter().any(|s| s == x)))
            .filter(|t| stopped.is_none_or(|s| t.stopped == s))
            .map(|t| timer_view(source_id, t, false))
            .collect();
        let p = page(timers, request);
        Ok::<_, Problem>(types::TimerPage {
            total: Some(p.total),
            page_num: Some(p.num),
            page_size: Some(p.size),
            object_list: p.items,
        })
    })?;
    Reply::json(&types::ListMmsTimersResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn create(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let source_id = call.id("sourceId");
    let body: types::CreateMmsTimerRequest = call.body()?;
    call.check_body_source_id(body.source_id)?;
    let new = NewTimer {
        name: body.name.unwrap_or_default(),
        src_db_name: body
            .src_db_name
            .ok_or_else(|| Problem::missing("srcDbName"))?,
        schedule_type: schedule_type(body.schedule_type)?,
        value: body.value,
        scope: Scope {
            tables: body.tables,
            partitions: body.partitions,
            table_white_list: body.table_white_list,
            table_black_list: body.table_black_list,
            partition_filters: body.partition_filters,
            table_mapping: body.table_mapping,
            column_mapping: body.column_mapping,
            enable_verification: body.enable_verification.unwrap_or(false),
            enable_data_migration: body.enable_data_migration.unwrap_or(true),
            enable_schema_migration: body.enable_schema_migration.unwrap_or(true),
            others: body.others,
            ..Scope::default()
        },
    };
    let (id, snapshot) = store.change(|world, rules, now| {
        let (source, mut env) = world.source_mut(source_id, rules, now)?;
        source.create_timer(new, &mut env)
    });
    Reply::json(&types::CreateMmsTimerResponse {
        request_id: call.request_id(),
        data: Some(types::CreatedTimer {
            timer_id: Some(id?),
        }),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn get(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("timerId"));
    let data = store.read(|world, _, _| {
        world
            .source(source_id)?
            .timer(id)
            .map(|t| timer_view(source_id, t, true))
    })?;
    Reply::json(&types::GetMmsTimerResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn update(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("timerId"));
    // The lists are replaced only when the body names them (an absent list is not "empty").
    let body: types::UpdateMmsTimerRequest = call.body()?;
    let update = TimerUpdate {
        schedule_type: schedule_type(body.schedule_type)?,
        value: body.value,
        stopped: body.stopped,
        table_white_list: body.table_white_list,
        table_black_list: body.table_black_list,
    };
    let (result, snapshot) = store.change(|world, rules, now| {
        let (source, _) = world.source_mut(source_id, rules, now)?;
        source.update_timer(id, update, now)
    });
    result?;
    Reply::json(&types::UpdateMmsTimerResponse {
        request_id: call.request_id(),
        data: Some(id),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn delete(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("timerId"));
    let (result, snapshot) = store.change(|world, rules, now| {
        let (source, _) = world.source_mut(source_id, rules, now)?;
        source.delete_timer(id)
    });
    result?;
    Reply::json(&types::DeleteMmsTimerResponse {
        request_id: call.request_id(),
        data: Some(id),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn trigger(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("timerId"));
    // A failed run is kept in the timer's log even though the answer is an error.
    let (result, snapshot) = store.change(|world, rules, now| {
        let (source, mut env) = world.source_mut(source_id, rules, now)?;
        Ok(source.trigger_timer(id, &mut env))
    });
    let run = result?;
    let reply = match run {
        Ok(_job) => Reply::json(&types::TriggerMmsTimerResponse {
            request_id: call.request_id(),
            data: Some(id),
        })?,
        Err(problem) => {
            if let Some(snapshot) = &snapshot {
                store.save(snapshot).ok();
            }
            return Err(problem.into());
        }
    };
    Ok(reply.saving(snapshot))
}

pub(crate) fn logs(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("timerId"));
    let request = call.page(DEFAULT_PAGE_SIZE)?;
    let data = store.read(|world, _, _| {
        let timer = world.source(source_id)?.timer(id)?;
        let logs: Vec<types::TimerLog> = timer
            .logs
            .iter()
            .map(|log| types::TimerLog {
                id: Some(log.id),
                source_id: Some(source_id),
                action: Some(log.action.clone()),
                status: Some(log.status.as_str().to_owned()),
                msg: Some(log.msg.clone()),
                create_time: Some(log.create_time.text()),
            })
            .collect();
        let p = page(logs, request);
        Ok::<_, Problem>(types::TimerLogPage {
            total: Some(p.total),
            page_num: Some(p.num),
            page_size: Some(p.size),
            object_list: p.items,
        })
    })?;
    Reply::json(&types::ListMmsTimerLogsResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}
