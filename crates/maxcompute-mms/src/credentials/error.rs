//! Why no credentials could be had.

use std::path::{Path, PathBuf};

/// Why no credentials could be had. Messages name the provider, file, profile, variable or
/// endpoint at fault and never a secret: no AccessKey secret, security token or OIDC token, and
/// no request URL (whose query may carry a token).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CredentialsError {
    /// No provider of a chain had credentials; one entry per provider, with its reason.
    #[error("no credentials found; tried: {}. Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure a profile with `aliyun configure`", tried.join("; "))]
    NotFound {
        /// `provider: reason`, in the order tried.
        tried: Vec<String>,
    },
    /// This provider has nothing to give here: it is not configured, or (the ECS metadata
    /// service) cannot be reached. A chain goes on to its next provider.
    #[error("{provider}: {reason}")]
    Unavailable {
        /// The provider's name (`environment`, `ecs_ram_role`, …).
        provider: String,
        /// Why, naming what to set.
        reason: String,
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
    /// A provider setting is invalid (a duration under 900 s, a malformed endpoint, a missing
    /// role ARN); nothing was sent.
    #[error("{provider}: invalid {setting}: {problem}")]
    InvalidSetting {
        /// The provider's name.
        provider: String,
        /// Which setting.
        setting: String,
        /// What is wrong with it.
        problem: String,
    },
    /// A credentials service (STS, the ECS metadata service, a credentials URI) could not be
    /// reached, refused, or answered something unusable.
    #[error("{provider}: {endpoint}: {problem}")]
    Service {
        /// The provider's name.
        provider: String,
        /// The service's URL without path or query, e.g. `https://sts.aliyuncs.com`.
        endpoint: String,
        /// HTTP status of the answer, if one came.
        status: Option<u16>,
        /// What went wrong (a server's message has every secret of the request cut out).
        problem: String,
    },
    /// Credentials expired and could not be refreshed; nothing is sent with expired credentials.
    #[error(
        "{provider}: the credentials expired at {expired_at} and could not be refreshed: {problem}"
    )]
    Expired {
        /// The provider's name.
        provider: String,
        /// When they expired, `YYYY-MM-DDTHH:MM:SSZ`.
        expired_at: String,
        /// Why the last refresh failed.
        problem: String,
    },
}

impl CredentialsError {
    /// Whether a chain should try its next provider: only when this one has nothing to give
    /// ([`CredentialsError::Unavailable`]). A provider that is configured but broken stops the
    /// chain, so that a typo never silently switches to another identity.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, CredentialsError::Unavailable { .. })
    }

    /// A short reason for the list of a chain's [`CredentialsError::NotFound`].
    pub(crate) fn reason(&self) -> String {
        match self {
            CredentialsError::Unavailable { reason, .. } => reason.clone(),
            other => other.to_string(),
        }
    }
}

/// An error about `path` (and `profile` within it).
pub(crate) fn file_error(path: &Path, profile: Option<&str>, problem: String) -> CredentialsError {
    CredentialsError::File {
        path: path.to_path_buf(),
        profile: profile.map(str::to_string),
        problem,
    }
}

/// `provider` has nothing to give, because of `reason`.
pub(crate) fn unavailable(provider: &str, reason: impl Into<String>) -> CredentialsError {
    CredentialsError::Unavailable {
        provider: provider.to_string(),
        reason: reason.into(),
    }
}

/// `setting` of `provider` is invalid.
pub(crate) fn invalid_setting(
    provider: &str,
    setting: &str,
    problem: impl Into<String>,
) -> CredentialsError {
    CredentialsError::InvalidSetting {
        provider: provider.to_string(),
        setting: setting.to_string(),
        problem: problem.into(),
    }
}
