//! The command tree: one command per operation of the API, grouped by resource, plus `api`
//! (any path, signed) and `completions`. Every command runs generic over [`Api`], so a dry run
//! goes through exactly the same code up to the wire.

mod catalog;
mod datasource;
mod item;
mod job;
mod listing;
mod migration;
mod raw;
mod scan;
mod task;
mod timer;

#[cfg(test)]
mod coverage;

use clap::Subcommand;

use crate::{api::Api, exit::Outcome};

pub use raw::ApiArgs;

/// Commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Data sources: list, register, start/stop/reconfigure, scan their metadata.
    #[command(subcommand)]
    Datasource(datasource::DatasourceCommand),
    /// Metadata scans started by `datasource scan`.
    #[command(subcommand)]
    Scan(scan::ScanCommand),
    /// Asynchronous tasks (job creation, data source changes).
    #[command(subcommand, name = "async-task")]
    AsyncTask(scan::AsyncTaskCommand),
    /// Databases of a source's catalog.
    #[command(subcommand)]
    Db(catalog::DbCommand),
    /// Tables of a source's catalog: where each goes, what is migrated.
    #[command(subcommand)]
    Table(catalog::TableCommand),
    /// Partitions of a source's catalog.
    #[command(subcommand)]
    Partition(catalog::PartitionCommand),
    /// Migration jobs: create, start, stop, retry, delete, watch.
    #[command(subcommand)]
    Job(job::JobCommand),
    /// The tasks a job is split into: what failed, why, and retrying it.
    #[command(subcommand)]
    Task(task::TaskCommand),
    /// Timers that create migration jobs on a schedule.
    #[command(subcommand)]
    Timer(timer::TimerCommand),
    /// Send a signed request of any path (the escape hatch for what has no command).
    #[command(after_help = raw::EXAMPLES)]
    Api(ApiArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  mms completions bash > ~/.local/share/bash-completion/completions/mms\n  mms completions zsh > \"${fpath[1]}/_mms\""
    )]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// Runs `command` against `api`. `completions` is handled before (it needs no connection).
pub async fn run<A: Api>(command: Command, api: &A) -> Outcome {
    match command {
        Command::Datasource(c) => c.run(api).await,
        Command::Scan(c) => c.run(api).await,
        Command::AsyncTask(c) => c.run(api).await,
        Command::Db(c) => c.run(api).await,
        Command::Table(c) => c.run(api).await,
        Command::Partition(c) => c.run(api).await,
        Command::Job(c) => c.run(api).await,
        Command::Task(c) => c.run(api).await,
        Command::Timer(c) => c.run(api).await,
        Command::Api(c) => c.run(api).await,
        Command::Completions { .. } => Ok(crate::exit::Exit::Success),
    }
}
