//! Streaming a long list through the item stream: `list_mms_tables().source_id(S).items()
//! .page_size(1000)`, against a loopback page server written here, for two list lengths. Items
//! per second, and peak memory, which must not grow with the length: the stream holds one page
//! at a time.
//!
//! The page server and each streaming run are child processes of their own (this same binary,
//! hidden subcommands), so each run's peak RSS (`VmHWM`) and CPU time are the stream's alone.
//! The server answers `ListMmsTables` of data source `S` with a list of `S` tables (so one
//! server serves every length), each table the documented example's first one with its own id
//! and name; it ignores signatures.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

use maxcompute_mms::prelude::*;
use maxcompute_mms::{Credentials, SignatureAlgorithm};
use serde_json::Value;

/// What to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// The list lengths streamed, each in a fresh process.
    pub lengths: Vec<u64>,
    /// Items asked for per page.
    pub page_size: i64,
}

/// What a streaming process reports.
#[derive(Debug)]
struct Report {
    items: u64,
    pages: u64,
    seconds: f64,
    cpu_seconds: f64,
    hwm_kib: u64,
    rss_before_kib: u64,
}

/// Streams each length through a fresh process and prints the table.
pub fn run(options: &Options) -> Result<(), String> {
    println!(
        "### Streaming a long list: `list_mms_tables().source_id(S).items().page_size({})`\n",
        options.page_size
    );
    println!("A loopback page server (child process, axum) answers ListMmsTables pages of the documented table with ids and names changed (~1.3 KB a table as JSON); each length streams in a fresh child process through `maxcompute_mms::Client` (ACS3-signed, not verified), which decodes every page into `Table`s and yields them one by one. Peak RSS is the streaming process's `VmHWM`; CPU its own utime + stime.\n");
    println!("| tables | pages | items/s | wall s | peak RSS (VmHWM) | RSS before streaming | client CPU s | client CPU ms per 1,000 items | page server CPU s |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let (server, port) = spawn_server()?;
    let mut results = Vec::new();
    for &length in &options.lengths {
        let server_cpu_before = process_cpu_seconds(server.id()).unwrap_or(0.0);
        let report = stream_in_child(port, length, options.page_size);
        let server_cpu = process_cpu_seconds(server.id()).unwrap_or(0.0) - server_cpu_before;
        let report = match report {
            Ok(report) => report,
            Err(e) => {
                stop_server(server);
                return Err(e);
            }
        };
        println!(
            "| {} | {} | {:.0} | {:.2} | {:.1} MiB | {:.1} MiB | {:.2} | {:.1} | {:.2} |",
            report.items,
            report.pages,
            report.items as f64 / report.seconds.max(1e-9),
            report.seconds,
            report.hwm_kib as f64 / 1024.0,
            report.rss_before_kib as f64 / 1024.0,
            report.cpu_seconds,
            report.cpu_seconds * 1e6 / report.items.max(1) as f64,
            server_cpu,
        );
        results.push((length, report));
    }
    stop_server(server);
    if let [(short, a), .., (long, b)] = results.as_slice() {
        println!(
            "\nPeak RSS at {long} tables is {:.2}× that at {short} ({:.1} against {:.1} MiB); throughput {:.2}×.",
            b.hwm_kib as f64 / a.hwm_kib.max(1) as f64,
            b.hwm_kib as f64 / 1024.0,
            a.hwm_kib as f64 / 1024.0,
            (b.items as f64 / b.seconds.max(1e-9)) / (a.items as f64 / a.seconds.max(1e-9)),
        );
    }
    println!("load average after: {}\n", crate::machine::load_average());
    Ok(())
}

fn stream_in_child(port: u16, length: u64, page_size: i64) -> Result<Report, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let output = Command::new(exe)
        .args([
            "__stream",
            &port.to_string(),
            &length.to_string(),
            &page_size.to_string(),
        ])
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start the streaming process: {e}"))?;
    if !output.status.success() {
        return Err(format!("the streaming process failed ({})", output.status));
    }
    let value: Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("unreadable streaming report: {e}"))?;
    let u = |k: &str| value[k].as_u64().unwrap_or(0);
    let f = |k: &str| value[k].as_f64().unwrap_or(0.0);
    Ok(Report {
        items: u("items"),
        pages: u("pages"),
        seconds: f("seconds"),
        cpu_seconds: f("cpu_seconds"),
        hwm_kib: u("hwm_kib"),
        rss_before_kib: u("rss_before_kib"),
    })
}

