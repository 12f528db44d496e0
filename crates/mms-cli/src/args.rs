//! Command-line syntax.

use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Get and watch MaxCompute Migration Assist (MMS) jobs.
#[derive(Debug, Parser)]
#[command(
    name = "mms",
    version,
    about,
    after_help = "Examples:\n  mms --region cn-hangzhou job get 2000015 10\n  mms --emulator job watch 2 10\n\n\
Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET \
(+ ALIBABA_CLOUD_SECURITY_TOKEN), else ~/.aliyun/config.json, else ~/.alibabacloud/credentials.ini.\n\n\
Exit status: 0 success (job DONE for watch), 1 error, 2 bad usage, 3 job FAILED, 4 job stopped, \
5 watch timed out, 130 interrupted."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOptions,
    #[command(subcommand)]
    pub command: Command,
}

/// Options of every command.
#[derive(Debug, Args)]
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

/// Commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Migration jobs.
    #[command(subcommand)]
    Job(JobCommand),
}

/// Commands on migration jobs.
#[derive(Debug, Subcommand)]
pub enum JobCommand {
    /// Show a migration job.
    #[command(
        after_help = "Examples:\n  mms job get 2000015 10\n  mms job get 2000015 10 --output json | jq .status"
    )]
    Get {
        /// Data source id.
        source_id: i64,
        /// Job id.
        job_id: i64,
        /// Output format.
        #[arg(long, short, value_enum, default_value_t = Output::Text)]
        output: Output,
    },
    /// Poll a migration job until it ends; the exit status says how it ended.
    #[command(
        after_help = "Examples:\n  mms job watch 2000015 10 --interval 10s --timeout 6h\n  mms --emulator job watch 2 10\n\n\
Exit status: 0 DONE, 3 FAILED, 4 stopped, 5 timed out, 1 a fatal error, 130 interrupted."
    )]
    Watch {
        /// Data source id.
        source_id: i64,
        /// Job id.
        job_id: i64,
        /// Time between polls, e.g. 5s.
        #[arg(long, value_parser = humantime::parse_duration, default_value = "5s")]
        interval: Duration,
        /// Give up after this long, e.g. 2h.
        #[arg(long, value_parser = humantime::parse_duration, default_value = "2h")]
        timeout: Duration,
    },
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Output {
    /// A summary for people.
    Text,
    /// The job as JSON, for scripts.
    Json,
}
