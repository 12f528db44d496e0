//! `cargo xtask validate`: the spec against the generator, and its examples against the spec.

use std::{
    io::Write,
    path::Path,
    process::{Command, Stdio},
};

use serde_json::{json, Value};

use crate::{
    coverage, operations,
    schema_check::schema_problems,
    spec::{self, Example, Spec},
};

pub fn run(root: &Path) -> Result<(), String> {
    let spec = spec::load(&root.join(crate::SPEC_PATH))?;
    let examples = check_spec(&spec)?;
    typed_round_trip(root, &examples)?;
    println!(
        "validate: {} is valid; {} example(s) match their schemas and decode without loss",
        crate::SPEC_PATH,
        examples.len()
    );
    Ok(())
}

/// Everything that needs no compiled client: the generator's dry run, the rules of operations,
/// pages and examples, and JSON Schema checks of every example.
pub fn check_spec(spec: &Spec) -> Result<Vec<Example>, String> {
    mms_codegen::generate(&spec.text).map_err(|e| format!("{}: {e}", spec.path.display()))?;
    let examples = spec::examples(spec)?;
    if examples.is_empty() {
        return Err(format!(
            "{}: no response has a documented example (rule: every operation documents one)",
            spec.path.display()
        ));
    }
    let mut problems = operations::problems(spec, &examples);
    problems.extend(coverage::page_problems(spec));
    for example in &examples {
        problems.extend(schema_problems(spec, example)?);
    }
    problems.extend(coverage::problems(spec, &examples));
    if problems.is_empty() {
        Ok(examples)
    } else {
        Err(problems.join("\n"))
    }
}

/// Decodes every example into the generated types and encodes it again, through a program built
/// against the client: only the compiled types can say whether a field is lost.
fn typed_round_trip(root: &Path, examples: &[Example]) -> Result<(), String> {
    let input: Vec<Value> = examples
        .iter()
        .map(|e| {
            json!({
                "label": format!("{}: example of {}", e.file.display(), e.context),
                "schema": e.schema,
                "value": e.value,
            })
        })
        .collect();
    let mut child = Command::new(env!("CARGO"))
        .current_dir(root)
        .args([
            "run",
            "--quiet",
            "--package",
            "mms-api",
            "--example",
            "round-trip",
        ])
        .stdin(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start cargo for the typed round trip: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(Value::Array(input).to_string().as_bytes())
            .map_err(|e| format!("cannot feed the typed round trip: {e}"))?;
    }
    let status = child
        .wait()
        .map_err(|e| format!("typed round trip did not finish: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(
            "the documented examples do not round-trip through the generated types (see above)"
                .to_string(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workspace_copy() -> (tempfile::TempDir, std::path::PathBuf) {
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

    fn edit(path: &Path, from: &str, to: &str) {
        let text = std::fs::read_to_string(path).expect("read");
        assert!(text.contains(from), "{from:?} not in {}", path.display());
        std::fs::write(path, text.replacen(from, to, 1)).expect("write");
    }

    #[test]
    fn the_committed_spec_passes() {
        let spec = spec::load(&crate::workspace_root().join(crate::SPEC_PATH)).expect("load");
        let examples = check_spec(&spec).expect("valid");
        assert!(examples.iter().any(|e| e.schema == "GetMmsJobResponse"));
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
        std::fs::remove_file(dir.path().join("openapi/examples/GetMmsJob.200.json"))
            .expect("remove");
        let err = check_spec(&spec::load(&spec_path).expect("load")).unwrap_err();
        assert!(err.contains("GetMmsJob.200.json: cannot read"), "{err}");
    }
}
