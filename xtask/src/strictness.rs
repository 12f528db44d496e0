//! Proof that the example checks bite: for every object schema an example reaches, an unknown
//! field and a field of the wrong type put into that example must each be reported with the
//! file, the JSON path and the rule. A schema that lets either pass (an open
//! `additionalProperties`, a field without a type) is reported here instead of silently
//! checking nothing.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use crate::{
    coverage::{self, Reached},
    operations::escape,
    schema_check::schema_problems,
    spec::{Example, Spec},
};

/// The field put into every object to check that unknown fields are refused.
pub const UNKNOWN_FIELD: &str = "unexpectedField";

/// One broken example per reached object schema and per kind of mistake, and whether the
/// checks reported it as they should.
pub fn problems(spec: &Spec, examples: &[Example]) -> Result<Vec<String>, String> {
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    for example in examples {
        for reached in coverage::reached(spec, example) {
            if !seen.insert(reached.schema.clone()) {
                continue;
            }
            problems.extend(unknown_field_problem(spec, example, &reached)?);
            problems.extend(wrong_type_problem(spec, example, &reached)?);
        }
    }
    Ok(problems)
}

fn unknown_field_problem(
    spec: &Spec,
    example: &Example,
    reached: &Reached,
) -> Result<Option<String>, String> {
    let mut broken = example.clone();
    let Some(Value::Object(object)) = broken.value.pointer_mut(&reached.pointer) else {
        return Ok(None);
    };
    object.insert(UNKNOWN_FIELD.into(), json!(true));
    let reported = reports(
        spec,
        &broken,
        &display_path(&reached.pointer),
        "additionalProperties",
    )?;
    Ok((!reported).then(|| {
        not_reported(
            spec,
            example,
            reached,
            "an unknown field",
            "every object schema refuses unknown fields",
        )
    }))
}

fn wrong_type_problem(
    spec: &Spec,
    example: &Example,
    reached: &Reached,
) -> Result<Option<String>, String> {
    let Some((field, wrong)) = typed_field(spec, reached) else {
        return Ok(Some(not_reported(
            spec,
            example,
            reached,
            "a wrong type (no field of the example has a type to break)",
            "every object schema types the fields its examples show",
        )));
    };
    let mut broken = example.clone();
    let pointer = format!("{}/{}", reached.pointer, escape(&field));
    if let Some(value) = broken.value.pointer_mut(&pointer) {
        *value = wrong;
    }
    let reported = reports(spec, &broken, &pointer, "type")?;
    Ok((!reported).then(|| {
        not_reported(
            spec,
            example,
            reached,
            &format!("a wrong type in `{field}`"),
            "every field of an object schema has a type",
        )
    }))
}

/// The first field of the object whose schema (after `$ref`) names a type, and a value of
/// another type.
fn typed_field(spec: &Spec, reached: &Reached) -> Option<(String, Value)> {
    let properties = spec
        .raw
        .pointer(&format!(
            "/components/schemas/{}/properties",
            escape(&reached.schema)
        ))?
        .as_object()?;
    reached.value.as_object()?.keys().find_map(|key| {
        let mut schema = properties.get(key)?;
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            schema = spec.raw.pointer(reference.strip_prefix('#')?)?;
        }
        let wrong = match schema.get("type")?.as_str()? {
            "string" => json!(7),
            _ => json!("a text where another type belongs"),
        };
        Some((key.clone(), wrong))
    })
}

/// Whether the checks report a problem at exactly this path of the example's file, by this rule.
fn reports(spec: &Spec, broken: &Example, path: &str, rule: &str) -> Result<bool, String> {
    let prefix = format!("{}: {path}: ", broken.file.display());
    let rule = format!("(rule: {rule};");
    Ok(schema_problems(spec, broken)?
        .iter()
        .any(|line| line.starts_with(&prefix) && line.contains(&rule)))
}

fn display_path(pointer: &str) -> String {
    if pointer.is_empty() {
        "/".into()
    } else {
        pointer.into()
    }
}

fn not_reported(
    spec: &Spec,
    example: &Example,
    reached: &Reached,
    what: &str,
    rule: &str,
) -> String {
    format!(
        "{}: /components/schemas/{}: {what} at {} {} is not reported (rule: {rule})",
        spec.path.display(),
        escape(&reached.schema),
        example.file.display(),
        display_path(&reached.pointer),
    )
}
