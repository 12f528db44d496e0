//! The client users call.

use std::{
    fmt,
    sync::Arc,
    time::{Duration, Instant, SystemTime},
};

use acs_sign::SignatureAlgorithm;
use mms_api::{Answer, BoxFuture, Call, Envelope, Hooks};
use tracing::Instrument;

use crate::{
    credentials::{CredentialsChain, Environment, ProvideCredentials, StaticCredentials},
    error::snippet,
    exchange::{self, RawResponse},
    signer::{Clock, SigningHooks},
    Credentials, Endpoint, Error, RetryPolicy, ServiceError,
};

/// Answers larger than this are refused unread (see [`ClientBuilder::max_response_bytes`]).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 8 * 1024 * 1024;

/// How much of a body an error message quotes.
const SNIPPET_BYTES: usize = 200;

/// A signed client of the MMS API.
///
/// Every operation of the API is a method of [`Operations`](crate::Operations), which the client
/// implements: fill in the request and send it.
///
/// ```no_run
/// use maxcompute_mms::prelude::*;
/// # async fn run() -> Result<(), maxcompute_mms::Error> {
/// let client = Client::builder().region("cn-hangzhou").build()?;
/// let job = client.get_mms_job().source_id(2000015).job_id(10).send().await?;
/// println!("{} is {}", job.name.unwrap_or_default(), job.status.map(|s| s.to_string()).unwrap_or_default());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    api: mms_api::Client,
    endpoint: Endpoint,
    algorithm: SignatureAlgorithm,
    retry: RetryPolicy,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint.base_url())
            .field("algorithm", &self.algorithm)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The endpoint requests go to.
    pub fn endpoint(&self) -> &Endpoint {
        &self.endpoint
    }

    /// The signature algorithm in use.
    pub fn algorithm(&self) -> SignatureAlgorithm {
        self.algorithm
    }

    /// Sends one operation's request through the one request path every operation shares:
    /// signing, retries by idempotency, the size limit, error mapping and the request id.
    async fn execute<'a, C: Call<'a>>(&'a self, call: C) -> Result<Answer<C::Data>, Error> {
        let route = C::ROUTE;
        let action = route.action;
        let idempotency = if route.is_idempotent() {
            Idempotency::Read
        } else {
            Idempotency::Write
        };
        self.with_retries(action, idempotency, || {
            let call = call.clone();
            async move {
                let (result, exchange) = exchange::capture(call.send_once()).await;
                if let Some(failure) = exchange.failure {
                    return Err(failure);
                }
                let response = exchange.response;
                match result {
                    Ok(answer) => {
                        let (request_id, data) = answer.into_inner().into_parts();
                        let request_id =
                            request_id.or_else(|| response.as_ref().and_then(header_request_id));
                        match data {
                            Some(data) => Ok((data, request_id)),
                            None => Err(Error::Decode {
                                action,
                                status: 200,
                                message: "the answer carries no data (`data` is missing or null)"
                                    .into(),
                                snippet: response
                                    .as_ref()
                                    .map(|r| snippet(&r.body, SNIPPET_BYTES))
                                    .unwrap_or_default(),
                                request_id,
                            }),
                        }
                    }
                    Err(e) => {
                        let response = response.map(|r| exchange.secrets.redact_response(r));
                        Err(redact(
                            map_error::<C::Response>(action, e, response),
                            &exchange.secrets,
                        ))
                    }
                }
            }
        })
        .await
        .map(|((data, request_id), attempts)| Answer {
            data,
            request_id,
            attempts,
        })
    }

    /// Runs `attempt` until it succeeds, fails for good, or the retry policy says stop. Only
    /// reads are retried: a write that reached the server may have taken effect.
    async fn with_retries<T, F, Fut>(
        &self,
        action: &'static str,
        idempotency: Idempotency,
        mut attempt: F,
    ) -> Result<(T, u32), Error>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<T, Error>>,
    {
        let started = Instant::now();
        let mut number = 0u32;
        loop {
            number += 1;
            let span = tracing::info_span!("mms.request", action, attempt = number);
            match attempt().instrument(span).await {
                Ok(value) => return Ok((value, number)),
                Err(error) if error.is_retryable() && idempotency.may_resend(&error) => {
                    match self
                        .retry
                        .delay(number, started.elapsed(), error.retry_after())
                    {
                        Some(delay) => {
                            tracing::warn!(
                                action,
                                attempt = number,
                                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                                error = %error,
                                "retrying"
                            );
                            tokio::time::sleep(delay).await;
                        }
                        None => return Err(error),
                    }
                }
                Err(error) => return Err(error),
            }
        }
    }
}

