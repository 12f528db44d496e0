//! The official Alibaba Cloud Python SDK, in the venv the emulator's interop test uses
//! (`target/python-interop-venv`, pinned by `crates/mms-emulator/tests/python/requirements.txt`).
//! Created here the same way when missing, so the bench also runs on a fresh clone.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::stats::Sample;

#[path = "../../mms-emulator/tests/python/interop_venv.rs"]
mod interop_venv;

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/python/get_mms_job_bench.py");

/// The venv with the pinned SDK, built like the interop test's (they share it).
pub fn venv() -> Result<PathBuf, String> {
    interop_venv::interop_venv()
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
    let mut command = interop_venv::command(venv, Path::new(SCRIPT));
    command
        .args([&port.to_string(), key_id, key_secret, algorithm])
        .args([calls.to_string(), warmup.to_string()]);
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
    let cpu = result["cpu_seconds"]
        .as_f64()
        .ok_or("no `cpu_seconds` in the Python output")?;
    Ok(Sample {
        elapsed: Duration::from_secs_f64(seconds),
        latencies,
        cpu: Duration::from_secs_f64(cpu),
    })
}
