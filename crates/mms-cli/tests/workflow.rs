//! The built `mms` binary against the in-process lifecycle emulator: a whole migration through
//! the CLI alone, every output format, `--dry-run`, confirmations, and bad flags and files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

use std::process::{Output, Stdio};

use mms_emulator::{
    EmulatorConfig, PlannedFailure, RunningEmulator, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET,
};
use serde_json::Value;

/// The emulator's clock runs this many times faster than the wall clock: a job of the demo
/// finishes in well under a second.
const SPEED: f64 = 200.0;

/// A running emulator and the `mms` that talks to it.
struct Bench {
    emulator: RunningEmulator,
    home: tempfile::TempDir,
}

impl Bench {
    async fn new(config: EmulatorConfig) -> Bench {
        Bench {
            emulator: mms_emulator::start(config.speed(SPEED))
                .await
                .expect("emulator starts"),
            home: tempfile::tempdir().expect("home"),
        }
    }

    async fn demo() -> Bench {
        Bench::new(EmulatorConfig::default()).await
    }

    fn command(&self, args: &[&str]) -> tokio::process::Command {
        let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_mms"));
        command
            .arg("--endpoint")
            .arg(self.emulator.base_url())
            .args(args)
            .env_clear()
            .env("HOME", self.home.path())
            .env("ALIBABA_CLOUD_ACCESS_KEY_ID", DEMO_ACCESS_KEY_ID)
            .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", DEMO_ACCESS_KEY_SECRET)
            .stdin(Stdio::null())
            .kill_on_drop(true);
        command
    }

    /// `mms --endpoint <emulator> <args…>`, with no terminal anywhere.
    async fn mms(&self, args: &[&str]) -> Output {
        self.command(args).output().await.expect("mms runs")
    }

    /// Runs `args`, expects exit status 0, and returns standard output.
    async fn ok(&self, args: &[&str]) -> String {
        let out = self.mms(args).await;
        assert_eq!(code(&out), 0, "mms {args:?}: {}", stderr(&out));
        stdout(&out)
    }

    /// Runs `args` with `--output json` and parses standard output.
    async fn json(&self, args: &[&str]) -> Value {
        let mut args = args.to_vec();
        args.extend(["--output", "json"]);
        let text = self.ok(&args).await;
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("mms {args:?}: {e}: {text}"))
    }
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

