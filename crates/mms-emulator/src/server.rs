//! The HTTP side: routing, the front door every request passes, the GetMmsJob handler, and the
//! running server.

use std::future::IntoFuture;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use axum::body::{Body, Bytes};
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Request, State};
use axum::http::header::HOST;
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::{Json, Router};
use mms_api::types::GetMmsJobResponse;
use rand::Rng;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::api_error::{code, ApiError, LoggedCode, REQUEST_ID_HEADER};
use crate::config::EmulatorConfig;
use crate::error::Error;
use crate::faults::{Fault, FaultDice};
use crate::store::{documented_example_job, JobStore, Lookup, EXAMPLE_SOURCE_ID};
use crate::verify::{Caller, ReceivedRequest, RequestVerifier};

/// The route of GetMmsJob.
pub const GET_MMS_JOB_PATH: &str = "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}";

/// The action and version GetMmsJob requests must name.
const GET_MMS_JOB_ACTION: &str = "GetMmsJob";
const API_VERSION: &str = "2022-01-04";

/// Bodies above this are refused; MMS bodies are small JSON documents.
const MAX_BODY_BYTES: usize = 1024 * 1024;

/// How long [`RunningEmulator::stop`] waits for open requests before cutting them off.
const STOP_GRACE: Duration = Duration::from_secs(5);

/// What every handler knows about the request it answers.
#[derive(Debug, Clone)]
pub(crate) struct RequestContext {
    pub(crate) request_id: String,
    /// The `HostId` of gateway errors: the host the client addressed.
    pub(crate) host_id: String,
}

/// Everything the server shares between requests.
#[derive(Debug)]
struct Shared {
    verifier: RequestVerifier,
    store: JobStore,
    faults: FaultDice,
    requests: AtomicU64,
    addr: SocketAddr,
}

/// A request id in the service's form: uppercase hex, 8-4-4-4-12.
fn new_request_id() -> String {
    let b: [u8; 16] = rand::rng().random();
    let hex: String = b.iter().map(|x| format!("{x:02X}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// An answer whose body fails at once, so hyper aborts the connection: the client sees a
/// transport error (a reset or an incomplete message), not an HTTP error.
fn dropped_connection() -> Response {
    let failing = futures::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "connection dropped by fault injection",
        ))
    });
    let mut response = Response::new(Body::from_stream(failing));
    response
        .extensions_mut()
        .insert(LoggedCode("ConnectionDropped"));
    response
}

