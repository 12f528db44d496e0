//! Building signed requests by hand for the emulator's tests: either algorithm, optionally STS,
//! with the time and nonce injectable, and every part open to tampering before it is sent.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::borrow::Cow;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use acs_sign::{
    percent_encode, protocol_headers, sign, Credentials, SignableRequest, Signature,
    SignatureAlgorithm, SigningParams,
};
use mms_emulator::{RunningEmulator, DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET};
use serde_json::Value;

pub use SignatureAlgorithm::{Acs3HmacSha256 as ACS3, RoaHmacSha1 as ROA};

/// Both algorithms, for tests that must hold for each.
pub const ALGORITHMS: [SignatureAlgorithm; 2] = [ACS3, ROA];

/// The path of the documented example job.
pub const EXAMPLE_PATH: &str = "/api/v1/mms/datasources/2/jobs/10";

pub fn demo_credentials() -> Credentials {
    Credentials::new(DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET)
}

/// A nonce unique within this test process.
pub fn fresh_nonce() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_nanos();
    format!("{now:x}{n:08x}{:x}", std::process::id())
}

/// What to sign and send.
#[derive(Debug, Clone)]
pub struct RequestSpec {
    pub algorithm: SignatureAlgorithm,
    pub credentials: Credentials,
    pub method: String,
    /// Already percent-encoded, as on the wire.
    pub path: String,
    /// Raw pairs; sent form-encoded (space as `+`) like the official SDK.
    pub query: Vec<(String, String)>,
    pub time: SystemTime,
    pub nonce: String,
    pub action: String,
    pub version: String,
    pub body: Vec<u8>,
    /// Headers added before signing (and signed); one named like a protocol header replaces it.
    pub extra_headers: Vec<(String, String)>,
    /// Headers sent but left out of the ACS3 signature (and SignedHeaders).
    pub unsigned_headers: Vec<String>,
}

impl RequestSpec {
    /// A GetMmsJob request of `path`, signed now with a fresh nonce.
    pub fn new(algorithm: SignatureAlgorithm, credentials: Credentials, path: &str) -> Self {
        Self {
            algorithm,
            credentials,
            method: "GET".to_owned(),
            path: path.to_owned(),
            query: Vec::new(),
            time: SystemTime::now(),
            nonce: fresh_nonce(),
            action: "GetMmsJob".to_owned(),
            version: "2022-01-04".to_owned(),
            body: Vec::new(),
            extra_headers: Vec::new(),
            unsigned_headers: Vec::new(),
        }
    }

    /// The documented example job, signed with the demo pair.
    pub fn example(algorithm: SignatureAlgorithm) -> Self {
        Self::new(algorithm, demo_credentials(), EXAMPLE_PATH)
    }

    /// Signs for an emulator at `addr` (the `host` header is `addr`).
    pub fn sign(&self, addr: SocketAddr) -> SignedRequest {
        let params = SigningParams {
            credentials: &self.credentials,
            time: self.time,
            nonce: &self.nonce,
            action: &self.action,
            version: &self.version,
        };
        let mut headers: Vec<(String, String)> = vec![
            ("host".to_owned(), addr.to_string()),
            ("accept".to_owned(), "application/json".to_owned()),
        ];
        if !self.body.is_empty() {
            headers.push((
                "content-type".to_owned(),
                "application/json; charset=utf-8".to_owned(),
            ));
        }
        headers.extend(
            protocol_headers(self.algorithm, &params, &self.body)
                .into_iter()
                .map(|(n, v)| (n.to_owned(), v)),
        );
        for (name, value) in &self.extra_headers {
            match headers
                .iter_mut()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                Some(existing) => existing.1 = value.clone(),
                None => headers.push((name.clone(), value.clone())),
            }
        }

        let mut signable = SignableRequest::new(&self.method, &self.path).body(&self.body);
        signable.query = self
            .query
            .iter()
            .map(|(k, v)| (Cow::from(k.as_str()), Cow::from(v.as_str())))
            .collect();
        signable.headers = headers
            .iter()
            .filter(|(n, _)| {
                !self
                    .unsigned_headers
                    .iter()
                    .any(|u| u.eq_ignore_ascii_case(n))
            })
            .map(|(n, v)| (Cow::from(n.as_str()), Cow::from(v.as_str())))
            .collect();
        let signature = sign(self.algorithm, &signable, &self.credentials);
        headers.push(("authorization".to_owned(), signature.authorization.clone()));

        let mut path_and_query = self.path.clone();
        if !self.query.is_empty() {
            let wire: Vec<String> = self
                .query
                .iter()
                .map(|(k, v)| {
                    format!(
                        "{}={}",
                        percent_encode(k).replace("%20", "+"),
                        percent_encode(v).replace("%20", "+")
                    )
                })
                .collect();
            path_and_query.push('?');
            path_and_query.push_str(&wire.join("&"));
        }
        SignedRequest {
            method: self.method.clone(),
            path_and_query,
            headers,
            body: self.body.clone(),
            signature,
        }
    }
}

/// A request ready to send, with the signature's stages for assertions.
#[derive(Debug, Clone)]
pub struct SignedRequest {
    pub method: String,
    pub path_and_query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub signature: Signature,
}

