//! Tables for people: the columns a user scans first, sized to the terminal, printed page by
//! page as a list arrives (every page with the widths of the first, so the columns line up).

use comfy_table::{presets::NOTHING, ColumnConstraint, ContentArrangement, Table, Width};
use serde_json::Value;

use crate::{exit::Failure, spec};

/// A column computed from the whole item rather than read from one field.
pub type Computed = fn(&Value) -> String;

/// The table of one resource type.
#[derive(Debug)]
pub struct TableSpec {
    /// The spec's schema of an item, whose fields `--columns` may name.
    pub schema: &'static str,
    /// The columns shown by default, by name.
    pub columns: &'static [&'static str],
    /// Columns that are not one field, by name.
    pub computed: &'static [(&'static str, Computed)],
}

/// One chosen column.
#[derive(Debug, Clone)]
struct Column {
    name: String,
    header: String,
    computed: Option<Computed>,
    field: String,
}

/// Writes rows of one table, chunk by chunk.
#[derive(Debug)]
pub struct TableWriter {
    columns: Vec<Column>,
    widths: Option<Vec<u16>>,
    width: Option<u16>,
}

/// Narrowest a column is squeezed to when the terminal is too narrow for all of them.
const MIN_COLUMN: usize = 8;
/// Space between columns.
const GAP: u16 = 2;

impl TableWriter {
    /// A table of `spec`'s default columns, or of `chosen` (names in kebab case or as the
    /// API spells them). An unknown name is an error listing the names there are.
    pub fn new(
        spec: &'static TableSpec,
        chosen: Option<&[String]>,
    ) -> Result<TableWriter, Failure> {
        let names: Vec<String> = match chosen {
            Some(chosen) if !chosen.is_empty() => chosen.to_vec(),
            _ => spec.columns.iter().map(|s| s.to_string()).collect(),
        };
        let fields = spec::schema_fields(spec.schema);
        let mut columns = Vec::with_capacity(names.len());
        for name in names {
            let kebab = spec::kebab(&name);
            let computed = spec
                .computed
                .iter()
                .find(|(n, _)| *n == kebab)
                .map(|(_, f)| *f);
            let field = spec::camel(&kebab);
            if computed.is_none() && !fields.iter().any(|f| *f == field) {
                let mut known: Vec<String> =
                    spec.computed.iter().map(|(n, _)| n.to_string()).collect();
                known.extend(fields.iter().map(|f| spec::kebab(f)));
                known.sort();
                known.dedup();
                return Err(Failure::Input(format!(
                    "--columns: no column {name:?}; columns of this list: {}",
                    known.join(", ")
                )));
            }
            columns.push(Column {
                header: kebab.replace('-', " ").to_uppercase(),
                name: kebab,
                computed,
                field,
            });
        }
        let width = if crate::stdout::is_terminal() {
            terminal_size::terminal_size().map(|(w, _)| w.0)
        } else {
            None
        };
        Ok(TableWriter {
            columns,
            widths: None,
            width,
        })
    }

    /// Whether nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        self.widths.is_none()
    }

    /// The cell of `column` for `item`.
    fn cell(column: &Column, item: &Value) -> String {
        if let Some(compute) = column.computed {
            return compute(item);
        }
        let value = item.get(&column.field).unwrap_or(&Value::Null);
        if column.name == "size" {
            if let Some(bytes) = value.as_i64() {
                return human_bytes(bytes);
            }
        }
        cell_text(value)
    }

    /// The rows of `items`, with the header before the first chunk. Empty when there is nothing.
    pub fn chunk(&mut self, items: &[Value]) -> String {
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|item| self.columns.iter().map(|c| Self::cell(c, item)).collect())
            .collect();
        if rows.is_empty() {
            return String::new();
        }
        let first = self.widths.is_none();
        let widths = self
            .widths
            .get_or_insert_with(|| fit(&self.columns, &rows, self.width))
            .clone();
        let mut table = Table::new();
        table
            .load_style(NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
        if first {
            table.set_header(self.columns.iter().map(|c| c.header.clone()));
        }
        for row in rows {
            table.add_row(row);
        }
        table.set_constraints(
            widths
                .iter()
                .map(|w| ColumnConstraint::Absolute(Width::Fixed(w + GAP))),
        );
        for column in table.column_iter_mut() {
            column.set_padding((0, GAP));
        }
        // Without borders the style still leaves their lines, empty: drop them.
        let mut text = String::new();
        for line in table.trim_fmt().lines().filter(|l| !l.trim().is_empty()) {
            text.push_str(line);
            text.push('\n');
        }
        text
    }
}

/// Column widths: each as wide as its widest cell, the widest squeezed until the table fits
/// `width` (when known).
fn fit(columns: &[Column], rows: &[Vec<String>], width: Option<u16>) -> Vec<u16> {
    let mut widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            rows.iter()
                .map(|r| r[i].lines().map(|l| l.chars().count()).max().unwrap_or(0))
                .chain([c.header.chars().count()])
                .max()
                .unwrap_or(0)
                .max(1)
        })
        .collect();
    if let Some(width) = width {
        let room = usize::from(width).saturating_sub(columns.len() * usize::from(GAP));
        while widths.iter().sum::<usize>() > room {
            let Some((widest, w)) = widths.iter().copied().enumerate().max_by_key(|(_, w)| *w)
            else {
                break;
            };
            if w <= MIN_COLUMN {
                break;
            }
            widths[widest] = w - 1;
        }
    }
    widths
        .into_iter()
        .map(|w| u16::try_from(w).unwrap_or(u16::MAX - GAP))
        .collect()
}

/// A value as a cell: text as is, `-` for nothing, lists joined, objects as compact JSON.
pub fn cell_text(value: &Value) -> String {
    match value {
        Value::Null => "-".into(),
        Value::String(s) if s.is_empty() => "-".into(),
        Value::String(s) => s.trim_end().to_string(),
        Value::Array(items) if items.is_empty() => "-".into(),
        Value::Array(items) => items
            .iter()
            .map(|v| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(","),
        Value::Object(map) if map.is_empty() => "-".into(),
        other => other.to_string(),
    }
}

/// `1536` → `1.5 KiB`.
pub fn human_bytes(bytes: i64) -> String {
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value.abs() >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(name: &str) -> Column {
        Column {
            name: name.into(),
            header: name.to_uppercase(),
            computed: None,
            field: name.into(),
        }
    }

    #[test]
    fn columns_are_squeezed_to_the_terminal_widest_first() {
        let columns = [column("id"), column("name")];
        let rows = vec![vec!["1".to_string(), "x".repeat(100)]];
        assert_eq!(fit(&columns, &rows, None), [2, 100]);
        assert_eq!(fit(&columns, &rows, Some(40)), [2, 34]);
        // Never below the minimum, even on a tiny terminal.
        assert_eq!(fit(&columns, &rows, Some(5)), [2, 8]);
    }

    #[test]
    fn cells_say_nothing_as_a_dash_and_sizes_in_units() {
        assert_eq!(cell_text(&Value::Null), "-");
        assert_eq!(cell_text(&serde_json::json!("")), "-");
        assert_eq!(cell_text(&serde_json::json!(["a", 1])), "a,1");
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(3 * 1024 * 1024 * 1024), "3.0 GiB");
    }
}
