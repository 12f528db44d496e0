//! Wire equivalence with the official SDK: the pinned Python SDK (`alibabacloud-maxcompute20220104`)
//! and this client send every operation of `mms_api::ROUTES` with the same inputs
//! (`wire/cases.rs`), under both signature algorithms, to loopback capture servers that answer
//! each action with its documented example. For each operation and algorithm the two requests
//! must agree on method, decoded path, query (decoded, as a multiset of pairs), body (as a JSON
//! value), content type and the set of signed headers, and both signatures must verify
//! (`wire/compare.rs`). The differences kept on purpose are listed with their reason in
//! `wire/kept.rs`; any other difference fails the test, naming the operation, the algorithm and
//! the field. The test prints a table with one row per operation (`--nocapture` shows it on
//! success; a failure carries it in its message).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed test may panic

#[path = "wire/cases.rs"]
mod cases;
#[path = "wire/compare.rs"]
mod compare;
#[path = "../crates/mms-emulator/tests/python/interop_venv.rs"]
mod interop_venv;
#[path = "wire/kept.rs"]
mod kept;

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    fmt::Write as _,
    path::Path,
    sync::Arc,
};

use maxcompute_mms::prelude::*;
use maxcompute_mms::{Credentials, Route, SignatureAlgorithm};
use mms_api::ROUTES;
use mms_contract_tests::{CannedResponse, RecordedRequest, RecordingServer};
use serde_json::{json, Value};

use cases::{case, Case};
use compare::{differences, shape, Difference, Field, Shape};
use kept::KEPT;

const KEY_ID: &str = "wire-test-key";
const KEY_SECRET: &str = "wire-test-secret";

/// The two signature algorithms, as each side names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Algorithm {
    Acs3,
    Roa,
}

impl Algorithm {
    const BOTH: [Algorithm; 2] = [Algorithm::Acs3, Algorithm::Roa];

    fn name(self) -> &'static str {
        match self {
            Algorithm::Acs3 => "ACS3",
            Algorithm::Roa => "ROA",
        }
    }

    fn ours(self) -> SignatureAlgorithm {
        match self {
            Algorithm::Acs3 => SignatureAlgorithm::Acs3HmacSha256,
            Algorithm::Roa => SignatureAlgorithm::RoaHmacSha1,
        }
    }

    /// The Python SDK's `Config.signature_algorithm`.
    fn python(self) -> Value {
        match self {
            Algorithm::Acs3 => Value::Null,
            Algorithm::Roa => json!("v2"),
        }
    }
}

/// The documented example answer of every action, by action.
fn documented_answers() -> HashMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/examples");
    ROUTES
        .iter()
        .map(|route| {
            let file = dir.join(format!("{}.200.json", route.action));
            let text = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            (route.action.to_owned(), text)
        })
        .collect()
}

/// A capture server that answers each request with the documented example of its
/// `x-acs-action`.
async fn capture_server(answers: Arc<HashMap<String, String>>) -> RecordingServer {
    RecordingServer::answering(move |request| {
        match request.header("x-acs-action").and_then(|a| answers.get(a)) {
            Some(answer) => CannedResponse::json(200, answer.clone()),
            None => CannedResponse::json(
                404,
                r#"{"requestId":"capture","code":"NoExample","message":"unknown x-acs-action"}"#,
            ),
        }
    })
    .await
}

/// The one request `server` received for `action`.
fn request_for(server: &RecordingServer, action: &str) -> Result<RecordedRequest, String> {
    let mut matching: Vec<RecordedRequest> = server
        .requests()
        .into_iter()
        .filter(|r| r.header("x-acs-action") == Some(action))
        .collect();
    match matching.len() {
        1 => Ok(matching.remove(0)),
        n => Err(format!("{n} requests for {action}, expected 1")),
    }
}

