//! Rules every operation of the spec follows, beyond what progenitor checks: how it is named, what
//! it answers, which example documents it, and how its JSON-text query parameters decode.

use std::{collections::BTreeSet, path::Path};

use serde_json::{json, Value};

use crate::{
    schema_check,
    spec::{Example, Spec},
};

/// Extension of a query parameter sent as JSON text: its value is the schema of the decoded text.
pub const JSON_TEXT_EXTENSION: &str = "x-mms-json-text";

/// The schema every error answer of every operation uses.
const ERROR_SCHEMA: &str = "ErrorBody";

/// One line per broken rule, naming the spec (or example file), the JSON pointer and the rule.
pub fn problems(spec: &Spec, examples: &[Example]) -> Vec<String> {
    let mut problems = Vec::new();
    let at = |pointer: &str, what: &str, rule: &str| {
        format!("{}: {pointer}: {what} (rule: {rule})", spec.path.display())
    };
    let Some(paths) = spec.raw.get("paths").and_then(Value::as_object) else {
        return vec![at("/paths", "missing", "the spec has operations")];
    };
    let mut documented_files = BTreeSet::new();
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, operation) in item {
            if !is_method(method) {
                continue;
            }
            let pointer = format!("/paths/{}/{method}", escape(path));
            let Some(id) = operation.get("operationId").and_then(Value::as_str) else {
                problems.push(at(&pointer, "no operationId", "every operation has one"));
                continue;
            };
            let action = operation.get("x-acs-action").and_then(Value::as_str);
            if action != Some(id) {
                problems.push(at(
                    &format!("{pointer}/x-acs-action"),
                    &format!("is {action:?}, operationId is {id:?}"),
                    "x-acs-action equals the operationId",
                ));
            }
            let responses = format!("{pointer}/responses");
            let wanted = format!("{id}Response");
            match response_schema(spec, operation, "200") {
                Some(name) if name == wanted => {
                    if !has_schema(spec, &name) {
                        problems.push(at(
                            &format!("{responses}/200"),
                            &format!("schema {name} is not in /components/schemas"),
                            "the answer is a named component schema",
                        ));
                    }
                }
                other => problems.push(at(
                    &format!("{responses}/200"),
                    &format!("schema is {other:?}, not {wanted:?}"),
                    "the 200 answer is the named schema <operationId>Response",
                )),
            }
            for status in ["4XX", "5XX"] {
                let name = response_schema(spec, operation, status);
                if name.as_deref() != Some(ERROR_SCHEMA) {
                    problems.push(at(
                        &format!("{responses}/{status}"),
                        &format!("schema is {name:?}"),
                        "errors answer ErrorBody",
                    ));
                }
            }
            problems.extend(example_file_problems(spec, examples, id, &responses));
            documented_files.extend(
                examples
                    .iter()
                    .filter(|e| e.operation.as_deref() == Some(id) && e.file != spec.path)
                    .map(|e| e.file.clone()),
            );
            problems.extend(json_text_problems(spec, operation, &pointer));
        }
    }
    problems.extend(stray_example_files(spec, &documented_files));
    problems
}

fn is_method(key: &str) -> bool {
    matches!(
        key,
        "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace"
    )
}

/// A JSON pointer segment for a key (RFC 6901).
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The component schema the JSON body of a response names, following a `$ref` to
/// `/components/responses`.
fn response_schema(spec: &Spec, operation: &Value, status: &str) -> Option<String> {
    let mut response = operation.get("responses")?.get(status)?;
    if let Some(reference) = response.get("$ref").and_then(Value::as_str) {
        response = spec.raw.pointer(reference.strip_prefix('#')?)?;
    }
    let reference = response
        .pointer("/content/application~1json/schema/$ref")?
        .as_str()?;
    Some(reference.strip_prefix("#/components/schemas/")?.to_string())
}

fn has_schema(spec: &Spec, name: &str) -> bool {
    spec.raw
        .pointer(&format!("/components/schemas/{}", escape(name)))
        .is_some()
}

/// Exactly one example file per operation, named after it.
fn example_file_problems(
    spec: &Spec,
    examples: &[Example],
    id: &str,
    responses: &str,
) -> Vec<String> {
    let files: Vec<&Example> = examples
        .iter()
        .filter(|e| e.operation.as_deref() == Some(id) && e.file != spec.path)
        .collect();
    let expected = format!("{id}.200.json");
    let named_right = files.len() == 1
        && files[0].file.file_name().and_then(|n| n.to_str()) == Some(expected.as_str())
        && files[0].context.starts_with(&format!("{id} 200 "));
    if named_right {
        return Vec::new();
    }
    let found: Vec<String> = files.iter().map(|e| e.file.display().to_string()).collect();
    vec![format!(
        "{}: {responses}/200: example files {found:?} (rule: exactly one example file per \
         operation, examples/{expected}, on its 200 answer)",
        spec.path.display()
    )]
}

/// Files in the examples folder that no operation documents itself with.
fn stray_example_files(spec: &Spec, documented: &BTreeSet<std::path::PathBuf>) -> Vec<String> {
    let dir = spec
        .path
        .parent()
        .unwrap_or(Path::new("."))
        .join("examples");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut stray: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|file| !documented.contains(file))
        .map(|file| {
            format!(
                "{}: not the example of any operation (rule: every example file belongs to an \
                 operation)",
                file.display()
            )
        })
        .collect();
    stray.sort();
    stray
}

/// A query parameter sent as JSON text is a string whose example decodes into the extension's
/// schema.
fn json_text_problems(spec: &Spec, operation: &Value, pointer: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let parameters = operation
        .get("parameters")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    for (i, parameter) in parameters.iter().enumerate() {
        let Some(decoded) = parameter.get(JSON_TEXT_EXTENSION) else {
            continue;
        };
        let here = format!("{pointer}/parameters/{i}");
        let at = |what: String, rule: &str| {
            format!("{}: {here}: {what} (rule: {rule})", spec.path.display())
        };
        if parameter.pointer("/schema/type") != Some(&json!("string")) {
            problems.push(at(
                "is not `type: string`".into(),
                "a JSON-text parameter travels as a string",
            ));
        }
        let Some(text) = parameter.get("example").and_then(Value::as_str) else {
            problems.push(at(
                "has no string example".into(),
                "a JSON-text parameter shows its text",
            ));
            continue;
        };
        let value: Value = match serde_json::from_str(text) {
            Ok(value) => value,
            Err(e) => {
                problems.push(at(
                    format!("example {text:?} is not JSON: {e}"),
                    "a JSON-text example is JSON",
                ));
                continue;
            }
        };
        match schema_check::problems_against(spec, decoded, &value) {
            Ok(found) => problems.extend(found.into_iter().map(|(path, error, rule)| {
                at(
                    format!("example {text:?} at {path}: {error}"),
                    &format!("{rule}; the decoded text matches {JSON_TEXT_EXTENSION}"),
                )
            })),
            Err(e) => problems.push(at(e, "the extension is a valid schema")),
        }
    }
    problems
}
