//! An emulated STS: `AssumeRole` (RPC v1 HMAC-SHA1 signature verified) and
//! `AssumeRoleWithOIDC` (OIDC token checked), issuing STS credentials into a [`KeyStore`].

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use acs_sign::{rpc, Credentials};
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_TYPE, HOST};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use subtle::ConstantTimeEq;

use super::key_store::KeyStore;
use super::listener::{aborted_connection, serve, Served};
use super::lock;
use super::pop::{decode_form, random_alphanumeric, request_id, PopError};
use crate::config::DEFAULT_CLOCK_SKEW;
use crate::error::Error;
use crate::nonce::NonceCache;

/// The STS API version the emulator serves.
pub const STS_API_VERSION: &str = "2015-04-01";
/// The account of the roles the emulator hands out (in `AssumedRoleUser`).
const ACCOUNT_ID: &str = "1234567890123456";
/// Bodies above this are refused; STS requests are small forms.
const MAX_BODY_BYTES: usize = 64 * 1024;
/// Session limits of STS.
const MIN_DURATION: u64 = 900;
const MAX_DURATION: u64 = 43_200;
const NONCE_CAPACITY: usize = 65_536;

/// A fault of the emulated STS, switchable while it runs (see [`RunningSts::set_fault`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StsFault {
    /// Answers normally.
    #[default]
    None,
    /// Down: every connection is closed before any answer.
    Down,
    /// Answers after this delay (to test timeouts and slow refreshes).
    Slow(Duration),
    /// Answers HTTP 500 `InternalError`.
    ServerError,
    /// Answers HTTP 200 with a body that is not the JSON STS sends.
    Malformed,
}

impl std::str::FromStr for StsFault {
    type Err = String;

    /// `none`, `down`, `slow` (5 s) or `slow:<milliseconds>`, `5xx`, `malformed`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "none" => Ok(Self::None),
            "down" => Ok(Self::Down),
            "slow" => Ok(Self::Slow(Duration::from_secs(5))),
            "5xx" => Ok(Self::ServerError),
            "malformed" => Ok(Self::Malformed),
            other => match other.strip_prefix("slow:").map(str::parse::<u64>) {
                Some(Ok(ms)) => Ok(Self::Slow(Duration::from_millis(ms))),
                _ => Err("expected none, down, slow, slow:<ms>, 5xx or malformed".to_owned()),
            },
        }
    }
}

/// How an emulated STS is set up. Start from [`StsConfig::new`] with the [`KeyStore`] it
/// verifies signatures against and issues credentials into.
///
/// ```
/// use std::time::Duration;
/// use mms_emulator::{KeyStore, StsConfig};
///
/// let keys = KeyStore::new();
/// let config = StsConfig::new(keys)
///     .access_key("source-id", "source-secret")
///     .oidc_provider("acs:ram::1234567890123456:oidc-provider/ack-rrsa-demo", "a-token")
///     .lifetime(Duration::from_secs(60));
/// assert!(!format!("{config:?}").contains("source-secret"));
/// assert!(!format!("{config:?}").contains("a-token"));
/// ```
#[derive(Clone)]
pub struct StsConfig {
    bind: SocketAddr,
    keys: KeyStore,
    access_keys: Vec<Credentials>,
    lifetime: Option<Duration>,
    clock_skew: Duration,
    oidc_providers: Vec<(String, String)>,
    fault: StsFault,
}

impl fmt::Debug for StsConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StsConfig")
            .field("bind", &self.bind)
            .field("access_keys", &self.access_keys)
            .field("lifetime", &self.lifetime)
            .field(
                "oidc_providers",
                &self
                    .oidc_providers
                    .iter()
                    .map(|(arn, _)| arn)
                    .collect::<Vec<_>>(),
            )
            .field("fault", &self.fault)
            .finish_non_exhaustive()
    }
}

impl StsConfig {
    /// Listens on `127.0.0.1:0`; verifies `AssumeRole` against `keys` and issues into it.
    pub fn new(keys: KeyStore) -> Self {
        Self {
            bind: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            keys,
            access_keys: Vec::new(),
            lifetime: None,
            clock_skew: DEFAULT_CLOCK_SKEW,
            oidc_providers: Vec::new(),
            fault: StsFault::None,
        }
    }

    /// Listens on `addr` instead.
    #[must_use]
    pub fn bind(mut self, addr: SocketAddr) -> Self {
        self.bind = addr;
        self
    }

