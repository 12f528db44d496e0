//! Signature verification, the way the real gateway checks a request, for both algorithms.
//!
//! The request is rebuilt from what was received — method, path as sent (still
//! percent-encoded), the query decoded to raw pairs, the headers as sent, the body bytes — and
//! signed again with `acs-sign`; the two signatures are compared in constant time.

use std::borrow::Cow;
use std::time::{Duration, Instant, SystemTime};

use acs_sign::{
    acs3, parse_authorization, roa, sign, signatures_match, Authorization, Credentials,
    SignableRequest, SignatureAlgorithm,
};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderMap, StatusCode};
use percent_encoding::percent_decode_str;
use subtle::ConstantTimeEq;

use crate::credentials_service::KeyStore;
use crate::http::api_error::{code, ApiError};
use crate::nonce::NonceCache;

const NONCE_HEADER: &str = "x-acs-signature-nonce";

/// Headers that must not be repeated.
const SINGLE_VALUED_HEADERS: &[&str] = &[
    "authorization",
    "date",
    "x-acs-date",
    NONCE_HEADER,
    "x-acs-content-sha256",
    "x-acs-accesskey-id",
    "x-acs-security-token",
    "x-acs-action",
    "x-acs-version",
    "host",
];
const ACS3_DATE_HEADER: &str = "x-acs-date";
const CONTENT_SHA256_HEADER: &str = "x-acs-content-sha256";
const SECURITY_TOKEN_HEADER: &str = "x-acs-security-token";
const ACCESS_KEY_ID_HEADER: &str = "x-acs-accesskey-id";
const SIGNATURE_METHOD_HEADER: &str = "x-acs-signature-method";
const SIGNATURE_VERSION_HEADER: &str = "x-acs-signature-version";

/// A request as received, before any interpretation.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ReceivedRequest<'a> {
    pub(crate) method: &'a str,
    /// The path as received, still percent-encoded.
    pub(crate) path: &'a str,
    /// The query string as received (without `?`), still encoded.
    pub(crate) query: Option<&'a str>,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) body: &'a [u8],
}

/// Who sent a request that passed verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Caller {
    /// A correctly signed request.
    Signed {
        access_key_id: String,
        algorithm: SignatureAlgorithm,
    },
    /// A request without `Authorization`, let through because unsigned requests are allowed.
    Unsigned,
}

/// Checks the signature, date, nonce and credentials of requests.
#[derive(Debug)]
pub(crate) struct RequestVerifier {
    keys: KeyStore,
    clock_skew: Duration,
    allow_unsigned: bool,
    nonces: NonceCache,
}

fn gateway(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
    ApiError::gateway(status, code, message)
}

fn bad_request(code: &'static str, message: impl Into<String>) -> ApiError {
    gateway(StatusCode::BAD_REQUEST, code, message)
}

fn forbidden(code: &'static str, message: impl Into<String>) -> ApiError {
    gateway(StatusCode::FORBIDDEN, code, message)
}

/// The first value of header `name`, as text (bytes that are not UTF-8 are replaced).
fn header<'h>(headers: &'h HeaderMap, name: &str) -> Option<Cow<'h, str>> {
    headers
        .get(name)
        .map(|v| String::from_utf8_lossy(v.as_bytes()))
}

/// One decoded query parameter, as `SignableRequest::query` holds it.
pub(crate) type RawPair = (Cow<'static, str>, Cow<'static, str>);

/// The query string decoded to raw pairs, the way the gateway decodes it before verifying:
/// `+` is a space (the official SDK writes spaces so on the wire), `%XX` are bytes, a part
/// without `=` is a key with an empty value.
pub(crate) fn decode_query(query: &str) -> Result<Vec<RawPair>, String> {
    let decode = |s: &str| -> Result<String, String> {
        let spaced = s.replace('+', " ");
        percent_decode_str(&spaced)
            .decode_utf8()
            .map(Cow::into_owned)
            .map_err(|_| format!("{s:?} does not decode to UTF-8"))
    };
    query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            Ok((Cow::Owned(decode(key)?), Cow::Owned(decode(value)?)))
        })
        .collect()
}

/// Seconds between two times, whichever comes first.
fn distance(a: SystemTime, b: SystemTime) -> Duration {
    a.duration_since(b)
        .or_else(|_| b.duration_since(a))
        .unwrap_or(Duration::ZERO)
}

