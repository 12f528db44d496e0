//! End to end on loopback: GetMmsJob calls against one in-process emulator, sequential and with
//! many in flight, for this client and for what a user would otherwise use.
//!
//! The rows run in interleaved rounds (row A, B, C, … then again), so drifting load on the
//! machine spreads over all of them instead of skewing whichever ran last.

use maxcompute_mms::Operations;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Instant, SystemTime};

use acs_sign::{
    protocol_headers, sign, Credentials, SignableRequest, SignatureAlgorithm, SigningParams,
};
use maxcompute_mms::Client;
use mms_emulator::{EmulatorConfig, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET};
use tokio::task::JoinSet;

use crate::stats::{micros, Sample};

/// The documented job every row reads.
const SOURCE_ID: i64 = 2;
const JOB_ID: i64 = 10;
const PATH: &str = "/api/v1/mms/datasources/2/jobs/10";

/// What the bench is told to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// GetMmsJob calls per row and mode.
    pub calls: usize,
    /// Calls in flight in the concurrent mode.
    pub in_flight: usize,
    /// Sequential calls of each Python SDK row.
    pub python_calls: usize,
    /// Calls of the `aliyun-openapi-core-rust-sdk` row (it opens a connection per call).
    pub aliyun_calls: usize,
    /// Interleaved rounds the calls are split into.
    pub rounds: usize,
}

/// One way of calling GetMmsJob.
#[derive(Debug)]
enum Caller {
    /// `maxcompute_mms::Client::get_mms_job`: signs, sends, decodes into `Job`.
    Client(Client),
    /// reqwest GET without a signature, the answer parsed into `serde_json::Value`.
    RawUnsigned { http: reqwest::Client, url: String },
    /// The same, plus the minimum any signed call needs: protocol headers and signature from
    /// `acs-sign` directly, so the emulator verifies it.
    RawSigned {
        http: reqwest::Client,
        url: String,
        credentials: Credentials,
        algorithm: SignatureAlgorithm,
        /// `127.0.0.1:port`, signed and sent as the `host` header.
        host: String,
    },
    #[cfg(feature = "aliyun-sdk")]
    Aliyun(crate::aliyun::Caller),
}

fn check_value(body: &[u8]) -> Result<(), String> {
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| format!("not JSON: {e}"))?;
    match value["data"]["id"].as_i64() {
        Some(JOB_ID) => Ok(()),
        _ => Err(format!("unexpected answer: {value}")),
    }
}

impl Caller {
    async fn call(&self) -> Result<(), String> {
        match self {
            Caller::Client(client) => {
                let job = client
                    .get_mms_job()
                    .source_id(SOURCE_ID)
                    .job_id(JOB_ID)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                if job.id == JOB_ID {
                    Ok(())
                } else {
                    Err(format!("unexpected job {}", job.id))
                }
            }
            Caller::RawUnsigned { http, url } => {
                let response = http.get(url).send().await.map_err(|e| e.to_string())?;
                if !response.status().is_success() {
                    return Err(format!("status {}", response.status()));
                }
                check_value(&response.bytes().await.map_err(|e| e.to_string())?)
            }
            Caller::RawSigned {
                http,
                url,
                credentials,
                algorithm,
                host,
            } => {
                let algorithm = *algorithm;
                let nonce = format!("{:032x}", rand::random::<u128>());
                let params = SigningParams {
                    credentials,
                    time: SystemTime::now(),
                    nonce: &nonce,
                    action: "GetMmsJob",
                    version: mms_api::API_VERSION,
                };
                let headers = protocol_headers(algorithm, &params, b"");
                // The host is signed as the client signs it (ACS3 signs every header sent).
                let mut signable = SignableRequest::new("GET", PATH)
                    .header("accept", "application/json")
                    .header("host", host.as_str());
                for (name, value) in &headers {
                    signable = signable.header(*name, value.as_str());
                }
                let signature = sign(algorithm, &signable, credentials);
                let mut request = http
                    .get(url)
                    .header("accept", "application/json")
                    .header("host", host.as_str());
                for (name, value) in headers {
                    request = request.header(name, value);
                }
                let response = request
                    .header("authorization", signature.authorization)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                if !response.status().is_success() {
                    return Err(format!("status {}", response.status()));
                }
                check_value(&response.bytes().await.map_err(|e| e.to_string())?)
            }
            #[cfg(feature = "aliyun-sdk")]
            Caller::Aliyun(caller) => caller.call().await,
        }
    }
}

