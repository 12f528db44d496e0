//! Interop with the official Alibaba Cloud Python SDK (`alibabacloud-maxcompute20220104`): its
//! default ACS3 signer and its ROA v2 signer must be accepted, its answers parsed, and its
//! errors recognised.
//!
//! The SDK is installed with pip into `<workspace>/target/python-interop-venv`, at the versions
//! pinned in `tests/python/requirements.txt`; the venv is reused while that file is unchanged.
//! A failed install fails this test (with pip's output): it is never skipped.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};

use mms_emulator::{start, EmulatorConfig};

const REQUIREMENTS: &str = include_str!("python/requirements.txt");
const MARKER: &str = "requirements.installed";

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn python_in(venv: &Path) -> PathBuf {
    if cfg!(windows) {
        venv.join("Scripts").join("python.exe")
    } else {
        venv.join("bin").join("python")
    }
}

fn show(output: &Output) -> String {
    format!(
        "status: {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn is_ready(venv: &Path) -> bool {
    std::fs::read_to_string(venv.join(MARKER)).is_ok_and(|m| m == REQUIREMENTS)
        && python_in(venv).exists()
}

/// The venv with the pinned SDK, created if missing or stale.
///
/// Safe when several test processes race: each builds in its own temporary directory and
/// renames it into place; a loser that finds a ready venv in place uses it.
fn interop_venv() -> PathBuf {
    let target = crate_dir().join("../../target");
    std::fs::create_dir_all(&target).unwrap();
    let venv = target.join("python-interop-venv");
    if is_ready(&venv) {
        return venv;
    }
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let building = target.join(format!(
        "python-interop-venv.building-{}-{nanos}",
        std::process::id()
    ));
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let created = Command::new(&python)
        .args(["-m", "venv"])
        .arg(&building)
        .output()
        .unwrap_or_else(|e| panic!("cannot run `{python} -m venv`: {e}; install Python 3"));
    assert!(
        created.status.success(),
        "`{python} -m venv` failed:\n{}",
        show(&created)
    );
    let installed = Command::new(python_in(&building))
        .args([
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--no-input",
            "-r",
        ])
        .arg(crate_dir().join("tests/python/requirements.txt"))
        .output()
        .unwrap();
    if !installed.status.success() {
        let _ = std::fs::remove_dir_all(&building);
        panic!(
            "pip could not install the official SDK (tests/python/requirements.txt):\n{}",
            show(&installed)
        );
    }
    std::fs::write(building.join(MARKER), REQUIREMENTS).unwrap();
    if venv.exists() && !is_ready(&venv) {
        let _ = std::fs::remove_dir_all(&venv);
    }
    if std::fs::rename(&building, &venv).is_err() {
        // Another process put a venv in place first.
        let _ = std::fs::remove_dir_all(&building);
    }
    assert!(is_ready(&venv), "no usable venv at {}", venv.display());
    venv
}

#[tokio::test(flavor = "multi_thread")]
async fn the_official_python_sdk_talks_to_the_emulator() {
    let venv = tokio::task::spawn_blocking(interop_venv).await.unwrap();
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
        let mut command = Command::new(python_in(&venv));
        command
            .arg(script)
            .args([
                port.as_str(),
                "py-key",
                "py-secret",
                "py-sts-key",
                "py-sts-secret",
                "py-sts-token",
            ])
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
        command.output().unwrap()
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
