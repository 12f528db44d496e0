// generated, do not edit: `cargo xtask regen` writes this file from openapi/maxcompute-mms.yaml
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Work the service does in the background for a request, such as creating a migration job or starting a data source.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct AsyncTask {
        ///When the task was created, as `YYYY-MM-DD HH:MM:SS` (some answers end it with a newline).
        #[serde(
            rename = "createTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///When the task ended, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "endTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub end_time: ::std::option::Option<::std::string::String>,
        ///Why the task failed; may be the literal text `null`.
        #[serde(
            rename = "errorMsg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_msg: ::std::option::Option<::std::string::String>,
        ///Identifier of the asynchronous task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///Identifier of the object the task acts on; for a TASK_CREATE task that is done, the new job.
        #[serde(
            rename = "objectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_id: ::std::option::Option<i64>,
        ///How far the task is, as the service counts it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub progress: ::std::option::Option<i64>,
        ///What the task produced, as text; may be the literal text `null`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::std::string::String>,
        ///Whether a worker is executing the task now.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub running: ::std::option::Option<bool>,
        ///Identifier of the data source the task belongs to.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///When the task started, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::AsyncTaskStatus>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::open_enum::AsyncTaskType>,
    }
    impl AsyncTask {
        pub fn builder() -> builder::AsyncTask {
            Default::default()
        }
    }
    ///A column or partition key of a source table.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct Column {
        ///Comment of the column.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment: ::std::option::Option<::std::string::String>,
        ///Default value of the column, as text.
        #[serde(
            rename = "defaultValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_value: ::std::option::Option<::std::string::String>,
        ///Name of the column.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Whether the column accepts NULL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nullable: ::std::option::Option<bool>,
        ///Type of the column in the source's own terms, such as `bigint` or `array<string>`.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl Column {
        pub fn builder() -> builder::Column {
            Default::default()
        }
    }
    ///One setting of a data source: what `ListMmsDataSourceConfigItems` describes for a kind of source, and what `GetMmsDataSource` returns with its current value. Values of `password` items are secrets.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ConfigItem {
        ///What the setting does, in the language asked for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub desc: ::std::option::Option<::std::string::String>,
        ///The values the setting accepts, when it is a choice.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub enums: ::std::vec::Vec<::std::string::String>,
        ///Group the setting is shown in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group: ::std::option::Option<::std::string::String>,
        ///Key of the setting in the `config` of `CreateMmsDataSource`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///Name of the setting for display, in the language asked for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///An example value, shown in an empty input field.
        #[serde(
            rename = "placeHolder",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub place_holder: ::std::option::Option<::std::string::String>,
        ///Whether a data source of this kind needs the setting.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub required: ::std::option::Option<bool>,
        ///Settings that depend on this one, as free-form JSON; absent in the items of `ListMmsDataSources`.
        #[serde(
            rename = "subItems",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub sub_items: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///For a `file` item, the kind of file expected, such as `.keytab`.
        #[serde(
            rename = "subType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sub_type: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::open_enum::ConfigItemType>,
        ///Current value of the setting; any JSON value, its shape follows `type`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::serde_json::Value>,
    }
    impl ConfigItem {
        pub fn builder() -> builder::ConfigItem {
            Default::default()
        }
    }
    ///The body of CreateMmsDataSource.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreateMmsDataSourceRequest {
        ///Settings of the source by key, as `ListMmsDataSourceConfigItems` lists them for its kind; values are any JSON.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Name of the new data source.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The MaxCompute network connection that reaches the source, as its identifier, a colon and its region (`<connection>:<region>`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub networklink: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::open_enum::DataSourceType>,
    }
    impl CreateMmsDataSourceRequest {
        pub fn builder() -> builder::CreateMmsDataSourceRequest {
            Default::default()
        }
    }
    ///The answer of CreateMmsDataSource; `data` holds the identifier of the new data source.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreateMmsDataSourceResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<CreatedDataSource>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl CreateMmsDataSourceResponse {
        pub fn builder() -> builder::CreateMmsDataSourceResponse {
            Default::default()
        }
    }
    ///The body of CreateMmsFetchMetadataJob; without fields the whole source is scanned.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreateMmsFetchMetadataJobRequest {
        ///Scan only this database.
        #[serde(
            rename = "dbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub db_name: ::std::option::Option<::std::string::String>,
        ///Scan only these tables of `dbName`.
        #[serde(
            rename = "tableNames",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_names: ::std::vec::Vec<::std::string::String>,
    }
    impl CreateMmsFetchMetadataJobRequest {
        pub fn builder() -> builder::CreateMmsFetchMetadataJobRequest {
            Default::default()
        }
    }
    ///The answer of CreateMmsFetchMetadataJob; `data` holds the identifier of the new scan.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreateMmsFetchMetadataJobResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<CreatedScan>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl CreateMmsFetchMetadataJobResponse {
        pub fn builder() -> builder::CreateMmsFetchMetadataJobResponse {
            Default::default()
        }
    }
    ///The body of CreateMmsJob. Give `tables` for a job of type Tables, `partitions` for a job of type Partitions, or neither for a job of a whole database (narrowed by `tableWhiteList` and `tableBlackList`).
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreateMmsJobRequest {
        ///Source column name to destination column name, where they differ.
        #[serde(
            rename = "columnMapping",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub column_mapping: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///MaxCompute project to migrate into.
        #[serde(
            rename = "dstDbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_db_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute schema to migrate into.
        #[serde(
            rename = "dstSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_schema_name: ::std::option::Option<::std::string::String>,
        ///Copy the data.
        #[serde(
            rename = "enableDataMigration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_data_migration: ::std::option::Option<bool>,
        ///Create or update the destination tables and partitions.
        #[serde(
            rename = "enableSchemaMigration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_schema_migration: ::std::option::Option<bool>,
        ///Compare row counts of source and destination after copying.
        #[serde(
            rename = "enableVerification",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_verification: ::std::option::Option<bool>,
        ///Wished completion time; the service schedules jobs with an earlier one first. Its format is not documented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub eta: ::std::option::Option<::std::string::String>,
        ///Migrate only partitions that are new or changed since the last migration.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub increment: ::std::option::Option<bool>,
        ///Name of the new job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Further settings of the migration engine, as free-form JSON.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub others: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Per table, a filter expression choosing the partitions to migrate, such as `ds >= '2024-12-01'`.
        #[serde(
            rename = "partitionFilters",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub partition_filters: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Identifiers of the partitions to migrate (from `ListMmsPartitions`), for a job of type Partitions.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub partitions: ::std::vec::Vec<i64>,
        ///Migrate table definitions only, without data (deprecated by the service).
        #[serde(
            rename = "schemaOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub schema_only: ::std::option::Option<bool>,
        ///Identifier of the data source (the same as in the path).
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///Name of the data source.
        #[serde(
            rename = "sourceName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_name: ::std::option::Option<::std::string::String>,
        ///Database to migrate from.
        #[serde(
            rename = "srcDbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_db_name: ::std::option::Option<::std::string::String>,
        ///Schema to migrate from, for sources with a three-level namespace.
        #[serde(
            rename = "srcSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_schema_name: ::std::option::Option<::std::string::String>,
        ///For a whole-database job, tables to leave out (wins over the white list).
        #[serde(
            rename = "tableBlackList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_black_list: ::std::vec::Vec<::std::string::String>,
        ///Source table name to destination table name, where they differ.
        #[serde(
            rename = "tableMapping",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub table_mapping: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///For a whole-database job, the only tables to migrate.
        #[serde(
            rename = "tableWhiteList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_white_list: ::std::vec::Vec<::std::string::String>,
        ///Names of the tables to migrate, for a job of type Tables.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tables: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "taskType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_type: ::std::option::Option<crate::open_enum::TaskType>,
    }
    impl CreateMmsJobRequest {
        pub fn builder() -> builder::CreateMmsJobRequest {
            Default::default()
        }
    }
    ///The answer of CreateMmsJob; `data` holds the asynchronous task that creates the job.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreateMmsJobResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<CreatedJob>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl CreateMmsJobResponse {
        pub fn builder() -> builder::CreateMmsJobResponse {
            Default::default()
        }
    }
    ///The body of CreateMmsTimer; the job fields mean what they mean in CreateMmsJob.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreateMmsTimerRequest {
        ///Source column name to destination column name, where they differ.
        #[serde(
            rename = "columnMapping",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub column_mapping: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Copy the data.
        #[serde(
            rename = "enableDataMigration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_data_migration: ::std::option::Option<bool>,
        ///Create or update the destination tables and partitions.
        #[serde(
            rename = "enableSchemaMigration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_schema_migration: ::std::option::Option<bool>,
        ///Compare row counts of source and destination after copying.
        #[serde(
            rename = "enableVerification",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_verification: ::std::option::Option<bool>,
        ///Name of the new timer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Further settings of the migration engine, as free-form JSON.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub others: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Per table, a filter expression choosing the partitions to migrate.
        #[serde(
            rename = "partitionFilters",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub partition_filters: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Identifiers of the partitions to migrate.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub partitions: ::std::vec::Vec<i64>,
        #[serde(
            rename = "scheduleType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub schedule_type: ::std::option::Option<crate::open_enum::ScheduleType>,
        ///Identifier of the data source (the same as in the path).
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///Database the timer's jobs migrate from.
        #[serde(
            rename = "srcDbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_db_name: ::std::option::Option<::std::string::String>,
        ///For a whole-database timer, tables to leave out.
        #[serde(
            rename = "tableBlackList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_black_list: ::std::vec::Vec<::std::string::String>,
        ///Source table name to destination table name, where they differ.
        #[serde(
            rename = "tableMapping",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub table_mapping: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///For a whole-database timer, the only tables to migrate.
        #[serde(
            rename = "tableWhiteList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_white_list: ::std::vec::Vec<::std::string::String>,
        ///Names of the tables to migrate.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tables: ::std::vec::Vec<::std::string::String>,
        ///When the timer fires; `HH:MM` for a Daily schedule, the minute `MM` for an Hourly one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl CreateMmsTimerRequest {
        pub fn builder() -> builder::CreateMmsTimerRequest {
            Default::default()
        }
    }
    ///The answer of CreateMmsTimer; `data` holds the identifier of the new timer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreateMmsTimerResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<CreatedTimer>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl CreateMmsTimerResponse {
        pub fn builder() -> builder::CreateMmsTimerResponse {
            Default::default()
        }
    }
    ///The result of creating a data source.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreatedDataSource {
        ///Identifier of the new data source.
        #[serde(
            rename = "dataSourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub data_source_id: ::std::option::Option<i64>,
    }
    impl CreatedDataSource {
        pub fn builder() -> builder::CreatedDataSource {
            Default::default()
        }
    }
    ///The result of creating a migration job. Creation is asynchronous, so the answer names the task that creates the job, not the job.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreatedJob {
        ///Identifier of the asynchronous task creating the job; once `GetMmsAsyncTask` reports it DONE, its `objectId` is the job's identifier.
        #[serde(
            rename = "asyncTaskId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub async_task_id: ::std::option::Option<i64>,
    }
    impl CreatedJob {
        pub fn builder() -> builder::CreatedJob {
            Default::default()
        }
    }
    ///The result of starting a metadata scan.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreatedScan {
        ///Identifier of the new scan; read it with `GetMmsFetchMetadataJob`.
        #[serde(
            rename = "scanId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scan_id: ::std::option::Option<i64>,
    }
    impl CreatedScan {
        pub fn builder() -> builder::CreatedScan {
            Default::default()
        }
    }
    ///The result of creating a timer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct CreatedTimer {
        ///Identifier of the new timer.
        #[serde(
            rename = "timerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub timer_id: ::std::option::Option<i64>,
    }
    impl CreatedTimer {
        pub fn builder() -> builder::CreatedTimer {
            Default::default()
        }
    }
    ///A data source: a Hive metastore, a BigQuery project or a MaxCompute project MMS migrates from, with its state, catalog sizes and migration counters. `GetMmsDataSource` and `ListMmsDataSources` return the same fields, except that only the list carries the scan fields (`scanStatus`, `scanErrMsg`), `GetMmsDataSource` fills `config` only with `withConfig=true`, and the configuration items of the list leave out `subItems`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct DataSource {
        ///Whether the service's agent for this source is running and reachable.
        #[serde(
            rename = "agentIsOnline",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub agent_is_online: ::std::option::Option<bool>,
        ///The configuration items of the source with their current values.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub config: ::std::vec::Vec<ConfigItem>,
        ///When the data source was created, as `YYYY-MM-DD HH:MM:SS` in the service's local time.
        #[serde(
            rename = "createTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///How many databases the catalog holds.
        #[serde(
            rename = "dbNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub db_num: ::std::option::Option<i64>,
        ///MaxCompute project data goes to unless a database or table says otherwise.
        #[serde(
            rename = "dstProject",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_project: ::std::option::Option<::std::string::String>,
        ///MaxCompute projects this source may migrate into.
        #[serde(
            rename = "dstProjects",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub dst_projects: ::std::vec::Vec<::std::string::String>,
        ///Why starting or stopping failed; set with the START_FAILED and STOP_FAILED statuses only.
        #[serde(
            rename = "errMsg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub err_msg: ::std::option::Option<::std::string::String>,
        ///Identifier of the data source.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///When the metadata was last scanned, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "lastUpdateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_update_time: ::std::option::Option<::std::string::String>,
        ///Name the data source was given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The MaxCompute network connection used to reach the source, as its identifier, a colon and its region (`<connection>:<region>`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub networklink: ::std::option::Option<::std::string::String>,
        ///How many partitions the catalog holds.
        #[serde(
            rename = "partitionNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub partition_num: ::std::option::Option<i64>,
        ///Partitions being migrated.
        #[serde(
            rename = "partitionsDoingNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub partitions_doing_num: ::std::option::Option<i64>,
        ///Partitions migrated.
        #[serde(
            rename = "partitionsDoneNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub partitions_done_num: ::std::option::Option<i64>,
        ///Partitions whose migration failed.
        #[serde(
            rename = "partitionsFailedNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub partitions_failed_num: ::std::option::Option<i64>,
        ///Region id the data source is registered in, such as `cn-hangzhou`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub region: ::std::option::Option<::std::string::String>,
        ///Why the latest metadata scan failed (list answers only).
        #[serde(
            rename = "scanErrMsg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scan_err_msg: ::std::option::Option<::std::string::String>,
        ///Identifier of the latest metadata scan.
        #[serde(
            rename = "scanId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scan_id: ::std::option::Option<i64>,
        #[serde(
            rename = "scanStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scan_status: ::std::option::Option<crate::open_enum::ScanStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::DataSourceStatus>,
        ///How many tables the catalog holds.
        #[serde(
            rename = "tableNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub table_num: ::std::option::Option<i64>,
        ///Tables being migrated.
        #[serde(
            rename = "tablesDoingNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tables_doing_num: ::std::option::Option<i64>,
        ///Tables migrated completely.
        #[serde(
            rename = "tablesDoneNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tables_done_num: ::std::option::Option<i64>,
        ///Tables whose migration failed.
        #[serde(
            rename = "tablesFailedNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tables_failed_num: ::std::option::Option<i64>,
        ///Partitioned tables of which some partitions are migrated.
        #[serde(
            rename = "tablesPartDoneNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tables_part_done_num: ::std::option::Option<i64>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::open_enum::DataSourceType>,
    }
    impl DataSource {
        pub fn builder() -> builder::DataSource {
            Default::default()
        }
    }
    ///What `UpdateMmsDataSource` does: START or STOP the data source's instance, UPDATE_CONFIG (replace settings with `config`) or RENAME (to `name`).
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum DataSourceAction {
        #[serde(rename = "START")]
        Start,
        #[serde(rename = "STOP")]
        Stop,
        #[serde(rename = "UPDATE_CONFIG")]
        UpdateConfig,
        #[serde(rename = "RENAME")]
        Rename,
    }
    impl ::std::fmt::Display for DataSourceAction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Start => f.write_str("START"),
                Self::Stop => f.write_str("STOP"),
                Self::UpdateConfig => f.write_str("UPDATE_CONFIG"),
                Self::Rename => f.write_str("RENAME"),
            }
        }
    }
    impl ::std::str::FromStr for DataSourceAction {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "START" => Ok(Self::Start),
                "STOP" => Ok(Self::Stop),
                "UPDATE_CONFIG" => Ok(Self::UpdateConfig),
                "RENAME" => Ok(Self::Rename),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DataSourceAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DataSourceAction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One page of data sources; ask for the next with `pageNum` + 1 until `pageNum * pageSize >= total`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct DataSourcePage {
        ///The data sources of this page.
        #[serde(
            rename = "objectList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub object_list: ::std::vec::Vec<DataSource>,
        ///Number of this page, from 1.
        #[serde(
            rename = "pageNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_num: ::std::option::Option<i64>,
        ///Most items a page holds.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i64>,
        ///How many data sources match the request, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl DataSourcePage {
        pub fn builder() -> builder::DataSourcePage {
            Default::default()
        }
    }
    ///The result of a change of a data source, which the service carries out asynchronously.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct DataSourceUpdate {
        ///Identifier of the asynchronous task carrying out the change; read it with `GetMmsAsyncTask`.
        #[serde(
            rename = "asyncTaskId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub async_task_id: ::std::option::Option<i64>,
        ///Identifier of the data source being changed.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
    }
    impl DataSourceUpdate {
        pub fn builder() -> builder::DataSourceUpdate {
            Default::default()
        }
    }
    ///A database (or BigQuery dataset, or MaxCompute project) of the source catalog: where it goes, its size and how far its tables and partitions are migrated. `ListMmsDbs` adds `createTime`, `updateTime` and `deleted` to what `GetMmsDb` returns.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct Db {
        ///When the catalog entry was created, as `YYYY-MM-DD HH:MM:SS` (list answers only).
        #[serde(
            rename = "createTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///Whether the catalog entry is marked deleted (list answers only).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deleted: ::std::option::Option<bool>,
        ///Comment the source gives the database.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///MaxCompute schema the database is migrated into.
        #[serde(
            rename = "dstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute project the database is migrated into.
        #[serde(
            rename = "dstProjectName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_project_name: ::std::option::Option<::std::string::String>,
        ///Further source-specific properties, as JSON text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extra: ::std::option::Option<::std::string::String>,
        ///Identifier of the database in the catalog.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///When the source last changed the database's definition, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "lastDdlTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_ddl_time: ::std::option::Option<::std::string::String>,
        ///Where the source stores the database, such as an HDFS path.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<::std::string::String>,
        ///Name of the database in the source.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Rows in the database, as the source reports them.
        #[serde(
            rename = "numRows",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub num_rows: ::std::option::Option<i64>,
        ///Owner of the database in the source.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<::std::string::String>,
        ///How many partitions the database holds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partitions: ::std::option::Option<i64>,
        ///Partitions being migrated.
        #[serde(
            rename = "partitionsDoing",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub partitions_doing: ::std::option::Option<i64>,
        ///Partitions migrated.
        #[serde(
            rename = "partitionsDone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub partitions_done: ::std::option::Option<i64>,
        ///Partitions whose migration failed.
        #[serde(
            rename = "partitionsFailed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub partitions_failed: ::std::option::Option<i64>,
        ///Size of the database in bytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<i64>,
        ///Identifier of the data source.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///Name of the data source.
        #[serde(
            rename = "sourceName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::MigrationStatus>,
        ///How many tables the database holds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tables: ::std::option::Option<i64>,
        ///Tables being migrated.
        #[serde(
            rename = "tablesDoing",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tables_doing: ::std::option::Option<i64>,
        ///Tables migrated completely.
        #[serde(
            rename = "tablesDone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tables_done: ::std::option::Option<i64>,
        ///Tables whose migration failed.
        #[serde(
            rename = "tablesFailed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tables_failed: ::std::option::Option<i64>,
        ///Partitioned tables of which some partitions are migrated.
        #[serde(
            rename = "tablesPartDone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tables_part_done: ::std::option::Option<i64>,
        ///When the catalog entry last changed, as `YYYY-MM-DD HH:MM:SS` (list answers only).
        #[serde(
            rename = "updateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub update_time: ::std::option::Option<::std::string::String>,
        ///Whether the source changed since the database was last migrated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<bool>,
    }
    impl Db {
        pub fn builder() -> builder::Db {
            Default::default()
        }
    }
    ///One page of databases; ask for the next with `pageNum` + 1 until `pageNum * pageSize >= total`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct DbPage {
        ///The databases of this page.
        #[serde(
            rename = "objectList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub object_list: ::std::vec::Vec<Db>,
        ///Number of this page, from 1.
        #[serde(
            rename = "pageNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_num: ::std::option::Option<i64>,
        ///Most items a page holds.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i64>,
        ///How many databases match the request, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl DbPage {
        pub fn builder() -> builder::DbPage {
            Default::default()
        }
    }
    ///Sort order of `ListMmsDbs`, sent as JSON text in its `sorter` query parameter: each field present sorts by that column.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct DbSorter {
        #[serde(
            rename = "numRows",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub num_rows: ::std::option::Option<SortOrder>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<SortOrder>,
        #[serde(
            rename = "updateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub update_time: ::std::option::Option<SortOrder>,
    }
    impl DbSorter {
        pub fn builder() -> builder::DbSorter {
            Default::default()
        }
    }
    ///The answer of DeleteMmsDataSource; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct DeleteMmsDataSourceResponse {
        ///The identifier of the deleted data source.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl DeleteMmsDataSourceResponse {
        pub fn builder() -> builder::DeleteMmsDataSourceResponse {
            Default::default()
        }
    }
    ///The answer of DeleteMmsJob; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct DeleteMmsJobResponse {
        ///The identifier of the deleted job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl DeleteMmsJobResponse {
        pub fn builder() -> builder::DeleteMmsJobResponse {
            Default::default()
        }
    }
    ///The answer of DeleteMmsTimer; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct DeleteMmsTimerResponse {
        ///The identifier of the deleted timer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl DeleteMmsTimerResponse {
        pub fn builder() -> builder::DeleteMmsTimerResponse {
            Default::default()
        }
    }
    ///The body of an error answer as the MMS service writes it (camelCase). The API gateway in front of it answers some errors (signature, throttling) with the PascalCase fields of `GatewayErrorBody` instead; clients read either.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ErrorBody {
        ///Which policy denied the request, when RAM refused it.
        #[serde(
            rename = "accessDeniedDetail",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub access_denied_detail: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///Machine-readable error code, such as `InvalidAccessKeyId.NotFound`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The HTTP status the service meant to send.
        #[serde(
            rename = "httpCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub http_code: ::std::option::Option<i32>,
        ///What went wrong, for a person.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///A link to the diagnosis page of this request.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recommend: ::std::option::Option<::std::string::String>,
        ///Identifier the service gave this request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ErrorBody {
        pub fn builder() -> builder::ErrorBody {
            Default::default()
        }
    }
    ///A metadata scan that reads databases, tables and partitions from the source into the MMS catalog.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct FetchMetadataJob {
        ///When the scan ended, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "endTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub end_time: ::std::option::Option<::std::string::String>,
        ///Why the scan failed.
        #[serde(
            rename = "errorMsg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_msg: ::std::option::Option<::std::string::String>,
        ///Identifier of the scan.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///How far the scan is, on a scale up to 10000 (most likely hundredths of a percent).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub progress: ::std::option::Option<f64>,
        ///What the scan found, as the service words it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::std::string::String>,
        ///Identifier of the data source scanned.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///When the scan started, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::ScanStatus>,
    }
    impl FetchMetadataJob {
        pub fn builder() -> builder::FetchMetadataJob {
            Default::default()
        }
    }
    ///The body of an error answer as the API gateway writes it (PascalCase).
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GatewayErrorBody {
        ///Which policy denied the request, when RAM refused it.
        #[serde(
            rename = "AccessDeniedDetail",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub access_denied_detail: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///Machine-readable error code, such as `SignatureDoesNotMatch`.
        #[serde(rename = "Code", skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The endpoint host that answered.
        #[serde(
            rename = "HostId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub host_id: ::std::option::Option<::std::string::String>,
        ///What went wrong, for a person. For `SignatureDoesNotMatch` it holds the string-to-sign the server computed.
        #[serde(
            rename = "Message",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message: ::std::option::Option<::std::string::String>,
        ///A link to the diagnosis page of this request.
        #[serde(
            rename = "Recommend",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recommend: ::std::option::Option<::std::string::String>,
        ///Identifier the gateway gave this request.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GatewayErrorBody {
        pub fn builder() -> builder::GatewayErrorBody {
            Default::default()
        }
    }
    ///The answer of GetMmsAsyncTask; `data` holds the asynchronous task.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GetMmsAsyncTaskResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<AsyncTask>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetMmsAsyncTaskResponse {
        pub fn builder() -> builder::GetMmsAsyncTaskResponse {
            Default::default()
        }
    }
    ///The answer of GetMmsDataSource; `data` holds the data source.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GetMmsDataSourceResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<DataSource>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetMmsDataSourceResponse {
        pub fn builder() -> builder::GetMmsDataSourceResponse {
            Default::default()
        }
    }
    ///The answer of GetMmsDb; `data` holds the database.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GetMmsDbResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Db>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetMmsDbResponse {
        pub fn builder() -> builder::GetMmsDbResponse {
            Default::default()
        }
    }
    ///The answer of GetMmsFetchMetadataJob; `data` holds the metadata scan.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GetMmsFetchMetadataJobResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<FetchMetadataJob>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetMmsFetchMetadataJobResponse {
        pub fn builder() -> builder::GetMmsFetchMetadataJobResponse {
            Default::default()
        }
    }
    ///The answer of GetMmsJob; `data` holds the job.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GetMmsJobResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Job>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetMmsJobResponse {
        pub fn builder() -> builder::GetMmsJobResponse {
            Default::default()
        }
    }
    ///The answer of GetMmsPartition; `data` holds the partition.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GetMmsPartitionResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Partition>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetMmsPartitionResponse {
        pub fn builder() -> builder::GetMmsPartitionResponse {
            Default::default()
        }
    }
    ///The answer of GetMmsTable; `data` holds the table.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GetMmsTableResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Table>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetMmsTableResponse {
        pub fn builder() -> builder::GetMmsTableResponse {
            Default::default()
        }
    }
    ///The answer of GetMmsTask; `data` holds the task.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GetMmsTaskResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Task>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetMmsTaskResponse {
        pub fn builder() -> builder::GetMmsTaskResponse {
            Default::default()
        }
    }
    ///The answer of GetMmsTimer; `data` holds the timer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct GetMmsTimerResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<Timer>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetMmsTimerResponse {
        pub fn builder() -> builder::GetMmsTimerResponse {
            Default::default()
        }
    }
    ///A migration job: a set of tables or partitions of one source database copied into a MaxCompute project. Only `id` is always present; every other field may be missing in an answer and is then `None`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq
    )]
    pub struct Job {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub config: ::std::option::Option<JobConfig>,
        ///When the job was created, as `YYYY-MM-DD HH:MM:SS` in the service's local time (no zone, not RFC 3339).
        #[serde(
            rename = "createTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///Identifier of the source database within the data source.
        #[serde(rename = "dbId", skip_serializing_if = "::std::option::Option::is_none")]
        pub db_id: ::std::option::Option<i64>,
        ///MaxCompute project the data is migrated into.
        #[serde(
            rename = "dstDbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_db_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute schema the data is migrated into.
        #[serde(
            rename = "dstSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_schema_name: ::std::option::Option<::std::string::String>,
        ///Expected time of completion as the service reports it; often empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub eta: ::std::option::Option<::std::string::String>,
        ///Identifier of the job.
        pub id: i64,
        ///Name the job was given when it was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Identifier of the data source the job reads from.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///Name of the data source.
        #[serde(
            rename = "sourceName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_name: ::std::option::Option<::std::string::String>,
        ///Name of the database migrated from.
        #[serde(
            rename = "srcDbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_db_name: ::std::option::Option<::std::string::String>,
        ///Schema migrated from, for sources with a three-level namespace (project.schema.table).
        #[serde(
            rename = "srcSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_schema_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::JobStatus>,
        ///Whether somebody stopped the job before it ended.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stopped: ::std::option::Option<bool>,
        ///How many of those tasks have finished.
        #[serde(
            rename = "taskDone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_done: ::std::option::Option<i64>,
        ///How many migration tasks the job was split into.
        #[serde(
            rename = "taskNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_num: ::std::option::Option<i64>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::open_enum::JobType>,
    }
    impl Job {
        pub fn builder() -> builder::Job {
            Default::default()
        }
    }
    ///What the job migrates and how.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct JobConfig {
        ///Source column name to destination column name, where they differ.
        #[serde(
            rename = "columnMapping",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub column_mapping: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Compare source and destination after copying.
        #[serde(
            rename = "enableVerification",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_verification: ::std::option::Option<bool>,
        ///Migrate only what changed since the last run.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub increment: ::std::option::Option<bool>,
        ///Further settings of the migration engine, as free-form JSON.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub others: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Per table, a filter expression choosing the partitions to migrate.
        #[serde(
            rename = "partitionFilters",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub partition_filters: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Identifiers of the partitions to migrate, for a job of type Partitions.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub partitions: ::std::vec::Vec<i64>,
        ///Migrate table definitions only, without data (deprecated by the service).
        #[serde(
            rename = "schemaOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub schema_only: ::std::option::Option<bool>,
        ///Tables left out of the migration.
        #[serde(
            rename = "tableBlackList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_black_list: ::std::vec::Vec<::std::string::String>,
        ///Source table name to destination table name, where they differ.
        #[serde(
            rename = "tableMapping",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub table_mapping: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The only tables taken into the migration, when not empty.
        #[serde(
            rename = "tableWhiteList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_white_list: ::std::vec::Vec<::std::string::String>,
        ///Names of the tables to migrate, for a job of type Tables.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tables: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "taskType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_type: ::std::option::Option<crate::open_enum::TaskType>,
        ///Tunnel quota used for the copy (deprecated by the service).
        #[serde(
            rename = "tunnelQuota",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tunnel_quota: ::std::option::Option<::std::string::String>,
    }
    impl JobConfig {
        pub fn builder() -> builder::JobConfig {
            Default::default()
        }
    }
    ///One page of jobs; ask for the next with `pageNum` + 1 until `pageNum * pageSize >= total`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct JobPage {
        ///The jobs of this page.
        #[serde(
            rename = "objectList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub object_list: ::std::vec::Vec<Job>,
        ///Number of this page, from 1.
        #[serde(
            rename = "pageNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_num: ::std::option::Option<i64>,
        ///Most items a page holds.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i64>,
        ///How many jobs match the request, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl JobPage {
        pub fn builder() -> builder::JobPage {
            Default::default()
        }
    }
    ///Language of the texts the service returns.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum Lang {
        #[serde(rename = "zh_CN")]
        ZhCn,
        #[serde(rename = "en_US")]
        EnUs,
    }
    impl ::std::fmt::Display for Lang {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ZhCn => f.write_str("zh_CN"),
                Self::EnUs => f.write_str("en_US"),
            }
        }
    }
    impl ::std::str::FromStr for Lang {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "zh_CN" => Ok(Self::ZhCn),
                "en_US" => Ok(Self::EnUs),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Lang {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Lang {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The answer of ListMmsDataSourceConfigItems; `data` is a bare array, not a page.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ListMmsDataSourceConfigItemsResponse {
        ///The configuration items of the kind of data source asked for.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<ConfigItem>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListMmsDataSourceConfigItemsResponse {
        pub fn builder() -> builder::ListMmsDataSourceConfigItemsResponse {
            Default::default()
        }
    }
    ///The answer of ListMmsDataSources; `data` holds a page of data sources.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ListMmsDataSourcesResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<DataSourcePage>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListMmsDataSourcesResponse {
        pub fn builder() -> builder::ListMmsDataSourcesResponse {
            Default::default()
        }
    }
    ///The answer of ListMmsDbs; `data` holds a page of databases.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ListMmsDbsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<DbPage>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListMmsDbsResponse {
        pub fn builder() -> builder::ListMmsDbsResponse {
            Default::default()
        }
    }
    ///The answer of ListMmsJobs; `data` holds a page of jobs.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ListMmsJobsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<JobPage>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListMmsJobsResponse {
        pub fn builder() -> builder::ListMmsJobsResponse {
            Default::default()
        }
    }
    ///The answer of ListMmsPartitions; `data` holds a page of partitions.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ListMmsPartitionsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<PartitionPage>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListMmsPartitionsResponse {
        pub fn builder() -> builder::ListMmsPartitionsResponse {
            Default::default()
        }
    }
    ///The answer of ListMmsTables; `data` holds a page of tables.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ListMmsTablesResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<TablePage>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListMmsTablesResponse {
        pub fn builder() -> builder::ListMmsTablesResponse {
            Default::default()
        }
    }
    ///The answer of ListMmsTaskLogs; `data` is a bare array, not a page.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ListMmsTaskLogsResponse {
        ///The log entries of the task, oldest first.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data: ::std::vec::Vec<TaskLog>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListMmsTaskLogsResponse {
        pub fn builder() -> builder::ListMmsTaskLogsResponse {
            Default::default()
        }
    }
    ///The answer of ListMmsTasks; `data` holds a page of tasks.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ListMmsTasksResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<TaskPage>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListMmsTasksResponse {
        pub fn builder() -> builder::ListMmsTasksResponse {
            Default::default()
        }
    }
    ///The answer of ListMmsTimerLogs; `data` holds a page of timer log entries.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ListMmsTimerLogsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<TimerLogPage>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListMmsTimerLogsResponse {
        pub fn builder() -> builder::ListMmsTimerLogsResponse {
            Default::default()
        }
    }
    ///The answer of ListMmsTimers; `data` holds a page of timers.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct ListMmsTimersResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<TimerPage>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListMmsTimersResponse {
        pub fn builder() -> builder::ListMmsTimersResponse {
            Default::default()
        }
    }
    ///A partition of a source table in the catalog, where it goes and its migration status. `GetMmsPartition` and the items of `ListMmsPartitions` have the same fields.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct Partition {
        ///Identifier of the partition's database in the catalog.
        #[serde(rename = "dbId", skip_serializing_if = "::std::option::Option::is_none")]
        pub db_id: ::std::option::Option<i64>,
        ///Name of the partition's database.
        #[serde(
            rename = "dbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub db_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute project the partition is migrated into.
        #[serde(
            rename = "dstProjectName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_project_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute schema the partition is migrated into.
        #[serde(
            rename = "dstSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_schema_name: ::std::option::Option<::std::string::String>,
        ///Destination table of the partition.
        #[serde(
            rename = "dstTableName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_table_name: ::std::option::Option<::std::string::String>,
        ///Partition spec in the destination table.
        #[serde(
            rename = "dstValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_value: ::std::option::Option<::std::string::String>,
        ///Identifier of the partition in the catalog.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///When the source last changed the partition, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "lastDdlTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_ddl_time: ::std::option::Option<::std::string::String>,
        ///Rows in the partition, as the source reports them.
        #[serde(
            rename = "numRows",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub num_rows: ::std::option::Option<i64>,
        ///Size of the partition in bytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<i64>,
        ///Identifier of the data source.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///Name of the data source.
        #[serde(
            rename = "sourceName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::MigrationStatus>,
        ///Identifier of the partition's table in the catalog.
        #[serde(
            rename = "tableId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub table_id: ::std::option::Option<i64>,
        ///Name of the partition's table.
        #[serde(
            rename = "tableName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub table_name: ::std::option::Option<::std::string::String>,
        ///Whether the source changed since the partition was last migrated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<bool>,
        ///Partition spec in the source, such as `p1=1/p2=abc`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl Partition {
        pub fn builder() -> builder::Partition {
            Default::default()
        }
    }
    ///One page of partitions; ask for the next with `pageNum` + 1 until `pageNum * pageSize >= total`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct PartitionPage {
        ///The partitions of this page.
        #[serde(
            rename = "objectList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub object_list: ::std::vec::Vec<Partition>,
        ///Number of this page, from 1.
        #[serde(
            rename = "pageNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_num: ::std::option::Option<i64>,
        ///Most items a page holds.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i64>,
        ///How many partitions match the request, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl PartitionPage {
        pub fn builder() -> builder::PartitionPage {
            Default::default()
        }
    }
    ///The answer of RetryMmsJob; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct RetryMmsJobResponse {
        ///The identifier of the job whose failed tasks were queued again.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl RetryMmsJobResponse {
        pub fn builder() -> builder::RetryMmsJobResponse {
            Default::default()
        }
    }
    ///The answer of RetryMmsTask; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct RetryMmsTaskResponse {
        ///A number the service returns for the retry; the public documentation shows `0`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl RetryMmsTaskResponse {
        pub fn builder() -> builder::RetryMmsTaskResponse {
            Default::default()
        }
    }
    ///Direction of a sort.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum SortOrder {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
    }
    impl ::std::fmt::Display for SortOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("asc"),
                Self::Desc => f.write_str("desc"),
            }
        }
    }
    impl ::std::str::FromStr for SortOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "asc" => Ok(Self::Asc),
                "desc" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SortOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The answer of StartMmsJob; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct StartMmsJobResponse {
        ///The identifier of the resumed job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl StartMmsJobResponse {
        pub fn builder() -> builder::StartMmsJobResponse {
            Default::default()
        }
    }
    ///The answer of StopMmsJob; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct StopMmsJobResponse {
        ///The identifier of the stopped job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl StopMmsJobResponse {
        pub fn builder() -> builder::StopMmsJobResponse {
            Default::default()
        }
    }
    ///A table of the source catalog: its definition and storage, where it goes, and how far its partitions are migrated. `GetMmsTable` and the items of `ListMmsTables` have the same fields.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct Table {
        ///Identifier of the table's database in the catalog.
        #[serde(rename = "dbId", skip_serializing_if = "::std::option::Option::is_none")]
        pub db_id: ::std::option::Option<i64>,
        ///Name of the table's database.
        #[serde(
            rename = "dbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub db_name: ::std::option::Option<::std::string::String>,
        ///Name of the destination table.
        #[serde(
            rename = "dstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute project the table is migrated into.
        #[serde(
            rename = "dstProjectName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_project_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute schema the table is migrated into.
        #[serde(
            rename = "dstSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_schema_name: ::std::option::Option<::std::string::String>,
        ///Further source-specific properties, as JSON text.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extra: ::std::option::Option<::std::string::String>,
        ///Whether the table is partitioned.
        #[serde(
            rename = "hasPartitions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_partitions: ::std::option::Option<bool>,
        ///Identifier of the table in the catalog.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///Class that reads the table's files (Hive).
        #[serde(
            rename = "inputFormat",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub input_format: ::std::option::Option<::std::string::String>,
        ///When the source last changed the table's definition, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "lastDdlTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_ddl_time: ::std::option::Option<::std::string::String>,
        ///Where the source stores the table, such as an HDFS path.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<::std::string::String>,
        ///Name of the table in the source.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Rows in the table, as the source reports them.
        #[serde(
            rename = "numRows",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub num_rows: ::std::option::Option<i64>,
        ///Class that writes the table's files (Hive).
        #[serde(
            rename = "outputFormat",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub output_format: ::std::option::Option<::std::string::String>,
        ///Owner of the table in the source.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<::std::string::String>,
        ///How many partitions the table has.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub partitions: ::std::option::Option<i64>,
        ///Partitions being migrated.
        #[serde(
            rename = "partitionsDoing",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub partitions_doing: ::std::option::Option<i64>,
        ///Partitions migrated.
        #[serde(
            rename = "partitionsDone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub partitions_done: ::std::option::Option<i64>,
        ///Partitions whose migration failed.
        #[serde(
            rename = "partitionsFailed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub partitions_failed: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schema: ::std::option::Option<TableSchema>,
        ///Serializer/deserializer class of the table (Hive).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub serde: ::std::option::Option<::std::string::String>,
        ///Size of the table in bytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<i64>,
        ///Identifier of the data source.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///Name of the data source.
        #[serde(
            rename = "sourceName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::MigrationStatus>,
        ///Table type in the source, such as `MANAGED_TABLE` or `EXTERNAL_TABLE` for Hive.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///Whether the source changed since the table was last migrated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<bool>,
    }
    impl Table {
        pub fn builder() -> builder::Table {
            Default::default()
        }
    }
    ///One page of tables; ask for the next with `pageNum` + 1 until `pageNum * pageSize >= total`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct TablePage {
        ///The tables of this page.
        #[serde(
            rename = "objectList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub object_list: ::std::vec::Vec<Table>,
        ///Number of this page, from 1.
        #[serde(
            rename = "pageNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_num: ::std::option::Option<i64>,
        ///Most items a page holds.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i64>,
        ///How many tables match the request, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl TablePage {
        pub fn builder() -> builder::TablePage {
            Default::default()
        }
    }
    ///The definition of a source table, with its columns and partition keys.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct TableSchema {
        ///The data columns, in table order.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub columns: ::std::vec::Vec<Column>,
        ///Comment of the table.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment: ::std::option::Option<::std::string::String>,
        ///Name of the table.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The partition key columns, in order.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub partitions: ::std::vec::Vec<Column>,
    }
    impl TableSchema {
        pub fn builder() -> builder::TableSchema {
            Default::default()
        }
    }
    ///A migration task: one table, or a group of partitions of one table, copied by a job. `GetMmsTask` and the items of `ListMmsTasks` have the same fields. Which partitions a task covers is not returned; filter `ListMmsTasks` by `partition` instead.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct Task {
        ///When the task was created, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "createTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///Identifier of the source database in the catalog.
        #[serde(rename = "dbId", skip_serializing_if = "::std::option::Option::is_none")]
        pub db_id: ::std::option::Option<i64>,
        ///MaxCompute project the data is migrated into.
        #[serde(
            rename = "dstDbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_db_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute schema the data is migrated into.
        #[serde(
            rename = "dstSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_schema_name: ::std::option::Option<::std::string::String>,
        ///Destination table.
        #[serde(
            rename = "dstTableName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_table_name: ::std::option::Option<::std::string::String>,
        ///When the latest run of the task ended, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "endTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub end_time: ::std::option::Option<::std::string::String>,
        ///Identifier of the task.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///Identifier of the job the task belongs to.
        #[serde(
            rename = "jobId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub job_id: ::std::option::Option<i64>,
        ///Name of the job the task belongs to.
        #[serde(
            rename = "jobName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub job_name: ::std::option::Option<::std::string::String>,
        ///How many times the task was retried.
        #[serde(
            rename = "retriedTimes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub retried_times: ::std::option::Option<i64>,
        ///Whether a worker is executing the task now.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub running: ::std::option::Option<bool>,
        ///Identifier of the data source.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///Name of the data source.
        #[serde(
            rename = "sourceName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_name: ::std::option::Option<::std::string::String>,
        ///Name of the database migrated from.
        #[serde(
            rename = "srcDbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_db_name: ::std::option::Option<::std::string::String>,
        ///Schema migrated from, for sources with a three-level namespace.
        #[serde(
            rename = "srcSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_schema_name: ::std::option::Option<::std::string::String>,
        ///Name of the table migrated from.
        #[serde(
            rename = "srcTableName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_table_name: ::std::option::Option<::std::string::String>,
        ///When the latest run of the task started, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::TaskStatus>,
        ///Whether the task was stopped with its job.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stopped: ::std::option::Option<bool>,
        ///Identifier of the source table in the catalog.
        #[serde(
            rename = "tableId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub table_id: ::std::option::Option<i64>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::open_enum::TaskType>,
    }
    impl Task {
        pub fn builder() -> builder::Task {
            Default::default()
        }
    }
    ///One step a migration task went through, with what it reported.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct TaskLog {
        ///The step the task performed, as the service names it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub action: ::std::option::Option<::std::string::String>,
        ///When the entry was written, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "createTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///Identifier of the log entry.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///What the step reported; for a failed step, the reason of the failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub msg: ::std::option::Option<::std::string::String>,
        ///Identifier of the data source.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::TaskStatus>,
        ///Identifier of the task.
        #[serde(
            rename = "taskId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_id: ::std::option::Option<i64>,
    }
    impl TaskLog {
        pub fn builder() -> builder::TaskLog {
            Default::default()
        }
    }
    ///One page of tasks; ask for the next with `pageNum` + 1 until `pageNum * pageSize >= total`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct TaskPage {
        ///The tasks of this page.
        #[serde(
            rename = "objectList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub object_list: ::std::vec::Vec<Task>,
        ///Number of this page, from 1.
        #[serde(
            rename = "pageNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_num: ::std::option::Option<i64>,
        ///Most items a page holds.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i64>,
        ///How many tasks match the request, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl TaskPage {
        pub fn builder() -> builder::TaskPage {
            Default::default()
        }
    }
    ///A timer that creates a migration job on a schedule. `GetMmsTimer` returns every field; the items of `ListMmsTimers` leave out `updateTime` and `config`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct Timer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub config: ::std::option::Option<TimerConfig>,
        ///When the timer was created, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "createTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///Identifier of the source database in the catalog.
        #[serde(rename = "dbId", skip_serializing_if = "::std::option::Option::is_none")]
        pub db_id: ::std::option::Option<i64>,
        ///Identifier of the timer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///Name the timer was given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "scheduleType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub schedule_type: ::std::option::Option<crate::open_enum::ScheduleType>,
        ///Identifier of the data source.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///Name of the database the timer's jobs migrate from.
        #[serde(
            rename = "srcDbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub src_db_name: ::std::option::Option<::std::string::String>,
        ///Whether the timer is paused.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stopped: ::std::option::Option<bool>,
        ///Type of the timer as the service reports it, not documented further; most likely the scope of the jobs it creates, as in the `type` of a job (such as `Tables`).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///When the timer was last changed, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "updateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub update_time: ::std::option::Option<::std::string::String>,
        ///When the timer fires; `HH:MM` for a Daily schedule, the minute `MM` for an Hourly one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl Timer {
        pub fn builder() -> builder::Timer {
            Default::default()
        }
    }
    ///What the jobs a timer creates migrate and how.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct TimerConfig {
        ///Source column name to destination column name, where they differ.
        #[serde(
            rename = "columnMapping",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub column_mapping: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Copy the data.
        #[serde(
            rename = "enableDataMigration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_data_migration: ::std::option::Option<bool>,
        ///Create or update the destination tables and partitions.
        #[serde(
            rename = "enableSchemaMigration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_schema_migration: ::std::option::Option<bool>,
        ///Compare source and destination after copying.
        #[serde(
            rename = "enableVerification",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_verification: ::std::option::Option<bool>,
        ///Further settings of the migration engine, as free-form JSON.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub others: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Per table, a filter expression choosing the partitions to migrate.
        #[serde(
            rename = "partitionFilters",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub partition_filters: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Identifiers of the partitions to migrate.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub partitions: ::std::vec::Vec<i64>,
        ///Tables left out of the migration.
        #[serde(
            rename = "tableBlackList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_black_list: ::std::vec::Vec<::std::string::String>,
        ///Source table name to destination table name, where they differ.
        #[serde(
            rename = "tableMapping",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub table_mapping: ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The only tables taken into the migration, when not empty.
        #[serde(
            rename = "tableWhiteList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_white_list: ::std::vec::Vec<::std::string::String>,
        ///Names of the tables to migrate.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tables: ::std::vec::Vec<::std::string::String>,
    }
    impl TimerConfig {
        pub fn builder() -> builder::TimerConfig {
            Default::default()
        }
    }
    ///One run of a timer, recorded as the asynchronous task that created its job.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct TimerLog {
        ///What the run did, as the service names it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub action: ::std::option::Option<::std::string::String>,
        ///When the run happened, as `YYYY-MM-DD HH:MM:SS`.
        #[serde(
            rename = "createTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<::std::string::String>,
        ///Identifier of the asynchronous task that created the job of this run.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///What the run reported; for a failed run, the reason of the failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub msg: ::std::option::Option<::std::string::String>,
        ///Identifier of the data source.
        #[serde(
            rename = "sourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_id: ::std::option::Option<i64>,
        ///How the run ended, as the service reports it (such as `DONE`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl TimerLog {
        pub fn builder() -> builder::TimerLog {
            Default::default()
        }
    }
    ///One page of timer log entries; ask for the next with `pageNum` + 1 until `pageNum * pageSize >= total`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct TimerLogPage {
        ///The timer log entries of this page.
        #[serde(
            rename = "objectList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub object_list: ::std::vec::Vec<TimerLog>,
        ///Number of this page, from 1.
        #[serde(
            rename = "pageNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_num: ::std::option::Option<i64>,
        ///Most items a page holds.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i64>,
        ///How many timer log entries match the request, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl TimerLogPage {
        pub fn builder() -> builder::TimerLogPage {
            Default::default()
        }
    }
    ///One page of timers; ask for the next with `pageNum` + 1 until `pageNum * pageSize >= total`.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct TimerPage {
        ///The timers of this page.
        #[serde(
            rename = "objectList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub object_list: ::std::vec::Vec<Timer>,
        ///Number of this page, from 1.
        #[serde(
            rename = "pageNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_num: ::std::option::Option<i64>,
        ///Most items a page holds.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i64>,
        ///How many timers match the request, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl TimerPage {
        pub fn builder() -> builder::TimerPage {
            Default::default()
        }
    }
    ///The answer of TriggerMmsTimer; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct TriggerMmsTimerResponse {
        ///The identifier of the timer that was run.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl TriggerMmsTimerResponse {
        pub fn builder() -> builder::TriggerMmsTimerResponse {
            Default::default()
        }
    }
    ///The body of UpdateMmsDataSource.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq
    )]
    pub struct UpdateMmsDataSourceRequest {
        pub action: DataSourceAction,
        ///New settings by key, for action UPDATE_CONFIG; values are any JSON.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///New name of the data source, for action RENAME.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///A test flag the service does not document further; most likely: only check that the source can be reached with these settings.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test: ::std::option::Option<bool>,
    }
    impl UpdateMmsDataSourceRequest {
        pub fn builder() -> builder::UpdateMmsDataSourceRequest {
            Default::default()
        }
    }
    ///The answer of UpdateMmsDataSource; `data` holds the asynchronous task carrying out the change.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct UpdateMmsDataSourceResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<DataSourceUpdate>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl UpdateMmsDataSourceResponse {
        pub fn builder() -> builder::UpdateMmsDataSourceResponse {
            Default::default()
        }
    }
    ///The body of UpdateMmsDb.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct UpdateMmsDbRequest {
        ///MaxCompute schema to migrate the database into.
        #[serde(
            rename = "dstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute project to migrate the database into.
        #[serde(
            rename = "dstProjectName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_project_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::MigrationStatus>,
    }
    impl UpdateMmsDbRequest {
        pub fn builder() -> builder::UpdateMmsDbRequest {
            Default::default()
        }
    }
    ///The answer of UpdateMmsDb; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct UpdateMmsDbResponse {
        ///The identifier of the updated database.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl UpdateMmsDbResponse {
        pub fn builder() -> builder::UpdateMmsDbResponse {
            Default::default()
        }
    }
    ///The body of UpdateMmsTable.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct UpdateMmsTableRequest {
        ///Name of the destination table.
        #[serde(
            rename = "dstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute project to migrate the table into.
        #[serde(
            rename = "dstProjectName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_project_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute schema to migrate the table into.
        #[serde(
            rename = "dstSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_schema_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::MigrationStatus>,
    }
    impl UpdateMmsTableRequest {
        pub fn builder() -> builder::UpdateMmsTableRequest {
            Default::default()
        }
    }
    ///The answer of UpdateMmsTable; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct UpdateMmsTableResponse {
        ///The identifier of the updated table.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl UpdateMmsTableResponse {
        pub fn builder() -> builder::UpdateMmsTableResponse {
            Default::default()
        }
    }
    ///The body of UpdateMmsTables: which tables (by identifier in `tables`, or by `dbName` and `tableNames`) and what to set on all of them.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct UpdateMmsTablesRequest {
        ///Database of the tables named in `tableNames`.
        #[serde(
            rename = "dbName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub db_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute project to migrate the tables into.
        #[serde(
            rename = "dstProjectName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_project_name: ::std::option::Option<::std::string::String>,
        ///MaxCompute schema to migrate the tables into.
        #[serde(
            rename = "dstSchemaName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dst_schema_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::open_enum::MigrationStatus>,
        ///Names of the tables to change, in `dbName`.
        #[serde(
            rename = "tableNames",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub table_names: ::std::vec::Vec<::std::string::String>,
        ///Identifiers of the tables to change.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tables: ::std::vec::Vec<i64>,
    }
    impl UpdateMmsTablesRequest {
        pub fn builder() -> builder::UpdateMmsTablesRequest {
            Default::default()
        }
    }
    ///The answer of UpdateMmsTables; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct UpdateMmsTablesResponse {
        ///A number the service returns for the update; it does not document what it counts.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl UpdateMmsTablesResponse {
        pub fn builder() -> builder::UpdateMmsTablesResponse {
            Default::default()
        }
    }
    ///The body of UpdateMmsTimer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct UpdateMmsTimerRequest {
        #[serde(
            rename = "scheduleType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub schedule_type: ::std::option::Option<crate::open_enum::ScheduleType>,
        ///Pause (`true`) or resume (`false`) the timer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stopped: ::std::option::Option<bool>,
        ///For a whole-database timer, tables to leave out. Nullable so that an empty list can be sent (`[]`, as the official SDK sends it) apart from no list at all.
        #[serde(
            rename = "tableBlackList",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub table_black_list: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///For a whole-database timer, the only tables to migrate. Nullable so that an empty list can be sent (`[]`, as the official SDK sends it) apart from no list at all.
        #[serde(
            rename = "tableWhiteList",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub table_white_list: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        ///When the timer fires; `HH:MM` for a Daily schedule, the minute `MM` for an Hourly one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl UpdateMmsTimerRequest {
        pub fn builder() -> builder::UpdateMmsTimerRequest {
            Default::default()
        }
    }
    ///The answer of UpdateMmsTimer; `data` is a single integer.
    #[derive(
        ::schemars::JsonSchema,
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq
    )]
    pub struct UpdateMmsTimerResponse {
        ///The identifier of the updated timer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<i64>,
        ///Identifier the service gave this request; quote it when asking for support.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl UpdateMmsTimerResponse {
        pub fn builder() -> builder::UpdateMmsTimerResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AsyncTask {
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            end_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            object_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            progress: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            running: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::AsyncTaskStatus>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::open_enum::AsyncTaskType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AsyncTask {
            fn default() -> Self {
                Self {
                    create_time: Ok(Default::default()),
                    end_time: Ok(Default::default()),
                    error_msg: Ok(Default::default()),
                    id: Ok(Default::default()),
                    object_id: Ok(Default::default()),
                    progress: Ok(Default::default()),
                    result: Ok(Default::default()),
                    running: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    start_time: Ok(Default::default()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl AsyncTask {
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn end_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.end_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for end_time: {e}")
                    });
                self
            }
            pub fn error_msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_msg: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_id: {e}")
                    });
                self
            }
            pub fn progress<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.progress = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for progress: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn running<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.running = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for running: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start_time: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::AsyncTaskStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::AsyncTaskType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AsyncTask> for super::AsyncTask {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AsyncTask,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_time: value.create_time?,
                    end_time: value.end_time?,
                    error_msg: value.error_msg?,
                    id: value.id?,
                    object_id: value.object_id?,
                    progress: value.progress?,
                    result: value.result?,
                    running: value.running?,
                    source_id: value.source_id?,
                    start_time: value.start_time?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::AsyncTask> for AsyncTask {
            fn from(value: super::AsyncTask) -> Self {
                Self {
                    create_time: Ok(value.create_time),
                    end_time: Ok(value.end_time),
                    error_msg: Ok(value.error_msg),
                    id: Ok(value.id),
                    object_id: Ok(value.object_id),
                    progress: Ok(value.progress),
                    result: Ok(value.result),
                    running: Ok(value.running),
                    source_id: Ok(value.source_id),
                    start_time: Ok(value.start_time),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Column {
            comment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            default_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            nullable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Column {
            fn default() -> Self {
                Self {
                    comment: Ok(Default::default()),
                    default_value: Ok(Default::default()),
                    name: Ok(Default::default()),
                    nullable: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl Column {
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            pub fn default_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for default_value: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn nullable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.nullable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nullable: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Column> for super::Column {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Column,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    comment: value.comment?,
                    default_value: value.default_value?,
                    name: value.name?,
                    nullable: value.nullable?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Column> for Column {
            fn from(value: super::Column) -> Self {
                Self {
                    comment: Ok(value.comment),
                    default_value: Ok(value.default_value),
                    name: Ok(value.name),
                    nullable: Ok(value.nullable),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConfigItem {
            desc: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enums: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            group: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            place_holder: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            required: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            sub_items: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            sub_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::open_enum::ConfigItemType>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConfigItem {
            fn default() -> Self {
                Self {
                    desc: Ok(Default::default()),
                    enums: Ok(Default::default()),
                    group: Ok(Default::default()),
                    key: Ok(Default::default()),
                    name: Ok(Default::default()),
                    place_holder: Ok(Default::default()),
                    required: Ok(Default::default()),
                    sub_items: Ok(Default::default()),
                    sub_type: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl ConfigItem {
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
                    });
                self
            }
            pub fn enums<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.enums = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enums: {e}")
                    });
                self
            }
            pub fn group<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group: {e}")
                    });
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn place_holder<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.place_holder = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for place_holder: {e}")
                    });
                self
            }
            pub fn required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.required = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for required: {e}")
                    });
                self
            }
            pub fn sub_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.sub_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sub_items: {e}")
                    });
                self
            }
            pub fn sub_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sub_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sub_type: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::ConfigItemType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConfigItem> for super::ConfigItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConfigItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    desc: value.desc?,
                    enums: value.enums?,
                    group: value.group?,
                    key: value.key?,
                    name: value.name?,
                    place_holder: value.place_holder?,
                    required: value.required?,
                    sub_items: value.sub_items?,
                    sub_type: value.sub_type?,
                    type_: value.type_?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::ConfigItem> for ConfigItem {
            fn from(value: super::ConfigItem) -> Self {
                Self {
                    desc: Ok(value.desc),
                    enums: Ok(value.enums),
                    group: Ok(value.group),
                    key: Ok(value.key),
                    name: Ok(value.name),
                    place_holder: Ok(value.place_holder),
                    required: Ok(value.required),
                    sub_items: Ok(value.sub_items),
                    sub_type: Ok(value.sub_type),
                    type_: Ok(value.type_),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMmsDataSourceRequest {
            config: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            networklink: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::open_enum::DataSourceType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMmsDataSourceRequest {
            fn default() -> Self {
                Self {
                    config: Ok(Default::default()),
                    name: Ok(Default::default()),
                    networklink: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl CreateMmsDataSourceRequest {
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for config: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn networklink<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.networklink = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for networklink: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::DataSourceType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMmsDataSourceRequest>
        for super::CreateMmsDataSourceRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMmsDataSourceRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    config: value.config?,
                    name: value.name?,
                    networklink: value.networklink?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::CreateMmsDataSourceRequest>
        for CreateMmsDataSourceRequest {
            fn from(value: super::CreateMmsDataSourceRequest) -> Self {
                Self {
                    config: Ok(value.config),
                    name: Ok(value.name),
                    networklink: Ok(value.networklink),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMmsDataSourceResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::CreatedDataSource>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMmsDataSourceResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl CreateMmsDataSourceResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreatedDataSource>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMmsDataSourceResponse>
        for super::CreateMmsDataSourceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMmsDataSourceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateMmsDataSourceResponse>
        for CreateMmsDataSourceResponse {
            fn from(value: super::CreateMmsDataSourceResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMmsFetchMetadataJobRequest {
            db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            table_names: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMmsFetchMetadataJobRequest {
            fn default() -> Self {
                Self {
                    db_name: Ok(Default::default()),
                    table_names: Ok(Default::default()),
                }
            }
        }
        impl CreateMmsFetchMetadataJobRequest {
            pub fn db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_name: {e}")
                    });
                self
            }
            pub fn table_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_names = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_names: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMmsFetchMetadataJobRequest>
        for super::CreateMmsFetchMetadataJobRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMmsFetchMetadataJobRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    db_name: value.db_name?,
                    table_names: value.table_names?,
                })
            }
        }
        impl ::std::convert::From<super::CreateMmsFetchMetadataJobRequest>
        for CreateMmsFetchMetadataJobRequest {
            fn from(value: super::CreateMmsFetchMetadataJobRequest) -> Self {
                Self {
                    db_name: Ok(value.db_name),
                    table_names: Ok(value.table_names),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMmsFetchMetadataJobResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::CreatedScan>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMmsFetchMetadataJobResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl CreateMmsFetchMetadataJobResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CreatedScan>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMmsFetchMetadataJobResponse>
        for super::CreateMmsFetchMetadataJobResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMmsFetchMetadataJobResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateMmsFetchMetadataJobResponse>
        for CreateMmsFetchMetadataJobResponse {
            fn from(value: super::CreateMmsFetchMetadataJobResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMmsJobRequest {
            column_mapping: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            dst_db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enable_data_migration: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_schema_migration: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_verification: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            eta: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            increment: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            others: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            partition_filters: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            partitions: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            schema_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            src_db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            src_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            table_black_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            table_mapping: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            table_white_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            tables: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            task_type: ::std::result::Result<
                ::std::option::Option<crate::open_enum::TaskType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMmsJobRequest {
            fn default() -> Self {
                Self {
                    column_mapping: Ok(Default::default()),
                    dst_db_name: Ok(Default::default()),
                    dst_schema_name: Ok(Default::default()),
                    enable_data_migration: Ok(Default::default()),
                    enable_schema_migration: Ok(Default::default()),
                    enable_verification: Ok(Default::default()),
                    eta: Ok(Default::default()),
                    increment: Ok(Default::default()),
                    name: Ok(Default::default()),
                    others: Ok(Default::default()),
                    partition_filters: Ok(Default::default()),
                    partitions: Ok(Default::default()),
                    schema_only: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    source_name: Ok(Default::default()),
                    src_db_name: Ok(Default::default()),
                    src_schema_name: Ok(Default::default()),
                    table_black_list: Ok(Default::default()),
                    table_mapping: Ok(Default::default()),
                    table_white_list: Ok(Default::default()),
                    tables: Ok(Default::default()),
                    task_type: Ok(Default::default()),
                }
            }
        }
        impl CreateMmsJobRequest {
            pub fn column_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.column_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for column_mapping: {e}"
                        )
                    });
                self
            }
            pub fn dst_db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst_db_name: {e}")
                    });
                self
            }
            pub fn dst_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn enable_data_migration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_data_migration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_data_migration: {e}"
                        )
                    });
                self
            }
            pub fn enable_schema_migration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_schema_migration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_schema_migration: {e}"
                        )
                    });
                self
            }
            pub fn enable_verification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_verification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_verification: {e}"
                        )
                    });
                self
            }
            pub fn eta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.eta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for eta: {e}")
                    });
                self
            }
            pub fn increment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.increment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for increment: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn others<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.others = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for others: {e}")
                    });
                self
            }
            pub fn partition_filters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partition_filters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partition_filters: {e}"
                        )
                    });
                self
            }
            pub fn partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partitions: {e}")
                    });
                self
            }
            pub fn schema_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.schema_only = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schema_only: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn source_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_name: {e}")
                    });
                self
            }
            pub fn src_db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for src_db_name: {e}")
                    });
                self
            }
            pub fn src_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for src_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn table_black_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_black_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_black_list: {e}"
                        )
                    });
                self
            }
            pub fn table_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.table_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_mapping: {e}")
                    });
                self
            }
            pub fn table_white_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_white_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_white_list: {e}"
                        )
                    });
                self
            }
            pub fn tables<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tables: {e}")
                    });
                self
            }
            pub fn task_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::TaskType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.task_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMmsJobRequest>
        for super::CreateMmsJobRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMmsJobRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    column_mapping: value.column_mapping?,
                    dst_db_name: value.dst_db_name?,
                    dst_schema_name: value.dst_schema_name?,
                    enable_data_migration: value.enable_data_migration?,
                    enable_schema_migration: value.enable_schema_migration?,
                    enable_verification: value.enable_verification?,
                    eta: value.eta?,
                    increment: value.increment?,
                    name: value.name?,
                    others: value.others?,
                    partition_filters: value.partition_filters?,
                    partitions: value.partitions?,
                    schema_only: value.schema_only?,
                    source_id: value.source_id?,
                    source_name: value.source_name?,
                    src_db_name: value.src_db_name?,
                    src_schema_name: value.src_schema_name?,
                    table_black_list: value.table_black_list?,
                    table_mapping: value.table_mapping?,
                    table_white_list: value.table_white_list?,
                    tables: value.tables?,
                    task_type: value.task_type?,
                })
            }
        }
        impl ::std::convert::From<super::CreateMmsJobRequest> for CreateMmsJobRequest {
            fn from(value: super::CreateMmsJobRequest) -> Self {
                Self {
                    column_mapping: Ok(value.column_mapping),
                    dst_db_name: Ok(value.dst_db_name),
                    dst_schema_name: Ok(value.dst_schema_name),
                    enable_data_migration: Ok(value.enable_data_migration),
                    enable_schema_migration: Ok(value.enable_schema_migration),
                    enable_verification: Ok(value.enable_verification),
                    eta: Ok(value.eta),
                    increment: Ok(value.increment),
                    name: Ok(value.name),
                    others: Ok(value.others),
                    partition_filters: Ok(value.partition_filters),
                    partitions: Ok(value.partitions),
                    schema_only: Ok(value.schema_only),
                    source_id: Ok(value.source_id),
                    source_name: Ok(value.source_name),
                    src_db_name: Ok(value.src_db_name),
                    src_schema_name: Ok(value.src_schema_name),
                    table_black_list: Ok(value.table_black_list),
                    table_mapping: Ok(value.table_mapping),
                    table_white_list: Ok(value.table_white_list),
                    tables: Ok(value.tables),
                    task_type: Ok(value.task_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMmsJobResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::CreatedJob>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMmsJobResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl CreateMmsJobResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CreatedJob>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMmsJobResponse>
        for super::CreateMmsJobResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMmsJobResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateMmsJobResponse> for CreateMmsJobResponse {
            fn from(value: super::CreateMmsJobResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMmsTimerRequest {
            column_mapping: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            enable_data_migration: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_schema_migration: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_verification: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            others: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            partition_filters: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            partitions: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            schedule_type: ::std::result::Result<
                ::std::option::Option<crate::open_enum::ScheduleType>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            src_db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            table_black_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            table_mapping: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            table_white_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            tables: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMmsTimerRequest {
            fn default() -> Self {
                Self {
                    column_mapping: Ok(Default::default()),
                    enable_data_migration: Ok(Default::default()),
                    enable_schema_migration: Ok(Default::default()),
                    enable_verification: Ok(Default::default()),
                    name: Ok(Default::default()),
                    others: Ok(Default::default()),
                    partition_filters: Ok(Default::default()),
                    partitions: Ok(Default::default()),
                    schedule_type: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    src_db_name: Ok(Default::default()),
                    table_black_list: Ok(Default::default()),
                    table_mapping: Ok(Default::default()),
                    table_white_list: Ok(Default::default()),
                    tables: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl CreateMmsTimerRequest {
            pub fn column_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.column_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for column_mapping: {e}"
                        )
                    });
                self
            }
            pub fn enable_data_migration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_data_migration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_data_migration: {e}"
                        )
                    });
                self
            }
            pub fn enable_schema_migration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_schema_migration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_schema_migration: {e}"
                        )
                    });
                self
            }
            pub fn enable_verification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_verification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_verification: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn others<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.others = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for others: {e}")
                    });
                self
            }
            pub fn partition_filters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partition_filters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partition_filters: {e}"
                        )
                    });
                self
            }
            pub fn partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partitions: {e}")
                    });
                self
            }
            pub fn schedule_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::ScheduleType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.schedule_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schedule_type: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn src_db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for src_db_name: {e}")
                    });
                self
            }
            pub fn table_black_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_black_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_black_list: {e}"
                        )
                    });
                self
            }
            pub fn table_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.table_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_mapping: {e}")
                    });
                self
            }
            pub fn table_white_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_white_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_white_list: {e}"
                        )
                    });
                self
            }
            pub fn tables<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tables: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMmsTimerRequest>
        for super::CreateMmsTimerRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMmsTimerRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    column_mapping: value.column_mapping?,
                    enable_data_migration: value.enable_data_migration?,
                    enable_schema_migration: value.enable_schema_migration?,
                    enable_verification: value.enable_verification?,
                    name: value.name?,
                    others: value.others?,
                    partition_filters: value.partition_filters?,
                    partitions: value.partitions?,
                    schedule_type: value.schedule_type?,
                    source_id: value.source_id?,
                    src_db_name: value.src_db_name?,
                    table_black_list: value.table_black_list?,
                    table_mapping: value.table_mapping?,
                    table_white_list: value.table_white_list?,
                    tables: value.tables?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::CreateMmsTimerRequest>
        for CreateMmsTimerRequest {
            fn from(value: super::CreateMmsTimerRequest) -> Self {
                Self {
                    column_mapping: Ok(value.column_mapping),
                    enable_data_migration: Ok(value.enable_data_migration),
                    enable_schema_migration: Ok(value.enable_schema_migration),
                    enable_verification: Ok(value.enable_verification),
                    name: Ok(value.name),
                    others: Ok(value.others),
                    partition_filters: Ok(value.partition_filters),
                    partitions: Ok(value.partitions),
                    schedule_type: Ok(value.schedule_type),
                    source_id: Ok(value.source_id),
                    src_db_name: Ok(value.src_db_name),
                    table_black_list: Ok(value.table_black_list),
                    table_mapping: Ok(value.table_mapping),
                    table_white_list: Ok(value.table_white_list),
                    tables: Ok(value.tables),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateMmsTimerResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::CreatedTimer>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateMmsTimerResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl CreateMmsTimerResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CreatedTimer>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateMmsTimerResponse>
        for super::CreateMmsTimerResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateMmsTimerResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateMmsTimerResponse>
        for CreateMmsTimerResponse {
            fn from(value: super::CreateMmsTimerResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatedDataSource {
            data_source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreatedDataSource {
            fn default() -> Self {
                Self {
                    data_source_id: Ok(Default::default()),
                }
            }
        }
        impl CreatedDataSource {
            pub fn data_source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data_source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for data_source_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreatedDataSource> for super::CreatedDataSource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatedDataSource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data_source_id: value.data_source_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreatedDataSource> for CreatedDataSource {
            fn from(value: super::CreatedDataSource) -> Self {
                Self {
                    data_source_id: Ok(value.data_source_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatedJob {
            async_task_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreatedJob {
            fn default() -> Self {
                Self {
                    async_task_id: Ok(Default::default()),
                }
            }
        }
        impl CreatedJob {
            pub fn async_task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.async_task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for async_task_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreatedJob> for super::CreatedJob {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatedJob,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    async_task_id: value.async_task_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreatedJob> for CreatedJob {
            fn from(value: super::CreatedJob) -> Self {
                Self {
                    async_task_id: Ok(value.async_task_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatedScan {
            scan_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreatedScan {
            fn default() -> Self {
                Self {
                    scan_id: Ok(Default::default()),
                }
            }
        }
        impl CreatedScan {
            pub fn scan_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.scan_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreatedScan> for super::CreatedScan {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatedScan,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { scan_id: value.scan_id? })
            }
        }
        impl ::std::convert::From<super::CreatedScan> for CreatedScan {
            fn from(value: super::CreatedScan) -> Self {
                Self { scan_id: Ok(value.scan_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatedTimer {
            timer_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreatedTimer {
            fn default() -> Self {
                Self {
                    timer_id: Ok(Default::default()),
                }
            }
        }
        impl CreatedTimer {
            pub fn timer_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.timer_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for timer_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreatedTimer> for super::CreatedTimer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatedTimer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { timer_id: value.timer_id? })
            }
        }
        impl ::std::convert::From<super::CreatedTimer> for CreatedTimer {
            fn from(value: super::CreatedTimer) -> Self {
                Self {
                    timer_id: Ok(value.timer_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DataSource {
            agent_is_online: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            config: ::std::result::Result<
                ::std::vec::Vec<super::ConfigItem>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            db_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            dst_project: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_projects: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            err_msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            last_update_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            networklink: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partition_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            partitions_doing_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            partitions_done_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            partitions_failed_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            region: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scan_err_msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scan_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            scan_status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::ScanStatus>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::DataSourceStatus>,
                ::std::string::String,
            >,
            table_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tables_doing_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tables_done_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tables_failed_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tables_part_done_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::open_enum::DataSourceType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DataSource {
            fn default() -> Self {
                Self {
                    agent_is_online: Ok(Default::default()),
                    config: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    db_num: Ok(Default::default()),
                    dst_project: Ok(Default::default()),
                    dst_projects: Ok(Default::default()),
                    err_msg: Ok(Default::default()),
                    id: Ok(Default::default()),
                    last_update_time: Ok(Default::default()),
                    name: Ok(Default::default()),
                    networklink: Ok(Default::default()),
                    partition_num: Ok(Default::default()),
                    partitions_doing_num: Ok(Default::default()),
                    partitions_done_num: Ok(Default::default()),
                    partitions_failed_num: Ok(Default::default()),
                    region: Ok(Default::default()),
                    scan_err_msg: Ok(Default::default()),
                    scan_id: Ok(Default::default()),
                    scan_status: Ok(Default::default()),
                    status: Ok(Default::default()),
                    table_num: Ok(Default::default()),
                    tables_doing_num: Ok(Default::default()),
                    tables_done_num: Ok(Default::default()),
                    tables_failed_num: Ok(Default::default()),
                    tables_part_done_num: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl DataSource {
            pub fn agent_is_online<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.agent_is_online = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for agent_is_online: {e}"
                        )
                    });
                self
            }
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ConfigItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for config: {e}")
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn db_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_num: {e}")
                    });
                self
            }
            pub fn dst_project<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_project = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst_project: {e}")
                    });
                self
            }
            pub fn dst_projects<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_projects = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst_projects: {e}")
                    });
                self
            }
            pub fn err_msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.err_msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for err_msg: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_update_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_update_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_update_time: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn networklink<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.networklink = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for networklink: {e}")
                    });
                self
            }
            pub fn partition_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partition_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partition_num: {e}")
                    });
                self
            }
            pub fn partitions_doing_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions_doing_num = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partitions_doing_num: {e}"
                        )
                    });
                self
            }
            pub fn partitions_done_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions_done_num = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partitions_done_num: {e}"
                        )
                    });
                self
            }
            pub fn partitions_failed_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions_failed_num = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partitions_failed_num: {e}"
                        )
                    });
                self
            }
            pub fn region<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.region = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for region: {e}")
                    });
                self
            }
            pub fn scan_err_msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scan_err_msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_err_msg: {e}")
                    });
                self
            }
            pub fn scan_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.scan_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_id: {e}")
                    });
                self
            }
            pub fn scan_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::ScanStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.scan_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scan_status: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::DataSourceStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn table_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_num: {e}")
                    });
                self
            }
            pub fn tables_doing_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables_doing_num = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tables_doing_num: {e}"
                        )
                    });
                self
            }
            pub fn tables_done_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables_done_num = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tables_done_num: {e}"
                        )
                    });
                self
            }
            pub fn tables_failed_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables_failed_num = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tables_failed_num: {e}"
                        )
                    });
                self
            }
            pub fn tables_part_done_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables_part_done_num = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tables_part_done_num: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::DataSourceType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DataSource> for super::DataSource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DataSource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    agent_is_online: value.agent_is_online?,
                    config: value.config?,
                    create_time: value.create_time?,
                    db_num: value.db_num?,
                    dst_project: value.dst_project?,
                    dst_projects: value.dst_projects?,
                    err_msg: value.err_msg?,
                    id: value.id?,
                    last_update_time: value.last_update_time?,
                    name: value.name?,
                    networklink: value.networklink?,
                    partition_num: value.partition_num?,
                    partitions_doing_num: value.partitions_doing_num?,
                    partitions_done_num: value.partitions_done_num?,
                    partitions_failed_num: value.partitions_failed_num?,
                    region: value.region?,
                    scan_err_msg: value.scan_err_msg?,
                    scan_id: value.scan_id?,
                    scan_status: value.scan_status?,
                    status: value.status?,
                    table_num: value.table_num?,
                    tables_doing_num: value.tables_doing_num?,
                    tables_done_num: value.tables_done_num?,
                    tables_failed_num: value.tables_failed_num?,
                    tables_part_done_num: value.tables_part_done_num?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::DataSource> for DataSource {
            fn from(value: super::DataSource) -> Self {
                Self {
                    agent_is_online: Ok(value.agent_is_online),
                    config: Ok(value.config),
                    create_time: Ok(value.create_time),
                    db_num: Ok(value.db_num),
                    dst_project: Ok(value.dst_project),
                    dst_projects: Ok(value.dst_projects),
                    err_msg: Ok(value.err_msg),
                    id: Ok(value.id),
                    last_update_time: Ok(value.last_update_time),
                    name: Ok(value.name),
                    networklink: Ok(value.networklink),
                    partition_num: Ok(value.partition_num),
                    partitions_doing_num: Ok(value.partitions_doing_num),
                    partitions_done_num: Ok(value.partitions_done_num),
                    partitions_failed_num: Ok(value.partitions_failed_num),
                    region: Ok(value.region),
                    scan_err_msg: Ok(value.scan_err_msg),
                    scan_id: Ok(value.scan_id),
                    scan_status: Ok(value.scan_status),
                    status: Ok(value.status),
                    table_num: Ok(value.table_num),
                    tables_doing_num: Ok(value.tables_doing_num),
                    tables_done_num: Ok(value.tables_done_num),
                    tables_failed_num: Ok(value.tables_failed_num),
                    tables_part_done_num: Ok(value.tables_part_done_num),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DataSourcePage {
            object_list: ::std::result::Result<
                ::std::vec::Vec<super::DataSource>,
                ::std::string::String,
            >,
            page_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DataSourcePage {
            fn default() -> Self {
                Self {
                    object_list: Ok(Default::default()),
                    page_num: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl DataSourcePage {
            pub fn object_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DataSource>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_list: {e}")
                    });
                self
            }
            pub fn page_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_num: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DataSourcePage> for super::DataSourcePage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DataSourcePage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    object_list: value.object_list?,
                    page_num: value.page_num?,
                    page_size: value.page_size?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::DataSourcePage> for DataSourcePage {
            fn from(value: super::DataSourcePage) -> Self {
                Self {
                    object_list: Ok(value.object_list),
                    page_num: Ok(value.page_num),
                    page_size: Ok(value.page_size),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DataSourceUpdate {
            async_task_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DataSourceUpdate {
            fn default() -> Self {
                Self {
                    async_task_id: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                }
            }
        }
        impl DataSourceUpdate {
            pub fn async_task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.async_task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for async_task_id: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DataSourceUpdate> for super::DataSourceUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DataSourceUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    async_task_id: value.async_task_id?,
                    source_id: value.source_id?,
                })
            }
        }
        impl ::std::convert::From<super::DataSourceUpdate> for DataSourceUpdate {
            fn from(value: super::DataSourceUpdate) -> Self {
                Self {
                    async_task_id: Ok(value.async_task_id),
                    source_id: Ok(value.source_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Db {
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deleted: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_project_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            last_ddl_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            num_rows: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partitions: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            partitions_doing: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            partitions_done: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            partitions_failed: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::MigrationStatus>,
                ::std::string::String,
            >,
            tables: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tables_doing: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tables_done: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tables_failed: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            tables_part_done: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            update_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Db {
            fn default() -> Self {
                Self {
                    create_time: Ok(Default::default()),
                    deleted: Ok(Default::default()),
                    description: Ok(Default::default()),
                    dst_name: Ok(Default::default()),
                    dst_project_name: Ok(Default::default()),
                    extra: Ok(Default::default()),
                    id: Ok(Default::default()),
                    last_ddl_time: Ok(Default::default()),
                    location: Ok(Default::default()),
                    name: Ok(Default::default()),
                    num_rows: Ok(Default::default()),
                    owner: Ok(Default::default()),
                    partitions: Ok(Default::default()),
                    partitions_doing: Ok(Default::default()),
                    partitions_done: Ok(Default::default()),
                    partitions_failed: Ok(Default::default()),
                    size: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    source_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tables: Ok(Default::default()),
                    tables_doing: Ok(Default::default()),
                    tables_done: Ok(Default::default()),
                    tables_failed: Ok(Default::default()),
                    tables_part_done: Ok(Default::default()),
                    update_time: Ok(Default::default()),
                    updated: Ok(Default::default()),
                }
            }
        }
        impl Db {
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn deleted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.deleted = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deleted: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn dst_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst_name: {e}")
                    });
                self
            }
            pub fn dst_project_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_project_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_project_name: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_ddl_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_ddl_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_ddl_time: {e}")
                    });
                self
            }
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn num_rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.num_rows = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for num_rows: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partitions: {e}")
                    });
                self
            }
            pub fn partitions_doing<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions_doing = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partitions_doing: {e}"
                        )
                    });
                self
            }
            pub fn partitions_done<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions_done = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partitions_done: {e}"
                        )
                    });
                self
            }
            pub fn partitions_failed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions_failed = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partitions_failed: {e}"
                        )
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn source_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::MigrationStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn tables<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tables: {e}")
                    });
                self
            }
            pub fn tables_doing<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables_doing = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tables_doing: {e}")
                    });
                self
            }
            pub fn tables_done<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables_done = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tables_done: {e}")
                    });
                self
            }
            pub fn tables_failed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables_failed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tables_failed: {e}")
                    });
                self
            }
            pub fn tables_part_done<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables_part_done = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for tables_part_done: {e}"
                        )
                    });
                self
            }
            pub fn update_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.update_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for update_time: {e}")
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Db> for super::Db {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Db,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_time: value.create_time?,
                    deleted: value.deleted?,
                    description: value.description?,
                    dst_name: value.dst_name?,
                    dst_project_name: value.dst_project_name?,
                    extra: value.extra?,
                    id: value.id?,
                    last_ddl_time: value.last_ddl_time?,
                    location: value.location?,
                    name: value.name?,
                    num_rows: value.num_rows?,
                    owner: value.owner?,
                    partitions: value.partitions?,
                    partitions_doing: value.partitions_doing?,
                    partitions_done: value.partitions_done?,
                    partitions_failed: value.partitions_failed?,
                    size: value.size?,
                    source_id: value.source_id?,
                    source_name: value.source_name?,
                    status: value.status?,
                    tables: value.tables?,
                    tables_doing: value.tables_doing?,
                    tables_done: value.tables_done?,
                    tables_failed: value.tables_failed?,
                    tables_part_done: value.tables_part_done?,
                    update_time: value.update_time?,
                    updated: value.updated?,
                })
            }
        }
        impl ::std::convert::From<super::Db> for Db {
            fn from(value: super::Db) -> Self {
                Self {
                    create_time: Ok(value.create_time),
                    deleted: Ok(value.deleted),
                    description: Ok(value.description),
                    dst_name: Ok(value.dst_name),
                    dst_project_name: Ok(value.dst_project_name),
                    extra: Ok(value.extra),
                    id: Ok(value.id),
                    last_ddl_time: Ok(value.last_ddl_time),
                    location: Ok(value.location),
                    name: Ok(value.name),
                    num_rows: Ok(value.num_rows),
                    owner: Ok(value.owner),
                    partitions: Ok(value.partitions),
                    partitions_doing: Ok(value.partitions_doing),
                    partitions_done: Ok(value.partitions_done),
                    partitions_failed: Ok(value.partitions_failed),
                    size: Ok(value.size),
                    source_id: Ok(value.source_id),
                    source_name: Ok(value.source_name),
                    status: Ok(value.status),
                    tables: Ok(value.tables),
                    tables_doing: Ok(value.tables_doing),
                    tables_done: Ok(value.tables_done),
                    tables_failed: Ok(value.tables_failed),
                    tables_part_done: Ok(value.tables_part_done),
                    update_time: Ok(value.update_time),
                    updated: Ok(value.updated),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DbPage {
            object_list: ::std::result::Result<
                ::std::vec::Vec<super::Db>,
                ::std::string::String,
            >,
            page_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DbPage {
            fn default() -> Self {
                Self {
                    object_list: Ok(Default::default()),
                    page_num: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl DbPage {
            pub fn object_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Db>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_list: {e}")
                    });
                self
            }
            pub fn page_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_num: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DbPage> for super::DbPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DbPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    object_list: value.object_list?,
                    page_num: value.page_num?,
                    page_size: value.page_size?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::DbPage> for DbPage {
            fn from(value: super::DbPage) -> Self {
                Self {
                    object_list: Ok(value.object_list),
                    page_num: Ok(value.page_num),
                    page_size: Ok(value.page_size),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DbSorter {
            num_rows: ::std::result::Result<
                ::std::option::Option<super::SortOrder>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<super::SortOrder>,
                ::std::string::String,
            >,
            update_time: ::std::result::Result<
                ::std::option::Option<super::SortOrder>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DbSorter {
            fn default() -> Self {
                Self {
                    num_rows: Ok(Default::default()),
                    size: Ok(Default::default()),
                    update_time: Ok(Default::default()),
                }
            }
        }
        impl DbSorter {
            pub fn num_rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SortOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.num_rows = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for num_rows: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SortOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn update_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SortOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.update_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for update_time: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DbSorter> for super::DbSorter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DbSorter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    num_rows: value.num_rows?,
                    size: value.size?,
                    update_time: value.update_time?,
                })
            }
        }
        impl ::std::convert::From<super::DbSorter> for DbSorter {
            fn from(value: super::DbSorter) -> Self {
                Self {
                    num_rows: Ok(value.num_rows),
                    size: Ok(value.size),
                    update_time: Ok(value.update_time),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteMmsDataSourceResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteMmsDataSourceResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl DeleteMmsDataSourceResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteMmsDataSourceResponse>
        for super::DeleteMmsDataSourceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteMmsDataSourceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteMmsDataSourceResponse>
        for DeleteMmsDataSourceResponse {
            fn from(value: super::DeleteMmsDataSourceResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteMmsJobResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteMmsJobResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl DeleteMmsJobResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteMmsJobResponse>
        for super::DeleteMmsJobResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteMmsJobResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteMmsJobResponse> for DeleteMmsJobResponse {
            fn from(value: super::DeleteMmsJobResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteMmsTimerResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteMmsTimerResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl DeleteMmsTimerResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteMmsTimerResponse>
        for super::DeleteMmsTimerResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteMmsTimerResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteMmsTimerResponse>
        for DeleteMmsTimerResponse {
            fn from(value: super::DeleteMmsTimerResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorBody {
            access_denied_detail: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            http_code: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recommend: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorBody {
            fn default() -> Self {
                Self {
                    access_denied_detail: Ok(Default::default()),
                    code: Ok(Default::default()),
                    http_code: Ok(Default::default()),
                    message: Ok(Default::default()),
                    recommend: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ErrorBody {
            pub fn access_denied_detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.access_denied_detail = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_denied_detail: {e}"
                        )
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn http_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.http_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for http_code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn recommend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.recommend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recommend: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorBody> for super::ErrorBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_denied_detail: value.access_denied_detail?,
                    code: value.code?,
                    http_code: value.http_code?,
                    message: value.message?,
                    recommend: value.recommend?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorBody> for ErrorBody {
            fn from(value: super::ErrorBody) -> Self {
                Self {
                    access_denied_detail: Ok(value.access_denied_detail),
                    code: Ok(value.code),
                    http_code: Ok(value.http_code),
                    message: Ok(value.message),
                    recommend: Ok(value.recommend),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FetchMetadataJob {
            end_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            progress: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::ScanStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FetchMetadataJob {
            fn default() -> Self {
                Self {
                    end_time: Ok(Default::default()),
                    error_msg: Ok(Default::default()),
                    id: Ok(Default::default()),
                    progress: Ok(Default::default()),
                    result: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    start_time: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl FetchMetadataJob {
            pub fn end_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.end_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for end_time: {e}")
                    });
                self
            }
            pub fn error_msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_msg: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn progress<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.progress = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for progress: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start_time: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::ScanStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FetchMetadataJob> for super::FetchMetadataJob {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FetchMetadataJob,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    end_time: value.end_time?,
                    error_msg: value.error_msg?,
                    id: value.id?,
                    progress: value.progress?,
                    result: value.result?,
                    source_id: value.source_id?,
                    start_time: value.start_time?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::FetchMetadataJob> for FetchMetadataJob {
            fn from(value: super::FetchMetadataJob) -> Self {
                Self {
                    end_time: Ok(value.end_time),
                    error_msg: Ok(value.error_msg),
                    id: Ok(value.id),
                    progress: Ok(value.progress),
                    result: Ok(value.result),
                    source_id: Ok(value.source_id),
                    start_time: Ok(value.start_time),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GatewayErrorBody {
            access_denied_detail: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recommend: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GatewayErrorBody {
            fn default() -> Self {
                Self {
                    access_denied_detail: Ok(Default::default()),
                    code: Ok(Default::default()),
                    host_id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    recommend: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GatewayErrorBody {
            pub fn access_denied_detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.access_denied_detail = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_denied_detail: {e}"
                        )
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn host_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for host_id: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn recommend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.recommend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recommend: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GatewayErrorBody> for super::GatewayErrorBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GatewayErrorBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_denied_detail: value.access_denied_detail?,
                    code: value.code?,
                    host_id: value.host_id?,
                    message: value.message?,
                    recommend: value.recommend?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GatewayErrorBody> for GatewayErrorBody {
            fn from(value: super::GatewayErrorBody) -> Self {
                Self {
                    access_denied_detail: Ok(value.access_denied_detail),
                    code: Ok(value.code),
                    host_id: Ok(value.host_id),
                    message: Ok(value.message),
                    recommend: Ok(value.recommend),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetMmsAsyncTaskResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::AsyncTask>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetMmsAsyncTaskResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetMmsAsyncTaskResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AsyncTask>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetMmsAsyncTaskResponse>
        for super::GetMmsAsyncTaskResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetMmsAsyncTaskResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetMmsAsyncTaskResponse>
        for GetMmsAsyncTaskResponse {
            fn from(value: super::GetMmsAsyncTaskResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetMmsDataSourceResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::DataSource>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetMmsDataSourceResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetMmsDataSourceResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DataSource>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetMmsDataSourceResponse>
        for super::GetMmsDataSourceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetMmsDataSourceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetMmsDataSourceResponse>
        for GetMmsDataSourceResponse {
            fn from(value: super::GetMmsDataSourceResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetMmsDbResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::Db>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetMmsDbResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetMmsDbResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Db>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetMmsDbResponse> for super::GetMmsDbResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetMmsDbResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetMmsDbResponse> for GetMmsDbResponse {
            fn from(value: super::GetMmsDbResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetMmsFetchMetadataJobResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::FetchMetadataJob>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetMmsFetchMetadataJobResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetMmsFetchMetadataJobResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FetchMetadataJob>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetMmsFetchMetadataJobResponse>
        for super::GetMmsFetchMetadataJobResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetMmsFetchMetadataJobResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetMmsFetchMetadataJobResponse>
        for GetMmsFetchMetadataJobResponse {
            fn from(value: super::GetMmsFetchMetadataJobResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetMmsJobResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::Job>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetMmsJobResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetMmsJobResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Job>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetMmsJobResponse> for super::GetMmsJobResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetMmsJobResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetMmsJobResponse> for GetMmsJobResponse {
            fn from(value: super::GetMmsJobResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetMmsPartitionResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::Partition>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetMmsPartitionResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetMmsPartitionResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Partition>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetMmsPartitionResponse>
        for super::GetMmsPartitionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetMmsPartitionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetMmsPartitionResponse>
        for GetMmsPartitionResponse {
            fn from(value: super::GetMmsPartitionResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetMmsTableResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::Table>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetMmsTableResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetMmsTableResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Table>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetMmsTableResponse>
        for super::GetMmsTableResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetMmsTableResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetMmsTableResponse> for GetMmsTableResponse {
            fn from(value: super::GetMmsTableResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetMmsTaskResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::Task>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetMmsTaskResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetMmsTaskResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Task>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetMmsTaskResponse> for super::GetMmsTaskResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetMmsTaskResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetMmsTaskResponse> for GetMmsTaskResponse {
            fn from(value: super::GetMmsTaskResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetMmsTimerResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::Timer>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetMmsTimerResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetMmsTimerResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Timer>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetMmsTimerResponse>
        for super::GetMmsTimerResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetMmsTimerResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetMmsTimerResponse> for GetMmsTimerResponse {
            fn from(value: super::GetMmsTimerResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Job {
            config: ::std::result::Result<
                ::std::option::Option<super::JobConfig>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            db_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            dst_db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            eta: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            src_db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            src_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::JobStatus>,
                ::std::string::String,
            >,
            stopped: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            task_done: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            task_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::open_enum::JobType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Job {
            fn default() -> Self {
                Self {
                    config: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    db_id: Ok(Default::default()),
                    dst_db_name: Ok(Default::default()),
                    dst_schema_name: Ok(Default::default()),
                    eta: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    source_name: Ok(Default::default()),
                    src_db_name: Ok(Default::default()),
                    src_schema_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    stopped: Ok(Default::default()),
                    task_done: Ok(Default::default()),
                    task_num: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl Job {
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::JobConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for config: {e}")
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn db_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_id: {e}")
                    });
                self
            }
            pub fn dst_db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst_db_name: {e}")
                    });
                self
            }
            pub fn dst_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn eta<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.eta = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for eta: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn source_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_name: {e}")
                    });
                self
            }
            pub fn src_db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for src_db_name: {e}")
                    });
                self
            }
            pub fn src_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for src_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::JobStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn stopped<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.stopped = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stopped: {e}")
                    });
                self
            }
            pub fn task_done<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.task_done = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_done: {e}")
                    });
                self
            }
            pub fn task_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.task_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_num: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::JobType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Job> for super::Job {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Job,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    config: value.config?,
                    create_time: value.create_time?,
                    db_id: value.db_id?,
                    dst_db_name: value.dst_db_name?,
                    dst_schema_name: value.dst_schema_name?,
                    eta: value.eta?,
                    id: value.id?,
                    name: value.name?,
                    source_id: value.source_id?,
                    source_name: value.source_name?,
                    src_db_name: value.src_db_name?,
                    src_schema_name: value.src_schema_name?,
                    status: value.status?,
                    stopped: value.stopped?,
                    task_done: value.task_done?,
                    task_num: value.task_num?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Job> for Job {
            fn from(value: super::Job) -> Self {
                Self {
                    config: Ok(value.config),
                    create_time: Ok(value.create_time),
                    db_id: Ok(value.db_id),
                    dst_db_name: Ok(value.dst_db_name),
                    dst_schema_name: Ok(value.dst_schema_name),
                    eta: Ok(value.eta),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    source_id: Ok(value.source_id),
                    source_name: Ok(value.source_name),
                    src_db_name: Ok(value.src_db_name),
                    src_schema_name: Ok(value.src_schema_name),
                    status: Ok(value.status),
                    stopped: Ok(value.stopped),
                    task_done: Ok(value.task_done),
                    task_num: Ok(value.task_num),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobConfig {
            column_mapping: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            enable_verification: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            increment: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            others: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            partition_filters: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            partitions: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            schema_only: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            table_black_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            table_mapping: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            table_white_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            tables: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            task_type: ::std::result::Result<
                ::std::option::Option<crate::open_enum::TaskType>,
                ::std::string::String,
            >,
            tunnel_quota: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobConfig {
            fn default() -> Self {
                Self {
                    column_mapping: Ok(Default::default()),
                    enable_verification: Ok(Default::default()),
                    increment: Ok(Default::default()),
                    others: Ok(Default::default()),
                    partition_filters: Ok(Default::default()),
                    partitions: Ok(Default::default()),
                    schema_only: Ok(Default::default()),
                    table_black_list: Ok(Default::default()),
                    table_mapping: Ok(Default::default()),
                    table_white_list: Ok(Default::default()),
                    tables: Ok(Default::default()),
                    task_type: Ok(Default::default()),
                    tunnel_quota: Ok(Default::default()),
                }
            }
        }
        impl JobConfig {
            pub fn column_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.column_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for column_mapping: {e}"
                        )
                    });
                self
            }
            pub fn enable_verification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_verification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_verification: {e}"
                        )
                    });
                self
            }
            pub fn increment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.increment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for increment: {e}")
                    });
                self
            }
            pub fn others<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.others = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for others: {e}")
                    });
                self
            }
            pub fn partition_filters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partition_filters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partition_filters: {e}"
                        )
                    });
                self
            }
            pub fn partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partitions: {e}")
                    });
                self
            }
            pub fn schema_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.schema_only = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schema_only: {e}")
                    });
                self
            }
            pub fn table_black_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_black_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_black_list: {e}"
                        )
                    });
                self
            }
            pub fn table_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.table_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_mapping: {e}")
                    });
                self
            }
            pub fn table_white_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_white_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_white_list: {e}"
                        )
                    });
                self
            }
            pub fn tables<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tables: {e}")
                    });
                self
            }
            pub fn task_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::TaskType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.task_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_type: {e}")
                    });
                self
            }
            pub fn tunnel_quota<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tunnel_quota = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tunnel_quota: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobConfig> for super::JobConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    column_mapping: value.column_mapping?,
                    enable_verification: value.enable_verification?,
                    increment: value.increment?,
                    others: value.others?,
                    partition_filters: value.partition_filters?,
                    partitions: value.partitions?,
                    schema_only: value.schema_only?,
                    table_black_list: value.table_black_list?,
                    table_mapping: value.table_mapping?,
                    table_white_list: value.table_white_list?,
                    tables: value.tables?,
                    task_type: value.task_type?,
                    tunnel_quota: value.tunnel_quota?,
                })
            }
        }
        impl ::std::convert::From<super::JobConfig> for JobConfig {
            fn from(value: super::JobConfig) -> Self {
                Self {
                    column_mapping: Ok(value.column_mapping),
                    enable_verification: Ok(value.enable_verification),
                    increment: Ok(value.increment),
                    others: Ok(value.others),
                    partition_filters: Ok(value.partition_filters),
                    partitions: Ok(value.partitions),
                    schema_only: Ok(value.schema_only),
                    table_black_list: Ok(value.table_black_list),
                    table_mapping: Ok(value.table_mapping),
                    table_white_list: Ok(value.table_white_list),
                    tables: Ok(value.tables),
                    task_type: Ok(value.task_type),
                    tunnel_quota: Ok(value.tunnel_quota),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JobPage {
            object_list: ::std::result::Result<
                ::std::vec::Vec<super::Job>,
                ::std::string::String,
            >,
            page_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JobPage {
            fn default() -> Self {
                Self {
                    object_list: Ok(Default::default()),
                    page_num: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl JobPage {
            pub fn object_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Job>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_list: {e}")
                    });
                self
            }
            pub fn page_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_num: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JobPage> for super::JobPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JobPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    object_list: value.object_list?,
                    page_num: value.page_num?,
                    page_size: value.page_size?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::JobPage> for JobPage {
            fn from(value: super::JobPage) -> Self {
                Self {
                    object_list: Ok(value.object_list),
                    page_num: Ok(value.page_num),
                    page_size: Ok(value.page_size),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMmsDataSourceConfigItemsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::ConfigItem>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMmsDataSourceConfigItemsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListMmsDataSourceConfigItemsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ConfigItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMmsDataSourceConfigItemsResponse>
        for super::ListMmsDataSourceConfigItemsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMmsDataSourceConfigItemsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListMmsDataSourceConfigItemsResponse>
        for ListMmsDataSourceConfigItemsResponse {
            fn from(value: super::ListMmsDataSourceConfigItemsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMmsDataSourcesResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::DataSourcePage>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMmsDataSourcesResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListMmsDataSourcesResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DataSourcePage>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMmsDataSourcesResponse>
        for super::ListMmsDataSourcesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMmsDataSourcesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListMmsDataSourcesResponse>
        for ListMmsDataSourcesResponse {
            fn from(value: super::ListMmsDataSourcesResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMmsDbsResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::DbPage>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMmsDbsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListMmsDbsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DbPage>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMmsDbsResponse> for super::ListMmsDbsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMmsDbsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListMmsDbsResponse> for ListMmsDbsResponse {
            fn from(value: super::ListMmsDbsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMmsJobsResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::JobPage>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMmsJobsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListMmsJobsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::JobPage>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMmsJobsResponse>
        for super::ListMmsJobsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMmsJobsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListMmsJobsResponse> for ListMmsJobsResponse {
            fn from(value: super::ListMmsJobsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMmsPartitionsResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::PartitionPage>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMmsPartitionsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListMmsPartitionsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::PartitionPage>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMmsPartitionsResponse>
        for super::ListMmsPartitionsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMmsPartitionsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListMmsPartitionsResponse>
        for ListMmsPartitionsResponse {
            fn from(value: super::ListMmsPartitionsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMmsTablesResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::TablePage>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMmsTablesResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListMmsTablesResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TablePage>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMmsTablesResponse>
        for super::ListMmsTablesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMmsTablesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListMmsTablesResponse>
        for ListMmsTablesResponse {
            fn from(value: super::ListMmsTablesResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMmsTaskLogsResponse {
            data: ::std::result::Result<
                ::std::vec::Vec<super::TaskLog>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMmsTaskLogsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListMmsTaskLogsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TaskLog>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMmsTaskLogsResponse>
        for super::ListMmsTaskLogsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMmsTaskLogsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListMmsTaskLogsResponse>
        for ListMmsTaskLogsResponse {
            fn from(value: super::ListMmsTaskLogsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMmsTasksResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::TaskPage>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMmsTasksResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListMmsTasksResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TaskPage>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMmsTasksResponse>
        for super::ListMmsTasksResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMmsTasksResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListMmsTasksResponse> for ListMmsTasksResponse {
            fn from(value: super::ListMmsTasksResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMmsTimerLogsResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::TimerLogPage>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMmsTimerLogsResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListMmsTimerLogsResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TimerLogPage>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMmsTimerLogsResponse>
        for super::ListMmsTimerLogsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMmsTimerLogsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListMmsTimerLogsResponse>
        for ListMmsTimerLogsResponse {
            fn from(value: super::ListMmsTimerLogsResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListMmsTimersResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::TimerPage>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListMmsTimersResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListMmsTimersResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TimerPage>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListMmsTimersResponse>
        for super::ListMmsTimersResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListMmsTimersResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListMmsTimersResponse>
        for ListMmsTimersResponse {
            fn from(value: super::ListMmsTimersResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Partition {
            db_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_project_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_table_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            last_ddl_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            num_rows: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::MigrationStatus>,
                ::std::string::String,
            >,
            table_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            table_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Partition {
            fn default() -> Self {
                Self {
                    db_id: Ok(Default::default()),
                    db_name: Ok(Default::default()),
                    dst_project_name: Ok(Default::default()),
                    dst_schema_name: Ok(Default::default()),
                    dst_table_name: Ok(Default::default()),
                    dst_value: Ok(Default::default()),
                    id: Ok(Default::default()),
                    last_ddl_time: Ok(Default::default()),
                    num_rows: Ok(Default::default()),
                    size: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    source_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    table_id: Ok(Default::default()),
                    table_name: Ok(Default::default()),
                    updated: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl Partition {
            pub fn db_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_id: {e}")
                    });
                self
            }
            pub fn db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_name: {e}")
                    });
                self
            }
            pub fn dst_project_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_project_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_project_name: {e}"
                        )
                    });
                self
            }
            pub fn dst_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn dst_table_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_table_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_table_name: {e}"
                        )
                    });
                self
            }
            pub fn dst_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst_value: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_ddl_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_ddl_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_ddl_time: {e}")
                    });
                self
            }
            pub fn num_rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.num_rows = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for num_rows: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn source_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::MigrationStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn table_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_id: {e}")
                    });
                self
            }
            pub fn table_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_name: {e}")
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Partition> for super::Partition {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Partition,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    db_id: value.db_id?,
                    db_name: value.db_name?,
                    dst_project_name: value.dst_project_name?,
                    dst_schema_name: value.dst_schema_name?,
                    dst_table_name: value.dst_table_name?,
                    dst_value: value.dst_value?,
                    id: value.id?,
                    last_ddl_time: value.last_ddl_time?,
                    num_rows: value.num_rows?,
                    size: value.size?,
                    source_id: value.source_id?,
                    source_name: value.source_name?,
                    status: value.status?,
                    table_id: value.table_id?,
                    table_name: value.table_name?,
                    updated: value.updated?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::Partition> for Partition {
            fn from(value: super::Partition) -> Self {
                Self {
                    db_id: Ok(value.db_id),
                    db_name: Ok(value.db_name),
                    dst_project_name: Ok(value.dst_project_name),
                    dst_schema_name: Ok(value.dst_schema_name),
                    dst_table_name: Ok(value.dst_table_name),
                    dst_value: Ok(value.dst_value),
                    id: Ok(value.id),
                    last_ddl_time: Ok(value.last_ddl_time),
                    num_rows: Ok(value.num_rows),
                    size: Ok(value.size),
                    source_id: Ok(value.source_id),
                    source_name: Ok(value.source_name),
                    status: Ok(value.status),
                    table_id: Ok(value.table_id),
                    table_name: Ok(value.table_name),
                    updated: Ok(value.updated),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PartitionPage {
            object_list: ::std::result::Result<
                ::std::vec::Vec<super::Partition>,
                ::std::string::String,
            >,
            page_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PartitionPage {
            fn default() -> Self {
                Self {
                    object_list: Ok(Default::default()),
                    page_num: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl PartitionPage {
            pub fn object_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Partition>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_list: {e}")
                    });
                self
            }
            pub fn page_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_num: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PartitionPage> for super::PartitionPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PartitionPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    object_list: value.object_list?,
                    page_num: value.page_num?,
                    page_size: value.page_size?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::PartitionPage> for PartitionPage {
            fn from(value: super::PartitionPage) -> Self {
                Self {
                    object_list: Ok(value.object_list),
                    page_num: Ok(value.page_num),
                    page_size: Ok(value.page_size),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RetryMmsJobResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RetryMmsJobResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl RetryMmsJobResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RetryMmsJobResponse>
        for super::RetryMmsJobResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RetryMmsJobResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::RetryMmsJobResponse> for RetryMmsJobResponse {
            fn from(value: super::RetryMmsJobResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RetryMmsTaskResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RetryMmsTaskResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl RetryMmsTaskResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RetryMmsTaskResponse>
        for super::RetryMmsTaskResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RetryMmsTaskResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::RetryMmsTaskResponse> for RetryMmsTaskResponse {
            fn from(value: super::RetryMmsTaskResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StartMmsJobResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StartMmsJobResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl StartMmsJobResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StartMmsJobResponse>
        for super::StartMmsJobResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StartMmsJobResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::StartMmsJobResponse> for StartMmsJobResponse {
            fn from(value: super::StartMmsJobResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StopMmsJobResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StopMmsJobResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl StopMmsJobResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StopMmsJobResponse> for super::StopMmsJobResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StopMmsJobResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::StopMmsJobResponse> for StopMmsJobResponse {
            fn from(value: super::StopMmsJobResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Table {
            db_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_project_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has_partitions: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            input_format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_ddl_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            num_rows: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            output_format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partitions: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            partitions_doing: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            partitions_done: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            partitions_failed: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            schema: ::std::result::Result<
                ::std::option::Option<super::TableSchema>,
                ::std::string::String,
            >,
            serde: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::MigrationStatus>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Table {
            fn default() -> Self {
                Self {
                    db_id: Ok(Default::default()),
                    db_name: Ok(Default::default()),
                    dst_name: Ok(Default::default()),
                    dst_project_name: Ok(Default::default()),
                    dst_schema_name: Ok(Default::default()),
                    extra: Ok(Default::default()),
                    has_partitions: Ok(Default::default()),
                    id: Ok(Default::default()),
                    input_format: Ok(Default::default()),
                    last_ddl_time: Ok(Default::default()),
                    location: Ok(Default::default()),
                    name: Ok(Default::default()),
                    num_rows: Ok(Default::default()),
                    output_format: Ok(Default::default()),
                    owner: Ok(Default::default()),
                    partitions: Ok(Default::default()),
                    partitions_doing: Ok(Default::default()),
                    partitions_done: Ok(Default::default()),
                    partitions_failed: Ok(Default::default()),
                    schema: Ok(Default::default()),
                    serde: Ok(Default::default()),
                    size: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    source_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    updated: Ok(Default::default()),
                }
            }
        }
        impl Table {
            pub fn db_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_id: {e}")
                    });
                self
            }
            pub fn db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_name: {e}")
                    });
                self
            }
            pub fn dst_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst_name: {e}")
                    });
                self
            }
            pub fn dst_project_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_project_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_project_name: {e}"
                        )
                    });
                self
            }
            pub fn dst_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
            pub fn has_partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for has_partitions: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn input_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.input_format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for input_format: {e}")
                    });
                self
            }
            pub fn last_ddl_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_ddl_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_ddl_time: {e}")
                    });
                self
            }
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn num_rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.num_rows = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for num_rows: {e}")
                    });
                self
            }
            pub fn output_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.output_format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for output_format: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partitions: {e}")
                    });
                self
            }
            pub fn partitions_doing<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions_doing = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partitions_doing: {e}"
                        )
                    });
                self
            }
            pub fn partitions_done<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions_done = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partitions_done: {e}"
                        )
                    });
                self
            }
            pub fn partitions_failed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions_failed = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partitions_failed: {e}"
                        )
                    });
                self
            }
            pub fn schema<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TableSchema>>,
                T::Error: ::std::fmt::Display,
            {
                self.schema = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schema: {e}")
                    });
                self
            }
            pub fn serde<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.serde = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for serde: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn source_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_name: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::MigrationStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Table> for super::Table {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Table,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    db_id: value.db_id?,
                    db_name: value.db_name?,
                    dst_name: value.dst_name?,
                    dst_project_name: value.dst_project_name?,
                    dst_schema_name: value.dst_schema_name?,
                    extra: value.extra?,
                    has_partitions: value.has_partitions?,
                    id: value.id?,
                    input_format: value.input_format?,
                    last_ddl_time: value.last_ddl_time?,
                    location: value.location?,
                    name: value.name?,
                    num_rows: value.num_rows?,
                    output_format: value.output_format?,
                    owner: value.owner?,
                    partitions: value.partitions?,
                    partitions_doing: value.partitions_doing?,
                    partitions_done: value.partitions_done?,
                    partitions_failed: value.partitions_failed?,
                    schema: value.schema?,
                    serde: value.serde?,
                    size: value.size?,
                    source_id: value.source_id?,
                    source_name: value.source_name?,
                    status: value.status?,
                    type_: value.type_?,
                    updated: value.updated?,
                })
            }
        }
        impl ::std::convert::From<super::Table> for Table {
            fn from(value: super::Table) -> Self {
                Self {
                    db_id: Ok(value.db_id),
                    db_name: Ok(value.db_name),
                    dst_name: Ok(value.dst_name),
                    dst_project_name: Ok(value.dst_project_name),
                    dst_schema_name: Ok(value.dst_schema_name),
                    extra: Ok(value.extra),
                    has_partitions: Ok(value.has_partitions),
                    id: Ok(value.id),
                    input_format: Ok(value.input_format),
                    last_ddl_time: Ok(value.last_ddl_time),
                    location: Ok(value.location),
                    name: Ok(value.name),
                    num_rows: Ok(value.num_rows),
                    output_format: Ok(value.output_format),
                    owner: Ok(value.owner),
                    partitions: Ok(value.partitions),
                    partitions_doing: Ok(value.partitions_doing),
                    partitions_done: Ok(value.partitions_done),
                    partitions_failed: Ok(value.partitions_failed),
                    schema: Ok(value.schema),
                    serde: Ok(value.serde),
                    size: Ok(value.size),
                    source_id: Ok(value.source_id),
                    source_name: Ok(value.source_name),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                    updated: Ok(value.updated),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TablePage {
            object_list: ::std::result::Result<
                ::std::vec::Vec<super::Table>,
                ::std::string::String,
            >,
            page_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TablePage {
            fn default() -> Self {
                Self {
                    object_list: Ok(Default::default()),
                    page_num: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl TablePage {
            pub fn object_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Table>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_list: {e}")
                    });
                self
            }
            pub fn page_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_num: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TablePage> for super::TablePage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TablePage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    object_list: value.object_list?,
                    page_num: value.page_num?,
                    page_size: value.page_size?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::TablePage> for TablePage {
            fn from(value: super::TablePage) -> Self {
                Self {
                    object_list: Ok(value.object_list),
                    page_num: Ok(value.page_num),
                    page_size: Ok(value.page_size),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TableSchema {
            columns: ::std::result::Result<
                ::std::vec::Vec<super::Column>,
                ::std::string::String,
            >,
            comment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            partitions: ::std::result::Result<
                ::std::vec::Vec<super::Column>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TableSchema {
            fn default() -> Self {
                Self {
                    columns: Ok(Default::default()),
                    comment: Ok(Default::default()),
                    name: Ok(Default::default()),
                    partitions: Ok(Default::default()),
                }
            }
        }
        impl TableSchema {
            pub fn columns<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Column>>,
                T::Error: ::std::fmt::Display,
            {
                self.columns = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for columns: {e}")
                    });
                self
            }
            pub fn comment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.comment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for comment: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Column>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partitions: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TableSchema> for super::TableSchema {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TableSchema,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    columns: value.columns?,
                    comment: value.comment?,
                    name: value.name?,
                    partitions: value.partitions?,
                })
            }
        }
        impl ::std::convert::From<super::TableSchema> for TableSchema {
            fn from(value: super::TableSchema) -> Self {
                Self {
                    columns: Ok(value.columns),
                    comment: Ok(value.comment),
                    name: Ok(value.name),
                    partitions: Ok(value.partitions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Task {
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            db_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            dst_db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_table_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            end_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            job_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            job_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            retried_times: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            running: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            source_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            src_db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            src_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            src_table_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::TaskStatus>,
                ::std::string::String,
            >,
            stopped: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            table_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<crate::open_enum::TaskType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Task {
            fn default() -> Self {
                Self {
                    create_time: Ok(Default::default()),
                    db_id: Ok(Default::default()),
                    dst_db_name: Ok(Default::default()),
                    dst_schema_name: Ok(Default::default()),
                    dst_table_name: Ok(Default::default()),
                    end_time: Ok(Default::default()),
                    id: Ok(Default::default()),
                    job_id: Ok(Default::default()),
                    job_name: Ok(Default::default()),
                    retried_times: Ok(Default::default()),
                    running: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    source_name: Ok(Default::default()),
                    src_db_name: Ok(Default::default()),
                    src_schema_name: Ok(Default::default()),
                    src_table_name: Ok(Default::default()),
                    start_time: Ok(Default::default()),
                    status: Ok(Default::default()),
                    stopped: Ok(Default::default()),
                    table_id: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl Task {
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn db_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_id: {e}")
                    });
                self
            }
            pub fn dst_db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst_db_name: {e}")
                    });
                self
            }
            pub fn dst_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn dst_table_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_table_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_table_name: {e}"
                        )
                    });
                self
            }
            pub fn end_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.end_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for end_time: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn job_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_id: {e}")
                    });
                self
            }
            pub fn job_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.job_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for job_name: {e}")
                    });
                self
            }
            pub fn retried_times<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.retried_times = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for retried_times: {e}")
                    });
                self
            }
            pub fn running<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.running = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for running: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn source_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_name: {e}")
                    });
                self
            }
            pub fn src_db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for src_db_name: {e}")
                    });
                self
            }
            pub fn src_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for src_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn src_table_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_table_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for src_table_name: {e}"
                        )
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start_time: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::TaskStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn stopped<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.stopped = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stopped: {e}")
                    });
                self
            }
            pub fn table_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_id: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::TaskType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Task> for super::Task {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Task,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_time: value.create_time?,
                    db_id: value.db_id?,
                    dst_db_name: value.dst_db_name?,
                    dst_schema_name: value.dst_schema_name?,
                    dst_table_name: value.dst_table_name?,
                    end_time: value.end_time?,
                    id: value.id?,
                    job_id: value.job_id?,
                    job_name: value.job_name?,
                    retried_times: value.retried_times?,
                    running: value.running?,
                    source_id: value.source_id?,
                    source_name: value.source_name?,
                    src_db_name: value.src_db_name?,
                    src_schema_name: value.src_schema_name?,
                    src_table_name: value.src_table_name?,
                    start_time: value.start_time?,
                    status: value.status?,
                    stopped: value.stopped?,
                    table_id: value.table_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Task> for Task {
            fn from(value: super::Task) -> Self {
                Self {
                    create_time: Ok(value.create_time),
                    db_id: Ok(value.db_id),
                    dst_db_name: Ok(value.dst_db_name),
                    dst_schema_name: Ok(value.dst_schema_name),
                    dst_table_name: Ok(value.dst_table_name),
                    end_time: Ok(value.end_time),
                    id: Ok(value.id),
                    job_id: Ok(value.job_id),
                    job_name: Ok(value.job_name),
                    retried_times: Ok(value.retried_times),
                    running: Ok(value.running),
                    source_id: Ok(value.source_id),
                    source_name: Ok(value.source_name),
                    src_db_name: Ok(value.src_db_name),
                    src_schema_name: Ok(value.src_schema_name),
                    src_table_name: Ok(value.src_table_name),
                    start_time: Ok(value.start_time),
                    status: Ok(value.status),
                    stopped: Ok(value.stopped),
                    table_id: Ok(value.table_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TaskLog {
            action: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::TaskStatus>,
                ::std::string::String,
            >,
            task_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TaskLog {
            fn default() -> Self {
                Self {
                    action: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    id: Ok(Default::default()),
                    msg: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                    task_id: Ok(Default::default()),
                }
            }
        }
        impl TaskLog {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for msg: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::TaskStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn task_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.task_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TaskLog> for super::TaskLog {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaskLog,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    create_time: value.create_time?,
                    id: value.id?,
                    msg: value.msg?,
                    source_id: value.source_id?,
                    status: value.status?,
                    task_id: value.task_id?,
                })
            }
        }
        impl ::std::convert::From<super::TaskLog> for TaskLog {
            fn from(value: super::TaskLog) -> Self {
                Self {
                    action: Ok(value.action),
                    create_time: Ok(value.create_time),
                    id: Ok(value.id),
                    msg: Ok(value.msg),
                    source_id: Ok(value.source_id),
                    status: Ok(value.status),
                    task_id: Ok(value.task_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TaskPage {
            object_list: ::std::result::Result<
                ::std::vec::Vec<super::Task>,
                ::std::string::String,
            >,
            page_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TaskPage {
            fn default() -> Self {
                Self {
                    object_list: Ok(Default::default()),
                    page_num: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl TaskPage {
            pub fn object_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Task>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_list: {e}")
                    });
                self
            }
            pub fn page_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_num: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TaskPage> for super::TaskPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TaskPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    object_list: value.object_list?,
                    page_num: value.page_num?,
                    page_size: value.page_size?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::TaskPage> for TaskPage {
            fn from(value: super::TaskPage) -> Self {
                Self {
                    object_list: Ok(value.object_list),
                    page_num: Ok(value.page_num),
                    page_size: Ok(value.page_size),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Timer {
            config: ::std::result::Result<
                ::std::option::Option<super::TimerConfig>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            db_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            schedule_type: ::std::result::Result<
                ::std::option::Option<crate::open_enum::ScheduleType>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            src_db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stopped: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            update_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Timer {
            fn default() -> Self {
                Self {
                    config: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    db_id: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    schedule_type: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    src_db_name: Ok(Default::default()),
                    stopped: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    update_time: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl Timer {
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TimerConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for config: {e}")
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn db_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn schedule_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::ScheduleType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.schedule_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schedule_type: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn src_db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.src_db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for src_db_name: {e}")
                    });
                self
            }
            pub fn stopped<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.stopped = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stopped: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn update_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.update_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for update_time: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Timer> for super::Timer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Timer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    config: value.config?,
                    create_time: value.create_time?,
                    db_id: value.db_id?,
                    id: value.id?,
                    name: value.name?,
                    schedule_type: value.schedule_type?,
                    source_id: value.source_id?,
                    src_db_name: value.src_db_name?,
                    stopped: value.stopped?,
                    type_: value.type_?,
                    update_time: value.update_time?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::Timer> for Timer {
            fn from(value: super::Timer) -> Self {
                Self {
                    config: Ok(value.config),
                    create_time: Ok(value.create_time),
                    db_id: Ok(value.db_id),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    schedule_type: Ok(value.schedule_type),
                    source_id: Ok(value.source_id),
                    src_db_name: Ok(value.src_db_name),
                    stopped: Ok(value.stopped),
                    type_: Ok(value.type_),
                    update_time: Ok(value.update_time),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TimerConfig {
            column_mapping: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            enable_data_migration: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_schema_migration: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            enable_verification: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            others: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            partition_filters: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            partitions: ::std::result::Result<
                ::std::vec::Vec<i64>,
                ::std::string::String,
            >,
            table_black_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            table_mapping: ::std::result::Result<
                ::std::collections::BTreeMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            table_white_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            tables: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TimerConfig {
            fn default() -> Self {
                Self {
                    column_mapping: Ok(Default::default()),
                    enable_data_migration: Ok(Default::default()),
                    enable_schema_migration: Ok(Default::default()),
                    enable_verification: Ok(Default::default()),
                    others: Ok(Default::default()),
                    partition_filters: Ok(Default::default()),
                    partitions: Ok(Default::default()),
                    table_black_list: Ok(Default::default()),
                    table_mapping: Ok(Default::default()),
                    table_white_list: Ok(Default::default()),
                    tables: Ok(Default::default()),
                }
            }
        }
        impl TimerConfig {
            pub fn column_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.column_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for column_mapping: {e}"
                        )
                    });
                self
            }
            pub fn enable_data_migration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_data_migration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_data_migration: {e}"
                        )
                    });
                self
            }
            pub fn enable_schema_migration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_schema_migration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_schema_migration: {e}"
                        )
                    });
                self
            }
            pub fn enable_verification<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_verification = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enable_verification: {e}"
                        )
                    });
                self
            }
            pub fn others<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.others = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for others: {e}")
                    });
                self
            }
            pub fn partition_filters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.partition_filters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for partition_filters: {e}"
                        )
                    });
                self
            }
            pub fn partitions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.partitions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for partitions: {e}")
                    });
                self
            }
            pub fn table_black_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_black_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_black_list: {e}"
                        )
                    });
                self
            }
            pub fn table_mapping<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::BTreeMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.table_mapping = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_mapping: {e}")
                    });
                self
            }
            pub fn table_white_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_white_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_white_list: {e}"
                        )
                    });
                self
            }
            pub fn tables<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tables: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TimerConfig> for super::TimerConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TimerConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    column_mapping: value.column_mapping?,
                    enable_data_migration: value.enable_data_migration?,
                    enable_schema_migration: value.enable_schema_migration?,
                    enable_verification: value.enable_verification?,
                    others: value.others?,
                    partition_filters: value.partition_filters?,
                    partitions: value.partitions?,
                    table_black_list: value.table_black_list?,
                    table_mapping: value.table_mapping?,
                    table_white_list: value.table_white_list?,
                    tables: value.tables?,
                })
            }
        }
        impl ::std::convert::From<super::TimerConfig> for TimerConfig {
            fn from(value: super::TimerConfig) -> Self {
                Self {
                    column_mapping: Ok(value.column_mapping),
                    enable_data_migration: Ok(value.enable_data_migration),
                    enable_schema_migration: Ok(value.enable_schema_migration),
                    enable_verification: Ok(value.enable_verification),
                    others: Ok(value.others),
                    partition_filters: Ok(value.partition_filters),
                    partitions: Ok(value.partitions),
                    table_black_list: Ok(value.table_black_list),
                    table_mapping: Ok(value.table_mapping),
                    table_white_list: Ok(value.table_white_list),
                    tables: Ok(value.tables),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TimerLog {
            action: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TimerLog {
            fn default() -> Self {
                Self {
                    action: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    id: Ok(Default::default()),
                    msg: Ok(Default::default()),
                    source_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl TimerLog {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for msg: {e}")
                    });
                self
            }
            pub fn source_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.source_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source_id: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TimerLog> for super::TimerLog {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TimerLog,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    create_time: value.create_time?,
                    id: value.id?,
                    msg: value.msg?,
                    source_id: value.source_id?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::TimerLog> for TimerLog {
            fn from(value: super::TimerLog) -> Self {
                Self {
                    action: Ok(value.action),
                    create_time: Ok(value.create_time),
                    id: Ok(value.id),
                    msg: Ok(value.msg),
                    source_id: Ok(value.source_id),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TimerLogPage {
            object_list: ::std::result::Result<
                ::std::vec::Vec<super::TimerLog>,
                ::std::string::String,
            >,
            page_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TimerLogPage {
            fn default() -> Self {
                Self {
                    object_list: Ok(Default::default()),
                    page_num: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl TimerLogPage {
            pub fn object_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TimerLog>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_list: {e}")
                    });
                self
            }
            pub fn page_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_num: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TimerLogPage> for super::TimerLogPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TimerLogPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    object_list: value.object_list?,
                    page_num: value.page_num?,
                    page_size: value.page_size?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::TimerLogPage> for TimerLogPage {
            fn from(value: super::TimerLogPage) -> Self {
                Self {
                    object_list: Ok(value.object_list),
                    page_num: Ok(value.page_num),
                    page_size: Ok(value.page_size),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TimerPage {
            object_list: ::std::result::Result<
                ::std::vec::Vec<super::Timer>,
                ::std::string::String,
            >,
            page_num: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TimerPage {
            fn default() -> Self {
                Self {
                    object_list: Ok(Default::default()),
                    page_num: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl TimerPage {
            pub fn object_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Timer>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_list: {e}")
                    });
                self
            }
            pub fn page_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_num = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_num: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TimerPage> for super::TimerPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TimerPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    object_list: value.object_list?,
                    page_num: value.page_num?,
                    page_size: value.page_size?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::TimerPage> for TimerPage {
            fn from(value: super::TimerPage) -> Self {
                Self {
                    object_list: Ok(value.object_list),
                    page_num: Ok(value.page_num),
                    page_size: Ok(value.page_size),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TriggerMmsTimerResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TriggerMmsTimerResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl TriggerMmsTimerResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TriggerMmsTimerResponse>
        for super::TriggerMmsTimerResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TriggerMmsTimerResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::TriggerMmsTimerResponse>
        for TriggerMmsTimerResponse {
            fn from(value: super::TriggerMmsTimerResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMmsDataSourceRequest {
            action: ::std::result::Result<
                super::DataSourceAction,
                ::std::string::String,
            >,
            config: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            test: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMmsDataSourceRequest {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    config: Ok(Default::default()),
                    name: Ok(Default::default()),
                    test: Ok(Default::default()),
                }
            }
        }
        impl UpdateMmsDataSourceRequest {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DataSourceAction>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for config: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn test<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.test = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMmsDataSourceRequest>
        for super::UpdateMmsDataSourceRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMmsDataSourceRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    config: value.config?,
                    name: value.name?,
                    test: value.test?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateMmsDataSourceRequest>
        for UpdateMmsDataSourceRequest {
            fn from(value: super::UpdateMmsDataSourceRequest) -> Self {
                Self {
                    action: Ok(value.action),
                    config: Ok(value.config),
                    name: Ok(value.name),
                    test: Ok(value.test),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMmsDataSourceResponse {
            data: ::std::result::Result<
                ::std::option::Option<super::DataSourceUpdate>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMmsDataSourceResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl UpdateMmsDataSourceResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DataSourceUpdate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMmsDataSourceResponse>
        for super::UpdateMmsDataSourceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMmsDataSourceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateMmsDataSourceResponse>
        for UpdateMmsDataSourceResponse {
            fn from(value: super::UpdateMmsDataSourceResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMmsDbRequest {
            dst_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_project_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::MigrationStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMmsDbRequest {
            fn default() -> Self {
                Self {
                    dst_name: Ok(Default::default()),
                    dst_project_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl UpdateMmsDbRequest {
            pub fn dst_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst_name: {e}")
                    });
                self
            }
            pub fn dst_project_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_project_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_project_name: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::MigrationStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMmsDbRequest> for super::UpdateMmsDbRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMmsDbRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dst_name: value.dst_name?,
                    dst_project_name: value.dst_project_name?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateMmsDbRequest> for UpdateMmsDbRequest {
            fn from(value: super::UpdateMmsDbRequest) -> Self {
                Self {
                    dst_name: Ok(value.dst_name),
                    dst_project_name: Ok(value.dst_project_name),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMmsDbResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMmsDbResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl UpdateMmsDbResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMmsDbResponse>
        for super::UpdateMmsDbResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMmsDbResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateMmsDbResponse> for UpdateMmsDbResponse {
            fn from(value: super::UpdateMmsDbResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMmsTableRequest {
            dst_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_project_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::MigrationStatus>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMmsTableRequest {
            fn default() -> Self {
                Self {
                    dst_name: Ok(Default::default()),
                    dst_project_name: Ok(Default::default()),
                    dst_schema_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl UpdateMmsTableRequest {
            pub fn dst_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dst_name: {e}")
                    });
                self
            }
            pub fn dst_project_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_project_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_project_name: {e}"
                        )
                    });
                self
            }
            pub fn dst_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::MigrationStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMmsTableRequest>
        for super::UpdateMmsTableRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMmsTableRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dst_name: value.dst_name?,
                    dst_project_name: value.dst_project_name?,
                    dst_schema_name: value.dst_schema_name?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateMmsTableRequest>
        for UpdateMmsTableRequest {
            fn from(value: super::UpdateMmsTableRequest) -> Self {
                Self {
                    dst_name: Ok(value.dst_name),
                    dst_project_name: Ok(value.dst_project_name),
                    dst_schema_name: Ok(value.dst_schema_name),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMmsTableResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMmsTableResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl UpdateMmsTableResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMmsTableResponse>
        for super::UpdateMmsTableResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMmsTableResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateMmsTableResponse>
        for UpdateMmsTableResponse {
            fn from(value: super::UpdateMmsTableResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMmsTablesRequest {
            db_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_project_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            dst_schema_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<crate::open_enum::MigrationStatus>,
                ::std::string::String,
            >,
            table_names: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            tables: ::std::result::Result<::std::vec::Vec<i64>, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateMmsTablesRequest {
            fn default() -> Self {
                Self {
                    db_name: Ok(Default::default()),
                    dst_project_name: Ok(Default::default()),
                    dst_schema_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    table_names: Ok(Default::default()),
                    tables: Ok(Default::default()),
                }
            }
        }
        impl UpdateMmsTablesRequest {
            pub fn db_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.db_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for db_name: {e}")
                    });
                self
            }
            pub fn dst_project_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_project_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_project_name: {e}"
                        )
                    });
                self
            }
            pub fn dst_schema_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dst_schema_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for dst_schema_name: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::MigrationStatus>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn table_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.table_names = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for table_names: {e}")
                    });
                self
            }
            pub fn tables<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.tables = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tables: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMmsTablesRequest>
        for super::UpdateMmsTablesRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMmsTablesRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    db_name: value.db_name?,
                    dst_project_name: value.dst_project_name?,
                    dst_schema_name: value.dst_schema_name?,
                    status: value.status?,
                    table_names: value.table_names?,
                    tables: value.tables?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateMmsTablesRequest>
        for UpdateMmsTablesRequest {
            fn from(value: super::UpdateMmsTablesRequest) -> Self {
                Self {
                    db_name: Ok(value.db_name),
                    dst_project_name: Ok(value.dst_project_name),
                    dst_schema_name: Ok(value.dst_schema_name),
                    status: Ok(value.status),
                    table_names: Ok(value.table_names),
                    tables: Ok(value.tables),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMmsTablesResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMmsTablesResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl UpdateMmsTablesResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMmsTablesResponse>
        for super::UpdateMmsTablesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMmsTablesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateMmsTablesResponse>
        for UpdateMmsTablesResponse {
            fn from(value: super::UpdateMmsTablesResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMmsTimerRequest {
            schedule_type: ::std::result::Result<
                ::std::option::Option<crate::open_enum::ScheduleType>,
                ::std::string::String,
            >,
            stopped: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            table_black_list: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            table_white_list: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMmsTimerRequest {
            fn default() -> Self {
                Self {
                    schedule_type: Ok(Default::default()),
                    stopped: Ok(Default::default()),
                    table_black_list: Ok(Default::default()),
                    table_white_list: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl UpdateMmsTimerRequest {
            pub fn schedule_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::open_enum::ScheduleType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.schedule_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for schedule_type: {e}")
                    });
                self
            }
            pub fn stopped<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.stopped = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stopped: {e}")
                    });
                self
            }
            pub fn table_black_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.table_black_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_black_list: {e}"
                        )
                    });
                self
            }
            pub fn table_white_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.table_white_list = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for table_white_list: {e}"
                        )
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMmsTimerRequest>
        for super::UpdateMmsTimerRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMmsTimerRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    schedule_type: value.schedule_type?,
                    stopped: value.stopped?,
                    table_black_list: value.table_black_list?,
                    table_white_list: value.table_white_list?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateMmsTimerRequest>
        for UpdateMmsTimerRequest {
            fn from(value: super::UpdateMmsTimerRequest) -> Self {
                Self {
                    schedule_type: Ok(value.schedule_type),
                    stopped: Ok(value.stopped),
                    table_black_list: Ok(value.table_black_list),
                    table_white_list: Ok(value.table_white_list),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateMmsTimerResponse {
            data: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateMmsTimerResponse {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl UpdateMmsTimerResponse {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateMmsTimerResponse>
        for super::UpdateMmsTimerResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateMmsTimerResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateMmsTimerResponse>
        for UpdateMmsTimerResponse {
            fn from(value: super::UpdateMmsTimerResponse) -> Self {
                Self {
                    data: Ok(value.data),
                    request_id: Ok(value.request_id),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for MaxCompute Migration Assist (MMS)

The endpoints of the MaxCompute Migration Assist service (MMA, "MMS" in the API), API version 2022-01-04: data sources and their configuration, metadata scans, the source catalog (databases, tables, partitions), migration jobs and their tasks, and timers that create jobs on a schedule. Every request is ROA style: a REST path, the action and version in `x-acs-action` / `x-acs-version` headers, and an Alibaba Cloud signature (ACS3-HMAC-SHA256 or ROA HMAC-SHA1) in `Authorization`. Every successful answer is an envelope `{requestId, data}`; list answers put a page `{total, pageNum, pageSize, objectList}` in `data`.

This document is the single source of truth of the project: the Rust types and client are generated from it at build time, and `cargo xtask validate` checks it against the documented examples in `openapi/examples/` (one answer per operation) and the examples that request schemas carry themselves.

Version: 2022-01-04*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::Hooks,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::Hooks) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::Hooks,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::Hooks> for Client {
    fn api_version() -> &'static str {
        "2022-01-04"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::Hooks {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::Hooks>,
    {}
};
impl Client {
    /**List the data sources

Returns the data sources of the account in this region, a page at a time, with their state, catalog sizes and migration counters. Without `pageNum` and `pageSize` the service returns every data source in one page. RAM action `odps:ListMmsDataSources`.

Sends a `GET` request to `/api/v1/mms/datasources`

Arguments:
- `name`: Only data sources matching this name.
- `page_num`: Which page to return, from 1.
- `page_size`: Most items to return in the page.
- `region`: Only data sources in this region id.
- `type_`: Only data sources of this kind.
```ignore
let response = client.list_mms_data_sources()
    .name(name)
    .page_num(page_num)
    .page_size(page_size)
    .region(region)
    .type_(type_)
    .send()
    .await;
```*/
    pub fn list_mms_data_sources(&self) -> builder::ListMmsDataSources<'_> {
        builder::ListMmsDataSources::new(self)
    }
    /**Create a data source

Registers a new data source with its settings (the keys come from `ListMmsDataSourceConfigItems`). The new source is not started; start it with `UpdateMmsDataSource` and action START. RAM action `odps:CreateMmsDataSource`.

Sends a `POST` request to `/api/v1/mms/datasources`

Arguments:
- `body`: The kind, name, network connection and settings of the new data source.
```ignore
let response = client.create_mms_data_source()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_mms_data_source(&self) -> builder::CreateMmsDataSource<'_> {
        builder::CreateMmsDataSource::new(self)
    }
    /**Read one data source

Returns a data source: its kind, state, destination projects, catalog sizes and migration counters, and with `withConfig=true` its configuration items. RAM action `odps:GetMmsDataSource`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}`

Arguments:
- `source_id`: Identifier of the data source.
- `lang`: Language of the names and descriptions of configuration items (default `zh_CN`).
- `with_config`: Also return the configuration items of the data source in `config`.
```ignore
let response = client.get_mms_data_source()
    .source_id(source_id)
    .lang(lang)
    .with_config(with_config)
    .send()
    .await;
```*/
    pub fn get_mms_data_source(&self) -> builder::GetMmsDataSource<'_> {
        builder::GetMmsDataSource::new(self)
    }
    /**Start, stop, rename or reconfigure a data source

Changes a data source as `action` says. The change runs asynchronously: follow the returned asynchronous task with `GetMmsAsyncTask`, or poll `GetMmsDataSource` until its status settles. RAM action `odps:UpdateMmsDataSource`.

Sends a `PUT` request to `/api/v1/mms/datasources/{sourceId}`

Arguments:
- `source_id`: Identifier of the data source.
- `body`: What to change and, for UPDATE_CONFIG and RENAME, the new values.
```ignore
let response = client.update_mms_data_source()
    .source_id(source_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_mms_data_source(&self) -> builder::UpdateMmsDataSource<'_> {
        builder::UpdateMmsDataSource::new(self)
    }
    /**Delete a data source

Removes a data source. RAM action `odps:DeleteMmsDataSource`.

Sends a `DELETE` request to `/api/v1/mms/datasources/{sourceId}`

Arguments:
- `source_id`: Identifier of the data source.
```ignore
let response = client.delete_mms_data_source()
    .source_id(source_id)
    .send()
    .await;
```*/
    pub fn delete_mms_data_source(&self) -> builder::DeleteMmsDataSource<'_> {
        builder::DeleteMmsDataSource::new(self)
    }
    /**List the settings a kind of data source takes

Returns the configuration items a data source of the given kind accepts: their keys, types, whether they are required and what they mean, so a client can build the `config` of `CreateMmsDataSource`. RAM action `odps:ListMmsDataSourceConfigItems`.

Sends a `GET` request to `/api/v1/mms/configItems`

Arguments:
- `lang`: Language of the names and descriptions of configuration items (default `zh_CN`).
- `source_type`: The kind of data source to describe.
```ignore
let response = client.list_mms_data_source_config_items()
    .lang(lang)
    .source_type(source_type)
    .send()
    .await;
```*/
    pub fn list_mms_data_source_config_items(
        &self,
    ) -> builder::ListMmsDataSourceConfigItems<'_> {
        builder::ListMmsDataSourceConfigItems::new(self)
    }
    /**Scan the metadata of a data source

Starts a scan that reads databases, tables and partitions from the source into the MMS catalog: the whole source, one database, or some tables of it. Follow it with `GetMmsFetchMetadataJob`. RAM action `odps:CreateMmsFetchMetadataJob`.

Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/scans`

Arguments:
- `source_id`: Identifier of the data source.
- `body`: What to scan; an empty object scans the whole source.
```ignore
let response = client.create_mms_fetch_metadata_job()
    .source_id(source_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_mms_fetch_metadata_job(
        &self,
    ) -> builder::CreateMmsFetchMetadataJob<'_> {
        builder::CreateMmsFetchMetadataJob::new(self)
    }
    /**Read one metadata scan

Returns a metadata scan: its status, progress, result and error. RAM action `odps:GetMmsFetchMetadataJob`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/scans/{scanId}`

Arguments:
- `source_id`: Identifier of the data source.
- `scan_id`: Identifier of the metadata scan.
```ignore
let response = client.get_mms_fetch_metadata_job()
    .source_id(source_id)
    .scan_id(scan_id)
    .send()
    .await;
```*/
    pub fn get_mms_fetch_metadata_job(&self) -> builder::GetMmsFetchMetadataJob<'_> {
        builder::GetMmsFetchMetadataJob::new(self)
    }
    /**Read one asynchronous task

Returns an asynchronous task of the service, such as the creation of a migration job (`CreateMmsJob`) or a change of a data source (`UpdateMmsDataSource`): what it acts on, its status, progress and result. RAM action `odps:GetMmsAsyncTask`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/asyncTasks/{asyncTaskId}`

Arguments:
- `source_id`: Identifier of the data source.
- `async_task_id`: Identifier of the asynchronous task.
```ignore
let response = client.get_mms_async_task()
    .source_id(source_id)
    .async_task_id(async_task_id)
    .send()
    .await;
```*/
    pub fn get_mms_async_task(&self) -> builder::GetMmsAsyncTask<'_> {
        builder::GetMmsAsyncTask::new(self)
    }
    /**List the databases of a data source

Returns the databases the last scans found in the source, a page at a time, with where each goes and how far its migration is. RAM action `odps:ListMmsDbs`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/dbs`

Arguments:
- `source_id`: Identifier of the data source.
- `name`: Only databases matching this name.
- `page_num`: Which page to return, from 1.
- `page_size`: Most items to return in the page.
- `sorter`: Sort order, as JSON text of an object whose keys are the fields to sort by (`numRows`, `size`, `updateTime`) and whose values are `asc` or `desc`, such as `{"numRows":"desc"}`. Unlike the other lists, this sorter is not flattened into `sorter.<field>` parameters.
- `status`: Only databases in this migration status.
```ignore
let response = client.list_mms_dbs()
    .source_id(source_id)
    .name(name)
    .page_num(page_num)
    .page_size(page_size)
    .sorter(sorter)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_mms_dbs(&self) -> builder::ListMmsDbs<'_> {
        builder::ListMmsDbs::new(self)
    }
    /**Read one database

Returns a database of the source catalog with its destination, size and migration counters. RAM action `odps:GetMmsDb`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/dbs/{dbId}`

Arguments:
- `source_id`: Identifier of the data source.
- `db_id`: Identifier of the database in the catalog of the data source.
```ignore
let response = client.get_mms_db()
    .source_id(source_id)
    .db_id(db_id)
    .send()
    .await;
```*/
    pub fn get_mms_db(&self) -> builder::GetMmsDb<'_> {
        builder::GetMmsDb::new(self)
    }
    /**Change where a database goes

Sets the destination project and schema of a database, or resets its migration status. RAM action `odps:UpdateMmsDb`.

Sends a `PUT` request to `/api/v1/mms/datasources/{sourceId}/dbs/{dbId}`

Arguments:
- `source_id`: Identifier of the data source.
- `db_id`: Identifier of the database in the catalog of the data source.
- `body`: The fields to change; absent fields keep their value.
```ignore
let response = client.update_mms_db()
    .source_id(source_id)
    .db_id(db_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_mms_db(&self) -> builder::UpdateMmsDb<'_> {
        builder::UpdateMmsDb::new(self)
    }
    /**List the tables of a data source

Returns the tables of the source catalog, a page at a time, filtered by database, destination, status, partitioning and change time. RAM action `odps:ListMmsTables`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/tables`

Arguments:
- `source_id`: Identifier of the data source.
- `db_id`: Only tables of the database with this identifier.
- `db_name`: Only tables of the database with this name.
- `dst_name`: Only tables migrated into a destination table of this name.
- `dst_project_name`: Only tables migrated into this MaxCompute project.
- `dst_schema_name`: Only tables migrated into this MaxCompute schema.
- `has_partitions`: Only partitioned tables (`true`) or only unpartitioned ones (`false`).
- `last_ddl_time_end`: Only tables whose definition changed at or before this time (`YYYY-MM-DD HH:MM:SS`).
- `last_ddl_time_start`: Only tables whose definition changed at or after this time (`YYYY-MM-DD HH:MM:SS`).
- `name`: Only tables matching this name.
- `only_name`: Ask for the names of the tables only; the service does not document which other fields it then leaves out.
- `page_num`: Which page to return, from 1.
- `page_size`: Most items to return in the page.
- `sorter_last_ddl_time`: Sort by the time of the last definition change.
- `sorter_num_rows`: Sort by number of rows.
- `sorter_size`: Sort by size in bytes.
- `status`: Only tables in one of these migration statuses, as JSON text of an array such as `["DONE","FAILED"]`.
- `type_`: Only tables of this source table type, such as `MANAGED_TABLE` for Hive.
```ignore
let response = client.list_mms_tables()
    .source_id(source_id)
    .db_id(db_id)
    .db_name(db_name)
    .dst_name(dst_name)
    .dst_project_name(dst_project_name)
    .dst_schema_name(dst_schema_name)
    .has_partitions(has_partitions)
    .last_ddl_time_end(last_ddl_time_end)
    .last_ddl_time_start(last_ddl_time_start)
    .name(name)
    .only_name(only_name)
    .page_num(page_num)
    .page_size(page_size)
    .sorter_last_ddl_time(sorter_last_ddl_time)
    .sorter_num_rows(sorter_num_rows)
    .sorter_size(sorter_size)
    .status(status)
    .type_(type_)
    .send()
    .await;
```*/
    pub fn list_mms_tables(&self) -> builder::ListMmsTables<'_> {
        builder::ListMmsTables::new(self)
    }
    /**Change where several tables go

Sets the destination project and schema, or the migration status, of several tables at once, chosen by identifier or by database and name. RAM action `odps:UpdateMmsTables`.

Sends a `PUT` request to `/api/v1/mms/datasources/{sourceId}/tables`

Arguments:
- `source_id`: Identifier of the data source.
- `body`: Which tables, and the fields to change on all of them.
```ignore
let response = client.update_mms_tables()
    .source_id(source_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_mms_tables(&self) -> builder::UpdateMmsTables<'_> {
        builder::UpdateMmsTables::new(self)
    }
    /**Read one table

Returns a table of the source catalog: its columns and partition keys, storage, size, destination and migration counters. RAM action `odps:GetMmsTable`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/tables/{tableId}`

Arguments:
- `source_id`: Identifier of the data source.
- `table_id`: Identifier of the table in the catalog of the data source.
```ignore
let response = client.get_mms_table()
    .source_id(source_id)
    .table_id(table_id)
    .send()
    .await;
```*/
    pub fn get_mms_table(&self) -> builder::GetMmsTable<'_> {
        builder::GetMmsTable::new(self)
    }
    /**Change where a table goes

Sets the destination project, schema and table name of a table, or resets its migration status. RAM action `odps:UpdateMmsTable`.

Sends a `PUT` request to `/api/v1/mms/datasources/{sourceId}/tables/{tableId}`

Arguments:
- `source_id`: Identifier of the data source.
- `table_id`: Identifier of the table in the catalog of the data source.
- `body`: The fields to change; absent fields keep their value.
```ignore
let response = client.update_mms_table()
    .source_id(source_id)
    .table_id(table_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_mms_table(&self) -> builder::UpdateMmsTable<'_> {
        builder::UpdateMmsTable::new(self)
    }
    /**List the partitions of a data source

Returns the partitions of the source catalog, a page at a time, filtered by database, table, value, status and change time. RAM action `odps:ListMmsPartitions`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/partitions`

Arguments:
- `source_id`: Identifier of the data source.
- `db_id`: Only partitions of the database with this identifier.
- `db_name`: Only partitions of the database with this name.
- `last_ddl_time_end`: Only partitions that changed at or before this time (`YYYY-MM-DD HH:MM:SS`).
- `last_ddl_time_start`: Only partitions that changed at or after this time (`YYYY-MM-DD HH:MM:SS`).
- `page_num`: Which page to return, from 1.
- `page_size`: Most items to return in the page.
- `sorter_last_ddl_time`: Sort by the time of the last change.
- `sorter_num_rows`: Sort by number of rows.
- `sorter_size`: Sort by size in bytes.
- `status`: Only partitions in one of these migration statuses, as JSON text of an array such as `["DONE","FAILED"]`.
- `table_id`: Only partitions of the table with this identifier.
- `table_name`: Only partitions of the table with this name.
- `updated`: Only partitions whose source changed since they were migrated (`true`), or only unchanged ones.
- `value`: Only partitions matching this partition spec, such as `ds=2024-12-01`.
```ignore
let response = client.list_mms_partitions()
    .source_id(source_id)
    .db_id(db_id)
    .db_name(db_name)
    .last_ddl_time_end(last_ddl_time_end)
    .last_ddl_time_start(last_ddl_time_start)
    .page_num(page_num)
    .page_size(page_size)
    .sorter_last_ddl_time(sorter_last_ddl_time)
    .sorter_num_rows(sorter_num_rows)
    .sorter_size(sorter_size)
    .status(status)
    .table_id(table_id)
    .table_name(table_name)
    .updated(updated)
    .value(value)
    .send()
    .await;
```*/
    pub fn list_mms_partitions(&self) -> builder::ListMmsPartitions<'_> {
        builder::ListMmsPartitions::new(self)
    }
    /**Read one partition

Returns a partition of the source catalog with its destination, size and migration status. RAM action `odps:GetMmsPartition`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/partitions/{partitionId}`

Arguments:
- `source_id`: Identifier of the data source.
- `partition_id`: Identifier of the partition in the catalog of the data source.
```ignore
let response = client.get_mms_partition()
    .source_id(source_id)
    .partition_id(partition_id)
    .send()
    .await;
```*/
    pub fn get_mms_partition(&self) -> builder::GetMmsPartition<'_> {
        builder::GetMmsPartition::new(self)
    }
    /**List the migration jobs of a data source

Returns the migration jobs of a data source, a page at a time, filtered by name, source and destination, status, the stopped flag and the timer that created them. RAM action `odps:ListMmsJobs`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/jobs`

Arguments:
- `source_id`: Identifier of the data source.
- `dst_db_name`: Only jobs writing into this MaxCompute project.
- `dst_table_name`: Only jobs that write this destination table.
- `name`: Only jobs matching this name. The service documents this filter as the name of the data source; it most likely matches the job's name.
- `page_num`: Which page to return, from 1.
- `page_size`: Most items to return in the page.
- `sorter_status`: Sort by job status.
- `src_db_name`: Only jobs reading from this source database.
- `src_table_name`: Only jobs that migrate this source table.
- `status`: Only jobs in this status.
- `stopped`: Only stopped jobs (`1`) or only jobs that were not stopped (`0`). An integer here, although the job field it filters on is a boolean.
- `timer_id`: Only jobs created by the timer with this identifier.
```ignore
let response = client.list_mms_jobs()
    .source_id(source_id)
    .dst_db_name(dst_db_name)
    .dst_table_name(dst_table_name)
    .name(name)
    .page_num(page_num)
    .page_size(page_size)
    .sorter_status(sorter_status)
    .src_db_name(src_db_name)
    .src_table_name(src_table_name)
    .status(status)
    .stopped(stopped)
    .timer_id(timer_id)
    .send()
    .await;
```*/
    pub fn list_mms_jobs(&self) -> builder::ListMmsJobs<'_> {
        builder::ListMmsJobs::new(self)
    }
    /**Create a migration job

Creates a migration job of a whole database (with optional white and black lists), a list of tables, or a list of partitions; which of `tables`, `partitions` or neither is given decides the job type. Creation is asynchronous: follow the returned task with `GetMmsAsyncTask`; once it is DONE its `objectId` names the new job. RAM action `odps:CreateMmsJob`.

Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/jobs`

Arguments:
- `source_id`: Identifier of the data source.
- `body`: What to migrate, where to, and how.
```ignore
let response = client.create_mms_job()
    .source_id(source_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_mms_job(&self) -> builder::CreateMmsJob<'_> {
        builder::CreateMmsJob::new(self)
    }
    /**Read one migration job

Returns a migration job of a data source: what it migrates, where to, its status and how many of its tasks are done. RAM action `odps:GetMmsJob`, access level get.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}`

Arguments:
- `source_id`: Identifier of the data source.
- `job_id`: Identifier of the migration job.
```ignore
let response = client.get_mms_job()
    .source_id(source_id)
    .job_id(job_id)
    .send()
    .await;
```*/
    pub fn get_mms_job(&self) -> builder::GetMmsJob<'_> {
        builder::GetMmsJob::new(self)
    }
    /**Delete a migration job

Removes a migration job. The service takes a POST on the job's path for this, not a DELETE. RAM action `odps:DeleteMmsJob`.

Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}`

Arguments:
- `source_id`: Identifier of the data source.
- `job_id`: Identifier of the migration job.
```ignore
let response = client.delete_mms_job()
    .source_id(source_id)
    .job_id(job_id)
    .send()
    .await;
```*/
    pub fn delete_mms_job(&self) -> builder::DeleteMmsJob<'_> {
        builder::DeleteMmsJob::new(self)
    }
    /**Resume a stopped migration job

Clears the stopped flag of a job and resumes the tasks that were interrupted. RAM action `odps:StartMmsJob`.

Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/start`

Arguments:
- `source_id`: Identifier of the data source.
- `job_id`: Identifier of the migration job.
```ignore
let response = client.start_mms_job()
    .source_id(source_id)
    .job_id(job_id)
    .send()
    .await;
```*/
    pub fn start_mms_job(&self) -> builder::StartMmsJob<'_> {
        builder::StartMmsJob::new(self)
    }
    /**Stop a migration job

Marks a job stopped and cancels its running tasks; its status stays what it was. RAM action `odps:StopMmsJob`.

Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/stop`

Arguments:
- `source_id`: Identifier of the data source.
- `job_id`: Identifier of the migration job.
```ignore
let response = client.stop_mms_job()
    .source_id(source_id)
    .job_id(job_id)
    .send()
    .await;
```*/
    pub fn stop_mms_job(&self) -> builder::StopMmsJob<'_> {
        builder::StopMmsJob::new(self)
    }
    /**Retry the failed tasks of a migration job

Queues again every task of the job that ended in a failed state; each resumes from the phase that failed. RAM action `odps:RetryMmsJob`.

Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/retry`

Arguments:
- `source_id`: Identifier of the data source.
- `job_id`: Identifier of the migration job.
```ignore
let response = client.retry_mms_job()
    .source_id(source_id)
    .job_id(job_id)
    .send()
    .await;
```*/
    pub fn retry_mms_job(&self) -> builder::RetryMmsJob<'_> {
        builder::RetryMmsJob::new(self)
    }
    /**List migration tasks

Returns the tasks of a data source's jobs, a page at a time, filtered by job, source and destination, partition and status. RAM action `odps:ListMmsTasks`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/tasks`

Arguments:
- `source_id`: Identifier of the data source.
- `dst_db_name`: Only tasks writing into this MaxCompute project.
- `dst_table_name`: Only tasks writing this destination table.
- `job_id`: Only tasks of the job with this identifier.
- `job_name`: Only tasks of jobs matching this name.
- `page_num`: Which page to return, from 1.
- `page_size`: Most items to return in the page.
- `partition`: Only tasks covering this partition, given as a spec such as `p1=1/p2=abc`.
- `sorter_start_time`: Sort by the start of the latest run.
- `sorter_status`: Sort by task status.
- `src_db_name`: Only tasks reading from this source database.
- `src_table_name`: Only tasks reading this source table.
- `status`: Only tasks in this status (one status per call).
```ignore
let response = client.list_mms_tasks()
    .source_id(source_id)
    .dst_db_name(dst_db_name)
    .dst_table_name(dst_table_name)
    .job_id(job_id)
    .job_name(job_name)
    .page_num(page_num)
    .page_size(page_size)
    .partition(partition)
    .sorter_start_time(sorter_start_time)
    .sorter_status(sorter_status)
    .src_db_name(src_db_name)
    .src_table_name(src_table_name)
    .status(status)
    .send()
    .await;
```*/
    pub fn list_mms_tasks(&self) -> builder::ListMmsTasks<'_> {
        builder::ListMmsTasks::new(self)
    }
    /**Read one migration task

Returns a migration task: the table it copies, where to, its status, retries and timings. RAM action `odps:GetMmsTask`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/tasks/{taskId}`

Arguments:
- `source_id`: Identifier of the data source.
- `task_id`: Identifier of the migration task.
```ignore
let response = client.get_mms_task()
    .source_id(source_id)
    .task_id(task_id)
    .send()
    .await;
```*/
    pub fn get_mms_task(&self) -> builder::GetMmsTask<'_> {
        builder::GetMmsTask::new(self)
    }
    /**Retry one migration task

Queues a failed task again; it resumes from the phase that failed. RAM action `odps:RetryMmsTask`.

Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/retry`

Arguments:
- `source_id`: Identifier of the data source.
- `task_id`: Identifier of the migration task.
```ignore
let response = client.retry_mms_task()
    .source_id(source_id)
    .task_id(task_id)
    .send()
    .await;
```*/
    pub fn retry_mms_task(&self) -> builder::RetryMmsTask<'_> {
        builder::RetryMmsTask::new(self)
    }
    /**Read the log of a migration task

Returns the steps a task went through and what each reported; the reason of a failure is in the `msg` of the failed step. RAM action `odps:ListMmsTaskLogs`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/logs`

Arguments:
- `source_id`: Identifier of the data source.
- `task_id`: Identifier of the migration task.
```ignore
let response = client.list_mms_task_logs()
    .source_id(source_id)
    .task_id(task_id)
    .send()
    .await;
```*/
    pub fn list_mms_task_logs(&self) -> builder::ListMmsTaskLogs<'_> {
        builder::ListMmsTaskLogs::new(self)
    }
    /**List the timers of a data source

Returns the timers of a data source, a page at a time. RAM action `odps:ListMmsTimers`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/timers`

Arguments:
- `source_id`: Identifier of the data source.
- `name`: Only timers matching this name. The service documents this filter as a table name; it most likely matches the timer's name.
- `page_num`: Which page to return, from 1.
- `page_size`: Most items to return in the page.
- `src_db_name`: Only timers reading from this source database.
- `src_table_name`: Only timers that migrate this source table.
- `stopped`: Only paused timers (`true`) or only running ones (`false`). A boolean here, unlike the `stopped` filter of `ListMmsJobs`.
```ignore
let response = client.list_mms_timers()
    .source_id(source_id)
    .name(name)
    .page_num(page_num)
    .page_size(page_size)
    .src_db_name(src_db_name)
    .src_table_name(src_table_name)
    .stopped(stopped)
    .send()
    .await;
```*/
    pub fn list_mms_timers(&self) -> builder::ListMmsTimers<'_> {
        builder::ListMmsTimers::new(self)
    }
    /**Create a timer

Creates a timer that creates a migration job of the given scope every day or every hour, typically to keep a destination in step with an incremental source. RAM action `odps:CreateMmsTimer`.

Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/timers`

Arguments:
- `source_id`: Identifier of the data source.
- `body`: The schedule, and what the jobs it creates migrate.
```ignore
let response = client.create_mms_timer()
    .source_id(source_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_mms_timer(&self) -> builder::CreateMmsTimer<'_> {
        builder::CreateMmsTimer::new(self)
    }
    /**Read one timer

Returns a timer: its schedule, whether it is paused, and the configuration of the jobs it creates. RAM action `odps:GetMmsTimer`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/timers/{timerId}`

Arguments:
- `source_id`: Identifier of the data source.
- `timer_id`: Identifier of the timer.
```ignore
let response = client.get_mms_timer()
    .source_id(source_id)
    .timer_id(timer_id)
    .send()
    .await;
```*/
    pub fn get_mms_timer(&self) -> builder::GetMmsTimer<'_> {
        builder::GetMmsTimer::new(self)
    }
    /**Change or pause a timer

Changes the schedule or the table lists of a timer, or pauses and resumes it. RAM action `odps:UpdateMmsTimer`.

Sends a `PUT` request to `/api/v1/mms/datasources/{sourceId}/timers/{timerId}`

Arguments:
- `source_id`: Identifier of the data source.
- `timer_id`: Identifier of the timer.
- `body`: The fields to change; absent fields keep their value.
```ignore
let response = client.update_mms_timer()
    .source_id(source_id)
    .timer_id(timer_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_mms_timer(&self) -> builder::UpdateMmsTimer<'_> {
        builder::UpdateMmsTimer::new(self)
    }
    /**Delete a timer

Removes a timer. RAM action `odps:DeleteMmsTimer`.

Sends a `DELETE` request to `/api/v1/mms/datasources/{sourceId}/timers/{timerId}`

Arguments:
- `source_id`: Identifier of the data source.
- `timer_id`: Identifier of the timer.
```ignore
let response = client.delete_mms_timer()
    .source_id(source_id)
    .timer_id(timer_id)
    .send()
    .await;
```*/
    pub fn delete_mms_timer(&self) -> builder::DeleteMmsTimer<'_> {
        builder::DeleteMmsTimer::new(self)
    }
    /**Run a timer now

Makes a timer create its job now, outside its schedule. RAM action `odps:TriggerMmsTimer`.

Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/timers/{timerId}/trigger`

Arguments:
- `source_id`: Identifier of the data source.
- `timer_id`: Identifier of the timer.
```ignore
let response = client.trigger_mms_timer()
    .source_id(source_id)
    .timer_id(timer_id)
    .send()
    .await;
```*/
    pub fn trigger_mms_timer(&self) -> builder::TriggerMmsTimer<'_> {
        builder::TriggerMmsTimer::new(self)
    }
    /**Read the log of a timer

Returns what each run of a timer did, a page at a time; each entry is the asynchronous task that created a job. RAM action `odps:ListMmsTimerLogs`.

Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/timers/{timerId}/logs`

Arguments:
- `source_id`: Identifier of the data source.
- `timer_id`: Identifier of the timer.
- `page_num`: Which page to return, from 1.
- `page_size`: Most items to return in the page.
```ignore
let response = client.list_mms_timer_logs()
    .source_id(source_id)
    .timer_id(timer_id)
    .page_num(page_num)
    .page_size(page_size)
    .send()
    .await;
```*/
    pub fn list_mms_timer_logs(&self) -> builder::ListMmsTimerLogs<'_> {
        builder::ListMmsTimerLogs::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_mms_data_sources`]

[`Client::list_mms_data_sources`]: super::Client::list_mms_data_sources*/
    #[derive(Debug, Clone)]
    pub struct ListMmsDataSources<'a> {
        client: &'a super::Client,
        name: Result<Option<::std::string::String>, String>,
        page_num: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        region: Result<Option<::std::string::String>, String>,
        type_: Result<Option<crate::open_enum::DataSourceType>, String>,
    }
    impl<'a> ListMmsDataSources<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                name: Ok(None),
                page_num: Ok(None),
                page_size: Ok(None),
                region: Ok(None),
                type_: Ok(None),
            }
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_num failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn region<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.region = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for region failed"
                        .to_string()
                });
            self
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::open_enum::DataSourceType>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: open_enum :: DataSourceType` for type_ failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListMmsDataSourcesResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, name, page_num, page_size, region, type_ } = self;
            let name = name.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let region = region.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/mms/datasources", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("region", &region))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_mms_data_sources",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_mms_data_source`]

[`Client::create_mms_data_source`]: super::Client::create_mms_data_source*/
    #[derive(Debug, Clone)]
    pub struct CreateMmsDataSource<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateMmsDataSourceRequest, String>,
    }
    impl<'a> CreateMmsDataSource<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateMmsDataSourceRequest>,
            <V as std::convert::TryInto<
                types::CreateMmsDataSourceRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateMmsDataSourceRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateMmsDataSourceRequest,
            ) -> types::builder::CreateMmsDataSourceRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/mms/datasources`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateMmsDataSourceResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateMmsDataSourceRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/mms/datasources", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_mms_data_source",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_mms_data_source`]

[`Client::get_mms_data_source`]: super::Client::get_mms_data_source*/
    #[derive(Debug, Clone)]
    pub struct GetMmsDataSource<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        lang: Result<Option<types::Lang>, String>,
        with_config: Result<Option<bool>, String>,
    }
    impl<'a> GetMmsDataSource<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                lang: Ok(None),
                with_config: Ok(None),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn lang<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Lang>,
        {
            self.lang = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Lang` for lang failed".to_string());
            self
        }
        pub fn with_config<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.with_config = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for with_config failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetMmsDataSourceResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, lang, with_config } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let lang = lang.map_err(Error::InvalidRequest)?;
            let with_config = with_config.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}", client.baseurl, encode_path(& source_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("lang", &lang))
                .query(&progenitor_client::QueryParam::new("withConfig", &with_config))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_mms_data_source",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_mms_data_source`]

[`Client::update_mms_data_source`]: super::Client::update_mms_data_source*/
    #[derive(Debug, Clone)]
    pub struct UpdateMmsDataSource<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        body: Result<types::builder::UpdateMmsDataSourceRequest, String>,
    }
    impl<'a> UpdateMmsDataSource<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateMmsDataSourceRequest>,
            <V as std::convert::TryInto<
                types::UpdateMmsDataSourceRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateMmsDataSourceRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateMmsDataSourceRequest,
            ) -> types::builder::UpdateMmsDataSourceRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/mms/datasources/{sourceId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateMmsDataSourceResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, body } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateMmsDataSourceRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}", client.baseurl, encode_path(& source_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_mms_data_source",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_mms_data_source`]

[`Client::delete_mms_data_source`]: super::Client::delete_mms_data_source*/
    #[derive(Debug, Clone)]
    pub struct DeleteMmsDataSource<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
    }
    impl<'a> DeleteMmsDataSource<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/v1/mms/datasources/{sourceId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeleteMmsDataSourceResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}", client.baseurl, encode_path(& source_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_mms_data_source",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_mms_data_source_config_items`]

[`Client::list_mms_data_source_config_items`]: super::Client::list_mms_data_source_config_items*/
    #[derive(Debug, Clone)]
    pub struct ListMmsDataSourceConfigItems<'a> {
        client: &'a super::Client,
        lang: Result<Option<types::Lang>, String>,
        source_type: Result<Option<crate::open_enum::DataSourceType>, String>,
    }
    impl<'a> ListMmsDataSourceConfigItems<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                lang: Ok(None),
                source_type: Ok(None),
            }
        }
        pub fn lang<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Lang>,
        {
            self.lang = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Lang` for lang failed".to_string());
            self
        }
        pub fn source_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::open_enum::DataSourceType>,
        {
            self.source_type = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: open_enum :: DataSourceType` for source_type failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/configItems`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListMmsDataSourceConfigItemsResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, lang, source_type } = self;
            let lang = lang.map_err(Error::InvalidRequest)?;
            let source_type = source_type.map_err(Error::InvalidRequest)?;
            let url = format!("{}/api/v1/mms/configItems", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("lang", &lang))
                .query(&progenitor_client::QueryParam::new("sourceType", &source_type))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_mms_data_source_config_items",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_mms_fetch_metadata_job`]

[`Client::create_mms_fetch_metadata_job`]: super::Client::create_mms_fetch_metadata_job*/
    #[derive(Debug, Clone)]
    pub struct CreateMmsFetchMetadataJob<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        body: Result<types::builder::CreateMmsFetchMetadataJobRequest, String>,
    }
    impl<'a> CreateMmsFetchMetadataJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateMmsFetchMetadataJobRequest>,
            <V as std::convert::TryInto<
                types::CreateMmsFetchMetadataJobRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateMmsFetchMetadataJobRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateMmsFetchMetadataJobRequest,
            ) -> types::builder::CreateMmsFetchMetadataJobRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/scans`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateMmsFetchMetadataJobResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, body } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateMmsFetchMetadataJobRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/scans", client.baseurl, encode_path(&
                source_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_mms_fetch_metadata_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_mms_fetch_metadata_job`]

