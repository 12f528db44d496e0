//! Generates the client and types from the OpenAPI spec into `$OUT_DIR/codegen.rs`.

use std::{env, fs, path::PathBuf, process::ExitCode};

const SPEC: &str = "../../openapi/maxcompute-mms.yaml";

fn main() -> ExitCode {
    // Only the spec drives generation; edits elsewhere in the crate must not rerun it.
    println!("cargo:rerun-if-changed={SPEC}");
    println!("cargo:rerun-if-changed=build.rs");

    let text = match fs::read_to_string(SPEC) {
        Ok(text) => text,
        Err(e) => return fail(&format!("cannot read {SPEC}: {e}")),
    };
    let generated = match mms_codegen::generate(&text) {
        Ok(generated) => generated,
        Err(e) => return fail(&format!("{SPEC}: {e}")),
    };
    let Some(out_dir) = env::var_os("OUT_DIR") else {
        return fail("OUT_DIR is not set; build.rs runs only under cargo");
    };
    let out_dir = PathBuf::from(out_dir);
    // The spec travels with the code generated from it: `mms_api::SPEC` is this text.
    for (name, contents) in [("codegen.rs", generated.source), ("spec.yaml", text)] {
        let out = out_dir.join(name);
        if let Err(e) = fs::write(&out, contents) {
            return fail(&format!("cannot write {}: {e}", out.display()));
        }
    }
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    // cargo shows a build script's stderr when it fails; one line is enough to act on.
    eprintln!("error: {message}");
    ExitCode::FAILURE
}
