//! `--state FILE`: the whole state survives a restart, and a killed emulator loses nothing it
//! acknowledged.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use mms_emulator::{start, EmulatorConfig, Error};
use serde_json::json;
use support::*;

const BIN: &str = env!("CARGO_BIN_EXE_mms-emulator");

fn config(state: &Path) -> EmulatorConfig {
    EmulatorConfig::default().speed(0.0).state_file(state)
}

#[tokio::test]
async fn the_state_survives_a_restart_and_time_goes_on_from_where_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");

    let emu = start(config(&state)).await.unwrap();
    let api = Api::new(&emu);
    let created = api
        .send(
            "CreateMmsJob",
            "POST",
            "/api/v1/mms/datasources/2/jobs",
            Some(json!({"name": "kept", "srcDbName": "mms_test", "tables": ["products"]})),
        )
        .await
        .ok("create");
    emu.advance_clock(Duration::from_secs(5));
    let job_id = api
        .data(
            "GetMmsAsyncTask",
            &format!(
                "/api/v1/mms/datasources/2/asyncTasks/{}",
                created["asyncTaskId"]
            ),
            &[],
        )
        .await["objectId"]
        .as_i64()
        .unwrap();
    let job_path = format!("/api/v1/mms/datasources/2/jobs/{job_id}");
    api.send("StartMmsJob", "POST", &format!("{job_path}/start"), None)
        .await
        .ok("start");
    emu.advance_clock(Duration::from_secs(2));
    let before = api.data("GetMmsJob", &job_path, &[]).await;
    assert_eq!(before["status"], "DOING");
    let clock = emu.virtual_now();
    emu.stop().await.unwrap();

    // Fixtures and the demo do not apply to a state that exists: the file wins.
    let emu = start(config(&state).without_demo()).await.unwrap();
    assert_eq!(
        emu.virtual_now(),
        clock,
        "the clock resumes where it stopped"
    );
    let api = Api::new(&emu);
    let after = api.data("GetMmsJob", &job_path, &[]).await;
    assert_eq!(after, before);
    emu.advance_clock(Duration::from_secs(600));
    assert_eq!(
        api.data("GetMmsJob", &job_path, &[]).await["status"],
        "DONE"
    );
    let again = api
        .send(
            "CreateMmsJob",
            "POST",
            "/api/v1/mms/datasources/2/jobs",
            Some(json!({"name": "next", "srcDbName": "mms_test", "tables": ["products"]})),
        )
        .await
        .ok("create");
    assert_ne!(
        again["asyncTaskId"], created["asyncTaskId"],
        "ids are not handed out twice"
    );
    emu.stop().await.unwrap();
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["state.json"], "no temporary file is left behind");
}

#[tokio::test]
async fn a_file_that_is_not_a_state_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    std::fs::write(&state, "{\"jobs\": []}").unwrap();
    let err = start(config(&state)).await.map(|_| ()).unwrap_err();
    assert!(matches!(err, Error::State { .. }), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains("state.json") && message.contains("not a state file"),
        "{message}"
    );
}

/// Kills the child even when an assertion fails.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the binary on a free port with `args`; returns it and its address.
fn spawn(args: &[&str]) -> (Running, std::net::SocketAddr) {
    let mut child = Command::new(BIN)
        .args(["--port", "0"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap();
    let addr = url.trim_start_matches("http://").parse().unwrap();
    (Running(child), addr)
}

/// One signed request to the binary at `addr`.
async fn send(
    addr: std::net::SocketAddr,
    action: &str,
    method: &str,
    path: &str,
    body: Option<serde_json::Value>,
) -> Answer {
    let mut spec = RequestSpec::new(ACS3, demo_credentials(), path);
    spec.action = action.to_owned();
    spec.method = method.to_owned();
    if let Some(body) = body {
        spec.body = serde_json::to_vec(&body).unwrap();
    }
    let signed = spec.sign(addr);
    let method = reqwest::Method::from_bytes(signed.method.as_bytes()).unwrap();
    let mut request = client().request(method, format!("http://{addr}{}", signed.path_and_query));
    for (name, value) in &signed.headers {
        request = request.header(name, value);
    }
    Answer::from(request.body(signed.body.clone()).send().await.unwrap()).await
}

#[tokio::test]
async fn a_killed_emulator_loses_nothing_it_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let state_arg = state.to_str().unwrap();
    let (mut first, addr) = spawn(&["--state", state_arg, "--no-demo", "--speed", "0"]);
    let mut ids = Vec::new();
    for i in 0..20 {
        let answer = send(
            addr,
            "CreateMmsDataSource",
            "POST",
            "/api/v1/mms/datasources",
            Some(json!({"name": format!("s{i}"), "type": "HIVE"})),
        )
        .await;
        ids.push(answer.ok("create")["dataSourceId"].as_i64().unwrap());
    }
    // No shutdown, no chance to save: SIGKILL.
    first.0.kill().unwrap();
    first.0.wait().unwrap();

    let (_second, addr) = spawn(&["--state", state_arg, "--no-demo"]);
    for (i, id) in ids.iter().enumerate() {
        let answer = send(
            addr,
            "GetMmsDataSource",
            "GET",
            &format!("/api/v1/mms/datasources/{id}"),
            None,
        )
        .await;
        assert_eq!(answer.ok("get")["name"], format!("s{i}"));
    }
}
