//! A loopback HTTP server that records every request and answers from a script, or from a
//! function of the request.

use std::{
    collections::VecDeque,
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use axum::{body::Bytes, extract::State, http::Request, response::Response, Router};

/// What the server saw of one request.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// Request method, as sent.
    pub method: String,
    /// Path and query, as sent.
    pub uri: String,
    /// Every header, names lowercased, in the order received.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Bytes,
}

impl RecordedRequest {
    /// The value of the first header called `name` (lowercase).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One scripted answer.
#[derive(Debug, Clone)]
pub struct CannedResponse {
    /// HTTP status.
    pub status: u16,
    /// Headers to send.
    pub headers: Vec<(String, String)>,
    /// Body to send.
    pub body: String,
}

impl CannedResponse {
    /// A JSON answer with `status`.
    pub fn json(status: u16, body: impl Into<String>) -> CannedResponse {
        CannedResponse {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.into(),
        }
    }

    /// Adds a header.
    pub fn with_header(mut self, name: &str, value: &str) -> CannedResponse {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// An answer computed from the request it answers.
type Responder = Arc<dyn Fn(&RecordedRequest) -> CannedResponse + Send + Sync>;

#[derive(Default)]
struct Shared {
    requests: Vec<RecordedRequest>,
    script: VecDeque<CannedResponse>,
    fallback: Option<CannedResponse>,
    responder: Option<Responder>,
}

/// A server on an ephemeral loopback port; it stops when dropped.
#[derive(Debug)]
pub struct RecordingServer {
    addr: SocketAddr,
    shared: Arc<Mutex<Shared>>,
    task: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("requests", &self.requests.len())
            .finish()
    }
}

impl RecordingServer {
    /// Starts a server that answers the `script` in order, then repeats `fallback` (or 500).
    pub async fn start(
        script: Vec<CannedResponse>,
        fallback: Option<CannedResponse>,
    ) -> RecordingServer {
        RecordingServer::serve(Shared {
            requests: Vec::new(),
            script: script.into(),
            fallback,
            responder: None,
        })
        .await
    }

    /// Starts a server that answers every request with `responder(request)`.
    pub async fn answering(
        responder: impl Fn(&RecordedRequest) -> CannedResponse + Send + Sync + 'static,
    ) -> RecordingServer {
        RecordingServer::serve(Shared {
            responder: Some(Arc::new(responder)),
            ..Shared::default()
        })
        .await
    }

    async fn serve(shared: Shared) -> RecordingServer {
        let shared = Arc::new(Mutex::new(shared));
        let app = Router::new().fallback(record).with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .unwrap_or_else(|e| panic!("cannot bind loopback: {e}"));
        let addr = listener
            .local_addr()
            .unwrap_or_else(|e| panic!("no local address: {e}"));
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        RecordingServer { addr, shared, task }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `127.0.0.1:PORT`.
    pub fn host(&self) -> String {
        self.addr.to_string()
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Every request seen so far.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared
            .lock()
            .map(|s| s.requests.clone())
            .unwrap_or_default()
    }
}

impl Drop for RecordingServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn record(
    State(shared): State<Arc<Mutex<Shared>>>,
    request: Request<axum::body::Body>,
) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let recorded = RecordedRequest {
        method: parts.method.to_string(),
        uri: parts.uri.to_string(),
        headers: parts
            .headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body,
    };
    let canned = {
        let mut shared = match shared.lock() {
            Ok(shared) => shared,
            Err(poisoned) => poisoned.into_inner(),
        };
        let answer = shared.responder.as_ref().map(|respond| respond(&recorded));
        shared.requests.push(recorded);
        answer
            .or_else(|| shared.script.pop_front())
            .or_else(|| shared.fallback.clone())
            .unwrap_or_else(|| {
                CannedResponse::json(500, r#"{"code":"NoScript","message":"script exhausted"}"#)
            })
    };
    let mut response = Response::builder().status(canned.status);
    for (name, value) in &canned.headers {
        response = response.header(name, value);
    }
    response
        .body(axum::body::Body::from(canned.body))
        .unwrap_or_else(|_| Response::new(axum::body::Body::empty()))
}
