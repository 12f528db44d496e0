//! ECS RAM role: the instance's role credentials from the ECS metadata service (IMDS).

use std::{fmt, time::Duration};

use futures::future::BoxFuture;
use reqwest::Url;
use serde::Deserialize;

use super::{
    error::{invalid_setting, unavailable},
    http::{self, service_error, Answer},
    refresh::{ExpiringCredentials, FetchCredentials, RefreshingCache},
    sts::IssuedCredentials,
    system_clock,
    variables::{ECS_METADATA, ECS_METADATA_DISABLED, IMDSV1_DISABLED, MMS_ECS_METADATA_ENDPOINT},
    Clock, Credentials, CredentialsError, Environment, ProvideCredentials,
};
use crate::exchange::Secrets;

/// The provider name of the ECS RAM role.
pub(crate) const NAME: &str = "ecs_ram_role";
/// Where the metadata service is on every ECS instance (plain HTTP, link-local).
pub(crate) const DEFAULT_METADATA_ENDPOINT: &str = "http://100.100.100.200";
const TOKEN_PATH: &str = "/latest/api/token";
const ROLES_PATH: &str = "/latest/meta-data/ram/security-credentials/";
const TOKEN_TTL_HEADER: &str = "X-aliyun-ecs-metadata-token-ttl-seconds";
const TOKEN_HEADER: &str = "X-aliyun-ecs-metadata-token";
/// The IMDSv2 token's lifetime asked for: 6 hours, as the official libraries.
const TOKEN_TTL_SECONDS: &str = "21600";
/// Connect and read timeouts: 1 s each, as the official libraries (on a host that is not an
/// ECS instance, the provider gives up after about a second).
const TIMEOUT: Duration = Duration::from_secs(1);

/// The RAM role credentials of the ECS instance this runs on, from its metadata service.
///
/// Each refresh asks for an IMDSv2 session token first (`PUT /latest/api/token`) and sends it
/// with the metadata requests; when the token cannot be had, it falls back to IMDSv1 (no
/// token) unless that is disabled (`disable_imds_v1`, or `ALIBABA_CLOUD_IMDSV1_DISABLED=true`).
/// The role is the one given (or `ALIBABA_CLOUD_ECS_METADATA`), else the one the instance
/// names. The metadata service is never reached through a proxy.
///
/// ```no_run
/// use maxcompute_mms::credentials::{EcsRamRoleCredentials, ProvideCredentials};
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> Result<(), maxcompute_mms::CredentialsError> {
/// let ecs = EcsRamRoleCredentials::builder().role_name("mms-migration").disable_imds_v1(true).build()?;
/// let credentials = ecs.provide().await?;
/// # Ok(()) }
/// ```
pub struct EcsRamRoleCredentials {
    fetcher: Result<Fetcher, String>,
    cache: RefreshingCache,
}

impl fmt::Debug for EcsRamRoleCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("EcsRamRoleCredentials");
        match &self.fetcher {
            Ok(fetcher) => d
                .field("endpoint", &http::origin(&fetcher.endpoint))
                .field("role_name", &fetcher.role_name)
                .field("disable_imds_v1", &fetcher.disable_imds_v1),
            Err(reason) => d.field("disabled", reason),
        };
        d.field("cache", &self.cache).finish()
    }
}

struct Fetcher {
    endpoint: Url,
    role_name: Option<String>,
    disable_imds_v1: bool,
    http: reqwest::Client,
}

/// The metadata service's answer for a role.
#[derive(Deserialize)]
struct RoleAnswer {
    #[serde(rename = "Code")]
    code: Option<String>,
    #[serde(flatten)]
    credentials: IssuedCredentials,
}

impl Fetcher {
    fn url(&self, path: &str) -> Url {
        let mut url = self.endpoint.clone();
        url.set_path(path);
        url
    }

    fn error(&self, status: Option<u16>, problem: impl Into<String>) -> CredentialsError {
        service_error(NAME, &self.endpoint, status, problem)
    }

