//! Credentials URI: a local service (a sidecar, an agent) that answers credentials as JSON.

use std::{fmt, time::Duration};

use futures::future::BoxFuture;
use reqwest::Url;
use serde::Deserialize;

use super::{
    error::{invalid_setting, unavailable},
    http::{self, service_error},
    refresh::{ExpiringCredentials, FetchCredentials, RefreshingCache},
    sts::IssuedCredentials,
    system_clock,
    variables::CREDENTIALS_URI,
    Clock, Credentials, CredentialsError, Environment, ProvideCredentials,
};
use crate::exchange::Secrets;

/// The provider name of the credentials URI (singular "credential", as the official libraries
/// spell it).
pub(crate) const NAME: &str = "credential_uri";
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Credentials from a URL (default `ALIBABA_CLOUD_CREDENTIALS_URI`) that answers a plain `GET`
/// with `{"Code": "Success", "AccessKeyId", "AccessKeySecret", "SecurityToken", "Expiration"}`.
///
/// ```no_run
/// use maxcompute_mms::credentials::{CredentialsUriCredentials, ProvideCredentials};
/// # #[tokio::main(flavor = "current_thread")] async fn main() -> Result<(), maxcompute_mms::CredentialsError> {
/// let sidecar = CredentialsUriCredentials::builder().uri("http://127.0.0.1:8700/credentials").build()?;
/// let credentials = sidecar.provide().await?;
/// # Ok(()) }
/// ```
pub struct CredentialsUriCredentials {
    fetcher: Option<Fetcher>,
    cache: RefreshingCache,
}

impl fmt::Debug for CredentialsUriCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsUriCredentials")
            // The origin only: a query may carry a token of the service.
            .field("uri", &self.fetcher.as_ref().map(|f| http::origin(&f.uri)))
            .field("cache", &self.cache)
            .finish()
    }
}

struct Fetcher {
    uri: Url,
    http: reqwest::Client,
}

#[derive(Deserialize)]
struct UriAnswer {
    #[serde(rename = "Code")]
    code: Option<String>,
    #[serde(flatten)]
    credentials: IssuedCredentials,
}

impl FetchCredentials for Fetcher {
    fn fetch(&self) -> BoxFuture<'_, Result<ExpiringCredentials, CredentialsError>> {
        Box::pin(async move {
            let error = |status, problem: String| service_error(NAME, &self.uri, status, problem);
            let answer = http::send(self.http.get(self.uri.clone()))
                .await
                .map_err(|failure| error(None, failure.problem))?;
            if answer.status != 200 {
                return Err(error(
                    Some(answer.status),
                    format!(
                        "HTTP {}: {}",
                        answer.status,
                        answer.snippet(&Secrets::default())
                    ),
                ));
            }
            let parsed: UriAnswer = serde_json::from_slice(&answer.body).map_err(|e| {
                error(
                    Some(200),
                    format!("the answer is not the expected JSON: {e}"),
                )
            })?;
            if parsed.code.as_deref() != Some("Success") {
                return Err(error(
                    Some(200),
                    format!("the answer's Code is {:?}, not \"Success\"", parsed.code),
                ));
            }
            parsed
                .credentials
                .into_expiring()
                .map_err(|problem| error(Some(200), problem))
        })
    }
}

impl CredentialsUriCredentials {
    /// Starts configuring; the URI defaults to `ALIBABA_CLOUD_CREDENTIALS_URI`.
    pub fn builder() -> CredentialsUriCredentialsBuilder {
        CredentialsUriCredentialsBuilder {
            env: Environment::process(),
            uri: None,
            clock: None,
        }
    }
}

impl ProvideCredentials for CredentialsUriCredentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            match &self.fetcher {
                Some(fetcher) => self.cache.get(fetcher).await,
                None => Err(unavailable(NAME, format!("{CREDENTIALS_URI} is not set"))),
            }
        })
    }

    fn name(&self) -> String {
        NAME.to_string()
    }
}

/// Configures a [`CredentialsUriCredentials`].
#[derive(Clone)]
pub struct CredentialsUriCredentialsBuilder {
    env: Environment,
    uri: Option<String>,
    clock: Option<Clock>,
}

impl fmt::Debug for CredentialsUriCredentialsBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialsUriCredentialsBuilder")
            .finish_non_exhaustive()
    }
}

impl CredentialsUriCredentialsBuilder {
    /// The URL to `GET` (`http` or `https`).
    pub fn uri(mut self, uri: impl Into<String>) -> Self {
        self.uri = Some(uri.into());
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

    /// Checks the URI. Without one the provider is built but answers
    /// [`CredentialsError::Unavailable`].
    pub fn build(self) -> Result<CredentialsUriCredentials, CredentialsError> {
        let cache = RefreshingCache::new(NAME, self.clock.unwrap_or_else(system_clock));
        let (text, from_env) = match self.uri.filter(|u| !u.trim().is_empty()) {
            Some(uri) => (uri, false),
            None => match self.env.var(CREDENTIALS_URI) {
                Some(uri) => (uri, true),
                None => {
                    return Ok(CredentialsUriCredentials {
                        fetcher: None,
                        cache,
                    })
                }
            },
        };
        let problem = |e: String| {
            if from_env {
                CredentialsError::Environment {
                    variable: CREDENTIALS_URI.to_string(),
                    problem: e,
                }
            } else {
                invalid_setting(NAME, "URI", e)
            }
        };
        // Not shown in messages: the URI may carry a token in its query.
        let uri = Url::parse(text.trim()).map_err(|e| problem(format!("not a URL: {e}")))?;
        if !matches!(uri.scheme(), "http" | "https") || uri.host_str().is_none() {
            return Err(problem(format!(
                "{}: only http and https URLs with a host are supported",
                http::origin(&uri)
            )));
        }
        let http = http::client(CONNECT_TIMEOUT, READ_TIMEOUT, false)
            .map_err(|e| invalid_setting(NAME, "HTTP client", e))?;
        Ok(CredentialsUriCredentials {
            fetcher: Some(Fetcher { uri, http }),
            cache,
        })
    }
}