[`Client::get_mms_fetch_metadata_job`]: super::Client::get_mms_fetch_metadata_job*/
    #[derive(Debug, Clone)]
    pub struct GetMmsFetchMetadataJob<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        scan_id: Result<i64, String>,
    }
    impl<'a> GetMmsFetchMetadataJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                scan_id: Err("scan_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn scan_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.scan_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for scan_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/scans/{scanId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetMmsFetchMetadataJobResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, scan_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let scan_id = scan_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/scans/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& scan_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_mms_fetch_metadata_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_mms_async_task`]

[`Client::get_mms_async_task`]: super::Client::get_mms_async_task*/
    #[derive(Debug, Clone)]
    pub struct GetMmsAsyncTask<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        async_task_id: Result<i64, String>,
    }
    impl<'a> GetMmsAsyncTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                async_task_id: Err("async_task_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn async_task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.async_task_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for async_task_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/asyncTasks/{asyncTaskId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetMmsAsyncTaskResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, async_task_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let async_task_id = async_task_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/asyncTasks/{}", client.baseurl,
                encode_path(& source_id.to_string()), encode_path(& async_task_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_mms_async_task",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_mms_dbs`]

[`Client::list_mms_dbs`]: super::Client::list_mms_dbs*/
    #[derive(Debug, Clone)]
    pub struct ListMmsDbs<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        name: Result<Option<::std::string::String>, String>,
        page_num: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        sorter: Result<Option<::std::string::String>, String>,
        status: Result<Option<crate::open_enum::MigrationStatus>, String>,
    }
    impl<'a> ListMmsDbs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                name: Ok(None),
                page_num: Ok(None),
                page_size: Ok(None),
                sorter: Ok(None),
                status: Ok(None),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_num failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn sorter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sorter = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sorter failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::open_enum::MigrationStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: open_enum :: MigrationStatus` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/dbs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListMmsDbsResponse>, Error<types::ErrorBody>> {
            let Self { client, source_id, name, page_num, page_size, sorter, status } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let sorter = sorter.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/dbs", client.baseurl, encode_path(&
                source_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("sorter", &sorter))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_mms_dbs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_mms_db`]