    /// An IMDSv2 token, or `None` to go on without one (IMDSv1).
    async fn token(&self) -> Result<Option<String>, CredentialsError> {
        let answer = http::send(
            self.http
                .put(self.url(TOKEN_PATH))
                .header(TOKEN_TTL_HEADER, TOKEN_TTL_SECONDS),
        )
        .await;
        let problem = match answer {
            Ok(Answer { status: 200, body }) => match String::from_utf8(body) {
                Ok(token) if !token.trim().is_empty() => return Ok(Some(token.trim().to_string())),
                _ => "the token answer is empty or not text".to_string(),
            },
            Ok(answer) => format!("HTTP {}", answer.status),
            // Nothing there at all: this is not an ECS instance (or the service is down).
            Err(failure) if failure.cannot_connect => {
                return Err(unavailable(
                    NAME,
                    format!(
                        "cannot reach the ECS metadata service at {}: {failure}",
                        http::origin(&self.endpoint)
                    ),
                ))
            }
            Err(failure) => failure.problem,
        };
        if self.disable_imds_v1 {
            return Err(self.error(
                None,
                format!(
                    "cannot get an IMDSv2 token ({problem}), and IMDSv1 is disabled \
                     ({IMDSV1_DISABLED} or disable_imds_v1)"
                ),
            ));
        }
        tracing::debug!(problem, "no IMDSv2 token; falling back to IMDSv1");
        Ok(None)
    }

    /// `GET path` with the token if there is one; when the token is refused (401, 403) or the
    /// request fails, once more without it (unless IMDSv1 is disabled), as the official
    /// libraries do. A 404 is about the path, not the token, and is not retried.
    async fn get(&self, path: &str, token: Option<&str>) -> Result<Answer, CredentialsError> {
        let attempt = |token: Option<&str>| {
            let mut request = self.http.get(self.url(path));
            if let Some(token) = token {
                request = request.header(TOKEN_HEADER, token);
            }
            http::send(request)
        };
        let first = attempt(token).await;
        let token_refused = match &first {
            Ok(answer) => matches!(answer.status, 401 | 403),
            Err(failure) => !failure.cannot_connect,
        };
        let retry_without_token = token.is_some() && !self.disable_imds_v1 && token_refused;
        let answer = if retry_without_token {
            attempt(None).await
        } else {
            first
        };
        match answer {
            Ok(answer) => Ok(answer),
            Err(failure) if failure.cannot_connect => Err(unavailable(
                NAME,
                format!(
                    "cannot reach the ECS metadata service at {}: {failure}",
                    http::origin(&self.endpoint)
                ),
            )),
            Err(failure) => Err(self.error(None, format!("GET {path}: {failure}"))),
        }
    }

    async fn role_name(&self, token: Option<&str>) -> Result<String, CredentialsError> {
        if let Some(role) = &self.role_name {
            return Ok(role.clone());
        }
        let answer = self.get(ROLES_PATH, token).await?;
        if answer.status != 200 {
            return Err(self.error(
                Some(answer.status),
                format!(
                    "cannot discover the instance's RAM role: HTTP {} (is a RAM role attached \
                     to this instance?)",
                    answer.status
                ),
            ));
        }
        let text = String::from_utf8_lossy(&answer.body);
        // A role per line is possible; the first is the instance's role.
        match text.lines().map(str::trim).find(|l| !l.is_empty()) {
            Some(role) => Ok(role.to_string()),
            None => Err(self.error(
                Some(200),
                "the instance has no RAM role attached (the role list is empty)",
            )),
        }
    }
}

impl FetchCredentials for Fetcher {
    fn fetch(&self) -> BoxFuture<'_, Result<ExpiringCredentials, CredentialsError>> {
        Box::pin(async move {
            let token = self.token().await?;
            let role = self.role_name(token.as_deref()).await?;
            let path = format!("{ROLES_PATH}{}", acs_sign::percent_encode(&role));
            let answer = self.get(&path, token.as_deref()).await?;
            // The answer holds the issued secret and token; they never reach a message.
            let secrets = Secrets::default();
            match answer.status {
                200 => {}
                404 => {
                    return Err(self.error(
                        Some(404),
                        format!("the RAM role {role:?} is not attached to this instance"),
                    ))
                }
                status => {
                    return Err(self.error(
                        Some(status),
                        format!(
                            "cannot get the credentials of RAM role {role:?}: HTTP {status}: {}",
                            answer.snippet(&secrets)
                        ),
                    ))
                }
            }
            let parsed: RoleAnswer = serde_json::from_slice(&answer.body).map_err(|e| {
                self.error(
                    Some(200),
                    format!("the credentials of RAM role {role:?} are not the expected JSON: {e}"),
                )
            })?;
            match parsed.code.as_deref() {
                Some("Success") => {}
                other => {
                    return Err(self.error(
                        Some(200),
                        format!(
                            "the metadata service answered Code {other:?} for RAM role {role:?}, \
                             not \"Success\""
                        ),
                    ))
                }
            }
            parsed
                .credentials
                .into_expiring()
                .map_err(|problem| self.error(Some(200), format!("RAM role {role:?}: {problem}")))
        })
    }
}

