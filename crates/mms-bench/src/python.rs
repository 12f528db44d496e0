//! The official Alibaba Cloud Python SDK, in the venv the emulator's interop test uses
//! (`target/python-interop-venv`, pinned by `crates/mms-emulator/tests/python/requirements.txt`).
//! Created here the same way when missing, so the bench also runs on a fresh clone.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::stats::Sample;

const REQUIREMENTS: &str = include_str!("../../mms-emulator/tests/python/requirements.txt");
/// The marker the interop test writes: the requirements the venv was built from.
const MARKER: &str = "requirements.installed";
const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/python/get_mms_job_bench.py");

fn workspace_target() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target")
}

fn python_in(venv: &Path) -> PathBuf {
    venv.join("bin").join("python")
}

fn is_ready(venv: &Path) -> bool {
    std::fs::read_to_string(venv.join(MARKER)).is_ok_and(|m| m == REQUIREMENTS)
        && python_in(venv).exists()
}

/// The venv with the pinned SDK: reused when ready, else built in a temporary directory and
/// renamed into place (so a concurrent test run never sees half a venv).
pub fn venv() -> Result<PathBuf, String> {
    let target = workspace_target();
    let venv = target.join("python-interop-venv");
    if is_ready(&venv) {
        return Ok(venv);
    }
    std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
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
        .map_err(|e| format!("cannot run `{python} -m venv`: {e}"))?;
    if !created.status.success() {
        return Err(format!(
            "`{python} -m venv` failed: {}",
            String::from_utf8_lossy(&created.stderr)
        ));
    }
    let requirements =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../mms-emulator/tests/python/requirements.txt");
    let installed = Command::new(python_in(&building))
        .args([
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--no-input",
            "-r",
        ])
        .arg(requirements)
        .output()
        .map_err(|e| format!("cannot run pip: {e}"))?;
    if !installed.status.success() {
        let _ = std::fs::remove_dir_all(&building);
        return Err(format!(
            "pip could not install the official SDK: {}",
            String::from_utf8_lossy(&installed.stderr)
        ));
    }
    std::fs::write(building.join(MARKER), REQUIREMENTS).map_err(|e| e.to_string())?;
    if venv.exists() && !is_ready(&venv) {
        let _ = std::fs::remove_dir_all(&venv);
    }
    if std::fs::rename(&building, &venv).is_err() {
        let _ = std::fs::remove_dir_all(&building);
    }
    if is_ready(&venv) {
        Ok(venv)
    } else {
        Err(format!("no usable venv at {}", venv.display()))
    }
}

/// `calls` sequential GetMmsJob calls of the official SDK with `algorithm` (`acs3` or `roa`),
/// timed inside Python (interpreter start and imports excluded).
pub fn run(
    venv: &Path,
    port: u16,
    (key_id, key_secret): (&str, &str),
    algorithm: &str,
    calls: usize,
    warmup: usize,
) -> Result<Sample, String> {
    let mut command = Command::new(python_in(venv));
    command
        .arg(SCRIPT)
        .args([&port.to_string(), key_id, key_secret, algorithm])
        .args([calls.to_string(), warmup.to_string()])
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
    let output = command
        .output()
        .map_err(|e| format!("cannot run python: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the Python SDK bench failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let result: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("unreadable output of the Python bench: {e}"))?;
    let seconds = result["seconds"]
        .as_f64()
        .ok_or("no `seconds` in the Python output")?;
    let latencies = result["latencies_ms"]
        .as_array()
        .ok_or("no `latencies_ms` in the Python output")?
        .iter()
        .filter_map(serde_json::Value::as_f64)
        .map(|ms| Duration::from_secs_f64(ms / 1000.0))
        .collect();
    Ok(Sample {
        elapsed: Duration::from_secs_f64(seconds),
        latencies,
    })
}
