//! `mms-emulator`: run the MMS emulator from the command line.
#![forbid(unsafe_code)]

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::error::ErrorKind;
use clap::Parser;
use mms_emulator::{
    EmulatorConfig, FaultInjection, KeyStore, MetadataConfig, PlannedFailure, StsConfig, StsFault,
    DEFAULT_ECS_ROLE, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, MAX_SPEED,
};

/// A local stand-in of the MaxCompute MMS endpoint (API 2022-01-04): serves all 36 MMS
/// operations with a stateful migration lifecycle (data sources, scans, catalog, jobs, tasks,
/// timers), checks Alibaba Cloud signatures (ACS3-HMAC-SHA256 and ROA HMAC-SHA1) like the real
/// gateway, and injects faults on demand.
#[derive(Debug, Parser)]
#[command(name = "mms-emulator", version)]
struct Cli {
    /// Port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 8080)]
    port: u16,

    /// Address to listen on. Loopback unless told otherwise.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    bind: IpAddr,

    /// AccessKey pair to accept, as ID:SECRET (repeatable). Without it the demo pair
    /// mms-demo-key:mms-demo-secret is accepted.
    #[arg(long = "access-key", value_name = "ID:SECRET")]
    access_keys: Vec<String>,

    /// JSON file of data sources, catalogs, jobs and planned failures (see the crate README
    /// for the format). Repeatable.
    #[arg(long, value_name = "FILE")]
    fixtures: Vec<PathBuf>,

    /// Run the virtual clock F times as fast as the wall clock (tasks, scans, timers); 0 stops
    /// it.
    #[arg(long, value_name = "F", default_value_t = 1.0, value_parser = speed, allow_negative_numbers = true)]
    speed: f64,

    /// Keep the whole state in FILE across restarts (written atomically after every change).
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,

    /// Make the tasks of a table fail: [DB.]TABLE[:PHASE[:TIMES]], PHASE one of SCHEMA, DATA
    /// (default), VERIFICATION; TIMES runs fail (default 1) before a retry succeeds.
    /// Repeatable.
    #[arg(long = "fail-table", value_name = "SPEC", value_parser = PlannedFailure::parse)]
    fail_tables: Vec<PlannedFailure>,

    /// Tasks of one job that run at once.
    #[arg(long, value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..))]
    task_concurrency: u16,

    /// Start without the demo data source (2) and its jobs.
    #[arg(long)]
    no_demo: bool,

    /// Delay added to every answer, in milliseconds.
    #[arg(long, value_name = "N", default_value_t = 0)]
    latency_ms: u64,

    /// Share of requests (0.0 to 1.0) answered 429 Throttling.User.
    #[arg(long, value_name = "F", default_value_t = 0.0, value_parser = rate)]
    throttle_rate: f64,

    /// Share of requests (0.0 to 1.0) answered 503 ServiceUnavailable.
    #[arg(long, value_name = "F", default_value_t = 0.0, value_parser = rate)]
    unavailable_rate: f64,

    /// Share of requests (0.0 to 1.0) whose connection is dropped.
    #[arg(long, value_name = "F", default_value_t = 0.0, value_parser = rate)]
    drop_rate: f64,

    /// The x-acs-retry-after of throttled answers, in milliseconds.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    retry_after_ms: u64,

    /// Seed of the fault draws, for faults that repeat from run to run.
    #[arg(long, value_name = "N")]
    seed: Option<u64>,

    /// Serve requests without any Authorization header unchecked (benchmarks only).
    #[arg(long)]
    allow_unsigned: bool,

    /// Also serve an emulated STS (AssumeRole, AssumeRoleWithOIDC) on this port, 0 for a free
    /// one. Source keys are the --access-key pairs; what it issues is accepted here.
    #[arg(long, value_name = "PORT")]
    sts_port: Option<u16>,

    /// Lifetime of the credentials the emulated STS issues, in seconds, whatever the request
    /// asks (default: the request's DurationSeconds).
    #[arg(long, value_name = "N")]
    sts_lifetime_secs: Option<u64>,

    /// An OIDC provider the emulated STS knows, as ARN=FILE: the token in FILE is accepted.
    #[arg(long = "oidc-provider", value_name = "ARN=FILE")]
    oidc_providers: Vec<String>,

    /// Fault of the emulated STS: none, down, slow, slow:<ms>, 5xx or malformed.
    #[arg(long, value_name = "FAULT", default_value = "none")]
    sts_fault: StsFault,

    /// Also serve an emulated ECS metadata service on this port, 0 for a free one.
    #[arg(long, value_name = "PORT")]
    metadata_port: Option<u16>,

    /// The RAM role of the emulated ECS instance.
    #[arg(long, value_name = "NAME", default_value = DEFAULT_ECS_ROLE)]
    ecs_role: String,

    /// Lifetime of the credentials the emulated metadata service issues, in seconds.
    #[arg(long, value_name = "N", default_value_t = 21_600)]
    metadata_lifetime_secs: u64,

    /// Emulated metadata service: IMDSv2 only (requests without a token are refused).
    #[arg(long)]
    metadata_require_token: bool,

    /// Emulated metadata service fault: the token endpoint is down (clients fall back to
    /// IMDSv1).
    #[arg(long)]
    metadata_token_down: bool,
}

