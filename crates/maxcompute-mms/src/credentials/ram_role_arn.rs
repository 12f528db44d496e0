//! RamRoleArn: a RAM role assumed through STS `AssumeRole`, from any source credentials.

use std::{fmt, sync::Arc, time::Duration};

use futures::future::BoxFuture;

use super::{
    error::invalid_setting,
    refresh::{ExpiringCredentials, FetchCredentials, RefreshingCache},
    sts::{self, AssumeRole, StsClient, StsLocation},
    system_clock,
    variables::ROLE_ARN,
    Clock, Credentials, CredentialsError, Environment, ProvideCredentials,
};
use crate::exchange::Secrets;

/// Credentials of a RAM role, assumed through STS `AssumeRole` with the credentials of another
/// provider (static keys, the environment, an ECS role, another assumed role: a source with a
/// security token sends it). The request is signed with RPC v1 HMAC-SHA1; the source is asked
/// again at every refresh, so a refreshing source works.
///
/// ```no_run
/// use std::{sync::Arc, time::Duration};
/// use maxcompute_mms::credentials::{
///     Credentials, ProvideCredentials, RamRoleArnCredentials, StaticCredentials,
/// };
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> Result<(), maxcompute_mms::CredentialsError> {
/// let source = Arc::new(StaticCredentials::new(Credentials::new("LTAI-id", "secret")));
/// let role = RamRoleArnCredentials::builder(source)
///     .role_arn("acs:ram::1234567890123456:role/mms-migration")
///     .role_session_name("nightly-migration")
///     .duration(Duration::from_secs(3600))
///     .sts_region("cn-hangzhou")
///     .build()?;
/// assert_eq!(role.name(), "ram_role_arn/static_ak");
/// let credentials = role.provide().await?;
/// # Ok(()) }
/// ```
pub struct RamRoleArnCredentials {
    fetcher: Fetcher,
    cache: RefreshingCache,
}

impl fmt::Debug for RamRoleArnCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RamRoleArnCredentials")
            .field("source", &self.fetcher.source.name())
            .field("assume", &self.fetcher.assume)
            .field("endpoint", &self.fetcher.sts.origin())
            .field("cache", &self.cache)
            .finish()
    }
}

struct Fetcher {
    source: Arc<dyn ProvideCredentials>,
    assume: AssumeRole,
    sts: StsClient,
    clock: Clock,
}

/// The provider name of RamRoleArn.
pub(crate) const NAME: &str = "ram_role_arn";

impl FetchCredentials for Fetcher {
    fn fetch(&self) -> BoxFuture<'_, Result<ExpiringCredentials, CredentialsError>> {
        Box::pin(async move {
            let source = self.source.provide().await.map_err(|e| match e {
                // The role is configured, so its source missing is an error, not a reason to
                // try another provider.
                CredentialsError::Unavailable { provider, reason } => {
                    invalid_setting(NAME, "source credentials", format!("{provider}: {reason}"))
                }
                other => other,
            })?;
            let mut secrets = Secrets::default();
            secrets.add(source.access_key_secret());
            if let Some(token) = source.security_token() {
                secrets.add(token);
            }
            let request = self.assume.request(&source, (self.clock)(), &sts::nonce());
            self.sts.call(request, NAME, &secrets).await
        })
    }
}

impl RamRoleArnCredentials {
    /// Starts configuring a role assumed with the credentials of `source`.
    pub fn builder(source: Arc<dyn ProvideCredentials>) -> RamRoleArnCredentialsBuilder {
        RamRoleArnCredentialsBuilder {
            source,
            env: Environment::process(),
            role_arn: None,
            session_name: None,
            duration: sts::DEFAULT_DURATION,
            policy: None,
            external_id: None,
            location: StsLocation::default(),
            clock: None,
        }
    }
}

impl ProvideCredentials for RamRoleArnCredentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.cache.get(&self.fetcher))
    }

    /// `ram_role_arn/<source>`, e.g. `ram_role_arn/static_ak`.
    fn name(&self) -> String {
        format!("{NAME}/{}", self.fetcher.source.name())
    }
}

