//! Reading the spec and finding its documented examples.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// One documented example: of a response body, or of a component schema (the `example` a schema
/// carries itself, for schemas no answer contains, such as request bodies).
#[derive(Debug, Clone)]
pub struct Example {
    /// Where it is written: the external file, or the spec itself for inline examples.
    pub file: PathBuf,
    /// The operation whose response it documents; `None` for a schema's own example.
    pub operation: Option<String>,
    /// Component schema the body must match (`GetMmsJobResponse`).
    pub schema: String,
    /// Operation and status, for messages (`GetMmsJob 200`).
    pub context: String,
    pub value: Value,
}

/// The spec as raw JSON (for JSON Schema work) and as openapiv3 (structure checked).
pub struct Spec {
    pub path: PathBuf,
    pub text: String,
    pub raw: Value,
    pub document: openapiv3::OpenAPI,
}

pub fn load(path: &Path) -> Result<Spec, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let raw: Value =
        serde_norway::from_str(&text).map_err(|e| format!("{}: not YAML: {e}", path.display()))?;
    let document =
        mms_codegen::parse_spec(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    if !document.openapi.starts_with("3.0.") {
        return Err(format!(
            "{}: /openapi: version {:?} is not 3.0.x (rule: progenitor reads OpenAPI 3.0 only)",
            path.display(),
            document.openapi
        ));
    }
    Ok(Spec {
        path: path.to_path_buf(),
        text,
        raw,
        document,
    })
}

/// Every example of every JSON response whose schema is a `$ref` to a component, then the examples
/// component schemas carry themselves.
pub fn examples(spec: &Spec) -> Result<Vec<Example>, String> {
    let mut found = response_examples(spec)?;
    found.extend(schema_examples(spec));
    Ok(found)
}

/// The `example` of each component schema that has one, in the order of the spec.
fn schema_examples(spec: &Spec) -> Vec<Example> {
    let Some(schemas) = spec
        .raw
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Vec::new();
    };
    schemas
        .iter()
        .filter_map(|(name, schema)| {
            Some(Example {
                file: spec.path.clone(),
                operation: None,
                schema: name.clone(),
                context: format!("/components/schemas/{name}/example"),
                value: schema.get("example")?.clone(),
            })
        })
        .collect()
}

fn response_examples(spec: &Spec) -> Result<Vec<Example>, String> {
    let base = spec.path.parent().unwrap_or(Path::new("."));
    let mut found = Vec::new();
    for (path, item) in spec.document.paths.iter() {
        let Some(item) = item.as_item() else {
            return Err(format!(
                "{}: /paths/{path}: path items given as $ref are not supported (rule: progenitor)",
                spec.path.display()
            ));
        };
        for (method, op) in item.iter() {
            let op_name = op
                .operation_id
                .clone()
                .unwrap_or_else(|| format!("{method} {path}"));
            for (status, response) in op.responses.responses.iter() {
                let Some(response) = response.as_item() else {
                    continue;
                };
                let Some(media) = response.content.get("application/json") else {
                    continue;
                };
                let schema = match &media.schema {
                    Some(openapiv3::ReferenceOr::Reference { reference }) => reference
                        .strip_prefix("#/components/schemas/")
                        .unwrap_or(reference)
                        .to_string(),
                    _ => continue,
                };
                let context = format!("{op_name} {status}");
                if let Some(value) = &media.example {
                    found.push(Example {
                        file: spec.path.clone(),
                        operation: op.operation_id.clone(),
                        schema: schema.clone(),
                        context: context.clone(),
                        value: value.clone(),
                    });
                }
                for (name, example) in media.examples.iter() {
                    let Some(example) = example.as_item() else {
                        continue;
                    };
                    if let Some(value) = &example.value {
                        found.push(Example {
                            file: spec.path.clone(),
                            operation: op.operation_id.clone(),
                            schema: schema.clone(),
                            context: format!("{context} ({name})"),
                            value: value.clone(),
                        });
                    }
                    if let Some(external) = &example.external_value {
                        let file = base.join(external);
                        let text = std::fs::read_to_string(&file).map_err(|e| {
                            format!("{}: cannot read example of {context}: {e}", file.display())
                        })?;
                        let value = serde_json::from_str(&text)
                            .map_err(|e| format!("{}: not JSON: {e}", file.display()))?;
                        found.push(Example {
                            file,
                            operation: op.operation_id.clone(),
                            schema: schema.clone(),
                            context: format!("{context} ({name})"),
                            value,
                        });
                    }
                }
            }
        }
    }
    Ok(found)
}
