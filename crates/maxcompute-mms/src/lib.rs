#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod client;
pub mod credentials;
mod endpoint;
mod error;
mod exchange;
mod raw;
mod request_checks;
mod retry;
mod signer;
mod waiter;

pub use acs_sign::SignatureAlgorithm;
pub use client::{Client, ClientBuilder, DEFAULT_MAX_RESPONSE_BYTES};
pub use credentials::{Credentials, CredentialsError};
pub use endpoint::{Endpoint, KNOWN_REGIONS};
pub use error::{Error, ServiceError};
pub use mms_api::types::{Job, JobConfig};
pub use mms_api::{
    types, Answer, AsyncTaskStatus, AsyncTaskType, ConfigItemType, DataSourceStatus,
    DataSourceType, Items, JobStatus, JobType, MigrationStatus, Operations, Page, Pages,
    PagingError, Request, Route, ScanStatus, ScheduleType, TaskStatus, TaskType,
};
pub use raw::{RawAnswer, RawRequest};
pub use waiter::{
    async_task_verdict, job_verdict, scan_verdict, Backoff, Clock as WaitClock, ExponentialBackoff,
    FixedInterval, JobOutcome, Snapshot, TokioClock, Verdict, WaitEvent, WaitEvents, WaitOutcome,
    Waiter,
};

/// What most programs import: the client and the trait that gives it a method per operation.
///
/// ```
/// use maxcompute_mms::prelude::*;
/// ```
pub mod prelude {
    pub use crate::{Client, Error, Operations};
    pub use futures::{StreamExt, TryStreamExt};
}
pub use retry::RetryPolicy;

/// Not part of the API, and not covered by semver: a door for the benchmarks (`benches/` and the
/// `mms-bench` crate) to time the client-side work of one request without a network.
#[doc(hidden)]
pub mod bench_support {
    use std::{sync::Arc, time::SystemTime};

    use crate::{credentials::StaticCredentials, Credentials, SignatureAlgorithm};

    /// The request hooks a [`Client`](crate::Client) built with these settings runs around every
    /// request: [`prepare`](mms_api::RequestHooks::prepare) adds the protocol headers and the
    /// signature exactly as a real call does. Signed with the system clock.
    pub fn signing_hooks(
        credentials: Credentials,
        algorithm: SignatureAlgorithm,
        host: &str,
        user_agent: &str,
    ) -> Arc<dyn mms_api::RequestHooks> {
        Arc::new(crate::signer::SigningHooks::new(
            Arc::new(StaticCredentials::new(credentials)),
            algorithm,
            host.to_string(),
            user_agent,
            Arc::new(SystemTime::now),
            crate::DEFAULT_MAX_RESPONSE_BYTES,
        ))
    }
}
