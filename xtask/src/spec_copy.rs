//! The copy of `openapi/` inside `crates/mms-api/spec/`, so that the spec and its examples travel
//! in the published `mms-api` package (cargo packages nothing outside a crate's directory).
//!
//! `openapi/` stays the one place the spec is edited; `cargo xtask regen` mirrors it here and
//! `cargo xtask regen --check` fails while the copy differs. `mms-api`'s build script reads the
//! workspace's `openapi/` when it is there, so the copy matters only once packaged.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

/// The copy, below the workspace root.
pub const COPY_PATH: &str = "crates/mms-api/spec";
/// The one file of the copy that is not in `openapi/`: it says where the copy comes from.
const NOTE: &str = "README.md";
const NOTE_TEXT: &str = "# A copy of `openapi/`, for the published package\n\n\
`cargo xtask regen` writes this directory from the workspace's `openapi/` (the spec and its\n\
documented examples) and `cargo xtask regen --check` fails while they differ. Edit `openapi/`,\n\
never this copy: `build.rs` reads the workspace's spec when it is there, and this copy only in\n\
the package, where `openapi/` is not.\n";

/// Rewrites the copy from `source` (the workspace's `openapi/`), removing files `source` lacks.
pub fn write(source: &Path, copy: &Path) -> Result<(), String> {
    let wanted = files(source)?;
    let present = if copy.exists() {
        files(copy)?
    } else {
        BTreeMap::new()
    };
    for relative in present.keys() {
        if !wanted.contains_key(relative) && relative != Path::new(NOTE) {
            let path = copy.join(relative);
            std::fs::remove_file(&path)
                .map_err(|e| format!("{}: cannot remove: {e}", path.display()))?;
        }
    }
    for (relative, bytes) in wanted
        .iter()
        .chain([(&PathBuf::from(NOTE), &NOTE_TEXT.as_bytes().to_vec())])
    {
        let path = copy.join(relative);
        if present.get(relative) == Some(bytes) {
            continue;
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
        }
        std::fs::write(&path, bytes)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    }
    Ok(())
}

/// Every difference between `source` and its copy, one line each; empty when they agree.
pub fn differences(source: &Path, copy: &Path) -> Result<Vec<String>, String> {
    let wanted = files(source)?;
    let present = if copy.exists() {
        files(copy)?
    } else {
        BTreeMap::new()
    };
    let mut problems = Vec::new();
    for (relative, bytes) in &wanted {
        match present.get(relative) {
            None => problems.push(format!("{}: missing", copy.join(relative).display())),
            Some(copied) if copied != bytes => problems.push(format!(
                "{}: differs from {}",
                copy.join(relative).display(),
                source.join(relative).display()
            )),
            Some(_) => {}
        }
    }
    for relative in present.keys() {
        if !wanted.contains_key(relative) && relative != Path::new(NOTE) {
            problems.push(format!(
                "{}: not in {}",
                copy.join(relative).display(),
                source.display()
            ));
        }
    }
    Ok(problems)
}

/// Every file below `dir`, by path relative to it, with its bytes.
fn files(dir: &Path) -> Result<BTreeMap<PathBuf, Vec<u8>>, String> {
    let mut found = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let entries = std::fs::read_dir(&current)
            .map_err(|e| format!("{}: cannot list: {e}", current.display()))?;
        for entry in entries {
            let path = entry
                .map_err(|e| format!("{}: cannot list: {e}", current.display()))?
                .path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let bytes = std::fs::read(&path)
                .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
            let relative = path
                .strip_prefix(dir)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .to_path_buf();
            found.insert(relative, bytes);
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_copy_agrees_and_every_kind_of_drift_is_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let source = dir.path().join("openapi");
        let copy = dir.path().join("spec");
        std::fs::create_dir_all(source.join("examples")).expect("mkdir");
        std::fs::write(source.join("spec.yaml"), "openapi: 3.0.3\n").expect("write");
        std::fs::write(source.join("examples/A.200.json"), "{}").expect("write");

        let missing = differences(&source, &copy).expect("compare");
        assert_eq!(missing.len(), 2, "{missing:?}");
        assert!(missing.iter().all(|line| line.ends_with("missing")));

        write(&source, &copy).expect("write copy");
        assert_eq!(
            differences(&source, &copy).expect("compare"),
            Vec::<String>::new()
        );
        assert!(
            copy.join(NOTE).is_file(),
            "the copy says where it comes from"
        );

        std::fs::write(source.join("spec.yaml"), "openapi: 3.0.4\n").expect("edit");
        std::fs::write(copy.join("examples/Stray.json"), "{}").expect("stray");
        let drift = differences(&source, &copy).expect("compare");
        assert!(
            drift.iter().any(|l| l.contains("spec.yaml: differs")),
            "{drift:?}"
        );
        assert!(
            drift.iter().any(|l| l.contains("Stray.json: not in")),
            "{drift:?}"
        );

        write(&source, &copy).expect("rewrite copy");
        assert_eq!(
            differences(&source, &copy).expect("compare"),
            Vec::<String>::new()
        );
        assert!(
            !copy.join("examples/Stray.json").exists(),
            "stray file removed"
        );
    }

    #[test]
    fn the_committed_copy_is_current() {
        let root = crate::workspace_root();
        let drift = differences(&root.join("openapi"), &root.join(COPY_PATH)).expect("compare");
        assert!(drift.is_empty(), "run `cargo xtask regen`: {drift:?}");
    }
}
