//! The OpenAPI spec the client was generated from (`mms_api::SPEC`), read once: the fields of
//! each schema (for `--columns`), request bodies checked against their schema before anything is
//! sent, and the operations' parameters (for the test that every one has a flag).

use std::sync::OnceLock;

use heck::{ToKebabCase, ToLowerCamelCase};

use serde_json::Value;

/// The spec as JSON; `Null` if it cannot be read (it is compiled in and checked by the
/// generator, so that does not happen in a built binary).
pub fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| serde_norway::from_str(mms_api::SPEC).unwrap_or(Value::Null))
}

/// `srcDbName`, `src_db_name` or `src-db-name` → `src-db-name`.
pub fn kebab(name: &str) -> String {
    name.to_kebab_case()
}

/// `src-db-name` → `srcDbName`.
pub fn camel(name: &str) -> String {
    name.to_lower_camel_case()
}

/// The schema named `name` in `components/schemas`.
pub fn schema(name: &str) -> Option<&'static Value> {
    spec().pointer(&format!("/components/schemas/{name}"))
}

/// The property names of schema `name`.
pub fn schema_fields(name: &str) -> Vec<&'static str> {
    schema(name)
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object)
        .map(|props| props.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

/// Each place `value` breaks schema `name`, as a field path (`tables[0]`, `(body)` for the
/// whole) and what is wrong. Objects of the spec are closed here: a misspelt field is a mistake.
pub fn check(name: &str, value: &Value) -> Vec<(String, String)> {
    let schemas = spec()
        .pointer("/components/schemas")
        .unwrap_or(&Value::Null);
    let validator = match openapi_draft4::draft4_document(schemas, &openapi_draft4::component(name))
        .and_then(|document| jsonschema::draft4::new(&document).map_err(|e| e.to_string()))
    {
        Ok(validator) => validator,
        Err(e) => return vec![("(spec)".into(), format!("schema {name} is not valid: {e}"))],
    };
    validator
        .iter_errors(value)
        .map(|error| {
            (
                field_path(&error.instance_path().to_string()),
                error.to_string(),
            )
        })
        .collect()
}

/// `/tables/0/name` → `tables[0].name`; the root is `(body)`.
fn field_path(pointer: &str) -> String {
    let mut out = String::new();
    for part in pointer.split('/').skip(1) {
        let part = part.replace("~1", "/").replace("~0", "~");
        if part.chars().all(|c| c.is_ascii_digit()) && !part.is_empty() {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&part);
        }
    }
    if out.is_empty() {
        "(body)".into()
    } else {
        out
    }
}

/// One operation's inputs as the spec lists them.
#[cfg(test)]
#[derive(Debug)]
pub struct OperationInputs {
    pub action: String,
    pub path_params: Vec<String>,
    pub query_params: Vec<String>,
    pub body_fields: Vec<String>,
}

/// Every operation's inputs.
#[cfg(test)]
pub fn operations() -> Vec<OperationInputs> {
    let resolve = |value: &'static Value| -> &'static Value {
        match value.get("$ref").and_then(Value::as_str) {
            Some(r) => spec()
                .pointer(r.trim_start_matches('#'))
                .unwrap_or(&Value::Null),
            None => value,
        }
    };
    let mut out = Vec::new();
    let Some(paths) = spec().get("paths").and_then(Value::as_object) else {
        return out;
    };
    for item in paths.values() {
        let Some(item) = item.as_object() else {
            continue;
        };
        for operation in item.values() {
            let Some(action) = operation.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let mut inputs = OperationInputs {
                action: action.to_string(),
                path_params: Vec::new(),
                query_params: Vec::new(),
                body_fields: Vec::new(),
            };
            for param in operation
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let param = resolve(param);
                let name = param
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                match param.get("in").and_then(Value::as_str) {
                    Some("path") => inputs.path_params.push(name.into()),
                    Some("query") => inputs.query_params.push(name.into()),
                    _ => {}
                }
            }
            if let Some(body) = operation.pointer("/requestBody/content/application~1json/schema") {
                let body = resolve(body);
                if let Some(props) = body.get("properties").and_then(Value::as_object) {
                    inputs.body_fields = props.keys().cloned().collect();
                }
            }
            out.push(inputs);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn names_convert_both_ways() {
        assert_eq!(kebab("srcDbName"), "src-db-name");
        assert_eq!(kebab("src_db_name"), "src-db-name");
        assert_eq!(kebab("networklink"), "networklink");
        assert_eq!(camel("src-db-name"), "srcDbName");
        assert_eq!(camel("id"), "id");
    }

    #[test]
    fn a_body_mistake_is_named_by_its_field_path() {
        assert!(check(
            "CreateMmsJobRequest",
            &json!({"name": "x", "tables": ["a"]})
        )
        .is_empty());
        let problems = check("CreateMmsJobRequest", &json!({"tables": ["a", 5]}));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].0, "tables[1]");
        let problems = check("CreateMmsJobRequest", &json!({"tabels": ["a"]}));
        assert_eq!(problems[0].0, "(body)");
        assert!(problems[0].1.contains("tabels"), "{problems:?}");
        let problems = check("UpdateMmsDataSourceRequest", &json!({"action": "JUMP"}));
        assert_eq!(problems[0].0, "action");
    }

    #[test]
    fn every_operation_of_the_spec_is_read() {
        let operations = operations();
        assert_eq!(operations.len(), mms_api::ROUTES.len());
        let list_tables = operations
            .iter()
            .find(|o| o.action == "ListMmsTables")
            .unwrap();
        assert!(list_tables
            .query_params
            .contains(&"hasPartitions".to_string()));
        assert_eq!(list_tables.path_params, ["sourceId"]);
    }
}
