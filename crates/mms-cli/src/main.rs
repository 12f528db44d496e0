//! `mms`: the MaxCompute migration workflow from a terminal or a CI step.
#![forbid(unsafe_code)]

mod api;
mod args;
mod body;
mod commands;
mod confirm;
mod connect;
mod dry_run;
mod exit;
mod flags;
mod output;
mod progress;
mod spec;
mod stdout;
mod summary;
mod watch;

use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use crate::{
    args::{Cli, Command},
    exit::{Exit, Outcome},
    stdout::say,
};

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing(cli.global.verbose);
    if let Command::Completions { shell } = cli.command {
        let mut command = Cli::command();
        clap_complete::generate(shell, &mut command, "mms", &mut std::io::stdout());
        return Exit::Success.into();
    }
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

/// Reports how a command ended: a failure is one line on standard error.
fn finish(outcome: Outcome) -> Exit {
    match outcome {
        Ok(exit) => exit,
        Err(failure) => {
            say!("mms: error: {}", stdout::one_line(&failure));
            failure.exit()
        }
    }
}

async fn run(cli: Cli) -> Exit {
    if cli.global.dry_run {
        let base_url = match connect::dry_run_base_url(&cli.global) {
            Ok(url) => url,
            Err(message) => {
                say!("mms: error: {message}");
                return Exit::Error;
            }
        };
        let dry_run = dry_run::DryRun::new(&base_url);
        let outcome = commands::run(cli.command, &dry_run).await;
        return match dry_run.recorded() {
            Some(request) => {
                stdout::emit(&request.render());
                say!("mms: dry run: nothing was sent");
                Exit::Success
            }
            None => finish(outcome),
        };
    }
    let connection = match connect::connect(&cli.global).await {
        Ok(connection) => connection,
        Err(message) => {
            say!("mms: error: {message}");
            return Exit::Error;
        }
    };
    let exit = finish(commands::run(cli.command, &connection.client).await);
    if let Some(emulator) = connection.emulator {
        let _ = emulator.stop().await;
    }
    exit
}