impl RequestVerifier {
    /// A verifier accepting the keys of `keys`, dates within `clock_skew` of the server
    /// clock, and remembering nonces for twice that.
    pub(crate) fn new(
        keys: KeyStore,
        clock_skew: Duration,
        allow_unsigned: bool,
        nonce_capacity: usize,
    ) -> Self {
        Self {
            keys,
            clock_skew,
            allow_unsigned,
            nonces: NonceCache::new(clock_skew.saturating_mul(2), nonce_capacity),
        }
    }

    /// Verifies `req` as received at `now` (`now_instant` is the same moment on the monotonic
    /// clock, for nonce expiry).
    pub(crate) fn verify(
        &self,
        req: &ReceivedRequest<'_>,
        now: SystemTime,
        now_instant: Instant,
    ) -> Result<Caller, ApiError> {
        let Some(raw_authorization) = req.headers.get(AUTHORIZATION) else {
            if self.allow_unsigned {
                return Ok(Caller::Unsigned);
            }
            return Err(bad_request(
                code::MISSING_AUTHORIZATION,
                "The request has no Authorization header. Sign it with ACS3-HMAC-SHA256 \
                 (Authorization: ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=...,\
                 Signature=...) or ROA HMAC-SHA1 (Authorization: acs <AccessKeyId>:<Signature>).",
            ));
        };
        let authorization_text = raw_authorization.to_str().map_err(|_| {
            bad_request(
                code::INVALID_AUTHORIZATION,
                "The Authorization header holds bytes that are not visible ASCII.",
            )
        })?;
        let authorization = parse_authorization(authorization_text).map_err(|e| match e {
            acs_sign::Error::EmptyAuthorization => bad_request(
                code::MISSING_AUTHORIZATION,
                "The Authorization header is empty.",
            ),
            other => bad_request(code::INVALID_AUTHORIZATION, other.to_string()),
        })?;
        let algorithm = authorization.algorithm();

        // A header that decides identity, time or replay must be sent once: with two values the
        // signature (which joins repeated values) and these checks (which read one) would
        // disagree, and a replay could pass as new by swapping their order.
        for name in SINGLE_VALUED_HEADERS {
            if req.headers.get_all(*name).iter().nth(1).is_some() {
                return Err(bad_request(
                    code::DUPLICATE_HEADER,
                    format!("The `{name}` header is sent more than once; send it once."),
                ));
            }
        }

        // Date and nonce, which both algorithms need.
        let (date_header, date_form) = match algorithm {
            SignatureAlgorithm::RoaHmacSha1 => ("date", "Thu, 02 Jan 2025 03:04:05 GMT"),
            SignatureAlgorithm::Acs3HmacSha256 => (ACS3_DATE_HEADER, "2025-01-02T03:04:05Z"),
        };
        let Some(date_text) = header(req.headers, date_header) else {
            return Err(bad_request(
                code::MISSING_DATE,
                format!(
                    "A request signed with {} must carry a `{date_header}` header, e.g. \
                     `{date_header}: {date_form}`.",
                    algorithm.protocol_name()
                ),
            ));
        };
        let request_time = match algorithm {
            SignatureAlgorithm::RoaHmacSha1 => acs_sign::parse_rfc1123(&date_text),
            SignatureAlgorithm::Acs3HmacSha256 => acs_sign::parse_acs3_date(&date_text),
        }
        .map_err(|e| {
            bad_request(
                code::INVALID_DATE,
                format!("The `{date_header}` header is not usable: {e}."),
            )
        })?;
        let nonce = match header(req.headers, NONCE_HEADER) {
            Some(n) if !n.is_empty() => n,
            _ => {
                return Err(bad_request(
                    code::MISSING_SIGNATURE_NONCE,
                    format!(
                        "The request has no `{NONCE_HEADER}` header; send a value unique to \
                         every request (and every retry)."
                    ),
                ))
            }
        };

        let query = decode_query(req.query.unwrap_or("")).map_err(|e| {
            bad_request(
                code::INVALID_AUTHORIZATION,
                format!("The query string cannot be decoded: {e}."),
            )
        })?;
        let mut signable = SignableRequest::new(req.method, req.path).body(req.body);
        signable.query = query;
        signable.headers = req
            .headers
            .iter()
            .filter(|(name, _)| *name != AUTHORIZATION)
            .map(|(name, value)| {
                (
                    Cow::Borrowed(name.as_str()),
                    String::from_utf8_lossy(value.as_bytes()),
                )
            })
            .collect();

        // Algorithm-specific shape checks, before looking at the key.
        match &authorization {
            Authorization::Roa { .. } => Self::check_roa_shape(req.headers)?,
            Authorization::Acs3 { signed_headers, .. } => {
                Self::check_acs3_shape(req, signed_headers)?;
                signable = signable.retain_headers(signed_headers);
            }
        }

        let access_key_id = authorization.access_key_id();
        let Some(credentials) = self.keys.get(access_key_id) else {
            return Err(gateway(
                StatusCode::NOT_FOUND,
                code::INVALID_ACCESS_KEY_ID,
                format!("Specified access key is not found: {access_key_id}."),
            ));
        };

        if distance(now, request_time) > self.clock_skew {
            let server_time = match algorithm {
                SignatureAlgorithm::RoaHmacSha1 => acs_sign::format_rfc1123(now),
                SignatureAlgorithm::Acs3HmacSha256 => acs_sign::format_acs3_date(now),
            };
            return Err(forbidden(
                code::REQUEST_TIME_TOO_SKEWED,
                format!(
                    "The request time `{date_header}: {date_text}` is {} s away from the server \
                     time {server_time}; at most {} s are allowed. Check the clock of the client.",
                    distance(now, request_time).as_secs(),
                    self.clock_skew.as_secs()
                ),
            ));
        }

        let expected = sign(algorithm, &signable, &credentials);
        if !signatures_match(&expected.signature, authorization.signature()) {
            let mut message = format!(
                "Specified signature does not match our calculation. server string to sign is:{}",
                expected.string_to_sign
            );
            if let Some(canonical_request) = &expected.canonical_request {
                message.push_str("\nserver canonical request is:\n");
                message.push_str(canonical_request);
            }
            return Err(forbidden(code::SIGNATURE_DOES_NOT_MATCH, message));
        }

        Self::check_security_token(req.headers, &credentials)?;

        if !self
            .nonces
            .insert_if_new(access_key_id, &nonce, now_instant)
        {
            return Err(forbidden(
                code::SIGNATURE_NONCE_USED,
                format!(
                    "Specified signature nonce was used already: {nonce}. Send a new \
                     `{NONCE_HEADER}` with every request and every retry."
                ),
            ));
        }

        Ok(Caller::Signed {
            access_key_id: access_key_id.to_owned(),
            algorithm,
        })
    }