    /// Accepts this long-lived AccessKey pair as source credentials of `AssumeRole` (added to
    /// the key store when the service starts).
    #[must_use]
    pub fn access_key(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.access_keys.push(Credentials::new(id, secret));
        self
    }

    /// Issues credentials living `lifetime` whatever `DurationSeconds` asks (which is still
    /// checked): short lifetimes make refreshes quick to test.
    #[must_use]
    pub fn lifetime(mut self, lifetime: Duration) -> Self {
        self.lifetime = Some(lifetime);
        self
    }

    /// How far a `Timestamp` may be from the store's clock (default 15 minutes).
    #[must_use]
    pub fn clock_skew(mut self, skew: Duration) -> Self {
        self.clock_skew = skew;
        self
    }

    /// Knows the OIDC identity provider `arn` and accepts `token` from it (repeatable).
    #[must_use]
    pub fn oidc_provider(mut self, arn: impl Into<String>, token: impl Into<String>) -> Self {
        self.oidc_providers.push((arn.into(), token.into()));
        self
    }

    /// Starts with this fault.
    #[must_use]
    pub fn fault(mut self, fault: StsFault) -> Self {
        self.fault = fault;
        self
    }
}

struct Shared {
    keys: KeyStore,
    lifetime: Option<Duration>,
    clock_skew: Duration,
    oidc_providers: Mutex<Vec<(String, String)>>,
    fault: Mutex<StsFault>,
    down: Arc<AtomicBool>,
    nonces: NonceCache,
    requests: AtomicU64,
    issued_assume_role: AtomicU64,
    issued_oidc: AtomicU64,
    addr: Mutex<Option<SocketAddr>>,
}

/// Starts an emulated STS in the background.
///
/// # Errors
/// [`Error::Bind`] if the address cannot be bound.
pub async fn start_sts(config: StsConfig) -> Result<RunningSts, Error> {
    for key in &config.access_keys {
        config.keys.insert(key.clone());
    }
    let down = Arc::new(AtomicBool::new(config.fault == StsFault::Down));
    let shared = Arc::new(Shared {
        keys: config.keys,
        lifetime: config.lifetime,
        clock_skew: config.clock_skew,
        oidc_providers: Mutex::new(config.oidc_providers),
        fault: Mutex::new(config.fault),
        down: down.clone(),
        nonces: NonceCache::new(config.clock_skew.saturating_mul(2), NONCE_CAPACITY),
        requests: AtomicU64::new(0),
        issued_assume_role: AtomicU64::new(0),
        issued_oidc: AtomicU64::new(0),
        addr: Mutex::new(None),
    });
    let router = Router::new().fallback(handle).with_state(shared.clone());
    let served = serve(config.bind, router, down).await?;
    *lock(&shared.addr) = Some(served.addr);
    tracing::info!(addr = %served.addr, "emulated STS listening");
    Ok(RunningSts { served, shared })
}

/// An emulated STS serving in the background; dropping it stops it.
pub struct RunningSts {
    served: Served,
    shared: Arc<Shared>,
}

impl fmt::Debug for RunningSts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RunningSts")
            .field("addr", &self.served.addr)
            .finish_non_exhaustive()
    }
}

