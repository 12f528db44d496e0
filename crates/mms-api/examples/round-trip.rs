//! Decodes documented examples into the generated types and encodes them again, reporting any
//! field that does not survive. `cargo xtask validate` feeds it the examples as a JSON array of
//! `{"label", "schema", "value"}` on standard input, and finds each schema's type through the
//! generated `schema_round_trip`, so a new schema in the spec needs no change here.

use std::{io::Read, process::ExitCode};

use serde_json::Value;

fn main() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("error: cannot read standard input: {e}");
        return ExitCode::FAILURE;
    }
    let examples: Vec<Value> = match serde_json::from_str(&input) {
        Ok(examples) => examples,
        Err(e) => {
            eprintln!("error: standard input is not a JSON array of examples: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut failed = false;
    for example in &examples {
        let label = example["label"].as_str().unwrap_or("an example");
        let schema = example["schema"].as_str().unwrap_or_default();
        let value = &example["value"];
        let result = match mms_api::schema_round_trip(schema, value) {
            Some(again) => again.and_then(|again| lost_fields(value, &again)),
            None => Err(format!("no generated type is known for schema {schema:?}")),
        };
        if let Err(problem) = result {
            eprintln!("error: {label}: {problem}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Every field of the example that the typed round trip dropped or changed.
fn lost_fields(before: &Value, again: &Value) -> Result<(), String> {
    let mut lost = Vec::new();
    compare(&without_nulls(before), again, String::new(), &mut lost);
    if lost.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "lost or changed by the generated types: {}",
            lost.join(", ")
        ))
    }
}

/// Nulls do not survive a round trip by design (`None` is not written), so they are not a loss.
fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

fn compare(before: &Value, after: &Value, path: String, lost: &mut Vec<String>) {
    match (before, after) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let here = format!("{path}/{key}");
                match b.get(key) {
                    Some(other) => compare(value, other, here, lost),
                    None => lost.push(here),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare(x, y, format!("{path}/{i}"), lost);
            }
        }
        (a, b) if a == b => {}
        _ => lost.push(if path.is_empty() {
            "/".to_string()
        } else {
            path
        }),
    }
}