/// The front door: counts the request, gives it an id, injects faults, stamps the id on the
/// answer and logs one line (never the Authorization value or any secret).
async fn front_door(
    State(shared): State<Arc<Shared>>,
    mut request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    shared.requests.fetch_add(1, Ordering::Relaxed);
    let ctx = RequestContext {
        request_id: new_request_id(),
        host_id: request
            .headers()
            .get(HOST)
            .and_then(|h| h.to_str().ok())
            .map_or_else(|| shared.addr.to_string(), str::to_owned),
    };
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    request.extensions_mut().insert(ctx.clone());

    let latency = shared.faults.latency();
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let mut response = match shared.faults.roll() {
        Some(Fault::Drop) => dropped_connection(),
        Some(Fault::Throttle { retry_after_ms }) => ApiError {
            retry_after_ms: Some(retry_after_ms),
            ..ApiError::gateway(
                StatusCode::TOO_MANY_REQUESTS,
                code::THROTTLING,
                format!(
                    "Request was denied due to user flow control. Retry after {retry_after_ms} ms."
                ),
            )
        }
        .into_response(&ctx),
        Some(Fault::Unavailable) => ApiError::gateway(
            StatusCode::SERVICE_UNAVAILABLE,
            code::SERVICE_UNAVAILABLE,
            "The request has failed due to a temporary failure of the server.",
        )
        .into_response(&ctx),
        None => next.run(request).await,
    };
    if let Ok(value) = HeaderValue::from_str(&ctx.request_id) {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    let error_code = response
        .extensions()
        .get::<LoggedCode>()
        .map_or("", |c| c.0);
    tracing::info!(
        %method,
        path,
        status = response.status().as_u16(),
        request_id = ctx.request_id,
        code = error_code,
        elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        "request"
    );
    response
}

/// 404 for every path and method the emulator does not serve.
async fn not_found(request: Request) -> Response {
    let ctx = context(&request);
    unknown_route(&request).into_response(&ctx)
}

fn unknown_route(request: &Request) -> ApiError {
    ApiError::service(
        StatusCode::NOT_FOUND,
        code::NOT_FOUND,
        format!(
            "No API answers {} {}. The emulator serves GET {GET_MMS_JOB_PATH}.",
            request.method(),
            request.uri().path()
        ),
    )
}

/// The context the front door stored; a fresh one if the handler runs without it (it cannot,
/// since the front door wraps every route).
fn context(request: &Request) -> RequestContext {
    request
        .extensions()
        .get::<RequestContext>()
        .cloned()
        .unwrap_or_else(|| RequestContext {
            request_id: new_request_id(),
            host_id: String::new(),
        })
}

/// `x-acs-action` and `x-acs-version` must name this operation. Unsigned requests (benchmark
/// mode) may leave them out.
fn check_action_and_version(request: &Request, caller: &Caller) -> Result<(), ApiError> {
    for (name, expected, code) in [
        ("x-acs-action", GET_MMS_JOB_ACTION, code::INVALID_ACTION),
        ("x-acs-version", API_VERSION, code::INVALID_VERSION),
    ] {
        let value = request
            .headers()
            .get(name)
            .map(|v| String::from_utf8_lossy(v.as_bytes()));
        match value {
            Some(v) if v == expected => {}
            None if *caller == Caller::Unsigned => {}
            Some(v) => {
                return Err(ApiError::gateway(
                    StatusCode::BAD_REQUEST,
                    code,
                    format!(
                        "`{name}: {v}` does not fit GET {GET_MMS_JOB_PATH}; expected `{name}: {expected}`."
                    ),
                ))
            }
            None => {
                return Err(ApiError::gateway(
                    StatusCode::BAD_REQUEST,
                    code,
                    format!("The request has no `{name}` header; expected `{name}: {expected}`."),
                ))
            }
        }
    }
    Ok(())
}

/// Parses a path parameter that must be an int64.
fn id_parameter(name: &str, value: &str) -> Result<i64, ApiError> {
    value.parse().map_err(|_| {
        ApiError::service(
            StatusCode::BAD_REQUEST,
            code::INVALID_PARAMETER,
            format!("The parameter {name} must be an integer (int64), but it is {value:?}."),
        )
    })
}

/// `GET /api/v1/mms/datasources/{sourceId}/jobs/{jobId}`.
async fn get_mms_job(
    State(shared): State<Arc<Shared>>,
    ids: Result<Path<(String, String)>, PathRejection>,
    request: Request,
) -> Response {
    let ctx = context(&request);
    match serve_get_mms_job(&shared, &ctx, ids, request).await {
        Ok(response) => response,
        Err(error) => error.into_response(&ctx),
    }
}

async fn serve_get_mms_job(
    shared: &Shared,
    ctx: &RequestContext,
    ids: Result<Path<(String, String)>, PathRejection>,
    request: Request,
) -> Result<Response, ApiError> {
    if request.method() != Method::GET {
        return Err(unknown_route(&request));
    }
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| {
            ApiError::gateway(
                StatusCode::PAYLOAD_TOO_LARGE,
                code::REQUEST_TOO_LARGE,
                format!("The body is larger than {MAX_BODY_BYTES} bytes, or could not be read."),
            )
        })?;
    let received = ReceivedRequest {
        method: parts.method.as_str(),
        path: parts.uri.path(),
        query: parts.uri.query(),
        headers: &parts.headers,
        body: &body,
    };
    let caller = shared
        .verifier
        .verify(&received, SystemTime::now(), Instant::now())?;
    let request = Request::from_parts(parts, Body::empty());
    check_action_and_version(&request, &caller)?;

    let Path((source_id, job_id)) = ids.map_err(|e| {
        ApiError::service(
            StatusCode::BAD_REQUEST,
            code::INVALID_PARAMETER,
            format!("The path parameters cannot be read: {e}."),
        )
    })?;
    let source_id = id_parameter("sourceId", &source_id)?;
    let job_id = id_parameter("jobId", &job_id)?;
    match shared.store.read(source_id, job_id, Instant::now()) {
        Lookup::NoSuchSource => Err(ApiError::service(
            StatusCode::NOT_FOUND,
            code::NO_SUCH_DATA_SOURCE,
            format!("The data source {source_id} does not exist."),
        )),
        Lookup::NoSuchJob => Err(ApiError::service(
            StatusCode::NOT_FOUND,
            code::NO_SUCH_JOB,
            format!("The job {job_id} does not exist in data source {source_id}."),
        )),
        Lookup::Found(job) => {
            let body = GetMmsJobResponse {
                request_id: Some(ctx.request_id.clone()),
                data: Some(*job),
            };
            Ok(Json(body).into_response())
        }
    }
}