impl RunningSts {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.served.addr
    }

    /// `http://<addr>`: what to give as `MMS_STS_ENDPOINT`, a provider's `sts_endpoint`, or
    /// the official Python library's `sts_endpoint`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.served.addr)
    }

    /// Switches the fault injected from now on.
    pub fn set_fault(&self, fault: StsFault) {
        *lock(&self.shared.fault) = fault;
        self.shared
            .down
            .store(fault == StsFault::Down, Ordering::SeqCst);
    }

    /// Requests answered (or refused) so far, faults included; not connections closed while
    /// down before a request was read.
    pub fn request_count(&self) -> u64 {
        self.shared.requests.load(Ordering::SeqCst)
    }

    /// Credentials issued by `AssumeRole` so far.
    pub fn assume_role_count(&self) -> u64 {
        self.shared.issued_assume_role.load(Ordering::SeqCst)
    }

    /// Credentials issued by `AssumeRoleWithOIDC` so far.
    pub fn oidc_count(&self) -> u64 {
        self.shared.issued_oidc.load(Ordering::SeqCst)
    }

    /// Accepts `token` from OIDC provider `arn` from now on.
    pub fn accept_oidc_token(&self, arn: impl Into<String>, token: impl Into<String>) {
        lock(&self.shared.oidc_providers).push((arn.into(), token.into()));
    }

    /// No longer accepts `token` from any provider (a token Kubernetes rotated away).
    pub fn revoke_oidc_token(&self, token: &str) {
        lock(&self.shared.oidc_providers).retain(|(_, t)| t != token);
    }

    /// Stops it and waits until it is down (at most 5 s for requests in flight).
    ///
    /// # Errors
    /// [`Error::Serve`] if the server had failed.
    pub async fn stop(mut self) -> Result<(), Error> {
        self.served.stop().await
    }
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    shared.requests.fetch_add(1, Ordering::SeqCst);
    let request_id = request_id();
    let host = request
        .headers()
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned)
        .or_else(|| lock(&shared.addr).map(|a| a.to_string()))
        .unwrap_or_default();
    let fault = *lock(&shared.fault);
    match fault {
        StsFault::Down => return aborted_connection(),
        StsFault::Slow(delay) => tokio::time::sleep(delay).await,
        StsFault::ServerError => {
            return PopError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "InternalError",
                "The request processing has failed due to some unknown error.",
            )
            .into_response(&request_id, &host)
        }
        StsFault::Malformed => {
            return (
                StatusCode::OK,
                [(CONTENT_TYPE, "application/json")],
                format!("{{\"RequestId\": \"{request_id}\", \"Credentials\": "),
            )
                .into_response()
        }
        StsFault::None => {}
    }
    let answer = answer(&shared, request, &request_id).await;
    let (status, action) = match &answer {
        Ok((action, _)) => (StatusCode::OK, *action),
        Err(e) => (e.status, e.code),
    };
    // Never a parameter: they hold signatures, tokens and OIDC tokens.
    tracing::info!(
        status = status.as_u16(),
        what = action,
        request_id,
        "emulated STS request"
    );
    match answer {
        Ok((_, body)) => Json(body).into_response(),
        Err(e) => e.into_response(&request_id, &host),
    }
}

/// The request's parameters: the query, and for a POST with a form body, the body too.
async fn parameters(request: Request) -> Result<(Method, Vec<(String, String)>), PopError> {
    let (parts, body) = request.into_parts();
    if parts.method != Method::GET && parts.method != Method::POST {
        return Err(PopError::bad_request(
            "UnsupportedHTTPMethod",
            format!("{} is not supported; send GET or POST.", parts.method),
        ));
    }
    let mut params = decode_form(parts.uri.query().unwrap_or(""))
        .map_err(|e| PopError::bad_request("InvalidParameter", format!("The query: {e}.")))?;
    let is_form = parts
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let body = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| {
            PopError::bad_request(
                "InvalidParameter",
                format!("The body is larger than {MAX_BODY_BYTES} bytes."),
            )
        })?;
    if parts.method == Method::POST && is_form && !body.is_empty() {
        let text = std::str::from_utf8(&body)
            .map_err(|_| PopError::bad_request("InvalidParameter", "The body is not UTF-8."))?;
        let form = decode_form(text)
            .map_err(|e| PopError::bad_request("InvalidParameter", format!("The body: {e}.")))?;
        params.extend(form);
    }
    let mut names: Vec<&str> = params.iter().map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    if let Some(pair) = names.windows(2).find(|w| w[0] == w[1]) {
        return Err(PopError::bad_request(
            "InvalidParameter",
            format!("The parameter {} is given more than once.", pair[0]),
        ));
    }
    Ok((parts.method, params))
}

/// The parameters of one request, by name.
struct Params(Vec<(String, String)>);

impl Params {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn required(&self, name: &str) -> Result<&str, PopError> {
        self.get(name).filter(|v| !v.is_empty()).ok_or_else(|| {
            PopError::bad_request(
                "MissingParameter",
                format!("The input parameter \"{name}\" that is mandatory for processing this request is not supplied."),
            )
        })
    }
}

