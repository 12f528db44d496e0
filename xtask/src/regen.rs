//! `cargo xtask regen [--check]`: the files derived from the spec and committed for review.

use std::path::Path;

/// The formatted snapshot of what `mms-api`'s build script generates.
pub const SNAPSHOT_PATH: &str = "crates/mms-api/generated/codegen.rs";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

pub fn run(root: &Path, mode: Mode) -> Result<(), String> {
    regen(
        &root.join(crate::SPEC_PATH),
        &root.join(SNAPSHOT_PATH),
        mode,
    )?;
    let (openapi, copy) = (root.join("openapi"), root.join(crate::spec_copy::COPY_PATH));
    match mode {
        Mode::Write => crate::spec_copy::write(&openapi, &copy)?,
        Mode::Check => {
            let drift = crate::spec_copy::differences(&openapi, &copy)?;
            if !drift.is_empty() {
                return Err(format!(
                    "{} is stale: run `cargo xtask regen` and commit the result\n{}",
                    crate::spec_copy::COPY_PATH,
                    drift.join("\n")
                ));
            }
        }
    }
    let copy = crate::spec_copy::COPY_PATH;
    match mode {
        Mode::Write => println!("regen: wrote {SNAPSHOT_PATH} and {copy}/"),
        Mode::Check => println!("regen --check: {SNAPSHOT_PATH} and {copy}/ are up to date"),
    }
    Ok(())
}

pub fn regen(spec_path: &Path, snapshot_path: &Path, mode: Mode) -> Result<(), String> {
    let text = std::fs::read_to_string(spec_path)
        .map_err(|e| format!("{}: cannot read: {e}", spec_path.display()))?;
    let generated =
        mms_codegen::generate(&text).map_err(|e| format!("{}: {e}", spec_path.display()))?;
    match mode {
        Mode::Write => {
            if let Some(dir) = snapshot_path.parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
            }
            std::fs::write(snapshot_path, generated.source)
                .map_err(|e| format!("{}: cannot write: {e}", snapshot_path.display()))
        }
        Mode::Check => {
            let committed = std::fs::read_to_string(snapshot_path).unwrap_or_default();
            if committed == generated.source {
                return Ok(());
            }
            let diff = similar::TextDiff::from_lines(&committed, &generated.source)
                .unified_diff()
                .context_radius(3)
                .header(
                    &format!("{} (committed)", snapshot_path.display()),
                    &format!("{} (from the spec)", snapshot_path.display()),
                )
                .to_string();
            Err(format!(
                "{} is stale: run `cargo xtask regen` and commit the result\n{diff}",
                snapshot_path.display()
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_passes_after_write_and_fails_after_a_spec_edit() {
        let root = crate::workspace_root();
        let dir = tempfile::tempdir().expect("temp dir");
        let spec = dir.path().join("spec.yaml");
        let snapshot = dir.path().join("generated/codegen.rs");
        std::fs::copy(root.join(crate::SPEC_PATH), &spec).expect("copy spec");

        assert!(
            regen(&spec, &snapshot, Mode::Check).is_err(),
            "no snapshot yet"
        );
        regen(&spec, &snapshot, Mode::Write).expect("write");
        regen(&spec, &snapshot, Mode::Check).expect("fresh snapshot passes");

        let text = std::fs::read_to_string(&spec).expect("read");
        std::fs::write(
            &spec,
            text.replace("Identifier of the migration job.", "Which migration job."),
        )
        .expect("edit");
        let err = regen(&spec, &snapshot, Mode::Check).unwrap_err();
        assert!(err.contains("is stale"), "{err}");
        assert!(
            err.contains("+") && err.contains("Which migration job."),
            "{err}"
        );
    }

    #[test]
    fn the_committed_snapshot_is_current() {
        let root = crate::workspace_root();
        regen(
            &root.join(crate::SPEC_PATH),
            &root.join(SNAPSHOT_PATH),
            Mode::Check,
        )
        .expect("committed snapshot matches the spec");
    }
}
