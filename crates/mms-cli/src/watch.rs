//! `mms job watch`: poll a job until it ends, showing its movement.

use maxcompute_mms::Operations;
use std::{
    io::IsTerminal,
    time::{Duration, Instant},
};

use indicatif::{ProgressBar, ProgressStyle};
use maxcompute_mms::{Client, Job, JobStatus};

use crate::{exit::Exit, stdout, stdout::say, summary};

/// How the job's movement is shown: a live bar on a terminal, otherwise one line per change.
enum Display {
    Bar(ProgressBar),
    Lines { last: Option<String> },
}

impl Display {
    fn new() -> Display {
        if std::io::stdout().is_terminal() && std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(0);
            let style = ProgressStyle::with_template(
                "{spinner} {elapsed_precise} [{bar:30.cyan/blue}] {pos}/{len} tasks  {msg}  eta {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(120));
            Display::Bar(bar)
        } else {
            Display::Lines { last: None }
        }
    }

    fn update(&mut self, job: &Job, elapsed: Duration) {
        let status = job.status.as_ref().map_or("-", JobStatus::as_str);
        match self {
            Display::Bar(bar) => {
                bar.set_length(u64::try_from(job.task_num.unwrap_or(0)).unwrap_or(0));
                bar.set_position(u64::try_from(job.task_done.unwrap_or(0)).unwrap_or(0));
                bar.set_message(status.to_string());
            }
            Display::Lines { last } => {
                let state = format!(
                    "job {} {status} {}{}",
                    job.id,
                    summary::progress(job),
                    if job.stopped == Some(true) {
                        " stopped"
                    } else {
                        ""
                    }
                );
                if last.as_deref() != Some(state.as_str()) {
                    stdout::emit_line(&format!("[{:>5}s] {state}", elapsed.as_secs()));
                    *last = Some(state);
                }
            }
        }
    }

    fn note(&self, message: &str) {
        match self {
            Display::Bar(bar) => bar.println(format!("mms: {message}")),
            Display::Lines { .. } => say!("mms: {message}"),
        }
    }

    fn finish(&self) {
        if let Display::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}

/// Polls job `job_id` of `source_id` every `interval` until it ends or `timeout` passes.
pub async fn watch(
    client: &Client,
    source_id: i64,
    job_id: i64,
    interval: Duration,
    timeout: Duration,
) -> Exit {
    let started = Instant::now();
    let deadline = tokio::time::Instant::now() + timeout;
    let mut display = Display::new();
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);

    loop {
        let outcome = tokio::select! {
            _ = &mut ctrl_c => Some(interrupted(&display)),
            _ = tokio::time::sleep_until(deadline) => Some(timed_out(&display, timeout)),
            result = client.get_mms_job().source_id(source_id).job_id(job_id).send() => match result {
                Ok(job) => {
                    display.update(&job, started.elapsed());
                    ended(&display, &job, started.elapsed())
                }
                Err(error) if error.is_retryable() => {
                    display.note(&format!("transient error, polling again: {}", stdout::one_line(&error)));
                    None
                }
                Err(error) => {
                    display.finish();
                    say!("mms: error: {}", stdout::one_line(&error));
                    Some(Exit::Error)
                }
            },
        };
        if let Some(exit) = outcome {
            return exit;
        }
        let wait = tokio::select! {
            _ = &mut ctrl_c => Some(interrupted(&display)),
            _ = tokio::time::sleep_until(deadline) => Some(timed_out(&display, timeout)),
            _ = tokio::time::sleep(interval) => None,
        };
        if let Some(exit) = wait {
            return exit;
        }
    }
}

fn ended(display: &Display, job: &Job, elapsed: Duration) -> Option<Exit> {
    let exit = match job.status {
        Some(JobStatus::Done) => Exit::Success,
        Some(JobStatus::Failed) => Exit::JobFailed,
        _ if job.stopped == Some(true) => Exit::JobStopped,
        _ => return None,
    };
    display.finish();
    let how = match exit {
        Exit::Success => "DONE",
        Exit::JobFailed => "FAILED",
        _ => "stopped",
    };
    stdout::emit_line(&format!(
        "job {} {how}: {} tasks, after {}s",
        job.id,
        summary::progress(job),
        elapsed.as_secs()
    ));
    Some(exit)
}

fn interrupted(display: &Display) -> Exit {
    display.finish();
    say!("mms: interrupted; the job goes on running on the service");
    Exit::Interrupted
}

fn timed_out(display: &Display, timeout: Duration) -> Exit {
    display.finish();
    say!(
        "mms: gave up after {}: the job has not ended (it goes on running on the service)",
        humantime::format_duration(timeout)
    );
    Exit::WatchTimeout
}
