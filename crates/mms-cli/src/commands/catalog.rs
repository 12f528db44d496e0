//! `mms db …`, `mms table …`, `mms partition …`: the source catalog MMS keeps per data source,
//! and where each database and table goes.

use clap::{Args, Subcommand};
use maxcompute_mms::{
    types::{DbSorter, UpdateMmsDbRequest, UpdateMmsTableRequest, UpdateMmsTablesRequest},
    Operations,
};
use serde::Serialize;

use super::{
    item::{Change, Db, Item, Partition, Table},
    listing::Listing,
};
use crate::{
    api::Api,
    body::{self, FromFile},
    exit::Outcome,
    flags::{self, Maybe, Sort, Sorts},
    output::{self, print_one, print_written, ShowOutput, WriteOutput},
};

/// Commands on databases.
#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// List the databases of a source's catalog.
    #[command(
        after_help = "Examples:\n  mms db list 2\n  mms db list 2 --sort size:desc --columns id,name,size"
    )]
    List(DbList),
    /// Show a database.
    #[command(after_help = "Examples:\n  mms db get 2 23")]
    Get(Item<Db, ShowOutput>),
    /// Set where a database goes, or its migration status.
    #[command(
        after_help = "Examples:\n  mms db update 2 23 --dst-project-name mms_target --dst-name default"
    )]
    Update(Item<Db, Change<DbBody>>),
}

/// Commands on tables.
#[derive(Debug, Subcommand)]
pub enum TableCommand {
    /// List the tables of a source's catalog.
    #[command(
        after_help = "Examples:\n  mms table list 2 --db-name mms_test\n  mms table list 2 --status FAILED,PART_DONE --sort num-rows:desc\n  mms table list 2 --has-partitions true --output jsonl | jq -r .name"
    )]
    List(TableList),
    /// Show a table, with its columns and partition keys.
    #[command(
        after_help = "Examples:\n  mms table get 2 301\n  mms table get 2 301 --output json | jq .schema.columns"
    )]
    Get(Item<Table, ShowOutput>),
    /// Set where one table goes, or its migration status.
    #[command(after_help = "Examples:\n  mms table update 2 301 --dst-name orders_hist")]
    Update(Item<Table, Change<TableBody>>),
    /// Set where many tables go, or their migration status.
    #[command(
        after_help = "Examples:\n  mms table update-many 2 --tables 301,302 --dst-project-name mms_target\n  mms table update-many 2 --db-name mms_test --table-names orders,customers --status INIT"
    )]
    UpdateMany(TableUpdateMany),
}

/// Commands on partitions.
// One value per run, parsed once: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum PartitionCommand {
    /// List the partitions of a source's catalog.
    #[command(
        after_help = "Examples:\n  mms partition list 2 --table-name orders\n  mms partition list 2 --status FAILED --output jsonl"
    )]
    List(PartitionList),
    /// Show a partition.
    #[command(after_help = "Examples:\n  mms partition get 2 4501")]
    Get(Item<Partition, ShowOutput>),
}

impl DbCommand {
    pub async fn run<A: Api>(self, api: &A) -> Outcome {
        match self {
            DbCommand::List(c) => {
                let mut sorter = DbSorter::default();
                for sort in &c.sort {
                    let order = Some(sort.order);
                    match sort.key {
                        "num-rows" => sorter.num_rows = order,
                        "size" => sorter.size = order,
                        _ => sorter.update_time = order,
                    }
                }
                let request = api
                    .list_mms_dbs()
                    .source_id(c.source_id)
                    .maybe(c.name, |r, v| r.name(v))
                    .maybe(c.status, |r, v| r.status(v))
                    .maybe((!c.sort.is_empty()).then_some(sorter), |r, v| r.sorter(v));
                c.listing.print(request.items(), &output::DBS).await
            }
            DbCommand::Get(c) => {
                let db = api
                    .get_mms_db()
                    .source_id(c.source_id)
                    .db_id(c.id)
                    .send()
                    .await?;
                print_one(&db, &c.flags, &output::DBS, None)
            }
            DbCommand::Update(c) => {
                let body: UpdateMmsDbRequest =
                    body::build("UpdateMmsDbRequest", &c.flags.body, &c.flags.from_file)?;
                let data = api
                    .update_mms_db()
                    .source_id(c.source_id)
                    .db_id(c.id)
                    .body(body)
                    .send()
                    .await?;
                print_written(&data, &c.flags.output, &format!("{c}: updated"))
            }
        }
    }
}

