//! The one error type of this crate: what can go wrong when configuring or starting an emulator.

use std::net::SocketAddr;
use std::path::PathBuf;

/// Why an emulator could not be configured or started.
///
/// Answers the emulator sends to clients (signature errors, unknown jobs, injected faults) are not
/// errors of this type: they are HTTP answers.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A fixtures file could not be read or does not describe jobs as expected.
    #[error("fixtures file {}: {problem}", path.display())]
    Fixtures {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the JSON path of the offending value where there is one.
        problem: String,
    },

    /// The state file could not be read, or is not a state of this emulator.
    #[error("state file {}: {problem}", path.display())]
    State {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        problem: String,
    },

    /// A setting is out of range.
    #[error("invalid emulator setting: {0}")]
    InvalidConfig(String),

    /// The listening socket could not be opened.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// What the operating system said.
        source: std::io::Error,
    },

    /// The server failed while running.
    #[error("emulator server failed: {0}")]
    Serve(#[source] std::io::Error),
}
