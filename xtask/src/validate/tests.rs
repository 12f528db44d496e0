//! The committed spec passes; files and paths in reports; strictness of every object schema.

use std::collections::BTreeSet;

use super::*;

pub(super) fn workspace_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let root = crate::workspace_root();
    let dir = tempfile::tempdir().expect("temp dir");
    let openapi = dir.path().join("openapi");
    std::fs::create_dir_all(openapi.join("examples")).expect("mkdir");
    std::fs::copy(
        root.join(crate::SPEC_PATH),
        openapi.join("maxcompute-mms.yaml"),
    )
    .expect("copy spec");
    for entry in std::fs::read_dir(root.join("openapi/examples")).expect("examples dir") {
        let entry = entry.expect("entry");
        std::fs::copy(
            entry.path(),
            openapi.join("examples").join(entry.file_name()),
        )
        .expect("copy example");
    }
    let spec = openapi.join("maxcompute-mms.yaml");
    (dir, spec)
}

pub(super) fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn the_committed_spec_passes() {
    let spec = spec::load(&crate::workspace_root().join(crate::SPEC_PATH)).expect("load");
    let examples = check_spec(&spec).expect("valid");
    let answers: BTreeSet<&str> = examples
        .iter()
        .filter_map(|e| e.operation.as_deref())
        .collect();
    assert_eq!(answers.len(), 36, "{answers:?}");
    assert!(examples.iter().any(|e| e.schema == "GetMmsJobResponse"));
    assert!(examples
        .iter()
        .any(|e| e.schema == "CreateMmsJobRequest" && e.operation.is_none()));
}

#[test]
fn every_reached_object_schema_reports_an_unknown_field_and_a_wrong_type() {
    let spec = spec::load(&crate::workspace_root().join(crate::SPEC_PATH)).expect("load");
    let examples = check_spec(&spec).expect("valid");
    let mut tested = BTreeSet::new();
    for example in &examples {
        for reached in coverage::reached(&spec, example) {
            if !tested.insert(reached.schema.clone()) {
                continue;
            }
            let file = example.file.display();
            let at = if reached.pointer.is_empty() {
                "/".to_string()
            } else {
                reached.pointer.clone()
            };

            let mut unknown = example.clone();
            unknown
                .value
                .pointer_mut(&reached.pointer)
                .and_then(Value::as_object_mut)
                .expect("an object")
                .insert("fieldNobodyKnows".into(), json!(1));
            let report = schema_problems(&spec, &unknown)
                .expect("checked")
                .join("\n");
            assert!(
                report.contains(&format!("{file}: {at}: "))
                    && report.contains("fieldNobodyKnows")
                    && report.contains("rule: additionalProperties"),
                "{}: unknown field not reported:\n{report}",
                reached.schema
            );

            let object = reached.value.as_object().expect("an object");
            let (key, _) = object
                .iter()
                .find(|(_, v)| v.is_string() || v.is_number() || v.is_boolean())
                .or_else(|| object.iter().next())
                .expect("a field");
            let mut wrong = example.clone();
            let field = format!("{}/{}", reached.pointer, operations::escape(key));
            *wrong.value.pointer_mut(&field).expect("field") = match &object[key] {
                Value::String(_) => json!([1]),
                _ => json!("not this type"),
            };
            let report = schema_problems(&spec, &wrong).expect("checked").join("\n");
            assert!(
                report.contains(&format!("{file}: {field}: ")) && report.contains("rule: type"),
                "{}: wrong type of {key} not reported:\n{report}",
                reached.schema
            );
        }
    }
    let every: BTreeSet<String> = coverage::object_schemas(&spec).into_iter().collect();
    assert_eq!(tested, every, "object schemas no example reaches");
}

#[test]
fn a_wrong_type_in_the_example_names_file_path_and_rule() {
    let (dir, spec_path) = workspace_copy();
    let example = dir.path().join("openapi/examples/GetMmsJob.200.json");
    edit(&example, "\"id\": 10,", "\"id\": \"ten\",");
    let err = check_spec(&spec::load(&spec_path).expect("load")).unwrap_err();
    assert!(err.contains("GetMmsJob.200.json: /data/id:"), "{err}");
    assert!(err.contains("rule: type"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn an_enum_value_the_spec_does_not_list_fails() {
    let (dir, spec_path) = workspace_copy();
    // The spec's own enum loses DOING, which the example uses.
    edit(
        &spec_path,
        "enum: [INIT, DOING, DONE, FAILED]",
        "enum: [INIT, DONE, FAILED]",
    );
    let err = check_spec(&spec::load(&spec_path).expect("load")).unwrap_err();
    assert!(err.contains("/data/status:"), "{err}");
    assert!(err.contains("rule: enum"), "{err}");
    let _ = dir;
}

#[test]
fn a_field_the_spec_does_not_know_fails() {
    let (dir, spec_path) = workspace_copy();
    let example = dir.path().join("openapi/examples/GetMmsJob.200.json");
    edit(&example, "\"taskDone\": 100,", "\"taskDnoe\": 100,");
    let err = check_spec(&spec::load(&spec_path).expect("load")).unwrap_err();
    assert!(err.contains("/data:"), "{err}");
    assert!(err.contains("taskDnoe"), "{err}");
    assert!(err.contains("rule: additionalProperties"), "{err}");
}

#[test]
fn a_spec_the_generator_refuses_is_an_error_not_a_panic() {
    let (_dir, spec_path) = workspace_copy();
    edit(&spec_path, "      operationId: GetMmsJob\n", "");
    let err = check_spec(&spec::load(&spec_path).expect("load")).unwrap_err();
    assert!(err.contains("maxcompute-mms.yaml"), "{err}");
    assert!(err.contains("progenitor refused the spec"), "{err}");
}

#[test]
fn an_openapi_3_1_spec_is_refused_with_the_rule() {
    let (_dir, spec_path) = workspace_copy();
    edit(&spec_path, "openapi: 3.0.3", "openapi: 3.1.0");
    let err = spec::load(&spec_path).err().expect("refused");
    assert!(err.contains("/openapi"), "{err}");
}

#[test]
fn a_missing_example_file_is_named() {
    let (dir, spec_path) = workspace_copy();
    std::fs::remove_file(dir.path().join("openapi/examples/GetMmsJob.200.json")).expect("remove");
    let err = check_spec(&spec::load(&spec_path).expect("load")).unwrap_err();
    assert!(err.contains("GetMmsJob.200.json: cannot read"), "{err}");
}