/// Configures a [`RamRoleArnCredentials`]; unset values come from the environment as the
/// official libraries read them.
pub struct RamRoleArnCredentialsBuilder {
    source: Arc<dyn ProvideCredentials>,
    env: Environment,
    role_arn: Option<String>,
    session_name: Option<String>,
    duration: Duration,
    policy: Option<String>,
    external_id: Option<String>,
    location: StsLocation,
    clock: Option<Clock>,
}

impl fmt::Debug for RamRoleArnCredentialsBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RamRoleArnCredentialsBuilder")
            .field("source", &self.source.name())
            .field("role_arn", &self.role_arn)
            .field("duration", &self.duration)
            .finish_non_exhaustive()
    }
}

impl RamRoleArnCredentialsBuilder {
    /// The role to assume, `acs:ram::<account>:role/<name>` (default `ALIBABA_CLOUD_ROLE_ARN`).
    pub fn role_arn(mut self, arn: impl Into<String>) -> Self {
        self.role_arn = Some(arn.into());
        self
    }

    /// The role session name, 2 to 64 characters of `A-Z a-z 0-9 . @ - _` (default
    /// `ALIBABA_CLOUD_ROLE_SESSION_NAME`, else `maxcompute-mms-<unix seconds>`).
    pub fn role_session_name(mut self, name: impl Into<String>) -> Self {
        self.session_name = Some(name.into());
        self
    }

    /// How long the assumed credentials live (default 1 hour); under 900 s is refused. The
    /// maximum is the role's own setting (at most 12 hours), checked by STS.
    pub fn duration(mut self, duration: Duration) -> Self {
        self.duration = duration;
        self
    }

    /// An inline policy (JSON) further restricting the session.
    pub fn policy(mut self, policy: impl Into<String>) -> Self {
        self.policy = Some(policy.into());
        self
    }

    /// The external id the role's trust policy asks for.
    pub fn external_id(mut self, id: impl Into<String>) -> Self {
        self.external_id = Some(id.into());
        self
    }

    /// The STS region: `sts.<region>.aliyuncs.com` (default `ALIBABA_CLOUD_STS_REGION`, else
    /// the global `sts.aliyuncs.com`).
    pub fn sts_region(mut self, region: impl Into<String>) -> Self {
        self.location.region = Some(region.into());
        self
    }

    /// With a region, use its VPC endpoint `sts-vpc.<region>.aliyuncs.com` (default
    /// `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`).
    pub fn vpc(mut self, vpc: bool) -> Self {
        self.location.vpc = Some(vpc);
        self
    }

    /// Where STS requests go, whatever the region says: a host (HTTPS) or a URL with scheme and
    /// port (default `MMS_STS_ENDPOINT`). For tests and proxies.
    pub fn sts_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.location.endpoint = Some(endpoint.into());
        self
    }

    /// Reads defaults from `env` instead of the process environment.
    pub fn environment(mut self, env: Environment) -> Self {
        self.env = env;
        self
    }

    /// The clock expiry is judged by (the system clock by default); for tests.
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = Some(clock);
        self
    }

    /// Checks the settings (role ARN, session name, duration, endpoint); nothing is sent yet.
    pub fn build(self) -> Result<RamRoleArnCredentials, CredentialsError> {
        let clock = self.clock.unwrap_or_else(system_clock);
        let role_arn = self
            .role_arn
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
            .or_else(|| self.env.var(ROLE_ARN))
            .ok_or_else(|| {
                invalid_setting(
                    NAME,
                    "role ARN",
                    format!("none given; set the role ARN or {ROLE_ARN}"),
                )
            })?;
        sts::check_role_arn(&role_arn, NAME)?;
        let session_name =
            sts::session_name(self.session_name.as_deref(), &self.env, clock(), NAME)?;
        let duration_seconds = sts::check_duration(self.duration, NAME)?;
        let sts = StsClient::new(&self.location, &self.env, NAME)?;
        Ok(RamRoleArnCredentials {
            fetcher: Fetcher {
                source: self.source,
                assume: AssumeRole {
                    role_arn,
                    session_name,
                    duration_seconds,
                    policy: self.policy,
                    external_id: self.external_id,
                },
                sts,
                clock: clock.clone(),
            },
            cache: RefreshingCache::new(NAME, clock),
        })
    }
}
