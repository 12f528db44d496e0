//! The cost of generating the client at build time: `mms-api` built with its build script
//! (progenitor over the spec) against a scratch copy that `include!`s the committed snapshot
//! `crates/mms-api/generated/codegen.rs` instead, and proof that an edit outside the spec does
//! not rerun the build script.
//!
//! Everything happens in a scratch workspace in the temp directory (copies of `openapi/`,
//! `mms-codegen`, `mms-api` and the snapshot crate), so the real tree is never touched.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

/// What to measure.
#[derive(Debug, Clone)]
pub struct Options {
    /// The real workspace, copied from.
    pub workspace: PathBuf,
    /// A target directory kept between runs, so only the two crates are rebuilt.
    pub warm_target: PathBuf,
    /// Also build each crate from an empty target directory (dependencies included): minutes.
    pub cold: bool,
}

const WITH: &str = "mms-api";
const WITHOUT: &str = "mms-api-snapshot";

pub fn run(options: &Options) -> Result<(), String> {
    let scratch = std::env::temp_dir().join(format!("mms-codegen-bench-{}", std::process::id()));
    let result = measure(options, &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn measure(options: &Options, scratch: &Path) -> Result<(), String> {
    scratch_workspace(&options.workspace, scratch)?;
    println!("### Cost of build-time generation (`mms-api`)\n");
    println!("`{WITH}`: the crate as committed (build.rs runs progenitor over the spec). `{WITHOUT}`: the same crate with no build script, `include!`ing the committed `generated/codegen.rs`. Debug profile, `cargo build -p …`, scratch copy of the workspace in the temp directory.\n");

    // Per crate, its own target directory: dependencies built first (untimed), then the crate
    // alone from clean. (Building both in one directory would unify their features.)
    let mut rows = Vec::new();
    for package in [WITH, WITHOUT] {
        let target = options.warm_target.join(package);
        if package == WITHOUT && !target.exists() {
            // A head start: most dependencies are the same ones, already compiled.
            copy_dir(&options.warm_target.join(WITH), &target)?;
        }
        cargo(scratch, &target, &["build", "-p", package])?;
        cargo(scratch, &target, &["clean", "-p", package])?;
        let (took, log) = cargo(scratch, &target, &["build", "-p", package])?;
        rows.push((
            package,
            format!(
                "the crate alone, dependencies already built (compiled: {})",
                compiled(&log)
            ),
            took,
        ));
    }
    if options.cold {
        for package in [WITH, WITHOUT] {
            let target = scratch.join(format!("target-cold-{package}"));
            let took = cargo(scratch, &target, &["build", "-p", package])?.0;
            let _ = std::fs::remove_dir_all(&target);
            rows.push((
                package,
                "clean: empty target directory, dependencies included".to_owned(),
                took,
            ));
        }
    }
    println!("| crate | build | time |");
    println!("|---|---|---:|");
    for (package, what, took) in &rows {
        println!("| `{package}` | {what} | {:.1} s |", took.as_secs_f64());
    }
    if !options.cold {
        println!("| | clean builds with dependencies: run `cargo xtask bench --cold` (minutes on 2 cores) | |");
    }

    // Proof: an edit outside the spec does not rerun the build script; an edit of the spec does.
    println!(
        "\nDoes an edit rerun the build script? (`touch FILE && cargo build -p mms-api -vv`)\n"
    );
    println!("| touched | build script run | cargo says |");
    println!("|---|---|---|");
    for (touched, relative) in [
        ("crates/mms-api/src/lib.rs", "crates/mms-api/src/lib.rs"),
        ("openapi/maxcompute-mms.yaml", "openapi/maxcompute-mms.yaml"),
    ] {
        touch(&scratch.join(relative))?;
        let (_, log) = cargo(
            scratch,
            &options.warm_target.join(WITH),
            &["build", "-p", WITH, "-vv"],
        )?;
        let ran = log
            .lines()
            .any(|l| l.trim_start().starts_with("Running") && l.contains("build-script-build"));
        let says: Vec<String> = log
            .lines()
            .map(str::trim)
            .filter(|l| (l.starts_with("Dirty") || l.starts_with("Fresh")) && l.contains("mms-"))
            .map(|l| l.split(" (").next().unwrap_or(l).to_owned())
            .collect();
        println!(
            "| `{touched}` | {} | {} |",
            if ran { "**yes**" } else { "no" },
            says.join("; ")
        );
    }
    println!();
    Ok(())
}

/// The packages cargo compiled, from its `Compiling name version` lines.
fn compiled(log: &str) -> String {
    let names: Vec<&str> = log
        .lines()
        .filter_map(|l| l.trim().strip_prefix("Compiling "))
        .filter_map(|rest| rest.split_whitespace().next())
        .collect();
    names.join(", ")
}

/// Runs cargo in `dir` with `target`; returns the time it took and its stderr.
fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Result<(Duration, String), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let started = Instant::now();
    let output = Command::new(&cargo)
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .map_err(|e| format!("cannot run {cargo}: {e}"))?;
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if output.status.success() {
        Ok((took, stderr))
    } else {
        Err(format!("cargo {} failed:\n{stderr}", args.join(" ")))
    }
}

fn touch(path: &Path) -> Result<(), String> {
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(SystemTime::now()))
        .map_err(|e| format!("{}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path();
        let dest = to.join(entry.file_name());
        if path.is_dir() {
            if entry.file_name() != "target" {
                copy_dir(&path, &dest)?;
            }
        } else {
            std::fs::copy(&path, &dest).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// A workspace of `mms-codegen`, `mms-api` and the snapshot crate, with the real workspace's
/// settings, dependency versions and lock file.
fn scratch_workspace(workspace: &Path, scratch: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(scratch);
    std::fs::create_dir_all(scratch.join("crates")).map_err(|e| e.to_string())?;
    let manifest = read(&workspace.join("Cargo.toml"))?;
    let start = manifest
        .find("members = [")
        .ok_or("no members in Cargo.toml")?;
    let end = start + manifest[start..].find(']').ok_or("unclosed members")? + 1;
    let mut manifest = format!(
        "{}members = [\"crates/mms-codegen\", \"crates/{WITH}\", \"crates/{WITHOUT}\"]{}",
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
    copy_dir(
        &workspace.join("crates/mms-codegen"),
        &scratch.join("crates/mms-codegen"),
    )?;
    let with = scratch.join("crates").join(WITH);
    copy_dir(&workspace.join("crates/mms-api"), &with)?;

    // The snapshot crate: no build script, the committed generated code included directly.
    let without = scratch.join("crates").join(WITHOUT);
    for dir in ["src", "generated"] {
        copy_dir(&with.join(dir), &without.join(dir))?;
    }
    let crate_manifest = read(&with.join("Cargo.toml"))?;
    let mut snapshot_manifest = String::new();
    let mut section = String::new();
    for line in crate_manifest.lines() {
        if line.starts_with('[') {
            line.clone_into(&mut section);
        }
        // No build script, and no benches (the snapshot is only built).
        let skipped = section == "[build-dependencies]" || section == "[[bench]]";
        if skipped || line.starts_with("build =") {
            continue;
        }
        if section == "[package]" && line.starts_with("name = ") {
            snapshot_manifest.push_str(&format!("name = \"{WITHOUT}\"\n"));
        } else {
            snapshot_manifest.push_str(line);
            snapshot_manifest.push('\n');
        }
    }
    write(&without.join("Cargo.toml"), &snapshot_manifest)?;
    let lib = read(&without.join("src/lib.rs"))?;
    let from_out_dir = r#"include!(concat!(env!("OUT_DIR"), "/codegen.rs"));"#;
    if !lib.contains(from_out_dir) {
        return Err("crates/mms-api/src/lib.rs no longer includes $OUT_DIR/codegen.rs".into());
    }
    write(
        &without.join("src/lib.rs"),
        &lib.replace(from_out_dir, r#"include!("../generated/codegen.rs");"#),
    )
}
