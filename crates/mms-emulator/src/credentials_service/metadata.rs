//! An emulated ECS instance metadata service (IMDS): IMDSv2 session tokens and the RAM role's
//! STS credentials, issued into a [`KeyStore`].

use std::collections::HashMap;
use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use acs_sign::Credentials;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use axum::{Json, Router};

use super::key_store::KeyStore;
use super::listener::{aborted_connection, serve, Served};
use super::lock;
use super::pop::random_alphanumeric;
use crate::error::Error;

/// The header carrying the IMDSv2 token on metadata requests.
pub const TOKEN_HEADER: &str = "x-aliyun-ecs-metadata-token";
/// The header of the token request naming the token's lifetime in seconds.
pub const TOKEN_TTL_HEADER: &str = "x-aliyun-ecs-metadata-token-ttl-seconds";
/// The longest token lifetime the service grants: 6 hours.
const MAX_TOKEN_TTL: u64 = 21_600;
/// The RAM role of the emulated instance unless configured.
pub const DEFAULT_ECS_ROLE: &str = "mms-emulator-role";

/// How an emulated metadata service is set up.
///
/// ```
/// use std::time::Duration;
/// use mms_emulator::{KeyStore, MetadataConfig};
///
/// let config = MetadataConfig::new(KeyStore::new())
///     .role_name("EcsRamRoleMigration")
///     .lifetime(Duration::from_secs(3600))
///     .require_token(true);
/// assert_eq!(config.role(), "EcsRamRoleMigration");
/// ```
#[derive(Debug, Clone)]
pub struct MetadataConfig {
    bind: SocketAddr,
    keys: KeyStore,
    role_name: String,
    lifetime: Duration,
    require_token: bool,
    token_endpoint_down: bool,
}

impl MetadataConfig {
    /// Listens on `127.0.0.1:0` and issues the credentials of role [`DEFAULT_ECS_ROLE`],
    /// living 6 hours, into `keys`; IMDSv1 (no token) is allowed.
    pub fn new(keys: KeyStore) -> Self {
        Self {
            bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            keys,
            role_name: DEFAULT_ECS_ROLE.to_owned(),
            lifetime: Duration::from_secs(6 * 3600),
            require_token: false,
            token_endpoint_down: false,
        }
    }

    /// Listens on `addr` instead.
    #[must_use]
    pub fn bind(mut self, addr: SocketAddr) -> Self {
        self.bind = addr;
        self
    }

    /// The instance's RAM role.
    #[must_use]
    pub fn role_name(mut self, role: impl Into<String>) -> Self {
        self.role_name = role.into();
        self
    }

    /// How long issued credentials live.
    #[must_use]
    pub fn lifetime(mut self, lifetime: Duration) -> Self {
        self.lifetime = lifetime;
        self
    }

    /// IMDSv2 only: a metadata request without a valid token is refused with 403.
    #[must_use]
    pub fn require_token(mut self, require: bool) -> Self {
        self.require_token = require;
        self
    }

    /// Fault: the token endpoint is down (its connections close without an answer), so clients
    /// must fall back to IMDSv1.
    #[must_use]
    pub fn token_endpoint_down(mut self, down: bool) -> Self {
        self.token_endpoint_down = down;
        self
    }

    /// The instance's RAM role.
    pub fn role(&self) -> &str {
        &self.role_name
    }
}

struct Shared {
    keys: KeyStore,
    role_name: String,
    lifetime: Duration,
    require_token: AtomicBool,
    token_endpoint_down: AtomicBool,
    /// Issued IMDSv2 tokens and when they expire.
    tokens: Mutex<HashMap<String, SystemTime>>,
    token_requests: AtomicU64,
    credential_requests: AtomicU64,
    requests_without_token: AtomicU64,
    issued: AtomicU64,
}

/// Starts an emulated ECS metadata service in the background.
///
/// # Errors
/// [`Error::Bind`] if the address cannot be bound.
pub async fn start_metadata(config: MetadataConfig) -> Result<RunningMetadata, Error> {
    let shared = Arc::new(Shared {
        keys: config.keys,
        role_name: config.role_name,
        lifetime: config.lifetime,
        require_token: AtomicBool::new(config.require_token),
        token_endpoint_down: AtomicBool::new(config.token_endpoint_down),
        tokens: Mutex::new(HashMap::new()),
        token_requests: AtomicU64::new(0),
        credential_requests: AtomicU64::new(0),
        requests_without_token: AtomicU64::new(0),
        issued: AtomicU64::new(0),
    });
    let router = Router::new()
        .route("/latest/api/token", put(token))
        .route("/latest/meta-data/ram/security-credentials/", get(roles))
        .route(
            "/latest/meta-data/ram/security-credentials/{role}",
            get(role_credentials),
        )
        .fallback(|| async { (StatusCode::NOT_FOUND, "Not Found") })
        .with_state(shared.clone());
    let served = serve(config.bind, router, Arc::new(AtomicBool::new(false))).await?;
    tracing::info!(addr = %served.addr, "emulated ECS metadata service listening");
    Ok(RunningMetadata { served, shared })
}

/// An emulated metadata service serving in the background; dropping it stops it.
pub struct RunningMetadata {
    served: Served,
    shared: Arc<Shared>,
}