/// Starts an emulator: binds its socket, then serves in the background until stopped.
///
/// # Errors
/// [`Error::InvalidConfig`] for out-of-range settings or progress of an unknown job,
/// [`Error::Bind`] if the address cannot be bound.
pub async fn start(config: EmulatorConfig) -> Result<RunningEmulator, Error> {
    config.validate()?;
    let store = JobStore::default();
    if config.documented_example {
        store.insert(EXAMPLE_SOURCE_ID, documented_example_job(), None);
    }
    for (source_id, job, progress) in &config.jobs {
        store.insert(*source_id, job.clone(), *progress);
    }
    for (source_id, job_id, progress) in &config.progress {
        if !store.set_progress(*source_id, *job_id, *progress) {
            return Err(Error::InvalidConfig(format!(
                "progress is set for job {job_id} of data source {source_id}, but no such job is \
                 configured"
            )));
        }
    }

    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|source| Error::Bind {
            addr: config.bind,
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| Error::Bind {
        addr: config.bind,
        source,
    })?;

    let shared = Arc::new(Shared {
        verifier: RequestVerifier::new(
            config.effective_credentials(),
            config.clock_skew,
            config.allow_unsigned,
            config.nonce_capacity,
        ),
        store,
        faults: FaultDice::new(config.faults.clone()),
        requests: AtomicU64::new(0),
        addr,
    });
    let router = Router::new()
        .route(
            "/api/v1/mms/datasources/{source_id}/jobs/{job_id}",
            any(get_mms_job),
        )
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(shared.clone(), front_door))
        .with_state(shared.clone());

    let (shutdown, signal) = oneshot::channel::<()>();
    let server = axum::serve(listener, router)
        .with_graceful_shutdown(async {
            // A dropped sender is a stop request too.
            let _ = signal.await;
        })
        .into_future();
    let task = tokio::spawn(server);
    tracing::info!(%addr, "mms-emulator listening");
    Ok(RunningEmulator {
        addr,
        shared,
        shutdown: Some(shutdown),
        task: Some(task),
    })
}

/// An emulator serving in the background. Stop it with [`stop`](Self::stop); dropping it
/// stops it too (without waiting).
#[derive(Debug)]
pub struct RunningEmulator {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl RunningEmulator {
    /// The address it listens on, with the actual port when port 0 was asked for.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://<addr>`, e.g. `http://127.0.0.1:41234`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How many requests it has received so far, whatever their answer (faults included).
    pub fn request_count(&self) -> u64 {
        self.shared.requests.load(Ordering::Relaxed)
    }

    /// Stops accepting connections, lets requests in flight finish (up to 5 s), and returns
    /// once the server is down.
    ///
    /// # Errors
    /// [`Error::Serve`] if the server had failed while running.
    pub async fn stop(mut self) -> Result<(), Error> {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        let Some(mut task) = self.task.take() else {
            return Ok(());
        };
        match tokio::time::timeout(STOP_GRACE, &mut task).await {
            Ok(Ok(result)) => result.map_err(Error::Serve),
            // The server task panicked or was cancelled: it is down either way.
            Ok(Err(_)) => Ok(()),
            Err(_) => {
                task.abort();
                Ok(())
            }
        }
    }
}

impl Drop for RunningEmulator {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_have_the_service_form() {
        let id = new_request_id();
        let groups: Vec<usize> = id.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12], "{id}");
        assert!(id
            .chars()
            .all(|c| c == '-' || c.is_ascii_digit() || c.is_ascii_uppercase()));
        assert_ne!(id, new_request_id());
    }
}
