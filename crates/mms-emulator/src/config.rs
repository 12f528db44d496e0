//! What an emulator serves and how strict it is: [`EmulatorConfig`].

use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use acs_sign::Credentials;
use mms_api::types::Job;

use crate::credentials_service::KeyStore;
use crate::error::Error;
use crate::faults::FaultInjection;
use crate::fixtures::{self, Fixtures};
use crate::jobs::failures::PlannedFailure;
use crate::nonce::DEFAULT_NONCE_CAPACITY;
use crate::progress::JobProgress;

/// The fastest clock accepted by [`EmulatorConfig::speed`].
pub const MAX_SPEED: f64 = 1_000_000.0;

/// The AccessKey ID of the documented demo pair, accepted when no key is configured.
pub const DEMO_ACCESS_KEY_ID: &str = "mms-demo-key";

/// The AccessKey secret of the documented demo pair. It is public: an emulator that accepts it
/// protects nothing, which is fine on loopback.
pub const DEMO_ACCESS_KEY_SECRET: &str = "mms-demo-secret";

/// The clock skew allowed by default, as the real service: 15 minutes.
pub const DEFAULT_CLOCK_SKEW: Duration = Duration::from_secs(15 * 60);

/// How an emulator is set up. Start from [`EmulatorConfig::default`] and chain the methods.
///
/// By default it listens on `127.0.0.1:0` (loopback, a free port), accepts the demo pair
/// [`DEMO_ACCESS_KEY_ID`] / [`DEMO_ACCESS_KEY_SECRET`], allows 15 minutes of clock skew,
/// injects no faults, refuses unsigned requests, runs its clock at real speed, keeps its state
/// in memory, and serves the demo: data source 2 with a catalog, the documented example job
/// (job 10) and three jobs that ran (one DONE, one running, one FAILED).
///
/// ```
/// use std::time::Duration;
/// use mms_emulator::{EmulatorConfig, JobProgress};
///
/// let job: mms_api::types::Job = serde_json::from_str(r#"{"id": 7, "taskNum": 10}"#).unwrap();
/// let config = EmulatorConfig::default()
///     .access_key("my-key", "my-secret")
///     .job(3, job)
///     .progress(3, 7, JobProgress::done_after(Duration::from_secs(5)));
/// assert_eq!(config.access_key_ids(), ["my-key"]);
/// assert!(!format!("{config:?}").contains("my-secret"));
/// ```
#[derive(Debug, Clone)]
pub struct EmulatorConfig {
    pub(crate) bind: SocketAddr,
    pub(crate) credentials: Vec<Credentials>,
    pub(crate) jobs: Vec<(i64, Job, Option<JobProgress>)>,
    pub(crate) progress: Vec<(i64, i64, JobProgress)>,
    pub(crate) faults: FaultInjection,
    pub(crate) allow_unsigned: bool,
    pub(crate) clock_skew: Duration,
    pub(crate) documented_example: bool,
    pub(crate) nonce_capacity: usize,
    pub(crate) speed: f64,
    pub(crate) state_file: Option<PathBuf>,
    pub(crate) fixtures: Fixtures,
    pub(crate) failures: Vec<PlannedFailure>,
    pub(crate) task_concurrency: usize,
    pub(crate) region: String,
    pub(crate) key_store: Option<KeyStore>,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        Self {
            bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            credentials: Vec::new(),
            jobs: Vec::new(),
            progress: Vec::new(),
            faults: FaultInjection::default(),
            allow_unsigned: false,
            clock_skew: DEFAULT_CLOCK_SKEW,
            documented_example: true,
            nonce_capacity: DEFAULT_NONCE_CAPACITY,
            speed: 1.0,
            state_file: None,
            fixtures: Fixtures::default(),
            failures: Vec::new(),
            task_concurrency: 10,
            region: "cn-hangzhou".to_owned(),
            key_store: None,
        }
    }
}

