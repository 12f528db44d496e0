//! `mms`: get and watch MaxCompute migration jobs.
#![forbid(unsafe_code)]

mod args;
mod connect;
mod exit;
mod stdout;
mod summary;
mod watch;

use maxcompute_mms::Operations;
use std::process::ExitCode;

use clap::Parser;

use crate::{
    args::{Cli, Command, JobCommand, Output},
    exit::Exit,
    stdout::say,
};

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing(cli.global.verbose);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            say!("mms: error: cannot start the async runtime: {e}");
            return Exit::Error.into();
        }
    };
    runtime.block_on(run(cli)).into()
}

fn init_tracing(verbose: u8) {
    let level = match verbose {
        0 => return,
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    // -v and -vv show this project's own events; -vvv shows everything, the HTTP stack's too.
    let directives = if verbose >= 3 {
        level.to_string()
    } else {
        format!("maxcompute_mms={level},mms_api={level},mms_emulator={level},mms={level}")
    };
    let filter = tracing_subscriber::EnvFilter::try_new(directives)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

async fn run(cli: Cli) -> Exit {
    let connection = match connect::connect(&cli.global).await {
        Ok(connection) => connection,
        Err(message) => {
            say!("mms: error: {message}");
            return Exit::Error;
        }
    };
    let client = &connection.client;
    let exit = match cli.command {
        Command::Job(JobCommand::Get {
            source_id,
            job_id,
            output,
        }) => match client
            .get_mms_job()
            .source_id(source_id)
            .job_id(job_id)
            .send()
            .await
        {
            Ok(job) => match output {
                Output::Text => {
                    stdout::emit(&summary::render(&job));
                    Exit::Success
                }
                Output::Json => match serde_json::to_string_pretty(&job) {
                    Ok(json) => {
                        stdout::emit_line(&json);
                        Exit::Success
                    }
                    Err(e) => {
                        say!("mms: error: cannot write the job as JSON: {e}");
                        Exit::Error
                    }
                },
            },
            Err(error) => {
                say!("mms: error: {}", stdout::one_line(&error));
                Exit::Error
            }
        },
        Command::Job(JobCommand::Watch {
            source_id,
            job_id,
            interval,
            timeout,
        }) => watch::watch(client, source_id, job_id, interval, timeout).await,
    };
    if let Some(emulator) = connection.emulator {
        let _ = emulator.stop().await;
    }
    exit
}
