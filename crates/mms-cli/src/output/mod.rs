//! How results are printed: lists (streamed page by page as a table, a JSON array or JSON
//! lines), single items (a summary, a table row or JSON) and the results of writes.

mod list;
mod show;
pub mod table;
mod tables;

pub use list::{print_list, print_vec};
pub use show::{print_one, print_written};
pub use tables::*;

use clap::{Args, ValueEnum};
use serde::Serialize;
use serde_json::Value;

use crate::exit::Failure;

/// What is shown instead of a secret.
const REDACTED: &str = "** redacted **";

/// `item` as JSON, with the value of every setting of type `password` (a data source's
/// configuration items) redacted: a secret is never printed.
pub fn to_printable<T: Serialize>(item: &T) -> Result<Value, Failure> {
    let mut value = serde_json::to_value(item)
        .map_err(|e| Failure::Input(format!("cannot write JSON: {e}")))?;
    redact(&mut value);
    Ok(value)
}

fn redact(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let secret = map.get("type").and_then(Value::as_str) == Some("password");
            for (key, field) in map.iter_mut() {
                if secret && key == "value" && !field.is_null() {
                    *field = Value::String(REDACTED.into());
                } else {
                    redact(field);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn password_settings_are_redacted_wherever_they_are() {
        let source = serde_json::json!({"id": 2, "config": [
            {"key": "hive.password", "type": "password", "value": "s3cret"},
            {"key": "hive.user", "type": "string", "value": "hive"}
        ]});
        let shown = super::to_printable(&source).unwrap();
        assert_eq!(shown["config"][0]["value"], "** redacted **");
        assert_eq!(shown["config"][1]["value"], "hive");
        assert!(!shown.to_string().contains("s3cret"));
    }
}

/// Formats of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Aligned columns for people (`--columns` picks them).
    Table,
    /// One JSON array of every item, written as pages arrive.
    Json,
    /// One JSON object per line, for `jq -c` and `while read`.
    Jsonl,
}

/// Formats of one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// A readable summary.
    Text,
    /// One row of the list's table.
    Table,
    /// The API's `data`, as JSON.
    Json,
    /// The API's `data`, as JSON on one line.
    Jsonl,
}

/// Output options of a list.
#[derive(Debug, Clone, Args)]
pub struct ListOutput {
    /// Output format [default: table on a terminal, json when piped].
    #[arg(long, short, value_enum)]
    pub output: Option<ListFormat>,
    /// Columns of the table, comma-separated: names of the item's fields in kebab case
    /// (`--columns id,name,num-rows`).
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    pub columns: Vec<String>,
}

/// How much of a paged list to read.
#[derive(Debug, Clone, Args)]
pub struct Paging {
    /// Stop after this many items.
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Items per page asked of the service (pages are read one at a time, as needed).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=1000))]
    pub page_size: Option<i64>,
}

/// Output options of one item.
#[derive(Debug, Clone, Args)]
pub struct ShowOutput {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ShowFormat::Text)]
    pub output: ShowFormat,
    /// Columns of `--output table`, comma-separated.
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    pub columns: Vec<String>,
}

/// Formats of a write's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WriteFormat {
    /// A sentence saying what was done.
    Text,
    /// The API's `data`, as JSON.
    Json,
}

/// Output options of a write.
#[derive(Debug, Clone, Args)]
pub struct WriteOutput {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = WriteFormat::Text)]
    pub output: WriteFormat,
}
