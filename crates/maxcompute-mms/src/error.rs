//! The one error type of the client.

use std::{fmt, time::Duration};

use crate::credentials::CredentialsError;

/// Everything that can go wrong with a call. Match on the variant to act on it; every variant's
/// message names the input or answer at fault, and none carries a secret.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error status.
    #[error("{0}")]
    Service(Box<ServiceError>),
    /// The request could not be sent or the answer not received (connection refused, reset,
    /// TLS failure, a body cut short).
    #[error("{action}: transport error: {message}")]
    Transport {
        /// The action that was being called.
        action: &'static str,
        /// What failed, as the transport reported it.
        message: String,
        /// Whether any byte of the request may have reached the server: `false` only when the
        /// connection could not be made, so a write may safely be sent again.
        request_sent: bool,
        /// The underlying error, if any.
        #[source]
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    },
    /// No answer in time.
    #[error("{action}: timed out ({what})")]
    Timeout {
        /// The action that was being called.
        action: &'static str,
        /// Which deadline passed: connect, read, the whole request, or the retry budget.
        what: String,
    },
    /// The answer could not be read as the spec describes it.
    #[error(
        "{action}: cannot decode the answer (HTTP {status}): {message}; body starts: {snippet}"
    )]
    Decode {
        /// The action that was being called.
        action: &'static str,
        /// HTTP status of the answer.
        status: u16,
        /// What does not match.
        message: String,
        /// The first bytes of the body, made printable.
        snippet: String,
        /// Request id from the `x-acs-request-id` header, if the answer had one.
        request_id: Option<String>,
    },
    /// The answer's body was larger than the configured limit; it was not read past it.
    #[error("{action}: answer body exceeds the limit of {limit} bytes (HTTP {status})")]
    ResponseTooLarge {
        /// The action that was being called.
        action: &'static str,
        /// HTTP status of the answer.
        status: u16,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// The answer was a redirect; it is not followed, so signed requests never go elsewhere.
    #[error("{action}: the server answered HTTP {status} redirecting to {location:?}; redirects are not followed")]
    Redirect {
        /// The action that was being called.
        action: &'static str,
        /// HTTP status of the answer.
        status: u16,
        /// Where it pointed.
        location: Option<String>,
    },
    /// No usable credentials.
    #[error(transparent)]
    Credentials(#[from] CredentialsError),
    /// An argument or setting is not valid; nothing was sent.
    #[error("invalid {what}: {problem}")]
    InvalidInput {
        /// Which input: `region`, `endpoint`, `source id`, …
        what: String,
        /// What is wrong with it.
        problem: String,
    },
    /// A list's pages do not add up (a repeated page, a shrinking total, a page size of zero);
    /// the list was read up to the page before.
    #[error(transparent)]
    Paging(#[from] mms_api::PagingError),
}

impl Error {
    /// The service's error code (`SignatureDoesNotMatch`, `Throttling.User`, …), if it sent one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Service(e) => e.code.as_deref(),
            _ => None,
        }
    }

    /// The request id the service gave the failed request, if known.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service(e) => e.request_id.as_deref(),
            Error::Decode { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// The HTTP status of the answer, if there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Service(e) => Some(e.status),
            Error::Decode { status, .. }
            | Error::ResponseTooLarge { status, .. }
            | Error::Redirect { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// Whether trying the same read again may succeed: throttling, a server failure, a lost
    /// connection or a timeout. Permission, validation and not-found errors are final.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Service(e) => e.is_retryable(),
            Error::Transport { .. } | Error::Timeout { .. } => true,
            _ => false,
        }
    }

    /// Whether any byte of the request may have reached the server. Only a request whose
    /// connection could not be made, or that was refused before sending, certainly did not;
    /// writes are sent again only then.
    pub fn request_may_have_been_sent(&self) -> bool {
        match self {
            Error::Transport { request_sent, .. } => *request_sent,
            Error::Timeout { what, .. } => what != "connecting",
            Error::Credentials(_) | Error::InvalidInput { .. } | Error::Paging(_) => false,
            _ => true,
        }
    }

    /// How long the service asked to wait before trying again (`x-acs-retry-after`).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Service(e) => e.retry_after,
            _ => None,
        }
    }
}

/// An error answer of the service, with both body spellings (service camelCase and gateway
/// PascalCase) read into one shape.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServiceError {
    /// The action that was called.
    pub action: &'static str,
    /// HTTP status.
    pub status: u16,
    /// Error code, such as `InvalidAccessKeyId.NotFound`.
    pub code: Option<String>,
    /// What went wrong, for a person.
    pub message: Option<String>,
    /// The request id (body, else the `x-acs-request-id` header).
    pub request_id: Option<String>,
    /// The endpoint host that answered (gateway errors).
    pub host_id: Option<String>,
    /// A link to the diagnosis page of the request.
    pub recommend: Option<String>,
    /// Which policy denied the request, when RAM refused it (raw JSON).
    pub access_denied_detail: Option<serde_json::Value>,
    /// How long the service asked to wait (`x-acs-retry-after`, milliseconds on the wire).
    pub retry_after: Option<Duration>,
    /// The first bytes of the body, made printable; set when the body is not the usual JSON.
    pub body_snippet: Option<String>,
}

impl ServiceError {
    /// An error answer with a status and a code and nothing else, as a test double of one the
    /// service sent.
    ///
    /// ```
    /// let e = maxcompute_mms::ServiceError::new("GetMmsJob", 404, "NoSuchMmsJob");
    /// assert!(!e.is_retryable());
    /// ```
    pub fn new(action: &'static str, status: u16, code: impl Into<String>) -> ServiceError {
        ServiceError {
            action,
            status,
            code: Some(code.into()),
            message: None,
            request_id: None,
            host_id: None,
            recommend: None,
            access_denied_detail: None,
            retry_after: None,
            body_snippet: None,
        }
    }

    /// Whether the error says "try again later": throttling, HTTP 429, 5xx, `ServiceUnavailable`.
    pub fn is_retryable(&self) -> bool {
        let code = self.code.as_deref().unwrap_or_default();
        self.retry_after.is_some()
            || self.status == 429
            || matches!(self.status, 500 | 502 | 503 | 504)
            || code.starts_with("Throttling")
            || code == "ServiceUnavailable"
    }
}

impl fmt::Debug for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceError")
            .field("action", &self.action)
            .field("status", &self.status)
            .field("code", &self.code)
            .field("message", &self.message)
            .field("request_id", &self.request_id)
            .field("recommend", &self.recommend)
            .field("retry_after", &self.retry_after)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: HTTP {}", self.action, self.status)?;
        if let Some(code) = &self.code {
            write!(f, " {code}")?;
        }
        match (&self.message, &self.body_snippet) {
            (Some(message), _) => write!(f, ": {message}")?,
            (None, Some(snippet)) => write!(f, ": body starts: {snippet}")?,
            (None, None) => {}
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        if let Some(link) = &self.recommend {
            write!(f, " (diagnosis: {link})")?;
        }
        Ok(())
    }
}

/// The first `max` bytes of a body as one printable line, for error messages.
pub(crate) fn snippet(body: &[u8], max: usize) -> String {
    let cut = &body[..body.len().min(max)];
    let text = String::from_utf8_lossy(cut);
    let mut out: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if body.len() > max {
        out.push('…');
    }
    if out.trim().is_empty() {
        "(empty)".to_string()
    } else {
        out
    }
}
