//! The default order of credential sources.

use std::sync::{Arc, Mutex};

use super::{
    CliProfileCredentials, Credentials, CredentialsError, Environment, EnvironmentCredentials,
    IniFileCredentials, ProvideCredentials,
};

/// Tries sources in order and keeps the first credentials found: the official SDK's order of
/// environment, CLI profile file, INI file. The credentials are read once and reused.
///
/// ```
/// use maxcompute_mms::credentials::{CredentialsChain, Environment, ProvideCredentials};
/// let env = Environment::from_vars([
///     ("ALIBABA_CLOUD_ACCESS_KEY_ID", "id"),
///     ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret"),
/// ]);
/// let chain = CredentialsChain::default_chain(env);
/// assert_eq!(chain.provide().unwrap().unwrap().access_key_id(), "id");
/// ```
#[derive(Debug)]
pub struct CredentialsChain {
    sources: Vec<Arc<dyn ProvideCredentials>>,
    cached: Mutex<Option<Credentials>>,
}

impl CredentialsChain {
    /// A chain of the given sources, tried in order.
    pub fn new(sources: Vec<Arc<dyn ProvideCredentials>>) -> CredentialsChain {
        CredentialsChain {
            sources,
            cached: Mutex::new(None),
        }
    }

    /// Environment, then `~/.aliyun/config.json`, then `~/.alibabacloud/credentials.ini`.
    pub fn default_chain(env: Environment) -> CredentialsChain {
        CredentialsChain::new(vec![
            Arc::new(EnvironmentCredentials::new(env.clone())),
            Arc::new(CliProfileCredentials::new(env.clone())),
            Arc::new(IniFileCredentials::new(env)),
        ])
    }

    /// The default chain with `profile` chosen explicitly (as the CLI's `--profile` does): the
    /// environment's keys are still tried first, then that profile of each file.
    pub fn with_profile(env: Environment, profile: &str) -> CredentialsChain {
        CredentialsChain::new(vec![
            Arc::new(EnvironmentCredentials::new(env.clone())),
            Arc::new(CliProfileCredentials::new(env.clone()).with_profile(profile)),
            Arc::new(IniFileCredentials::new(env).with_profile(profile)),
        ])
    }
}

impl ProvideCredentials for CredentialsChain {
    fn provide(&self) -> Result<Option<Credentials>, CredentialsError> {
        if let Ok(cached) = self.cached.lock() {
            if let Some(credentials) = cached.as_ref() {
                return Ok(Some(credentials.clone()));
            }
        }
        for source in &self.sources {
            if let Some(credentials) = source.provide()? {
                if let Ok(mut cached) = self.cached.lock() {
                    *cached = Some(credentials.clone());
                }
                return Ok(Some(credentials));
            }
        }
        Ok(None)
    }

    fn name(&self) -> String {
        let names: Vec<String> = self.sources.iter().map(|s| s.name()).collect();
        names.join(", ")
    }
}

impl CredentialsChain {
    /// Like [`ProvideCredentials::provide`], but "nothing configured" is an error that lists
    /// every source tried.
    pub fn require(&self) -> Result<Credentials, CredentialsError> {
        self.provide()?.ok_or_else(|| CredentialsError::NotFound {
            tried: self.sources.iter().map(|s| s.name()).collect(),
        })
    }
}
