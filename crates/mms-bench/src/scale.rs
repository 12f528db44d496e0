//! Scale: many jobs watched at once through the library, each a loop of `get_mms_job` and a
//! sleep, like `mms job watch`. Peak memory and CPU time of the watching process.
//!
//! The watchers and the emulator each run in a child process of their own (this same binary,
//! hidden subcommands), so `VmHWM` and the CPU time are the watchers' alone.

use maxcompute_mms::Operations;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use maxcompute_mms::{Client, Credentials, SignatureAlgorithm};
use mms_emulator::{EmulatorConfig, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET};

/// The data source the watched jobs belong to.
const SOURCE_ID: i64 = 7;

/// What to run.
#[derive(Debug, Clone)]
pub struct Options {
    pub watchers: usize,
    pub seconds: u64,
    pub interval: Duration,
}

/// Who polls: the library, or raw reqwest without signature (the floor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Poller {
    Client,
    Raw,
}

impl Poller {
    fn as_str(self) -> &'static str {
        match self {
            Poller::Client => "client",
            Poller::Raw => "raw",
        }
    }
}

/// Runs both pollers against a fresh emulator process each and prints the table.
pub fn run(options: &Options) -> Result<(), String> {
    println!(
        "### Scale: {} jobs watched at once, one `get_mms_job` + {} ms sleep loop each, for {} s\n",
        options.watchers,
        options.interval.as_millis(),
        options.seconds
    );
    println!("Watchers and emulator in separate child processes; figures are the watching process's own (`/proc/self/status` VmHWM, `/proc/self/stat` utime+stime). All watchers start together, as a program spawning them in a loop does.\n");
    println!("| poller | polls | errors | peak RSS (VmHWM) | RSS before watchers | CPU s | CPU ms per 1,000 polls | peak open sockets | emulator CPU s |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for poller in [Poller::Client, Poller::Raw] {
        let (emulator, port) = spawn_emulator(options.watchers)?;
        let result = run_watchers(options, poller, port);
        let emulator_cpu = stop_emulator(emulator);
        let r = result?;
        let name = match poller {
            Poller::Client => "maxcompute-mms Client (ACS3, emulator verifies)",
            Poller::Raw => "raw reqwest unsigned + serde_json::Value (floor; allow_unsigned)",
        };
        println!(
            "| {name} | {} | {} | {:.1} MiB | {:.1} MiB | {:.2} | {:.1} | {} | {} |",
            r.polls,
            r.errors,
            r.hwm_kib as f64 / 1024.0,
            r.rss_before_kib as f64 / 1024.0,
            r.cpu_seconds,
            if r.polls > 0 {
                r.cpu_seconds * 1e6 / r.polls as f64
            } else {
                0.0
            },
            r.peak_sockets,
            emulator_cpu.map_or_else(|| "-".to_owned(), |s| format!("{s:.2}")),
        );
    }
    println!("\nload average after: {}\n", crate::machine::load_average());
    Ok(())
}

/// What the watcher process reports.
#[derive(Debug)]
struct Report {
    polls: u64,
    errors: u64,
    cpu_seconds: f64,
    hwm_kib: u64,
    rss_before_kib: u64,
    peak_sockets: usize,
}

fn run_watchers(options: &Options, poller: Poller, port: u16) -> Result<Report, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let output = Command::new(exe)
        .args([
            "__watchers",
            poller.as_str(),
            &port.to_string(),
            &options.watchers.to_string(),
            &options.seconds.to_string(),
            &options.interval.as_millis().to_string(),
        ])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start the watcher process: {e}"))?;
    if !output.status.success() {
        return Err(format!("the watcher process failed ({})", output.status));
    }
    let value: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("unreadable watcher report: {e}"))?;
    let u = |k: &str| value[k].as_u64().unwrap_or(0);
    Ok(Report {
        polls: u("polls"),
        errors: u("errors"),
        cpu_seconds: value["cpu_seconds"].as_f64().unwrap_or(0.0),
        hwm_kib: u("hwm_kib"),
        rss_before_kib: u("rss_before_kib"),
        peak_sockets: usize::try_from(u("peak_sockets")).unwrap_or(0),
    })
}

fn spawn_emulator(jobs: usize) -> Result<(Child, u16), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut child = Command::new(exe)
        .args(["__emulator", &jobs.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start the emulator process: {e}"))?;
    let stdout = child.stdout.take().ok_or("no stdout of the emulator")?;
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .map_err(|e| e.to_string())?;
    let port = line
        .trim()
        .strip_prefix("port ")
        .and_then(|p| p.parse().ok())
        .ok_or_else(|| format!("the emulator process said {line:?}"))?;
    Ok((child, port))
}

/// Closes the emulator's stdin (its signal to stop) and returns the CPU seconds it used.
fn stop_emulator(mut child: Child) -> Option<f64> {
    let cpu = cpu_seconds(&format!("/proc/{}/stat", child.id()));
    drop(child.stdin.take());
    let _ = child.wait();
    cpu
}

/// The hidden `__emulator JOBS` subcommand: an emulator serving jobs 1..=JOBS of source 7
/// (all `DOING`), with `allow_unsigned`; prints `port N` and serves until stdin closes.
pub fn serve_emulator(jobs: usize) -> Result<(), String> {
    // Unsigned requests (the raw floor) are served unchecked; signed ones are verified in full.
    let mut config = EmulatorConfig::default().allow_unsigned(true);
    for id in 1..=jobs {
        let job = serde_json::from_value(serde_json::json!({
            "id": id, "name": format!("job_{id}"), "status": "DOING",
            "taskNum": 100, "taskDone": 42, "type": "Tables",
        }))
        .map_err(|e| e.to_string())?;
        config = config.job(SOURCE_ID, job);
    }
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    let emulator = runtime
        .block_on(mms_emulator::start(config))
        .map_err(|e| e.to_string())?;
    println!("port {}", emulator.addr().port());
    std::io::stdout().flush().map_err(|e| e.to_string())?;
    // Serve until the parent closes our stdin.
    let mut sink = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut sink);
    runtime.block_on(emulator.stop()).map_err(|e| e.to_string())
}

