//! The catalog operations: ListMmsDbs, GetMmsDb, UpdateMmsDb, ListMmsTables, GetMmsTable,
//! UpdateMmsTable, UpdateMmsTables, ListMmsPartitions, GetMmsPartition.

use mms_api::types;

use crate::catalog::edit::Destination;
use crate::catalog::{Column, Db, Partition, Table};
use crate::clock::Millis;
use crate::http::api_error::ApiError;
use crate::http::call::{Call, Reply, DEFAULT_PAGE_SIZE};
use crate::state::page::{page, sort_by_keys};
use crate::state::problem::Problem;
use crate::state::store::Store;
use crate::state::values::{CatalogStatus, SortOrder};
use crate::state::world::Source;

fn status_view(status: CatalogStatus) -> Option<mms_api::MigrationStatus> {
    Some(mms_api::MigrationStatus::from(status.as_str()))
}

fn status_of(status: Option<mms_api::MigrationStatus>) -> Result<Option<CatalogStatus>, Problem> {
    status
        .map(|s| {
            CatalogStatus::parse(s.as_str()).ok_or_else(|| {
                Problem::invalid(
                    "status",
                    format!(
                        "The status {:?} is not a migration status; use {}.",
                        s.as_str(),
                        CatalogStatus::choices()
                    ),
                )
            })
        })
        .transpose()
}

/// The answer's view of a db. A list item also carries `createTime`, `updateTime` and
/// `deleted`; GetMmsDb does not (the service's two shapes differ there).
fn db_view(source: &Source, db: &Db, list_item: bool) -> types::Db {
    let catalog = &source.catalog;
    let tables = catalog.table_tally(Some(db.id));
    let partitions = catalog.partition_tally(None, Some(db.id));
    let (rows, size) = catalog.db_totals(db.id);
    types::Db {
        id: Some(db.id),
        name: Some(db.name.clone()),
        source_id: Some(source.info.id),
        source_name: Some(source.info.name.clone()),
        description: Some(db.description.clone()),
        owner: Some(db.owner.clone()),
        location: Some(db.location.clone()),
        extra: Some("{}".to_owned()),
        dst_project_name: Some(db.dst_project_name.clone()),
        dst_name: Some(db.dst_name.clone()),
        status: status_view(db.status),
        updated: Some(db.updated),
        deleted: list_item.then_some(false),
        last_ddl_time: Some(db.last_ddl_time.text()),
        create_time: list_item.then(|| db.create_time.text()),
        update_time: list_item.then(|| db.update_time.text()),
        num_rows: Some(rows),
        size: Some(size),
        tables: Some(tables.total),
        tables_doing: Some(tables.doing),
        tables_done: Some(tables.done),
        tables_failed: Some(tables.failed),
        tables_part_done: Some(tables.part_done),
        partitions: Some(partitions.total),
        partitions_doing: Some(partitions.doing),
        partitions_done: Some(partitions.done),
        partitions_failed: Some(partitions.failed),
    }
}

fn column_view(c: &Column) -> types::Column {
    types::Column {
        name: Some(c.name.clone()),
        type_: Some(c.kind.clone()),
        comment: Some(c.comment.clone()),
        nullable: Some(c.nullable),
        default_value: Some(c.default_value.clone()),
    }
}

fn table_view(source: &Source, table: &Table) -> types::Table {
    let partitions = source.catalog.partition_tally(Some(table.id), None);
    let db_name = source.catalog.dbs.get(&table.db_id).map(|d| d.name.clone());
    types::Table {
        id: Some(table.id),
        name: Some(table.name.clone()),
        db_id: Some(table.db_id),
        db_name,
        source_id: Some(source.info.id),
        source_name: Some(source.info.name.clone()),
        type_: Some(table.kind.clone()),
        has_partitions: Some(table.has_partitions()),
        status: status_view(table.status),
        updated: Some(table.updated),
        last_ddl_time: Some(table.last_ddl_time.text()),
        num_rows: Some(table.num_rows),
        size: Some(table.size),
        owner: Some(table.owner.clone()),
        location: Some(table.location.clone()),
        input_format: Some(table.input_format.clone()),
        output_format: Some(table.output_format.clone()),
        serde: Some(table.serde.clone()),
        extra: Some("{}".to_owned()),
        dst_project_name: Some(table.dst_project_name.clone()),
        dst_schema_name: Some(table.dst_schema_name.clone()),
        dst_name: Some(table.dst_name.clone()),
        partitions: Some(partitions.total),
        partitions_doing: Some(partitions.doing),
        partitions_done: Some(partitions.done),
        partitions_failed: Some(partitions.failed),
        schema: Some(types::TableSchema {
            name: Some(table.name.clone()),
            comment: Some(table.comment.clone()),
            columns: table.columns.iter().map(column_view).collect(),
            partitions: table.partition_keys.iter().map(column_view).collect(),
        }),
    }
}

