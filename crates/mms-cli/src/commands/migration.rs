//! Flags that say how a migration runs, shared by `job create` and `timer create` (a timer's
//! jobs take them from the timer).

use clap::Args;
use serde::Serialize;

use crate::{body::pairs, flags};

/// How names change on the way: source to destination table and column names.
#[derive(Debug, Args, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NameMappings {
    /// SOURCE=DESTINATION table name (repeatable).
    #[arg(long, value_parser = flags::key_value, value_name = "SRC=DST")]
    #[serde(serialize_with = "pairs")]
    table_mapping: Vec<(String, String)>,
    /// SOURCE=DESTINATION column name (repeatable).
    #[arg(long, value_parser = flags::key_value, value_name = "SRC=DST")]
    #[serde(serialize_with = "pairs")]
    column_mapping: Vec<(String, String)>,
}

/// Which steps a migration takes: tables, data, verification.
#[derive(Debug, Args, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MigrationSteps {
    /// Create or update the destination tables and partitions.
    #[arg(long, value_name = "BOOL")]
    enable_schema_migration: Option<bool>,
    /// Copy the data.
    #[arg(long, value_name = "BOOL")]
    enable_data_migration: Option<bool>,
    /// Compare row counts of source and destination after copying.
    #[arg(long, value_name = "BOOL")]
    enable_verification: Option<bool>,
}
