//! Where credentials come from: static keys, the environment, the Alibaba Cloud CLI profile file
//! and the credentials INI file, tried in the official SDK's order by [`CredentialsChain`].

mod chain;
mod cli_profile;
mod environment;
mod ini_file;

use std::{fmt, path::PathBuf};

pub use acs_sign::Credentials;
pub use chain::CredentialsChain;
pub use cli_profile::CliProfileCredentials;
pub use environment::{Environment, EnvironmentCredentials};
pub use ini_file::IniFileCredentials;

/// A source of credentials.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// The credentials of this source: `Ok(None)` when the source is not configured at all (the
    /// chain then tries the next), an error when it is configured but unusable.
    fn provide(&self) -> Result<Option<Credentials>, CredentialsError>;

    /// A short name for messages: `environment`, `~/.aliyun/config.json`, …
    fn name(&self) -> String;
}

/// Fixed keys given in code.
///
/// ```
/// use maxcompute_mms::credentials::{Credentials, ProvideCredentials, StaticCredentials};
/// let source = StaticCredentials::new(Credentials::new("id", "secret"));
/// assert_eq!(source.provide().unwrap().unwrap().access_key_id(), "id");
/// ```
#[derive(Debug, Clone)]
pub struct StaticCredentials(Credentials);

impl StaticCredentials {
    /// Always provides `credentials`.
    pub fn new(credentials: Credentials) -> StaticCredentials {
        StaticCredentials(credentials)
    }
}

impl ProvideCredentials for StaticCredentials {
    fn provide(&self) -> Result<Option<Credentials>, CredentialsError> {
        Ok(Some(self.0.clone()))
    }

    fn name(&self) -> String {
        "static keys".to_string()
    }
}

/// Why no credentials could be had. Messages name the file, profile or variable at fault and
/// never a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CredentialsError {
    /// No source is configured.
    #[error("no credentials found; tried {}. Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure a profile with `aliyun configure`", tried.join(", "))]
    NotFound {
        /// What was looked at, and why each gave nothing.
        tried: Vec<String>,
    },
    /// An environment variable is set but unusable.
    #[error("environment variable {variable}: {problem}")]
    Environment {
        /// The variable.
        variable: String,
        /// What is wrong.
        problem: String,
    },
    /// A credentials file is present but unusable.
    #[error("{}{}: {problem}", path.display(), profile.as_ref().map(|p| format!(" (profile {p:?})")).unwrap_or_default())]
    File {
        /// The file.
        path: PathBuf,
        /// The profile or section, when the problem is within one.
        profile: Option<String>,
        /// What is wrong.
        problem: String,
    },
}

/// An error about `path` (and `profile` within it).
pub(crate) fn file_error(
    path: &std::path::Path,
    profile: Option<&str>,
    problem: String,
) -> CredentialsError {
    CredentialsError::File {
        path: path.to_path_buf(),
        profile: profile.map(str::to_string),
        problem,
    }
}