[`Client::get_mms_db`]: super::Client::get_mms_db*/
    #[derive(Debug, Clone)]
    pub struct GetMmsDb<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        db_id: Result<i64, String>,
    }
    impl<'a> GetMmsDb<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                db_id: Err("db_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn db_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.db_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for db_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/dbs/{dbId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetMmsDbResponse>, Error<types::ErrorBody>> {
            let Self { client, source_id, db_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let db_id = db_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/dbs/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& db_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_mms_db",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_mms_db`]

[`Client::update_mms_db`]: super::Client::update_mms_db*/
    #[derive(Debug, Clone)]
    pub struct UpdateMmsDb<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        db_id: Result<i64, String>,
        body: Result<types::builder::UpdateMmsDbRequest, String>,
    }
    impl<'a> UpdateMmsDb<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                db_id: Err("db_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn db_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.db_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for db_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateMmsDbRequest>,
            <V as std::convert::TryInto<
                types::UpdateMmsDbRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateMmsDbRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateMmsDbRequest,
            ) -> types::builder::UpdateMmsDbRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/mms/datasources/{sourceId}/dbs/{dbId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UpdateMmsDbResponse>, Error<types::ErrorBody>> {
            let Self { client, source_id, db_id, body } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let db_id = db_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateMmsDbRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/dbs/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& db_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_mms_db",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_mms_tables`]

[`Client::list_mms_tables`]: super::Client::list_mms_tables*/
    #[derive(Debug, Clone)]
    pub struct ListMmsTables<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        db_id: Result<Option<i64>, String>,
        db_name: Result<Option<::std::string::String>, String>,
        dst_name: Result<Option<::std::string::String>, String>,
        dst_project_name: Result<Option<::std::string::String>, String>,
        dst_schema_name: Result<Option<::std::string::String>, String>,
        has_partitions: Result<Option<bool>, String>,
        last_ddl_time_end: Result<Option<::std::string::String>, String>,
        last_ddl_time_start: Result<Option<::std::string::String>, String>,
        name: Result<Option<::std::string::String>, String>,
        only_name: Result<Option<bool>, String>,
        page_num: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        sorter_last_ddl_time: Result<Option<types::SortOrder>, String>,
        sorter_num_rows: Result<Option<types::SortOrder>, String>,
        sorter_size: Result<Option<types::SortOrder>, String>,
        status: Result<Option<::std::string::String>, String>,
        type_: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListMmsTables<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                db_id: Ok(None),
                db_name: Ok(None),
                dst_name: Ok(None),
                dst_project_name: Ok(None),
                dst_schema_name: Ok(None),
                has_partitions: Ok(None),
                last_ddl_time_end: Ok(None),
                last_ddl_time_start: Ok(None),
                name: Ok(None),
                only_name: Ok(None),
                page_num: Ok(None),
                page_size: Ok(None),
                sorter_last_ddl_time: Ok(None),
                sorter_num_rows: Ok(None),
                sorter_size: Ok(None),
                status: Ok(None),
                type_: Ok(None),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn db_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.db_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for db_id failed".to_string());
            self
        }
        pub fn db_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.db_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for db_name failed"
                        .to_string()
                });
            self
        }
        pub fn dst_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.dst_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for dst_name failed"
                        .to_string()
                });
            self
        }
        pub fn dst_project_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.dst_project_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for dst_project_name failed"
                        .to_string()
                });
            self
        }
        pub fn dst_schema_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.dst_schema_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for dst_schema_name failed"
                        .to_string()
                });
            self
        }
        pub fn has_partitions<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.has_partitions = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for has_partitions failed".to_string()
                });
            self
        }
        pub fn last_ddl_time_end<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.last_ddl_time_end = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for last_ddl_time_end failed"
                        .to_string()
                });
            self
        }
        pub fn last_ddl_time_start<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.last_ddl_time_start = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for last_ddl_time_start failed"
                        .to_string()
                });
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn only_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.only_name = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for only_name failed".to_string());
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_num failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn sorter_last_ddl_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sorter_last_ddl_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sorter_last_ddl_time failed"
                        .to_string()
                });
            self
        }
        pub fn sorter_num_rows<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sorter_num_rows = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sorter_num_rows failed".to_string()
                });
            self
        }
        pub fn sorter_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sorter_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sorter_size failed".to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for status failed"
                        .to_string()
                });
            self
        }
        pub fn type_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.type_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for type_ failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/tables`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListMmsTablesResponse>,
            Error<types::ErrorBody>,
        > {
            let Self {
                client,
                source_id,
                db_id,
                db_name,
                dst_name,
                dst_project_name,
                dst_schema_name,
                has_partitions,
                last_ddl_time_end,
                last_ddl_time_start,
                name,
                only_name,
                page_num,
                page_size,
                sorter_last_ddl_time,
                sorter_num_rows,
                sorter_size,
                status,
                type_,
            } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let db_id = db_id.map_err(Error::InvalidRequest)?;
            let db_name = db_name.map_err(Error::InvalidRequest)?;
            let dst_name = dst_name.map_err(Error::InvalidRequest)?;
            let dst_project_name = dst_project_name.map_err(Error::InvalidRequest)?;
            let dst_schema_name = dst_schema_name.map_err(Error::InvalidRequest)?;
            let has_partitions = has_partitions.map_err(Error::InvalidRequest)?;
            let last_ddl_time_end = last_ddl_time_end.map_err(Error::InvalidRequest)?;
            let last_ddl_time_start = last_ddl_time_start
                .map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let only_name = only_name.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let sorter_last_ddl_time = sorter_last_ddl_time
                .map_err(Error::InvalidRequest)?;
            let sorter_num_rows = sorter_num_rows.map_err(Error::InvalidRequest)?;
            let sorter_size = sorter_size.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let type_ = type_.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/tables", client.baseurl, encode_path(&
                source_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("dbId", &db_id))
                .query(&progenitor_client::QueryParam::new("dbName", &db_name))
                .query(&progenitor_client::QueryParam::new("dstName", &dst_name))
                .query(
                    &progenitor_client::QueryParam::new(
                        "dstProjectName",
                        &dst_project_name,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "dstSchemaName",
                        &dst_schema_name,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("hasPartitions", &has_partitions),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "lastDdlTimeEnd",
                        &last_ddl_time_end,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "lastDdlTimeStart",
                        &last_ddl_time_start,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("onlyName", &only_name))
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new(
                        "sorter.lastDdlTime",
                        &sorter_last_ddl_time,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "sorter.numRows",
                        &sorter_num_rows,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("sorter.size", &sorter_size))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("type", &type_))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_mms_tables",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_mms_tables`]

