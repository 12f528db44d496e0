//! `cargo xtask`: the project's own tasks.
//!
//! - `validate`: check the OpenAPI spec and its documented examples.
//! - `regen [--check]`: rewrite (or check) what is derived from the spec and committed.
//! - `test`: every check CI runs, in order.
//! - `package-check`: package the library crates and build a crate outside the workspace from
//!   the packages.
//! - `bench [--quick] [--cold] [--aliyun-sdk]`: every benchmark, printed as tables (not run by
//!   `test`).

mod bench;
mod coverage;
mod described;
mod operations;
mod package_check;
mod regen;
mod schema_check;
mod spec;
mod spec_copy;
mod strictness;
mod suite;
mod validate;

use std::{
    path::{Path, PathBuf},
    process::ExitCode,
};

const USAGE: &str = "usage: cargo xtask <validate | regen [--check] | test | package-check | bench [--quick] [--cold] [--aliyun-sdk]>

  validate        parse the spec, dry-run the generator, check the rules of operations, pages and
                  examples, check every example against its schema and decode it into the
                  generated types without losing a field
  regen           rewrite the files derived from the spec (crates/mms-api/generated/codegen.rs,
                  and crates/mms-api/spec/, the copy of openapi/ that travels in the package)
  regen --check   fail with a diff when a derived file is stale
  test            fmt check, clippy -D warnings (also of mms-api without its codegen feature),
                  cargo doc -D warnings, validate, regen --check, every test, package-check
  package-check   check the published crates' manifests, `cargo package` them, and build and run
                  a crate outside the workspace that depends on the packages and calls the emulator
  bench           criterion micro-benchmarks, then mms-bench: end to end on loopback, scale,
                  streaming 100,000 tables, build-time generation cost; tables with the machine
                  (a few minutes)
                  --quick       fewer calls, shorter runs (a smoke test, not figures)
                  --cold        also time clean builds of a consumer crate beside the floor
                                (minutes)
                  --aliyun-sdk  add the aliyun-openapi-core-rust-sdk row (needs OpenSSL headers)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["validate"] => validate::run(&root),
        ["regen"] => regen::run(&root, regen::Mode::Write),
        ["regen", "--check"] => regen::run(&root, regen::Mode::Check),
        ["test"] => suite::run(&root),
        ["package-check"] => package_check::run(&root),
        ["bench", rest @ ..] => bench::run(&root, rest),
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown arguments {args:?}\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().unwrap_or(manifest_dir).to_path_buf()
}

/// Where the spec lives below the workspace root.
pub const SPEC_PATH: &str = "openapi/maxcompute-mms.yaml";
