//! `mms-bench`: the end-to-end, scale and build-cost benchmarks of `maxcompute-mms`, printed as
//! Markdown tables with the machine they ran on. Run everything with `cargo xtask bench`, which
//! also runs the criterion micro-benchmarks; this binary alone:
//!
//! ```text
//! cargo run --release -p mms-bench -- [e2e] [scale] [stream] [codegen] [--calls N]
//!     [--in-flight N] [--rounds N] [--python-calls N] [--aliyun-calls N] [--watchers N]
//!     [--seconds N] [--stream-tables N] [--cold]
//! ```
//!
//! With no section named, all four run; `--cold` adds clean builds of consumer crates to
//! `codegen`. `--criterion DIR` first prints the table of the criterion
//! micro-benchmarks whose results are in DIR (what `cargo xtask bench` passes). Not run by `cargo xtask test`; CI only compiles it.

#[cfg(feature = "aliyun-sdk")]
mod aliyun;
mod cargo_run;
mod codegen;
mod consumer_build;
mod cpu;
mod e2e;
mod machine;
mod micro;
mod page_server;
mod python;
mod scale;
mod stats;
mod stream;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str =
    "usage: mms-bench [e2e] [scale] [stream] [codegen] [--criterion DIR] [--calls N]
                 [--in-flight N] [--rounds N] [--python-calls N] [--aliyun-calls N] [--watchers N]
                 [--seconds N] [--stream-tables N] [--cold]";

/// Every section, in the order they run.
const SECTIONS: [&str; 4] = ["e2e", "scale", "stream", "codegen"];

#[derive(Debug)]
struct Args {
    sections: Vec<String>,
    /// Where criterion wrote its results, for the `micro` table.
    criterion: Option<PathBuf>,
    e2e: e2e::Options,
    scale: scale::Options,
    stream: stream::Options,
    cold: bool,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut parsed = Args {
        sections: Vec::new(),
        criterion: None,
        e2e: e2e::Options {
            calls: 10_000,
            in_flight: 64,
            python_calls: 1_000,
            aliyun_calls: 10_000,
            rounds: 5,
        },
        scale: scale::Options {
            watchers: 1_000,
            seconds: 30,
            interval: Duration::from_secs(1),
        },
        stream: stream::Options {
            lengths: vec![10_000, 100_000],
            page_size: 1_000,
        },
        cold: false,
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut number = || -> Result<usize, String> {
            let value = iter.next().ok_or(format!("{arg} needs a value"))?;
            value.parse().map_err(|e| format!("{arg} {value}: {e}"))
        };
        match arg.as_str() {
            "e2e" | "scale" | "stream" | "codegen" => parsed.sections.push(arg.clone()),
            "--calls" => parsed.e2e.calls = number()?,
            "--in-flight" => parsed.e2e.in_flight = number()?,
            "--rounds" => parsed.e2e.rounds = number()?,
            "--python-calls" => parsed.e2e.python_calls = number()?,
            "--aliyun-calls" => parsed.e2e.aliyun_calls = number()?,
            "--watchers" => parsed.scale.watchers = number()?,
            "--seconds" => parsed.scale.seconds = number()? as u64,
            "--stream-tables" => {
                // The length asked for, and a tenth of it: peak memory must not follow.
                let tables = number()? as u64;
                parsed.stream.lengths = vec![(tables / 10).max(1), tables.max(1)];
            }
            "--cold" => parsed.cold = true,
            "--criterion" => {
                let dir = iter.next().ok_or("--criterion needs a directory")?;
                parsed.criterion = Some(PathBuf::from(dir));
                parsed.sections.push("micro".into());
            }
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    if parsed.sections.is_empty() {
        parsed.sections = SECTIONS.map(String::from).to_vec();
    } else if parsed.sections == ["micro"] {
        // `--criterion DIR` alone: the micro table, then everything else.
        parsed.sections.extend(SECTIONS.map(String::from));
    }
    Ok(parsed)
}

fn workspace_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn run(args: &[String]) -> Result<(), String> {
    // Hidden subcommands: the child processes of the scale section.
    match args.first().map(String::as_str) {
        Some("__emulator") => {
            let jobs = args.get(1).and_then(|j| j.parse().ok()).unwrap_or(1_000);
            return scale::serve_emulator(jobs);
        }
        Some("__watchers") => return scale::watch(&args[1..]),
        Some("__pages") => return stream::serve_pages(),
        Some("__calls") => return e2e::calls(&args[1..]),
        Some("__stream") => return stream::stream(&args[1..]),
        _ => {}
    }
    let args = parse(args)?;
    println!("## mms-bench\n\nMachine:\n\n{}\n", machine::describe());
    for section in &args.sections {
        match section.as_str() {
            "micro" => {
                if let Some(home) = &args.criterion {
                    micro::run(home)?;
                }
            }
            "e2e" => e2e::run(&args.e2e)?,
            "scale" => scale::run(&args.scale)?,
            "stream" => stream::run(&args.stream)?,
            "codegen" => {
                let workspace = workspace_root();
                let target = std::env::var_os("CARGO_TARGET_DIR")
                    .map_or_else(|| workspace.join("target"), PathBuf::from);
                codegen::run(&codegen::Options {
                    warm_target: target.join("mms-bench-codegen"),
                    workspace: workspace.clone(),
                })?;
                if args.cold {
                    consumer_build::run(&workspace)?;
                } else {
                    println!("(Clean builds of a consumer crate beside the floor: `cargo xtask bench --cold`, minutes on 2 cores.)\n");
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("mms-bench: {message}");
            ExitCode::FAILURE
        }
    }
}