/// The hidden `__watchers POLLER PORT WATCHERS SECONDS INTERVAL_MS` subcommand: prints one JSON
/// report. Runs on the runtime `#[tokio::main]` gives (one worker per core), like `mms`.
pub fn watch(args: &[String]) -> Result<(), String> {
    let [poller, port, watchers, seconds, interval_ms] = args else {
        return Err(format!("__watchers needs 5 arguments, got {args:?}"));
    };
    let parse = |s: &String| s.parse::<u64>().map_err(|e| format!("{s:?}: {e}"));
    let poller = if poller == "raw" {
        Poller::Raw
    } else {
        Poller::Client
    };
    let port = parse(port)?;
    let watchers = parse(watchers)?;
    let run_for = Duration::from_secs(parse(seconds)?);
    let interval = Duration::from_millis(parse(interval_ms)?);
    let base_url = format!("http://127.0.0.1:{port}");

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let client = Client::builder()
        .endpoint(&base_url)
        .credentials(Credentials::new(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET))
        .signature_algorithm(SignatureAlgorithm::Acs3HmacSha256)
        .build()
        .map_err(|e| e.to_string())?;
    let http = reqwest::Client::new();

    let rss_before_kib = status_kib("VmRSS:").unwrap_or(0);
    let cpu_before = cpu_seconds("/proc/self/stat").unwrap_or(0.0);
    let polls = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let peak_sockets = runtime.block_on(async {
        let deadline = Instant::now() + run_for;
        let mut tasks = tokio::task::JoinSet::new();
        for job_id in 1..=watchers {
            let (client, http, polls, errors) =
                (client.clone(), http.clone(), polls.clone(), errors.clone());
            let url = format!("{base_url}/api/v1/mms/datasources/{SOURCE_ID}/jobs/{job_id}");
            let job_id = i64::try_from(job_id).unwrap_or(i64::MAX);
            tasks.spawn(async move {
                while Instant::now() < deadline {
                    let ok = match poller {
                        Poller::Client => client
                            .get_mms_job()
                            .source_id(SOURCE_ID)
                            .job_id(job_id)
                            .send()
                            .await
                            .is_ok(),
                        Poller::Raw => raw_poll(&http, &url).await,
                    };
                    let counter = if ok { &polls } else { &errors };
                    counter.fetch_add(1, Ordering::Relaxed);
                    tokio::time::sleep(interval).await;
                }
            });
        }
        let mut peak_sockets = 0;
        loop {
            tokio::select! {
                next = tasks.join_next() => if next.is_none() { break },
                // Sparse: reading 1,000 fd links costs CPU that would count as the watchers'.
                () = tokio::time::sleep(Duration::from_secs(3)) => {
                    peak_sockets = peak_sockets.max(open_sockets());
                }
            }
        }
        peak_sockets
    });
    let cpu = cpu_seconds("/proc/self/stat").unwrap_or(0.0) - cpu_before;
    let report = serde_json::json!({
        "polls": polls.load(Ordering::Relaxed),
        "errors": errors.load(Ordering::Relaxed),
        "cpu_seconds": cpu,
        "hwm_kib": status_kib("VmHWM:").unwrap_or(0),
        "rss_before_kib": rss_before_kib,
        "peak_sockets": peak_sockets,
    });
    println!("{report}");
    Ok(())
}

async fn raw_poll(http: &reqwest::Client, url: &str) -> bool {
    let Ok(response) = http.get(url).send().await else {
        return false;
    };
    if !response.status().is_success() {
        return false;
    }
    match response.bytes().await {
        Ok(body) => serde_json::from_slice::<serde_json::Value>(&body).is_ok(),
        Err(_) => false,
    }
}

/// A `kB` line of `/proc/self/status`, e.g. `VmHWM:`.
fn status_kib(key: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|l| {
        l.strip_prefix(key)?
            .trim()
            .strip_suffix("kB")?
            .trim()
            .parse()
            .ok()
    })
}

/// utime + stime of a `/proc/<pid>/stat` file, in seconds.
fn cpu_seconds(stat_path: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(stat_path).ok()?;
    // The command name may hold spaces; the fields after it are fixed.
    let after_name = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / clock_ticks_per_second())
}

fn clock_ticks_per_second() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        .unwrap_or(100.0)
}

fn open_sockets() -> usize {
    std::fs::read_dir("/proc/self/fd").map_or(0, |dir| {
        dir.filter_map(Result::ok)
            .filter(|e| {
                std::fs::read_link(e.path())
                    .is_ok_and(|t| t.to_string_lossy().starts_with("socket:"))
            })
            .count()
    })
}
