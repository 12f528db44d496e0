//! Loopback test servers shared by the contract tests.
#![forbid(unsafe_code)]

mod raw_server;
mod recording_server;

pub use raw_server::{http_response, json_200, Behaviour, RawServer};
pub use recording_server::{CannedResponse, RecordedRequest, RecordingServer};

/// The documented example answer of GetMmsJob, as committed under `openapi/examples/`.
pub const DOCUMENTED_EXAMPLE: &str = include_str!("../../openapi/examples/GetMmsJob.200.json");
