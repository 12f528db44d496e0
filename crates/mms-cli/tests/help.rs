//! A snapshot of the whole command tree: `mms --help` of every command, compared with the
//! committed `tests/snapshots/help.txt`, so every change to the command line is reviewed.
//! `MMS_UPDATE_SNAPSHOTS=1 cargo test -p mms-cli --test help` rewrites it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use std::{path::PathBuf, process::Command};

/// `mms <path…> --help`, at a fixed width, with nothing from the environment.
fn help(path: &[String]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_mms"))
        .args(path)
        .arg("--help")
        .env_clear()
        .env("COLUMNS", "100")
        .output()
        .expect("mms runs");
    assert!(out.status.success(), "mms {path:?} --help failed");
    String::from_utf8(out.stdout).expect("help is UTF-8")
}

/// The subcommands a help text lists under `Commands:` (but `help`).
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| l.trim() != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

fn walk(path: Vec<String>, out: &mut String) {
    let text = help(&path);
    out.push_str(&format!("===== mms {} --help\n", path.join(" ")).replace("mms  --", "mms --"));
    out.push_str(&text);
    out.push('\n');
    for sub in subcommands(&text) {
        let mut next = path.clone();
        next.push(sub);
        walk(next, out);
    }
}

#[test]
fn the_help_of_every_command_matches_the_snapshot() {
    let mut actual = String::new();
    walk(Vec::new(), &mut actual);
    assert!(
        actual.matches("===== ").count() > 45,
        "the walk missed commands"
    );
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/help.txt");
    if std::env::var_os("MMS_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let diff = similar::TextDiff::from_lines(&expected, &actual)
            .unified_diff()
            .header("tests/snapshots/help.txt", "mms --help now")
            .to_string();
        panic!(
            "the command line changed; review the diff and run \
             `MMS_UPDATE_SNAPSHOTS=1 cargo test -p mms-cli --test help` to accept it:\n{diff}"
        );
    }
}
