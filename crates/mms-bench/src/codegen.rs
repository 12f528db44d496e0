//! The cost of generating the client at build time: `mms-api` built with its `codegen` feature
//! (the default: progenitor runs over the spec in the build script) and without it (the
//! committed snapshot `generated/codegen.rs` is compiled instead), from a clean crate and after
//! edits; and proof that an edit outside the spec does not rerun the build script.
//!
//! Everything happens in a scratch workspace in the temp directory (copies of `openapi/`,
//! `mms-codegen` and `mms-api`), so the real tree is never touched.

use std::path::Path;
use std::time::Duration;

use crate::cargo_run::{cargo, compiled, copy_dir, ran_build_script, read, seconds, touch, write};

/// What to measure.
#[derive(Debug, Clone)]
pub struct Options {
    /// The real workspace, copied from.
    pub workspace: std::path::PathBuf,
    /// A target directory kept between runs, so only `mms-api` (and `mms-codegen`) are rebuilt.
    pub warm_target: std::path::PathBuf,
}

/// The two ways to build `mms-api`: a name for the table, and the cargo arguments.
const VARIANTS: [(&str, &[&str]); 2] = [
    ("`codegen` (default): build.rs runs progenitor", &[]),
    (
        "`--no-default-features`: the committed snapshot",
        &["--no-default-features"],
    ),
];

pub fn run(options: &Options) -> Result<(), String> {
    let scratch = std::env::temp_dir().join(format!("mms-codegen-bench-{}", std::process::id()));
    let result = measure(options, &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

/// One timed build: wall time, and the CPU time of cargo and the compilers it ran.
struct Timed {
    wall: Duration,
    cpu: Duration,
    log: String,
}

fn timed(dir: &Path, target: &Path, args: &[&str]) -> Result<Timed, String> {
    let cpu_before = crate::cpu::children();
    let (wall, log) = cargo(dir, target, args)?;
    Ok(Timed {
        wall,
        cpu: crate::cpu::children().saturating_sub(cpu_before),
        log,
    })
}

fn measure(options: &Options, scratch: &Path) -> Result<(), String> {
    scratch_workspace(&options.workspace, scratch)?;
    let operations = crate::consumer_build::operations_in_spec(&options.workspace)?;
    println!("### Cost of build-time generation (`mms-api`, {operations} operations)\n");
    println!("Debug profile, `cargo build -p mms-api [--no-default-features] -v`, in a scratch copy of the workspace (its own target directory per variant, dependencies built beforehand and not timed). CPU is user + system of cargo and everything it ran.\n");
    println!("| variant | build | wall | CPU | build script run | compiled |");
    println!("|---|---|---:|---:|---|---|");
    let spec = scratch.join("openapi/maxcompute-mms.yaml");
    let lib = scratch.join("crates/mms-api/src/lib.rs");
    for (variant, flags) in VARIANTS {
        let target = options.warm_target.join(if flags.is_empty() {
            "codegen"
        } else {
            "snapshot"
        });
        let args = |extra: &[&'static str]| -> Vec<&'static str> {
            let mut args = vec!["build", "-p", "mms-api", "-v"];
            args.extend_from_slice(flags);
            args.extend_from_slice(extra);
            args
        };
        // Dependencies first, untimed.
        cargo(scratch, &target, &args(&[]))?;
        let clean_args: Vec<&str> = vec!["clean", "-p", "mms-api", "-p", "mms-codegen"];
        cargo(scratch, &target, &clean_args)?;
        let mut rows = vec![(
            "the crate from clean (its build script and, with `codegen`, mms-codegen included)",
            timed(scratch, &target, &args(&[]))?,
        )];
        touch(&lib)?;
        rows.push((
            "incremental: `src/lib.rs` edited",
            timed(scratch, &target, &args(&[]))?,
        ));
        touch(&spec)?;
        rows.push((
            "incremental: the spec edited",
            timed(scratch, &target, &args(&[]))?,
        ));
        for (build, t) in rows {
            let names = compiled(&t.log);
            println!(
                "| {variant} | {build} | {} | {} | {} | {} |",
                seconds(t.wall),
                seconds(t.cpu),
                if ran_build_script(&t.log, "mms-api") {
                    "**yes**"
                } else {
                    "no"
                },
                if names.is_empty() {
                    "-".to_owned()
                } else {
                    names.join(", ")
                }
            );
        }
    }
    println!();
    Ok(())
}

/// A workspace of `mms-codegen` and `mms-api` with the real workspace's settings, dependency
/// versions and lock file.
fn scratch_workspace(workspace: &Path, scratch: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(scratch);
    std::fs::create_dir_all(scratch.join("crates")).map_err(|e| e.to_string())?;
    let manifest = read(&workspace.join("Cargo.toml"))?;
    let start = manifest
        .find("members = [")
        .ok_or("no members in Cargo.toml")?;
    let end = start + manifest[start..].find(']').ok_or("unclosed members")? + 1;
    let mut manifest = format!(
        "{}members = [\"crates/mms-codegen\", \"crates/mms-api\"]{}",
        &manifest[..start],
        &manifest[end..]
    );
    if let Some(line) = manifest.lines().find(|l| l.starts_with("default-members")) {
        manifest = manifest.replace(line, "");
    }
    write(&scratch.join("Cargo.toml"), &manifest)?;
    std::fs::copy(workspace.join("Cargo.lock"), scratch.join("Cargo.lock"))
        .map_err(|e| e.to_string())?;
    copy_dir(&workspace.join("openapi"), &scratch.join("openapi"))?;
    for krate in ["mms-codegen", "mms-api"] {
        copy_dir(
            &workspace.join("crates").join(krate),
            &scratch.join("crates").join(krate),
        )?;
    }
    Ok(())
}
