//! The default order of credential providers.

use std::{
    fmt,
    sync::{Arc, Mutex},
};

use futures::future::BoxFuture;

use super::{
    settings::Settings, CliProfileCredentials, Clock, Credentials, CredentialsError, Environment,
    EnvironmentCredentials, IniFileCredentials, ProvideCredentials,
};

/// Tries providers in order, the official libraries' order by default:
///
/// 1. the environment (`ALIBABA_CLOUD_ACCESS_KEY_ID`, …),
/// 2. OIDC (`ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN`,
///    `ALIBABA_CLOUD_OIDC_TOKEN_FILE`: RRSA in ACK),
/// 3. the CLI profile file `~/.aliyun/config.json`,
/// 4. the INI file `~/.alibabacloud/credentials.ini`,
/// 5. the ECS instance's RAM role (unless `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true`),
/// 6. a credentials URI (`ALIBABA_CLOUD_CREDENTIALS_URI`).
///
/// A provider that has nothing to give ([`CredentialsError::Unavailable`]: not configured, or
/// the ECS metadata service not reachable) passes to the next; the first to give credentials
/// is remembered, and later calls go to it alone (its own cache refreshes them). A provider
/// that is configured but broken (half an environment pair, a garbled file, STS refusing the
/// role) stops the chain with its error rather than silently switching to another identity.
/// When every provider passes, the error lists each one's reason.
///
/// ```
/// use maxcompute_mms::credentials::{CredentialsChain, Environment, ProvideCredentials};
/// # #[tokio::main(flavor = "current_thread")] async fn main() {
/// let env = Environment::from_vars([
///     ("ALIBABA_CLOUD_ACCESS_KEY_ID", "id"),
///     ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret"),
/// ]);
/// let chain = CredentialsChain::default_chain(env);
/// assert_eq!(chain.provide().await.unwrap().access_key_id(), "id");
/// assert_eq!(chain.active_provider().as_deref(), Some("environment"));
/// # }
/// ```
pub struct CredentialsChain {
    providers: Vec<Arc<dyn ProvideCredentials>>,
    /// The index of the provider that gave credentials.
    active: Mutex<Option<usize>>,
}

impl fmt::Debug for CredentialsChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsChain")
            .field("providers", &self.providers)
            .field("active", &self.active_provider())
            .finish()
    }
}

impl CredentialsChain {
    /// A chain of the given providers, tried in order.
    pub fn new(providers: Vec<Arc<dyn ProvideCredentials>>) -> CredentialsChain {
        CredentialsChain {
            providers,
            active: Mutex::new(None),
        }
    }

    /// The official order over `env`. Invalid settings (an `MMS_STS_ENDPOINT` that is not a
    /// URL, say) surface at the first call.
    pub fn default_chain(env: Environment) -> CredentialsChain {
        CredentialsChain::builder(env).build()
    }

    /// The default chain with `profile` chosen explicitly (as the CLI's `--profile` does): the
    /// environment is still tried first, then that profile of each file.
    pub fn with_profile(env: Environment, profile: &str) -> CredentialsChain {
        CredentialsChain::builder(env).profile(profile).build()
    }

    /// Configures the default chain: profile, STS and metadata endpoints, clock.
    pub fn builder(env: Environment) -> CredentialsChainBuilder {
        CredentialsChainBuilder {
            settings: Settings::new(env),
            profile: None,
        }
    }

    /// The name of the provider that gave credentials, once one has (never a secret).
    pub fn active_provider(&self) -> Option<String> {
        let index = (*self.active.lock().unwrap_or_else(|p| p.into_inner()))?;
        self.providers.get(index).map(|p| p.name())
    }

    async fn walk(&self) -> Result<Credentials, CredentialsError> {
        let mut tried = Vec::with_capacity(self.providers.len());
        for (index, provider) in self.providers.iter().enumerate() {
            match provider.provide().await {
                Ok(credentials) => {
                    *self.active.lock().unwrap_or_else(|p| p.into_inner()) = Some(index);
                    tracing::debug!(provider = %provider.name(), "credentials provider chosen");
                    return Ok(credentials);
                }
                Err(e) if e.is_unavailable() => {
                    tracing::debug!(provider = %provider.name(), reason = %e.reason(), "provider has no credentials");
                    tried.push(format!("{} ({})", provider.name(), e.reason()));
                }
                Err(e) => return Err(e),
            }
        }
        Err(CredentialsError::NotFound { tried })
    }
}

impl ProvideCredentials for CredentialsChain {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            let active = *self.active.lock().unwrap_or_else(|p| p.into_inner());
            match active.and_then(|i| self.providers.get(i)) {
                Some(provider) => provider.provide().await,
                None => self.walk().await,
            }
        })
    }

    /// `default/<provider in use>`, or `default` before the first success.
    fn name(&self) -> String {
        match self.active_provider() {
            Some(name) => format!("default/{name}"),
            None => "default".to_string(),
        }
    }
}

/// Configures the default [`CredentialsChain`].
#[derive(Debug, Clone)]
pub struct CredentialsChainBuilder {
    settings: Settings,
    profile: Option<String>,
}

impl CredentialsChainBuilder {
    /// The profile of the CLI file and the section of the INI file, whatever
    /// `ALIBABA_CLOUD_PROFILE` says.
    pub fn profile(mut self, profile: impl Into<String>) -> Self {
        self.profile = Some(profile.into());
        self
    }

    /// Where STS requests of every role provider go (default `MMS_STS_ENDPOINT`, else the
    /// region's endpoint): a host (HTTPS) or a URL with scheme and port.
    pub fn sts_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.settings.sts_endpoint = Some(endpoint.into());
        self
    }

    /// Where the ECS metadata service is (default `MMS_ECS_METADATA_ENDPOINT`, else
    /// `http://100.100.100.200`): a host (HTTP) or a URL with scheme and port.
    pub fn metadata_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.settings.metadata_endpoint = Some(endpoint.into());
        self
    }

    /// The clock expiry is judged by (the system clock by default); for tests.
    pub fn clock(mut self, clock: Clock) -> Self {
        self.settings.clock = Some(clock);
        self
    }

    /// The chain, in the official order.
    pub fn build(self) -> CredentialsChain {
        let settings = self.settings;
        let mut cli = CliProfileCredentials::with_settings(settings.clone());
        let mut ini = IniFileCredentials::with_settings(settings.clone());
        if let Some(profile) = &self.profile {
            cli = cli.with_profile(profile.clone());
            ini = ini.with_profile(profile.clone());
        }
        CredentialsChain::new(vec![
            Arc::new(EnvironmentCredentials::new(settings.env.clone())),
            built(settings.oidc().build(), "oidc_role_arn"),
            Arc::new(cli),
            Arc::new(ini),
            built(settings.ecs().build(), "ecs_ram_role"),
            built(settings.uri().build(), "credential_uri"),
        ])
    }
}

/// A provider, or one that reports why it could not be built at every call.
fn built<P: ProvideCredentials + 'static>(
    provider: Result<P, CredentialsError>,
    name: &'static str,
) -> Arc<dyn ProvideCredentials> {
    match provider {
        Ok(provider) => Arc::new(provider),
        Err(error) => Arc::new(Broken { name, error }),
    }
}

/// A provider whose settings are invalid: every call fails with why.
#[derive(Debug)]
struct Broken {
    name: &'static str,
    error: CredentialsError,
}

impl ProvideCredentials for Broken {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let error = self.error.clone();
        Box::pin(async move { Err(error) })
    }

    fn name(&self) -> String {
        self.name.to_string()
    }
}