fn partition_view(source: &Source, partition: &Partition) -> types::Partition {
    let table = source.catalog.tables.get(&partition.table_id);
    types::Partition {
        id: Some(partition.id),
        value: Some(partition.value.clone()),
        dst_value: Some(partition.value.clone()),
        db_id: Some(partition.db_id),
        db_name: source
            .catalog
            .dbs
            .get(&partition.db_id)
            .map(|d| d.name.clone()),
        table_id: Some(partition.table_id),
        table_name: table.map(|t| t.name.clone()),
        source_id: Some(source.info.id),
        source_name: Some(source.info.name.clone()),
        dst_project_name: table.map(|t| t.dst_project_name.clone()),
        dst_schema_name: table.map(|t| t.dst_schema_name.clone()),
        dst_table_name: table.map(|t| t.dst_name.clone()),
        status: status_view(partition.status),
        updated: Some(partition.updated),
        last_ddl_time: Some(partition.last_ddl_time.text()),
        num_rows: Some(partition.num_rows),
        size: Some(partition.size),
    }
}

/// `lastDdlTimeStart` / `lastDdlTimeEnd`, as `YYYY-MM-DD HH:mm:ss`.
fn time_bound(call: &Call<'_>, name: &str) -> Result<Option<Millis>, Problem> {
    call.text(name)
        .map(|text| {
            Millis::parse(text).ok_or_else(|| {
                Problem::invalid(
                    name,
                    format!(
                        "The parameter {name} must be a time YYYY-MM-DD HH:mm:ss, not {text:?}."
                    ),
                )
            })
        })
        .transpose()
}

fn in_range(t: Millis, start: Option<Millis>, end: Option<Millis>) -> bool {
    start.is_none_or(|s| t >= s) && end.is_none_or(|e| t <= e)
}

#[derive(Debug, Clone, Copy)]
enum SortKey {
    NumRows,
    Size,
    LastDdlTime,
    UpdateTime,
}

/// A table or a partition, as ListMmsTables and ListMmsPartitions filter and sort it.
trait DdlObject {
    fn status(&self) -> CatalogStatus;
    fn last_ddl_time(&self) -> Millis;
    fn num_rows(&self) -> i64;
    fn size(&self) -> i64;
}

impl DdlObject for Table {
    fn status(&self) -> CatalogStatus {
        self.status
    }
    fn last_ddl_time(&self) -> Millis {
        self.last_ddl_time
    }
    fn num_rows(&self) -> i64 {
        self.num_rows
    }
    fn size(&self) -> i64 {
        self.size
    }
}

impl DdlObject for Partition {
    fn status(&self) -> CatalogStatus {
        self.status
    }
    fn last_ddl_time(&self) -> Millis {
        self.last_ddl_time
    }
    fn num_rows(&self) -> i64 {
        self.num_rows
    }
    fn size(&self) -> i64 {
        self.size
    }
}

/// The parameters ListMmsTables and ListMmsPartitions share: `status` (a list), the
/// `lastDdlTimeStart` / `lastDdlTimeEnd` range and a flat sorter by last DDL time, rows or size.
struct DdlQuery {
    statuses: Option<Vec<CatalogStatus>>,
    start: Option<Millis>,
    end: Option<Millis>,
    sorter: Vec<(SortKey, SortOrder)>,
}

impl DdlQuery {
    fn parse(call: &Call<'_>) -> Result<DdlQuery, Problem> {
        let statuses = call.list_of("status", CatalogStatus::parse, &CatalogStatus::choices())?;
        let start = time_bound(call, "lastDdlTimeStart")?;
        let end = time_bound(call, "lastDdlTimeEnd")?;
        let sorter = call.flat_sorter(&[
            ("lastDdlTime", SortKey::LastDdlTime),
            ("numRows", SortKey::NumRows),
            ("size", SortKey::Size),
        ])?;
        Ok(DdlQuery {
            statuses,
            start,
            end,
            sorter,
        })
    }

    fn admits(&self, object: &impl DdlObject) -> bool {
        self.statuses
            .as_ref()
            .is_none_or(|s| s.contains(&object.status()))
            && in_range(object.last_ddl_time(), self.start, self.end)
    }

