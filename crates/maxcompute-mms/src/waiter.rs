//! Waiting for long work — a job to end, an async task to finish, a metadata scan to complete —
//! with every snapshot visible as it arrives.
//!
//! A [`Waiter`] polls, judges each snapshot, and sleeps by a [`Backoff`] until the work ends or
//! the maximum wait passes. Read it as a `futures::Stream` of [`WaitEvent`]s to show progress, or
//! call [`Waiter::wait`] for the typed [`WaitOutcome`] alone. Time comes from a [`Clock`], so
//! tests run a six-hour wait in milliseconds.

use std::{fmt, pin::Pin, sync::Arc, time::Duration};

use futures::{stream::BoxStream, Stream, StreamExt};
use mms_api::{
    types::{AsyncTask, FetchMetadataJob, Job},
    AsyncTaskStatus, BoxFuture, JobStatus, ScanStatus,
};
use tokio::time::Instant;

use crate::Error;

/// Where a waiter's time comes from.
pub trait Clock: Send + Sync + fmt::Debug {
    /// The current instant.
    fn now(&self) -> Instant;
    /// Sleeps for `duration`.
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()>;
}

/// Tokio's clock: real time, or paused and advanced by hand in tests
/// (`#[tokio::test(start_paused = true)]`).
#[derive(Debug, Clone, Copy, Default)]
pub struct TokioClock;

impl Clock for TokioClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// How long to wait before the next poll.
pub trait Backoff: Send + Sync + fmt::Debug {
    /// The wait after poll number `poll` (1 after the first poll).
    fn delay(&self, poll: u32) -> Duration;
}

/// The same wait after every poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixedInterval(pub Duration);

impl Backoff for FixedInterval {
    fn delay(&self, _poll: u32) -> Duration {
        self.0
    }
}

/// Waits that grow by a factor after each poll, up to a ceiling: quick answers for short work,
/// few calls for long work.
///
/// ```
/// use std::time::Duration;
/// use maxcompute_mms::{Backoff, ExponentialBackoff};
/// let backoff = ExponentialBackoff::new(Duration::from_secs(1), Duration::from_secs(30));
/// assert_eq!(backoff.delay(1), Duration::from_secs(1));
/// assert_eq!(backoff.delay(2), Duration::from_secs(2));
/// assert_eq!(backoff.delay(20), Duration::from_secs(30));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExponentialBackoff {
    initial: Duration,
    max: Duration,
    factor: f64,
}

impl ExponentialBackoff {
    /// Starts at `initial`, doubles after each poll, never more than `max`.
    pub fn new(initial: Duration, max: Duration) -> Self {
        ExponentialBackoff {
            initial,
            max,
            factor: 2.0,
        }
    }

    /// Grows by `factor` (at least 1) instead of 2.
    pub fn with_factor(mut self, factor: f64) -> Self {
        self.factor = if factor.is_finite() {
            factor.max(1.0)
        } else {
            1.0
        };
        self
    }
}

impl Default for ExponentialBackoff {
    /// 1 s, doubling, at most 30 s.
    fn default() -> Self {
        ExponentialBackoff::new(Duration::from_secs(1), Duration::from_secs(30))
    }
}

impl Backoff for ExponentialBackoff {
    fn delay(&self, poll: u32) -> Duration {
        let exponent = i32::try_from(poll.saturating_sub(1)).unwrap_or(i32::MAX);
        let seconds = self.initial.as_secs_f64() * self.factor.powi(exponent);
        if !seconds.is_finite() || seconds >= self.max.as_secs_f64() {
            self.max
        } else {
            Duration::from_secs_f64(seconds)
        }
    }
}

/// What a snapshot says about the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Still going: poll again.
    Pending,
    /// Finished successfully.
    Done,
    /// Finished and failed.
    Failed,
    /// Stopped by someone; it will not end by itself.
    Stopped,
}

/// How a wait ended.
#[derive(Debug, Clone, PartialEq)]
pub enum WaitOutcome<T> {
    /// The work finished successfully; its last snapshot.
    Done(T),
    /// The work failed; its last snapshot says why.
    Failed(T),
    /// The work was stopped; its last snapshot.
    Stopped(T),
    /// The maximum wait passed first; the work goes on. The last snapshot, if any poll
    /// succeeded.
    TimedOut {
        /// The last snapshot.
        last: Option<T>,
    },
}

impl<T> WaitOutcome<T> {
    /// The last snapshot, whatever the outcome.
    pub fn last(&self) -> Option<&T> {
        match self {
            WaitOutcome::Done(t) | WaitOutcome::Failed(t) | WaitOutcome::Stopped(t) => Some(t),
            WaitOutcome::TimedOut { last } => last.as_ref(),
        }
    }
}

/// How a wait for a job ended.
pub type JobOutcome = WaitOutcome<Job>;

/// One poll's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot<T> {
    /// What the poll returned.
    pub value: T,
    /// The poll's number, from 1.
    pub poll: u32,
    /// Time since the wait started.
    pub elapsed: Duration,
}

