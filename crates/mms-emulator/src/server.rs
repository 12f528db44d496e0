//! The running server: the front door every request passes (faults, request id, log line),
//! then routing, signature checks and the handler of the operation.

use std::future::IntoFuture;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_TYPE, HOST};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::config::EmulatorConfig;
use crate::error::Error;
use crate::faults::{Fault, FaultDice};
use crate::http::api_error::{code, ApiError, LoggedCode, REQUEST_ID_HEADER};
use crate::http::call::{Call, Reply};
use crate::http::context::{new_request_id, RequestContext};
use crate::routes::{self as router, Route};
use crate::seed;
use crate::state::persist::Persister;
use crate::state::store::Store;
use crate::state::world::Rules;
use crate::verify::{decode_query, Caller, ReceivedRequest, RequestVerifier};

/// The route of GetMmsJob.
pub const GET_MMS_JOB_PATH: &str = "/api/v1/mms/datasources/{sourceId}/jobs/{jobId}";

/// The version every request must name.
const API_VERSION: &str = "2022-01-04";

/// Bodies above this are refused; MMS bodies are small JSON documents.
const MAX_BODY_BYTES: usize = 1024 * 1024;

/// How long [`RunningEmulator::stop`] waits for open requests before cutting them off.
const STOP_GRACE: Duration = Duration::from_secs(5);

/// Everything the server shares between requests.
#[derive(Debug)]
struct Shared {
    verifier: RequestVerifier,
    store: Store,
    faults: FaultDice,
    requests: AtomicU64,
    addr: SocketAddr,
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
    let action = request
        .headers()
        .get("x-acs-action")
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .unwrap_or_default();
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
        action,
        status = response.status().as_u16(),
        request_id = ctx.request_id,
        code = error_code,
        elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        "request"
    );
    response
}