    fn sort<T: DdlObject>(&self, objects: &mut [&T]) {
        sort_by_keys(objects, &self.sorter, |a, b, key| match key {
            SortKey::NumRows => a.num_rows().cmp(&b.num_rows()),
            SortKey::Size => a.size().cmp(&b.size()),
            SortKey::LastDdlTime | SortKey::UpdateTime => a.last_ddl_time().cmp(&b.last_ddl_time()),
        });
    }
}

pub(crate) fn list_dbs(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let source_id = call.id("sourceId");
    let name = call.text("name");
    let status = call.one_of("status", CatalogStatus::parse, &CatalogStatus::choices())?;
    let sorter = call.json_sorter(&[
        ("numRows", SortKey::NumRows),
        ("size", SortKey::Size),
        ("updateTime", SortKey::UpdateTime),
    ])?;
    let request = call.page(DEFAULT_PAGE_SIZE)?;
    let data = store.read(|world, _, _| {
        let source = world.source(source_id)?;
        let mut dbs: Vec<&Db> = source
            .catalog
            .dbs
            .values()
            .filter(|d| name.is_none_or(|n| d.name.contains(n)))
            .filter(|d| status.is_none_or(|s| d.status == s))
            .collect();
        let totals = |d: &Db| source.catalog.db_totals(d.id);
        sort_by_keys(&mut dbs, &sorter, |a, b, key| match key {
            SortKey::NumRows => totals(a).0.cmp(&totals(b).0),
            SortKey::Size => totals(a).1.cmp(&totals(b).1),
            SortKey::UpdateTime | SortKey::LastDdlTime => a.update_time.cmp(&b.update_time),
        });
        let p = page(dbs, request);
        Ok::<_, Problem>(types::DbPage {
            total: Some(p.total),
            page_num: Some(p.num),
            page_size: Some(p.size),
            object_list: p
                .items
                .into_iter()
                .map(|d| db_view(source, d, true))
                .collect(),
        })
    })?;
    Reply::json(&types::ListMmsDbsResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn get_db(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("dbId"));
    let data = store.read(|world, _, _| {
        let source = world.source(source_id)?;
        source
            .catalog
            .db(source_id, id)
            .map(|db| db_view(source, db, false))
    })?;
    Reply::json(&types::GetMmsDbResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn update_db(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("dbId"));
    let body: types::UpdateMmsDbRequest = call.body()?;
    let change = Destination {
        project: body.dst_project_name,
        schema: None,
        name: body.dst_name,
        status: status_of(body.status)?,
    };
    let (result, snapshot) = store.change(|world, rules, now| {
        let (source, _) = world.source_mut(source_id, rules, now)?;
        source.catalog.update_db(source_id, id, change, now)
    });
    result?;
    Reply::json(&types::UpdateMmsDbResponse {
        request_id: call.request_id(),
        data: Some(id),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn list_tables(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let source_id = call.id("sourceId");
    let db_id = call.int("dbId")?;
    let db_name = call.text("dbName");
    let name = call.text("name");
    let kind = call.text("type");
    let has_partitions = call.boolean("hasPartitions")?;
    let only_name = call.boolean("onlyName")?.unwrap_or(false);
    let dst_name = call.text("dstName");
    let dst_project = call.text("dstProjectName");
    let dst_schema = call.text("dstSchemaName");
    let ddl = DdlQuery::parse(call)?;
    let request = call.page(DEFAULT_PAGE_SIZE)?;
    let data = store.read(|world, _, _| {
        let source = world.source(source_id)?;
        let db_of_name = match db_name {
            Some(n) => Some(source.catalog.db_named(source_id, n)?.id),
            None => None,
        };
        let mut tables: Vec<&Table> = source
            .catalog
            .tables
            .values()
            .filter(|t| db_id.is_none_or(|d| t.db_id == d))
            .filter(|t| db_of_name.is_none_or(|d| t.db_id == d))
            .filter(|t| name.is_none_or(|n| t.name.contains(n)))
            .filter(|t| kind.is_none_or(|k| t.kind == k))
            .filter(|t| has_partitions.is_none_or(|h| t.has_partitions() == h))
            .filter(|t| dst_name.is_none_or(|d| t.dst_name == d))
            .filter(|t| dst_project.is_none_or(|d| t.dst_project_name == d))
            .filter(|t| dst_schema.is_none_or(|d| t.dst_schema_name == d))
            .filter(|t| ddl.admits(*t))
            .collect();
        ddl.sort(&mut tables);
        let p = page(tables, request);
        let object_list = p
            .items
            .into_iter()
            .map(|t| {
                if only_name {
                    types::Table {
                        id: Some(t.id),
                        name: Some(t.name.clone()),
                        ..types::Table::default()
                    }
                } else {
                    table_view(source, t)
                }
            })
            .collect();
        Ok::<_, Problem>(types::TablePage {
            total: Some(p.total),
            page_num: Some(p.num),
            page_size: Some(p.size),
            object_list,
        })
    })?;
    Reply::json(&types::ListMmsTablesResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn get_table(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("tableId"));
    let data = store.read(|world, _, _| {
        let source = world.source(source_id)?;
        source
            .catalog
            .table(source_id, id)
            .map(|t| table_view(source, t))
    })?;
    Reply::json(&types::GetMmsTableResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn update_table(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("tableId"));
    let body: types::UpdateMmsTableRequest = call.body()?;
    let change = Destination {
        project: body.dst_project_name,
        schema: body.dst_schema_name,
        name: body.dst_name,
        status: status_of(body.status)?,
    };
    let (result, snapshot) = store.change(|world, rules, now| {
        let (source, _) = world.source_mut(source_id, rules, now)?;
        source.catalog.update_table(source_id, id, change, now)
    });
    result?;
    Reply::json(&types::UpdateMmsTableResponse {
        request_id: call.request_id(),
        data: Some(id),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn update_tables(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let source_id = call.id("sourceId");
    let body: types::UpdateMmsTablesRequest = call.body()?;
    let change = Destination {
        project: body.dst_project_name,
        schema: body.dst_schema_name,
        name: None,
        status: status_of(body.status)?,
    };
    let (count, snapshot) = store.change(|world, rules, now| {
        let (source, _) = world.source_mut(source_id, rules, now)?;
        source.catalog.update_tables(
            source_id,
            &body.tables,
            body.db_name.as_deref().filter(|d| !d.is_empty()),
            &body.table_names,
            change,
            now,
        )
    });
    Reply::json(&types::UpdateMmsTablesResponse {
        request_id: call.request_id(),
        data: Some(count?),
    })
    .map(|r| r.saving(snapshot))
}

pub(crate) fn list_partitions(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let source_id = call.id("sourceId");
    let db_id = call.int("dbId")?;
    let db_name = call.text("dbName");
    let table_id = call.int("tableId")?;
    let table_name = call.text("tableName");
    let value = call.text("value");
    let updated = call.boolean("updated")?;
    let ddl = DdlQuery::parse(call)?;
    let request = call.page(DEFAULT_PAGE_SIZE)?;
    let data = store.read(|world, _, _| {
        let source = world.source(source_id)?;
        let catalog = &source.catalog;
        let db_of_name = match db_name {
            Some(n) => Some(catalog.db_named(source_id, n)?.id),
            None => None,
        };
        let table_name_of =
            |p: &Partition| catalog.tables.get(&p.table_id).map(|t| t.name.as_str());
        let mut partitions: Vec<&Partition> = catalog
            .partitions
            .values()
            .filter(|p| db_id.is_none_or(|d| p.db_id == d))
            .filter(|p| db_of_name.is_none_or(|d| p.db_id == d))
            .filter(|p| table_id.is_none_or(|t| p.table_id == t))
            .filter(|p| table_name.is_none_or(|t| table_name_of(p) == Some(t)))
            .filter(|p| value.is_none_or(|v| p.value.contains(v)))
            .filter(|p| updated.is_none_or(|u| p.updated == u))
            .filter(|p| ddl.admits(*p))
            .collect();
        ddl.sort(&mut partitions);
        let p = page(partitions, request);
        Ok::<_, Problem>(types::PartitionPage {
            total: Some(p.total),
            page_num: Some(p.num),
            page_size: Some(p.size),
            object_list: p
                .items
                .into_iter()
                .map(|x| partition_view(source, x))
                .collect(),
        })
    })?;
    Reply::json(&types::ListMmsPartitionsResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}

pub(crate) fn get_partition(store: &Store, call: &Call<'_>) -> Result<Reply, ApiError> {
    let (source_id, id) = (call.id("sourceId"), call.id("partitionId"));
    let data = store.read(|world, _, _| {
        let source = world.source(source_id)?;
        source
            .catalog
            .partition(source_id, id)
            .map(|p| partition_view(source, p))
    })?;
    Reply::json(&types::GetMmsPartitionResponse {
        request_id: call.request_id(),
        data: Some(data),
    })
}
