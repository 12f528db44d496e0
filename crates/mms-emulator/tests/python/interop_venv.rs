//! The virtualenv with the official Alibaba Cloud Python SDK, pinned by `requirements.txt` beside
//! this file. Shared (by `#[path]`) by the emulator's interop test, the wire-equivalence contract
//! test and `mms-bench`, so all use one venv, `<workspace>/target/python-interop-venv`, built the
//! same way.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};

const REQUIREMENTS: &str = include_str!("requirements.txt");
const MARKER: &str = "requirements.installed";
/// Where `requirements.txt` sits, from the workspace root.
const REQUIREMENTS_PATH: &str = "crates/mms-emulator/tests/python/requirements.txt";

/// The workspace root: the nearest ancestor of the including crate that holds the requirements
/// (the users live at different depths: `crates/<name>` and `tests`).
fn workspace_root() -> Result<PathBuf, String> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .find(|dir| dir.join(REQUIREMENTS_PATH).is_file())
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            format!(
                "no {REQUIREMENTS_PATH} above {}: cannot find the workspace root",
                manifest.display()
            )
        })
}

/// The interpreter of `venv`.
pub fn python_in(venv: &Path) -> PathBuf {
    if cfg!(windows) {
        venv.join("Scripts").join("python.exe")
    } else {
        venv.join("bin").join("python")
    }
}

/// Status, stdout and stderr of a finished command, for failure messages.
pub fn show(output: &Output) -> String {
    format!(
        "status: {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// `python script` in `venv`, talking to loopback directly whatever proxies the environment
/// names.
pub fn command(venv: &Path, script: &Path) -> Command {
    let mut command = Command::new(python_in(venv));
    command
        .arg(script)
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("no_proxy", "127.0.0.1,localhost");
    for proxy in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ] {
        command.env_remove(proxy);
    }
    command
}

fn is_ready(venv: &Path) -> bool {
    std::fs::read_to_string(venv.join(MARKER)).is_ok_and(|m| m == REQUIREMENTS)
        && python_in(venv).exists()
}

/// The venv with the pinned SDK, created if missing or stale. An install that fails is an error
/// carrying pip's output, never a silent skip.
///
/// Safe when several processes race: each builds in its own temporary directory and renames it
/// into place; a loser that finds a ready venv in place uses it.
pub fn interop_venv() -> Result<PathBuf, String> {
    let root = workspace_root()?;
    let target = root.join("target");
    std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    let venv = target.join("python-interop-venv");
    if is_ready(&venv) {
        return Ok(venv);
    }
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let building = target.join(format!(
        "python-interop-venv.building-{}-{nanos}",
        std::process::id()
    ));
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let created = Command::new(&python)
        .args(["-m", "venv"])
        .arg(&building)
        .output()
        .map_err(|e| format!("cannot run `{python} -m venv`: {e}; install Python 3"))?;
    if !created.status.success() {
        return Err(format!("`{python} -m venv` failed:\n{}", show(&created)));
    }
    let installed = Command::new(python_in(&building))
        .args([
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--no-input",
            "-r",
        ])
        .arg(root.join(REQUIREMENTS_PATH))
        .output()
        .map_err(|e| format!("cannot run pip: {e}"))?;
    if !installed.status.success() {
        let _ = std::fs::remove_dir_all(&building);
        return Err(format!(
            "pip could not install the official SDK (crates/mms-emulator/tests/python/requirements.txt):\n{}",
            show(&installed)
        ));
    }
    std::fs::write(building.join(MARKER), REQUIREMENTS).map_err(|e| e.to_string())?;
    if venv.exists() && !is_ready(&venv) {
        let _ = std::fs::remove_dir_all(&venv);
    }
    if std::fs::rename(&building, &venv).is_err() {
        // Another process put a venv in place first.
        let _ = std::fs::remove_dir_all(&building);
    }
    if is_ready(&venv) {
        Ok(venv)
    } else {
        Err(format!("no usable venv at {}", venv.display()))
    }
}