/// What a waiter reports as it goes.
#[derive(Debug)]
pub enum WaitEvent<T> {
    /// A poll answered.
    Snapshot(Snapshot<T>),
    /// A poll failed with an error that may pass (throttling, a lost connection, a 5xx), after
    /// the client's own retries; polling goes on.
    Transient {
        /// The poll's number, from 1.
        poll: u32,
        /// What failed.
        error: Error,
    },
    /// The wait is over; this is the last event.
    Finished(WaitOutcome<T>),
}

type Poll<'a, T> = Box<dyn FnMut() -> BoxFuture<'a, Result<T, Error>> + Send + 'a>;
type Judge<T> = Arc<dyn Fn(&T) -> Verdict + Send + Sync>;
type Observer<'a, T> = Box<dyn FnMut(&Snapshot<T>) + Send + 'a>;

/// Polls until the work ends; see the module docs.
///
/// ```no_run
/// use std::time::Duration;
/// use maxcompute_mms::{prelude::*, WaitOutcome};
/// # async fn run(client: Client) -> Result<(), maxcompute_mms::Error> {
/// let outcome = client
///     .wait_for_job(2000015, 10)
///     .max_wait(Duration::from_secs(6 * 3600))
///     .on_snapshot(|s| println!("{:?} {:?}/{:?}", s.value.status, s.value.task_done, s.value.task_num))
///     .wait()
///     .await?;
/// if let WaitOutcome::Failed(job) = outcome {
///     eprintln!("job {} failed", job.id);
/// }
/// # Ok(()) }
/// ```
#[must_use = "a waiter does nothing until it is awaited or polled"]
pub struct Waiter<'a, T> {
    poll: Poll<'a, T>,
    judge: Judge<T>,
    backoff: Arc<dyn Backoff>,
    max_wait: Option<Duration>,
    clock: Arc<dyn Clock>,
    observer: Option<Observer<'a, T>>,
}

impl<T> fmt::Debug for Waiter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waiter")
            .field("backoff", &self.backoff)
            .field("max_wait", &self.max_wait)
            .field("clock", &self.clock)
            .finish_non_exhaustive()
    }
}

impl<'a, T: Clone + Send + 'a> Waiter<'a, T> {
    /// A waiter that calls `poll` for each snapshot and `judge` to read it. By default it
    /// waits 1 s, doubling to 30 s, between polls, with no maximum wait, on tokio's clock.
    pub fn new<P, F>(mut poll: P, judge: impl Fn(&T) -> Verdict + Send + Sync + 'static) -> Self
    where
        P: FnMut() -> F + Send + 'a,
        F: std::future::Future<Output = Result<T, Error>> + Send + 'a,
    {
        Waiter {
            poll: Box::new(move || Box::pin(poll())),
            judge: Arc::new(judge),
            backoff: Arc::new(ExponentialBackoff::default()),
            max_wait: None,
            clock: Arc::new(TokioClock),
            observer: None,
        }
    }

    /// How long to wait between polls.
    pub fn backoff(mut self, backoff: impl Backoff + 'static) -> Self {
        self.backoff = Arc::new(backoff);
        self
    }

    /// Gives up after `max_wait` with [`WaitOutcome::TimedOut`] (the work goes on).
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.max_wait = Some(max_wait);
        self
    }

    /// The clock to read and sleep by.
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Calls `observer` with every snapshot as it arrives (also when read as a stream).
    pub fn on_snapshot(mut self, observer: impl FnMut(&Snapshot<T>) + Send + 'a) -> Self {
        self.observer = Some(Box::new(observer));
        self
    }

    /// Waits to the end and returns the outcome. A poll failing with an error that will not
    /// pass (permission, not found, bad input) ends the wait with that error.
    pub async fn wait(self) -> Result<WaitOutcome<T>, Error> {
        let mut events = self.events();
        while let Some(event) = events.next().await {
            if let WaitEvent::Finished(outcome) = event? {
                return Ok(outcome);
            }
        }
        // The stream always ends with `Finished` or an error; this is never reached.
        Ok(WaitOutcome::TimedOut { last: None })
    }

    /// The wait as a stream of events, ending after [`WaitEvent::Finished`] or a final error.
    pub fn events(self) -> WaitEvents<'a, T> {
        let state = WaitState {
            started: self.clock.now(),
            waiter: self,
            polls: 0,
            last: None,
            done: false,
        };
        WaitEvents {
            inner: futures::stream::unfold(state, |mut state| async move {
                state.next().await.map(|event| (event, state))
            })
            .boxed(),
        }
    }
}

struct WaitState<'a, T> {
    waiter: Waiter<'a, T>,
    started: Instant,
    polls: u32,
    last: Option<T>,
    done: bool,
}

