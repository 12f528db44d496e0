//! The built `mms` binary against the emulator: outputs, exit statuses and error lines.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use std::{process::Output, time::Duration};

use mms_emulator::{
    EmulatorConfig, FaultInjection, JobProgress, RunningEmulator, DEMO_ACCESS_KEY_ID,
    DEMO_ACCESS_KEY_SECRET,
};

/// `mms` with `args`, an empty environment but for `vars`, and `home` as its HOME.
fn command(
    args: &[&str],
    vars: &[(&str, &str)],
    home: &std::path::Path,
) -> tokio::process::Command {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_mms"));
    command
        .args(args)
        .env_clear()
        .env("HOME", home)
        // Never probe the real ECS metadata address: tests stay on loopback.
        .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .kill_on_drop(true);
    for (name, value) in vars {
        command.env(name, value);
    }
    command
}

/// Runs `mms` with `args`, credentials `(id, secret)` in its environment and a HOME of its own.
async fn mms(args: &[&str], credentials: (&str, &str)) -> Output {
    let home = tempfile::tempdir().expect("home");
    let vars = [
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", credentials.0),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", credentials.1),
    ];
    command(args, &vars, home.path())
        .output()
        .await
        .expect("mms runs")
}

async fn demo_keys(args: &[&str]) -> Output {
    mms(args, (DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET)).await
}

/// `mms job watch 2 <job_id> <extra…>` against `emu`, with the demo keys.
async fn watch(emu: &RunningEmulator, job_id: i64, extra: &[&str]) -> Output {
    let url = emu.base_url();
    let job = job_id.to_string();
    let mut args = vec![
        "--endpoint",
        url.as_str(),
        "job",
        "watch",
        "2",
        job.as_str(),
    ];
    args.extend_from_slice(extra);
    demo_keys(&args).await
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

async fn emulator(config: EmulatorConfig) -> RunningEmulator {
    mms_emulator::start(config).await.expect("emulator starts")
}

/// The documented job made to advance, under source 2 job 10.
fn moving_job(progress: JobProgress) -> EmulatorConfig {
    let mut job = mms_emulator::documented_example_job();
    job.stopped = Some(false);
    EmulatorConfig::default()
        .job(2, job)
        .progress(2, 10, progress)
}

#[tokio::test]
async fn get_prints_a_readable_summary() {
    let emu = emulator(EmulatorConfig::default()).await;
    let out = demo_keys(&["--endpoint", &emu.base_url(), "job", "get", "2", "10"]).await;
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    for expected in [
        "job 10  migrate_db_1",
        "from         demo (2): database mms_test, schema default",
        "to           project mms_target, schema default",
        "type         Tables",
        "status       DOING",
        "tasks        100/100 (100%)",
        "stopped      yes",
        "created      2024-12-17 15:44:17",
        "others       {\"test\":\"test\",\"test2\":1}",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
}

#[tokio::test]
async fn get_prints_json_for_scripts() {
    let emu = emulator(EmulatorConfig::default()).await;
    for signature in ["acs3", "roa"] {
        let out = demo_keys(&[
            "--endpoint",
            &emu.base_url(),
            "--signature",
            signature,
            "job",
            "get",
            "2",
            "10",
            "--output",
            "json",
        ])
        .await;
        assert_eq!(code(&out), 0, "{signature}: {}", stderr(&out));
        let job: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("stdout is JSON");
        assert_eq!(job["id"], 10);
        assert_eq!(job["name"], "migrate_db_1");
        assert_eq!(job["status"], "DOING");
        assert_eq!(job["config"]["others"]["test2"], 1);
    }
}

#[tokio::test]
async fn watch_follows_a_job_to_done_and_exits_0() {
    let emu = emulator(moving_job(JobProgress::done_after(Duration::from_millis(
        1500,
    ))))
    .await;
    let out = watch(&emu, 10, &["--interval", "200ms"]).await;
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("job 10 INIT 0/100 (0%)"), "{text}");
    assert!(text.contains("DOING"), "{text}");
    assert!(
        text.lines()
            .last()
            .is_some_and(|l| l.starts_with("job 10 DONE: 100/100 (100%) tasks")),
        "{text}"
    );
}

#[tokio::test]
async fn watch_of_a_failing_job_exits_3() {
    let emu = emulator(moving_job(JobProgress::failed_after(
        Duration::from_millis(800),
    )))
    .await;
    let out = watch(&emu, 10, &["--interval", "200ms"]).await;
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stdout(&out).contains("job 10 FAILED"), "{}", stdout(&out));
}