async fn answer(
    shared: &Shared,
    request: Request,
    request_id: &str,
) -> Result<(&'static str, serde_json::Value), PopError> {
    let (method, params) = parameters(request).await?;
    let params = Params(params);
    let action = params.required("Action")?;
    let version = params.required("Version")?;
    if version != STS_API_VERSION {
        return Err(PopError::bad_request(
            "InvalidVersion",
            format!(
                "Specified parameter Version {version:?} is not valid; STS is {STS_API_VERSION}."
            ),
        ));
    }
    if let Some(format) = params.get("Format") {
        if !format.eq_ignore_ascii_case("JSON") {
            return Err(PopError::bad_request(
                "InvalidParameter.Format",
                format!("Format {format:?} is not supported by the emulator; use JSON."),
            ));
        }
    }
    match action {
        "AssumeRole" => {
            let caller = verify_signature(shared, method.as_str(), &params)?;
            let role = role_request(&params)?;
            if let Some(id) = params.get("ExternalId") {
                let ok = (2..=1224).contains(&id.len())
                    && id.bytes().all(|b| {
                        b.is_ascii_alphanumeric() || b"_+=,.@:/-".contains(&b)
                    });
                if !ok {
                    return Err(PopError::bad_request(
                        "InvalidParameter.ExternalId",
                        "ExternalId must be 2 to 1224 characters of A-Z a-z 0-9 _ + = , . @ : / -.",
                    ));
                }
            }
            let body = issue(shared, &role, request_id, None);
            shared.issued_assume_role.fetch_add(1, Ordering::SeqCst);
            tracing::debug!(source = caller, role = role.arn, "AssumeRole issued credentials");
            Ok(("AssumeRole", body))
        }
        "AssumeRoleWithOIDC" => {
            if let Some(timestamp) = params.get("Timestamp") {
                check_timestamp(shared, timestamp)?;
            }
            let provider = params.required("OIDCProviderArn")?;
            let token = params.required("OIDCToken")?;
            let role = role_request(&params)?;
            let known = lock(&shared.oidc_providers).clone();
            if !known.iter().any(|(arn, _)| arn == provider) {
                return Err(PopError::new(
                    StatusCode::NOT_FOUND,
                    "EntityNotExist.OIDCProvider",
                    format!("The OIDC provider {provider} does not exist."),
                ));
            }
            let accepted = known.iter().any(|(arn, t)| {
                arn == provider && t.len() == token.len() && bool::from(t.as_bytes().ct_eq(token.as_bytes()))
            });
            if !accepted {
                return Err(PopError::bad_request(
                    "AuthenticationFail.OIDCToken.Invalid",
                    format!("The OIDC token is not valid for the provider {provider}."),
                ));
            }
            let body = issue(shared, &role, request_id, Some(provider));
            shared.issued_oidc.fetch_add(1, Ordering::SeqCst);
            Ok(("AssumeRoleWithOIDC", body))
        }
        other => Err(PopError::new(
            StatusCode::NOT_FOUND,
            "InvalidAction.NotFound",
            format!("Specified api {other:?} is not found; the emulator serves AssumeRole and AssumeRoleWithOIDC."),
        )),
    }
}

fn check_timestamp(shared: &Shared, timestamp: &str) -> Result<(), PopError> {
    let time = acs_sign::parse_acs3_date(timestamp).map_err(|_| {
        PopError::bad_request(
            "InvalidTimeStamp.Format",
            format!("Specified time stamp {timestamp:?} is not of the form 2024-01-01T00:00:00Z."),
        )
    })?;
    let now = shared.keys.now();
    let skew = now
        .duration_since(time)
        .or_else(|_| time.duration_since(now))
        .unwrap_or_default();
    if skew > shared.clock_skew {
        return Err(PopError::bad_request(
            "InvalidTimeStamp.Expired",
            format!(
                "Specified time stamp {timestamp} is {} s away from the server time {}.",
                skew.as_secs(),
                acs_sign::format_acs3_date(now)
            ),
        ));
    }
    Ok(())
}