impl TableCommand {
    pub async fn run<A: Api>(self, api: &A) -> Outcome {
        match self {
            TableCommand::List(c) => {
                let mut request = api
                    .list_mms_tables()
                    .source_id(c.source_id)
                    .maybe(c.db_id, |r, v| r.db_id(v))
                    .maybe(c.db_name, |r, v| r.db_name(v))
                    .maybe(c.name, |r, v| r.name(v))
                    .maybe(c.type_, |r, v| r.type_(v))
                    .maybe(c.has_partitions, |r, v| r.has_partitions(v))
                    .maybe(c.only_name, |r, v| r.only_name(v))
                    .maybe(c.dst_name, |r, v| r.dst_name(v))
                    .maybe(c.dst_project_name, |r, v| r.dst_project_name(v))
                    .maybe(c.dst_schema_name, |r, v| r.dst_schema_name(v))
                    .maybe(c.last_ddl_time_start, |r, v| r.last_ddl_time_start(v))
                    .maybe(c.last_ddl_time_end, |r, v| r.last_ddl_time_end(v))
                    .maybe((!c.status.is_empty()).then_some(c.status), |r, v| {
                        r.status(v)
                    });
                for sort in c.sort {
                    request = match sort.key {
                        "last-ddl-time" => request.sorter_last_ddl_time(sort.order),
                        "num-rows" => request.sorter_num_rows(sort.order),
                        _ => request.sorter_size(sort.order),
                    };
                }
                c.listing.print(request.items(), &output::TABLES).await
            }
            TableCommand::Get(c) => {
                let table = api
                    .get_mms_table()
                    .source_id(c.source_id)
                    .table_id(c.id)
                    .send()
                    .await?;
                print_one(&table, &c.flags, &output::TABLES, None)
            }
            TableCommand::Update(c) => {
                let body: UpdateMmsTableRequest =
                    body::build("UpdateMmsTableRequest", &c.flags.body, &c.flags.from_file)?;
                let data = api
                    .update_mms_table()
                    .source_id(c.source_id)
                    .table_id(c.id)
                    .body(body)
                    .send()
                    .await?;
                print_written(&data, &c.flags.output, &format!("{c}: updated"))
            }
            TableCommand::UpdateMany(c) => {
                let body: UpdateMmsTablesRequest =
                    body::build("UpdateMmsTablesRequest", &c.body, &c.from_file)?;
                let data = api
                    .update_mms_tables()
                    .source_id(c.source_id)
                    .body(body)
                    .send()
                    .await?;
                print_written(
                    &data,
                    &c.output,
                    &format!("tables of data source {}: updated", c.source_id),
                )
            }
        }
    }
}

impl PartitionCommand {
    pub async fn run<A: Api>(self, api: &A) -> Outcome {
        match self {
            PartitionCommand::List(c) => {
                let mut request = api
                    .list_mms_partitions()
                    .source_id(c.source_id)
                    .maybe(c.db_id, |r, v| r.db_id(v))
                    .maybe(c.db_name, |r, v| r.db_name(v))
                    .maybe(c.table_id, |r, v| r.table_id(v))
                    .maybe(c.table_name, |r, v| r.table_name(v))
                    .maybe(c.value, |r, v| r.value(v))
                    .maybe(c.updated, |r, v| r.updated(v))
                    .maybe(c.last_ddl_time_start, |r, v| r.last_ddl_time_start(v))
                    .maybe(c.last_ddl_time_end, |r, v| r.last_ddl_time_end(v))
                    .maybe((!c.status.is_empty()).then_some(c.status), |r, v| {
                        r.status(v)
                    });
                for sort in c.sort {
                    request = match sort.key {
                        "last-ddl-time" => request.sorter_last_ddl_time(sort.order),
                        "num-rows" => request.sorter_num_rows(sort.order),
                        _ => request.sorter_size(sort.order),
                    };
                }
                c.listing.print(request.items(), &output::PARTITIONS).await
            }
            PartitionCommand::Get(c) => {
                let partition = api
                    .get_mms_partition()
                    .source_id(c.source_id)
                    .partition_id(c.id)
                    .send()
                    .await?;
                print_one(&partition, &c.flags, &output::PARTITIONS, None)
            }
        }
    }
}

/// `mms db list`.
#[derive(Debug, Args)]
pub struct DbList {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    /// Only databases whose name contains this text.
    #[arg(long)]
    name: Option<String>,
    /// Only databases in this migration status.
    #[arg(long, value_parser = flags::migration_status())]
    status: Option<String>,
    /// Sort by KEY:asc|desc (repeatable).
    #[arg(long, value_parser = Sorts(&["num-rows", "size", "update-time"]), value_name = "KEY:ORDER")]
    sort: Vec<Sort>,
    #[command(flatten)]
    listing: Listing,
}

/// The body of UpdateMmsDb as flags.
#[derive(Debug, Args, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DbBody {
    /// MaxCompute project to migrate the database into.
    #[arg(long)]
    dst_project_name: Option<String>,
    /// MaxCompute schema to migrate the database into.
    #[arg(long)]
    dst_name: Option<String>,
    /// Migration status to set.
    #[arg(long, value_parser = flags::migration_status())]
    status: Option<String>,
}

