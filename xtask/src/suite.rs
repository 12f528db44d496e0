//! `cargo xtask test`: every check CI runs, in the order that fails fastest.

use std::{path::Path, process::Command};

pub fn run(root: &Path) -> Result<(), String> {
    cargo(root, "fmt", &["fmt", "--all", "--", "--check"])?;
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
    )?;
    crate::validate::run(root)?;
    crate::regen::run(root, crate::regen::Mode::Check)?;
    cargo(root, "tests", &["test", "--workspace", "--locked"])?;
    println!("xtask test: every check passed");
    Ok(())
}

fn cargo(root: &Path, what: &str, args: &[&str]) -> Result<(), String> {
    println!("xtask test: cargo {}", args.join(" "));
    let status = Command::new(env!("CARGO"))
        .current_dir(root)
        .args(args)
        .status()
        .map_err(|e| format!("cannot run cargo {what}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}
