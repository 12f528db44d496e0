//! What a chain hands down to the providers it builds: the environment, the clock and the
//! endpoint overrides, applied the same way to every builder.

use std::{fmt, sync::Arc};

use super::{
    Clock, CredentialsUriCredentials, CredentialsUriCredentialsBuilder, EcsRamRoleCredentials,
    EcsRamRoleCredentialsBuilder, Environment, OidcRoleArnCredentials,
    OidcRoleArnCredentialsBuilder, ProvideCredentials, RamRoleArnCredentials,
    RamRoleArnCredentialsBuilder,
};

#[derive(Clone)]
pub(crate) struct Settings {
    pub(crate) env: Environment,
    pub(crate) clock: Option<Clock>,
    pub(crate) sts_endpoint: Option<String>,
    pub(crate) metadata_endpoint: Option<String>,
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("sts_endpoint", &self.sts_endpoint)
            .field("metadata_endpoint", &self.metadata_endpoint)
            .finish_non_exhaustive()
    }
}

impl Settings {
    pub(crate) fn new(env: Environment) -> Settings {
        Settings {
            env,
            clock: None,
            sts_endpoint: None,
            metadata_endpoint: None,
        }
    }

    pub(crate) fn ram_role_arn(
        &self,
        source: Arc<dyn ProvideCredentials>,
    ) -> RamRoleArnCredentialsBuilder {
        let mut builder = RamRoleArnCredentials::builder(source).environment(self.env.clone());
        if let Some(clock) = &self.clock {
            builder = builder.clock(clock.clone());
        }
        if let Some(endpoint) = &self.sts_endpoint {
            builder = builder.sts_endpoint(endpoint.clone());
        }
        builder
    }

    pub(crate) fn oidc(&self) -> OidcRoleArnCredentialsBuilder {
        let mut builder = OidcRoleArnCredentials::builder().environment(self.env.clone());
        if let Some(clock) = &self.clock {
            builder = builder.clock(clock.clone());
        }
        if let Some(endpoint) = &self.sts_endpoint {
            builder = builder.sts_endpoint(endpoint.clone());
        }
        builder
    }

    pub(crate) fn ecs(&self) -> EcsRamRoleCredentialsBuilder {
        let mut builder = EcsRamRoleCredentials::builder().environment(self.env.clone());
        if let Some(clock) = &self.clock {
            builder = builder.clock(clock.clone());
        }
        if let Some(endpoint) = &self.metadata_endpoint {
            builder = builder.metadata_endpoint(endpoint.clone());
        }
        builder
    }

    pub(crate) fn uri(&self) -> CredentialsUriCredentialsBuilder {
        let mut builder = CredentialsUriCredentials::builder().environment(self.env.clone());
        if let Some(clock) = &self.clock {
            builder = builder.clock(clock.clone());
        }
        builder
    }
}

/// The role settings a profile (CLI config file or INI section) can carry.
#[derive(Debug, Default)]
pub(crate) struct ProfileRole {
    pub(crate) role_arn: Option<String>,
    pub(crate) session_name: Option<String>,
    /// `None` or 0: the default of one hour.
    pub(crate) duration_seconds: Option<u64>,
    pub(crate) sts_region: Option<String>,
    pub(crate) vpc: Option<bool>,
    pub(crate) policy: Option<String>,
    pub(crate) external_id: Option<String>,
}

fn some(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

impl ProfileRole {
    pub(crate) fn apply(
        &self,
        mut builder: RamRoleArnCredentialsBuilder,
    ) -> RamRoleArnCredentialsBuilder {
        if let Some(arn) = some(&self.role_arn) {
            builder = builder.role_arn(arn);
        }
        if let Some(name) = some(&self.session_name) {
            builder = builder.role_session_name(name);
        }
        if let Some(seconds) = self.duration_seconds.filter(|s| *s != 0) {
            builder = builder.duration(std::time::Duration::from_secs(seconds));
        }
        if let Some(region) = some(&self.sts_region) {
            builder = builder.sts_region(region);
        }
        if let Some(vpc) = self.vpc {
            builder = builder.vpc(vpc);
        }
        if let Some(policy) = some(&self.policy) {
            builder = builder.policy(policy);
        }
        if let Some(id) = some(&self.external_id) {
            builder = builder.external_id(id);
        }
        builder
    }

    pub(crate) fn apply_oidc(
        &self,
        mut builder: OidcRoleArnCredentialsBuilder,
    ) -> OidcRoleArnCredentialsBuilder {
        if let Some(arn) = some(&self.role_arn) {
            builder = builder.role_arn(arn);
        }
        if let Some(name) = some(&self.session_name) {
            builder = builder.role_session_name(name);
        }
        if let Some(seconds) = self.duration_seconds.filter(|s| *s != 0) {
            builder = builder.duration(std::time::Duration::from_secs(seconds));
        }
        if let Some(region) = some(&self.sts_region) {
            builder = builder.sts_region(region);
        }
        if let Some(vpc) = self.vpc {
            builder = builder.vpc(vpc);
        }
        if let Some(policy) = some(&self.policy) {
            builder = builder.policy(policy);
        }
        builder
    }
}