/// Checks the RPC v1 signature of an `AssumeRole` request; returns the caller's key id.
fn verify_signature(shared: &Shared, method: &str, params: &Params) -> Result<String, PopError> {
    let signature_method = params.required("SignatureMethod")?;
    if signature_method != rpc::SIGNATURE_METHOD {
        return Err(PopError::bad_request(
            "InvalidSignatureMethod",
            format!("SignatureMethod {signature_method:?} is not supported; use HMAC-SHA1."),
        ));
    }
    let signature_version = params.required("SignatureVersion")?;
    if signature_version != rpc::SIGNATURE_VERSION {
        return Err(PopError::bad_request(
            "InvalidSignatureVersion",
            format!("SignatureVersion {signature_version:?} is not supported; use 1.0."),
        ));
    }
    let access_key_id = params.required("AccessKeyId")?;
    let signature = params.required(rpc::SIGNATURE_PARAMETER)?;
    let nonce = params.required("SignatureNonce")?;
    check_timestamp(shared, params.required("Timestamp")?)?;
    let Some(credentials) = shared.keys.get(access_key_id) else {
        if shared.keys.is_expired(access_key_id) {
            return Err(PopError::new(
                StatusCode::FORBIDDEN,
                "InvalidSecurityToken.Expired",
                format!("The security token of access key {access_key_id} has expired."),
            ));
        }
        return Err(PopError::new(
            StatusCode::NOT_FOUND,
            "InvalidAccessKeyId.NotFound",
            format!("Specified access key is not found: {access_key_id}."),
        ));
    };
    let signed = rpc::sign(method, &params.0, credentials.access_key_secret());
    // The official Python library writes a space as `+`: accept its form too.
    let python = rpc::signature(
        credentials.access_key_secret(),
        &rpc::string_to_sign(
            method,
            &rpc::python_canonicalized_query(&signed.canonicalized_query),
        ),
    );
    if !acs_sign::signatures_match(&signed.signature, signature)
        && !acs_sign::signatures_match(&python, signature)
    {
        return Err(PopError::bad_request(
            "SignatureDoesNotMatch",
            format!(
                "Specified signature is not matched with our calculation. server string to sign is:{}",
                signed.string_to_sign
            ),
        ));
    }
    match (credentials.security_token(), params.get("SecurityToken")) {
        (None, None) => {}
        (None, Some(_)) => {
            return Err(PopError::bad_request(
                "InvalidSecurityToken.Malformed",
                format!("Access key {access_key_id} is not an STS credential, yet a SecurityToken was sent."),
            ))
        }
        (Some(_), None) => {
            return Err(PopError::bad_request(
                "MissingSecurityToken",
                format!("Access key {access_key_id} is an STS credential; send its SecurityToken."),
            ))
        }
        (Some(expected), Some(received)) => {
            let same = expected.len() == received.len()
                && bool::from(expected.as_bytes().ct_eq(received.as_bytes()));
            if !same {
                return Err(PopError::bad_request(
                    "InvalidSecurityToken.MismatchWithAccessKey",
                    format!("The SecurityToken is not the one of access key {access_key_id}."),
                ));
            }
        }
    }
    if !shared
        .nonces
        .insert_if_new(access_key_id, nonce, Instant::now())
    {
        return Err(PopError::bad_request(
            "SignatureNonceUsed",
            format!("Specified signature nonce was used already: {nonce}."),
        ));
    }
    Ok(access_key_id.to_owned())
}

/// What the caller asks for, checked as STS does.
struct RoleRequest {
    arn: String,
    role_name: String,
    session_name: String,
    duration_seconds: u64,
}

fn role_request(params: &Params) -> Result<RoleRequest, PopError> {
    let arn = params.required("RoleArn")?;
    let role_name = arn
        .strip_prefix("acs:ram::")
        .and_then(|rest| rest.split_once(":role/"))
        .filter(|(account, role)| {
            !account.is_empty() && account.bytes().all(|b| b.is_ascii_digit()) && !role.is_empty()
        })
        .map(|(_, role)| role.to_owned())
        .ok_or_else(|| {
            PopError::bad_request(
                "InvalidParameter.RoleArn",
                format!(
                    "RoleArn {arn:?} is not of the form acs:ram::<account id>:role/<role name>."
                ),
            )
        })?;
    let session_name = params.required("RoleSessionName")?;
    let session_ok = (2..=64).contains(&session_name.len())
        && session_name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".@-_".contains(&b));
    if !session_ok {
        return Err(PopError::bad_request(
            "InvalidParameter.RoleSessionName",
            "RoleSessionName must be 2 to 64 characters of A-Z a-z 0-9 . @ - _.",
        ));
    }
    let duration_seconds = match params.get("DurationSeconds") {
        None => 3600,
        Some(text) => text
            .parse::<u64>()
            .ok()
            .filter(|d| (MIN_DURATION..=MAX_DURATION).contains(d))
            .ok_or_else(|| {
                PopError::bad_request(
                    "InvalidParameter.DurationSeconds",
                    format!("DurationSeconds {text:?} must be an integer from {MIN_DURATION} to {MAX_DURATION}."),
                )
            })?,
    };
    if let Some(policy) = params.get("Policy") {
        let ok = (1..=2048).contains(&policy.len())
            && serde_json::from_str::<serde_json::Value>(policy).is_ok_and(|v| v.is_object());
        if !ok {
            return Err(PopError::bad_request(
                "InvalidParameter.PolicyGrammar",
                "Policy must be a JSON policy document of 1 to 2048 characters.",
            ));
        }
    }
    Ok(RoleRequest {
        arn: arn.to_owned(),
        role_name,
        session_name: session_name.to_owned(),
        duration_seconds,
    })
}

