#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod async_tasks;
mod catalog;
mod clock;
mod config;
mod credentials_service;
mod datasources;
mod demo;
mod error;
mod faults;
mod fixtures;
mod http;
mod jobs;
mod nonce;
mod progress;
mod routes;
mod scans;
mod seed;
mod server;
mod state;
mod timers;
mod verify;

pub use crate::config::{
    EmulatorConfig, DEFAULT_CLOCK_SKEW, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET, MAX_SPEED,
};
pub use crate::credentials_service::{
    start_metadata, start_sts, EmulatorClock, KeyStore, MetadataConfig, RunningMetadata,
    RunningSts, StsConfig, StsFault, DEFAULT_ECS_ROLE, STS_API_VERSION,
};
pub use crate::demo::{documented_example_job, EXAMPLE_JOB_ID, EXAMPLE_SOURCE_ID};
pub use crate::error::Error;
pub use crate::faults::FaultInjection;
pub use crate::http::api_error::{REQUEST_ID_HEADER, RETRY_AFTER_HEADER};
pub use crate::jobs::failures::{FailurePhase, PlannedFailure};
pub use crate::progress::{JobProgress, Outcome, FAILED_JOB_STALLS_AT};
pub use crate::routes::{operations, Operation};
pub use crate::server::{start, RunningEmulator, GET_MMS_JOB_PATH};

/// The emulator, as a name to start it by: `Emulator::start(config)` is [`start`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Emulator;

impl Emulator {
    /// Starts an emulator; the same as [`start`].
    ///
    /// # Errors
    /// See [`start`].
    pub async fn start(config: EmulatorConfig) -> Result<RunningEmulator, Error> {
        start(config).await
    }
}