/// The number after `prefix` in `text`.
fn number_after(text: &str, prefix: &str) -> i64 {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("{prefix:?} not in:\n{text}"))
        + prefix.len();
    text[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn a_whole_migration_through_the_cli_alone() {
    let bench = Bench::new(EmulatorConfig::default().fail(
        PlannedFailure::table("mms_test.orders").reason("Tunnel quota exhausted for mms_target"),
    ))
    .await;

    // Find the source.
    let sources = bench.json(&["datasource", "list"]).await;
    assert!(
        sources.as_array().unwrap().iter().any(|s| s["id"] == 2),
        "{sources}"
    );

    // Scan it and wait for the catalog.
    let out = bench
        .ok(&["datasource", "scan", "2", "--wait", "--interval", "50ms"])
        .await;
    assert!(out.contains("DONE"), "{out}");

    // Choose tables.
    let tables = bench
        .ok(&[
            "table",
            "list",
            "2",
            "--db-name",
            "mms_test",
            "--output",
            "jsonl",
        ])
        .await;
    let names: Vec<String> = tables
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["name"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(
        names.contains(&"orders".to_string()) && names.contains(&"customers".to_string()),
        "{names:?}"
    );

    // Create the job and wait for it to exist.
    let job = bench
        .json(&[
            "job",
            "create",
            "2",
            "--name",
            "e2e",
            "--src-db-name",
            "mms_test",
            "--dst-db-name",
            "mms_target",
            "--tables",
            "orders,customers",
            "--wait",
            "--interval",
            "50ms",
        ])
        .await;
    let job_id = job["id"].as_i64().expect("the created job");
    assert_eq!(job["name"], "e2e");
    let job_id = job_id.to_string();

    // Run it and watch the planned failure.
    bench.ok(&["job", "start", "2", &job_id]).await;
    let out = bench
        .mms(&["job", "watch", "2", &job_id, "--interval", "50ms"])
        .await;
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(&format!("job {job_id} FAILED")), "{text}");
    assert!(text.contains("DATA_FAILED mms_test.orders"), "{text}");
    assert!(
        text.contains("Tunnel quota exhausted for mms_target"),
        "{text}"
    );
    let task = number_after(&text, "mms task retry 2 ").to_string();
    assert!(text.contains(&format!("mms task logs 2 {task}")), "{text}");
    assert!(
        text.contains(&format!("mms job retry 2 {job_id}")),
        "{text}"
    );

    // Read why, retry, and watch it to DONE.
    let logs = bench.json(&["task", "logs", "2", &task]).await;
    assert!(
        logs.as_array()
            .unwrap()
            .iter()
            .any(|l| l["msg"] == "Tunnel quota exhausted for mms_target"),
        "{logs}"
    );
    bench.ok(&["job", "retry", "2", &job_id]).await;
    let out = bench
        .mms(&["job", "watch", "2", &job_id, "--interval", "50ms"])
        .await;
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).contains(&format!("job {job_id} DONE")),
        "{}",
        stdout(&out)
    );
    let done = bench.json(&["task", "get", "2", &task]).await;
    assert_eq!(done["status"], "DONE", "{done}");
}

#[tokio::test]
async fn lists_print_as_a_table_a_json_array_or_json_lines() {
    let bench = Bench::demo().await;
    let json = bench.json(&["job", "list", "2"]).await;
    let jobs = json.as_array().expect("one JSON array");
    assert!(jobs.len() >= 4, "{json}");
    assert!(jobs.iter().any(|j| j["id"] == 10), "{json}");

    let lines = bench.ok(&["job", "list", "2", "--output", "jsonl"]).await;
    assert_eq!(lines.lines().count(), jobs.len());
    for line in lines.lines() {
        assert!(
            serde_json::from_str::<Value>(line).unwrap().is_object(),
            "{line}"
        );
    }

    let table = bench.ok(&["job", "list", "2", "--output", "table"]).await;
    let header = table.lines().next().unwrap();
    for column in ["ID", "NAME", "STATUS", "PROGRESS", "CREATE TIME"] {
        assert!(header.contains(column), "{header}");
    }
    assert_eq!(table.lines().count(), jobs.len() + 1, "{table}");

    let chosen = bench
        .ok(&[
            "job",
            "list",
            "2",
            "-o",
            "table",
            "--columns",
            "id,task-num",
        ])
        .await;
    assert_eq!(
        chosen
            .lines()
            .next()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["ID", "TASK", "NUM"]
    );

    // Pages are read as needed: two items, a page of one at a time.
    let two = bench
        .json(&["job", "list", "2", "--limit", "2", "--page-size", "1"])
        .await;
    assert_eq!(two.as_array().unwrap().len(), 2, "{two}");
    assert_eq!(two[0], jobs[0]);
    assert_eq!(two[1], jobs[1]);

    // Piped, a list is JSON unless asked otherwise.
    let piped = bench.ok(&["table", "list", "2"]).await;
    assert!(
        serde_json::from_str::<Value>(&piped).unwrap().is_array(),
        "{piped}"
    );
}

