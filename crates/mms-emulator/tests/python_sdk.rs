//! Interop with the official Alibaba Cloud Python SDK (`alibabacloud-maxcompute20220104`): its
//! default ACS3 signer and its ROA v2 signer must be accepted, its answers parsed, and its
//! errors recognised; and it drives a whole migration, all 36 operations, against the
//! emulator binary, with every answer read into the SDK's own models.
//!
//! The SDK is installed with pip into `<workspace>/target/python-interop-venv`, at the versions
//! pinned in `tests/python/requirements.txt`; the venv is reused while that file is unchanged.
//! A failed install fails this test (with pip's output): it is never skipped.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use mms_emulator::{start, EmulatorConfig};

#[path = "python/interop_venv.rs"]
mod interop_venv;

use interop_venv::{interop_venv, show};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_official_python_sdk_talks_to_the_emulator() {
    let venv = tokio::task::spawn_blocking(interop_venv)
        .await
        .unwrap()
        .unwrap_or_else(|e| panic!("{e}"));
    let emulator = start(
        EmulatorConfig::default()
            .access_key("py-key", "py-secret")
            .sts_credential("py-sts-key", "py-sts-secret", "py-sts-token"),
    )
    .await
    .unwrap();
    let port = emulator.addr().port().to_string();
    let script = crate_dir().join("tests/python/get_mms_job.py");
    let output = tokio::task::spawn_blocking(move || {
        interop_venv::command(&venv, &script)
            .args([
                port.as_str(),
                "py-key",
                "py-secret",
                "py-sts-key",
                "py-sts-secret",
                "py-sts-token",
            ])
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    // Shown with --nocapture: which cases ran.
    println!("{stdout}");
    assert!(output.status.success(), "{}", show(&output));
    // Every case ran and reported.
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("ok ")).count(),
        14,
        "{stdout}"
    );
    assert!(emulator.request_count() >= 14);
    emulator.stop().await.unwrap();
}

const BIN: &str = env!("CARGO_BIN_EXE_mms-emulator");

/// Kills the emulator even when an assertion fails.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the binary as `lifecycle.py` needs it; returns it and its port.
fn lifecycle_emulator() -> (Running, String) {
    let fixtures = crate_dir().join("fixtures/lifecycle.json");
    let mut child = Command::new(BIN)
        .args([
            "--port",
            "0",
            "--no-demo",
            "--speed",
            "20",
            "--access-key",
            "py-key:py-secret",
        ])
        .arg("--fixtures")
        .arg(&fixtures)
        .args([
            "--fail-table",
            "sales.customers:DATA:1",
            "--fail-table",
            "crm.contacts:DATA:1",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .split_whitespace()
        .find_map(|w| w.strip_prefix("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_owned();
    (Running(child), port)
}

/// Runs the whole scenario with one signature algorithm; returns its output.
fn migrate_with(venv: &Path, algorithm: &str) -> String {
    let (_emulator, port) = lifecycle_emulator();
    let script = crate_dir().join("tests/python/lifecycle.py");
    let output = interop_venv::command(venv, &script)
        .args([port.as_str(), algorithm, "py-key", "py-secret"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{algorithm}: {}", show(&output));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_official_python_sdk_drives_a_whole_migration_with_each_algorithm() {
    let venv = tokio::task::spawn_blocking(interop_venv)
        .await
        .unwrap()
        .unwrap_or_else(|e| panic!("{e}"));
    let runs: Vec<_> = ["acs3", "v2"]
        .into_iter()
        .map(|algorithm| {
            let venv = venv.clone();
            tokio::task::spawn_blocking(move || (algorithm, migrate_with(&venv, algorithm)))
        })
        .collect();
    let every: Vec<&str> = mms_emulator::operations().map(|o| o.action).collect();
    for run in runs {
        let (algorithm, stdout) = run.await.unwrap();
        // Shown with --nocapture.
        println!("{algorithm}:\n{stdout}");
        assert_eq!(
            stdout.lines().filter(|l| l.starts_with("ok ")).count(),
            8,
            "{stdout}"
        );
        assert!(stdout.contains("operations: 36"), "{algorithm}: {stdout}");
        let called = stdout.lines().last().unwrap_or_default();
        for action in &every {
            assert!(
                called.split(' ').any(|a| a == *action),
                "{algorithm} never called {action}"
            );
        }
    }
}
