//! The data source operations: ListMmsDataSources, CreateMmsDataSource, GetMmsDataSource,
//! UpdateMmsDataSource, DeleteMmsDataSource, ListMmsDataSourceConfigItems.

use mms_api::types;
use serde_json::Value;

use crate::datasources::config_items::{self, ItemDef};
use crate::datasources::model::{NewSource, SourceUpdate};
use crate::http::api_error::ApiError;
use crate::http::call::{Call, Reply};
use crate::state::page::{page, PageRequest};
use crate::state::problem::Problem;
use crate::state::store::Store;
use crate::state::values::{Lang, SourceAction, SourceType, WorkStatus};
use crate::state::world::Source;

/// What a secret value is shown as.
const MASK: &str = "******";

fn item_view(item: &ItemDef, value: Option<&Value>, with_sub_items: bool) -> types::ConfigItem {
    let value = value.map(|v| {
        if item.kind.is_secret() {
            Value::from(MASK)
        } else {
            v.clone()
        }
    });
    let mut view = types::ConfigItem {
        key: Some(item.key.to_owned()),
        name: Some(item.name.to_owned()),
        desc: Some(item.desc.to_owned()),
        group: Some(item.group.to_owned()),
        type_: Some(mms_api::ConfigItemType::from(item.kind.as_str())),
        sub_type: Some(item.sub_type.to_owned()),
        required: Some(item.required),
        enums: item.enums.iter().map(|e| (*e).to_owned()).collect(),
        place_holder: Some(item.place_holder.to_owned()),
        value,
        ..types::ConfigItem::default()
    };
    if with_sub_items {
        view.sub_items = serde_json::Map::new();
    }
    view
}

/// The answer's view of a data source.
pub(crate) fn source_view(source: &Source, with_config: bool) -> types::DataSource {
    let info = &source.info;
    let catalog = &source.catalog;
    let tables = catalog.table_tally(None);
    let partitions = catalog.partition_tally(None, None);
    let scan = info.scan_id.and_then(|id| source.scans.get(&id));
    let mut dst_projects = vec![info.dst_project()];
    for db in catalog.dbs.values() {
        if !dst_projects.contains(&db.dst_project_name) {
            dst_projects.push(db.dst_project_name.clone());
        }
    }
    let config = if with_config {
        config_items::items(info.kind)
            .map(|item| item_view(item, info.config.get(item.key), true))
            .collect()
    } else {
        Vec::new()
    };
    let last_update = scan
        .and_then(|s| s.end_time)
        .or_else(|| (!catalog.dbs.is_empty()).then_some(info.create_time));
    types::DataSource {
        id: Some(info.id),
        name: Some(info.name.clone()),
        type_: Some(mms_api::DataSourceType::from(info.kind.as_str())),
        region: Some(info.region.clone()),
        networklink: Some(info.networklink.clone()),
        status: Some(mms_api::DataSourceStatus::from(info.status.as_str())),
        err_msg: Some(info.err_msg.clone()),
        agent_is_online: Some(info.agent_is_online),
        dst_project: Some(info.dst_project()),
        dst_projects,
        create_time: Some(info.create_time.text()),
        last_update_time: last_update.map(|t| t.text()),
        scan_id: info.scan_id,
        scan_status: scan.map(|s| mms_api::ScanStatus::from(s.status.as_str())),
        scan_err_msg: scan.map(|s| {
            if s.status == WorkStatus::Failed {
                s.result.clone()
            } else {
                String::new()
            }
        }),
        db_num: Some(i64::try_from(catalog.dbs.len()).unwrap_or(i64::MAX)),
        table_num: Some(tables.total),
        partition_num: Some(partitions.total),
        tables_doing_num: Some(tables.doing),
        tables_done_num: Some(tables.done),
        tables_failed_num: Some(tables.failed),
        tables_part_done_num: Some(tables.part_done),
        partitions_doing_num: Some(partitions.doing),
        partitions_done_num: Some(partitions.done),
        partitions_failed_num: Some(partitions.failed),
        config,
    }
}