/// The hidden `__stream PORT LENGTH PAGE_SIZE` subcommand: streams the list of source LENGTH,
/// checks every item arrives once and in order, prints one JSON report.
pub fn stream(args: &[String]) -> Result<(), String> {
    let [port, length, page_size] = args else {
        return Err(format!("__stream needs 3 arguments, got {args:?}"));
    };
    let port: u16 = port.parse().map_err(|e| format!("{port:?}: {e}"))?;
    let length: i64 = length.parse().map_err(|e| format!("{length:?}: {e}"))?;
    let page_size: i64 = page_size
        .parse()
        .map_err(|e| format!("{page_size:?}: {e}"))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let client = Client::builder()
        .endpoint(format!("http://127.0.0.1:{port}"))
        .credentials(Credentials::new("bench-key-id", "bench-key-secret"))
        .signature_algorithm(SignatureAlgorithm::Acs3HmacSha256)
        .build()
        .map_err(|e| e.to_string())?;

    let rss_before_kib = status_kib("VmRSS:").unwrap_or(0);
    let cpu_before = process_cpu_seconds(std::process::id()).unwrap_or(0.0);
    let started = Instant::now();
    let items = runtime.block_on(async {
        let mut items = client
            .list_mms_tables()
            .source_id(length)
            .items()
            .page_size(page_size);
        let mut expected = 0i64;
        while let Some(table) = items.next().await {
            let table = table.map_err(|e| e.to_string())?;
            if table.id != Some(expected) {
                return Err(format!("item {expected} has id {:?}", table.id));
            }
            expected += 1;
        }
        Ok::<_, String>(expected)
    })?;
    let seconds = started.elapsed().as_secs_f64();
    let cpu = process_cpu_seconds(std::process::id()).unwrap_or(0.0) - cpu_before;
    if items != length {
        return Err(format!("streamed {items} of {length} tables"));
    }
    let page_size = page_size.max(1);
    let report = serde_json::json!({
        "items": items,
        "pages": (items + page_size - 1) / page_size,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "hwm_kib": status_kib("VmHWM:").unwrap_or(0),
        "rss_before_kib": rss_before_kib,
    });
    println!("{report}");
    Ok(())
}

fn spawn_server() -> Result<(Child, u16), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut child = Command::new(exe)
        .arg("__pages")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start the page server: {e}"))?;
    let stdout = child.stdout.take().ok_or("no stdout of the page server")?;
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .map_err(|e| e.to_string())?;
    let port = line
        .trim()
        .strip_prefix("port ")
        .and_then(|p| p.parse().ok())
        .ok_or_else(|| format!("the page server said {line:?}"))?;
    Ok((child, port))
}

/// Closes the server's stdin (its signal to stop) and waits for it.
fn stop_server(mut child: Child) {
    drop(child.stdin.take());
    let _ = child.wait();
}

/// The hidden `__pages` subcommand: serves ListMmsTables pages on loopback, prints `port N`,
/// and serves until stdin closes.
pub fn serve_pages() -> Result<(), String> {
    let template = crate::page_server::TableTemplate::documented()?;
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    let (port, server) = runtime.block_on(crate::page_server::start(template))?;
    println!("port {port}");
    std::io::stdout().flush().map_err(|e| e.to_string())?;
    let mut sink = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut sink);
    server.abort();
    Ok(())
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

/// utime + stime of a process, in seconds (100 clock ticks a second).
fn process_cpu_seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    Some(crate::cpu::utime_plus_stime(&stat)? as f64 / 100.0)
}