impl fmt::Debug for RunningMetadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RunningMetadata")
            .field("addr", &self.served.addr)
            .field("role", &self.shared.role_name)
            .finish_non_exhaustive()
    }
}

impl RunningMetadata {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.served.addr
    }

    /// `http://<addr>`: what to give as `MMS_ECS_METADATA_ENDPOINT` (or, for the official
    /// Python library, as its HTTP proxy).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.served.addr)
    }

    /// Switches the token endpoint down (or up again).
    pub fn set_token_endpoint_down(&self, down: bool) {
        self.shared
            .token_endpoint_down
            .store(down, Ordering::SeqCst);
    }

    /// Switches "IMDSv2 only" on or off.
    pub fn set_require_token(&self, require: bool) {
        self.shared.require_token.store(require, Ordering::SeqCst);
    }

    /// `PUT /latest/api/token` requests so far.
    pub fn token_requests(&self) -> u64 {
        self.shared.token_requests.load(Ordering::SeqCst)
    }

    /// Metadata `GET` requests so far (role list and credentials).
    pub fn metadata_requests(&self) -> u64 {
        self.shared.credential_requests.load(Ordering::SeqCst)
    }

    /// Metadata `GET` requests that carried no token (IMDSv1).
    pub fn requests_without_token(&self) -> u64 {
        self.shared.requests_without_token.load(Ordering::SeqCst)
    }

    /// Credentials issued so far.
    pub fn issued_count(&self) -> u64 {
        self.shared.issued.load(Ordering::SeqCst)
    }

    /// Stops it and waits until it is down.
    ///
    /// # Errors
    /// [`Error::Serve`] if the server had failed.
    pub async fn stop(mut self) -> Result<(), Error> {
        self.served.stop().await
    }
}

/// `PUT /latest/api/token`: a session token living the asked number of seconds (1 to 21600).
async fn token(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    shared.token_requests.fetch_add(1, Ordering::SeqCst);
    if shared.token_endpoint_down.load(Ordering::SeqCst) {
        return aborted_connection();
    }
    let ttl = headers
        .get(TOKEN_TTL_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|ttl| (1..=MAX_TOKEN_TTL).contains(ttl));
    let Some(ttl) = ttl else {
        return (
            StatusCode::BAD_REQUEST,
            format!("{TOKEN_TTL_HEADER} must be an integer from 1 to {MAX_TOKEN_TTL}"),
        )
            .into_response();
    };
    let token = random_alphanumeric(56);
    let now = shared.keys.now();
    let mut tokens = lock(&shared.tokens);
    tokens.retain(|_, expires| now < *expires);
    tokens.insert(token.clone(), now + Duration::from_secs(ttl));
    token.into_response()
}

/// Refuses (403, with why) a metadata request whose token is invalid, or missing when tokens
/// are required.
fn check_token(shared: &Shared, headers: &HeaderMap) -> Result<(), &'static str> {
    shared.credential_requests.fetch_add(1, Ordering::SeqCst);
    match headers.get(TOKEN_HEADER).and_then(|v| v.to_str().ok()) {
        Some(token) => {
            let now = shared.keys.now();
            let valid = lock(&shared.tokens)
                .get(token)
                .is_some_and(|expires| now < *expires);
            if valid {
                Ok(())
            } else {
                Err("the metadata token is invalid or expired")
            }
        }
        None => {
            shared.requests_without_token.fetch_add(1, Ordering::SeqCst);
            if shared.require_token.load(Ordering::SeqCst) {
                Err("a metadata token is required (IMDSv2)")
            } else {
                Ok(())
            }
        }
    }
}

/// `GET /latest/meta-data/ram/security-credentials/`: the role's name.
async fn roles(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if let Err(why) = check_token(&shared, &headers) {
        return (StatusCode::FORBIDDEN, why).into_response();
    }
    shared.role_name.clone().into_response()
}

/// `GET /latest/meta-data/ram/security-credentials/<role>`: the role's STS credentials.
async fn role_credentials(
    State(shared): State<Arc<Shared>>,
    Path(role): Path<String>,
    request: Request,
) -> Response {
    if let Err(why) = check_token(&shared, request.headers()) {
        return (StatusCode::FORBIDDEN, why).into_response();
    }
    if role != shared.role_name {
        return (StatusCode::NOT_FOUND, "Not Found").into_response();
    }
    let now = shared.keys.now();
    let expiration_text = acs_sign::format_acs3_date(now + shared.lifetime);
    let expiration = acs_sign::parse_acs3_date(&expiration_text).unwrap_or(now + shared.lifetime);
    let id = format!("STS.N{}", random_alphanumeric(23));
    let secret = random_alphanumeric(44);
    let token = format!("CAIS{}", random_alphanumeric(240));
    shared.keys.insert_expiring(
        Credentials::new(id.clone(), secret.clone()).with_security_token(token.clone()),
        expiration,
    );
    shared.issued.fetch_add(1, Ordering::SeqCst);
    Json(serde_json::json!({
        "AccessKeyId": id,
        "AccessKeySecret": secret,
        "Expiration": expiration_text,
        "SecurityToken": token,
        "LastUpdated": acs_sign::format_acs3_date(now),
        "Code": "Success",
    }))
    .into_response()
}