impl SignedRequest {
    pub fn without_header(mut self, name: &str) -> Self {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        self
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self = self.without_header(name);
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    pub async fn send(&self, emulator: &RunningEmulator) -> reqwest::Response {
        self.try_send(emulator).await.expect("request failed")
    }

    pub async fn try_send(&self, emulator: &RunningEmulator) -> reqwest::Result<reqwest::Response> {
        let url = format!("{}{}", emulator.base_url(), self.path_and_query);
        let method = reqwest::Method::from_bytes(self.method.as_bytes()).unwrap();
        let mut request = client().request(method, url);
        for (name, value) in &self.headers {
            request = request.header(name, value);
        }
        request.body(self.body.clone()).send().await
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// An answer read in full.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Answer {
    pub async fn from(response: reqwest::Response) -> Self {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap();
        let body = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("answer {status} is not JSON ({e}): {text}"));
        Self {
            status,
            headers,
            body,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The request id of the header, checked to equal the one in the body (either spelling).
    pub fn request_id(&self) -> String {
        let header = self
            .header("x-acs-request-id")
            .unwrap_or_else(|| panic!("no x-acs-request-id: {self:?}"))
            .to_owned();
        let body = self.body["requestId"]
            .as_str()
            .or_else(|| self.body["RequestId"].as_str())
            .unwrap_or_else(|| panic!("no request id in the body: {}", self.body));
        assert_eq!(header, body, "header and body request ids differ");
        assert!(!header.is_empty());
        header
    }

    /// Asserts a gateway error (PascalCase body) with this status and code; returns its Message.
    pub fn assert_gateway_error(&self, status: u16, code: &str) -> String {
        assert_eq!(
            (self.status, self.body["Code"].as_str()),
            (status, Some(code)),
            "{:#}",
            self.body
        );
        self.request_id();
        let host_id = self.body["HostId"].as_str().unwrap_or("");
        assert!(!host_id.is_empty(), "{}", self.body);
        assert!(self.body["Recommend"].is_string(), "{}", self.body);
        let message = self.body["Message"].as_str().unwrap_or("").to_owned();
        assert!(!message.is_empty(), "{}", self.body);
        message
    }

    /// Asserts a service error (camelCase body) with this status and code; returns its message.
    pub fn assert_service_error(&self, status: u16, code: &str) -> String {
        assert_eq!(
            (self.status, self.body["code"].as_str()),
            (status, Some(code)),
            "{:#}",
            self.body
        );
        assert_eq!(self.body["httpCode"], Value::from(status), "{}", self.body);
        self.request_id();
        let message = self.body["message"].as_str().unwrap_or("").to_owned();
        assert!(!message.is_empty(), "{}", self.body);
        message
    }
}

/// Signs `spec` for `emulator`, sends it and reads the answer.
pub async fn call(emulator: &RunningEmulator, spec: &RequestSpec) -> Answer {
    Answer::from(spec.sign(emulator.addr()).send(emulator).await).await
}

/// Sends an already signed (possibly tampered) request and reads the answer.
pub async fn call_signed(emulator: &RunningEmulator, request: &SignedRequest) -> Answer {
    Answer::from(request.send(emulator).await).await
}

/// Calls any operation with the demo pair: `api.get(...)`, `api.send(...)`.
#[derive(Debug, Clone, Copy)]
pub struct Api<'a> {
    pub emulator: &'a RunningEmulator,
    pub algorithm: SignatureAlgorithm,
}

impl<'a> Api<'a> {
    pub fn new(emulator: &'a RunningEmulator) -> Self {
        Self {
            emulator,
            algorithm: ACS3,
        }
    }

    /// A signed request of `action` and reads the answer.
    pub async fn call(
        &self,
        action: &str,
        method: &str,
        path: &str,
        query: &[(&str, &str)],
        body: Option<Value>,
    ) -> Answer {
        let mut spec = RequestSpec::new(self.algorithm, demo_credentials(), path);
        spec.action = action.to_owned();
        spec.method = method.to_owned();
        spec.query = query
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        if let Some(body) = body {
            spec.body = serde_json::to_vec(&body).unwrap();
        }
        call(self.emulator, &spec).await
    }

    /// A GET of `action`.
    pub async fn get(&self, action: &str, path: &str, query: &[(&str, &str)]) -> Answer {
        self.call(action, "GET", path, query, None).await
    }

    /// A GET that must succeed; its `data`.
    pub async fn data(&self, action: &str, path: &str, query: &[(&str, &str)]) -> Value {
        self.get(action, path, query).await.ok(action)
    }

    /// A write of `action` (POST, PUT or DELETE) with an optional JSON body.
    pub async fn send(
        &self,
        action: &str,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> Answer {
        self.call(action, method, path, &[], body).await
    }
}

impl Answer {
    /// Asserts a 200 with a request id; returns `data`.
    pub fn ok(&self, what: &str) -> Value {
        assert_eq!(self.status, 200, "{what}: {:#}", self.body);
        self.request_id();
        self.body["data"].clone()
    }
}
