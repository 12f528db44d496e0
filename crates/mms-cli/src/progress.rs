//! Following long work through the library's waiters: a live bar on a terminal, otherwise a
//! line per change; Ctrl-C ends the wait (the work goes on on the service).

use std::{io::IsTerminal, pin::Pin, time::Duration};

use clap::Args;
use futures::StreamExt;
use indicatif::{ProgressBar, ProgressStyle};
use maxcompute_mms::{Error, FixedInterval, WaitEvent, WaitEvents, WaitOutcome, Waiter};

use crate::{
    exit::{Exit, Failure},
    stdout::{self, say},
};

/// `--wait` and how to wait.
#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    /// Wait until the work ends, showing its progress; the exit status says how it ended
    /// (0 done, 3 failed, 5 timed out, 130 interrupted).
    #[arg(long)]
    pub wait: bool,
    /// Time between polls while waiting [default: 1s, doubling up to 30s].
    #[arg(long, value_parser = humantime::parse_duration, value_name = "DURATION")]
    pub interval: Option<Duration>,
    /// Give up waiting after this long.
    #[arg(long, value_parser = humantime::parse_duration, default_value = "1h", value_name = "DURATION")]
    pub timeout: Duration,
}

impl WaitArgs {
    /// `waiter` with these settings.
    pub fn apply<'a, T: Clone + Send + 'a>(&self, waiter: Waiter<'a, T>) -> Waiter<'a, T> {
        let waiter = waiter.max_wait(self.timeout);
        match self.interval {
            Some(interval) => waiter.backoff(FixedInterval(interval)),
            None => waiter,
        }
    }
}

/// How progress is shown: a live bar on a terminal, otherwise a line per change.
#[derive(Debug)]
pub enum Display {
    Bar(ProgressBar),
    Lines {
        last: Option<String>,
        to_stdout: bool,
    },
}

impl Display {
    /// A bar when standard error (and, for `to_stdout`, standard output) is a terminal; lines
    /// otherwise, on standard output when `to_stdout`, else on standard error.
    pub fn new(to_stdout: bool) -> Display {
        let terminal = std::io::stderr().is_terminal() && (!to_stdout || stdout::is_terminal());
        if terminal {
            let bar = ProgressBar::new(0);
            let style = ProgressStyle::with_template(
                "{spinner} {elapsed_precise} [{bar:30.cyan/blue}] {pos}/{len}  {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(120));
            Display::Bar(bar)
        } else {
            Display::Lines {
                last: None,
                to_stdout,
            }
        }
    }

    /// Shows the state `label`, with `position` (done, total) for the bar.
    pub fn show(&mut self, label: &str, position: Option<(u64, u64)>, elapsed: Duration) {
        match self {
            Display::Bar(bar) => {
                let (done, total) = position.unwrap_or((0, 0));
                bar.set_length(total);
                bar.set_position(done);
                bar.set_message(label.to_string());
            }
            Display::Lines { last, to_stdout } => {
                if last.as_deref() != Some(label) {
                    let line = format!("[{:>5}s] {label}", elapsed.as_secs());
                    if *to_stdout {
                        stdout::emit_line(&line);
                    } else {
                        say!("{line}");
                    }
                    *last = Some(label.to_string());
                }
            }
        }
    }

    /// A message for people (standard error, above the bar).
    pub fn note(&self, message: &str) {
        match self {
            Display::Bar(bar) => bar.println(format!("mms: {message}")),
            Display::Lines { .. } => say!("mms: {message}"),
        }
    }

    /// A line of the result (standard output, above the bar).
    pub fn line(&self, line: &str) {
        match self {
            Display::Bar(bar) => bar.suspend(|| stdout::emit_line(line)),
            Display::Lines { .. } => stdout::emit_line(line),
        }
    }

    /// Takes the bar away.
    pub fn finish(&self) {
        if let Display::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}

/// What came of waiting for the next event.
pub enum Step<T> {
    /// The waiter reported something.
    Event(WaitEvent<T>),
    /// A poll failed with an error that will not pass.
    Failed(Error),
    /// Ctrl-C.
    Interrupted,
}

/// The Ctrl-C signal, to await in a loop.
pub type CtrlC = Pin<Box<dyn std::future::Future<Output = std::io::Result<()>> + Send>>;

/// A fresh Ctrl-C handler.
pub fn ctrl_c() -> CtrlC {
    Box::pin(tokio::signal::ctrl_c())
}

/// The next event of `events`, or Ctrl-C.
pub async fn next<T>(events: &mut WaitEvents<'_, T>, ctrl_c: &mut CtrlC) -> Step<T> {
    tokio::select! {
        _ = ctrl_c => Step::Interrupted,
        event = events.next() => match event {
            Some(Ok(event)) => Step::Event(event),
            Some(Err(error)) => Step::Failed(error),
            // The stream always ends with `Finished` first.
            None => Step::Event(WaitEvent::Finished(WaitOutcome::TimedOut { last: None })),
        },
    }
}

/// How a `--wait` ended.
pub enum Waited<T> {
    /// Done; the last snapshot.
    Done(T),
    /// It did not end well; the exit status to end with.
    Ended(Exit),
}

/// Waits for `waiter`, showing `label` and `position` of each snapshot on standard error.
/// A failure, stop or timeout is reported (with `failure`'s reason for a failed snapshot).
pub async fn wait<'a, T: Clone + Send + 'a>(
    waiter: Waiter<'a, T>,
    what: &str,
    label: fn(&T) -> String,
    position: fn(&T) -> Option<(u64, u64)>,
    reason: fn(&T) -> Option<String>,
    timeout: Duration,
) -> Result<Waited<T>, Failure> {
    let mut display = Display::new(false);
    let mut events = waiter.events();
    let mut ctrl_c = ctrl_c();
    loop {
        match next(&mut events, &mut ctrl_c).await {
            Step::Event(WaitEvent::Snapshot(snapshot)) => display.show(
                &label(&snapshot.value),
                position(&snapshot.value),
                snapshot.elapsed,
            ),
            Step::Event(WaitEvent::Transient { error, .. }) => display.note(&format!(
                "transient error, polling again: {}",
                stdout::one_line(&error)
            )),
            Step::Event(WaitEvent::Finished(outcome)) => {
                display.finish();
                return Ok(match outcome {
                    WaitOutcome::Done(value) => Waited::Done(value),
                    WaitOutcome::Failed(value) => {
                        let why = reason(&value).map(|r| format!(": {r}")).unwrap_or_default();
                        say!("mms: {what} FAILED{}", stdout::one_line(&why));
                        Waited::Ended(Exit::JobFailed)
                    }
                    WaitOutcome::Stopped(_) => {
                        say!("mms: {what} was stopped");
                        Waited::Ended(Exit::JobStopped)
                    }
                    WaitOutcome::TimedOut { .. } => {
                        say!(
                            "mms: gave up after {}: {what} has not ended (it goes on running on the service)",
                            humantime::format_duration(timeout)
                        );
                        Waited::Ended(Exit::WatchTimeout)
                    }
                });
            }
            Step::Failed(error) => {
                display.finish();
                return Err(Failure::Api(error));
            }
            Step::Interrupted => {
                display.finish();
                say!("mms: interrupted; {what} goes on running on the service");
                return Ok(Waited::Ended(Exit::Interrupted));
            }
        }
    }
}