[`Client::update_mms_tables`]: super::Client::update_mms_tables*/
    #[derive(Debug, Clone)]
    pub struct UpdateMmsTables<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        body: Result<types::builder::UpdateMmsTablesRequest, String>,
    }
    impl<'a> UpdateMmsTables<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateMmsTablesRequest>,
            <V as std::convert::TryInto<
                types::UpdateMmsTablesRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateMmsTablesRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateMmsTablesRequest,
            ) -> types::builder::UpdateMmsTablesRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/mms/datasources/{sourceId}/tables`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateMmsTablesResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, body } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateMmsTablesRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/tables", client.baseurl, encode_path(&
                source_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_mms_tables",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_mms_table`]

[`Client::get_mms_table`]: super::Client::get_mms_table*/
    #[derive(Debug, Clone)]
    pub struct GetMmsTable<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        table_id: Result<i64, String>,
    }
    impl<'a> GetMmsTable<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                table_id: Err("table_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn table_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.table_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for table_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/tables/{tableId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetMmsTableResponse>, Error<types::ErrorBody>> {
            let Self { client, source_id, table_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let table_id = table_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/tables/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& table_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_mms_table",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_mms_table`]

[`Client::update_mms_table`]: super::Client::update_mms_table*/
    #[derive(Debug, Clone)]
    pub struct UpdateMmsTable<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        table_id: Result<i64, String>,
        body: Result<types::builder::UpdateMmsTableRequest, String>,
    }
    impl<'a> UpdateMmsTable<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                table_id: Err("table_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn table_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.table_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for table_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateMmsTableRequest>,
            <V as std::convert::TryInto<
                types::UpdateMmsTableRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateMmsTableRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateMmsTableRequest,
            ) -> types::builder::UpdateMmsTableRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/mms/datasources/{sourceId}/tables/{tableId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateMmsTableResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, table_id, body } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let table_id = table_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateMmsTableRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/tables/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& table_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_mms_table",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_mms_partitions`]

