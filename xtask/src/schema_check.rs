//! JSON Schema checks of values against the spec's component schemas, strict about fields.

use serde_json::{json, Map, Value};

use crate::spec::{Example, Spec};

/// One line per place the example breaks its schema: file, JSON path, what and which rule.
pub fn schema_problems(spec: &Spec, example: &Example) -> Result<Vec<String>, String> {
    let schema = json!({ "$ref": format!("#/components/schemas/{}", example.schema) });
    let found = problems_against(spec, &schema, &example.value).map_err(|e| {
        format!(
            "{}: /components/schemas/{}: {e}",
            spec.path.display(),
            example.schema
        )
    })?;
    Ok(found
        .into_iter()
        .map(|(path, error, rule)| {
            format!(
                "{}: {path}: {error} (rule: {rule}; example of {} against {})",
                example.file.display(),
                example.context,
                example.schema
            )
        })
        .collect())
}

/// Each place `value` breaks `schema` (which may `$ref` the spec's components), as JSON path,
/// message and the JSON Schema keyword that failed.
pub fn problems_against(
    spec: &Spec,
    schema: &Value,
    value: &Value,
) -> Result<Vec<(String, String, String)>, String> {
    let schemas = spec
        .raw
        .pointer("/components/schemas")
        .cloned()
        .ok_or_else(|| "/components/schemas: missing".to_string())?;
    let mut root = match draft4_schema(schema.clone()) {
        Value::Object(map) => map,
        other => return Err(format!("not a schema object: {other}")),
    };
    root.insert(
        "$schema".into(),
        json!("http://json-schema.org/draft-04/schema#"),
    );
    root.insert(
        "components".into(),
        json!({ "schemas": schema_map(schemas) }),
    );
    let validator = jsonschema::draft4::new(&Value::Object(root))
        .map_err(|e| format!("not a valid schema: {e}"))?;
    Ok(validator
        .iter_errors(value)
        .map(|error| {
            let path = error.instance_path().to_string();
            (
                if path.is_empty() { "/".into() } else { path },
                error.to_string(),
                error.kind().keyword().to_string(),
            )
        })
        .collect())
}

/// An OpenAPI 3.0 schema as draft 4 reads it. `nullable` becomes a `null` type, and objects that
/// list their properties close to other ones, so a misspelt field in an example is an error.
/// Keywords are rewritten only where a schema is expected: a property may be called `nullable`
/// or `example`. This copy is for validation only: the spec itself stays open to new fields.
fn draft4_schema(schema: Value) -> Value {
    let Value::Object(map) = schema else {
        return schema;
    };
    let mut nullable = false;
    let mut out = Map::new();
    for (key, value) in map {
        let value = match key.as_str() {
            "nullable" => {
                nullable = value == Value::Bool(true);
                continue;
            }
            "example" | "examples" => continue,
            k if k.starts_with("x-") => continue,
            "properties" | "patternProperties" | "definitions" => schema_map(value),
            "items" | "additionalProperties" | "not" => draft4_schema(value),
            "allOf" | "anyOf" | "oneOf" => match value {
                Value::Array(items) => Value::Array(items.into_iter().map(draft4_schema).collect()),
                other => other,
            },
            _ => value,
        };
        out.insert(key, value);
    }
    if nullable {
        if let Some(Value::String(t)) = out.get("type").cloned() {
            out.insert("type".into(), json!([t, "null"]));
        }
    }
    if out.contains_key("properties") && !out.contains_key("additionalProperties") {
        out.insert("additionalProperties".into(), Value::Bool(false));
    }
    Value::Object(out)
}

/// A map of names to schemas (`properties`, `/components/schemas`): names stay, schemas convert.
fn schema_map(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(name, schema)| (name, draft4_schema(schema)))
                .collect(),
        ),
        other => other,
    }
}