#[tokio::test]
async fn watch_of_a_stopped_job_exits_4() {
    // The documented job is stopped.
    let emu = emulator(EmulatorConfig::default()).await;
    let out = watch(&emu, 10, &["--interval", "200ms"]).await;
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert!(stdout(&out).contains("job 10 stopped"), "{}", stdout(&out));
}

#[tokio::test]
async fn watch_gives_up_at_its_timeout_with_exit_5() {
    let emu = emulator(moving_job(JobProgress::done_after(Duration::from_secs(
        600,
    ))))
    .await;
    let out = watch(&emu, 10, &["--interval", "200ms", "--timeout", "1s"]).await;
    assert_eq!(code(&out), 5, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("gave up after 1s"),
        "{}",
        stderr(&out)
    );
}

#[tokio::test]
async fn watch_survives_injected_503s() {
    let faults = FaultInjection {
        unavailable_rate: 0.3,
        seed: Some(7),
        ..FaultInjection::default()
    };
    let emu =
        emulator(moving_job(JobProgress::done_after(Duration::from_millis(1500))).faults(faults))
            .await;
    let out = watch(&emu, 10, &["--interval", "150ms"]).await;
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("DONE"), "{}", stdout(&out));
}

#[tokio::test]
async fn a_wrong_secret_is_one_error_line_with_code_and_request_id() {
    let emu = emulator(EmulatorConfig::default()).await;
    let out = mms(
        &["--endpoint", &emu.base_url(), "job", "get", "2", "10"],
        (DEMO_ACCESS_KEY_ID, "wrong-secret"),
    )
    .await;
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("mms: error: GetMmsJob: HTTP 403 SignatureDoesNotMatch"),
        "{err}"
    );
    assert!(err.contains("request id"), "{err}");
    assert!(!err.contains("wrong-secret"), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

#[tokio::test]
async fn a_missing_job_is_a_404_error_line_and_watch_stops_at_once() {
    let emu = emulator(EmulatorConfig::default()).await;
    let out = demo_keys(&["--endpoint", &emu.base_url(), "job", "get", "2", "999"]).await;
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains("HTTP 404"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let out = watch(&emu, 999, &["--interval", "100ms"]).await;
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("HTTP 404"), "{}", stderr(&out));
}

#[tokio::test]
async fn the_embedded_emulator_needs_no_account_and_says_so() {
    let out = mms(&["--emulator", "job", "get", "2", "10"], ("", "")).await;
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("local demo data"), "{}", stderr(&out));
    assert!(stdout(&out).contains("migrate_db_1"), "{}", stdout(&out));
}

#[tokio::test]
async fn without_an_endpoint_or_credentials_the_tool_refuses_rather_than_falls_back() {
    let out = mms(&["job", "get", "2", "10"], ("", "")).await;
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("no endpoint"), "{}", stderr(&out));
    let out = mms(
        &["--region", "cn-hangzhou", "job", "get", "2", "10"],
        ("", ""),
    )
    .await;
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("no credentials found"),
        "{}",
        stderr(&out)
    );
}

