//! Signs and sends each request of the generated client.

use std::{fmt, sync::Arc, time::SystemTime};

use acs_sign::{SignableRequest, SignatureAlgorithm, SigningParams};
use bytes::{Bytes, BytesMut};
use mms_api::{BoxFuture, HookError, Operation, RequestHooks};
use reqwest::header::{
    HeaderName, HeaderValue, AUTHORIZATION, CONTENT_LENGTH, HOST, LOCATION, USER_AGENT,
};

use crate::{
    credentials::{CredentialsError, ProvideCredentials},
    exchange::{self, RawResponse},
    Error,
};

/// The source of signing times; the system clock unless a test replaces it.
pub(crate) type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// The request hooks of the client: add the protocol headers and the signature, then send the
/// request and read the answer within the size limit.
pub(crate) struct SigningHooks {
    pub credentials: Arc<dyn ProvideCredentials>,
    pub algorithm: SignatureAlgorithm,
    pub host: String,
    pub user_agent: String,
    pub clock: Clock,
    pub max_response_bytes: usize,
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

/// A new random nonce for every attempt: 128 bits as 32 hex digits, like the official SDK's.
fn nonce() -> String {
    format!("{:032x}", rand::random::<u128>())
}

impl SigningHooks {
    fn sign(&self, request: &mut reqwest::Request, operation: &Operation) -> Result<(), Error> {
        let credentials =
            self.credentials
                .provide()?
                .ok_or_else(|| CredentialsError::NotFound {
                    tried: vec![self.credentials.name()],
                })?;
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
            credentials: &credentials,
            time: (self.clock)(),
            nonce: &nonce,
            action: operation.action,
            version: operation.version,
        };
        let invalid = |what: &str, e: &dyn fmt::Display| Error::InvalidInput {
            what: what.to_string(),
            problem: e.to_string(),
        };

        let headers = request.headers_mut();
        // progenitor's own version header is not part of the ACS protocol.
        headers.remove("api-version");
        // Signed headers must reach the wire byte for byte: set them here rather than leaving
        // them to the HTTP stack.
        headers.insert(
            HOST,
            HeaderValue::from_str(&self.host).map_err(|e| invalid("endpoint host", &e))?,
        );
        headers.insert(
            USER_AGENT,
            HeaderValue::from_str(&self.user_agent).map_err(|e| invalid("user agent", &e))?,
        );
        for (name, value) in acs_sign::protocol_headers(self.algorithm, &params, &body) {
            let mut value = HeaderValue::from_str(&value).map_err(|e| invalid(name, &e))?;
            if name == "x-acs-security-token" {
                value.set_sensitive(true);
            }
            headers.insert(HeaderName::from_static(name), value);
        }

        let url = request.url().clone();
        let query: Vec<_> = url.query_pairs().collect();
        let mut signable = SignableRequest::new(request.method().as_str(), url.path()).body(&body);
        signable.query = query;
        for (name, value) in request.headers() {
            let value = value.to_str().map_err(|e| invalid(name.as_str(), &e))?;
            signable = signable.header(name.as_str(), value);
        }
        let signature = acs_sign::sign(self.algorithm, &signable, &credentials);
        let mut authorization = HeaderValue::from_str(&signature.authorization)
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
        let headers = response.headers().clone();
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
            self.sign(request, operation).map_err(|e| {
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
