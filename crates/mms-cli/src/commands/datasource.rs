//! `mms datasource …`: data sources, their settings and their metadata scans.

use clap::{Args, Subcommand};
use maxcompute_mms::{
    types::{
        CreateMmsDataSourceRequest, CreateMmsFetchMetadataJobRequest, UpdateMmsDataSourceRequest,
    },
    Operations,
};
use serde::Serialize;

use super::{
    listing::Listing,
    scan::{wait_for_async_task, wait_for_scan},
};
use crate::{
    api::Api,
    body::{self, pairs, FromFile},
    confirm::{confirm, Yes},
    exit::Outcome,
    flags::{self, Maybe},
    output::{self, print_one, print_vec, print_written, ListOutput, ShowOutput, WriteOutput},
    progress::{WaitArgs, Waited},
};

/// Commands on data sources.
#[derive(Debug, Subcommand)]
pub enum DatasourceCommand {
    /// List the data sources of the account in the region.
    #[command(
        after_help = "Examples:\n  mms datasource list\n  mms datasource list --type HIVE --output json | jq '.[].id'"
    )]
    List(DatasourceList),
    /// Show a data source.
    #[command(
        after_help = "Examples:\n  mms datasource get 2\n  mms datasource get 2 --with-config true --output json"
    )]
    Get(DatasourceGet),
    /// Register a data source (start it with `datasource update SOURCE --action START`).
    #[command(
        after_help = "Examples:\n  mms datasource create --name hive1 --type HIVE --networklink vpc-xxx:cn-hangzhou --config metastore.uris=thrift://10.0.0.1:9083\n  mms datasource create --from-file source.yaml"
    )]
    Create(DatasourceCreate),
    /// Start, stop, rename or reconfigure a data source (`--wait` waits for the change).
    #[command(
        after_help = "Examples:\n  mms datasource update 2 --action START --wait\n  mms datasource update 2 --action RENAME --name hive-prod"
    )]
    Update(DatasourceUpdate),
    /// Delete a data source (asks first).
    #[command(
        after_help = "Examples:\n  mms datasource delete 7\n  mms datasource delete 7 --yes"
    )]
    Delete(DatasourceDelete),
    /// List the settings a kind of data source takes.
    #[command(
        after_help = "Examples:\n  mms datasource config-items --source-type HIVE\n  mms datasource config-items --source-type BIGQUERY --lang en_US --output json"
    )]
    ConfigItems(ConfigItems),
    /// Scan a data source's metadata into its catalog (`--wait` waits for the scan).
    #[command(
        after_help = "Examples:\n  mms datasource scan 2 --wait\n  mms datasource scan 2 --db-name mms_test --table-names orders,customers"
    )]
    Scan(DatasourceScan),
}

impl DatasourceCommand {
    pub async fn run<A: Api>(self, api: &A) -> Outcome {
        match self {
            DatasourceCommand::List(c) => {
                let request = api
                    .list_mms_data_sources()
                    .maybe(c.name, |r, v| r.name(v))
                    .maybe(c.type_, |r, v| r.type_(v))
                    .maybe(c.region, |r, v| r.region(v));
                c.listing
                    .print(request.items(), &output::DATA_SOURCES)
                    .await
            }
            DatasourceCommand::Get(c) => {
                let source = api
                    .get_mms_data_source()
                    .source_id(c.source_id)
                    .maybe(c.with_config, |r, v| r.with_config(v))
                    .maybe(c.lang, |r, v| r.lang(v))
                    .send()
                    .await?;
                print_one(&source, &c.output, &output::DATA_SOURCES, None)
            }
            DatasourceCommand::Create(c) => {
                let body: CreateMmsDataSourceRequest =
                    body::build("CreateMmsDataSourceRequest", &c.body, &c.from_file)?;
                let created = api.create_mms_data_source().body(body).send().await?;
                let id = created
                    .data_source_id
                    .map_or("?".to_string(), |id| id.to_string());
                print_written(&created, &c.output, &format!("created data source {id}; start it with `mms datasource update {id} --action START --wait`"))
            }
            DatasourceCommand::Update(c) => c.run(api).await,
            DatasourceCommand::Delete(c) => {
                confirm(
                    &c.yes,
                    api.is_dry_run(),
                    "datasource delete",
                    &format!("Delete data source {}?", c.source_id),
                )?;
                let data = api
                    .delete_mms_data_source()
                    .source_id(c.source_id)
                    .send()
                    .await?;
                print_written(
                    &data,
                    &c.output,
                    &format!("data source {}: deleted", c.source_id),
                )
            }
            DatasourceCommand::ConfigItems(c) => {
                let items = api
                    .list_mms_data_source_config_items()
                    .maybe(c.source_type, |r, v| r.source_type(v))
                    .maybe(c.lang, |r, v| r.lang(v))
                    .send()
                    .await?;
                print_vec(items, &c.output, &output::CONFIG_ITEMS).await
            }
            DatasourceCommand::Scan(c) => c.run(api).await,
        }
    }
}