impl EcsRamRoleCredentials {
    /// Starts configuring; unset values come from the environment.
    pub fn builder() -> EcsRamRoleCredentialsBuilder {
        EcsRamRoleCredentialsBuilder {
            env: Environment::process(),
            role_name: None,
            disable_imds_v1: None,
            endpoint: None,
            connect_timeout: TIMEOUT,
            read_timeout: TIMEOUT,
            clock: None,
        }
    }
}

impl ProvideCredentials for EcsRamRoleCredentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            match &self.fetcher {
                Ok(fetcher) => self.cache.get(fetcher).await,
                Err(reason) => Err(unavailable(NAME, reason.clone())),
            }
        })
    }

    fn name(&self) -> String {
        NAME.to_string()
    }
}

/// Configures an [`EcsRamRoleCredentials`].
#[derive(Clone)]
pub struct EcsRamRoleCredentialsBuilder {
    env: Environment,
    role_name: Option<String>,
    disable_imds_v1: Option<bool>,
    endpoint: Option<String>,
    connect_timeout: Duration,
    read_timeout: Duration,
    clock: Option<Clock>,
}

impl fmt::Debug for EcsRamRoleCredentialsBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EcsRamRoleCredentialsBuilder")
            .field("role_name", &self.role_name)
            .field("disable_imds_v1", &self.disable_imds_v1)
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

impl EcsRamRoleCredentialsBuilder {
    /// The instance's RAM role (default `ALIBABA_CLOUD_ECS_METADATA`, else discovered).
    pub fn role_name(mut self, role: impl Into<String>) -> Self {
        self.role_name = Some(role.into());
        self
    }

    /// Require the IMDSv2 token: no fallback to IMDSv1 (default
    /// `ALIBABA_CLOUD_IMDSV1_DISABLED`, else false).
    pub fn disable_imds_v1(mut self, disable: bool) -> Self {
        self.disable_imds_v1 = Some(disable);
        self
    }

    /// Where the metadata service is, instead of `http://100.100.100.200`: a host (HTTP) or a
    /// URL with scheme and port (default `MMS_ECS_METADATA_ENDPOINT`). For tests.
    pub fn metadata_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// Connect and read timeouts of each metadata request (1 s each by default).
    pub fn timeouts(mut self, connect: Duration, read: Duration) -> Self {
        self.connect_timeout = connect;
        self.read_timeout = read;
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

    /// Checks the settings. With `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true` the provider is
    /// built but answers [`CredentialsError::Unavailable`].
    pub fn build(self) -> Result<EcsRamRoleCredentials, CredentialsError> {
        let cache = RefreshingCache::new(NAME, self.clock.clone().unwrap_or_else(system_clock));
        if self.env.flag(ECS_METADATA_DISABLED) {
            return Ok(EcsRamRoleCredentials {
                fetcher: Err(format!("disabled by {ECS_METADATA_DISABLED}=true")),
                cache,
            });
        }
        let endpoint = match (&self.endpoint, self.env.var(MMS_ECS_METADATA_ENDPOINT)) {
            (Some(endpoint), _) => http::parse_endpoint(endpoint, false)
                .map_err(|e| invalid_setting(NAME, "metadata endpoint", e))?,
            (None, Some(endpoint)) => http::parse_endpoint(&endpoint, false).map_err(|e| {
                CredentialsError::Environment {
                    variable: MMS_ECS_METADATA_ENDPOINT.to_string(),
                    problem: e,
                }
            })?,
            (None, None) => http::parse_endpoint(DEFAULT_METADATA_ENDPOINT, false)
                .map_err(|e| invalid_setting(NAME, "metadata endpoint", e))?,
        };
        let role_name = self
            .role_name
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty())
            .or_else(|| self.env.var(ECS_METADATA).map(|r| r.trim().to_string()));
        let disable_imds_v1 = self
            .disable_imds_v1
            .unwrap_or_else(|| self.env.flag(IMDSV1_DISABLED));
        let http = http::client(self.connect_timeout, self.read_timeout, true)
            .map_err(|e| invalid_setting(NAME, "HTTP client", e))?;
        Ok(EcsRamRoleCredentials {
            fetcher: Ok(Fetcher {
                endpoint,
                role_name,
                disable_imds_v1,
                http,
            }),
            cache,
        })
    }
}
