//! `cargo xtask test`: every check CI runs, in the order that fails fastest.

use std::{path::Path, process::Command};

pub fn run(root: &Path) -> Result<(), String> {
    cargo(root, "fmt", &["fmt", "--all", "--", "--check"], &[])?;
    cargo(
        root,
        "clippy",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ],
        &[],
    )?;
    // The other way to build mms-api: the committed snapshot instead of build-time generation
    // (regen --check below proves the two are the same code).
    cargo(
        root,
        "clippy without codegen",
        &[
            "clippy",
            "-p",
            "mms-api",
            "--no-default-features",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ],
        &[],
    )?;
    cargo(
        root,
        "doc",
        &["doc", "--workspace", "--no-deps", "--locked"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    )?;
    crate::validate::run(root)?;
    crate::regen::run(root, crate::regen::Mode::Check)?;
    cargo(root, "tests", &["test", "--workspace", "--locked"], &[])?;
    crate::package_check::run(root)?;
    println!("xtask test: every check passed");
    Ok(())
}

fn cargo(root: &Path, what: &str, args: &[&str], env: &[(&str, &str)]) -> Result<(), String> {
    let shown: Vec<String> = env.iter().map(|(k, v)| format!("{k}={v:?} ")).collect();
    println!("xtask test: {}cargo {}", shown.concat(), args.join(" "));
    let status = Command::new(env!("CARGO"))
        .current_dir(root)
        .args(args)
        .envs(env.iter().copied())
        .status()
        .map_err(|e| format!("cannot run cargo {what}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}