    /// ROA v1: the method and version headers, when sent, must name HMAC-SHA1 1.0.
    fn check_roa_shape(headers: &HeaderMap) -> Result<(), ApiError> {
        if let Some(method) = header(headers, SIGNATURE_METHOD_HEADER) {
            if method != roa::SIGNATURE_METHOD {
                return Err(bad_request(
                    code::INVALID_SIGNATURE_METHOD,
                    format!(
                        "`{SIGNATURE_METHOD_HEADER}: {method}` is not supported with an \
                         `acs` Authorization; expected `{}`.",
                        roa::SIGNATURE_METHOD
                    ),
                ));
            }
        }
        if let Some(version) = header(headers, SIGNATURE_VERSION_HEADER) {
            if version != roa::SIGNATURE_VERSION {
                return Err(bad_request(
                    code::INVALID_SIGNATURE_METHOD,
                    format!(
                        "`{SIGNATURE_VERSION_HEADER}: {version}` is not supported; expected `{}`.",
                        roa::SIGNATURE_VERSION
                    ),
                ));
            }
        }
        Ok(())
    }

    /// ACS3: what must be signed is signed, what is signed is present, and the body hash holds.
    fn check_acs3_shape(
        req: &ReceivedRequest<'_>,
        signed_headers: &[&str],
    ) -> Result<(), ApiError> {
        let is_signed = |name: &str| signed_headers.iter().any(|s| s.eq_ignore_ascii_case(name));
        if !is_signed("host") {
            return Err(bad_request(
                code::INCOMPLETE_SIGNATURE,
                "SignedHeaders must include `host`.",
            ));
        }
        for name in req.headers.keys() {
            let must_sign =
                name.as_str().starts_with(roa::SIGNED_HEADER_PREFIX) || *name == CONTENT_TYPE;
            if must_sign && !is_signed(name.as_str()) {
                return Err(bad_request(
                    code::INCOMPLETE_SIGNATURE,
                    format!(
                        "The header `{name}` is sent but not in SignedHeaders; every `x-acs-*` \
                         header and `content-type` must be signed."
                    ),
                ));
            }
        }
        for name in signed_headers {
            if !req.headers.contains_key(*name) {
                return Err(bad_request(
                    code::MISSING_SIGNED_HEADER,
                    format!("SignedHeaders lists `{name}`, but the request has no such header."),
                ));
            }
        }
        let Some(claimed) = header(req.headers, CONTENT_SHA256_HEADER) else {
            return Err(bad_request(
                code::MISSING_CONTENT_SHA256,
                format!(
                    "The request has no `{CONTENT_SHA256_HEADER}` header; send the hex SHA-256 of \
                     the body (`{}` for no body).",
                    acs3::EMPTY_PAYLOAD_SHA256
                ),
            ));
        };
        let actual = acs3::hashed_payload(req.body);
        if claimed != actual {
            return Err(bad_request(
                code::CONTENT_SHA256_MISMATCH,
                format!(
                    "`{CONTENT_SHA256_HEADER}: {claimed}` does not match the {} body bytes \
                     received, whose SHA-256 is {actual}.",
                    req.body.len()
                ),
            ));
        }
        Ok(())
    }

