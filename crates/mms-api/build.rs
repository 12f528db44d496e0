//! Finds the OpenAPI spec, hands it and its documented examples to the crate
//! (`mms_api::SPEC`, `mms_api::example`), and with the `codegen` feature generates the client
//! and types from it into `$OUT_DIR/codegen.rs`.
//!
//! The spec is looked for in two places, in this order:
//! 1. `openapi/` of the workspace, when this crate is built as `crates/mms-api` of it: the source
//!    of truth, so an edit of the spec takes effect on the next build;
//! 2. `spec/` inside this crate: the copy that travels in the published package, written by
//!    `cargo xtask regen` and checked by `cargo xtask regen --check`.

use std::{
    env, fs,
    path::{Path, PathBuf},
    process::ExitCode,
};

/// The spec's file name, in either directory.
const SPEC_FILE: &str = "maxcompute-mms.yaml";
/// The examples' directory below the spec's, as the spec's `externalValue`s name it.
const EXAMPLES_DIR: &str = "examples";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // cargo shows a build script's stderr when it fails; one line is enough to act on.
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let manifest_dir = PathBuf::from(
        env::var_os("CARGO_MANIFEST_DIR")
            .ok_or("CARGO_MANIFEST_DIR is not set; build.rs runs only under cargo")?,
    );
    let out_dir = PathBuf::from(
        env::var_os("OUT_DIR").ok_or("OUT_DIR is not set; build.rs runs only under cargo")?,
    );
    let spec_dir = spec_dir(&manifest_dir)?;
    let spec_path = spec_dir.join(SPEC_FILE);
    let examples_dir = spec_dir.join(EXAMPLES_DIR);
    // Only the spec and its examples drive the output; edits elsewhere must not rerun this.
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", spec_path.display());
    println!("cargo:rerun-if-changed={}", examples_dir.display());

    let text = fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?;
    write(&out_dir.join("spec.yaml"), &text)?;
    write(
        &out_dir.join("examples.rs"),
        &examples_table(&examples_dir)?,
    )?;
    generate(&spec_path, &text, &out_dir)
}

/// The directory holding the spec: the workspace's `openapi/` when this crate is
/// `crates/mms-api` of the workspace, else the packaged copy `spec/`.
fn spec_dir(manifest_dir: &Path) -> Result<PathBuf, String> {
    let workspace = manifest_dir.join("../../openapi");
    // Being two levels below a directory that has `openapi/` is not enough (a vendored or
    // registry copy might be); the workspace must also lead back to this very crate.
    let is_workspace_member = same_dir(&manifest_dir.join("../../crates/mms-api"), manifest_dir);
    if is_workspace_member && workspace.join(SPEC_FILE).is_file() {
        return Ok(workspace);
    }
    let packaged = manifest_dir.join("spec");
    if packaged.join(SPEC_FILE).is_file() {
        return Ok(packaged);
    }
    Err(format!(
        "no OpenAPI spec: neither {} (the workspace's) nor {} (the packaged copy) exists",
        workspace.join(SPEC_FILE).display(),
        packaged.join(SPEC_FILE).display()
    ))
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Rust source of `EXAMPLES`: every `examples/*.json`, by file name, sorted.
fn examples_table(dir: &Path) -> Result<String, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
            .path();
        let name = path.file_name().and_then(|n| n.to_str()).map(str::to_owned);
        match name {
            Some(name) if name.ends_with(".json") => files.push((name, path)),
            _ => {}
        }
    }
    files.sort();
    let mut table = String::from("&[\n");
    for (name, path) in files {
        let path = path
            .canonicalize()
            .map_err(|e| format!("cannot resolve {}: {e}", path.display()))?;
        let path = path
            .to_str()
            .ok_or_else(|| format!("{} is not UTF-8", path.display()))?;
        table.push_str(&format!("    ({name:?}, include_str!({path:?})),\n"));
    }
    table.push(']');
    Ok(table)
}

#[cfg(feature = "codegen")]
fn generate(spec_path: &Path, text: &str, out_dir: &Path) -> Result<(), String> {
    let generated =
        mms_codegen::generate(text).map_err(|e| format!("{}: {e}", spec_path.display()))?;
    write(&out_dir.join("codegen.rs"), &generated.source)
}

/// Without the `codegen` feature the crate compiles the committed snapshot instead.
#[cfg(not(feature = "codegen"))]
fn generate(_spec_path: &Path, _text: &str, _out_dir: &Path) -> Result<(), String> {
    Ok(())
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