/// `mms datasource list`.
#[derive(Debug, Args)]
pub struct DatasourceList {
    /// Only data sources whose name contains this text.
    #[arg(long)]
    name: Option<String>,
    /// Only data sources of this kind.
    #[arg(long = "type", value_parser = flags::data_source_type())]
    type_: Option<String>,
    /// Only data sources in this region.
    #[arg(long)]
    region: Option<String>,
    #[command(flatten)]
    listing: Listing,
}

/// `mms datasource get`.
#[derive(Debug, Args)]
pub struct DatasourceGet {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    /// Also return the data source's settings.
    #[arg(long, value_name = "BOOL")]
    with_config: Option<bool>,
    /// Language of the service's texts.
    #[arg(long, value_parser = flags::lang())]
    lang: Option<String>,
    #[command(flatten)]
    output: ShowOutput,
}

/// The body of CreateMmsDataSource as flags.
#[derive(Debug, Args, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DatasourceBody {
    /// Name of the new data source.
    #[arg(long)]
    name: Option<String>,
    /// Kind of the data source.
    #[arg(long = "type", value_parser = flags::data_source_type())]
    #[serde(rename = "type")]
    type_: Option<String>,
    /// The MaxCompute network connection that reaches the source, `<connection>:<region>`.
    #[arg(long)]
    networklink: Option<String>,
    /// KEY=VALUE setting (keys from `datasource config-items`); VALUE is JSON when it reads as
    /// JSON (repeatable).
    #[arg(long, value_parser = flags::key_json, value_name = "KEY=VALUE")]
    #[serde(serialize_with = "pairs")]
    config: Vec<(String, serde_json::Value)>,
}

/// `mms datasource create`.
#[derive(Debug, Args)]
pub struct DatasourceCreate {
    #[command(flatten)]
    body: DatasourceBody,
    #[command(flatten)]
    from_file: FromFile,
    #[command(flatten)]
    output: WriteOutput,
}

/// The body of UpdateMmsDataSource as flags.
#[derive(Debug, Args, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DatasourceUpdateBody {
    /// What to do: START or STOP the source, UPDATE_CONFIG (with --config) or RENAME (with
    /// --name).
    #[arg(long, value_parser = flags::data_source_action())]
    action: Option<String>,
    /// New name, for RENAME.
    #[arg(long)]
    name: Option<String>,
    /// KEY=VALUE setting, for UPDATE_CONFIG (repeatable).
    #[arg(long, value_parser = flags::key_json, value_name = "KEY=VALUE")]
    #[serde(serialize_with = "pairs")]
    config: Vec<(String, serde_json::Value)>,
    /// Only check that the source can be reached with the new settings.
    #[arg(long, value_name = "BOOL")]
    test: Option<bool>,
}

