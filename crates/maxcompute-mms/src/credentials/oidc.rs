//! OIDC role ARN: STS `AssumeRoleWithOIDC` with a token file — RRSA in ACK (Kubernetes) pods.

use std::{fmt, path::PathBuf, time::Duration};

use futures::future::BoxFuture;

use super::{
    error::{invalid_setting, unavailable},
    refresh::{ExpiringCredentials, FetchCredentials, RefreshingCache},
    sts::{self, AssumeRoleWithOidc, StsClient, StsLocation},
    system_clock,
    variables::{OIDC_PROVIDER_ARN, OIDC_TOKEN_FILE, ROLE_ARN},
    Clock, Credentials, CredentialsError, Environment, ProvideCredentials,
};
use crate::exchange::Secrets;

/// The provider name of OIDC role ARN.
pub(crate) const NAME: &str = "oidc_role_arn";

/// Credentials of a RAM role assumed with an OIDC token, through STS `AssumeRoleWithOIDC`. In
/// an ACK cluster with RRSA, the pod's environment names everything:
/// `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` and
/// `ALIBABA_CLOUD_OIDC_TOKEN_FILE` (the projected service account token, which Kubernetes
/// rotates). The token file is read again at every refresh. The request is not signed: the
/// token is the proof.
///
/// ```no_run
/// use maxcompute_mms::credentials::{OidcRoleArnCredentials, ProvideCredentials};
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> Result<(), maxcompute_mms::CredentialsError> {
/// // Everything from the pod's environment (RRSA):
/// let rrsa = OidcRoleArnCredentials::builder().build()?;
/// let credentials = rrsa.provide().await?;
/// # Ok(()) }
/// ```
pub struct OidcRoleArnCredentials {
    fetcher: Option<Fetcher>,
    /// Why there is no fetcher: not configured (in a chain, the next provider is tried).
    missing: String,
    cache: RefreshingCache,
}

impl fmt::Debug for OidcRoleArnCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("OidcRoleArnCredentials");
        if let Some(fetcher) = &self.fetcher {
            d.field("role_arn", &fetcher.assume.role_arn)
                .field("provider_arn", &fetcher.assume.provider_arn)
                .field("token_file", &fetcher.token_file)
                .field("endpoint", &fetcher.sts.origin());
        } else {
            d.field("missing", &self.missing);
        }
        d.field("cache", &self.cache).finish()
    }
}

struct Fetcher {
    assume: AssumeRoleWithOidc,
    token_file: PathBuf,
    sts: StsClient,
    clock: Clock,
}

/// The token as read from the file: verbatim but for one trailing line break (Kubernetes writes
/// none; an editor often adds one).
fn token_of(text: &str) -> &str {
    let text = text.strip_suffix('\n').unwrap_or(text);
    text.strip_suffix('\r').unwrap_or(text)
}

impl FetchCredentials for Fetcher {
    fn fetch(&self) -> BoxFuture<'_, Result<ExpiringCredentials, CredentialsError>> {
        Box::pin(async move {
            let text = tokio::fs::read_to_string(&self.token_file)
                .await
                .map_err(|e| {
                    invalid_setting(
                        NAME,
                        "OIDC token file",
                        format!("cannot read {}: {e}", self.token_file.display()),
                    )
                })?;
            let token = token_of(&text);
            if token.trim().is_empty() {
                return Err(invalid_setting(
                    NAME,
                    "OIDC token file",
                    format!("{} is empty", self.token_file.display()),
                ));
            }
            let mut secrets = Secrets::default();
            secrets.add(token);
            let request = self.assume.request(token, (self.clock)());
            self.sts.call(request, NAME, &secrets).await
        })
    }
}

impl OidcRoleArnCredentials {
    /// Starts configuring; unset values come from the environment.
    pub fn builder() -> OidcRoleArnCredentialsBuilder {
        OidcRoleArnCredentialsBuilder {
            env: Environment::process(),
            role_arn: None,
            provider_arn: None,
            token_file: None,
            session_name: None,
            duration: sts::DEFAULT_DURATION,
            policy: None,
            location: StsLocation::default(),
            clock: None,
        }
    }
}

impl ProvideCredentials for OidcRoleArnCredentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            match &self.fetcher {
                Some(fetcher) => self.cache.get(fetcher).await,
                None => Err(unavailable(NAME, self.missing.clone())),
            }
        })
    }

    fn name(&self) -> String {
        NAME.to_string()
    }
}

/// Configures an [`OidcRoleArnCredentials`].
#[derive(Clone)]
pub struct OidcRoleArnCredentialsBuilder {
    env: Environment,
    role_arn: Option<String>,
    provider_arn: Option<String>,
    token_file: Option<PathBuf>,
    session_name: Option<String>,
    duration: Duration,
    policy: Option<String>,
    location: StsLocation,
    clock: Option<Clock>,
}

impl fmt::Debug for OidcRoleArnCredentialsBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OidcRoleArnCredentialsBuilder")
            .field("role_arn", &self.role_arn)
            .field("provider_arn", &self.provider_arn)
            .field("token_file", &self.token_file)
            .finish_non_exhaustive()
    }
}

impl OidcRoleArnCredentialsBuilder {
    /// The role to assume (default `ALIBABA_CLOUD_ROLE_ARN`).
    pub fn role_arn(mut self, arn: impl Into<String>) -> Self {
        self.role_arn = Some(arn.into());
        self
    }

