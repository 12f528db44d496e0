//! Which component schemas the examples reach, and which of their fields they show: an example
//! only guards the fields it has, so every object schema and every field must appear in one.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use crate::{
    operations::escape,
    spec::{Example, Spec},
};

/// One place in an example where an object of a named component schema sits.
#[derive(Debug, Clone)]
pub struct Reached {
    /// The component schema (`Job`).
    pub schema: String,
    /// JSON pointer of the object in the example (`/data/objectList/0`).
    pub pointer: String,
    /// The object itself.
    pub value: Value,
}

/// Every object of a named component schema in the example, outermost first. Only schemas that
/// list `properties` count; enums and free-form maps are checked inside the objects that use them.
pub fn reached(spec: &Spec, example: &Example) -> Vec<Reached> {
    let mut out = Vec::new();
    let root = json!({ "$ref": format!("#/components/schemas/{}", example.schema) });
    walk(spec, &root, &example.value, String::new(), &mut out);
    out
}

fn walk(spec: &Spec, schema: &Value, value: &Value, pointer: String, out: &mut Vec<Reached>) {
    let mut schema = schema;
    if let Some(name) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
    {
        let Some(target) = spec
            .raw
            .pointer(&format!("/components/schemas/{}", escape(name)))
        else {
            return;
        };
        if target.get("properties").is_some() && value.is_object() {
            out.push(Reached {
                schema: name.to_string(),
                pointer: pointer.clone(),
                value: value.clone(),
            });
        }
        schema = target;
    }
    match value {
        Value::Object(fields) => {
            let properties = schema.get("properties");
            let additional = schema.get("additionalProperties").filter(|s| s.is_object());
            for (key, field) in fields {
                let here = format!("{pointer}/{}", escape(key));
                if let Some(property) = properties.and_then(|p| p.get(key)) {
                    walk(spec, property, field, here, out);
                } else if let Some(additional) = additional {
                    walk(spec, additional, field, here, out);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    walk(spec, item_schema, item, format!("{pointer}/{i}"), out);
                }
            }
        }
        _ => {}
    }
}

/// Names of the component schemas that are objects with properties, in the order of the spec.
pub fn object_schemas(spec: &Spec) -> Vec<String> {
    spec.raw
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| {
            schemas
                .iter()
                .filter(|(_, s)| s.get("properties").is_some())
                .map(|(name, _)| name.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// The object schemas no example reaches, and the fields of reached ones no example shows.
pub fn problems(spec: &Spec, examples: &[Example]) -> Vec<String> {
    let mut shown: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for example in examples {
        for reached in reached(spec, example) {
            let fields = shown.entry(reached.schema).or_default();
            if let Some(object) = reached.value.as_object() {
                fields.extend(object.keys().cloned());
            }
        }
    }
    let mut problems = Vec::new();
    for name in object_schemas(spec) {
        let pointer = format!("/components/schemas/{}", escape(&name));
        let Some(fields) = shown.get(&name) else {
            problems.push(format!(
                "{}: {pointer}: no example contains this schema (rule: every object schema is \
                 reached by an answer example or carries its own `example`)",
                spec.path.display()
            ));
            continue;
        };
        let properties = spec
            .raw
            .pointer(&format!("{pointer}/properties"))
            .and_then(Value::as_object);
        for property in properties.into_iter().flat_map(|p| p.keys()) {
            if !fields.contains(property) {
                problems.push(format!(
                    "{}: {pointer}/properties/{}: no example shows this field (rule: every field \
                     appears in at least one example)",
                    spec.path.display(),
                    escape(property)
                ));
            }
        }
    }
    problems
}

/// Page schemas are exactly `{total, pageNum, pageSize, objectList: [Item]}` and named `<Item>Page`;
/// code finds pages by these four properties, so no other schema may have them all.
pub fn page_problems(spec: &Spec) -> Vec<String> {
    const PAGE: [&str; 4] = ["objectList", "pageNum", "pageSize", "total"];
    let mut problems = Vec::new();
    let Some(schemas) = spec
        .raw
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return problems;
    };
    for (name, schema) in schemas {
        let properties: BTreeSet<&str> = schema
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let is_page_shaped = PAGE.iter().all(|p| properties.contains(p));
        let item = schema
            .pointer("/properties/objectList/items/$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/components/schemas/"));
        let well_formed = properties.len() == PAGE.len()
            && ["total", "pageNum", "pageSize"].iter().all(|p| {
                schema.pointer(&format!("/properties/{p}/type")) == Some(&json!("integer"))
                    && schema.pointer(&format!("/properties/{p}/format")) == Some(&json!("int64"))
            })
            && item.is_some_and(|item| *name == format!("{item}Page"));
        if (is_page_shaped || name.ends_with("Page")) && !well_formed {
            problems.push(format!(
                "{}: /components/schemas/{}: not a page (rule: a page schema is exactly \
                 {{total, pageNum, pageSize: int64, objectList: [$ref Item]}} and is named \
                 <Item>Page)",
                spec.path.display(),
                escape(name)
            ));
        }
    }
    problems
}
