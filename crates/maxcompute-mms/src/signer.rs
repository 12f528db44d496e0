//! Signs and sends each request of the generated client.

use std::{fmt, sync::Arc, time::SystemTime};

use acs_sign::{Credentials, SignableRequest, SignatureAlgorithm, SigningParams};
use bytes::{Bytes, BytesMut};
use mms_api::{BoxFuture, HookError, Operation, RequestHooks};
use reqwest::header::{
    HeaderName, HeaderValue, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, HOST, LOCATION,
    USER_AGENT,
};

use crate::{
    credentials::ProvideCredentials,
    exchange::{self, RawResponse},
    request_checks, Error,
};

/// The content type of a JSON body, as the official SDKs send it.
const JSON_CONTENT_TYPE: &str = "application/json; charset=utf-8";

/// The source of signing times; the system clock unless a test replaces it.
pub(crate) type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// The request hooks of the client: add the protocol headers and the signature, then send the
/// request and read the answer within the size limit.
pub(crate) struct SigningHooks {
    credentials: Arc<dyn ProvideCredentials>,
    algorithm: SignatureAlgorithm,
    host: String,
    /// `host` and the user agent as header values, made once rather than at every request
    /// (an invalid one is still reported at each request, as before).
    host_header: Result<HeaderValue, String>,
    user_agent: Result<HeaderValue, String>,
    clock: Clock,
    max_response_bytes: usize,
}

impl fmt::Debug for SigningHooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningHooks")
            .field("credentials", &self.credentials.name())
            .field("algorithm", &self.algorithm)
            .field("host", &self.host)
            .finish_non_exhaustive()
    }
}

impl SigningHooks {
    pub(crate) fn new(
        credentials: Arc<dyn ProvideCredentials>,
        algorithm: SignatureAlgorithm,
        host: String,
        user_agent: &str,
        clock: Clock,
        max_response_bytes: usize,
    ) -> Self {
        let header = |v: &str| HeaderValue::from_str(v).map_err(|e| e.to_string());
        Self {
            credentials,
            algorithm,
            host_header: header(&host),
            host,
            user_agent: header(user_agent),
            clock,
            max_response_bytes,
        }
    }
}

/// A new random nonce for every attempt: 128 bits as 32 hex digits, like the official SDK's.
fn nonce() -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let value = rand::random::<u128>();
    let mut nonce = String::with_capacity(32);
    for nibble in (0..32).rev() {
        nonce.push(char::from(DIGITS[(value >> (nibble * 4)) as usize & 0xf]));
    }
    nonce
}

impl SigningHooks {
    fn sign(
        &self,
        request: &mut reqwest::Request,
        operation: &Operation,
        credentials: &Credentials,
    ) -> Result<(), Error> {
        exchange::record(|ex| {
            ex.secrets.add(credentials.access_key_secret());
            if let Some(token) = credentials.security_token() {
                ex.secrets.add(token);
            }
        });
        let body: Vec<u8> = request
            .body()
            .and_then(|b| b.as_bytes())
            .map(<[u8]>::to_vec)
            .unwrap_or_default();
        let nonce = nonce();
        let params = SigningParams {
            credentials,
            time: (self.clock)(),
            nonce: &nonce,
            action: operation.action,
            version: operation.version,
        };
        let invalid = |what: &str, e: &dyn fmt::Display| Error::InvalidInput {
            what: what.to_string(),
            problem: e.to_string(),
        };

        let host = self
            .host_header
            .clone()
            .map_err(|e| invalid("endpoint host", &e))?;
        let user_agent = self
            .user_agent
            .clone()
            .map_err(|e| invalid("user agent", &e))?;
        let headers = request.headers_mut();
        // progenitor's own version header is not part of the ACS protocol.
        headers.remove("api-version");
        // The official SDKs name the charset of a JSON body, and sign the header that says so.
        if headers
            .get(CONTENT_TYPE)
            .is_some_and(|v| v == "application/json")
        {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static(JSON_CONTENT_TYPE));
        }
        // Room for the host, user agent, protocol headers and signature at once, rather than
        // growing the map (and rehashing it) several times.
        headers.reserve(12);
        // Signed headers must reach the wire byte for byte: set them here rather than leaving
        // them to the HTTP stack.
        headers.insert(HOST, host);
        headers.insert(USER_AGENT, user_agent);
        for (name, value) in acs_sign::protocol_headers(self.algorithm, &params, &body) {
            // From the `String` itself: no second copy of the value.
            let mut value = HeaderValue::try_from(value).map_err(|e| invalid(name, &e))?;
            if name == "x-acs-security-token" {
                value.set_sensitive(true);
            }
            headers.insert(HeaderName::from_static(name), value);
        }