[`Client::list_mms_partitions`]: super::Client::list_mms_partitions*/
    #[derive(Debug, Clone)]
    pub struct ListMmsPartitions<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        db_id: Result<Option<i64>, String>,
        db_name: Result<Option<::std::string::String>, String>,
        last_ddl_time_end: Result<Option<::std::string::String>, String>,
        last_ddl_time_start: Result<Option<::std::string::String>, String>,
        page_num: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        sorter_last_ddl_time: Result<Option<types::SortOrder>, String>,
        sorter_num_rows: Result<Option<types::SortOrder>, String>,
        sorter_size: Result<Option<types::SortOrder>, String>,
        status: Result<Option<::std::string::String>, String>,
        table_id: Result<Option<i64>, String>,
        table_name: Result<Option<::std::string::String>, String>,
        updated: Result<Option<bool>, String>,
        value: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListMmsPartitions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                db_id: Ok(None),
                db_name: Ok(None),
                last_ddl_time_end: Ok(None),
                last_ddl_time_start: Ok(None),
                page_num: Ok(None),
                page_size: Ok(None),
                sorter_last_ddl_time: Ok(None),
                sorter_num_rows: Ok(None),
                sorter_size: Ok(None),
                status: Ok(None),
                table_id: Ok(None),
                table_name: Ok(None),
                updated: Ok(None),
                value: Ok(None),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn db_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.db_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for db_id failed".to_string());
            self
        }
        pub fn db_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.db_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for db_name failed"
                        .to_string()
                });
            self
        }
        pub fn last_ddl_time_end<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.last_ddl_time_end = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for last_ddl_time_end failed"
                        .to_string()
                });
            self
        }
        pub fn last_ddl_time_start<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.last_ddl_time_start = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for last_ddl_time_start failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_num failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn sorter_last_ddl_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sorter_last_ddl_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sorter_last_ddl_time failed"
                        .to_string()
                });
            self
        }
        pub fn sorter_num_rows<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sorter_num_rows = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sorter_num_rows failed".to_string()
                });
            self
        }
        pub fn sorter_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sorter_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sorter_size failed".to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for status failed"
                        .to_string()
                });
            self
        }
        pub fn table_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.table_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for table_id failed".to_string());
            self
        }
        pub fn table_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.table_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for table_name failed"
                        .to_string()
                });
            self
        }
        pub fn updated<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.updated = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for updated failed".to_string());
            self
        }
        pub fn value<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.value = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for value failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/partitions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListMmsPartitionsResponse>,
            Error<types::ErrorBody>,
        > {
            let Self {
                client,
                source_id,
                db_id,
                db_name,
                last_ddl_time_end,
                last_ddl_time_start,
                page_num,
                page_size,
                sorter_last_ddl_time,
                sorter_num_rows,
                sorter_size,
                status,
                table_id,
                table_name,
                updated,
                value,
            } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let db_id = db_id.map_err(Error::InvalidRequest)?;
            let db_name = db_name.map_err(Error::InvalidRequest)?;
            let last_ddl_time_end = last_ddl_time_end.map_err(Error::InvalidRequest)?;
            let last_ddl_time_start = last_ddl_time_start
                .map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let sorter_last_ddl_time = sorter_last_ddl_time
                .map_err(Error::InvalidRequest)?;
            let sorter_num_rows = sorter_num_rows.map_err(Error::InvalidRequest)?;
            let sorter_size = sorter_size.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let table_id = table_id.map_err(Error::InvalidRequest)?;
            let table_name = table_name.map_err(Error::InvalidRequest)?;
            let updated = updated.map_err(Error::InvalidRequest)?;
            let value = value.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/partitions", client.baseurl, encode_path(&
                source_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("dbId", &db_id))
                .query(&progenitor_client::QueryParam::new("dbName", &db_name))
                .query(
                    &progenitor_client::QueryParam::new(
                        "lastDdlTimeEnd",
                        &last_ddl_time_end,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "lastDdlTimeStart",
                        &last_ddl_time_start,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new(
                        "sorter.lastDdlTime",
                        &sorter_last_ddl_time,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "sorter.numRows",
                        &sorter_num_rows,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("sorter.size", &sorter_size))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("tableId", &table_id))
                .query(&progenitor_client::QueryParam::new("tableName", &table_name))
                .query(&progenitor_client::QueryParam::new("updated", &updated))
                .query(&progenitor_client::QueryParam::new("value", &value))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_mms_partitions",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_mms_partition`]

[`Client::get_mms_partition`]: super::Client::get_mms_partition*/
    #[derive(Debug, Clone)]
    pub struct GetMmsPartition<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        partition_id: Result<i64, String>,
    }
    impl<'a> GetMmsPartition<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                partition_id: Err("partition_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn partition_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.partition_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for partition_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/partitions/{partitionId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetMmsPartitionResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, partition_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let partition_id = partition_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/partitions/{}", client.baseurl,
                encode_path(& source_id.to_string()), encode_path(& partition_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_mms_partition",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_mms_jobs`]

[`Client::list_mms_jobs`]: super::Client::list_mms_jobs*/
    #[derive(Debug, Clone)]
    pub struct ListMmsJobs<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        dst_db_name: Result<Option<::std::string::String>, String>,
        dst_table_name: Result<Option<::std::string::String>, String>,
        name: Result<Option<::std::string::String>, String>,
        page_num: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        sorter_status: Result<Option<types::SortOrder>, String>,
        src_db_name: Result<Option<::std::string::String>, String>,
        src_table_name: Result<Option<::std::string::String>, String>,
        status: Result<Option<crate::open_enum::JobStatus>, String>,
        stopped: Result<Option<i64>, String>,
        timer_id: Result<Option<i64>, String>,
    }
    impl<'a> ListMmsJobs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                dst_db_name: Ok(None),
                dst_table_name: Ok(None),
                name: Ok(None),
                page_num: Ok(None),
                page_size: Ok(None),
                sorter_status: Ok(None),
                src_db_name: Ok(None),
                src_table_name: Ok(None),
                status: Ok(None),
                stopped: Ok(None),
                timer_id: Ok(None),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn dst_db_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.dst_db_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for dst_db_name failed"
                        .to_string()
                });
            self
        }
        pub fn dst_table_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.dst_table_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for dst_table_name failed"
                        .to_string()
                });
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_num failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn sorter_status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sorter_status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sorter_status failed".to_string()
                });
            self
        }
        pub fn src_db_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.src_db_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for src_db_name failed"
                        .to_string()
                });
            self
        }
        pub fn src_table_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.src_table_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for src_table_name failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::open_enum::JobStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: open_enum :: JobStatus` for status failed"
                        .to_string()
                });
            self
        }
        pub fn stopped<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.stopped = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for stopped failed".to_string());
            self
        }
        pub fn timer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.timer_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for timer_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/jobs`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ListMmsJobsResponse>, Error<types::ErrorBody>> {
            let Self {
                client,
                source_id,
                dst_db_name,
                dst_table_name,
                name,
                page_num,
                page_size,
                sorter_status,
                src_db_name,
                src_table_name,
                status,
                stopped,
                timer_id,
            } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let dst_db_name = dst_db_name.map_err(Error::InvalidRequest)?;
            let dst_table_name = dst_table_name.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let sorter_status = sorter_status.map_err(Error::InvalidRequest)?;
            let src_db_name = src_db_name.map_err(Error::InvalidRequest)?;
            let src_table_name = src_table_name.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let stopped = stopped.map_err(Error::InvalidRequest)?;
            let timer_id = timer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/jobs", client.baseurl, encode_path(&
                source_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("dstDbName", &dst_db_name))
                .query(
                    &progenitor_client::QueryParam::new("dstTableName", &dst_table_name),
                )
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(
                    &progenitor_client::QueryParam::new("sorter.status", &sorter_status),
                )
                .query(&progenitor_client::QueryParam::new("srcDbName", &src_db_name))
                .query(
                    &progenitor_client::QueryParam::new("srcTableName", &src_table_name),
                )
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("stopped", &stopped))
                .query(&progenitor_client::QueryParam::new("timerId", &timer_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_mms_jobs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_mms_job`]

[`Client::create_mms_job`]: super::Client::create_mms_job*/
    #[derive(Debug, Clone)]
    pub struct CreateMmsJob<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        body: Result<types::builder::CreateMmsJobRequest, String>,
    }
    impl<'a> CreateMmsJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateMmsJobRequest>,
            <V as std::convert::TryInto<
                types::CreateMmsJobRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CreateMmsJobRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateMmsJobRequest,
            ) -> types::builder::CreateMmsJobRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/jobs`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateMmsJobResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, body } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateMmsJobRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/jobs", client.baseurl, encode_path(&
                source_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_mms_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_mms_job`]

[`Client::get_mms_job`]: super::Client::get_mms_job*/
    #[derive(Debug, Clone)]
    pub struct GetMmsJob<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        job_id: Result<i64, String>,
    }
    impl<'a> GetMmsJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                job_id: Err("job_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.job_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for job_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetMmsJobResponse>, Error<types::ErrorBody>> {
            let Self { client, source_id, job_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/jobs/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_mms_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_mms_job`]