    /// STS: a temporary key needs its own token; a long-lived key must not claim one.
    fn check_security_token(
        headers: &HeaderMap,
        credentials: &Credentials,
    ) -> Result<(), ApiError> {
        let received = headers.get(SECURITY_TOKEN_HEADER).map(|v| v.as_bytes());
        let id = credentials.access_key_id();
        match (credentials.security_token(), received) {
            (None, None) => Ok(()),
            (None, Some(_)) => Err(forbidden(
                code::INVALID_SECURITY_TOKEN,
                format!(
                    "The request carries `{SECURITY_TOKEN_HEADER}`, but access key {id} is not \
                     an STS credential."
                ),
            )),
            (Some(_), None) => Err(forbidden(
                code::INVALID_SECURITY_TOKEN,
                format!(
                    "Access key {id} is an STS credential; the request must carry (and sign) \
                     its `{SECURITY_TOKEN_HEADER}`."
                ),
            )),
            (Some(expected), Some(received)) => {
                let same = expected.len() == received.len()
                    && bool::from(expected.as_bytes().ct_eq(received));
                if !same {
                    return Err(forbidden(
                        code::INVALID_SECURITY_TOKEN,
                        format!(
                            "The `{SECURITY_TOKEN_HEADER}` is not the security token of access \
                             key {id}."
                        ),
                    ));
                }
                let claimed = headers
                    .get_all(ACCESS_KEY_ID_HEADER)
                    .iter()
                    .map(|v| String::from_utf8_lossy(v.as_bytes()))
                    .find(|claimed| claimed != id);
                match claimed {
                    Some(claimed) => Err(forbidden(
                        code::INVALID_SECURITY_TOKEN,
                        format!(
                            "`{ACCESS_KEY_ID_HEADER}: {claimed}` does not name the access key \
                             {id} of the Authorization header."
                        ),
                    )),
                    None => Ok(()),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_decodes_plus_percent_and_bare_keys() {
        let pairs =
            decode_query("name=my+job%2F1%2A~&status&sorter.status=desc&&x=%E5%BA%93").unwrap();
        let pairs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_ref(), v.as_ref()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("name", "my job/1*~"),
                ("status", ""),
                ("sorter.status", "desc"),
                ("x", "库")
            ]
        );
        assert!(decode_query("a=%FF").is_err());
    }

    #[test]
    fn distance_is_symmetric() {
        let a = SystemTime::UNIX_EPOCH + Duration::from_secs(100);
        let b = SystemTime::UNIX_EPOCH + Duration::from_secs(40);
        assert_eq!(distance(a, b), Duration::from_secs(60));
        assert_eq!(distance(b, a), Duration::from_secs(60));
    }
}
