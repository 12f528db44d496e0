//! `cargo xtask validate`: the spec against the generator, and its examples against the spec.

use std::{
    io::Write,
    path::Path,
    process::{Command, Stdio},
};

use serde_json::{json, Value};

use crate::{
    coverage, described, operations,
    schema_check::schema_problems,
    spec::{self, Example, Spec},
    strictness,
};

pub fn run(root: &Path) -> Result<(), String> {
    let spec = spec::load(&root.join(crate::SPEC_PATH))?;
    let examples = check_spec(&spec)?;
    typed_round_trip(root, &examples)?;
    println!(
        "validate: {} is valid; {} example(s) match their schemas, show every field, catch an \
         unknown field and a wrong type in every object, and decode without loss",
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
    problems.extend(described::problems(spec));
    problems.extend(coverage::page_problems(spec));
    for example in &examples {
        problems.extend(schema_problems(spec, example)?);
    }
    problems.extend(coverage::problems(spec, &examples));
    if problems.is_empty() {
        // Only sound examples can be broken on purpose and checked for the report.
        problems.extend(strictness::problems(spec, &examples)?);
    }
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
mod tests;

#[cfg(test)]
mod rule_tests;