[`Client::delete_mms_job`]: super::Client::delete_mms_job*/
    #[derive(Debug, Clone)]
    pub struct DeleteMmsJob<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        job_id: Result<i64, String>,
    }
    impl<'a> DeleteMmsJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                job_id: Err("job_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.job_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for job_id failed".to_string());
            self
        }
        ///Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeleteMmsJobResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, job_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/jobs/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_mms_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::start_mms_job`]

[`Client::start_mms_job`]: super::Client::start_mms_job*/
    #[derive(Debug, Clone)]
    pub struct StartMmsJob<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        job_id: Result<i64, String>,
    }
    impl<'a> StartMmsJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                job_id: Err("job_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.job_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for job_id failed".to_string());
            self
        }
        ///Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/start`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::StartMmsJobResponse>, Error<types::ErrorBody>> {
            let Self { client, source_id, job_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/jobs/{}/start", client.baseurl,
                encode_path(& source_id.to_string()), encode_path(& job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "start_mms_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::stop_mms_job`]

[`Client::stop_mms_job`]: super::Client::stop_mms_job*/
    #[derive(Debug, Clone)]
    pub struct StopMmsJob<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        job_id: Result<i64, String>,
    }
    impl<'a> StopMmsJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                job_id: Err("job_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.job_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for job_id failed".to_string());
            self
        }
        ///Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/stop`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::StopMmsJobResponse>, Error<types::ErrorBody>> {
            let Self { client, source_id, job_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/jobs/{}/stop", client.baseurl,
                encode_path(& source_id.to_string()), encode_path(& job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "stop_mms_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::retry_mms_job`]

[`Client::retry_mms_job`]: super::Client::retry_mms_job*/
    #[derive(Debug, Clone)]
    pub struct RetryMmsJob<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        job_id: Result<i64, String>,
    }
    impl<'a> RetryMmsJob<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                job_id: Err("job_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.job_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for job_id failed".to_string());
            self
        }
        ///Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/retry`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::RetryMmsJobResponse>, Error<types::ErrorBody>> {
            let Self { client, source_id, job_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/jobs/{}/retry", client.baseurl,
                encode_path(& source_id.to_string()), encode_path(& job_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "retry_mms_job",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_mms_tasks`]

[`Client::list_mms_tasks`]: super::Client::list_mms_tasks*/
    #[derive(Debug, Clone)]
    pub struct ListMmsTasks<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        dst_db_name: Result<Option<::std::string::String>, String>,
        dst_table_name: Result<Option<::std::string::String>, String>,
        job_id: Result<Option<i64>, String>,
        job_name: Result<Option<::std::string::String>, String>,
        page_num: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        partition: Result<Option<::std::string::String>, String>,
        sorter_start_time: Result<Option<types::SortOrder>, String>,
        sorter_status: Result<Option<types::SortOrder>, String>,
        src_db_name: Result<Option<::std::string::String>, String>,
        src_table_name: Result<Option<::std::string::String>, String>,
        status: Result<Option<crate::open_enum::TaskStatus>, String>,
    }
    impl<'a> ListMmsTasks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                dst_db_name: Ok(None),
                dst_table_name: Ok(None),
                job_id: Ok(None),
                job_name: Ok(None),
                page_num: Ok(None),
                page_size: Ok(None),
                partition: Ok(None),
                sorter_start_time: Ok(None),
                sorter_status: Ok(None),
                src_db_name: Ok(None),
                src_table_name: Ok(None),
                status: Ok(None),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn dst_db_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.dst_db_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for dst_db_name failed"
                        .to_string()
                });
            self
        }
        pub fn dst_table_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.dst_table_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for dst_table_name failed"
                        .to_string()
                });
            self
        }
        pub fn job_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.job_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for job_id failed".to_string());
            self
        }
        pub fn job_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.job_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for job_name failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_num failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn partition<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.partition = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for partition failed"
                        .to_string()
                });
            self
        }
        pub fn sorter_start_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sorter_start_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sorter_start_time failed".to_string()
                });
            self
        }
        pub fn sorter_status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortOrder>,
        {
            self.sorter_status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortOrder` for sorter_status failed".to_string()
                });
            self
        }
        pub fn src_db_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.src_db_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for src_db_name failed"
                        .to_string()
                });
            self
        }
        pub fn src_table_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.src_table_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for src_table_name failed"
                        .to_string()
                });
            self
        }
        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::open_enum::TaskStatus>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: open_enum :: TaskStatus` for status failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/tasks`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListMmsTasksResponse>,
            Error<types::ErrorBody>,
        > {
            let Self {
                client,
                source_id,
                dst_db_name,
                dst_table_name,
                job_id,
                job_name,
                page_num,
                page_size,
                partition,
                sorter_start_time,
                sorter_status,
                src_db_name,
                src_table_name,
                status,
            } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let dst_db_name = dst_db_name.map_err(Error::InvalidRequest)?;
            let dst_table_name = dst_table_name.map_err(Error::InvalidRequest)?;
            let job_id = job_id.map_err(Error::InvalidRequest)?;
            let job_name = job_name.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let partition = partition.map_err(Error::InvalidRequest)?;
            let sorter_start_time = sorter_start_time.map_err(Error::InvalidRequest)?;
            let sorter_status = sorter_status.map_err(Error::InvalidRequest)?;
            let src_db_name = src_db_name.map_err(Error::InvalidRequest)?;
            let src_table_name = src_table_name.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/tasks", client.baseurl, encode_path(&
                source_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("dstDbName", &dst_db_name))
                .query(
                    &progenitor_client::QueryParam::new("dstTableName", &dst_table_name),
                )
                .query(&progenitor_client::QueryParam::new("jobId", &job_id))
                .query(&progenitor_client::QueryParam::new("jobName", &job_name))
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("partition", &partition))
                .query(
                    &progenitor_client::QueryParam::new(
                        "sorter.startTime",
                        &sorter_start_time,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("sorter.status", &sorter_status),
                )
                .query(&progenitor_client::QueryParam::new("srcDbName", &src_db_name))
                .query(
                    &progenitor_client::QueryParam::new("srcTableName", &src_table_name),
                )
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_mms_tasks",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_mms_task`]

[`Client::get_mms_task`]: super::Client::get_mms_task*/
    #[derive(Debug, Clone)]
    pub struct GetMmsTask<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        task_id: Result<i64, String>,
    }
    impl<'a> GetMmsTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                task_id: Err("task_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.task_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for task_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/tasks/{taskId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetMmsTaskResponse>, Error<types::ErrorBody>> {
            let Self { client, source_id, task_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let task_id = task_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/tasks/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& task_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_mms_task",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::retry_mms_task`]

[`Client::retry_mms_task`]: super::Client::retry_mms_task*/
    #[derive(Debug, Clone)]
    pub struct RetryMmsTask<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        task_id: Result<i64, String>,
    }
    impl<'a> RetryMmsTask<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                task_id: Err("task_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.task_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for task_id failed".to_string());
            self
        }
        ///Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/retry`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RetryMmsTaskResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, task_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let task_id = task_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/tasks/{}/retry", client.baseurl,
                encode_path(& source_id.to_string()), encode_path(& task_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "retry_mms_task",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_mms_task_logs`]

[`Client::list_mms_task_logs`]: super::Client::list_mms_task_logs*/
    #[derive(Debug, Clone)]
    pub struct ListMmsTaskLogs<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        task_id: Result<i64, String>,
    }
    impl<'a> ListMmsTaskLogs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                task_id: Err("task_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.task_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for task_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/logs`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListMmsTaskLogsResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, task_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let task_id = task_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/tasks/{}/logs", client.baseurl,
                encode_path(& source_id.to_string()), encode_path(& task_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_mms_task_logs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_mms_timers`]

[`Client::list_mms_timers`]: super::Client::list_mms_timers*/
    #[derive(Debug, Clone)]
    pub struct ListMmsTimers<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        name: Result<Option<::std::string::String>, String>,
        page_num: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
        src_db_name: Result<Option<::std::string::String>, String>,
        src_table_name: Result<Option<::std::string::String>, String>,
        stopped: Result<Option<bool>, String>,
    }
    impl<'a> ListMmsTimers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                name: Ok(None),
                page_num: Ok(None),
                page_size: Ok(None),
                src_db_name: Ok(None),
                src_table_name: Ok(None),
                stopped: Ok(None),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for name failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_num failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn src_db_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.src_db_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for src_db_name failed"
                        .to_string()
                });
            self
        }
        pub fn src_table_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.src_table_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for src_table_name failed"
                        .to_string()
                });
            self
        }
        pub fn stopped<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.stopped = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for stopped failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/timers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListMmsTimersResponse>,
            Error<types::ErrorBody>,
        > {
            let Self {
                client,
                source_id,
                name,
                page_num,
                page_size,
                src_db_name,
                src_table_name,
                stopped,
            } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let name = name.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let src_db_name = src_db_name.map_err(Error::InvalidRequest)?;
            let src_table_name = src_table_name.map_err(Error::InvalidRequest)?;
            let stopped = stopped.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/timers", client.baseurl, encode_path(&
                source_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("name", &name))
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("srcDbName", &src_db_name))
                .query(
                    &progenitor_client::QueryParam::new("srcTableName", &src_table_name),
                )
                .query(&progenitor_client::QueryParam::new("stopped", &stopped))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_mms_timers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_mms_timer`]

[`Client::create_mms_timer`]: super::Client::create_mms_timer*/
    #[derive(Debug, Clone)]
    pub struct CreateMmsTimer<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        body: Result<types::builder::CreateMmsTimerRequest, String>,
    }
    impl<'a> CreateMmsTimer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateMmsTimerRequest>,
            <V as std::convert::TryInto<
                types::CreateMmsTimerRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateMmsTimerRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateMmsTimerRequest,
            ) -> types::builder::CreateMmsTimerRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/timers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateMmsTimerResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, body } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateMmsTimerRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/timers", client.baseurl, encode_path(&
                source_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_mms_timer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_mms_timer`]

[`Client::get_mms_timer`]: super::Client::get_mms_timer*/
    #[derive(Debug, Clone)]
    pub struct GetMmsTimer<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        timer_id: Result<i64, String>,
    }
    impl<'a> GetMmsTimer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                timer_id: Err("timer_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn timer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.timer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for timer_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/timers/{timerId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetMmsTimerResponse>, Error<types::ErrorBody>> {
            let Self { client, source_id, timer_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let timer_id = timer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/timers/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& timer_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_mms_timer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_mms_timer`]

[`Client::update_mms_timer`]: super::Client::update_mms_timer*/
    #[derive(Debug, Clone)]
    pub struct UpdateMmsTimer<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        timer_id: Result<i64, String>,
        body: Result<types::builder::UpdateMmsTimerRequest, String>,
    }
    impl<'a> UpdateMmsTimer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                timer_id: Err("timer_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn timer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.timer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for timer_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateMmsTimerRequest>,
            <V as std::convert::TryInto<
                types::UpdateMmsTimerRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateMmsTimerRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateMmsTimerRequest,
            ) -> types::builder::UpdateMmsTimerRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/v1/mms/datasources/{sourceId}/timers/{timerId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateMmsTimerResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, timer_id, body } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let timer_id = timer_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateMmsTimerRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/timers/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& timer_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_mms_timer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_mms_timer`]

[`Client::delete_mms_timer`]: super::Client::delete_mms_timer*/
    #[derive(Debug, Clone)]
    pub struct DeleteMmsTimer<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        timer_id: Result<i64, String>,
    }
    impl<'a> DeleteMmsTimer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                timer_id: Err("timer_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn timer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.timer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for timer_id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/v1/mms/datasources/{sourceId}/timers/{timerId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeleteMmsTimerResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, timer_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let timer_id = timer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/timers/{}", client.baseurl, encode_path(&
                source_id.to_string()), encode_path(& timer_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_mms_timer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::trigger_mms_timer`]

