//! What an emulator serves and how strict it is: [`EmulatorConfig`].

use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::time::Duration;

use acs_sign::Credentials;
use mms_api::types::Job;

use crate::credentials_service::KeyStore;
use crate::error::Error;
use crate::faults::FaultInjection;
use crate::fixtures;
use crate::nonce::DEFAULT_NONCE_CAPACITY;
use crate::progress::JobProgress;

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
/// injects no faults, refuses unsigned requests, and serves the documented example job (source
/// 2, job 10).
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

    /// Does not serve the documented example job (source 2, job 10); only configured jobs.
    #[must_use]
    pub fn without_documented_example(mut self) -> Self {
        self.documented_example = false;
        self
    }

    /// Adds the jobs of a fixtures file (format in the [crate docs](crate)).
    ///
    /// # Errors
    /// [`Error::Fixtures`] naming the file and, for a bad value, its JSON path.
    pub fn fixtures_file(mut self, path: impl AsRef<Path>) -> Result<Self, Error> {
        for fixture in fixtures::load(path.as_ref())? {
            self.jobs
                .push((fixture.source_id, fixture.job, fixture.progress));
        }
        Ok(self)
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
        self.faults.validate()
    }
}