    /// The OIDC identity provider, `acs:ram::<account>:oidc-provider/<name>` (default
    /// `ALIBABA_CLOUD_OIDC_PROVIDER_ARN`).
    pub fn oidc_provider_arn(mut self, arn: impl Into<String>) -> Self {
        self.provider_arn = Some(arn.into());
        self
    }

    /// The file holding the OIDC token (default `ALIBABA_CLOUD_OIDC_TOKEN_FILE`).
    pub fn oidc_token_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.token_file = Some(path.into());
        self
    }

    /// The role session name (default `ALIBABA_CLOUD_ROLE_SESSION_NAME`, else
    /// `maxcompute-mms-<unix seconds>`).
    pub fn role_session_name(mut self, name: impl Into<String>) -> Self {
        self.session_name = Some(name.into());
        self
    }

    /// How long the credentials live (default 1 hour); under 900 s is refused.
    pub fn duration(mut self, duration: Duration) -> Self {
        self.duration = duration;
        self
    }

    /// An inline policy (JSON) further restricting the session.
    pub fn policy(mut self, policy: impl Into<String>) -> Self {
        self.policy = Some(policy.into());
        self
    }

    /// The STS region (default `ALIBABA_CLOUD_STS_REGION`, else the global endpoint).
    pub fn sts_region(mut self, region: impl Into<String>) -> Self {
        self.location.region = Some(region.into());
        self
    }

    /// With a region, use its VPC endpoint (default `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`).
    pub fn vpc(mut self, vpc: bool) -> Self {
        self.location.vpc = Some(vpc);
        self
    }

    /// Where STS requests go: a host (HTTPS) or a URL with scheme and port (default
    /// `MMS_STS_ENDPOINT`).
    pub fn sts_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.location.endpoint = Some(endpoint.into());
        self
    }

    /// Reads defaults from `env` instead of the process environment.
    pub fn environment(mut self, env: Environment) -> Self {
        self.env = env;
        self
    }

    /// The clock expiry is judged by; for tests.
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = Some(clock);
        self
    }

    /// Checks the settings. Unless all three of role ARN, provider ARN and token file are
    /// known, the provider is built but answers [`CredentialsError::Unavailable`] naming what
    /// is missing (so a chain goes on, as the official chain leaves OIDC out); an invalid
    /// setting fails the build.
    pub fn build(self) -> Result<OidcRoleArnCredentials, CredentialsError> {
        let clock = self.clock.unwrap_or_else(system_clock);
        let given = |value: Option<String>, variable: &str| {
            value
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .or_else(|| self.env.var(variable))
        };
        let role_arn = given(self.role_arn.clone(), ROLE_ARN);
        let provider_arn = given(self.provider_arn.clone(), OIDC_PROVIDER_ARN);
        let token_file = self
            .token_file
            .clone()
            .filter(|p| !p.as_os_str().is_empty())
            .or_else(|| self.env.var(OIDC_TOKEN_FILE).map(PathBuf::from));
        let (role_arn, provider_arn, token_file) = match (role_arn, provider_arn, token_file) {
            (Some(r), Some(p), Some(t)) => (r, p, t),
            (r, p, t) => {
                let missing: Vec<&str> = [
                    (r.is_none(), ROLE_ARN),
                    (p.is_none(), OIDC_PROVIDER_ARN),
                    (t.is_none(), OIDC_TOKEN_FILE),
                ]
                .into_iter()
                .filter_map(|(missing, name)| missing.then_some(name))
                .collect();
                return Ok(OidcRoleArnCredentials {
                    fetcher: None,
                    missing: format!("{} not set", missing.join(", ")),
                    cache: RefreshingCache::new(NAME, clock),
                });
            }
        };
        sts::check_role_arn(&role_arn, NAME)?;
        let session_name =
            sts::session_name(self.session_name.as_deref(), &self.env, clock(), NAME)?;
        let duration_seconds = sts::check_duration(self.duration, NAME)?;
        let sts = StsClient::new(&self.location, &self.env, NAME)?;
        Ok(OidcRoleArnCredentials {
            fetcher: Some(Fetcher {
                assume: AssumeRoleWithOidc {
                    role_arn,
                    provider_arn,
                    session_name,
                    duration_seconds,
                    policy: self.policy,
                },
                token_file,
                sts,
                clock: clock.clone(),
            }),
            missing: String::new(),
            cache: RefreshingCache::new(NAME, clock),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_trailing_line_break_is_cut_from_the_token() {
        assert_eq!(token_of("abc"), "abc");
        assert_eq!(token_of("abc\n"), "abc");
        assert_eq!(token_of("abc\r\n"), "abc");
        assert_eq!(token_of("abc\n\n"), "abc\n");
        assert_eq!(token_of(" abc "), " abc ");
    }

    #[tokio::test]
    async fn without_settings_it_is_unavailable_and_names_the_variables() {
        let provider = OidcRoleArnCredentials::builder()
            .environment(Environment::from_vars([(ROLE_ARN, "acs:ram::1:role/r")]))
            .build()
            .unwrap();
        let err = provider.provide().await.unwrap_err();
        assert!(err.is_unavailable(), "{err:?}");
        let text = err.to_string();
        assert!(
            text.contains(OIDC_PROVIDER_ARN) && text.contains(OIDC_TOKEN_FILE),
            "{text}"
        );
        assert!(!text.contains(ROLE_ARN), "{text}");
    }
}
