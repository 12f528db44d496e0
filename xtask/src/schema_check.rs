//! JSON Schema checks of values against the spec's component schemas, strict about fields.

use serde_json::Value;

use crate::spec::{Example, Spec};

/// One line per place the example breaks its schema: file, JSON path, what and which rule.
pub fn schema_problems(spec: &Spec, example: &Example) -> Result<Vec<String>, String> {
    let schema = openapi_draft4::component(&example.schema);
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
        .ok_or_else(|| "/components/schemas: missing".to_string())?;
    let document = openapi_draft4::draft4_document(schemas, schema)?;
    let validator =
        jsonschema::draft4::new(&document).map_err(|e| format!("not a valid schema: {e}"))?;
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