#[tokio::test]
async fn one_item_prints_as_text_json_jsonl_or_a_table_row() {
    let bench = Bench::demo().await;
    let text = bench.ok(&["table", "get", "2", "100"]).await;
    assert!(
        text.lines()
            .any(|l| l.starts_with("name") && l.ends_with("orders")),
        "{text}"
    );
    let json = bench.json(&["table", "get", "2", "100"]).await;
    assert_eq!(json["name"], "orders");
    let line = bench
        .ok(&["table", "get", "2", "100", "--output", "jsonl"])
        .await;
    assert_eq!(line.lines().count(), 1);
    assert_eq!(serde_json::from_str::<Value>(&line).unwrap(), json);
    let row = bench
        .ok(&["table", "get", "2", "100", "--output", "table"])
        .await;
    assert_eq!(row.lines().count(), 2, "{row}");
    assert!(row.lines().nth(1).unwrap().contains("orders"), "{row}");
}

#[tokio::test]
async fn a_dry_run_prints_the_request_and_sends_nothing() {
    let bench = Bench::demo().await;
    let before = bench.emulator.request_count();
    let out = bench
        .ok(&[
            "--dry-run",
            "job",
            "create",
            "2",
            "--name",
            "n",
            "--tables",
            "orders",
            "--table-mapping",
            "orders=orders_hist",
            "--increment",
            "true",
            "--wait",
        ])
        .await;
    let url = format!(
        "POST {}/api/v1/mms/datasources/2/jobs\n",
        bench.emulator.base_url()
    );
    assert!(out.starts_with(&url), "{out}");
    assert!(out.contains("x-acs-action: CreateMmsJob"), "{out}");
    let body: Value = serde_json::from_str(&out[out.find("\n{").unwrap()..]).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"name": "n", "sourceId": 2, "tables": ["orders"],
            "tableMapping": {"orders": "orders_hist"}, "increment": true})
    );
    assert!(
        !out.contains("Signature") && !out.contains("authorization"),
        "{out}"
    );

    let out = bench
        .ok(&[
            "--dry-run",
            "table",
            "list",
            "2",
            "--status",
            "failed,DONE",
            "--sort",
            "num-rows:desc",
        ])
        .await;
    let url = format!(
        "GET {}/api/v1/mms/datasources/2/tables?pageNum=1&sorter.numRows=desc&status=%5B%22FAILED%22%2C%22DONE%22%5D\n",
        bench.emulator.base_url()
    );
    assert!(out.starts_with(&url), "{out}");
    // Destructive commands need no confirmation when nothing is sent.
    let out = bench.ok(&["--dry-run", "job", "delete", "2", "10"]).await;
    assert!(
        out.starts_with("POST ") && out.contains("x-acs-action: DeleteMmsJob"),
        "{out}"
    );
    let out = bench
        .ok(&[
            "--dry-run",
            "api",
            "GET",
            "/api/v1/mms/datasources/2/jobs",
            "-q",
            "status=FAILED",
        ])
        .await;
    assert!(
        out.contains("jobs?status=FAILED") && out.contains("x-acs-action: ListMmsJobs"),
        "{out}"
    );
    assert_eq!(
        bench.emulator.request_count(),
        before,
        "a dry run sent a request"
    );
}

#[tokio::test]
async fn deleting_asks_first_and_refuses_without_a_terminal_unless_yes() {
    let bench = Bench::demo().await;
    let before = bench.emulator.request_count();
    for args in [
        &["job", "delete", "2", "100"][..],
        &["job", "stop", "2", "102"],
        &["timer", "delete", "2", "1"],
    ] {
        let out = bench.mms(args).await;
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("add --yes") && err.lines().count() == 1,
            "{err}"
        );
    }
    assert_eq!(
        bench.emulator.request_count(),
        before,
        "a refused command sent a request"
    );
    bench.ok(&["job", "get", "2", "100"]).await;

    let out = bench.ok(&["job", "delete", "2", "100", "--yes"]).await;
    assert!(out.contains("job 100 of data source 2: deleted"), "{out}");
    let out = bench.mms(&["job", "get", "2", "100"]).await;
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("HTTP 404"), "{}", stderr(&out));
}