/// Servers echo parts of the request in error messages (the string-to-sign of a signature
/// mismatch holds the STS token); cut our secrets out before the error reaches logs.
fn redact(error: Error, secrets: &exchange::Secrets) -> Error {
    match error {
        Error::Service(mut service) => {
            service.message = service.message.map(|m| secrets.redact(&m));
            service.body_snippet = service.body_snippet.map(|s| secrets.redact(&s));
            Error::Service(service)
        }
        Error::Decode {
            action,
            status,
            message,
            snippet,
            request_id,
        } => Error::Decode {
            action,
            status,
            message: secrets.redact(&message),
            snippet: secrets.redact(&snippet),
            request_id,
        },
        other => other,
    }
}

/// Whether an operation may be sent again after a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Idempotency {
    /// Reads, `PUT` and `DELETE`: sending again has the effect of sending once.
    Read,
    /// `POST`s: sent again only when no byte of them can have reached the server.
    Write,
}

impl Idempotency {
    fn may_resend(self, error: &Error) -> bool {
        match self {
            Idempotency::Read => true,
            Idempotency::Write => !error.request_may_have_been_sent(),
        }
    }
}

impl mms_api::Sender for Client {
    type Error = Error;

    fn api(&self) -> &mms_api::Client {
        &self.api
    }

    fn send_call<'a, C: Call<'a>>(
        &'a self,
        call: C,
    ) -> BoxFuture<'a, Result<Answer<C::Data>, Error>> {
        Box::pin(self.execute(call))
    }
}