impl EmulatorConfig {
    /// Listens on `addr` instead of `127.0.0.1:0`. Port 0 picks a free port; ask the running
    /// emulator for it with [`RunningEmulator::addr`](crate::RunningEmulator::addr).
    #[must_use]
    pub fn bind(mut self, addr: SocketAddr) -> Self {
        self.bind = addr;
        self
    }

    /// Accepts this AccessKey pair. Repeatable; once any key is configured, the demo pair is no
    /// longer accepted (unless configured explicitly).
    #[must_use]
    pub fn access_key(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.credentials.push(Credentials::new(id, secret));
        self
    }

    /// Accepts this STS (temporary) credential: requests signed with `id` must carry
    /// `x-acs-security-token: token` (signed). Counts as a configured key like
    /// [`access_key`](Self::access_key).
    #[must_use]
    pub fn sts_credential(
        mut self,
        id: impl Into<String>,
        secret: impl Into<String>,
        token: impl Into<String>,
    ) -> Self {
        self.credentials
            .push(Credentials::new(id, secret).with_security_token(token));
        self
    }

    /// Serves `job` under data source `source_id`, replacing a job of the same ids (the
    /// documented example included). A job without `sourceId` gets `source_id`.
    #[must_use]
    pub fn job(mut self, source_id: i64, mut job: Job) -> Self {
        job.source_id.get_or_insert(source_id);
        self.jobs.push((source_id, job, None));
        self
    }

    /// Makes job `job_id` of `source_id` advance (see [`JobProgress`]). The job must be
    /// configured, by [`job`](Self::job), a fixtures file or the documented example; otherwise
    /// starting fails.
    #[must_use]
    pub fn progress(mut self, source_id: i64, job_id: i64, progress: JobProgress) -> Self {
        self.progress.push((source_id, job_id, progress));
        self
    }

    /// Injects faults (see [`FaultInjection`]).
    #[must_use]
    pub fn faults(mut self, faults: FaultInjection) -> Self {
        self.faults = faults;
        self
    }

    /// Benchmark mode: serves requests that have **no** `Authorization` header at all without
    /// any signature check (a present `x-acs-action` / `x-acs-version` is still checked). A
    /// request that has one is still verified in full. Off by default; for benchmarks only.
    #[must_use]
    pub fn allow_unsigned(mut self, allow: bool) -> Self {
        self.allow_unsigned = allow;
        self
    }

    /// How far the `date` / `x-acs-date` of a request may be from the server clock (default
    /// 15 minutes). Nonces are remembered for twice this.
    #[must_use]
    pub fn clock_skew(mut self, skew: Duration) -> Self {
        self.clock_skew = skew;
        self
    }

    /// Does not serve the demo (data source 2 with its catalog, the documented example job 10
    /// and the demo jobs); only what is configured.
    #[must_use]
    pub fn without_documented_example(mut self) -> Self {
        self.documented_example = false;
        self
    }

    /// The same as [`without_documented_example`](Self::without_documented_example): starts
    /// with no data source at all, unless fixtures add some.
    #[must_use]
    pub fn without_demo(self) -> Self {
        self.without_documented_example()
    }

    /// Adds the data sources, jobs and planned failures of a fixtures file (format in the
    /// [crate docs](crate)).
    ///
    /// # Errors
    /// [`Error::Fixtures`] naming the file and, for a bad value, its JSON path.
    pub fn fixtures_file(mut self, path: impl AsRef<Path>) -> Result<Self, Error> {
        let fixtures = fixtures::load(path.as_ref())?;
        self.add_fixtures(fixtures);
        Ok(self)
    }

    /// Adds fixtures given as JSON text, in the format of a fixtures file.
    ///
    /// # Errors
    /// [`Error::Fixtures`] (with the path `<json>`) naming the JSON path of a bad value.
    pub fn fixtures_json(mut self, json: &str) -> Result<Self, Error> {
        let fixtures = fixtures::parse(json).map_err(|problem| Error::Fixtures {
            path: PathBuf::from("<json>"),
            problem,
        })?;
        self.add_fixtures(fixtures);
        Ok(self)
    }