impl<T: Clone + Send> WaitState<'_, T> {
    fn remaining(&self) -> Option<Duration> {
        let elapsed = self
            .waiter
            .clock
            .now()
            .saturating_duration_since(self.started);
        self.waiter.max_wait.map(|max| max.saturating_sub(elapsed))
    }

    fn finish(&mut self, outcome: WaitOutcome<T>) -> Option<Result<WaitEvent<T>, Error>> {
        self.done = true;
        Some(Ok(WaitEvent::Finished(outcome)))
    }

    async fn next(&mut self) -> Option<Result<WaitEvent<T>, Error>> {
        if self.done {
            return None;
        }
        if self.polls > 0 {
            if self.remaining() == Some(Duration::ZERO) {
                let last = self.last.take();
                return self.finish(WaitOutcome::TimedOut { last });
            }
            let mut delay = self.waiter.backoff.delay(self.polls);
            if let Some(remaining) = self.remaining() {
                delay = delay.min(remaining);
            }
            self.waiter.clock.sleep(delay).await;
        }
        self.polls = self.polls.saturating_add(1);
        let poll = self.polls;
        match (self.waiter.poll)().await {
            Ok(value) => {
                let verdict = (self.waiter.judge)(&value);
                let elapsed = self
                    .waiter
                    .clock
                    .now()
                    .saturating_duration_since(self.started);
                let snapshot = Snapshot {
                    value,
                    poll,
                    elapsed,
                };
                if let Some(observer) = self.waiter.observer.as_mut() {
                    observer(&snapshot);
                }
                match verdict {
                    Verdict::Pending => {
                        // Kept for the outcome of a timeout.
                        self.last = Some(snapshot.value.clone());
                        Some(Ok(WaitEvent::Snapshot(snapshot)))
                    }
                    Verdict::Done => self.finish(WaitOutcome::Done(snapshot.value)),
                    Verdict::Failed => self.finish(WaitOutcome::Failed(snapshot.value)),
                    Verdict::Stopped => self.finish(WaitOutcome::Stopped(snapshot.value)),
                }
            }
            Err(error) if error.is_retryable() => Some(Ok(WaitEvent::Transient { poll, error })),
            Err(error) => {
                self.done = true;
                Some(Err(error))
            }
        }
    }
}

/// The events of a [`Waiter`], as a `futures::Stream`.
#[must_use = "streams do nothing unless polled"]
pub struct WaitEvents<'a, T> {
    inner: BoxStream<'a, Result<WaitEvent<T>, Error>>,
}

impl<T> fmt::Debug for WaitEvents<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WaitEvents").finish_non_exhaustive()
    }
}

impl<T> Stream for WaitEvents<'_, T> {
    type Item = Result<WaitEvent<T>, Error>;

    fn poll_next(
        mut self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

/// How a job's snapshot reads: `DONE` and `FAILED` end it, and so does a stop.
pub fn job_verdict(job: &Job) -> Verdict {
    match job.status {
        Some(JobStatus::Done) => Verdict::Done,
        Some(JobStatus::Failed) => Verdict::Failed,
        _ if job.stopped == Some(true) => Verdict::Stopped,
        _ => Verdict::Pending,
    }
}

/// How an asynchronous task's snapshot reads: `DONE` and `FAILED` end it.
pub fn async_task_verdict(task: &AsyncTask) -> Verdict {
    match task.status {
        Some(AsyncTaskStatus::Done) => Verdict::Done,
        Some(AsyncTaskStatus::Failed) => Verdict::Failed,
        _ => Verdict::Pending,
    }
}

/// How a metadata scan's snapshot reads: `DONE` and `FAILED` end it.
pub fn scan_verdict(scan: &FetchMetadataJob) -> Verdict {
    match scan.status {
        Some(ScanStatus::Done) => Verdict::Done,
        Some(ScanStatus::Failed) => Verdict::Failed,
        _ => Verdict::Pending,
    }
}

impl crate::Client {
    /// Waits for job `job_id` of data source `source_id` to end: `DONE`, `FAILED` or stopped.
    pub fn wait_for_job(&self, source_id: i64, job_id: i64) -> Waiter<'_, Job> {
        use mms_api::Operations;
        Waiter::new(
            move || {
                self.get_mms_job()
                    .source_id(source_id)
                    .job_id(job_id)
                    .send()
            },
            job_verdict,
        )
    }

    /// Waits for asynchronous task `async_task_id` of data source `source_id` (returned by
    /// `CreateMmsJob` and `UpdateMmsDataSource`) to end: `DONE` or `FAILED`. A done job-creation
    /// task names the new job in `objectId`.
    pub fn wait_for_async_task(&self, source_id: i64, async_task_id: i64) -> Waiter<'_, AsyncTask> {
        use mms_api::Operations;
        Waiter::new(
            move || {
                self.get_mms_async_task()
                    .source_id(source_id)
                    .async_task_id(async_task_id)
                    .send()
            },
            async_task_verdict,
        )
    }

    /// Waits for metadata scan `scan_id` of data source `source_id` to end: `DONE` or `FAILED`.
    pub fn wait_for_scan(&self, source_id: i64, scan_id: i64) -> Waiter<'_, FetchMetadataJob> {
        use mms_api::Operations;
        Waiter::new(
            move || {
                self.get_mms_fetch_metadata_job()
                    .source_id(source_id)
                    .scan_id(scan_id)
                    .send()
            },
            scan_verdict,
        )
    }
}