/// `mms datasource update`.
#[derive(Debug, Args)]
pub struct DatasourceUpdate {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    #[command(flatten)]
    body: DatasourceUpdateBody,
    #[command(flatten)]
    from_file: FromFile,
    #[command(flatten)]
    wait: WaitArgs,
    #[command(flatten)]
    output: WriteOutput,
}

impl DatasourceUpdate {
    async fn run<A: Api>(self, api: &A) -> Outcome {
        let body: UpdateMmsDataSourceRequest =
            body::build("UpdateMmsDataSourceRequest", &self.body, &self.from_file)?;
        let update = api
            .update_mms_data_source()
            .source_id(self.source_id)
            .body(body)
            .send()
            .await?;
        let (Some(task), true) = (update.async_task_id, self.wait.wait) else {
            let follow = update.async_task_id.map_or(String::new(), |t| {
                format!(
                    "; follow it with `mms async-task get {} {t} --wait`",
                    self.source_id
                )
            });
            return print_written(
                &update,
                &self.output,
                &format!("data source {}: change requested{follow}", self.source_id),
            );
        };
        match wait_for_async_task(api, self.source_id, task, &self.wait).await? {
            Waited::Done(done) => print_written(
                &done,
                &self.output,
                &format!("data source {}: change done", self.source_id),
            ),
            Waited::Ended(exit) => Ok(exit),
        }
    }
}

/// `mms datasource delete`.
#[derive(Debug, Args)]
pub struct DatasourceDelete {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    #[command(flatten)]
    yes: Yes,
    #[command(flatten)]
    output: WriteOutput,
}

/// `mms datasource config-items`.
#[derive(Debug, Args)]
pub struct ConfigItems {
    /// The kind of data source.
    #[arg(long, value_parser = flags::data_source_type())]
    source_type: Option<String>,
    /// Language of the descriptions.
    #[arg(long, value_parser = flags::lang())]
    lang: Option<String>,
    #[command(flatten)]
    output: ListOutput,
}

/// The body of CreateMmsFetchMetadataJob as flags.
#[derive(Debug, Args, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScanBody {
    /// Scan only this database.
    #[arg(long)]
    db_name: Option<String>,
    /// Scan only these tables of --db-name, comma-separated.
    #[arg(long, value_delimiter = ',')]
    table_names: Vec<String>,
}

/// `mms datasource scan`.
#[derive(Debug, Args)]
pub struct DatasourceScan {
    /// Data source id.
    #[arg(value_name = "SOURCE")]
    source_id: i64,
    #[command(flatten)]
    body: ScanBody,
    #[command(flatten)]
    from_file: FromFile,
    #[command(flatten)]
    wait: WaitArgs,
    #[command(flatten)]
    output: WriteOutput,
}

impl DatasourceScan {
    async fn run<A: Api>(self, api: &A) -> Outcome {
        let body: CreateMmsFetchMetadataJobRequest = body::build(
            "CreateMmsFetchMetadataJobRequest",
            &self.body,
            &self.from_file,
        )?;
        let created = api
            .create_mms_fetch_metadata_job()
            .source_id(self.source_id)
            .body(body)
            .send()
            .await?;
        let (Some(scan), true) = (created.scan_id, self.wait.wait) else {
            let follow = created.scan_id.map_or(String::new(), |s| {
                format!(
                    " as scan {s}; follow it with `mms scan get {} {s} --wait`",
                    self.source_id
                )
            });
            return print_written(
                &created,
                &self.output,
                &format!("data source {}: scan started{follow}", self.source_id),
            );
        };
        match wait_for_scan(api, self.source_id, scan, &self.wait).await? {
            Waited::Done(done) => print_written(
                &done,
                &self.output,
                &format!(
                    "scan {scan} of data source {} DONE; list its tables with `mms table list {}`",
                    self.source_id, self.source_id
                ),
            ),
            Waited::Ended(exit) => Ok(exit),
        }
    }
}
