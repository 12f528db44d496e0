//! OpenAPI 3.0 schemas as JSON Schema draft 4, for tools that check values against a spec's
//! schemas (the `mms` CLI checks request bodies, `cargo xtask validate` the documented examples).
//!
//! OpenAPI 3.0 schemas are almost draft 4: `nullable` has to become a `null` type, and the
//! OpenAPI-only keywords (`example`, `x-…`) go. Objects that list their properties are closed
//! here, so a misspelt field is an error; the spec itself stays open to new fields.
//!
//! ```
//! use serde_json::json;
//!
//! let schemas = json!({
//!     "Job": {
//!         "type": "object",
//!         "properties": { "name": { "type": "string", "nullable": true } }
//!     }
//! });
//! let document = openapi_draft4::draft4_document(&schemas, &openapi_draft4::component("Job"))?;
//! assert_eq!(document["$ref"], "#/components/schemas/Job");
//! let job = &document["components"]["schemas"]["Job"];
//! assert_eq!(job["properties"]["name"]["type"], json!(["string", "null"]));
//! assert_eq!(job["additionalProperties"], false);
//! # Ok::<(), String>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

use serde_json::{json, Map, Value};

/// The `$schema` of every document made here.
pub const DRAFT4: &str = "http://json-schema.org/draft-04/schema#";

/// A schema that is the component schema `name` (`{"$ref": "#/components/schemas/<name>"}`).
pub fn component(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

/// A whole draft-4 document: `schema` converted, with the spec's component schemas `schemas`
/// (the map at `/components/schemas`) converted beside it so that its `$ref`s resolve.
///
/// Fails when `schema` is not an object.
pub fn draft4_document(schemas: &Value, schema: &Value) -> Result<Value, String> {
    let mut root = match draft4(schema.clone()) {
        Value::Object(map) => map,
        other => return Err(format!("not a schema object: {other}")),
    };
    root.insert("$schema".into(), json!(DRAFT4));
    root.insert(
        "components".into(),
        json!({ "schemas": schema_map(schemas.clone()) }),
    );
    Ok(Value::Object(root))
}

/// One OpenAPI 3.0 schema as draft 4 reads it: `nullable` becomes a `null` type, OpenAPI-only
/// keywords go, and objects that list their properties are closed. Keywords are rewritten only
/// where a schema is expected: a property may be called `nullable` or `example`.
pub fn draft4(schema: Value) -> Value {
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
            "items" | "additionalProperties" | "not" => draft4(value),
            "allOf" | "anyOf" | "oneOf" => match value {
                Value::Array(items) => Value::Array(items.into_iter().map(draft4).collect()),
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
                .map(|(name, schema)| (name, draft4(schema)))
                .collect(),
        ),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_rewritten_only_where_a_schema_is_expected() {
        let schema = json!({
            "type": "object",
            "nullable": true,
            "example": {},
            "x-note": "dropped",
            "properties": {
                "nullable": { "type": "boolean" },
                "list": { "type": "array", "items": { "type": "integer", "nullable": true } },
                "open": { "type": "object", "properties": {}, "additionalProperties": true }
            }
        });
        let out = draft4(schema);
        assert_eq!(out["type"], json!(["object", "null"]));
        assert!(out.get("example").is_none() && out.get("x-note").is_none());
        assert_eq!(out["additionalProperties"], false);
        assert_eq!(out["properties"]["nullable"], json!({ "type": "boolean" }));
        assert_eq!(
            out["properties"]["list"]["items"]["type"],
            json!(["integer", "null"])
        );
        assert_eq!(out["properties"]["open"]["additionalProperties"], true);
    }

    #[test]
    fn a_document_needs_a_schema_object() {
        assert!(draft4_document(&json!({}), &json!(true)).is_err());
        let document = draft4_document(&json!({}), &component("X")).unwrap();
        assert_eq!(document["$schema"], DRAFT4);
    }
}