/// `lang`, checked (the texts are English in either language).
fn check_lang(call: &Call<'_>) -> Result<(), Problem> {
    call.one_of("lang", Lang::parse, &Lang::choices())
        .map(|_| ())
}

pub(crate) fn list(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let name = call.text("name");
    let kind = call.one_of("type", SourceType::parse, &SourceType::choices())?;
    let region = call.text("region");
    let paged = call.text("pageNum").is_some() || call.text("pageSize").is_some();
    let request = call.page(crate::http::call::DEFAULT_PAGE_SIZE)?;
    let data = store.read(|world, _, _| {
        let items: Vec<types::DataSource> = world
            .sources
            .values()
            .filter(|s| name.is_none_or(|n| s.info.name.contains(n)))
            .filter(|s| kind.is_none_or(|k| s.info.kind == k))
            .filter(|s| region.is_none_or(|r| s.info.region == r))
            .map(|s| source_view(s, true))
            .collect();
        // Without paging parameters the whole list comes back, as the service does.
        let request = if paged {
            request
        } else {
            PageRequest {
                num: 1,
                size: i64::try_from(items.len()).unwrap_or(i64::MAX).max(1),
            }
        };
        let p = page(items, request);
        types::DataSourcePage {
            total: Some(p.total),
            page_num: Some(p.num),
            page_size: Some(p.size),
            object_list: p.items,
        }
    });
    Reply::json(&types::ListMmsDataSourcesResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn create(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let body: types::CreateMmsDataSourceRequest = call.body()?;
    let new = NewSource {
        name: body.name,
        kind: body.type_.map(|t| t.as_str().to_owned()),
        networklink: body.networklink,
        config: body.config,
    };
    let (id, snapshot) =
        store.change(|world, rules, now| world.create_source(new, None, None, rules, now));
    Reply::json(&types::CreateMmsDataSourceResponse {
        request_id: call.request_id(),
        data: Some(types::CreatedDataSource {
            data_source_id: Some(id?),
        }),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn get(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let id = call.id("sourceId");
    let with_config = call.boolean("withConfig")?.unwrap_or(false);
    check_lang(call)?;
    let data = store.read(|world, _, _| world.source(id).map(|s| source_view(s, with_config)))?;
    Reply::json(&types::GetMmsDataSourceResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn update(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let id = call.id("sourceId");
    let body: types::UpdateMmsDataSourceRequest = call.body()?;
    let action = match body.action {
        types::DataSourceAction::Start => SourceAction::Start,
        types::DataSourceAction::Stop => SourceAction::Stop,
        types::DataSourceAction::UpdateConfig => SourceAction::UpdateConfig,
        types::DataSourceAction::Rename => SourceAction::Rename,
    };
    let update = SourceUpdate {
        action,
        name: body.name,
        config: body.config,
        test: body.test.unwrap_or(false),
    };
    let (task, snapshot) =
        store.change(|world, rules, now| world.update_source(id, update, rules, now));
    Reply::json(&types::UpdateMmsDataSourceResponse {
        request_id: call.request_id(),
        data: Some(types::DataSourceUpdate {
            async_task_id: Some(task?),
            source_id: Some(id),
        }),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn delete(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let id = call.id("sourceId");
    let (result, snapshot) = store.change(|world, _, _| world.delete_source(id));
    result?;
    Reply::json(&types::DeleteMmsDataSourceResponse {
        request_id: call.request_id(),
        data: Some(id),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn config_items(_store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let kind = call
        .one_of("sourceType", SourceType::parse, &SourceType::choices())?
        .ok_or_else(|| Problem::missing("sourceType"))?;
    check_lang(call)?;
    let data = config_items::items(kind)
        .map(|item| item_view(item, None, true))
        .collect();
    Reply::json(&types::ListMmsDataSourceConfigItemsResponse {
        request_id: call.request_id(),
        data,
    })
}
