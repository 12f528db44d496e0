//! The one printer of every list: items are written as they arrive, so a long list shows its
//! first page at once, and a failure on a later page leaves what was written well-formed.

use futures::{Stream, StreamExt};
use serde::Serialize;
use serde_json::Value;

use super::{
    table::{TableSpec, TableWriter},
    ListFormat, ListOutput,
};
use crate::{
    exit::{Exit, Failure, Outcome},
    stdout::{self, say},
};

/// Items ready together (a page) are written together.
const CHUNK: usize = 1000;

/// Where the list stands after a write.
enum Flow {
    More,
    /// The reader went away (`| head`): stop reading pages, quietly.
    Closed,
}

/// Writes a list in one format.
enum Writer {
    Table(TableWriter),
    Json { written: u64 },
    Jsonl,
}

impl Writer {
    fn new(output: &ListOutput, spec: &'static TableSpec) -> Result<Writer, Failure> {
        let format = output.output.unwrap_or(if stdout::is_terminal() {
            ListFormat::Table
        } else {
            ListFormat::Json
        });
        Ok(match format {
            ListFormat::Table => Writer::Table(TableWriter::new(spec, Some(&output.columns))?),
            ListFormat::Json => Writer::Json { written: 0 },
            ListFormat::Jsonl => Writer::Jsonl,
        })
    }

    fn items(&mut self, items: &[Value]) -> Result<Flow, Failure> {
        let text = match self {
            Writer::Table(table) => table.chunk(items),
            Writer::Json { written } => {
                let mut text = String::new();
                for item in items {
                    text.push_str(if *written == 0 { "[\n" } else { ",\n" });
                    for (i, line) in pretty(item)?.lines().enumerate() {
                        if i > 0 {
                            text.push('\n');
                        }
                        text.push_str("  ");
                        text.push_str(line);
                    }
                    *written += 1;
                }
                text
            }
            Writer::Jsonl => {
                let mut text = String::new();
                for item in items {
                    text.push_str(&compact(item)?);
                    text.push('\n');
                }
                text
            }
        };
        Ok(if text.is_empty() || stdout::write(&text) {
            Flow::More
        } else {
            Flow::Closed
        })
    }

    /// Whether any item has been written.
    fn has_written(&self) -> bool {
        match self {
            Writer::Table(table) => !table.is_empty(),
            Writer::Json { written } => *written > 0,
            Writer::Jsonl => true,
        }
    }

    /// Closes the list: the JSON array is ended even when a page failed.
    fn finish(&mut self) {
        match self {
            Writer::Json { written: 0 } => stdout::emit("[]\n"),
            Writer::Json { .. } => stdout::emit("\n]\n"),
            Writer::Table(table) if table.is_empty() => say!("mms: no items"),
            _ => {}
        }
    }
}

fn pretty(item: &Value) -> Result<String, Failure> {
    serde_json::to_string_pretty(item)
        .map_err(|e| Failure::Input(format!("cannot write JSON: {e}")))
}

fn compact(item: &Value) -> Result<String, Failure> {
    serde_json::to_string(item).map_err(|e| Failure::Input(format!("cannot write JSON: {e}")))
}

fn to_value<T: Serialize>(item: &T) -> Result<Value, Failure> {
    super::to_printable(item)
}

/// Prints every item of `items` (a lazy stream of a list's items) in the chosen format.
pub async fn print_list<T, S>(items: S, output: &ListOutput, spec: &'static TableSpec) -> Outcome
where
    T: Serialize,
    S: Stream<Item = Result<T, maxcompute_mms::Error>>,
{
    let mut writer = Writer::new(output, spec)?;
    let chunks = items.ready_chunks(CHUNK);
    futures::pin_mut!(chunks);
    while let Some(chunk) = chunks.next().await {
        let mut values = Vec::with_capacity(chunk.len());
        let mut failure = None;
        for item in chunk {
            match item {
                Ok(item) => values.push(to_value(&item)?),
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            }
        }
        if let Flow::Closed = writer.items(&values)? {
            return Ok(Exit::Success);
        }
        if let Some(error) = failure {
            // What was written stays well-formed; a list that failed before its first item
            // writes nothing, so no one mistakes it for an empty list.
            if writer.has_written() {
                writer.finish();
            }
            return Err(Failure::Api(error));
        }
    }
    writer.finish();
    Ok(Exit::Success)
}

/// Prints a list the API answers whole (not in pages).
pub async fn print_vec<T: Serialize>(
    items: Vec<T>,
    output: &ListOutput,
    spec: &'static TableSpec,
) -> Outcome {
    print_list(
        futures::stream::iter(items.into_iter().map(Ok)),
        output,
        spec,
    )
    .await
}
