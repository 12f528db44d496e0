//! Where credentials come from: static keys, the environment, an OIDC token (ACK RRSA), the
//! Alibaba Cloud CLI's profile file, the credentials INI file, the ECS instance's RAM role and a
//! credentials URI — tried in the official libraries' order by [`CredentialsChain`] — and any
//! RAM role assumed through STS ([`RamRoleArnCredentials`]).
//!
//! Every provider is asynchronous (fetching credentials is network I/O that must not block the
//! runtime), and every expiring credential is refreshed ahead of its expiry by a third of its
//! lifetime, at most 15 minutes; one refresh runs at a time however many requests wait; while a
//! refresh fails, still-valid credentials are used and the refresh retried with backoff;
//! expired credentials are never handed out.

mod chain;
mod cli_profile;
mod ecs_ram_role;
mod environment;
mod error;
mod http;
mod ini_file;
mod oidc;
mod ram_role_arn;
mod refresh;
mod settings;
mod sts;
mod uri;
pub mod variables;

use std::{fmt, sync::Arc, time::SystemTime};

pub use acs_sign::Credentials;
pub use chain::{CredentialsChain, CredentialsChainBuilder};
pub use cli_profile::CliProfileCredentials;
pub use ecs_ram_role::{EcsRamRoleCredentials, EcsRamRoleCredentialsBuilder};
pub use environment::{Environment, EnvironmentCredentials};
pub use error::CredentialsError;
pub use futures::future::BoxFuture;
pub use ini_file::IniFileCredentials;
pub use oidc::{OidcRoleArnCredentials, OidcRoleArnCredentialsBuilder};
pub use ram_role_arn::{RamRoleArnCredentials, RamRoleArnCredentialsBuilder};
pub use uri::{CredentialsUriCredentials, CredentialsUriCredentialsBuilder};

/// The source of "now" for expiry and refresh decisions: the system clock unless a test moves
/// time by hand.
pub type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// The system clock.
pub(crate) fn system_clock() -> Clock {
    Arc::new(SystemTime::now)
}

/// A source of credentials.
///
/// [`provide`](Self::provide) is asynchronous: a provider may ask a service (STS, the ECS
/// metadata service) and must never block the runtime while it does.
///
/// ```
/// use maxcompute_mms::credentials::{Credentials, ProvideCredentials, StaticCredentials};
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let source = StaticCredentials::new(Credentials::new("id", "secret"));
/// assert_eq!(source.provide().await.unwrap().access_key_id(), "id");
/// assert_eq!(source.name(), "static_ak");
/// # }
/// ```
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Credentials to sign a request with, valid now. A provider that has nothing to give
    /// (not configured here) answers [`CredentialsError::Unavailable`], which lets a chain try
    /// its next provider; any other error stops the chain.
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>>;

    /// A short name for messages and `-v` output, never a secret: `environment`,
    /// `ecs_ram_role`, `cli_profile/ram_role_arn/static_ak`, …
    fn name(&self) -> String;
}

/// Fixed keys given in code.
#[derive(Debug, Clone)]
pub struct StaticCredentials(Credentials);

impl StaticCredentials {
    /// Always provides `credentials`.
    pub fn new(credentials: Credentials) -> StaticCredentials {
        StaticCredentials(credentials)
    }
}

impl ProvideCredentials for StaticCredentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let credentials = self.0.clone();
        Box::pin(async move { Ok(credentials) })
    }

    /// `static_ak`, or `static_sts` for keys with a security token.
    fn name(&self) -> String {
        if self.0.security_token().is_some() {
            "static_sts".to_string()
        } else {
            "static_ak".to_string()
        }
    }
}
