//! `cargo xtask bench`: every benchmark in one command, printed as tables with the machine.
//!
//! 1. the criterion micro-benchmarks (`acs-sign` signing, `mms-api` decoding, `maxcompute-mms`
//!    request building and signing), with short measurement times;
//! 2. `mms-bench` in release mode: the micro table as ratios to the floors of the same run,
//!    then end to end on loopback (with the callers' CPU per call), scale, streaming a long
//!    list, and the cost of build-time generation (with `--cold`, clean builds of a consumer
//!    crate beside the floor).
//!
//! Never part of `cargo xtask test`: CI only compiles the benches (clippy --all-targets).

use std::{
    path::{Path, PathBuf},
    process::Command,
};

#[derive(Debug, Default)]
struct Options {
    quick: bool,
    cold: bool,
    aliyun_sdk: bool,
}

fn parse(args: &[&str]) -> Result<Options, String> {
    let mut options = Options::default();
    for arg in args {
        match *arg {
            "--quick" => options.quick = true,
            "--cold" => options.cold = true,
            "--aliyun-sdk" => options.aliyun_sdk = true,
            other => {
                return Err(format!(
                    "unknown bench argument {other:?}; it takes --quick, --cold and --aliyun-sdk"
                ))
            }
        }
    }
    Ok(options)
}

/// Where cargo puts its output for this workspace.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

pub fn run(root: &Path, args: &[&str]) -> Result<(), String> {
    let options = parse(args)?;
    let criterion_home = target_dir(root).join("criterion");
    let mut micro = vec![
        "bench",
        "-p",
        "acs-sign",
        "-p",
        "mms-api",
        "-p",
        "maxcompute-mms",
        "--bench",
        "signing",
        "--bench",
        "decode",
        "--bench",
        "request",
    ];
    if options.quick {
        micro.extend(["--", "--quick"]);
    }
    cargo(root, &micro, Some(&criterion_home))?;

    let criterion = criterion_home.to_string_lossy().into_owned();
    let mut bench = vec!["run", "--release", "--quiet", "-p", "mms-bench"];
    if options.aliyun_sdk {
        bench.extend(["--features", "aliyun-sdk"]);
    }
    bench.extend(["--", "--criterion", criterion.as_str()]);
    if options.quick {
        bench.extend([
            "--calls",
            "1000",
            "--rounds",
            "2",
            "--python-calls",
            "100",
            "--aliyun-calls",
            "1000",
            "--watchers",
            "100",
            "--seconds",
            "5",
            "--stream-tables",
            "10000",
        ]);
    }
    if options.cold {
        bench.push("--cold");
    }
    cargo(root, &bench, None)
}

fn cargo(root: &Path, args: &[&str], criterion_home: Option<&Path>) -> Result<(), String> {
    eprintln!("xtask bench: cargo {}", args.join(" "));
    let mut command = Command::new(env!("CARGO"));
    command.current_dir(root).args(args);
    if let Some(home) = criterion_home {
        command.env("CRITERION_HOME", home);
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo {} failed ({status})", args.join(" ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_flags_and_refuses_others() {
        let options = parse(&["--cold", "--aliyun-sdk"]).unwrap();
        assert!(options.cold && options.aliyun_sdk && !options.quick);
        assert!(parse(&["--quick"]).unwrap().quick);
        let err = parse(&["--fast"]).unwrap_err();
        assert!(
            err.contains("--fast") && err.contains("--aliyun-sdk"),
            "{err}"
        );
    }
}