[`Client::trigger_mms_timer`]: super::Client::trigger_mms_timer*/
    #[derive(Debug, Clone)]
    pub struct TriggerMmsTimer<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        timer_id: Result<i64, String>,
    }
    impl<'a> TriggerMmsTimer<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                timer_id: Err("timer_id was not initialized".to_string()),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn timer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.timer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for timer_id failed".to_string());
            self
        }
        ///Sends a `POST` request to `/api/v1/mms/datasources/{sourceId}/timers/{timerId}/trigger`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::TriggerMmsTimerResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, timer_id } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let timer_id = timer_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/timers/{}/trigger", client.baseurl,
                encode_path(& source_id.to_string()), encode_path(& timer_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "trigger_mms_timer",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_mms_timer_logs`]

[`Client::list_mms_timer_logs`]: super::Client::list_mms_timer_logs*/
    #[derive(Debug, Clone)]
    pub struct ListMmsTimerLogs<'a> {
        client: &'a super::Client,
        source_id: Result<i64, String>,
        timer_id: Result<i64, String>,
        page_num: Result<Option<i64>, String>,
        page_size: Result<Option<i64>, String>,
    }
    impl<'a> ListMmsTimerLogs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                source_id: Err("source_id was not initialized".to_string()),
                timer_id: Err("timer_id was not initialized".to_string()),
                page_num: Ok(None),
                page_size: Ok(None),
            }
        }
        pub fn source_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.source_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for source_id failed".to_string());
            self
        }
        pub fn timer_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.timer_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for timer_id failed".to_string());
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_num failed".to_string());
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v1/mms/datasources/{sourceId}/timers/{timerId}/logs`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListMmsTimerLogsResponse>,
            Error<types::ErrorBody>,
        > {
            let Self { client, source_id, timer_id, page_num, page_size } = self;
            let source_id = source_id.map_err(Error::InvalidRequest)?;
            let timer_id = timer_id.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/v1/mms/datasources/{}/timers/{}/logs", client.baseurl,
                encode_path(& source_id.to_string()), encode_path(& timer_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_mms_timer_logs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The API version every operation is signed with (`x-acs-version`).
pub const API_VERSION: &str = "2022-01-04";
/// Every operation of the spec: its method name, action, HTTP method and path.
pub const ROUTES: &[crate::Route; 36usize] = &[
    crate::Route {
        method_name: "list_mms_data_sources",
        action: "ListMmsDataSources",
        method: "GET",
        path: "/api/v1/mms/datasources",
    },
    crate::Route {
        method_name: "create_mms_data_source",
        action: "CreateMmsDataSource",
        method: "POST",
        path: "/api/v1/mms/datasources",
    },
    crate::Route {
        method_name: "get_mms_data_source",
        action: "GetMmsDataSource",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}",
    },
    crate::Route {
        method_name: "update_mms_data_source",
        action: "UpdateMmsDataSource",
        method: "PUT",
        path: "/api/v1/mms/datasources/{sourceId}",
    },
    crate::Route {
        method_name: "delete_mms_data_source",
        action: "DeleteMmsDataSource",
        method: "DELETE",
        path: "/api/v1/mms/datasources/{sourceId}",
    },
    crate::Route {
        method_name: "list_mms_data_source_config_items",
        action: "ListMmsDataSourceConfigItems",
        method: "GET",
        path: "/api/v1/mms/configItems",
    },
    crate::Route {
        method_name: "create_mms_fetch_metadata_job",
        action: "CreateMmsFetchMetadataJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/scans",
    },
    crate::Route {
        method_name: "get_mms_fetch_metadata_job",
        action: "GetMmsFetchMetadataJob",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/scans/{scanId}",
    },
    crate::Route {
        method_name: "get_mms_async_task",
        action: "GetMmsAsyncTask",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/asyncTasks/{asyncTaskId}",
    },
    crate::Route {
        method_name: "list_mms_dbs",
        action: "ListMmsDbs",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/dbs",
    },
    crate::Route {
        method_name: "get_mms_db",
        action: "GetMmsDb",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/dbs/{dbId}",
    },
    crate::Route {
        method_name: "update_mms_db",
        action: "UpdateMmsDb",
        method: "PUT",
        path: "/api/v1/mms/datasources/{sourceId}/dbs/{dbId}",
    },
    crate::Route {
        method_name: "list_mms_tables",
        action: "ListMmsTables",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/tables",
    },
    crate::Route {
        method_name: "update_mms_tables",
        action: "UpdateMmsTables",
        method: "PUT",
        path: "/api/v1/mms/datasources/{sourceId}/tables",
    },
    crate::Route {
        method_name: "get_mms_table",
        action: "GetMmsTable",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/tables/{tableId}",
    },
    crate::Route {
        method_name: "update_mms_table",
        action: "UpdateMmsTable",
        method: "PUT",
        path: "/api/v1/mms/datasources/{sourceId}/tables/{tableId}",
    },
    crate::Route {
        method_name: "list_mms_partitions",
        action: "ListMmsPartitions",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/partitions",
    },
    crate::Route {
        method_name: "get_mms_partition",
        action: "GetMmsPartition",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/partitions/{partitionId}",
    },
    crate::Route {
        method_name: "list_mms_jobs",
        action: "ListMmsJobs",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/jobs",
    },
    crate::Route {
        method_name: "create_mms_job",
        action: "CreateMmsJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/jobs",
    },
    crate::Route {
        method_name: "get_mms_job",
        action: "GetMmsJob",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}",
    },
    crate::Route {
        method_name: "delete_mms_job",
        action: "DeleteMmsJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}",
    },
    crate::Route {
        method_name: "start_mms_job",
        action: "StartMmsJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/start",
    },
    crate::Route {
        method_name: "stop_mms_job",
        action: "StopMmsJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/stop",
    },
    crate::Route {
        method_name: "retry_mms_job",
        action: "RetryMmsJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/retry",
    },
    crate::Route {
        method_name: "list_mms_tasks",
        action: "ListMmsTasks",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/tasks",
    },
    crate::Route {
        method_name: "get_mms_task",
        action: "GetMmsTask",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}",
    },
    crate::Route {
        method_name: "retry_mms_task",
        action: "RetryMmsTask",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/retry",
    },
    crate::Route {
        method_name: "list_mms_task_logs",
        action: "ListMmsTaskLogs",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/logs",
    },
    crate::Route {
        method_name: "list_mms_timers",
        action: "ListMmsTimers",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/timers",
    },
    crate::Route {
        method_name: "create_mms_timer",
        action: "CreateMmsTimer",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/timers",
    },
    crate::Route {
        method_name: "get_mms_timer",
        action: "GetMmsTimer",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/timers/{timerId}",
    },
    crate::Route {
        method_name: "update_mms_timer",
        action: "UpdateMmsTimer",
        method: "PUT",
        path: "/api/v1/mms/datasources/{sourceId}/timers/{timerId}",
    },
    crate::Route {
        method_name: "delete_mms_timer",
        action: "DeleteMmsTimer",
        method: "DELETE",
        path: "/api/v1/mms/datasources/{sourceId}/timers/{timerId}",
    },
    crate::Route {
        method_name: "trigger_mms_timer",
        action: "TriggerMmsTimer",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/timers/{timerId}/trigger",
    },
    crate::Route {
        method_name: "list_mms_timer_logs",
        action: "ListMmsTimerLogs",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/timers/{timerId}/logs",
    },
];
impl<'a> crate::Call<'a> for builder::ListMmsDataSources<'a> {
    type Response = types::ListMmsDataSourcesResponse;
    type Data = types::DataSourcePage;
    const ROUTE: crate::Route = crate::Route {
        method_name: "list_mms_data_sources",
        action: "ListMmsDataSources",
        method: "GET",
        path: "/api/v1/mms/datasources",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::ListMmsDataSourcesResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::ListMmsDataSources::send(self))
    }
}
impl crate::Envelope for types::ListMmsDataSourcesResponse {
    type Data = types::DataSourcePage;
    fn into_parts(self) -> (Option<String>, Option<types::DataSourcePage>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::ListMmsDataSources<'a>> {
    ///`name`: Only data sources matching this name.
    pub fn name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.name(value))
    }
    ///`pageNum`: Which page to return, from 1.
    pub fn page_num<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_num(value))
    }
    ///`pageSize`: Most items to return in the page.
    pub fn page_size<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_size(value))
    }
    ///`region`: Only data sources in this region id.
    pub fn region<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.region(value))
    }
    ///`type`: Only data sources of this kind.
    pub fn type_<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<crate::open_enum::DataSourceType>,
    {
        self.map(|b| b.type_(value))
    }
}
impl<'a> crate::PagedCall<'a> for builder::ListMmsDataSources<'a> {
    type Item = types::DataSource;
    fn with_page_num(self, page_num: i64) -> Self {
        self.page_num(page_num)
    }
    fn with_page_size(self, page_size: i64) -> Self {
        self.page_size(page_size)
    }
    fn into_page(data: types::DataSourcePage) -> crate::Page<types::DataSource> {
        crate::Page {
            total: data.total,
            page_num: data.page_num,
            page_size: data.page_size,
            items: data.object_list,
        }
    }
}
impl<'a> crate::Call<'a> for builder::CreateMmsDataSource<'a> {
    type Response = types::CreateMmsDataSourceResponse;
    type Data = types::CreatedDataSource;
    const ROUTE: crate::Route = crate::Route {
        method_name: "create_mms_data_source",
        action: "CreateMmsDataSource",
        method: "POST",
        path: "/api/v1/mms/datasources",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<
            ResponseValue<types::CreateMmsDataSourceResponse>,
            Error<types::ErrorBody>,
        >,
    > {
        ::std::boxed::Box::pin(builder::CreateMmsDataSource::send(self))
    }
}
impl crate::Envelope for types::CreateMmsDataSourceResponse {
    type Data = types::CreatedDataSource;
    fn into_parts(self) -> (Option<String>, Option<types::CreatedDataSource>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::CreateMmsDataSource<'a>> {
    ///Sets the whole request body.
    pub fn body<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::CreateMmsDataSourceRequest>,
        <V as std::convert::TryInto<
            types::CreateMmsDataSourceRequest,
        >>::Error: std::fmt::Display,
    {
        self.map(|b| b.body(value))
    }
    ///Changes the request body field by field, starting from the body set so far.
    pub fn body_map<F>(self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::CreateMmsDataSourceRequest,
        ) -> types::builder::CreateMmsDataSourceRequest,
    {
        self.map(|b| b.body_map(f))
    }
}
impl<'a> crate::Call<'a> for builder::GetMmsDataSource<'a> {
    type Response = types::GetMmsDataSourceResponse;
    type Data = types::DataSource;
    const ROUTE: crate::Route = crate::Route {
        method_name: "get_mms_data_source",
        action: "GetMmsDataSource",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::GetMmsDataSourceResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::GetMmsDataSource::send(self))
    }
}
impl crate::Envelope for types::GetMmsDataSourceResponse {
    type Data = types::DataSource;
    fn into_parts(self) -> (Option<String>, Option<types::DataSource>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::GetMmsDataSource<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`lang`: Language of the names and descriptions of configuration items (default `zh_CN`).
    pub fn lang<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::Lang>,
    {
        self.map(|b| b.lang(value))
    }
    ///`withConfig`: Also return the configuration items of the data source in `config`.
    pub fn with_config<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.map(|b| b.with_config(value))
    }
}
impl<'a> crate::Call<'a> for builder::UpdateMmsDataSource<'a> {
    type Response = types::UpdateMmsDataSourceResponse;
    type Data = types::DataSourceUpdate;
    const ROUTE: crate::Route = crate::Route {
        method_name: "update_mms_data_source",
        action: "UpdateMmsDataSource",
        method: "PUT",
        path: "/api/v1/mms/datasources/{sourceId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<
            ResponseValue<types::UpdateMmsDataSourceResponse>,
            Error<types::ErrorBody>,
        >,
    > {
        ::std::boxed::Box::pin(builder::UpdateMmsDataSource::send(self))
    }
}
impl crate::Envelope for types::UpdateMmsDataSourceResponse {
    type Data = types::DataSourceUpdate;
    fn into_parts(self) -> (Option<String>, Option<types::DataSourceUpdate>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::UpdateMmsDataSource<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///Sets the whole request body.
    pub fn body<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::UpdateMmsDataSourceRequest>,
        <V as std::convert::TryInto<
            types::UpdateMmsDataSourceRequest,
        >>::Error: std::fmt::Display,
    {
        self.map(|b| b.body(value))
    }
    ///Changes the request body field by field, starting from the body set so far.
    pub fn body_map<F>(self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::UpdateMmsDataSourceRequest,
        ) -> types::builder::UpdateMmsDataSourceRequest,
    {
        self.map(|b| b.body_map(f))
    }
}
impl<'a> crate::Call<'a> for builder::DeleteMmsDataSource<'a> {
    type Response = types::DeleteMmsDataSourceResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "delete_mms_data_source",
        action: "DeleteMmsDataSource",
        method: "DELETE",
        path: "/api/v1/mms/datasources/{sourceId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<
            ResponseValue<types::DeleteMmsDataSourceResponse>,
            Error<types::ErrorBody>,
        >,
    > {
        ::std::boxed::Box::pin(builder::DeleteMmsDataSource::send(self))
    }
}
impl crate::Envelope for types::DeleteMmsDataSourceResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::DeleteMmsDataSource<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::ListMmsDataSourceConfigItems<'a> {
    type Response = types::ListMmsDataSourceConfigItemsResponse;
    type Data = ::std::vec::Vec<types::ConfigItem>;
    const ROUTE: crate::Route = crate::Route {
        method_name: "list_mms_data_source_config_items",
        action: "ListMmsDataSourceConfigItems",
        method: "GET",
        path: "/api/v1/mms/configItems",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<
            ResponseValue<types::ListMmsDataSourceConfigItemsResponse>,
            Error<types::ErrorBody>,
        >,
    > {
        ::std::boxed::Box::pin(builder::ListMmsDataSourceConfigItems::send(self))
    }
}
impl crate::Envelope for types::ListMmsDataSourceConfigItemsResponse {
    type Data = ::std::vec::Vec<types::ConfigItem>;
    fn into_parts(self) -> (Option<String>, Option<::std::vec::Vec<types::ConfigItem>>) {
        (self.request_id, ::std::option::Option::Some(self.data))
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::ListMmsDataSourceConfigItems<'a>> {
    ///`lang`: Language of the names and descriptions of configuration items (default `zh_CN`).
    pub fn lang<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::Lang>,
    {
        self.map(|b| b.lang(value))
    }
    ///`sourceType`: The kind of data source to describe.
    pub fn source_type<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<crate::open_enum::DataSourceType>,
    {
        self.map(|b| b.source_type(value))
    }
}
impl<'a> crate::Call<'a> for builder::CreateMmsFetchMetadataJob<'a> {
    type Response = types::CreateMmsFetchMetadataJobResponse;
    type Data = types::CreatedScan;
    const ROUTE: crate::Route = crate::Route {
        method_name: "create_mms_fetch_metadata_job",
        action: "CreateMmsFetchMetadataJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/scans",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<
            ResponseValue<types::CreateMmsFetchMetadataJobResponse>,
            Error<types::ErrorBody>,
        >,
    > {
        ::std::boxed::Box::pin(builder::CreateMmsFetchMetadataJob::send(self))
    }
}
impl crate::Envelope for types::CreateMmsFetchMetadataJobResponse {
    type Data = types::CreatedScan;
    fn into_parts(self) -> (Option<String>, Option<types::CreatedScan>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::CreateMmsFetchMetadataJob<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///Sets the whole request body.
    pub fn body<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::CreateMmsFetchMetadataJobRequest>,
        <V as std::convert::TryInto<
            types::CreateMmsFetchMetadataJobRequest,
        >>::Error: std::fmt::Display,
    {
        self.map(|b| b.body(value))
    }
    ///Changes the request body field by field, starting from the body set so far.
    pub fn body_map<F>(self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::CreateMmsFetchMetadataJobRequest,
        ) -> types::builder::CreateMmsFetchMetadataJobRequest,
    {
        self.map(|b| b.body_map(f))
    }
}
impl<'a> crate::Call<'a> for builder::GetMmsFetchMetadataJob<'a> {
    type Response = types::GetMmsFetchMetadataJobResponse;
    type Data = types::FetchMetadataJob;
    const ROUTE: crate::Route = crate::Route {
        method_name: "get_mms_fetch_metadata_job",
        action: "GetMmsFetchMetadataJob",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/scans/{scanId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<
            ResponseValue<types::GetMmsFetchMetadataJobResponse>,
            Error<types::ErrorBody>,
        >,
    > {
        ::std::boxed::Box::pin(builder::GetMmsFetchMetadataJob::send(self))
    }
}
impl crate::Envelope for types::GetMmsFetchMetadataJobResponse {
    type Data = types::FetchMetadataJob;
    fn into_parts(self) -> (Option<String>, Option<types::FetchMetadataJob>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::GetMmsFetchMetadataJob<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`scanId`: Identifier of the metadata scan.
    pub fn scan_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.scan_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::GetMmsAsyncTask<'a> {
    type Response = types::GetMmsAsyncTaskResponse;
    type Data = types::AsyncTask;
    const ROUTE: crate::Route = crate::Route {
        method_name: "get_mms_async_task",
        action: "GetMmsAsyncTask",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/asyncTasks/{asyncTaskId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::GetMmsAsyncTaskResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::GetMmsAsyncTask::send(self))
    }
}
impl crate::Envelope for types::GetMmsAsyncTaskResponse {
    type Data = types::AsyncTask;
    fn into_parts(self) -> (Option<String>, Option<types::AsyncTask>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::GetMmsAsyncTask<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`asyncTaskId`: Identifier of the asynchronous task.
    pub fn async_task_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.async_task_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::ListMmsDbs<'a> {
    type Response = types::ListMmsDbsResponse;
    type Data = types::DbPage;
    const ROUTE: crate::Route = crate::Route {
        method_name: "list_mms_dbs",
        action: "ListMmsDbs",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/dbs",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::ListMmsDbsResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::ListMmsDbs::send(self))
    }
}
impl crate::Envelope for types::ListMmsDbsResponse {
    type Data = types::DbPage;
    fn into_parts(self) -> (Option<String>, Option<types::DbPage>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::ListMmsDbs<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`name`: Only databases matching this name.
    pub fn name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.name(value))
    }
    ///`pageNum`: Which page to return, from 1.
    pub fn page_num<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_num(value))
    }
    ///`pageSize`: Most items to return in the page.
    pub fn page_size<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_size(value))
    }
    ///`sorter`: Sort order, as JSON text of an object whose keys are the fields to sort by (`numRows`, `size`, `updateTime`) and whose values are `asc` or `desc`, such as `{"numRows":"desc"}`. Unlike the other lists, this sorter is not flattened into `sorter.<field>` parameters. Sent as JSON text.
    pub fn sorter(self, value: types::DbSorter) -> Self {
        self.map(|b| b.sorter(crate::JsonText::of(&value)))
    }
    ///`status`: Only databases in this migration status.
    pub fn status<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<crate::open_enum::MigrationStatus>,
    {
        self.map(|b| b.status(value))
    }
}
impl<'a> crate::PagedCall<'a> for builder::ListMmsDbs<'a> {
    type Item = types::Db;
    fn with_page_num(self, page_num: i64) -> Self {
        self.page_num(page_num)
    }
    fn with_page_size(self, page_size: i64) -> Self {
        self.page_size(page_size)
    }
    fn into_page(data: types::DbPage) -> crate::Page<types::Db> {
        crate::Page {
            total: data.total,
            page_num: data.page_num,
            page_size: data.page_size,
            items: data.object_list,
        }
    }
}
impl<'a> crate::Call<'a> for builder::GetMmsDb<'a> {
    type Response = types::GetMmsDbResponse;
    type Data = types::Db;
    const ROUTE: crate::Route = crate::Route {
        method_name: "get_mms_db",
        action: "GetMmsDb",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/dbs/{dbId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::GetMmsDbResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::GetMmsDb::send(self))
    }
}
impl crate::Envelope for types::GetMmsDbResponse {
    type Data = types::Db;
    fn into_parts(self) -> (Option<String>, Option<types::Db>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::GetMmsDb<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`dbId`: Identifier of the database in the catalog of the data source.
    pub fn db_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.db_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::UpdateMmsDb<'a> {
    type Response = types::UpdateMmsDbResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "update_mms_db",
        action: "UpdateMmsDb",
        method: "PUT",
        path: "/api/v1/mms/datasources/{sourceId}/dbs/{dbId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::UpdateMmsDbResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::UpdateMmsDb::send(self))
    }
}
impl crate::Envelope for types::UpdateMmsDbResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::UpdateMmsDb<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`dbId`: Identifier of the database in the catalog of the data source.
    pub fn db_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.db_id(value))
    }
    ///Sets the whole request body.
    pub fn body<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::UpdateMmsDbRequest>,
        <V as std::convert::TryInto<
            types::UpdateMmsDbRequest,
        >>::Error: std::fmt::Display,
    {
        self.map(|b| b.body(value))
    }
    ///Changes the request body field by field, starting from the body set so far.
    pub fn body_map<F>(self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::UpdateMmsDbRequest,
        ) -> types::builder::UpdateMmsDbRequest,
    {
        self.map(|b| b.body_map(f))
    }
}
impl<'a> crate::Call<'a> for builder::ListMmsTables<'a> {
    type Response = types::ListMmsTablesResponse;
    type Data = types::TablePage;
    const ROUTE: crate::Route = crate::Route {
        method_name: "list_mms_tables",
        action: "ListMmsTables",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/tables",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::ListMmsTablesResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::ListMmsTables::send(self))
    }
}
impl crate::Envelope for types::ListMmsTablesResponse {
    type Data = types::TablePage;
    fn into_parts(self) -> (Option<String>, Option<types::TablePage>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::ListMmsTables<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`dbId`: Only tables of the database with this identifier.
    pub fn db_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.db_id(value))
    }
    ///`dbName`: Only tables of the database with this name.
    pub fn db_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.db_name(value))
    }
    ///`dstName`: Only tables migrated into a destination table of this name.
    pub fn dst_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.dst_name(value))
    }
    ///`dstProjectName`: Only tables migrated into this MaxCompute project.
    pub fn dst_project_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.dst_project_name(value))
    }
    ///`dstSchemaName`: Only tables migrated into this MaxCompute schema.
    pub fn dst_schema_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.dst_schema_name(value))
    }
    ///`hasPartitions`: Only partitioned tables (`true`) or only unpartitioned ones (`false`).
    pub fn has_partitions<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.map(|b| b.has_partitions(value))
    }
    ///`lastDdlTimeEnd`: Only tables whose definition changed at or before this time (`YYYY-MM-DD HH:MM:SS`).
    pub fn last_ddl_time_end<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.last_ddl_time_end(value))
    }
    ///`lastDdlTimeStart`: Only tables whose definition changed at or after this time (`YYYY-MM-DD HH:MM:SS`).
    pub fn last_ddl_time_start<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.last_ddl_time_start(value))
    }
    ///`name`: Only tables matching this name.
    pub fn name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.name(value))
    }
    ///`onlyName`: Ask for the names of the tables only; the service does not document which other fields it then leaves out.
    pub fn only_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.map(|b| b.only_name(value))
    }
    ///`pageNum`: Which page to return, from 1.
    pub fn page_num<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_num(value))
    }
    ///`pageSize`: Most items to return in the page.
    pub fn page_size<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_size(value))
    }
    ///`sorter.lastDdlTime`: Sort by the time of the last definition change.
    pub fn sorter_last_ddl_time<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SortOrder>,
    {
        self.map(|b| b.sorter_last_ddl_time(value))
    }
    ///`sorter.numRows`: Sort by number of rows.
    pub fn sorter_num_rows<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SortOrder>,
    {
        self.map(|b| b.sorter_num_rows(value))
    }
    ///`sorter.size`: Sort by size in bytes.
    pub fn sorter_size<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SortOrder>,
    {
        self.map(|b| b.sorter_size(value))
    }
    ///`status`: Only tables in one of these migration statuses, as JSON text of an array such as `["DONE","FAILED"]`. Sent as JSON text.
    pub fn status<I>(self, values: I) -> Self
    where
        I: ::std::iter::IntoIterator,
        I::Item: ::std::convert::Into<crate::MigrationStatus>,
    {
        let values: ::std::vec::Vec<crate::MigrationStatus> = values
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self.map(|b| b.status(crate::JsonText::of(&values)))
    }
    ///`type`: Only tables of this source table type, such as `MANAGED_TABLE` for Hive.
    pub fn type_<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.type_(value))
    }
}
impl<'a> crate::PagedCall<'a> for builder::ListMmsTables<'a> {
    type Item = types::Table;
    fn with_page_num(self, page_num: i64) -> Self {
        self.page_num(page_num)
    }
    fn with_page_size(self, page_size: i64) -> Self {
        self.page_size(page_size)
    }
    fn into_page(data: types::TablePage) -> crate::Page<types::Table> {
        crate::Page {
            total: data.total,
            page_num: data.page_num,
            page_size: data.page_size,
            items: data.object_list,
        }
    }
}
impl<'a> crate::Call<'a> for builder::UpdateMmsTables<'a> {
    type Response = types::UpdateMmsTablesResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "update_mms_tables",
        action: "UpdateMmsTables",
        method: "PUT",
        path: "/api/v1/mms/datasources/{sourceId}/tables",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::UpdateMmsTablesResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::UpdateMmsTables::send(self))
    }
}
impl crate::Envelope for types::UpdateMmsTablesResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::UpdateMmsTables<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///Sets the whole request body.
    pub fn body<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::UpdateMmsTablesRequest>,
        <V as std::convert::TryInto<
            types::UpdateMmsTablesRequest,
        >>::Error: std::fmt::Display,
    {
        self.map(|b| b.body(value))
    }
    ///Changes the request body field by field, starting from the body set so far.
    pub fn body_map<F>(self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::UpdateMmsTablesRequest,
        ) -> types::builder::UpdateMmsTablesRequest,
    {
        self.map(|b| b.body_map(f))
    }
}
impl<'a> crate::Call<'a> for builder::GetMmsTable<'a> {
    type Response = types::GetMmsTableResponse;
    type Data = types::Table;
    const ROUTE: crate::Route = crate::Route {
        method_name: "get_mms_table",
        action: "GetMmsTable",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/tables/{tableId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::GetMmsTableResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::GetMmsTable::send(self))
    }
}
impl crate::Envelope for types::GetMmsTableResponse {
    type Data = types::Table;
    fn into_parts(self) -> (Option<String>, Option<types::Table>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::GetMmsTable<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`tableId`: Identifier of the table in the catalog of the data source.
    pub fn table_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.table_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::UpdateMmsTable<'a> {
    type Response = types::UpdateMmsTableResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "update_mms_table",
        action: "UpdateMmsTable",
        method: "PUT",
        path: "/api/v1/mms/datasources/{sourceId}/tables/{tableId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::UpdateMmsTableResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::UpdateMmsTable::send(self))
    }
}
impl crate::Envelope for types::UpdateMmsTableResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::UpdateMmsTable<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`tableId`: Identifier of the table in the catalog of the data source.
    pub fn table_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.table_id(value))
    }
    ///Sets the whole request body.
    pub fn body<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::UpdateMmsTableRequest>,
        <V as std::convert::TryInto<
            types::UpdateMmsTableRequest,
        >>::Error: std::fmt::Display,
    {
        self.map(|b| b.body(value))
    }
    ///Changes the request body field by field, starting from the body set so far.
    pub fn body_map<F>(self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::UpdateMmsTableRequest,
        ) -> types::builder::UpdateMmsTableRequest,
    {
        self.map(|b| b.body_map(f))
    }
}
impl<'a> crate::Call<'a> for builder::ListMmsPartitions<'a> {
    type Response = types::ListMmsPartitionsResponse;
    type Data = types::PartitionPage;
    const ROUTE: crate::Route = crate::Route {
        method_name: "list_mms_partitions",
        action: "ListMmsPartitions",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/partitions",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::ListMmsPartitionsResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::ListMmsPartitions::send(self))
    }
}
impl crate::Envelope for types::ListMmsPartitionsResponse {
    type Data = types::PartitionPage;
    fn into_parts(self) -> (Option<String>, Option<types::PartitionPage>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::ListMmsPartitions<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`dbId`: Only partitions of the database with this identifier.
    pub fn db_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.db_id(value))
    }
    ///`dbName`: Only partitions of the database with this name.
    pub fn db_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.db_name(value))
    }
    ///`lastDdlTimeEnd`: Only partitions that changed at or before this time (`YYYY-MM-DD HH:MM:SS`).
    pub fn last_ddl_time_end<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.last_ddl_time_end(value))
    }
    ///`lastDdlTimeStart`: Only partitions that changed at or after this time (`YYYY-MM-DD HH:MM:SS`).
    pub fn last_ddl_time_start<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.last_ddl_time_start(value))
    }
    ///`pageNum`: Which page to return, from 1.
    pub fn page_num<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_num(value))
    }
    ///`pageSize`: Most items to return in the page.
    pub fn page_size<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_size(value))
    }
    ///`sorter.lastDdlTime`: Sort by the time of the last change.
    pub fn sorter_last_ddl_time<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SortOrder>,
    {
        self.map(|b| b.sorter_last_ddl_time(value))
    }
    ///`sorter.numRows`: Sort by number of rows.
    pub fn sorter_num_rows<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SortOrder>,
    {
        self.map(|b| b.sorter_num_rows(value))
    }
    ///`sorter.size`: Sort by size in bytes.
    pub fn sorter_size<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SortOrder>,
    {
        self.map(|b| b.sorter_size(value))
    }
    ///`status`: Only partitions in one of these migration statuses, as JSON text of an array such as `["DONE","FAILED"]`. Sent as JSON text.
    pub fn status<I>(self, values: I) -> Self
    where
        I: ::std::iter::IntoIterator,
        I::Item: ::std::convert::Into<crate::MigrationStatus>,
    {
        let values: ::std::vec::Vec<crate::MigrationStatus> = values
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self.map(|b| b.status(crate::JsonText::of(&values)))
    }
    ///`tableId`: Only partitions of the table with this identifier.
    pub fn table_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.table_id(value))
    }
    ///`tableName`: Only partitions of the table with this name.
    pub fn table_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.table_name(value))
    }
    ///`updated`: Only partitions whose source changed since they were migrated (`true`), or only unchanged ones.
    pub fn updated<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.map(|b| b.updated(value))
    }
    ///`value`: Only partitions matching this partition spec, such as `ds=2024-12-01`.
    pub fn value<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.value(value))
    }
}
impl<'a> crate::PagedCall<'a> for builder::ListMmsPartitions<'a> {
    type Item = types::Partition;
    fn with_page_num(self, page_num: i64) -> Self {
        self.page_num(page_num)
    }
    fn with_page_size(self, page_size: i64) -> Self {
        self.page_size(page_size)
    }
    fn into_page(data: types::PartitionPage) -> crate::Page<types::Partition> {
        crate::Page {
            total: data.total,
            page_num: data.page_num,
            page_size: data.page_size,
            items: data.object_list,
        }
    }
}
impl<'a> crate::Call<'a> for builder::GetMmsPartition<'a> {
    type Response = types::GetMmsPartitionResponse;
    type Data = types::Partition;
    const ROUTE: crate::Route = crate::Route {
        method_name: "get_mms_partition",
        action: "GetMmsPartition",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/partitions/{partitionId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::GetMmsPartitionResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::GetMmsPartition::send(self))
    }
}
impl crate::Envelope for types::GetMmsPartitionResponse {
    type Data = types::Partition;
    fn into_parts(self) -> (Option<String>, Option<types::Partition>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::GetMmsPartition<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`partitionId`: Identifier of the partition in the catalog of the data source.
    pub fn partition_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.partition_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::ListMmsJobs<'a> {
    type Response = types::ListMmsJobsResponse;
    type Data = types::JobPage;
    const ROUTE: crate::Route = crate::Route {
        method_name: "list_mms_jobs",
        action: "ListMmsJobs",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/jobs",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::ListMmsJobsResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::ListMmsJobs::send(self))
    }
}
impl crate::Envelope for types::ListMmsJobsResponse {
    type Data = types::JobPage;
    fn into_parts(self) -> (Option<String>, Option<types::JobPage>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::ListMmsJobs<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`dstDbName`: Only jobs writing into this MaxCompute project.
    pub fn dst_db_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.dst_db_name(value))
    }
    ///`dstTableName`: Only jobs that write this destination table.
    pub fn dst_table_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.dst_table_name(value))
    }
    ///`name`: Only jobs matching this name. The service documents this filter as the name of the data source; it most likely matches the job's name.
    pub fn name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.name(value))
    }
    ///`pageNum`: Which page to return, from 1.
    pub fn page_num<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_num(value))
    }
    ///`pageSize`: Most items to return in the page.
    pub fn page_size<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_size(value))
    }
    ///`sorter.status`: Sort by job status.
    pub fn sorter_status<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SortOrder>,
    {
        self.map(|b| b.sorter_status(value))
    }
    ///`srcDbName`: Only jobs reading from this source database.
    pub fn src_db_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.src_db_name(value))
    }
    ///`srcTableName`: Only jobs that migrate this source table.
    pub fn src_table_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.src_table_name(value))
    }
    ///`status`: Only jobs in this status.
    pub fn status<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<crate::open_enum::JobStatus>,
    {
        self.map(|b| b.status(value))
    }
    ///`stopped`: Only stopped jobs (`1`) or only jobs that were not stopped (`0`). An integer here, although the job field it filters on is a boolean.
    pub fn stopped<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.stopped(value))
    }
    ///`timerId`: Only jobs created by the timer with this identifier.
    pub fn timer_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.timer_id(value))
    }
}
impl<'a> crate::PagedCall<'a> for builder::ListMmsJobs<'a> {
    type Item = types::Job;
    fn with_page_num(self, page_num: i64) -> Self {
        self.page_num(page_num)
    }
    fn with_page_size(self, page_size: i64) -> Self {
        self.page_size(page_size)
    }
    fn into_page(data: types::JobPage) -> crate::Page<types::Job> {
        crate::Page {
            total: data.total,
            page_num: data.page_num,
            page_size: data.page_size,
            items: data.object_list,
        }
    }
}
impl<'a> crate::Call<'a> for builder::CreateMmsJob<'a> {
    type Response = types::CreateMmsJobResponse;
    type Data = types::CreatedJob;
    const ROUTE: crate::Route = crate::Route {
        method_name: "create_mms_job",
        action: "CreateMmsJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/jobs",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::CreateMmsJobResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::CreateMmsJob::send(self))
    }
}
impl crate::Envelope for types::CreateMmsJobResponse {
    type Data = types::CreatedJob;
    fn into_parts(self) -> (Option<String>, Option<types::CreatedJob>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::CreateMmsJob<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///Sets the whole request body.
    pub fn body<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::CreateMmsJobRequest>,
        <V as std::convert::TryInto<
            types::CreateMmsJobRequest,
        >>::Error: std::fmt::Display,
    {
        self.map(|b| b.body(value))
    }
    ///Changes the request body field by field, starting from the body set so far.
    pub fn body_map<F>(self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::CreateMmsJobRequest,
        ) -> types::builder::CreateMmsJobRequest,
    {
        self.map(|b| b.body_map(f))
    }
}
impl<'a> crate::Call<'a> for builder::GetMmsJob<'a> {
    type Response = types::GetMmsJobResponse;
    type Data = types::Job;
    const ROUTE: crate::Route = crate::Route {
        method_name: "get_mms_job",
        action: "GetMmsJob",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::GetMmsJobResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::GetMmsJob::send(self))
    }
}
impl crate::Envelope for types::GetMmsJobResponse {
    type Data = types::Job;
    fn into_parts(self) -> (Option<String>, Option<types::Job>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::GetMmsJob<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`jobId`: Identifier of the migration job.
    pub fn job_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.job_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::DeleteMmsJob<'a> {
    type Response = types::DeleteMmsJobResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "delete_mms_job",
        action: "DeleteMmsJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::DeleteMmsJobResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::DeleteMmsJob::send(self))
    }
}
impl crate::Envelope for types::DeleteMmsJobResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::DeleteMmsJob<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`jobId`: Identifier of the migration job.
    pub fn job_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.job_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::StartMmsJob<'a> {
    type Response = types::StartMmsJobResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "start_mms_job",
        action: "StartMmsJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/start",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::StartMmsJobResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::StartMmsJob::send(self))
    }
}
impl crate::Envelope for types::StartMmsJobResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::StartMmsJob<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`jobId`: Identifier of the migration job.
    pub fn job_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.job_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::StopMmsJob<'a> {
    type Response = types::StopMmsJobResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "stop_mms_job",
        action: "StopMmsJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/stop",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::StopMmsJobResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::StopMmsJob::send(self))
    }
}
impl crate::Envelope for types::StopMmsJobResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::StopMmsJob<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`jobId`: Identifier of the migration job.
    pub fn job_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.job_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::RetryMmsJob<'a> {
    type Response = types::RetryMmsJobResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "retry_mms_job",
        action: "RetryMmsJob",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}/retry",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::RetryMmsJobResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::RetryMmsJob::send(self))
    }
}
impl crate::Envelope for types::RetryMmsJobResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::RetryMmsJob<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`jobId`: Identifier of the migration job.
    pub fn job_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.job_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::ListMmsTasks<'a> {
    type Response = types::ListMmsTasksResponse;
    type Data = types::TaskPage;
    const ROUTE: crate::Route = crate::Route {
        method_name: "list_mms_tasks",
        action: "ListMmsTasks",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/tasks",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::ListMmsTasksResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::ListMmsTasks::send(self))
    }
}
impl crate::Envelope for types::ListMmsTasksResponse {
    type Data = types::TaskPage;
    fn into_parts(self) -> (Option<String>, Option<types::TaskPage>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::ListMmsTasks<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`dstDbName`: Only tasks writing into this MaxCompute project.
    pub fn dst_db_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.dst_db_name(value))
    }
    ///`dstTableName`: Only tasks writing this destination table.
    pub fn dst_table_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.dst_table_name(value))
    }
    ///`jobId`: Only tasks of the job with this identifier.
    pub fn job_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.job_id(value))
    }
    ///`jobName`: Only tasks of jobs matching this name.
    pub fn job_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.job_name(value))
    }
    ///`pageNum`: Which page to return, from 1.
    pub fn page_num<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_num(value))
    }
    ///`pageSize`: Most items to return in the page.
    pub fn page_size<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_size(value))
    }
    ///`partition`: Only tasks covering this partition, given as a spec such as `p1=1/p2=abc`.
    pub fn partition<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.partition(value))
    }
    ///`sorter.startTime`: Sort by the start of the latest run.
    pub fn sorter_start_time<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SortOrder>,
    {
        self.map(|b| b.sorter_start_time(value))
    }
    ///`sorter.status`: Sort by task status.
    pub fn sorter_status<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::SortOrder>,
    {
        self.map(|b| b.sorter_status(value))
    }
    ///`srcDbName`: Only tasks reading from this source database.
    pub fn src_db_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.src_db_name(value))
    }
    ///`srcTableName`: Only tasks reading this source table.
    pub fn src_table_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.src_table_name(value))
    }
    ///`status`: Only tasks in this status (one status per call).
    pub fn status<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<crate::open_enum::TaskStatus>,
    {
        self.map(|b| b.status(value))
    }
}
impl<'a> crate::PagedCall<'a> for builder::ListMmsTasks<'a> {
    type Item = types::Task;
    fn with_page_num(self, page_num: i64) -> Self {
        self.page_num(page_num)
    }
    fn with_page_size(self, page_size: i64) -> Self {
        self.page_size(page_size)
    }
    fn into_page(data: types::TaskPage) -> crate::Page<types::Task> {
        crate::Page {
            total: data.total,
            page_num: data.page_num,
            page_size: data.page_size,
            items: data.object_list,
        }
    }
}
impl<'a> crate::Call<'a> for builder::GetMmsTask<'a> {
    type Response = types::GetMmsTaskResponse;
    type Data = types::Task;
    const ROUTE: crate::Route = crate::Route {
        method_name: "get_mms_task",
        action: "GetMmsTask",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::GetMmsTaskResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::GetMmsTask::send(self))
    }
}
impl crate::Envelope for types::GetMmsTaskResponse {
    type Data = types::Task;
    fn into_parts(self) -> (Option<String>, Option<types::Task>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::GetMmsTask<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`taskId`: Identifier of the migration task.
    pub fn task_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.task_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::RetryMmsTask<'a> {
    type Response = types::RetryMmsTaskResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "retry_mms_task",
        action: "RetryMmsTask",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/retry",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::RetryMmsTaskResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::RetryMmsTask::send(self))
    }
}
impl crate::Envelope for types::RetryMmsTaskResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::RetryMmsTask<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`taskId`: Identifier of the migration task.
    pub fn task_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.task_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::ListMmsTaskLogs<'a> {
    type Response = types::ListMmsTaskLogsResponse;
    type Data = ::std::vec::Vec<types::TaskLog>;
    const ROUTE: crate::Route = crate::Route {
        method_name: "list_mms_task_logs",
        action: "ListMmsTaskLogs",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/tasks/{taskId}/logs",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::ListMmsTaskLogsResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::ListMmsTaskLogs::send(self))
    }
}
impl crate::Envelope for types::ListMmsTaskLogsResponse {
    type Data = ::std::vec::Vec<types::TaskLog>;
    fn into_parts(self) -> (Option<String>, Option<::std::vec::Vec<types::TaskLog>>) {
        (self.request_id, ::std::option::Option::Some(self.data))
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::ListMmsTaskLogs<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`taskId`: Identifier of the migration task.
    pub fn task_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.task_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::ListMmsTimers<'a> {
    type Response = types::ListMmsTimersResponse;
    type Data = types::TimerPage;
    const ROUTE: crate::Route = crate::Route {
        method_name: "list_mms_timers",
        action: "ListMmsTimers",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/timers",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::ListMmsTimersResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::ListMmsTimers::send(self))
    }
}
impl crate::Envelope for types::ListMmsTimersResponse {
    type Data = types::TimerPage;
    fn into_parts(self) -> (Option<String>, Option<types::TimerPage>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::ListMmsTimers<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`name`: Only timers matching this name. The service documents this filter as a table name; it most likely matches the timer's name.
    pub fn name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.name(value))
    }
    ///`pageNum`: Which page to return, from 1.
    pub fn page_num<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_num(value))
    }
    ///`pageSize`: Most items to return in the page.
    pub fn page_size<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_size(value))
    }
    ///`srcDbName`: Only timers reading from this source database.
    pub fn src_db_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.src_db_name(value))
    }
    ///`srcTableName`: Only timers that migrate this source table.
    pub fn src_table_name<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<::std::string::String>,
    {
        self.map(|b| b.src_table_name(value))
    }
    ///`stopped`: Only paused timers (`true`) or only running ones (`false`). A boolean here, unlike the `stopped` filter of `ListMmsJobs`.
    pub fn stopped<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<bool>,
    {
        self.map(|b| b.stopped(value))
    }
}
impl<'a> crate::PagedCall<'a> for builder::ListMmsTimers<'a> {
    type Item = types::Timer;
    fn with_page_num(self, page_num: i64) -> Self {
        self.page_num(page_num)
    }
    fn with_page_size(self, page_size: i64) -> Self {
        self.page_size(page_size)
    }
    fn into_page(data: types::TimerPage) -> crate::Page<types::Timer> {
        crate::Page {
            total: data.total,
            page_num: data.page_num,
            page_size: data.page_size,
            items: data.object_list,
        }
    }
}
impl<'a> crate::Call<'a> for builder::CreateMmsTimer<'a> {
    type Response = types::CreateMmsTimerResponse;
    type Data = types::CreatedTimer;
    const ROUTE: crate::Route = crate::Route {
        method_name: "create_mms_timer",
        action: "CreateMmsTimer",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/timers",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::CreateMmsTimerResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::CreateMmsTimer::send(self))
    }
}
impl crate::Envelope for types::CreateMmsTimerResponse {
    type Data = types::CreatedTimer;
    fn into_parts(self) -> (Option<String>, Option<types::CreatedTimer>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::CreateMmsTimer<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///Sets the whole request body.
    pub fn body<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::CreateMmsTimerRequest>,
        <V as std::convert::TryInto<
            types::CreateMmsTimerRequest,
        >>::Error: std::fmt::Display,
    {
        self.map(|b| b.body(value))
    }
    ///Changes the request body field by field, starting from the body set so far.
    pub fn body_map<F>(self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::CreateMmsTimerRequest,
        ) -> types::builder::CreateMmsTimerRequest,
    {
        self.map(|b| b.body_map(f))
    }
}
impl<'a> crate::Call<'a> for builder::GetMmsTimer<'a> {
    type Response = types::GetMmsTimerResponse;
    type Data = types::Timer;
    const ROUTE: crate::Route = crate::Route {
        method_name: "get_mms_timer",
        action: "GetMmsTimer",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/timers/{timerId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::GetMmsTimerResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::GetMmsTimer::send(self))
    }
}
impl crate::Envelope for types::GetMmsTimerResponse {
    type Data = types::Timer;
    fn into_parts(self) -> (Option<String>, Option<types::Timer>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::GetMmsTimer<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`timerId`: Identifier of the timer.
    pub fn timer_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.timer_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::UpdateMmsTimer<'a> {
    type Response = types::UpdateMmsTimerResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "update_mms_timer",
        action: "UpdateMmsTimer",
        method: "PUT",
        path: "/api/v1/mms/datasources/{sourceId}/timers/{timerId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::UpdateMmsTimerResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::UpdateMmsTimer::send(self))
    }
}
impl crate::Envelope for types::UpdateMmsTimerResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::UpdateMmsTimer<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`timerId`: Identifier of the timer.
    pub fn timer_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.timer_id(value))
    }
    ///Sets the whole request body.
    pub fn body<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<types::UpdateMmsTimerRequest>,
        <V as std::convert::TryInto<
            types::UpdateMmsTimerRequest,
        >>::Error: std::fmt::Display,
    {
        self.map(|b| b.body(value))
    }
    ///Changes the request body field by field, starting from the body set so far.
    pub fn body_map<F>(self, f: F) -> Self
    where
        F: std::ops::FnOnce(
            types::builder::UpdateMmsTimerRequest,
        ) -> types::builder::UpdateMmsTimerRequest,
    {
        self.map(|b| b.body_map(f))
    }
}
impl<'a> crate::Call<'a> for builder::DeleteMmsTimer<'a> {
    type Response = types::DeleteMmsTimerResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "delete_mms_timer",
        action: "DeleteMmsTimer",
        method: "DELETE",
        path: "/api/v1/mms/datasources/{sourceId}/timers/{timerId}",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::DeleteMmsTimerResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::DeleteMmsTimer::send(self))
    }
}
impl crate::Envelope for types::DeleteMmsTimerResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::DeleteMmsTimer<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`timerId`: Identifier of the timer.
    pub fn timer_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.timer_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::TriggerMmsTimer<'a> {
    type Response = types::TriggerMmsTimerResponse;
    type Data = i64;
    const ROUTE: crate::Route = crate::Route {
        method_name: "trigger_mms_timer",
        action: "TriggerMmsTimer",
        method: "POST",
        path: "/api/v1/mms/datasources/{sourceId}/timers/{timerId}/trigger",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::TriggerMmsTimerResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::TriggerMmsTimer::send(self))
    }
}
impl crate::Envelope for types::TriggerMmsTimerResponse {
    type Data = i64;
    fn into_parts(self) -> (Option<String>, Option<i64>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::TriggerMmsTimer<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`timerId`: Identifier of the timer.
    pub fn timer_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.timer_id(value))
    }
}
impl<'a> crate::Call<'a> for builder::ListMmsTimerLogs<'a> {
    type Response = types::ListMmsTimerLogsResponse;
    type Data = types::TimerLogPage;
    const ROUTE: crate::Route = crate::Route {
        method_name: "list_mms_timer_logs",
        action: "ListMmsTimerLogs",
        method: "GET",
        path: "/api/v1/mms/datasources/{sourceId}/timers/{timerId}/logs",
    };
    fn send_once(
        self,
    ) -> crate::BoxFuture<
        'a,
        Result<ResponseValue<types::ListMmsTimerLogsResponse>, Error<types::ErrorBody>>,
    > {
        ::std::boxed::Box::pin(builder::ListMmsTimerLogs::send(self))
    }
}
impl crate::Envelope for types::ListMmsTimerLogsResponse {
    type Data = types::TimerLogPage;
    fn into_parts(self) -> (Option<String>, Option<types::TimerLogPage>) {
        (self.request_id, self.data)
    }
}
impl<'a, S: ?Sized> crate::Request<'a, S, builder::ListMmsTimerLogs<'a>> {
    ///`sourceId`: Identifier of the data source.
    pub fn source_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.source_id(value))
    }
    ///`timerId`: Identifier of the timer.
    pub fn timer_id<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.timer_id(value))
    }
    ///`pageNum`: Which page to return, from 1.
    pub fn page_num<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_num(value))
    }
    ///`pageSize`: Most items to return in the page.
    pub fn page_size<V>(self, value: V) -> Self
    where
        V: std::convert::TryInto<i64>,
    {
        self.map(|b| b.page_size(value))
    }
}
impl<'a> crate::PagedCall<'a> for builder::ListMmsTimerLogs<'a> {
    type Item = types::TimerLog;
    fn with_page_num(self, page_num: i64) -> Self {
        self.page_num(page_num)
    }
    fn with_page_size(self, page_size: i64) -> Self {
        self.page_size(page_size)
    }
    fn into_page(data: types::TimerLogPage) -> crate::Page<types::TimerLog> {
        crate::Page {
            total: data.total,
            page_num: data.page_num,
            page_size: data.page_size,
            items: data.object_list,
        }
    }
}
/// Every operation of the API, as a method of anything that can send requests
/// (`maxcompute_mms::Client`). Each returns a request to fill in and send.
pub trait Operations: crate::Sender {
    /**List the data sources.

Action `ListMmsDataSources`: `GET /api/v1/mms/datasources`. Set its parameters on the returned request, then `.send().await`.*/
    fn list_mms_data_sources(
        &self,
    ) -> crate::Request<'_, Self, builder::ListMmsDataSources<'_>> {
        crate::Request::new(
            self,
            builder::ListMmsDataSources::new(crate::Sender::api(self)),
        )
    }
    /**Create a data source.

Action `CreateMmsDataSource`: `POST /api/v1/mms/datasources`. Set its parameters on the returned request, then `.send().await`.*/
    fn create_mms_data_source(
        &self,
    ) -> crate::Request<'_, Self, builder::CreateMmsDataSource<'_>> {
        crate::Request::new(
            self,
            builder::CreateMmsDataSource::new(crate::Sender::api(self)),
        )
    }
    /**Read one data source.

Action `GetMmsDataSource`: `GET /api/v1/mms/datasources/{sourceId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn get_mms_data_source(
        &self,
    ) -> crate::Request<'_, Self, builder::GetMmsDataSource<'_>> {
        crate::Request::new(
            self,
            builder::GetMmsDataSource::new(crate::Sender::api(self)),
        )
    }
    /**Start, stop, rename or reconfigure a data source.

Action `UpdateMmsDataSource`: `PUT /api/v1/mms/datasources/{sourceId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn update_mms_data_source(
        &self,
    ) -> crate::Request<'_, Self, builder::UpdateMmsDataSource<'_>> {
        crate::Request::new(
            self,
            builder::UpdateMmsDataSource::new(crate::Sender::api(self)),
        )
    }
    /**Delete a data source.

Action `DeleteMmsDataSource`: `DELETE /api/v1/mms/datasources/{sourceId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn delete_mms_data_source(
        &self,
    ) -> crate::Request<'_, Self, builder::DeleteMmsDataSource<'_>> {
        crate::Request::new(
            self,
            builder::DeleteMmsDataSource::new(crate::Sender::api(self)),
        )
    }
    /**List the settings a kind of data source takes.

Action `ListMmsDataSourceConfigItems`: `GET /api/v1/mms/configItems`. Set its parameters on the returned request, then `.send().await`.*/
    fn list_mms_data_source_config_items(
        &self,
    ) -> crate::Request<'_, Self, builder::ListMmsDataSourceConfigItems<'_>> {
        crate::Request::new(
            self,
            builder::ListMmsDataSourceConfigItems::new(crate::Sender::api(self)),
        )
    }
    /**Scan the metadata of a data source.

Action `CreateMmsFetchMetadataJob`: `POST /api/v1/mms/datasources/{sourceId}/scans`. Set its parameters on the returned request, then `.send().await`.*/
    fn create_mms_fetch_metadata_job(
        &self,
    ) -> crate::Request<'_, Self, builder::CreateMmsFetchMetadataJob<'_>> {
        crate::Request::new(
            self,
            builder::CreateMmsFetchMetadataJob::new(crate::Sender::api(self)),
        )
    }
    /**Read one metadata scan.

Action `GetMmsFetchMetadataJob`: `GET /api/v1/mms/datasources/{sourceId}/scans/{scanId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn get_mms_fetch_metadata_job(
        &self,
    ) -> crate::Request<'_, Self, builder::GetMmsFetchMetadataJob<'_>> {
        crate::Request::new(
            self,
            builder::GetMmsFetchMetadataJob::new(crate::Sender::api(self)),
        )
    }
    /**Read one asynchronous task.

Action `GetMmsAsyncTask`: `GET /api/v1/mms/datasources/{sourceId}/asyncTasks/{asyncTaskId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn get_mms_async_task(
        &self,
    ) -> crate::Request<'_, Self, builder::GetMmsAsyncTask<'_>> {
        crate::Request::new(
            self,
            builder::GetMmsAsyncTask::new(crate::Sender::api(self)),
        )
    }
    /**List the databases of a data source.

Action `ListMmsDbs`: `GET /api/v1/mms/datasources/{sourceId}/dbs`. Set its parameters on the returned request, then `.send().await`.*/
    fn list_mms_dbs(&self) -> crate::Request<'_, Self, builder::ListMmsDbs<'_>> {
        crate::Request::new(self, builder::ListMmsDbs::new(crate::Sender::api(self)))
    }
    /**Read one database.

Action `GetMmsDb`: `GET /api/v1/mms/datasources/{sourceId}/dbs/{dbId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn get_mms_db(&self) -> crate::Request<'_, Self, builder::GetMmsDb<'_>> {
        crate::Request::new(self, builder::GetMmsDb::new(crate::Sender::api(self)))
    }
    /**Change where a database goes.

Action `UpdateMmsDb`: `PUT /api/v1/mms/datasources/{sourceId}/dbs/{dbId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn update_mms_db(&self) -> crate::Request<'_, Self, builder::UpdateMmsDb<'_>> {
        crate::Request::new(self, builder::UpdateMmsDb::new(crate::Sender::api(self)))
    }
    /**List the tables of a data source.

Action `ListMmsTables`: `GET /api/v1/mms/datasources/{sourceId}/tables`. Set its parameters on the returned request, then `.send().await`.*/
    fn list_mms_tables(&self) -> crate::Request<'_, Self, builder::ListMmsTables<'_>> {
        crate::Request::new(self, builder::ListMmsTables::new(crate::Sender::api(self)))
    }
    /**Change where several tables go.

Action `UpdateMmsTables`: `PUT /api/v1/mms/datasources/{sourceId}/tables`. Set its parameters on the returned request, then `.send().await`.*/
    fn update_mms_tables(
        &self,
    ) -> crate::Request<'_, Self, builder::UpdateMmsTables<'_>> {
        crate::Request::new(
            self,
            builder::UpdateMmsTables::new(crate::Sender::api(self)),
        )
    }
    /**Read one table.

Action `GetMmsTable`: `GET /api/v1/mms/datasources/{sourceId}/tables/{tableId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn get_mms_table(&self) -> crate::Request<'_, Self, builder::GetMmsTable<'_>> {
        crate::Request::new(self, builder::GetMmsTable::new(crate::Sender::api(self)))
    }
    /**Change where a table goes.

Action `UpdateMmsTable`: `PUT /api/v1/mms/datasources/{sourceId}/tables/{tableId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn update_mms_table(&self) -> crate::Request<'_, Self, builder::UpdateMmsTable<'_>> {
        crate::Request::new(self, builder::UpdateMmsTable::new(crate::Sender::api(self)))
    }
    /**List the partitions of a data source.

Action `ListMmsPartitions`: `GET /api/v1/mms/datasources/{sourceId}/partitions`. Set its parameters on the returned request, then `.send().await`.*/
    fn list_mms_partitions(
        &self,
    ) -> crate::Request<'_, Self, builder::ListMmsPartitions<'_>> {
        crate::Request::new(
            self,
            builder::ListMmsPartitions::new(crate::Sender::api(self)),
        )
    }
    /**Read one partition.

Action `GetMmsPartition`: `GET /api/v1/mms/datasources/{sourceId}/partitions/{partitionId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn get_mms_partition(
        &self,
    ) -> crate::Request<'_, Self, builder::GetMmsPartition<'_>> {
        crate::Request::new(
            self,
            builder::GetMmsPartition::new(crate::Sender::api(self)),
        )
    }
    /**List the migration jobs of a data source.

Action `ListMmsJobs`: `GET /api/v1/mms/datasources/{sourceId}/jobs`. Set its parameters on the returned request, then `.send().await`.*/
    fn list_mms_jobs(&self) -> crate::Request<'_, Self, builder::ListMmsJobs<'_>> {
        crate::Request::new(self, builder::ListMmsJobs::new(crate::Sender::api(self)))
    }
    /**Create a migration job.

Action `CreateMmsJob`: `POST /api/v1/mms/datasources/{sourceId}/jobs`. Set its parameters on the returned request, then `.send().await`.*/
    fn create_mms_job(&self) -> crate::Request<'_, Self, builder::CreateMmsJob<'_>> {
        crate::Request::new(self, builder::CreateMmsJob::new(crate::Sender::api(self)))
    }
    /**Read one migration job.

Action `GetMmsJob`: `GET /api/v1/mms/datasources/{sourceId}/jobs/{jobId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn get_mms_job(&self) -> crate::Request<'_, Self, builder::GetMmsJob<'_>> {
        crate::Request::new(self, builder::GetMmsJob::new(crate::Sender::api(self)))
    }
    /**Delete a migration job.

Action `DeleteMmsJob`: `POST /api/v1/mms/datasources/{sourceId}/jobs/{jobId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn delete_mms_job(&self) -> crate::Request<'_, Self, builder::DeleteMmsJob<'_>> {
        crate::Request::new(self, builder::DeleteMmsJob::new(crate::Sender::api(self)))
    }
    /**Resume a stopped migration job.

Action `StartMmsJob`: `POST /api/v1/mms/datasources/{sourceId}/jobs/{jobId}/start`. Set its parameters on the returned request, then `.send().await`.*/
    fn start_mms_job(&self) -> crate::Request<'_, Self, builder::StartMmsJob<'_>> {
        crate::Request::new(self, builder::StartMmsJob::new(crate::Sender::api(self)))
    }
    /**Stop a migration job.

Action `StopMmsJob`: `POST /api/v1/mms/datasources/{sourceId}/jobs/{jobId}/stop`. Set its parameters on the returned request, then `.send().await`.*/
    fn stop_mms_job(&self) -> crate::Request<'_, Self, builder::StopMmsJob<'_>> {
        crate::Request::new(self, builder::StopMmsJob::new(crate::Sender::api(self)))
    }
    /**Retry the failed tasks of a migration job.

Action `RetryMmsJob`: `POST /api/v1/mms/datasources/{sourceId}/jobs/{jobId}/retry`. Set its parameters on the returned request, then `.send().await`.*/
    fn retry_mms_job(&self) -> crate::Request<'_, Self, builder::RetryMmsJob<'_>> {
        crate::Request::new(self, builder::RetryMmsJob::new(crate::Sender::api(self)))
    }
    /**List migration tasks.

Action `ListMmsTasks`: `GET /api/v1/mms/datasources/{sourceId}/tasks`. Set its parameters on the returned request, then `.send().await`.*/
    fn list_mms_tasks(&self) -> crate::Request<'_, Self, builder::ListMmsTasks<'_>> {
        crate::Request::new(self, builder::ListMmsTasks::new(crate::Sender::api(self)))
    }
    /**Read one migration task.

Action `GetMmsTask`: `GET /api/v1/mms/datasources/{sourceId}/tasks/{taskId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn get_mms_task(&self) -> crate::Request<'_, Self, builder::GetMmsTask<'_>> {
        crate::Request::new(self, builder::GetMmsTask::new(crate::Sender::api(self)))
    }
    /**Retry one migration task.

Action `RetryMmsTask`: `POST /api/v1/mms/datasources/{sourceId}/tasks/{taskId}/retry`. Set its parameters on the returned request, then `.send().await`.*/
    fn retry_mms_task(&self) -> crate::Request<'_, Self, builder::RetryMmsTask<'_>> {
        crate::Request::new(self, builder::RetryMmsTask::new(crate::Sender::api(self)))
    }
    /**Read the log of a migration task.

Action `ListMmsTaskLogs`: `GET /api/v1/mms/datasources/{sourceId}/tasks/{taskId}/logs`. Set its parameters on the returned request, then `.send().await`.*/
    fn list_mms_task_logs(
        &self,
    ) -> crate::Request<'_, Self, builder::ListMmsTaskLogs<'_>> {
        crate::Request::new(
            self,
            builder::ListMmsTaskLogs::new(crate::Sender::api(self)),
        )
    }
    /**List the timers of a data source.

Action `ListMmsTimers`: `GET /api/v1/mms/datasources/{sourceId}/timers`. Set its parameters on the returned request, then `.send().await`.*/
    fn list_mms_timers(&self) -> crate::Request<'_, Self, builder::ListMmsTimers<'_>> {
        crate::Request::new(self, builder::ListMmsTimers::new(crate::Sender::api(self)))
    }
    /**Create a timer.

Action `CreateMmsTimer`: `POST /api/v1/mms/datasources/{sourceId}/timers`. Set its parameters on the returned request, then `.send().await`.*/
    fn create_mms_timer(&self) -> crate::Request<'_, Self, builder::CreateMmsTimer<'_>> {
        crate::Request::new(self, builder::CreateMmsTimer::new(crate::Sender::api(self)))
    }
    /**Read one timer.

Action `GetMmsTimer`: `GET /api/v1/mms/datasources/{sourceId}/timers/{timerId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn get_mms_timer(&self) -> crate::Request<'_, Self, builder::GetMmsTimer<'_>> {
        crate::Request::new(self, builder::GetMmsTimer::new(crate::Sender::api(self)))
    }
    /**Change or pause a timer.

Action `UpdateMmsTimer`: `PUT /api/v1/mms/datasources/{sourceId}/timers/{timerId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn update_mms_timer(&self) -> crate::Request<'_, Self, builder::UpdateMmsTimer<'_>> {
        crate::Request::new(self, builder::UpdateMmsTimer::new(crate::Sender::api(self)))
    }
    /**Delete a timer.

Action `DeleteMmsTimer`: `DELETE /api/v1/mms/datasources/{sourceId}/timers/{timerId}`. Set its parameters on the returned request, then `.send().await`.*/
    fn delete_mms_timer(&self) -> crate::Request<'_, Self, builder::DeleteMmsTimer<'_>> {
        crate::Request::new(self, builder::DeleteMmsTimer::new(crate::Sender::api(self)))
    }
    /**Run a timer now.

Action `TriggerMmsTimer`: `POST /api/v1/mms/datasources/{sourceId}/timers/{timerId}/trigger`. Set its parameters on the returned request, then `.send().await`.*/
    fn trigger_mms_timer(
        &self,
    ) -> crate::Request<'_, Self, builder::TriggerMmsTimer<'_>> {
        crate::Request::new(
            self,
            builder::TriggerMmsTimer::new(crate::Sender::api(self)),
        )
    }
    /**Read the log of a timer.

Action `ListMmsTimerLogs`: `GET /api/v1/mms/datasources/{sourceId}/timers/{timerId}/logs`. Set its parameters on the returned request, then `.send().await`.*/
    fn list_mms_timer_logs(
        &self,
    ) -> crate::Request<'_, Self, builder::ListMmsTimerLogs<'_>> {
        crate::Request::new(
            self,
            builder::ListMmsTimerLogs::new(crate::Sender::api(self)),
        )
    }
}
impl<S: crate::Sender + ?Sized> Operations for S {}

