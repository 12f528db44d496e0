//! Every part of the spec a reader meets says what it is: operations, parameters, schemas and
//! their fields carry a `description` (a field that is only a `$ref` takes the description of
//! the schema it names, since OpenAPI 3.0 ignores siblings of `$ref`).

use serde_json::Value;

use crate::{operations::escape, spec::Spec};

/// One line per part without a description, with its JSON pointer.
pub fn problems(spec: &Spec) -> Vec<String> {
    let mut missing = Vec::new();
    if let Some(paths) = spec.raw.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for (method, operation) in item.as_object().into_iter().flatten() {
                let pointer = format!("/paths/{}/{method}", escape(path));
                need(operation, &pointer, &mut missing);
                parameters(operation, &pointer, &mut missing);
                if let Some(body) = operation.get("requestBody") {
                    need(body, &format!("{pointer}/requestBody"), &mut missing);
                }
                for (status, response) in operation
                    .get("responses")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    need(
                        response,
                        &format!("{pointer}/responses/{status}"),
                        &mut missing,
                    );
                }
            }
        }
    }
    let components = spec.raw.get("components");
    for (kind, entries) in components.and_then(Value::as_object).into_iter().flatten() {
        for (name, entry) in entries.as_object().into_iter().flatten() {
            let pointer = format!("/components/{kind}/{}", escape(name));
            need(entry, &pointer, &mut missing);
            if kind == "schemas" {
                properties(entry, &pointer, &mut missing);
            }
        }
    }
    missing
        .into_iter()
        .map(|pointer| {
            format!(
                "{}: {pointer}: no description (rule: every operation, parameter, schema and field \
                 says what it is)",
                spec.path.display()
            )
        })
        .collect()
}

/// A `$ref` is described where it points; anything else needs its own description.
fn need(part: &Value, pointer: &str, missing: &mut Vec<String>) {
    if part.get("$ref").is_none() && part.get("description").is_none() {
        missing.push(pointer.to_string());
    }
}

fn parameters(operation: &Value, pointer: &str, missing: &mut Vec<String>) {
    for (i, parameter) in operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        need(parameter, &format!("{pointer}/parameters/{i}"), missing);
    }
}

/// The fields of an object schema, and the fields of objects nested in it.
fn properties(schema: &Value, pointer: &str, missing: &mut Vec<String>) {
    for (name, property) in schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let here = format!("{pointer}/properties/{}", escape(name));
        need(property, &here, missing);
        properties(property, &here, missing);
        if let Some(items) = property.get("items") {
            properties(items, &format!("{here}/items"), missing);
        }
    }
}
