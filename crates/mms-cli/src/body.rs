//! Request bodies of `create` and `update`: flags, a file (`--from-file`, JSON or YAML), or
//! both (flags win), checked against the spec's schema before anything is sent.

use std::{io::Read, path::PathBuf};

use clap::Args;
use serde::{de::DeserializeOwned, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::{exit::Failure, spec};

/// The body as a file.
#[derive(Debug, Clone, Args)]
pub struct FromFile {
    /// The whole body from a JSON or YAML file (`-` reads standard input); flags given too
    /// replace its fields.
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,
}

/// Serializes repeated `KEY=VALUE` flags as a JSON object.
pub fn pairs<V: Serialize, S: Serializer>(
    pairs: &[(String, V)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// The JSON (or YAML) value in `path` (`-`: standard input), with the name to call it by.
pub fn read_json(path: &PathBuf, flag: &str) -> Result<(String, Value), Failure> {
    let name = if path.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        path.display().to_string()
    };
    let mut text = String::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(path).map(|t| text = t)
    };
    read.map_err(|e| Failure::Input(format!("{flag} {name}: cannot read it: {e}")))?;
    let value: Value = if text.trim_start().starts_with(['{', '[']) {
        serde_json::from_str(&text)
            .map_err(|e| Failure::Input(format!("{flag} {name}: not valid JSON: {e}")))?
    } else {
        serde_norway::from_str(&text).map_err(|e| {
            Failure::Input(format!(
                "{flag} {name}: neither JSON nor YAML: {}",
                crate::stdout::one_line(&e)
            ))
        })?
    };
    Ok((name, value))
}

fn read_file(path: &PathBuf) -> Result<(String, Value), Failure> {
    let (name, value) = read_json(path, "--from-file")?;
    if !value.is_object() {
        return Err(Failure::Input(format!(
            "--from-file {name}: the body must be an object of fields, not {}",
            kind(&value)
        )));
    }
    Ok((name, value))
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// The body of schema `schema` from `flags` (a struct whose unset fields serialize to nothing)
/// over the file, checked against the spec; a mistake is one line naming where it is.
pub fn build<T: DeserializeOwned>(
    schema: &str,
    flags: &impl Serialize,
    file: &FromFile,
) -> Result<T, Failure> {
    let flags = match serde_json::to_value(flags) {
        // Flags not given serialize as nothing, an empty list or an empty map: not fields.
        Ok(Value::Object(mut map)) => {
            map.retain(|_, v| match v {
                Value::Null => false,
                Value::Array(items) => !items.is_empty(),
                Value::Object(fields) => !fields.is_empty(),
                _ => true,
            });
            map
        }
        Ok(_) => Map::new(),
        Err(e) => return Err(Failure::Input(format!("cannot read the flags: {e}"))),
    };
    let (origin, mut body) = match &file.from_file {
        Some(path) => {
            let (name, value) = read_file(path)?;
            (format!("--from-file {name}"), value)
        }
        None => ("flags".to_string(), Value::Object(Map::new())),
    };
    if let Value::Object(map) = &mut body {
        for (key, value) in flags.iter() {
            map.insert(key.clone(), value.clone());
        }
    }
    if let Some((path, problem)) = spec::check(schema, &body).into_iter().next() {
        let top = path.split(['.', '[']).next().unwrap_or_default();
        let origin = if flags.contains_key(top) {
            format!("--{}", spec::kebab(top))
        } else {
            origin
        };
        return Err(Failure::Input(format!("{origin}: {path}: {problem}")));
    }
    serde_json::from_value(body)
        .map_err(|e| Failure::Input(format!("{origin}: the body does not fit {schema}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use maxcompute_mms::types::CreateMmsJobRequest;

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Flags {
        #[serde(skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        tables: Vec<String>,
        #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "pairs")]
        table_mapping: Vec<(String, String)>,
    }

    fn file(text: &str, ext: &str) -> (tempfile::TempDir, FromFile) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("body.{ext}"));
        std::fs::write(&path, text).unwrap();
        (
            dir,
            FromFile {
                from_file: Some(path),
            },
        )
    }

    #[test]
    fn flags_replace_the_fields_of_a_yaml_file() {
        let (_dir, from) = file(
            "name: from-file\nsrcDbName: mms_test\ntables: [a]\n",
            "yaml",
        );
        let flags = Flags {
            name: Some("from-flags".into()),
            tables: vec![],
            table_mapping: vec![("a".into(), "b".into())],
        };
        let body: CreateMmsJobRequest = build("CreateMmsJobRequest", &flags, &from).unwrap();
        assert_eq!(body.name.as_deref(), Some("from-flags"));
        assert_eq!(body.src_db_name.as_deref(), Some("mms_test"));
        assert_eq!(body.tables, ["a"]);
        assert_eq!(body.table_mapping["a"], "b");
    }

    #[test]
    fn mistakes_name_the_input_and_the_field() {
        let none = Flags {
            name: None,
            tables: vec![],
            table_mapping: vec![],
        };
        let (_dir, from) = file(r#"{"tables": ["a", 7]}"#, "json");
        let err = build::<CreateMmsJobRequest>("CreateMmsJobRequest", &none, &from)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("--from-file ")
                && err.contains("body.json: tables[1]: 7 is not of type"),
            "{err}"
        );
        let (_dir, from) = file("[1, 2]", "json");
        let err = build::<CreateMmsJobRequest>("CreateMmsJobRequest", &none, &from).unwrap_err();
        assert!(
            err.to_string()
                .contains("must be an object of fields, not a list"),
            "{err}"
        );
        let (_dir, from) = file("name: [unclosed", "yaml");
        let err = build::<CreateMmsJobRequest>("CreateMmsJobRequest", &none, &from).unwrap_err();
        assert!(err.to_string().contains("neither JSON nor YAML"), "{err}");
        let missing = FromFile {
            from_file: Some("/nonexistent/body.json".into()),
        };
        let err = build::<CreateMmsJobRequest>("CreateMmsJobRequest", &none, &missing).unwrap_err();
        assert!(
            err.to_string()
                .contains("/nonexistent/body.json: cannot read it"),
            "{err}"
        );
    }
}