/// The emulated STS of the flags, sharing `keys` with the MMS endpoint.
fn sts_config(cli: &Cli, keys: &KeyStore, port: u16) -> Result<StsConfig, String> {
    let mut config = StsConfig::new(keys.clone())
        .bind(SocketAddr::new(cli.bind, port))
        .fault(cli.sts_fault);
    if let Some(secs) = cli.sts_lifetime_secs {
        config = config.lifetime(Duration::from_secs(secs));
    }
    for text in &cli.oidc_providers {
        let Some((arn, file)) = text.split_once('=') else {
            return Err(
                "error: invalid value for '--oidc-provider <ARN=FILE>': expected ARN=FILE"
                    .to_owned(),
            );
        };
        let token = std::fs::read_to_string(file)
            .map_err(|e| format!("error: --oidc-provider: cannot read {file}: {e}"))?;
        config = config.oidc_provider(arn, token.trim_end_matches(['\r', '\n']));
    }
    Ok(config)
}

fn speed(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(s) if (0.0..=MAX_SPEED).contains(&s) => Ok(s),
        _ => Err(format!("expected a number from 0 to {MAX_SPEED}")),
    }
}

fn rate(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err("expected a number from 0.0 to 1.0".to_owned()),
    }
}

/// Splits `ID:SECRET`. The error never repeats the value, which may hold a secret.
fn access_key(text: &str) -> Result<(&str, &str), String> {
    match text.split_once(':') {
        Some((id, secret)) if !id.is_empty() && !secret.is_empty() => Ok((id, secret)),
        _ => Err(
            "error: invalid value for '--access-key <ID:SECRET>': expected ID:SECRET with both \
             parts non-empty (the value is not shown, it may hold a secret)"
                .to_owned(),
        ),
    }
}

/// Prints a one-line usage error and returns exit status 2.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(2)
}

fn config_from(cli: &Cli) -> Result<EmulatorConfig, String> {
    let mut config = EmulatorConfig::default().bind(SocketAddr::new(cli.bind, cli.port));
    for text in &cli.access_keys {
        let (id, secret) = access_key(text)?;
        config = config.access_key(id, secret);
    }
    if cli.no_demo {
        config = config.without_demo();
    }
    for path in &cli.fixtures {
        config = config
            .fixtures_file(path)
            .map_err(|e| format!("error: --fixtures: {e}"))?;
    }
    for failure in &cli.fail_tables {
        config = config.fail(failure.clone());
    }
    if let Some(path) = &cli.state {
        config = config.state_file(path);
    }
    config = config
        .speed(cli.speed)
        .task_concurrency(usize::from(cli.task_concurrency));
    config = config
        .faults(FaultInjection {
            latency: Duration::from_millis(cli.latency_ms),
            throttle_rate: cli.throttle_rate,
            unavailable_rate: cli.unavailable_rate,
            drop_rate: cli.drop_rate,
            retry_after_ms: cli.retry_after_ms,
            seed: cli.seed,
        })
        .allow_unsigned(cli.allow_unsigned);
    Ok(config)
}

/// Waits for Ctrl-C, or SIGTERM on Unix.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let rendered = e.render().to_string();
            let first_line = rendered
                .lines()
                .next()
                .unwrap_or("error: invalid arguments");
            return usage_error(first_line);
        }
    };
    let config = match config_from(&cli) {
        Ok(config) => config,
        Err(message) => return usage_error(&message),
    };

    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("mms_emulator=info")),
        )
        .init();

    let keys = if config.uses_demo_key() {
        format!("access key {DEMO_ACCESS_KEY_ID} / {DEMO_ACCESS_KEY_SECRET}")
    } else {
        format!("access keys: {}", config.access_key_ids().join(", "))
    };
    let key_store = KeyStore::new();
    let sts = match cli
        .sts_port
        .map(|port| sts_config(&cli, &key_store, port))
        .transpose()
    {
        Ok(sts) => sts,
        Err(message) => return usage_error(&message),
    };
    let emulator = match mms_emulator::start(config.key_store(key_store.clone())).await {
        Ok(emulator) => emulator,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("mms-emulator listening on {} ({keys})", emulator.base_url());
    let sts = match sts {
        Some(config) => match mms_emulator::start_sts(config).await {
            Ok(sts) => {
                println!("mms-emulator STS listening on {}", sts.base_url());
                Some(sts)
            }
            Err(e) => {
                eprintln!("error: STS: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => None,
    };
    let metadata = match cli.metadata_port {
        Some(port) => {
            let config = MetadataConfig::new(key_store.clone())
                .bind(SocketAddr::new(cli.bind, port))
                .role_name(cli.ecs_role.clone())
                .lifetime(Duration::from_secs(cli.metadata_lifetime_secs))
                .require_token(cli.metadata_require_token)
                .token_endpoint_down(cli.metadata_token_down);
            match mms_emulator::start_metadata(config).await {
                Ok(metadata) => {
                    println!(
                        "mms-emulator ECS metadata listening on {} (role {})",
                        metadata.base_url(),
                        cli.ecs_role
                    );
                    Some(metadata)
                }
                Err(e) => {
                    eprintln!("error: ECS metadata: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        None => None,
    };

    shutdown_signal().await;
    if let Some(sts) = sts {
        let _ = sts.stop().await;
    }
    if let Some(metadata) = metadata {
        let _ = metadata.stop().await;
    }
    match emulator.stop().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