        let url = request.url();
        let mut signable = SignableRequest::new(request.method().as_str(), url.path()).body(&body);
        if url.query().is_some() {
            signable.query = url.query_pairs().collect();
        }
        signable.headers.reserve_exact(request.headers().len());
        for (name, value) in request.headers() {
            let value = value.to_str().map_err(|e| invalid(name.as_str(), &e))?;
            signable.headers.push((name.as_str().into(), value.into()));
        }
        let signature = acs_sign::sign(self.algorithm, &signable, credentials);
        let mut authorization = HeaderValue::try_from(signature.authorization)
            .map_err(|e| invalid("authorization", &e))?;
        authorization.set_sensitive(true);
        request.headers_mut().insert(AUTHORIZATION, authorization);
        tracing::debug!(
            action = operation.action,
            algorithm = %self.algorithm,
            access_key_id = credentials.access_key_id(),
            "signed request"
        );
        Ok(())
    }

    async fn send(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        operation: &Operation,
    ) -> reqwest::Result<reqwest::Response> {
        let mut response = client.execute(request).await?;
        let status = response.status();
        // Owned without a copy: the body is read with `chunk`, which does not need them.
        let headers = std::mem::take(response.headers_mut());
        let action = operation.action;

        if status.is_redirection() {
            let location = headers
                .get(LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            exchange::record(|ex| {
                ex.failure = Some(Error::Redirect {
                    action,
                    status: status.as_u16(),
                    location,
                })
            });
            return Ok(rebuild(status, headers, Bytes::new()));
        }

        let limit = self.max_response_bytes;
        let too_large = || Error::ResponseTooLarge {
            action,
            status: status.as_u16(),
            limit,
        };
        let declared = headers
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > limit as u64) {
            exchange::record(|ex| ex.failure = Some(too_large()));
            return Ok(rebuild(status, headers, Bytes::new()));
        }

        let mut body = BytesMut::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > limit {
                        exchange::record(|ex| ex.failure = Some(too_large()));
                        return Ok(rebuild(status, headers, Bytes::new()));
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => {
                    let failure = if e.is_timeout() {
                        Error::Timeout {
                            action,
                            what: "reading the answer".into(),
                        }
                    } else {
                        Error::Transport {
                            action,
                            message: format!("the answer was cut short: {e}"),
                            request_sent: true,
                            source: Some(Box::new(e)),
                        }
                    };
                    exchange::record(|ex| ex.failure = Some(failure));
                    return Ok(rebuild(status, headers, Bytes::new()));
                }
            }
        }
        let body = body.freeze();
        exchange::record(|ex| {
            ex.response = Some(RawResponse {
                status: status.as_u16(),
                headers: headers.clone(),
                body: body.clone(),
            })
        });
        Ok(rebuild(status, headers, body))
    }
}

/// A response already read, handed back to the generated client to decode.
fn rebuild(
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Bytes,
) -> reqwest::Response {
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    reqwest::Response::from(response)
}

impl RequestHooks for SigningHooks {
    fn prepare<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
        operation: &'a Operation,
    ) -> BoxFuture<'a, Result<(), HookError>> {
        Box::pin(async move {
            // May ask a credentials service (STS, ECS metadata): awaited, never blocking.
            let signed = match request_checks::check_path_ids(request, operation.route) {
                Ok(()) => match self.credentials.provide().await {
                    Ok(credentials) => self.sign(request, operation, &credentials),
                    Err(e) => Err(Error::from(e)),
                },
                Err(e) => Err(e),
            };
            // After signing: like the official SDKs, sign no `content-length`, which the HTTP
            // stack owns.
            signed
                .map(|()| request_checks::set_empty_body_length(request))
                .map_err(|e| {
                    let message = e.to_string();
                    exchange::record(|ex| ex.failure = Some(e));
                    HookError::from(message)
                })
        })
    }

    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'a Operation,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        Box::pin(self.send(client, request, operation))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_are_32_lowercase_hex_digits_and_never_repeat() {
        let a = nonce();
        let b = nonce();
        assert_eq!(a.len(), 32);
        assert!(
            a.bytes()
                .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c)),
            "{a}"
        );
        assert_ne!(a, b);
    }
}
