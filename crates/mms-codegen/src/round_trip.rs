//! Generated helpers of the checks: a function that decodes a JSON value into the type of a named
//! component schema and encodes it again, so the examples of the spec can be checked against the
//! compiled types without a hand-written list of types (a schema added to the spec gets its entry
//! here), and the values the spec lists for each open enum, so the hand-written enums can be
//! compared with them.

use heck::ToUpperCamelCase;
use openapiv3::OpenAPI;

use crate::OPEN_ENUMS;

/// Rust source of both helpers, appended to the generated client.
pub(crate) fn check_helpers(spec: &OpenAPI) -> String {
    schema_round_trip(spec) + &open_enum_values(spec)
}

/// Rust source of `schema_round_trip`. Every component schema has an entry except the open enums,
/// which are hand-written in `mms-api` and travel inside the objects that use them.
fn schema_round_trip(spec: &OpenAPI) -> String {
    let mut arms = String::new();
    if let Some(components) = &spec.components {
        for name in components.schemas.keys() {
            if OPEN_ENUMS.contains(&name.as_str()) {
                continue;
            }
            arms.push_str(&format!(
                "        {name:?} => Some(again::<types::{}>(value)),\n",
                type_name(name)
            ));
        }
    }
    format!(
        r#"
/// Decodes `value` as the generated type of the component schema named `schema` and encodes it
/// again; `None` when the spec has no such schema (or it is an open enum). `cargo xtask validate`
/// and the contract tests use it to find fields an example has and the types lose.
#[doc(hidden)]
pub fn schema_round_trip(
    schema: &str,
    value: &::serde_json::Value,
) -> Option<Result<::serde_json::Value, String>> {{
    fn again<T: ::serde::de::DeserializeOwned + ::serde::Serialize>(
        value: &::serde_json::Value,
    ) -> Result<::serde_json::Value, String> {{
        let typed: T = ::serde_json::from_value(value.clone()).map_err(|e| {{
            format!("does not decode into {{}}: {{e}}", ::std::any::type_name::<T>())
        }})?;
        ::serde_json::to_value(&typed).map_err(|e| format!("does not encode: {{e}}"))
    }}
    match schema {{
{arms}        _ => None,
    }}
}}
"#
    )
}

/// Rust source of `OPEN_ENUM_VALUES`: each open enum and the values its schema lists.
fn open_enum_values(spec: &OpenAPI) -> String {
    let mut rows = String::new();
    for name in OPEN_ENUMS {
        let values: Vec<String> = spec
            .components
            .as_ref()
            .and_then(|c| c.schemas.get(*name))
            .and_then(|s| s.as_item())
            .map(|schema| match &schema.schema_kind {
                openapiv3::SchemaKind::Type(openapiv3::Type::String(s)) => s
                    .enumeration
                    .iter()
                    .map(|v| format!("{:?}", v.as_deref().unwrap_or_default()))
                    .collect(),
                _ => Vec::new(),
            })
            .unwrap_or_default();
        rows.push_str(&format!("    ({name:?}, &[{}]),\n", values.join(", ")));
    }
    format!(
        r#"
/// Each open enum of the spec with the values its schema lists, for the test that keeps the
/// hand-written enums in step with the spec.
#[doc(hidden)]
pub const OPEN_ENUM_VALUES: &[(&str, &[&str])] = &[
{rows}];
"#
    )
}

/// The name typify gives the type of a component schema.
fn type_name(schema: &str) -> String {
    schema.to_upper_camel_case()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_schema_but_the_open_enums_gets_an_arm() {
        let spec = crate::parse_spec(
            r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Job: {type: object, properties: {id: {type: integer}}}
    JobStatus: {type: string, enum: [INIT]}
    SortOrder: {type: string, enum: [asc, desc]}
"#,
        )
        .expect("spec");
        let source = schema_round_trip(&spec);
        assert!(
            source.contains(r#""Job" => Some(again::<types::Job>(value)),"#),
            "{source}"
        );
        assert!(source.contains(r#""SortOrder" => Some(again::<types::SortOrder>(value)),"#));
        assert!(!source.contains("JobStatus"), "{source}");
        syn::parse_file(&source).expect("valid Rust");
    }
}