/// Name of the callers' runtime threads, whose CPU time is the callers'.
const CLIENT_THREADS: &str = "client";

/// `calls` calls of `caller`, `in_flight` at a time.
async fn batch(caller: Arc<Caller>, calls: usize, in_flight: usize) -> Result<Sample, String> {
    let next = Arc::new(AtomicUsize::new(0));
    let cpu_before = crate::cpu::threads_named(CLIENT_THREADS);
    let started = Instant::now();
    let mut tasks = JoinSet::new();
    for _ in 0..in_flight.clamp(1, calls.max(1)) {
        let caller = caller.clone();
        let next = next.clone();
        tasks.spawn(async move {
            let mut latencies = Vec::with_capacity(calls / in_flight.max(1) + 1);
            while next.fetch_add(1, Ordering::Relaxed) < calls {
                let t = Instant::now();
                caller.call().await?;
                latencies.push(t.elapsed());
            }
            Ok::<_, String>(latencies)
        });
    }
    let mut latencies = Vec::with_capacity(calls);
    while let Some(joined) = tasks.join_next().await {
        latencies.extend(joined.map_err(|e| e.to_string())??);
    }
    let elapsed = started.elapsed();
    Ok(Sample {
        elapsed,
        latencies,
        cpu: crate::cpu::threads_named(CLIENT_THREADS).saturating_sub(cpu_before),
    })
}

/// One row of the table.
#[derive(Debug)]
struct Row {
    name: &'static str,
    signature: &'static str,
    emulator: &'static str,
    caller: Arc<Caller>,
    calls: usize,
    sequential: Sample,
    concurrent: Sample,
}

fn client(base_url: &str, algorithm: SignatureAlgorithm) -> Result<Client, String> {
    Client::builder()
        .endpoint(base_url)
        .credentials(maxcompute_mms::Credentials::new(
            DEMO_ACCESS_KEY_ID,
            DEMO_ACCESS_KEY_SECRET,
        ))
        .signature_algorithm(algorithm)
        .build()
        .map_err(|e| e.to_string())
}