fn header_request_id(response: &RawResponse) -> Option<String> {
    response
        .headers
        .get("x-acs-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// Turns what the generated client returned, with the raw answer the hooks saw, into our error.
fn map_error<R: serde::de::DeserializeOwned>(
    action: &'static str,
    error: mms_api::Error<mms_api::types::ErrorBody>,
    response: Option<RawResponse>,
) -> Error {
    use mms_api::Error as E;
    if let Some(response) = response.filter(|r| r.status >= 400) {
        return Error::Service(Box::new(service_error(action, &response)));
    }
    match error {
        E::CommunicationError(e) | E::ResponseBodyError(e) => transport_error(action, e),
        // The hooks refused the request (its failure is recorded and returned before this);
        // nothing was sent.
        E::Custom(message) => Error::InvalidInput {
            what: "request".into(),
            problem: message,
        },
        E::InvalidRequest(message) => Error::InvalidInput {
            what: "request".into(),
            problem: message,
        },
        E::InvalidResponsePayload(body, e) => Error::Decode {
            action,
            status: 200,
            message: decode_problem::<R>(&body).unwrap_or_else(|| e.to_string()),
            snippet: snippet(&body, SNIPPET_BYTES),
            request_id: None,
        },
        E::ErrorResponse(value) => Error::Decode {
            action,
            status: value.status().as_u16(),
            message: "an error answer arrived without its body".into(),
            snippet: String::new(),
            request_id: None,
        },
        E::UnexpectedResponse(response) => Error::Decode {
            action,
            status: response.status().as_u16(),
            message: "an answer of a status the API does not define".into(),
            snippet: String::new(),
            request_id: None,
        },
        other => Error::Transport {
            action,
            message: other.to_string(),
            request_sent: true,
            source: None,
        },
    }
}

/// Decodes the body again, only after a failure, to say where in it the problem is
/// (`data.status: invalid type …`); serde_json alone gives a line and column.
fn decode_problem<R: serde::de::DeserializeOwned>(body: &[u8]) -> Option<String> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, R>(&mut deserializer) {
        Ok(_) => None,
        Err(e) if e.path().to_string() == "." => Some(e.inner().to_string()),
        Err(e) => Some(format!("{}: {}", e.path(), e.inner())),
    }
}

fn transport_error(action: &'static str, e: reqwest::Error) -> Error {
    if e.is_timeout() {
        let what = if e.is_connect() {
            "connecting"
        } else {
            "waiting for the answer"
        };
        Error::Timeout {
            action,
            what: what.into(),
        }
    } else {
        let message = if e.is_connect() {
            format!("cannot connect: {}", error_chain(&e))
        } else {
            error_chain(&e)
        };
        Error::Transport {
            action,
            message,
            request_sent: !e.is_connect(),
            source: Some(Box::new(e)),
        }
    }
}

/// The error and its causes on one line: reqwest's own message alone rarely says what failed.
fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// Reads an error answer, whichever spelling its body uses, and keeps the status and a snippet
/// when the body is not JSON at all (an HTML page from a proxy).
fn service_error(action: &'static str, response: &RawResponse) -> ServiceError {
    let body: Option<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_slice(&response.body).ok();
    let field = |names: &[&str]| -> Option<String> {
        let body = body.as_ref()?;
        names.iter().find_map(|n| match body.get(*n)? {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Null => None,
            other => Some(other.to_string()),
        })
    };
    let retry_after = response
        .headers
        .get("x-acs-retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|ms| *ms > 0)
        .map(Duration::from_millis);
    ServiceError {
        action,
        status: response.status,
        code: field(&["Code", "code"]),
        message: field(&["Message", "message"]),
        request_id: field(&["RequestId", "requestId", "requestid"])
            .or_else(|| header_request_id(response)),
        host_id: field(&["HostId", "hostId"]),
        recommend: field(&["Recommend", "recommend"]),
        access_denied_detail: body.as_ref().and_then(|b| {
            b.get("AccessDeniedDetail")
                .or_else(|| b.get("accessDeniedDetail"))
                .cloned()
        }),
        retry_after,
        body_snippet: body
            .is_none()
            .then(|| snippet(&response.body, SNIPPET_BYTES)),
    }
}

/// Configures a [`Client`].
///
/// ```
/// use std::time::Duration;
/// use maxcompute_mms::{Client, Credentials, RetryPolicy, SignatureAlgorithm};
/// let client = Client::builder()
///     .endpoint("http://127.0.0.1:8080")
///     .credentials(Credentials::new("id", "secret"))
///     .signature_algorithm(SignatureAlgorithm::RoaHmacSha1)
///     .timeout(Duration::from_secs(10))
///     .retry_policy(RetryPolicy::default().with_max_attempts(5))
///     .build()
///     .unwrap();
/// assert_eq!(client.endpoint().host(), "127.0.0.1:8080");
/// ```
#[derive(Clone, Default)]
pub struct ClientBuilder {
    region: Option<String>,
    vpc: bool,
    endpoint: Option<String>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    algorithm: SignatureAlgorithm,
    connect_timeout: Option<Duration>,
    read_timeout: Option<Duration>,
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    user_agent: Option<String>,
    max_response_bytes: Option<usize>,
    clock: Option<Clock>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("region", &self.region)
            .field("endpoint", &self.endpoint)
            .field("algorithm", &self.algorithm)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// The region whose endpoint to use (`cn-hangzhou`): `maxcompute.<region>.aliyuncs.com`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Use the region's VPC endpoint, `maxcompute-vpc.<region>.aliyuncs.com`.
    pub fn vpc(mut self, vpc: bool) -> Self {
        self.vpc = vpc;
        self
    }

    /// An explicit endpoint (host, host:port, or URL with scheme); wins over the region.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// Fixed credentials.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(Arc::new(StaticCredentials::new(credentials)));
        self
    }

    /// A source of credentials; the default is [`CredentialsChain::default_chain`] over the
    /// process environment.
    pub fn credentials_provider(mut self, provider: Arc<dyn ProvideCredentials>) -> Self {
        self.credentials = Some(provider);
        self
    }

    /// The signature algorithm; ACS3-HMAC-SHA256 by default, as the official SDKs.
    pub fn signature_algorithm(mut self, algorithm: SignatureAlgorithm) -> Self {
        self.algorithm = algorithm;
        self
    }

    /// Time to establish a connection (default 5 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Longest silence while reading an answer (default 10 s).
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = Some(timeout);
        self
    }

    /// Longest time of one attempt, from sending to the last byte (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// When to retry reads (default [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = Some(retry);
        self
    }

    /// Words added to the `user-agent` header, after the client's own.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// The largest answer body read, in bytes (default [`DEFAULT_MAX_RESPONSE_BYTES`], 8 MiB);
    /// a larger one fails with [`Error::ResponseTooLarge`] without being read.
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// The clock signatures are dated by (the system clock by default); for tests of skew.
    pub fn clock(mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.clock = Some(Arc::new(clock));
        self
    }

    /// Builds the client. Fails on an invalid endpoint or region; credentials are read at the
    /// first call, so a client can be built before they exist.
    pub fn build(self) -> Result<Client, Error> {
        let endpoint = match (&self.endpoint, &self.region) {
            (Some(endpoint), _) => Endpoint::parse(endpoint)?,
            (None, Some(region)) if self.vpc => Endpoint::for_region_vpc(region)?,
            (None, Some(region)) => Endpoint::for_region(region)?,
            (None, None) => {
                return Err(Error::InvalidInput {
                    what: "endpoint".into(),
                    problem: "neither a region nor an endpoint was given".into(),
                })
            }
        };
        let http = reqwest::Client::builder()
            .connect_timeout(self.connect_timeout.unwrap_or(Duration::from_secs(5)))
            .read_timeout(self.read_timeout.unwrap_or(Duration::from_secs(10)))
            .timeout(self.timeout.unwrap_or(Duration::from_secs(30)))
            // A redirect would carry the signature to another host: never follow one.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::InvalidInput {
                what: "HTTP client".into(),
                problem: e.to_string(),
            })?;
        let mut user_agent = format!(
            "maxcompute-mms/{} ({}; {}) Rust",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS,
            std::env::consts::ARCH
        );
        if let Some(extra) = self.user_agent.as_deref().filter(|s| !s.trim().is_empty()) {
            user_agent.push(' ');
            user_agent.push_str(extra.trim());
        }
        let credentials = self
            .credentials
            .unwrap_or_else(|| Arc::new(CredentialsChain::default_chain(Environment::process())));
        let hooks = SigningHooks::new(
            credentials,
            self.algorithm,
            endpoint.host().to_string(),
            &user_agent,
            self.clock.unwrap_or_else(|| Arc::new(SystemTime::now)),
            self.max_response_bytes
                .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
        );
        let api = mms_api::Client::new_with_client(
            &endpoint.base_url(),
            http,
            Hooks::new(Arc::new(hooks)),
        );
        Ok(Client {
            api,
            endpoint,
            algorithm: self.algorithm,
            retry: self.retry.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    fn client() -> Client {
        Client::builder()
            .endpoint("http://127.0.0.1:9")
            .credentials(Credentials::new("id", "secret"))
            .retry_policy(
                RetryPolicy::default()
                    .with_max_attempts(5)
                    .with_initial_backoff(Duration::from_millis(1)),
            )
            .build()
            .unwrap()
    }

    fn unavailable() -> Error {
        Error::Service(Box::new(ServiceError::new(
            "Test",
            503,
            "ServiceUnavailable",
        )))
    }

    #[tokio::test]
    async fn reads_are_retried_up_to_the_limit() {
        let calls = AtomicU32::new(0);
        let result: Result<((), u32), Error> = client()
            .with_retries("Test", Idempotency::Read, || async {
                calls.fetch_add(1, Ordering::SeqCst);
                Err(unavailable())
            })
            .await;
        assert!(result.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 5);
    }

    #[tokio::test]
    async fn writes_are_never_retried() {
        let calls = AtomicU32::new(0);
        let result: Result<((), u32), Error> = client()
            .with_retries("Test", Idempotency::Write, || async {
                calls.fetch_add(1, Ordering::SeqCst);
                Err(unavailable())
            })
            .await;
        assert!(result.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }
}