    fn add_fixtures(&mut self, fixtures: Fixtures) {
        for given in &fixtures.given {
            self.jobs
                .push((given.source_id, given.job.clone(), given.progress));
        }
        self.fixtures.sources.extend(fixtures.sources);
        self.fixtures.plans.extend(fixtures.plans);
        self.fixtures.catalogs.extend(fixtures.catalogs);
        self.failures.extend(fixtures.failures);
    }

    /// Runs the virtual clock `speed` times as fast as the wall clock (default 1): task phases,
    /// scans, async tasks and timers all follow it, so with `speed(100.0)` a job of 100 tasks
    /// finishes in a second or so. `0.0` stops the clock: only
    /// [`RunningEmulator::advance_clock`](crate::RunningEmulator::advance_clock) moves it,
    /// which makes tests fully deterministic.
    #[must_use]
    pub fn speed(mut self, speed: f64) -> Self {
        self.speed = speed;
        self
    }

    /// Keeps the whole state in `path` across restarts: loaded at start when the file exists
    /// (fixtures and the demo then do not apply), rewritten atomically after every change
    /// before the change is acknowledged.
    #[must_use]
    pub fn state_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.state_file = Some(path.into());
        self
    }

    /// Plans a failure: tasks of that table fail (see [`PlannedFailure`]). Repeatable; applies
    /// to tasks created after the emulator starts.
    #[must_use]
    pub fn fail(mut self, failure: PlannedFailure) -> Self {
        self.failures.push(failure);
        self
    }

    /// How many tasks of one job run at once (default 10).
    #[must_use]
    pub fn task_concurrency(mut self, tasks: usize) -> Self {
        self.task_concurrency = tasks;
        self
    }

    /// The region data sources report when their network link names none (default
    /// `cn-hangzhou`).
    #[must_use]
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = region.into();
        self
    }

    /// How many nonces are remembered at most (default 65 536); past that the oldest are
    /// forgotten early, so memory stays bounded under any load.
    #[must_use]
    pub fn nonce_capacity(mut self, capacity: usize) -> Self {
        self.nonce_capacity = capacity;
        self
    }

    /// Also accepts every key of `store`, as it is at each request: give the store of an
    /// emulated STS or metadata service ([`StsConfig`](crate::StsConfig),
    /// [`MetadataConfig`](crate::MetadataConfig)) and the STS credentials they issue are
    /// accepted (security token checked) until they expire. The configured keys (or the demo
    /// pair) are added to the store when the emulator starts.
    #[must_use]
    pub fn key_store(mut self, store: KeyStore) -> Self {
        self.key_store = Some(store);
        self
    }

    /// The AccessKey IDs that will be accepted: the configured ones, or the demo ID.
    pub fn access_key_ids(&self) -> Vec<&str> {
        if self.credentials.is_empty() {
            vec![DEMO_ACCESS_KEY_ID]
        } else {
            self.credentials
                .iter()
                .map(Credentials::access_key_id)
                .collect()
        }
    }

    /// Whether the demo pair is in use, i.e. no key was configured.
    pub fn uses_demo_key(&self) -> bool {
        self.credentials.is_empty()
    }

    /// The address to listen on.
    pub fn bind_addr(&self) -> SocketAddr {
        self.bind
    }

    /// The keys to accept: the configured ones, or the demo pair, in the shared store if one
    /// was given.
    pub(crate) fn effective_credentials(&self) -> KeyStore {
        let store = self.key_store.clone().unwrap_or_default();
        if self.credentials.is_empty() {
            store.insert(Credentials::new(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET));
        } else {
            for credentials in &self.credentials {
                store.insert(credentials.clone());
            }
        }
        store
    }

    /// Checks the settings that can be out of range.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        if !(0.0..=MAX_SPEED).contains(&self.speed) {
            return Err(Error::InvalidConfig(format!(
                "speed must be from 0 to {MAX_SPEED}, got {}",
                self.speed
            )));
        }
        if self.task_concurrency == 0 {
            return Err(Error::InvalidConfig(
                "task_concurrency must be at least 1".to_owned(),
            ));
        }
        self.faults.validate()
    }
}