#[tokio::test]
async fn bad_flags_are_usage_errors_and_name_the_flag() {
    let bench = Bench::demo().await;
    for (args, expected) in [
        (
            &["table", "list", "2", "--sort", "name:asc"][..],
            "this list sorts by last-ddl-time, num-rows, size",
        ),
        (
            &["table", "list", "2", "--sort", "size:up"],
            "the order is asc or desc",
        ),
        (
            &["datasource", "get", "2", "--lang", "fr_FR"],
            "zh_CN, en_US",
        ),
        (&["job", "list", "2", "--page-size", "0"], "--page-size"),
        (
            &["table", "list", "2", "--has-partitions", "maybe"],
            "--has-partitions",
        ),
        (
            &["job", "create", "2", "--table-mapping", "orders"],
            "is not KEY=VALUE",
        ),
        (&["job", "get", "2"], "<JOB>"),
    ] {
        let out = bench.mms(args).await;
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(expected),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    let out = bench
        .mms(&["job", "list", "2", "-o", "table", "--columns", "id,nope"])
        .await;
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("--columns: no column \"nope\"") && err.contains("task-num"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[tokio::test]
async fn a_bad_body_file_is_one_line_naming_the_field_and_nothing_is_sent() {
    let bench = Bench::demo().await;
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let before = bench.emulator.request_count();
    let cases = [
        (
            write("job.json", r#"{"name": "x", "tables": ["orders", 7]}"#),
            "job.json: tables[1]: 7 is not of type \"string\"",
        ),
        (
            write("typo.yaml", "name: x\ntabels: [orders]\n"),
            "typo.yaml: (body): ",
        ),
        (
            write("list.json", "[1]"),
            "must be an object of fields, not a list",
        ),
        (
            write("bad.yaml", "name: [unclosed\n"),
            "bad.yaml: neither JSON nor YAML",
        ),
        (
            dir.path().join("missing.json").display().to_string(),
            "missing.json: cannot read it",
        ),
    ];
    for (path, expected) in &cases {
        let out = bench
            .mms(&["job", "create", "2", "--from-file", path])
            .await;
        assert_eq!(code(&out), 1, "{path}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(expected), "{path}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    // A flag's own mistake is named by the flag.
    let out = bench
        .mms(&["timer", "create", "2", "--schedule-type", "Weekly"])
        .await;
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--schedule-type: scheduleType: \"Weekly\""),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        bench.emulator.request_count(),
        before,
        "a bad body was sent"
    );
}

#[tokio::test]
async fn the_raw_call_is_signed_and_refuses_an_unknown_path() {
    let bench = Bench::demo().await;
    let body: Value = serde_json::from_str(
        &bench
            .ok(&[
                "api",
                "get",
                "/api/v1/mms/datasources/2/jobs",
                "--query",
                "pageSize=2",
            ])
            .await,
    )
    .unwrap();
    assert_eq!(
        body["data"]["objectList"].as_array().unwrap().len(),
        2,
        "{body}"
    );
    assert!(body["requestId"].is_string(), "{body}");
    let out = bench.mms(&["api", "GET", "/api/v1/mms/elsewhere"]).await;
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("matches no operation of the API; name its action with --action"),
        "{}",
        stderr(&out)
    );
    let out = bench
        .mms(&["api", "GET", "/api/v1/mms/datasources/2/jobs/999"])
        .await;
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("GetMmsJob: HTTP 404") && err.contains("request id"),
        "{err}"
    );
}

#[tokio::test]
async fn completions_and_a_closed_pipe() {
    let bench = Bench::demo().await;
    let script = bench.ok(&["completions", "bash"]).await;
    assert!(
        script.contains("_mms") && script.contains("datasource"),
        "bash completion"
    );
    // `mms job list … | head -c1`: the reader goes away; the tool stops quietly.
    let mut child = bench
        .command(&["table", "list", "2", "--output", "jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().await.unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}