/// `mms table list`.
#[derive(Debug, Args)]
pub struct TableList {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    /// Only tables of the database with this id.
    #[arg(long)]
    db_id: Option<i64>,
    /// Only tables of the database with this name.
    #[arg(long)]
    db_name: Option<String>,
    /// Only tables whose name contains this text.
    #[arg(long)]
    name: Option<String>,
    /// Only tables of this source table type, such as MANAGED_TABLE.
    #[arg(long = "type")]
    type_: Option<String>,
    /// Only partitioned tables (true) or only unpartitioned ones (false).
    #[arg(long, value_name = "BOOL")]
    has_partitions: Option<bool>,
    /// Return only the names of the tables.
    #[arg(long, value_name = "BOOL")]
    only_name: Option<bool>,
    /// Only tables migrated into a destination table of this name.
    #[arg(long)]
    dst_name: Option<String>,
    /// Only tables migrated into this MaxCompute project.
    #[arg(long)]
    dst_project_name: Option<String>,
    /// Only tables migrated into this MaxCompute schema.
    #[arg(long)]
    dst_schema_name: Option<String>,
    /// Only tables whose definition changed at or after this time (YYYY-MM-DD HH:MM:SS).
    #[arg(long, value_name = "TIME")]
    last_ddl_time_start: Option<String>,
    /// Only tables whose definition changed at or before this time (YYYY-MM-DD HH:MM:SS).
    #[arg(long, value_name = "TIME")]
    last_ddl_time_end: Option<String>,
    /// Only tables in one of these migration statuses, comma-separated.
    #[arg(long, value_delimiter = ',', value_parser = flags::migration_status())]
    status: Vec<String>,
    /// Sort by KEY:asc|desc (repeatable).
    #[arg(long, value_parser = Sorts(&["last-ddl-time", "num-rows", "size"]), value_name = "KEY:ORDER")]
    sort: Vec<Sort>,
    #[command(flatten)]
    listing: Listing,
}

/// The body of UpdateMmsTable as flags.
#[derive(Debug, Args, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TableBody {
    /// MaxCompute project to migrate the table into.
    #[arg(long)]
    dst_project_name: Option<String>,
    /// MaxCompute schema to migrate the table into.
    #[arg(long)]
    dst_schema_name: Option<String>,
    /// Name of the destination table.
    #[arg(long)]
    dst_name: Option<String>,
    /// Migration status to set.
    #[arg(long, value_parser = flags::migration_status())]
    status: Option<String>,
}

/// The body of UpdateMmsTables as flags.
#[derive(Debug, Args, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TablesBody {
    /// Ids of the tables to change, comma-separated.
    #[arg(long, value_delimiter = ',')]
    tables: Vec<i64>,
    /// Database of the tables named in --table-names.
    #[arg(long)]
    db_name: Option<String>,
    /// Names of the tables to change, comma-separated.
    #[arg(long, value_delimiter = ',')]
    table_names: Vec<String>,
    /// MaxCompute project to migrate the tables into.
    #[arg(long)]
    dst_project_name: Option<String>,
    /// MaxCompute schema to migrate the tables into.
    #[arg(long)]
    dst_schema_name: Option<String>,
    /// Migration status to set.
    #[arg(long, value_parser = flags::migration_status())]
    status: Option<String>,
}

/// `mms table update-many`.
#[derive(Debug, Args)]
pub struct TableUpdateMany {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    #[command(flatten)]
    body: TablesBody,
    #[command(flatten)]
    from_file: FromFile,
    #[command(flatten)]
    output: WriteOutput,
}

/// `mms partition list`.
#[derive(Debug, Args)]
pub struct PartitionList {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    /// Only partitions of the database with this id.
    #[arg(long)]
    db_id: Option<i64>,
    /// Only partitions of the database with this name.
    #[arg(long)]
    db_name: Option<String>,
    /// Only partitions of the table with this id.
    #[arg(long)]
    table_id: Option<i64>,
    /// Only partitions of the table with this name.
    #[arg(long)]
    table_name: Option<String>,
    /// Only the partition with this spec, such as ds=2024-12-01.
    #[arg(long)]
    value: Option<String>,
    /// Only partitions changed since their migration (true) or unchanged ones (false).
    #[arg(long, value_name = "BOOL")]
    updated: Option<bool>,
    /// Only partitions changed at or after this time (YYYY-MM-DD HH:MM:SS).
    #[arg(long, value_name = "TIME")]
    last_ddl_time_start: Option<String>,
    /// Only partitions changed at or before this time (YYYY-MM-DD HH:MM:SS).
    #[arg(long, value_name = "TIME")]
    last_ddl_time_end: Option<String>,
    /// Only partitions in one of these migration statuses, comma-separated.
    #[arg(long, value_delimiter = ',', value_parser = flags::migration_status())]
    status: Vec<String>,
    /// Sort by KEY:asc|desc (repeatable).
    #[arg(long, value_parser = Sorts(&["last-ddl-time", "num-rows", "size"]), value_name = "KEY:ORDER")]
    sort: Vec<Sort>,
    #[command(flatten)]
    listing: Listing,
}