/// Decodes `value` as the generated type of the component schema named `schema` and encodes it
/// again; `None` when the spec has no such schema (or it is an open enum). `cargo xtask validate`
/// and the contract tests use it to find fields an example has and the types lose.
#[doc(hidden)]
pub fn schema_round_trip(
    schema: &str,
    value: &::serde_json::Value,
) -> Option<Result<::serde_json::Value, String>> {
    fn again<T: ::serde::de::DeserializeOwned + ::serde::Serialize>(
        value: &::serde_json::Value,
    ) -> Result<::serde_json::Value, String> {
        let typed: T = ::serde_json::from_value(value.clone()).map_err(|e| {
            format!("does not decode into {}: {e}", ::std::any::type_name::<T>())
        })?;
        ::serde_json::to_value(&typed).map_err(|e| format!("does not encode: {e}"))
    }
    match schema {
        "ListMmsDataSourcesResponse" => Some(again::<types::ListMmsDataSourcesResponse>(value)),
        "CreateMmsDataSourceResponse" => Some(again::<types::CreateMmsDataSourceResponse>(value)),
        "GetMmsDataSourceResponse" => Some(again::<types::GetMmsDataSourceResponse>(value)),
        "UpdateMmsDataSourceResponse" => Some(again::<types::UpdateMmsDataSourceResponse>(value)),
        "DeleteMmsDataSourceResponse" => Some(again::<types::DeleteMmsDataSourceResponse>(value)),
        "ListMmsDataSourceConfigItemsResponse" => Some(again::<types::ListMmsDataSourceConfigItemsResponse>(value)),
        "CreateMmsFetchMetadataJobResponse" => Some(again::<types::CreateMmsFetchMetadataJobResponse>(value)),
        "GetMmsFetchMetadataJobResponse" => Some(again::<types::GetMmsFetchMetadataJobResponse>(value)),
        "GetMmsAsyncTaskResponse" => Some(again::<types::GetMmsAsyncTaskResponse>(value)),
        "ListMmsDbsResponse" => Some(again::<types::ListMmsDbsResponse>(value)),
        "GetMmsDbResponse" => Some(again::<types::GetMmsDbResponse>(value)),
        "UpdateMmsDbResponse" => Some(again::<types::UpdateMmsDbResponse>(value)),
        "ListMmsTablesResponse" => Some(again::<types::ListMmsTablesResponse>(value)),
        "UpdateMmsTablesResponse" => Some(again::<types::UpdateMmsTablesResponse>(value)),
        "GetMmsTableResponse" => Some(again::<types::GetMmsTableResponse>(value)),
        "UpdateMmsTableResponse" => Some(again::<types::UpdateMmsTableResponse>(value)),
        "ListMmsPartitionsResponse" => Some(again::<types::ListMmsPartitionsResponse>(value)),
        "GetMmsPartitionResponse" => Some(again::<types::GetMmsPartitionResponse>(value)),
        "ListMmsJobsResponse" => Some(again::<types::ListMmsJobsResponse>(value)),
        "CreateMmsJobResponse" => Some(again::<types::CreateMmsJobResponse>(value)),
        "GetMmsJobResponse" => Some(again::<types::GetMmsJobResponse>(value)),
        "DeleteMmsJobResponse" => Some(again::<types::DeleteMmsJobResponse>(value)),
        "StartMmsJobResponse" => Some(again::<types::StartMmsJobResponse>(value)),
        "StopMmsJobResponse" => Some(again::<types::StopMmsJobResponse>(value)),
        "RetryMmsJobResponse" => Some(again::<types::RetryMmsJobResponse>(value)),
        "ListMmsTasksResponse" => Some(again::<types::ListMmsTasksResponse>(value)),
        "GetMmsTaskResponse" => Some(again::<types::GetMmsTaskResponse>(value)),
        "RetryMmsTaskResponse" => Some(again::<types::RetryMmsTaskResponse>(value)),
        "ListMmsTaskLogsResponse" => Some(again::<types::ListMmsTaskLogsResponse>(value)),
        "ListMmsTimersResponse" => Some(again::<types::ListMmsTimersResponse>(value)),
        "CreateMmsTimerResponse" => Some(again::<types::CreateMmsTimerResponse>(value)),
        "GetMmsTimerResponse" => Some(again::<types::GetMmsTimerResponse>(value)),
        "UpdateMmsTimerResponse" => Some(again::<types::UpdateMmsTimerResponse>(value)),
        "DeleteMmsTimerResponse" => Some(again::<types::DeleteMmsTimerResponse>(value)),
        "TriggerMmsTimerResponse" => Some(again::<types::TriggerMmsTimerResponse>(value)),
        "ListMmsTimerLogsResponse" => Some(again::<types::ListMmsTimerLogsResponse>(value)),
        "JobPage" => Some(again::<types::JobPage>(value)),
        "TaskPage" => Some(again::<types::TaskPage>(value)),
        "DataSourcePage" => Some(again::<types::DataSourcePage>(value)),
        "DbPage" => Some(again::<types::DbPage>(value)),
        "TablePage" => Some(again::<types::TablePage>(value)),
        "PartitionPage" => Some(again::<types::PartitionPage>(value)),
        "TimerPage" => Some(again::<types::TimerPage>(value)),
        "TimerLogPage" => Some(again::<types::TimerLogPage>(value)),
        "CreatedDataSource" => Some(again::<types::CreatedDataSource>(value)),
        "DataSourceUpdate" => Some(again::<types::DataSourceUpdate>(value)),
        "CreatedScan" => Some(again::<types::CreatedScan>(value)),
        "CreatedJob" => Some(again::<types::CreatedJob>(value)),
        "CreatedTimer" => Some(again::<types::CreatedTimer>(value)),
        "DataSource" => Some(again::<types::DataSource>(value)),
        "ConfigItem" => Some(again::<types::ConfigItem>(value)),
        "FetchMetadataJob" => Some(again::<types::FetchMetadataJob>(value)),
        "AsyncTask" => Some(again::<types::AsyncTask>(value)),
        "Db" => Some(again::<types::Db>(value)),
        "DbSorter" => Some(again::<types::DbSorter>(value)),
        "Table" => Some(again::<types::Table>(value)),
        "TableSchema" => Some(again::<types::TableSchema>(value)),
        "Column" => Some(again::<types::Column>(value)),
        "Partition" => Some(again::<types::Partition>(value)),
        "Job" => Some(again::<types::Job>(value)),
        "JobConfig" => Some(again::<types::JobConfig>(value)),
        "Task" => Some(again::<types::Task>(value)),
        "TaskLog" => Some(again::<types::TaskLog>(value)),
        "Timer" => Some(again::<types::Timer>(value)),
        "TimerConfig" => Some(again::<types::TimerConfig>(value)),
        "TimerLog" => Some(again::<types::TimerLog>(value)),
        "SortOrder" => Some(again::<types::SortOrder>(value)),
        "Lang" => Some(again::<types::Lang>(value)),
        "DataSourceAction" => Some(again::<types::DataSourceAction>(value)),
        "CreateMmsDataSourceRequest" => Some(again::<types::CreateMmsDataSourceRequest>(value)),
        "UpdateMmsDataSourceRequest" => Some(again::<types::UpdateMmsDataSourceRequest>(value)),
        "CreateMmsFetchMetadataJobRequest" => Some(again::<types::CreateMmsFetchMetadataJobRequest>(value)),
        "UpdateMmsDbRequest" => Some(again::<types::UpdateMmsDbRequest>(value)),
        "UpdateMmsTableRequest" => Some(again::<types::UpdateMmsTableRequest>(value)),
        "UpdateMmsTablesRequest" => Some(again::<types::UpdateMmsTablesRequest>(value)),
        "CreateMmsJobRequest" => Some(again::<types::CreateMmsJobRequest>(value)),
        "CreateMmsTimerRequest" => Some(again::<types::CreateMmsTimerRequest>(value)),
        "UpdateMmsTimerRequest" => Some(again::<types::UpdateMmsTimerRequest>(value)),
        "ErrorBody" => Some(again::<types::ErrorBody>(value)),
        "GatewayErrorBody" => Some(again::<types::GatewayErrorBody>(value)),
        _ => None,
    }
}

/// Each open enum of the spec with the values its schema lists, for the test that keeps the
/// hand-written enums in step with the spec.
#[doc(hidden)]
pub const OPEN_ENUM_VALUES: &[(&str, &[&str])] = &[
    ("JobStatus", &["INIT", "DOING", "DONE", "FAILED"]),
    ("JobType", &["Database", "Tables", "Partitions"]),
    ("TaskType", &["MOCK", "HIVE", "HIVE_DATAX", "COPY_TASK", "ODPS_INSERT_OVERWRITE", "MC2MC_VERIFY", "OSS", "HIVE_OSS", "HIVE_SPARK", "BIGQUERY", ""]),
    ("TaskStatus", &["INIT", "SCHEMA_DOING", "SCHEMA_DONE", "SCHEMA_FAILED", "DATA_DOING", "DATA_DONE", "DATA_FAILED", "VERIFICATION_DOING", "VERIFICATION_DONE", "VERIFICATION_FAILED", "DONE"]),
    ("MigrationStatus", &["INIT", "DOING", "DONE", "FAILED", "PART_DONE"]),
    ("DataSourceType", &["HIVE", "BIGQUERY", "MAXCOMPUTE"]),
    ("DataSourceStatus", &["STARTED", "START_FAILED", "STOP_FAILED"]),
    ("ScanStatus", &["DOING", "DONE", "FAILED"]),
    ("AsyncTaskType", &["TASK_CREATE", "STOP_JOB"]),
    ("AsyncTaskStatus", &["INIT", "DOING", "DONE", "FAILED"]),
    ("ScheduleType", &["Daily", "Hourly"]),
    ("ConfigItemType", &["boolean", "int", "map", "string", "password", "file"]),
];