/// Sends every case with the Python SDK, once per algorithm, in one process.
fn run_python(cases: &[(&'static Route, Case)], ports: &[(Algorithm, u16)]) {
    let venv = interop_venv::interop_venv().unwrap_or_else(|e| panic!("{e}"));
    let plan = json!({
        "accessKeyId": KEY_ID,
        "accessKeySecret": KEY_SECRET,
        "runs": ports.iter().map(|(algorithm, port)| json!({
            "name": algorithm.name(), "port": port, "signatureAlgorithm": algorithm.python(),
        })).collect::<Vec<_>>(),
        "calls": cases.iter().map(|(route, case)| json!({
            "action": route.action,
            "method": route.method_name,
            "pathIds": case.path_ids.iter().map(i64::to_string).collect::<Vec<_>>(),
            "request": case.request,
        })).collect::<Vec<_>>(),
    });
    let dir = tempfile::tempdir().expect("a temporary directory");
    let plan_file = dir.path().join("plan.json");
    std::fs::write(&plan_file, plan.to_string()).expect("plan written");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("python/wire_equivalence.py");
    let output = interop_venv::command(&venv, &script)
        .arg(&plan_file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    assert!(
        output.status.success(),
        "the Python SDK could not send every call:\n{}",
        interop_venv::show(&output)
    );
}

/// What the inputs of one operation exercise, read from the request we sent.
fn exercised(route: &Route, ours: &Shape) -> Vec<String> {
    let mut notes = Vec::new();
    let ids = route.path.matches('{').count();
    if ids > 0 {
        notes.push(format!("{ids} path id{}", if ids > 1 { "s" } else { "" }));
    }
    if !ours.query.is_empty() {
        notes.push(format!("{} query pairs", ours.query.len()));
    }
    if ours.query.iter().any(|(k, _)| k.starts_with("sorter.")) {
        notes.push("flattened sorter".into());
    }
    for (name, value) in &ours.query {
        if value.starts_with('[') || value.starts_with('{') {
            notes.push(format!("JSON-text {name}"));
        }
    }
    match &ours.body {
        Some(Value::Object(fields)) => notes.push(format!("body of {} fields", fields.len())),
        Some(_) => notes.push("body".into()),
        None if route.method != "GET" => notes.push("no body".into()),
        None => {}
    }
    notes
}

/// Whether each instance of each kept difference showed, by algorithm.
type Seen = BTreeSet<(usize, usize, Algorithm)>;

/// The differences of one operation under one algorithm that nothing in `KEPT` explains; marks
/// in `seen` the kept ones, and returns their labels too.
fn judge(
    action: &str,
    algorithm: Algorithm,
    found: Vec<Difference>,
    seen: &mut Seen,
) -> (Vec<Difference>, BTreeSet<&'static str>) {
    let mut unexplained = Vec::new();
    let mut labels = BTreeSet::new();
    for difference in found {
        let explained = KEPT.iter().enumerate().find_map(|(k, kept)| {
            kept.explains(action, &difference)
                .map(|i| (k, i, kept.label))
        });
        match explained {
            Some((k, i, label)) => {
                seen.insert((k, i, algorithm));
                // Those of every operation are named once, under the table.
                if KEPT[k].instances[i].operation != kept::ANY {
                    labels.insert(label);
                }
            }
            None => unexplained.push(difference),
        }
    }
    (unexplained, labels)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_matches_the_official_python_sdk_on_the_wire() {
    let missing: Vec<&str> = ROUTES
        .iter()
        .filter(|r| case(r.action).is_none())
        .map(|r| r.action)
        .collect();
    assert!(
        missing.is_empty(),
        "no wire-equivalence inputs for {missing:?}: add them to `case` in tests/wire/cases.rs"
    );
    let cases: Vec<(&'static Route, Case)> = ROUTES
        .iter()
        .map(|r| (r, case(r.action).expect("checked above")))
        .collect();

    let answers = Arc::new(documented_answers());
    let mut python_servers = BTreeMap::new();
    let mut our_servers = BTreeMap::new();
    for algorithm in Algorithm::BOTH {
        python_servers.insert(algorithm, capture_server(answers.clone()).await);
        our_servers.insert(algorithm, capture_server(answers.clone()).await);
    }

    let ports: Vec<(Algorithm, u16)> = python_servers.iter().map(|(a, s)| (*a, s.port())).collect();
    let cases = tokio::task::spawn_blocking(move || {
        run_python(&cases, &ports);
        cases
    })
    .await
    .expect("the Python run finished");

    let credentials = Credentials::new(KEY_ID, KEY_SECRET);
    let mut our_failures: BTreeMap<(&str, Algorithm), String> = BTreeMap::new();
    for (algorithm, server) in &our_servers {
        let client = Client::builder()
            .endpoint(server.base_url())
            .credentials(credentials.clone())
            .signature_algorithm(algorithm.ours())
            .build()
            .expect("client builds");
        for (route, case) in &cases {
            if let Err(e) = (case.ours)(&client, case).await {
                our_failures.insert((route.action, *algorithm), e);
            }
        }
    }

    let mut seen = Seen::new();
    let mut failures = Vec::new();
    let mut table =
        String::from("| operation | method | ACS3 | ROA | notes |\n|---|---|---|---|---|\n");
    for (route, _) in &cases {
        let mut cells = Vec::new();
        let mut notes = Vec::new();
        let mut labels = BTreeSet::new();
        for algorithm in Algorithm::BOTH {
            let python = request_for(&python_servers[&algorithm], route.action);
            let ours = request_for(&our_servers[&algorithm], route.action);
            let mut found = match (&python, &ours) {
                (Ok(p), Ok(o)) => differences(p, o, &credentials),
                (p, o) => vec![Difference {
                    field: Field::Exchange,
                    at: String::new(),
                    python: p.as_ref().err().cloned(),
                    ours: o.as_ref().err().cloned(),
                }],
            };
            if let Some(e) = our_failures.get(&(route.action, algorithm)) {
                found.push(Difference {
                    field: Field::Exchange,
                    at: "answer".into(),
                    python: None,
                    ours: Some(format!("the call failed: {e}")),
                });
            }
            if algorithm == Algorithm::Acs3 {
                if let Some(shape) = ours.as_ref().ok().and_then(|o| shape(o).ok()) {
                    notes = exercised(route, &shape);
                }
            }
            let (unexplained, kept) = judge(route.action, algorithm, found, &mut seen);
            for d in &unexplained {
                failures.push(format!(
                    "{} ({}): {}",
                    route.action,
                    algorithm.name(),
                    d.describe()
                ));
            }
            cells.push(match (unexplained.len(), kept.len()) {
                (0, 0) => "same".to_owned(),
                (0, _) => "same (kept)".to_owned(),
                (n, _) => format!("**{n} DIFF**"),
            });
            labels.extend(kept);
        }
        notes.extend(labels.iter().map(|l| format!("kept: {l}")));
        writeln!(
            table,
            "| {} | {} | {} | {} | {} |",
            route.action,
            route.method,
            cells[0],
            cells[1],
            notes.join("; ")
        )
        .unwrap();
    }
    writeln!(
        table,
        "\n`same`: no difference but those kept for every operation; `same (kept)`: also one \
         kept for this operation.\n\nKept differences:"
    )
    .unwrap();
    for (k, kept) in KEPT.iter().enumerate() {
        let everywhere = kept.instances.iter().any(|i| i.operation == kept::ANY);
        let scope = if everywhere { " (every operation)" } else { "" };
        writeln!(table, "- {}{scope}: {}.", kept.label, kept.reason).unwrap();
        for (i, instance) in kept.instances.iter().enumerate() {
            for algorithm in Algorithm::BOTH {
                if !seen.contains(&(k, i, algorithm)) {
                    failures.push(format!(
                        "kept difference {:?} no longer shows in {} {} ({}): remove it from \
                         tests/wire/kept.rs",
                        kept.label,
                        instance.operation,
                        instance.at,
                        algorithm.name()
                    ));
                }
            }
        }
    }
    println!("{table}");
    assert!(
        failures.is_empty(),
        "{table}\n{} unexplained differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
