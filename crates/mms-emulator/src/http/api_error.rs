//! Error answers, in the two body shapes the real endpoint uses.
//!
//! * The MMS service itself (unknown job, bad parameter) answers camelCase
//!   `{"requestId","code","message","httpCode"}` ([`ErrorBody`] of the spec).
//! * The API gateway in front of it (signature, throttling, availability) answers PascalCase
//!   `{"RequestId","HostId","Code","Message","Recommend"}` ([`GatewayErrorBody`]).

use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use mms_api::types::{ErrorBody, GatewayErrorBody};

use crate::http::context::RequestContext;
use crate::state::problem::{Missing, Problem};

/// The header carrying the request id on every answer.
pub const REQUEST_ID_HEADER: &str = "x-acs-request-id";

/// The header a throttled answer carries: milliseconds to wait before retrying.
pub const RETRY_AFTER_HEADER: &str = "x-acs-retry-after";

/// Which component of the real endpoint would have sent an error, hence its body shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// The MMS service: camelCase [`ErrorBody`].
    Service,
    /// The API gateway: PascalCase [`GatewayErrorBody`].
    Gateway,
}

/// The error code of an answer, kept in the response's extensions for the request log.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LoggedCode(pub(crate) &'static str);

/// An error answer: status, code, message and shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) code: &'static str,
    pub(crate) message: String,
    pub(crate) source: Source,
    pub(crate) retry_after_ms: Option<u64>,
}

impl ApiError {
    fn new(
        status: StatusCode,
        code: &'static str,
        message: impl Into<String>,
        source: Source,
    ) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            source,
            retry_after_ms: None,
        }
    }

    /// An error the API gateway sends (signature, throttling, routing by action).
    pub(crate) fn gateway(
        status: StatusCode,
        code: &'static str,
        message: impl Into<String>,
    ) -> Self {
        Self::new(status, code, message, Source::Gateway)
    }

    /// An error the MMS service sends (unknown job, bad parameter).
    pub(crate) fn service(
        status: StatusCode,
        code: &'static str,
        message: impl Into<String>,
    ) -> Self {
        Self::new(status, code, message, Source::Service)
    }

    /// The answer, with the request id in its body (the header is added for every answer by the
    /// front door).
    pub(crate) fn into_response(self, ctx: &RequestContext) -> Response {
        let http_code = i32::from(self.status.as_u16());
        let mut response = match self.source {
            Source::Service => {
                let body = ErrorBody {
                    request_id: Some(ctx.request_id.clone()),
                    code: Some(self.code.to_owned()),
                    message: Some(self.message),
                    http_code: Some(http_code),
                    ..ErrorBody::default()
                };
                (self.status, Json(body)).into_response()
            }
            Source::Gateway => {
                let body = GatewayErrorBody {
                    request_id: Some(ctx.request_id.clone()),
                    host_id: Some(ctx.host_id.clone()),
                    code: Some(self.code.to_owned()),
                    message: Some(self.message),
                    recommend: Some(format!(
                        "https://api.aliyun.com/troubleshoot?q={}&product=MaxCompute&requestId={}",
                        self.code, ctx.request_id
                    )),
                    ..GatewayErrorBody::default()
                };
                (self.status, Json(body)).into_response()
            }
        };
        if let Some(ms) = self.retry_after_ms {
            response
                .headers_mut()
                .insert(RETRY_AFTER_HEADER, HeaderValue::from(ms));
        }
        response.extensions_mut().insert(LoggedCode(self.code));
        response
    }
}

/// The error codes the emulator answers with.
pub(crate) mod code {
    // Service (camelCase body).
    pub(crate) const NOT_FOUND: &str = "NotFound";
    pub(crate) const NO_SUCH_DATA_SOURCE: &str = "NoSuchMmsDataSource";
    pub(crate) const NO_SUCH_DB: &str = "NoSuchMmsDb";
    pub(crate) const NO_SUCH_TABLE: &str = "NoSuchMmsTable";
    pub(crate) const NO_SUCH_PARTITION: &str = "NoSuchMmsPartition";
    pub(crate) const NO_SUCH_SCAN: &str = "NoSuchMmsFetchMetadataJob";
    pub(crate) const NO_SUCH_ASYNC_TASK: &str = "NoSuchMmsAsyncTask";
    pub(crate) const NO_SUCH_JOB: &str = "NoSuchMmsJob";
    pub(crate) const NO_SUCH_TASK: &str = "NoSuchMmsTask";
    pub(crate) const NO_SUCH_TIMER: &str = "NoSuchMmsTimer";
    pub(crate) const INVALID_PARAMETER: &str = "InvalidParameter";
    pub(crate) const MISSING_PARAMETER: &str = "MissingParameter";
    pub(crate) const INCORRECT_STATUS: &str = "IncorrectStatus";
    pub(crate) const ALREADY_EXISTS: &str = "AlreadyExists";
    pub(crate) const INTERNAL_ERROR: &str = "InternalError";

