//! The `mms-emulator` binary: starts, prints where it listens, serves signed requests, and
//! refuses bad flags with one line.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use support::*;

const BIN: &str = env!("CARGO_BIN_EXE_mms-emulator");

/// Kills the child even when an assertion fails.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn starts_prints_its_address_and_serves_the_demo_key() {
    let child = Command::new(BIN)
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut running = Running(child);
    let stdout = running.0.stdout.take().unwrap();
    let line = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        line
    })
    .await
    .unwrap();
    let line = line.trim_end();
    assert!(
        line.starts_with("mms-emulator listening on http://127.0.0.1:")
            && line.ends_with("(access key mms-demo-key / mms-demo-secret)"),
        "{line:?}"
    );
    let base_url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap();
    let addr: std::net::SocketAddr = base_url.trim_start_matches("http://").parse().unwrap();

    let signed = RequestSpec::example(ACS3).sign(addr);
    let response = client()
        .get(format!("{base_url}{}", signed.path_and_query))
        .headers(
            signed
                .headers
                .iter()
                .map(|(n, v)| {
                    (
                        reqwest::header::HeaderName::from_bytes(n.as_bytes()).unwrap(),
                        reqwest::header::HeaderValue::from_str(v).unwrap(),
                    )
                })
                .collect(),
        )
        .send()
        .await
        .unwrap();
    let answer = Answer::from(response).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.body["data"]["name"], "migrate_db_1");
}

#[test]
fn configured_keys_are_named_but_secrets_never_printed() {
    let mut child = Command::new(BIN)
        .args(["--port", "0", "--access-key", "my-id:my-very-secret"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut running = Running(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    assert!(line.contains("access keys: my-id"), "{line:?}");
    assert!(!line.contains("my-very-secret"), "{line:?}");
    let _ = running.0.kill();
}

#[test]
fn bad_flags_are_one_line_naming_the_flag_and_exit_2() {
    for (args, flag) in [
        (vec!["--access-key", "nocolon"], "--access-key"),
        (vec!["--access-key", ":secretonly"], "--access-key"),
        (vec!["--throttle-rate", "1.5"], "--throttle-rate"),
        (vec!["--port", "http"], "--port"),
        (vec!["--speed", "-1"], "--speed"),
        (vec!["--speed", "fast"], "--speed"),
        (vec!["--fail-table", "orders:LOAD"], "--fail-table"),
        (vec!["--task-concurrency", "0"], "--task-concurrency"),
        (vec!["--no-such-flag"], "--no-such-flag"),
    ] {
        let output = Command::new(BIN).args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains(flag), "{args:?}: {stderr}");
        assert!(!stderr.contains("secretonly"), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_bad_fixtures_file_is_reported() {
    let output = Command::new(BIN)
        .args(["--port", "0", "--fixtures", "/definitely/not/here.json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("--fixtures") && stderr.contains("/definitely/not/here.json"),
        "{stderr}"
    );
}
