//! Interop with the official Alibaba Cloud Python SDK (`alibabacloud-maxcompute20220104`): its
//! default ACS3 signer and its ROA v2 signer must be accepted, its answers parsed, and its
//! errors recognised.
//!
//! The SDK is installed with pip into `<workspace>/target/python-interop-venv`, at the versions
//! pinned in `tests/python/requirements.txt`; the venv is reused while that file is unchanged.
//! A failed install fails this test (with pip's output): it is never skipped.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

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