    // Gateway (PascalCase body).
    pub(crate) const MISSING_AUTHORIZATION: &str = "MissingAuthorization";
    pub(crate) const INVALID_AUTHORIZATION: &str = "InvalidAuthorization";
    pub(crate) const INCOMPLETE_SIGNATURE: &str = "IncompleteSignature";
    pub(crate) const MISSING_SIGNED_HEADER: &str = "MissingSignedHeader";
    pub(crate) const MISSING_DATE: &str = "MissingDate";
    pub(crate) const INVALID_DATE: &str = "InvalidDate";
    pub(crate) const REQUEST_TIME_TOO_SKEWED: &str = "RequestTimeTooSkewed";
    pub(crate) const MISSING_SIGNATURE_NONCE: &str = "MissingSignatureNonce";
    pub(crate) const DUPLICATE_HEADER: &str = "DuplicateHeader";
    pub(crate) const SIGNATURE_NONCE_USED: &str = "SignatureNonceUsed";
    pub(crate) const INVALID_SIGNATURE_METHOD: &str = "InvalidSignatureMethod";
    pub(crate) const MISSING_CONTENT_SHA256: &str = "MissingContentSha256";
    pub(crate) const CONTENT_SHA256_MISMATCH: &str = "ContentSha256Mismatch";
    pub(crate) const INVALID_ACCESS_KEY_ID: &str = "InvalidAccessKeyId.NotFound";
    pub(crate) const SIGNATURE_DOES_NOT_MATCH: &str = "SignatureDoesNotMatch";
    pub(crate) const INVALID_SECURITY_TOKEN: &str = "InvalidSecurityToken";
    pub(crate) const INVALID_ACTION: &str = "InvalidAction";
    pub(crate) const INVALID_VERSION: &str = "InvalidVersion";
    pub(crate) const REQUEST_TOO_LARGE: &str = "RequestEntityTooLarge";
    pub(crate) const THROTTLING: &str = "Throttling.User";
    pub(crate) const SERVICE_UNAVAILABLE: &str = "ServiceUnavailable";
}

impl From<Problem> for ApiError {
    fn from(problem: Problem) -> Self {
        match problem {
            Problem::NotFound { what, message } => {
                let code = match what {
                    Missing::DataSource => code::NO_SUCH_DATA_SOURCE,
                    Missing::Db => code::NO_SUCH_DB,
                    Missing::Table => code::NO_SUCH_TABLE,
                    Missing::Partition => code::NO_SUCH_PARTITION,
                    Missing::Scan => code::NO_SUCH_SCAN,
                    Missing::AsyncTask => code::NO_SUCH_ASYNC_TASK,
                    Missing::Job => code::NO_SUCH_JOB,
                    Missing::Task => code::NO_SUCH_TASK,
                    Missing::Timer => code::NO_SUCH_TIMER,
                };
                ApiError::service(StatusCode::NOT_FOUND, code, message)
            }
            Problem::MissingParameter { name } => ApiError::service(
                StatusCode::BAD_REQUEST,
                code::MISSING_PARAMETER,
                format!("The parameter {name} is required."),
            ),
            Problem::InvalidParameter { name, message } => {
                let message = if message.contains(&name) {
                    message
                } else {
                    format!("The parameter {name} is invalid: {message}")
                };
                ApiError::service(StatusCode::BAD_REQUEST, code::INVALID_PARAMETER, message)
            }
            Problem::IncorrectStatus { message } => {
                ApiError::service(StatusCode::CONFLICT, code::INCORRECT_STATUS, message)
            }
            Problem::AlreadyExists { message } => {
                ApiError::service(StatusCode::CONFLICT, code::ALREADY_EXISTS, message)
            }
        }
    }
}