#[tokio::test]
async fn bad_input_is_one_line_naming_it() {
    for (args, expected) in [
        (
            vec!["--region", "mars-1", "job", "get", "2", "10"],
            "invalid region: \"mars-1\"",
        ),
        (
            vec!["--endpoint", "ftp://x", "job", "get", "2", "10"],
            "invalid endpoint: \"ftp://x\"",
        ),
        (
            vec!["--endpoint", "http://127.0.0.1:9", "job", "get", "0", "10"],
            "invalid sourceId: 0 is not a positive integer",
        ),
    ] {
        let out = demo_keys(&args).await;
        assert_eq!(code(&out), 1, "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let out = demo_keys(&["job", "get", "ten", "10"]).await;
    assert_eq!(code(&out), 2, "clap usage error");
}

#[tokio::test]
async fn every_command_has_help_with_an_example() {
    for args in [
        vec!["--help"],
        vec!["job", "--help"],
        vec!["job", "get", "--help"],
        vec!["job", "watch", "--help"],
    ] {
        let out = demo_keys(&args).await;
        assert_eq!(code(&out), 0, "{args:?}");
        let text = stdout(&out);
        if args.len() != 2 {
            assert!(text.contains("Examples:"), "{args:?}: {text}");
        }
        assert!(text.contains("Usage:"), "{args:?}");
    }
}

#[tokio::test]
async fn a_full_trace_run_never_shows_a_secret_or_a_signature() {
    const SECRET: &str = "trace-test-secret-0123456789";
    const TOKEN: &str = "trace-test-sts-token-abcdef";
    let emu = emulator(EmulatorConfig::default().sts_credential("trace-id", SECRET, TOKEN)).await;
    let home = tempfile::tempdir().expect("home");
    let url = emu.base_url();
    let args = ["-vvv", "--endpoint", url.as_str(), "job", "get", "2", "10"];
    let run = |secret: &'static str| {
        let vars = [
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "trace-id"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret),
            ("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN),
        ];
        command(&args, &vars, home.path()).output()
    };
    let out = run(SECRET).await.expect("mms runs");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let log = stderr(&out);
    assert!(
        log.lines().count() > 10,
        "expected a TRACE log, got:\n{log}"
    );
    assert!(log.contains("TRACE"), "{log}");
    for secret in [SECRET, TOKEN, "ACS3-HMAC-SHA256 Credential", "Signature="] {
        assert!(
            !log.contains(secret),
            "{secret:?} appears in the trace log:\n{log}"
        );
    }
    // A failing run (wrong secret) at TRACE level: the error line and the log stay clean too.
    let out = run("wrong-trace-secret-987").await.expect("mms runs");
    assert_eq!(code(&out), 1);
    let log = stderr(&out);
    for secret in ["wrong-trace-secret-987", TOKEN, "Signature="] {
        assert!(
            !log.contains(secret),
            "{secret:?} appears in the failing trace log"
        );
    }
}

#[tokio::test]
async fn a_garbled_config_file_and_a_missing_profile_are_named() {
    let home = tempfile::tempdir().expect("home");
    std::fs::create_dir_all(home.path().join(".aliyun")).expect("mkdir");
    std::fs::write(
        home.path().join(".aliyun/config.json"),
        "{\"current\": \"x\", \"profiles\": [{\"name\": ",
    )
    .expect("write");
    let run = |args: Vec<String>| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        command(&args, &[], home.path()).output()
    };
    let args = |extra: &[&str]| {
        let mut a: Vec<String> = vec!["--endpoint".into(), "http://127.0.0.1:9".into()];
        a.extend(extra.iter().map(|s| s.to_string()));
        a.extend(["job", "get", "2", "10"].map(String::from));
        a
    };
    let out = run(args(&[])).await.expect("mms runs");
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains(".aliyun/config.json") && err.contains("not a valid CLI config file"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");

    std::fs::write(
        home.path().join(".aliyun/config.json"),
        r#"{"current":"a","profiles":[{"name":"a","mode":"AK","access_key_id":"i","access_key_secret":"s"}]}"#,
    )
    .expect("write");
    let out = run(args(&["--profile", "missing"]))
        .await
        .expect("mms runs");
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("profile \"missing\"") && err.contains("no such profile"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[tokio::test]
async fn a_closed_stdout_pipe_is_not_a_crash() {
    // `mms job get … | head -1`: the reader goes away before the tool has written everything.
    let emu = emulator(EmulatorConfig::default()).await;
    let home = tempfile::tempdir().expect("home");
    let url = emu.base_url();
    let args = [
        "--endpoint",
        url.as_str(),
        "job",
        "get",
        "2",
        "10",
        "--output",
        "json",
    ];
    let vars = [
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", DEMO_ACCESS_KEY_ID),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", DEMO_ACCESS_KEY_SECRET),
    ];
    let mut child = command(&args, &vars, home.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("mms runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().await.expect("mms ends");
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(code(&out), 0, "{err}");
}
