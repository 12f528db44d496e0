//! What the figures were measured on: printed above every table.

use std::process::Command;

/// `nproc`, the `lscpu` model name, memory, `rustc -V` and the load average, on one line each.
pub fn describe() -> String {
    let nproc = std::thread::available_parallelism().map_or(0, usize::from);
    let model = command_output("lscpu", &[])
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("Model name:").map(|m| m.trim().to_owned()))
        })
        .unwrap_or_else(|| "unknown (lscpu gave no model name)".to_owned());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|text| {
            text.lines().find_map(|l| {
                let kib: u64 = l
                    .strip_prefix("MemTotal:")?
                    .trim()
                    .strip_suffix("kB")?
                    .trim()
                    .parse()
                    .ok()?;
                Some(format!("{:.1} GiB", kib as f64 / 1024.0 / 1024.0))
            })
        })
        .unwrap_or_else(|| "unknown".to_owned());
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let rustc = command_output(&rustc, &["-V"])
        .map_or_else(|| "unknown".to_owned(), |v| v.trim().to_owned());
    format!(
        "- nproc: {nproc}\n- CPU (lscpu model name): {model}\n- memory: {memory}\n- {rustc}\n- load average at start (1/5/15 min): {}",
        load_average()
    )
}

/// `/proc/loadavg`'s three averages: other work on the machine skews every figure.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| {
            text.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|_| "unknown".to_owned())
}

fn command_output(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}
