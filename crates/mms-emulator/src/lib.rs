#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod api_error;
mod config;
mod credentials_service;
mod error;
mod faults;
mod fixtures;
mod nonce;
mod progress;
mod server;
mod store;
mod verify;

pub use crate::api_error::{REQUEST_ID_HEADER, RETRY_AFTER_HEADER};
pub use crate::config::{
    EmulatorConfig, DEFAULT_CLOCK_SKEW, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET,
};
pub use crate::credentials_service::{
    start_metadata, start_sts, EmulatorClock, KeyStore, MetadataConfig, RunningMetadata,
    RunningSts, StsConfig, StsFault, DEFAULT_ECS_ROLE, STS_API_VERSION,
};
pub use crate::error::Error;
pub use crate::faults::FaultInjection;
pub use crate::progress::{JobProgress, Outcome, FAILED_JOB_STALLS_AT};
pub use crate::server::{start, RunningEmulator, GET_MMS_JOB_PATH};
pub use crate::store::{documented_example_job, EXAMPLE_JOB_ID, EXAMPLE_SOURCE_ID};

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
