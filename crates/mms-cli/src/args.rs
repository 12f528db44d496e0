//! Command-line syntax.

use std::time::Duration;

use clap::{Args, Parser, ValueEnum};

pub use crate::commands::Command;

/// Drive MaxCompute Migration Assist (MMS): find a data source, scan it, choose tables, create
/// and run migration jobs, see what failed and why, retry, schedule.
#[derive(Debug, Parser)]
#[command(
    name = "mms",
    version,
    after_help = "Examples:\n  mms --emulator job watch 2 10\n  mms --region cn-hangzhou datasource list\n  \
mms --region cn-hangzhou job create 2000015 --src-db-name sales --dst-db-name sales_mc --tables orders --wait\n  \
mms --region cn-hangzhou job list 2000015 --status FAILED --output json | jq '.[].id'\n\n\
Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET \
(+ ALIBABA_CLOUD_SECURITY_TOKEN), else OIDC (RRSA), ~/.aliyun/config.json, \
~/.alibabacloud/credentials.ini, the ECS instance's RAM role, ALIBABA_CLOUD_CREDENTIALS_URI; \
-v names the one in use.\n\n\
Exit status: 0 success (job DONE for watch), 1 error, 2 bad usage (or a missing --yes), \
3 job (scan, task) FAILED, 4 job stopped, 5 wait timed out, 130 interrupted."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOptions,
    #[command(subcommand)]
    pub command: Command,
}

/// Options of every command.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalOptions {
    /// Region of the MaxCompute endpoint, e.g. cn-hangzhou.
    #[arg(long, env = "ALIBABA_CLOUD_REGION_ID", global = true)]
    pub region: Option<String>,

    /// Endpoint: a host (HTTPS) or a URL with scheme and port, e.g. http://127.0.0.1:8080.
    #[arg(long, env = "MMS_ENDPOINT", global = true)]
    pub endpoint: Option<String>,

    /// Use the region's VPC endpoint (`maxcompute-vpc.<region>.aliyuncs.com`).
    #[arg(long, global = true)]
    pub vpc: bool,

    /// Profile of ~/.aliyun/config.json or ~/.alibabacloud/credentials.ini.
    #[arg(long, env = "ALIBABA_CLOUD_PROFILE", global = true)]
    pub profile: Option<String>,

    /// Signature algorithm.
    #[arg(long, value_enum, env = "MMS_SIGNATURE", default_value_t = Signature::Acs3, global = true)]
    pub signature: Signature,

    /// Time limit of one request, e.g. 10s.
    #[arg(long = "request-timeout", value_parser = humantime::parse_duration, default_value = "30s", global = true)]
    pub request_timeout: Duration,

    /// Serve the call from an embedded local emulator with demo data (no account needed).
    #[arg(long, global = true)]
    pub emulator: bool,

    /// With --emulator: keep the emulator's world (sources, scans, jobs, tasks) in FILE, so a
    /// series of commands works on one world; without it each run starts from the demo.
    #[arg(long, env = "MMS_EMULATOR_STATE", value_name = "FILE", global = true)]
    pub emulator_state: Option<std::path::PathBuf>,

    /// Print the request that would be sent (method, URL, body; no signature) and send nothing.
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// More diagnostic output on stderr (-v info, -vv debug, -vvv trace).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
}

/// Signature algorithms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Signature {
    /// ACS3-HMAC-SHA256, the official SDKs' default.
    Acs3,
    /// ROA HMAC-SHA1.
    Roa,
}