/// Issues STS credentials for `role` into the key store and writes STS's answer.
fn issue(
    shared: &Shared,
    role: &RoleRequest,
    request_id: &str,
    oidc_provider: Option<&str>,
) -> serde_json::Value {
    let now = shared.keys.now();
    let lifetime = shared
        .lifetime
        .unwrap_or(Duration::from_secs(role.duration_seconds));
    // Whole seconds, as written: the key lives exactly as long as the answer says.
    let expiration_text = acs_sign::format_acs3_date(now + lifetime);
    let expiration = acs_sign::parse_acs3_date(&expiration_text).unwrap_or(now + lifetime);
    let id = format!("STS.N{}", random_alphanumeric(23));
    let secret = random_alphanumeric(44);
    let token = format!("CAIS{}", random_alphanumeric(240));
    shared.keys.insert_expiring(
        Credentials::new(id.clone(), secret.clone()).with_security_token(token.clone()),
        expiration,
    );
    let role_id: u64 = rand::random::<u64>() % 1_000_000_000_000_000_000;
    let mut body = serde_json::json!({
        "RequestId": request_id,
        "AssumedRoleUser": {
            "Arn": format!("acs:ram::{ACCOUNT_ID}:assumed-role/{}/{}", role.role_name, role.session_name),
            "AssumedRoleId": format!("3{role_id:018}:{}", role.session_name),
        },
        "Credentials": {
            "AccessKeyId": id,
            "AccessKeySecret": secret,
            "SecurityToken": token,
            "Expiration": expiration_text,
        },
    });
    if let Some(provider) = oidc_provider {
        body["OIDCTokenInfo"] = serde_json::json!({
            "Subject": "system:serviceaccount:default:emulated",
            "Issuer": format!("https://oidc.emulator.invalid/{}", provider.rsplit('/').next().unwrap_or("")),
            "ClientIds": "sts.aliyuncs.com",
        });
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Params {
        Params(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        )
    }

    #[test]
    fn faults_parse_from_flags() {
        assert_eq!("down".parse(), Ok(StsFault::Down));
        assert_eq!("5xx".parse(), Ok(StsFault::ServerError));
        assert_eq!("malformed".parse(), Ok(StsFault::Malformed));
        assert_eq!("slow".parse(), Ok(StsFault::Slow(Duration::from_secs(5))));
        assert_eq!(
            "slow:250".parse(),
            Ok(StsFault::Slow(Duration::from_millis(250)))
        );
        assert!("slow:x".parse::<StsFault>().is_err());
        assert!("up".parse::<StsFault>().is_err());
    }

    #[test]
    fn role_requests_are_checked_like_sts() {
        let ok = [("RoleArn", "acs:ram::1:role/r"), ("RoleSessionName", "s1")];
        let role = role_request(&params(&ok)).unwrap();
        assert_eq!(role.role_name, "r");
        assert_eq!(role.duration_seconds, 3600);
        for (extra, code) in [
            (
                ("DurationSeconds", "899"),
                "InvalidParameter.DurationSeconds",
            ),
            (
                ("DurationSeconds", "43201"),
                "InvalidParameter.DurationSeconds",
            ),
            (("Policy", "not json"), "InvalidParameter.PolicyGrammar"),
        ] {
            let mut pairs = ok.to_vec();
            pairs.push(extra);
            assert_eq!(
                role_request(&params(&pairs)).err().map(|e| e.code),
                Some(code)
            );
        }
        let bad_arn = [
            ("RoleArn", "arn:aws:iam::1:role/r"),
            ("RoleSessionName", "s1"),
        ];
        assert_eq!(
            role_request(&params(&bad_arn)).err().map(|e| e.code),
            Some("InvalidParameter.RoleArn")
        );
        let bad_session = [("RoleArn", "acs:ram::1:role/r"), ("RoleSessionName", "a b")];
        assert_eq!(
            role_request(&params(&bad_session)).err().map(|e| e.code),
            Some("InvalidParameter.RoleSessionName")
        );
        assert_eq!(
            role_request(&params(&[("RoleSessionName", "s1")]))
                .err()
                .map(|e| e.code),
            Some("MissingParameter")
        );
    }
}