/// The hidden `__calls CALLER PORT CALLS [IN_FLIGHT]` subcommand: `CALLS` GetMmsJob calls of
/// one caller (`client-roa`, `client-acs3`, `raw-unsigned`, `raw-roa`, `raw-acs3`), `IN_FLIGHT`
/// at a time (default 1), against an emulator already listening on `PORT`, on a current-thread
/// runtime, and nothing else: for profiling one caller alone (`valgrind --tool=callgrind
/// mms-bench __calls client-acs3 PORT 2000`, the emulator from `mms-bench __emulator 1`), where
/// instructions per call compare callers exactly.
pub fn calls(args: &[String]) -> Result<(), String> {
    let (caller, port, calls, in_flight) = match args {
        [caller, port, calls] => (caller, port, calls, "1"),
        [caller, port, calls, in_flight] => (caller, port, calls, in_flight.as_str()),
        _ => return Err(format!("__calls needs 3 or 4 arguments, got {args:?}")),
    };
    let port: u16 = port.parse().map_err(|e| format!("{port:?}: {e}"))?;
    let calls: usize = calls.parse().map_err(|e| format!("{calls:?}: {e}"))?;
    let in_flight: usize = in_flight
        .parse()
        .map_err(|e| format!("{in_flight:?}: {e}"))?;
    let base_url = format!("http://127.0.0.1:{port}");
    let raw_signed = |algorithm| Caller::RawSigned {
        http: reqwest::Client::new(),
        url: format!("{base_url}{PATH}"),
        credentials: Credentials::new(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET),
        algorithm,
        host: format!("127.0.0.1:{port}"),
    };
    let caller = match caller.as_str() {
        "client-roa" => Caller::Client(client(&base_url, SignatureAlgorithm::RoaHmacSha1)?),
        "client-acs3" => Caller::Client(client(&base_url, SignatureAlgorithm::Acs3HmacSha256)?),
        "raw-unsigned" => Caller::RawUnsigned {
            http: reqwest::Client::new(),
            url: format!("{base_url}{PATH}"),
        },
        "raw-roa" => raw_signed(SignatureAlgorithm::RoaHmacSha1),
        "raw-acs3" => raw_signed(SignatureAlgorithm::Acs3HmacSha256),
        other => return Err(format!("unknown caller {other:?}")),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(batch(Arc::new(caller), calls, in_flight))?;
    println!("{calls} calls, {in_flight} in flight");
    Ok(())
}

/// Runs the end-to-end rows and prints their table.
pub fn run(options: &Options) -> Result<(), String> {
    // The emulator gets its own runtime (2 workers), as a separate server process would; the
    // callers share another. Started once, for every row.
    let server = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("emulator")
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let emulator = server
        .block_on(mms_emulator::start(
            EmulatorConfig::default().allow_unsigned(true),
        ))
        .map_err(|e| e.to_string())?;
    let base_url = emulator.base_url();
    let port = emulator.addr().port();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name(CLIENT_THREADS)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;

    let url = format!("{base_url}{PATH}");
    let http = reqwest::Client::new();
    let credentials = Credentials::new(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET);
    let mut rows = vec![
        Row::new(
            "maxcompute-mms Client",
            "ROA HMAC-SHA1",
            "verifies",
            Caller::Client(client(&base_url, SignatureAlgorithm::RoaHmacSha1)?),
            options.calls,
        ),
        Row::new(
            "maxcompute-mms Client",
            "ACS3-HMAC-SHA256",
            "verifies",
            Caller::Client(client(&base_url, SignatureAlgorithm::Acs3HmacSha256)?),
            options.calls,
        ),
        Row::new(
            "raw reqwest + serde_json::Value (floor)",
            "none",
            "allow_unsigned: no check",
            Caller::RawUnsigned {
                http: http.clone(),
                url: url.clone(),
            },
            options.calls,
        ),
        Row::new(
            "raw reqwest + acs-sign + serde_json::Value",
            "ROA HMAC-SHA1",
            "verifies",
            Caller::RawSigned {
                http: http.clone(),
                url: url.clone(),
                credentials: credentials.clone(),
                algorithm: SignatureAlgorithm::RoaHmacSha1,
                host: format!("127.0.0.1:{port}"),
            },
            options.calls,
        ),
        Row::new(
            "raw reqwest + acs-sign + serde_json::Value",
            "ACS3-HMAC-SHA256",
            "verifies",
            Caller::RawSigned {
                http,
                url,
                credentials,
                algorithm: SignatureAlgorithm::Acs3HmacSha256,
                host: format!("127.0.0.1:{port}"),
            },
            options.calls,
        ),
    ];
    #[cfg(feature = "aliyun-sdk")]
    rows.push(Row::new(
        "aliyun-openapi-core-rust-sdk 1.1 ROAClient",
        "ROA HMAC-SHA1",
        "verifies",
        Caller::Aliyun(crate::aliyun::Caller::new(&base_url)),
        options.aliyun_calls,
    ));

    runtime.block_on(async {
        let rounds = options.rounds.max(1);
        for row in &rows {
            // Warm up: connections open, caches filled.
            batch(row.caller.clone(), 200.min(row.calls), options.in_flight).await?;
        }
        for _ in 0..rounds {
            for row in &mut rows {
                let calls = row.calls / rounds;
                row.sequential
                    .add(batch(row.caller.clone(), calls, 1).await?);
                row.concurrent
                    .add(batch(row.caller.clone(), calls, options.in_flight).await?);
            }
        }
        Ok::<(), String>(())
    })?;

    let python = python_rows(port, options.python_calls);
    let requests = emulator.request_count();
    server
        .block_on(emulator.stop())
        .map_err(|e| e.to_string())?;
    print_table(options, &rows, &python, requests);
    Ok(())
}

impl Row {
    fn new(
        name: &'static str,
        signature: &'static str,
        emulator: &'static str,
        caller: Caller,
        calls: usize,
    ) -> Row {
        Row {
            name,
            signature,
            emulator,
            caller: Arc::new(caller),
            calls,
            sequential: Sample::default(),
            concurrent: Sample::default(),
        }
    }
}

/// The official Python SDK, sequential, with both signatures; or why it could not run.
fn python_rows(port: u16, calls: usize) -> Result<Vec<(&'static str, Sample)>, String> {
    let venv = crate::python::venv()?;
    let keys = (DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET);
    Ok(vec![
        (
            "ACS3-HMAC-SHA256",
            crate::python::run(&venv, port, keys, "acs3", calls, 50)?,
        ),
        (
            "ROA HMAC-SHA1",
            crate::python::run(&venv, port, keys, "roa", calls, 50)?,
        ),
    ])
}

fn ratio(a: f64, b: f64) -> String {
    if b > 0.0 {
        format!("{:.2}×", a / b)
    } else {
        "-".to_owned()
    }
}

/// CPU per call in µs with one decimal.
fn cpu_us(sample: &Sample) -> String {
    format!("{:.1}", sample.cpu_per_call().as_secs_f64() * 1e6)
}

fn cpu_ratio(a: &Sample, b: &Sample) -> String {
    ratio(
        a.cpu_per_call().as_secs_f64(),
        b.cpu_per_call().as_secs_f64(),
    )
}

fn print_table(
    options: &Options,
    rows: &[Row],
    python: &Result<Vec<(&'static str, Sample)>, String>,
    requests: u64,
) {
    let floor = rows
        .iter()
        .find(|r| matches!(*r.caller, Caller::RawUnsigned { .. }));
    let raw_signed = |algorithm: &str| {
        rows.iter()
            .find(|r| matches!(*r.caller, Caller::RawSigned { .. }) && r.signature == algorithm)
    };
    let n = options.in_flight;
    println!(
        "### End to end: GetMmsJob on loopback ({} calls per row and mode in {} interleaved rounds; {n} in flight)\n",
        options.calls, options.rounds
    );
    println!("One in-process emulator (own 2-worker runtime) with `allow_unsigned(true)`: unsigned requests skip verification, signed ones are verified in full. Callers share another 2-worker runtime. Client CPU: user + system time of the callers' runtime threads and the main thread (per-thread `/proc/self/task/*/schedstat`), the emulator's threads excluded; for Python, the SDK process's own (`time.process_time()`).\n");
    println!("| caller | signature | emulator | calls | sequential calls/s | p50 | p99 | client CPU µs/call | {n} in flight calls/s | p50 | p99 | client CPU µs/call | vs floor seq / {n} |");
    println!("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for row in rows {
        let vs_floor = floor.map_or_else(
            || "-".to_owned(),
            |f| {
                format!(
                    "{} / {}",
                    ratio(
                        row.sequential.calls_per_second(),
                        f.sequential.calls_per_second()
                    ),
                    ratio(
                        row.concurrent.calls_per_second(),
                        f.concurrent.calls_per_second()
                    )
                )
            },
        );
        println!(
            "| {} | {} | {} | {} | {:.0} | {} | {} | {} | {:.0} | {} | {} | {} | {} |",
            row.name,
            row.signature,
            row.emulator,
            row.sequential.calls(),
            row.sequential.calls_per_second(),
            micros(row.sequential.percentile(50.0)),
            micros(row.sequential.percentile(99.0)),
            cpu_us(&row.sequential),
            row.concurrent.calls_per_second(),
            micros(row.concurrent.percentile(50.0)),
            micros(row.concurrent.percentile(99.0)),
            cpu_us(&row.concurrent),
            vs_floor,
        );
    }
    match python {
        Ok(python) => {
            for (signature, sample) in python {
                println!(
                    "| official Python SDK (alibabacloud-maxcompute20220104 7.2.0) | {signature} | verifies | {} | {:.0} | {} | {} | {} | - | - | - | - | {} / - |",
                    sample.calls(),
                    sample.calls_per_second(),
                    micros(sample.percentile(50.0)),
                    micros(sample.percentile(99.0)),
                    cpu_us(sample),
                    floor.map_or_else(|| "-".to_owned(), |f| ratio(sample.calls_per_second(), f.sequential.calls_per_second())),
                );
            }
        }
        Err(why) => println!(
            "| official Python SDK | - | - | not run: {} | | | | | | | | | |",
            why.replace('\n', " ")
        ),
    }
    #[cfg(not(feature = "aliyun-sdk"))]
    println!("| aliyun-openapi-core-rust-sdk 1.1 ROAClient | ROA HMAC-SHA1 | - | not built: needs `--features aliyun-sdk` (reqwest 0.11 + native-tls/OpenSSL) | | | | | | | | | |");
    println!();
    println!("Ratios (same run):");
    for row in rows
        .iter()
        .filter(|r| matches!(*r.caller, Caller::Client(_)))
    {
        if let Some(s) = raw_signed(row.signature) {
            println!(
                "- this client, {}: client CPU per call {} sequentially, {} with {n} in flight, of raw reqwest + acs-sign signing the same way (target ≤ 1.1×)",
                row.signature,
                cpu_ratio(&row.sequential, &s.sequential),
                cpu_ratio(&row.concurrent, &s.concurrent),
            );
            println!(
                "- this client, {}: calls/s {} / {} of raw reqwest + acs-sign signing the same way (both verified by the emulator)",
                row.signature,
                ratio(row.sequential.calls_per_second(), s.sequential.calls_per_second()),
                ratio(row.concurrent.calls_per_second(), s.concurrent.calls_per_second()),
            );
        }
        if let Some(f) = floor {
            println!(
                "- this client, {}: calls/s {} of the raw unsigned floor sequentially, {} with {n} in flight (target ≥ 0.9×)",
                row.signature,
                ratio(row.sequential.calls_per_second(), f.sequential.calls_per_second()),
                ratio(row.concurrent.calls_per_second(), f.concurrent.calls_per_second()),
            );
        }
        if let Ok(python) = python {
            if let Some((_, p)) = python.iter().find(|(sig, _)| *sig == row.signature) {
                println!(
                    "- this client, {}: {} the Python SDK's calls/s with the same signature, sequentially (target ≥ 20×); the SDK spends {} the CPU per call",
                    row.signature,
                    ratio(row.sequential.calls_per_second(), p.calls_per_second()),
                    cpu_ratio(p, &row.sequential),
                );
            }
        }
    }
    if let (Some(f), Some(s)) = (floor, raw_signed("ROA HMAC-SHA1")) {
        println!(
            "- cost of signing + the emulator's verification, same raw client: signed runs at {} / {} of unsigned",
            ratio(s.sequential.calls_per_second(), f.sequential.calls_per_second()),
            ratio(s.concurrent.calls_per_second(), f.concurrent.calls_per_second()),
        );
    }
    println!(
        "- the emulator answered {requests} requests; load average after: {}\n",
        crate::machine::load_average()
    );
}
