//! Printing one item, and the result of a write.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::Value;

use super::{
    table::{cell_text, TableSpec, TableWriter},
    ShowFormat, ShowOutput, WriteFormat, WriteOutput,
};
use crate::{
    exit::{Exit, Failure, Outcome},
    spec, stdout,
};

fn to_value<T: Serialize>(item: &T) -> Result<Value, Failure> {
    super::to_printable(item)
}

/// Prints `item` as `output` says; `summary` is its readable text, when it has one of its own
/// (otherwise each field on a line).
pub fn print_one<T: Serialize>(
    item: &T,
    output: &ShowOutput,
    spec: &'static TableSpec,
    summary: Option<fn(&T) -> String>,
) -> Outcome {
    let value = to_value(item)?;
    let text = match output.output {
        ShowFormat::Text => match summary {
            Some(summary) => summary(item),
            None => fields(&value),
        },
        ShowFormat::Table => TableWriter::new(spec, Some(&output.columns))?.chunk(&[value]),
        ShowFormat::Json => json(&value, true)?,
        ShowFormat::Jsonl => json(&value, false)?,
    };
    stdout::emit(&text);
    Ok(Exit::Success)
}

fn json(value: &Value, pretty: bool) -> Result<String, Failure> {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    text.map(|t| t + "\n")
        .map_err(|e| Failure::Input(format!("cannot write JSON: {e}")))
}

/// Every field on a line, names in kebab case and aligned; nested objects as compact JSON.
pub fn fields(value: &Value) -> String {
    let Value::Object(map) = value else {
        return format!("{}\n", cell_text(value));
    };
    let width = map.keys().map(|k| spec::kebab(k).len()).max().unwrap_or(0);
    let mut out = String::new();
    for (key, value) in map {
        let text = match value {
            Value::Array(items) if items.iter().any(Value::is_object) => {
                format!("{} items (see --output json)", items.len())
            }
            other => cell_text(other),
        };
        let _ = writeln!(out, "{:<width$}  {text}", spec::kebab(key));
    }
    out
}

/// Prints what a write returned: `sentence` for people, or the API's `data` as JSON.
pub fn print_written<T: Serialize>(data: &T, output: &WriteOutput, sentence: &str) -> Outcome {
    match output.output {
        WriteFormat::Text => stdout::emit_line(sentence),
        WriteFormat::Json => stdout::emit(&json(&to_value(data)?, true)?),
    }
    Ok(Exit::Success)
}
