#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod client;
pub mod credentials;
mod endpoint;
mod error;
mod exchange;
mod retry;
mod signer;

pub use acs_sign::SignatureAlgorithm;
pub use client::{Client, ClientBuilder, JobAnswer, DEFAULT_MAX_RESPONSE_BYTES};
pub use credentials::{Credentials, CredentialsError};
pub use endpoint::{Endpoint, KNOWN_REGIONS};
pub use error::{Error, ServiceError};
pub use mms_api::{
    types::{Job, JobConfig},
    JobStatus, JobType, TaskType,
};
pub use retry::RetryPolicy;