fn unknown_route(method: &str, path: &str) -> ApiError {
    ApiError::service(
        StatusCode::NOT_FOUND,
        code::NOT_FOUND,
        format!(
            "No API answers {method} {path}. The emulator serves the 36 MMS operations of API \
             {API_VERSION} under /api/v1/mms/."
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
fn check_action_and_version(
    headers: &HeaderMap,
    caller: &Caller,
    route: &Route,
) -> Result<(), ApiError> {
    for (name, expected, code) in [
        ("x-acs-action", route.action, code::INVALID_ACTION),
        ("x-acs-version", API_VERSION, code::INVALID_VERSION),
    ] {
        let value = headers
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
                        "`{name}: {v}` does not fit {} {}; expected `{name}: {expected}`.",
                        route.method, route.path
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

/// Every request: route, read the body, verify, check the action, parse the path ids, run the
/// handler, save the change, answer.
async fn dispatch(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let ctx = context(&request);
    match serve(&shared, &ctx, request).await {
        Ok(response) => response,
        Err(error) => error.into_response(&ctx),
    }
}

async fn serve(
    shared: &Arc<Shared>,
    ctx: &RequestContext,
    request: Request,
) -> Result<Response, ApiError> {
    let method = request.method().as_str().to_owned();
    let path = request.uri().path().to_owned();
    let Some((route, raw_ids)) = router::find(&method, &path) else {
        return Err(unknown_route(&method, &path));
    };
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
    check_action_and_version(&parts.headers, &caller, route)?;

    let mut ids = Vec::with_capacity(raw_ids.len());
    for (name, value) in raw_ids {
        let id = value.parse::<i64>().map_err(|_| {
            ApiError::service(
                StatusCode::BAD_REQUEST,
                code::INVALID_PARAMETER,
                format!("The parameter {name} must be an integer (int64), but it is {value:?}."),
            )
        })?;
        ids.push((name, id));
    }
    let query = decode_query(parts.uri.query().unwrap_or(""))
        .map_err(|e| {
            ApiError::service(
                StatusCode::BAD_REQUEST,
                code::INVALID_PARAMETER,
                format!("The query string cannot be decoded: {e}."),
            )
        })?
        .into_iter()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let call = Call {
        ctx,
        path: ids,
        query,
        body: &body,
    };
    let Reply { body, snapshot } = (route.handler)(&shared.store, &call)?;
    if let Some(snapshot) = snapshot {
        let saver = Arc::clone(shared);
        let saved = tokio::task::spawn_blocking(move || saver.store.save(&snapshot))
            .await
            .map_err(|e| e.to_string())
            .and_then(|r| r.map_err(|e| e.0));
        if let Err(message) = saved {
            tracing::error!(request_id = ctx.request_id, "{message}");
            return Err(ApiError::service(
                StatusCode::INTERNAL_SERVER_ERROR,
                code::INTERNAL_ERROR,
                format!("The change was made but could not be saved: {message}."),
            ));
        }
    }
    let mut response = (StatusCode::OK, body).into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/json;charset=utf-8"),
    );
    Ok(response)
}

/// Starts an emulator: builds or loads its state, binds its socket, then serves in the
/// background until stopped.
///
/// # Errors
/// [`Error::InvalidConfig`] for out-of-range settings, progress of an unknown job or fixtures
/// that do not fit together, [`Error::State`] for an unreadable state file, [`Error::Bind`] if
/// the address cannot be bound.
pub async fn start(config: EmulatorConfig) -> Result<RunningEmulator, Error> {
    config.validate()?;
    let rules = Rules {
        region: config.region.clone(),
        task_concurrency: config.task_concurrency,
        failures: config.failures.clone(),
        catalogs: config.fixtures.catalogs.clone(),
    };
    let (world, clock_base) = seed::initial_state(&config, &rules)?;
    let store = Store::new(
        world,
        Clock::new(clock_base, config.speed),
        rules,
        config.state_file.clone().map(Persister::new),
    );
    if let Some(snapshot) = store.snapshot_now() {
        store.save(&snapshot).map_err(|e| Error::State {
            path: config.state_file.clone().unwrap_or_default(),
            problem: e.0,
        })?;
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
        .fallback(dispatch)
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
    tracing::info!(%addr, speed = config.speed, "mms-emulator listening");
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

    /// Moves the virtual clock forward by `by` at once: tasks, scans, async tasks and timers
    /// behave as if that much time had passed. With [`EmulatorConfig::speed`] `0.0` this is
    /// the only way time passes, which makes tests deterministic.
    pub fn advance_clock(&self, by: Duration) {
        self.shared.store.push_clock(by);
    }

    /// The virtual time now, as the API writes times (`YYYY-MM-DD HH:mm:ss`, UTC).
    pub fn virtual_now(&self) -> String {
        self.shared.store.now().text()
    }

    /// How many times faster than the wall clock its virtual clock runs.
    pub fn speed(&self) -> f64 {
        self.shared.store.clock().speed()
    }

    /// Stops accepting connections, lets requests in flight finish (up to 5 s), saves the
    /// state file (if any), and returns once the server is down.
    ///
    /// # Errors
    /// [`Error::Serve`] if the server had failed while running, [`Error::State`] if the state
    /// could not be saved.
    pub async fn stop(mut self) -> Result<(), Error> {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        let served = match self.task.take() {
            None => Ok(()),
            Some(mut task) => match tokio::time::timeout(STOP_GRACE, &mut task).await {
                Ok(Ok(result)) => result.map_err(Error::Serve),
                // The server task panicked or was cancelled: it is down either way.
                Ok(Err(_)) => Ok(()),
                Err(_) => {
                    task.abort();
                    Ok(())
                }
            },
        };
        let shared = Arc::clone(&self.shared);
        let saved = tokio::task::spawn_blocking(move || match shared.store.snapshot_now() {
            Some(snapshot) => shared.store.save(&snapshot).map_err(|e| e.0),
            None => Ok(()),
        })
        .await
        .map_err(|e| e.to_string())
        .and_then(|r| r);
        served?;
        saved.map_err(|problem| Error::State {
            path: std::path::PathBuf::from("(state file)"),
            problem,
        })
    }
}

impl Drop for RunningEmulator {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}
