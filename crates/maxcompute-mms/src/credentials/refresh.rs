//! The cache every expiring credential goes through: refresh ahead of expiry, one refresh at a
//! time, keep serving still-valid credentials while a failed refresh is retried with backoff,
//! and never hand out expired ones.

use std::{
    fmt,
    sync::Mutex,
    time::{Duration, SystemTime},
};

use futures::future::BoxFuture;

use super::{Clock, Credentials, CredentialsError};

/// Credentials with the instant they stop working.
#[derive(Debug, Clone)]
pub(crate) struct ExpiringCredentials {
    pub(crate) credentials: Credentials,
    pub(crate) expiration: SystemTime,
}

/// What a refreshing provider does once per refresh: ask its service for new credentials.
pub(crate) trait FetchCredentials: Send + Sync {
    fn fetch(&self) -> BoxFuture<'_, Result<ExpiringCredentials, CredentialsError>>;
}

/// The longest a refresh happens ahead of expiry (the official libraries' margin).
pub(crate) const MAX_REFRESH_AHEAD: Duration = Duration::from_secs(15 * 60);
/// The first wait after a failed refresh while the cached credentials are still valid.
const FIRST_BACKOFF: Duration = Duration::from_secs(1);
/// The longest wait between two refresh attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// How far ahead of expiry credentials living `lifetime` are refreshed: a third of their
/// lifetime, at most 15 minutes. (With the official libraries' fixed 15 minutes, credentials of
/// the minimum STS lifetime of 900 s would be refreshed at every call.)
pub(crate) fn refresh_ahead(lifetime: Duration) -> Duration {
    (lifetime / 3).min(MAX_REFRESH_AHEAD)
}

/// The wait before attempt `failures + 1` after `failures` failed refreshes: 1 s, doubling,
/// at most 60 s.
pub(crate) fn backoff(failures: u32) -> Duration {
    let doublings = failures.saturating_sub(1).min(16);
    FIRST_BACKOFF
        .saturating_mul(1u32 << doublings)
        .min(MAX_BACKOFF)
}

#[derive(Clone)]
struct Cached {
    credentials: Credentials,
    expiration: SystemTime,
    refresh_at: SystemTime,
}

#[derive(Default)]
struct State {
    cached: Option<Cached>,
    /// No refresh before this instant (backoff after failures), while the cache is valid.
    retry_at: Option<SystemTime>,
    /// Failed refreshes in a row.
    failures: u32,
    /// Refresh attempts finished so far, to tell whether one finished while a caller waited.
    attempts: u64,
    /// The error of the last attempt, if it failed.
    last_error: Option<CredentialsError>,
}

/// A single-flight refreshing cache of one provider's credentials. Time comes from `clock`, so a
/// test can move it.
pub(crate) struct RefreshingCache {
    provider: String,
    clock: Clock,
    state: Mutex<State>,
    /// Held by the one caller that refreshes; the others wait on it or use the valid cache.
    refreshing: tokio::sync::Mutex<()>,
}

impl fmt::Debug for RefreshingCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("RefreshingCache")
            .field("provider", &self.provider)
            .field(
                "expiration",
                &state
                    .cached
                    .as_ref()
                    .map(|c| acs_sign::format_acs3_date(c.expiration)),
            )
            .field("failures", &state.failures)
            .finish_non_exhaustive()
    }
}

/// What the cache can answer without fetching.
enum Lookup {
    /// Fresh: use it.
    Fresh(Credentials),
    /// Valid but due for a refresh: usable while another caller refreshes or during backoff.
    Due(Credentials, bool),
    /// Nothing usable.
    Missing,
}

impl RefreshingCache {
    pub(crate) fn new(provider: impl Into<String>, clock: Clock) -> RefreshingCache {
        RefreshingCache {
            provider: provider.into(),
            clock,
            state: Mutex::new(State::default()),
            refreshing: tokio::sync::Mutex::new(()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // The state is plain data updated in one step; a panic elsewhere cannot leave it torn.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn lookup(&self, now: SystemTime) -> (Lookup, u64) {
        let state = self.lock();
        let lookup = match &state.cached {
            Some(c) if now < c.refresh_at => Lookup::Fresh(c.credentials.clone()),
            Some(c) if now < c.expiration => {
                let backing_off = state.retry_at.is_some_and(|at| now < at);
                Lookup::Due(c.credentials.clone(), backing_off)
            }
            _ => Lookup::Missing,
        };
        (lookup, state.attempts)
    }

    /// Credentials from the cache, refreshed through `fetcher` when due.
    pub(crate) async fn get(
        &self,
        fetcher: &dyn FetchCredentials,
    ) -> Result<Credentials, CredentialsError> {
        let (lookup, attempts_seen) = self.lookup((self.clock)());
        let _refreshing = match lookup {
            Lookup::Fresh(credentials) | Lookup::Due(credentials, true) => return Ok(credentials),
            // Still valid: refresh if nobody else is, else use them meanwhile.
            Lookup::Due(credentials, false) => match self.refreshing.try_lock() {
                Ok(guard) => guard,
                Err(_) => return Ok(credentials),
            },
            Lookup::Missing => self.refreshing.lock().await,
        };

        // Another caller may have refreshed (or failed to) while this one waited.
        let now = (self.clock)();
        let (lookup, attempts_now) = self.lookup(now);
        match lookup {
            Lookup::Fresh(credentials) | Lookup::Due(credentials, true) => return Ok(credentials),
            Lookup::Due(credentials, false) if attempts_now != attempts_seen => {
                return Ok(credentials)
            }
            Lookup::Missing if attempts_now != attempts_seen => {
                // The refresh this caller waited for failed: share its error rather than ask
                // the service again at once.
                if let Some(error) = self.lock().last_error.clone() {
                    return Err(error);
                }
            }
            _ => {}
        }

        tracing::debug!(provider = %self.provider, "refreshing credentials");
        let result = fetcher.fetch().await.and_then(|fresh| {
            if fresh.expiration <= now {
                Err(CredentialsError::Service {
                    provider: self.provider.clone(),
                    endpoint: String::new(),
                    status: None,
                    problem: format!(
                        "the credentials received expire at {}, which is not in the future",
                        acs_sign::format_acs3_date(fresh.expiration)
                    ),
                })
            } else {
                Ok(fresh)
            }
        });
        let now = (self.clock)();
        let mut state = self.lock();
        state.attempts += 1;
        match result {
            Ok(fresh) => {
                let lifetime = fresh.expiration.duration_since(now).unwrap_or_default();
                let refresh_at = fresh.expiration - refresh_ahead(lifetime);
                tracing::info!(
                    provider = %self.provider,
                    access_key_id = fresh.credentials.access_key_id(),
                    expiration = %acs_sign::format_acs3_date(fresh.expiration),
                    refresh_at = %acs_sign::format_acs3_date(refresh_at),
                    "credentials refreshed"
                );
                state.cached = Some(Cached {
                    credentials: fresh.credentials.clone(),
                    expiration: fresh.expiration,
                    refresh_at,
                });
                state.failures = 0;
                state.retry_at = None;
                state.last_error = None;
                Ok(fresh.credentials)
            }
            Err(error) => {
                state.failures = state.failures.saturating_add(1);
                state.last_error = Some(error.clone());
                match state.cached.clone() {
                    Some(cached) if now < cached.expiration => {
                        let wait = backoff(state.failures);
                        state.retry_at = Some(now + wait);
                        tracing::warn!(
                            provider = %self.provider,
                            failures = state.failures,
                            retry_in_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                            expiration = %acs_sign::format_acs3_date(cached.expiration),
                            error = %error,
                            "refreshing credentials failed; the cached ones are still valid"
                        );
                        Ok(cached.credentials)
                    }
                    Some(expired) => {
                        let error = CredentialsError::Expired {
                            provider: self.provider.clone(),
                            expired_at: acs_sign::format_acs3_date(expired.expiration),
                            problem: error.to_string(),
                        };
                        state.last_error = Some(error.clone());
                        Err(error)
                    }
                    None => Err(error),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{
        atomic::{AtomicU64, AtomicUsize, Ordering},
        Arc,
    };

    use super::*;

    #[test]
    fn refresh_ahead_is_a_third_of_the_lifetime_at_most_fifteen_minutes() {
        assert_eq!(
            refresh_ahead(Duration::from_secs(900)),
            Duration::from_secs(300)
        );
        assert_eq!(
            refresh_ahead(Duration::from_secs(2700)),
            Duration::from_secs(900)
        );
        assert_eq!(refresh_ahead(Duration::from_secs(3600)), MAX_REFRESH_AHEAD);
        assert_eq!(
            refresh_ahead(Duration::from_secs(43_200)),
            MAX_REFRESH_AHEAD
        );
        assert_eq!(refresh_ahead(Duration::ZERO), Duration::ZERO);
    }

    #[test]
    fn backoff_doubles_from_one_second_to_a_minute() {
        let waits: Vec<u64> = (1..=9).map(|n| backoff(n).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
        assert_eq!(backoff(u32::MAX), MAX_BACKOFF);
    }

    /// A clock the test moves by hand, in milliseconds since a fixed start.
    #[derive(Clone, Default)]
    struct ManualClock(Arc<AtomicU64>);

    const START: Duration = Duration::from_secs(1_700_000_000);

    impl ManualClock {
        fn clock(&self) -> Clock {
            let ms = self.0.clone();
            Arc::new(move || {
                SystemTime::UNIX_EPOCH + START + Duration::from_millis(ms.load(Ordering::SeqCst))
            })
        }
        fn set_secs(&self, secs: u64) {
            self.0.store(secs * 1000, Ordering::SeqCst);
        }
        fn at(secs: u64) -> SystemTime {
            SystemTime::UNIX_EPOCH + START + Duration::from_secs(secs)
        }
    }

    /// Issues credentials `key-<n>` living `lifetime` from the clock's now, or fails while
    /// `down`; counts calls.
    struct FakeService {
        clock: Clock,
        lifetime: Duration,
        calls: AtomicUsize,
        down: std::sync::atomic::AtomicBool,
        gate: Option<Arc<tokio::sync::Notify>>,
    }

    impl FakeService {
        fn new(clock: Clock, lifetime: Duration) -> FakeService {
            FakeService {
                clock,
                lifetime,
                calls: AtomicUsize::new(0),
                down: false.into(),
                gate: None,
            }
        }
        fn calls(&self) -> usize {
            self.calls.load(Ordering::SeqCst)
        }
        fn set_down(&self, down: bool) {
            self.down.store(down, Ordering::SeqCst);
        }
    }

    impl FetchCredentials for FakeService {
        fn fetch(&self) -> BoxFuture<'_, Result<ExpiringCredentials, CredentialsError>> {
            Box::pin(async move {
                let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
                if let Some(gate) = &self.gate {
                    gate.notified().await;
                }
                if self.down.load(Ordering::SeqCst) {
                    return Err(CredentialsError::Service {
                        provider: "fake".into(),
                        endpoint: "http://fake".into(),
                        status: Some(503),
                        problem: "down".into(),
                    });
                }
                Ok(ExpiringCredentials {
                    credentials: Credentials::new(format!("key-{n}"), "secret")
                        .with_security_token("token"),
                    expiration: (self.clock)() + self.lifetime,
                })
            })
        }
    }

    /// A clock at its start, a service issuing credentials that live `lifetime`, and an empty
    /// cache judging expiry by that clock.
    fn clock_service_and_cache(lifetime: Duration) -> (ManualClock, FakeService, RefreshingCache) {
        let time = ManualClock::default();
        let service = FakeService::new(time.clock(), lifetime);
        let cache = RefreshingCache::new("fake", time.clock());
        (time, service, cache)
    }

    async fn id(cache: &RefreshingCache, service: &FakeService) -> String {
        cache
            .get(service)
            .await
            .expect("credentials")
            .access_key_id()
            .to_string()
    }

    #[tokio::test]
    async fn refreshes_a_third_of_the_lifetime_ahead_and_not_before() {
        let (time, service, cache) = clock_service_and_cache(Duration::from_secs(900));
        assert_eq!(id(&cache, &service).await, "key-1");
        // Refresh at 900 - 300 = 600 s.
        time.set_secs(599);
        assert_eq!(id(&cache, &service).await, "key-1");
        assert_eq!(service.calls(), 1);
        time.set_secs(600);
        assert_eq!(id(&cache, &service).await, "key-2");
        // The new ones live to 1500 s, refreshed at 1200 s.
        time.set_secs(1199);
        assert_eq!(id(&cache, &service).await, "key-2");
        time.set_secs(1200);
        assert_eq!(id(&cache, &service).await, "key-3");
        assert_eq!(service.calls(), 3);
    }

    #[tokio::test]
    async fn long_lifetimes_refresh_fifteen_minutes_ahead() {
        let (time, service, cache) = clock_service_and_cache(Duration::from_secs(3600));
        id(&cache, &service).await;
        time.set_secs(2699);
        assert_eq!(id(&cache, &service).await, "key-1");
        time.set_secs(2700);
        assert_eq!(id(&cache, &service).await, "key-2");
    }

    #[tokio::test]
    async fn a_hundred_concurrent_callers_at_expiry_cause_one_fetch() {
        let (time, mut service, cache) = clock_service_and_cache(Duration::from_secs(3600));
        let gate = Arc::new(tokio::sync::Notify::new());
        service.gate = Some(gate.clone());
        let (service, cache) = (Arc::new(service), Arc::new(cache));
        gate.notify_one();
        id(&cache, &service).await;
        // Past expiry: nothing usable, every caller must wait for the one refresh.
        time.set_secs(3600);
        let callers: Vec<_> = (0..100)
            .map(|_| {
                let (cache, service) = (cache.clone(), service.clone());
                tokio::spawn(async move { id(&cache, &service).await })
            })
            .collect();
        // Let every caller reach the cache before the one fetch is allowed to finish.
        while service.calls() < 2 {
            tokio::task::yield_now().await;
        }
        for _ in 0..100 {
            tokio::task::yield_now().await;
        }
        gate.notify_one();
        for caller in callers {
            assert_eq!(caller.await.expect("caller"), "key-2");
        }
        assert_eq!(service.calls(), 2, "one initial fetch, one refresh");
    }

    #[tokio::test]
    async fn while_one_caller_refreshes_valid_credentials_serve_the_others() {
        let (time, mut service, cache) = clock_service_and_cache(Duration::from_secs(3600));
        let gate = Arc::new(tokio::sync::Notify::new());
        service.gate = Some(gate.clone());
        let (service, cache) = (Arc::new(service), Arc::new(cache));
        gate.notify_one();
        id(&cache, &service).await;
        time.set_secs(3000); // due, still valid
        let refresher = {
            let (cache, service) = (cache.clone(), service.clone());
            tokio::spawn(async move { id(&cache, &service).await })
        };
        while service.calls() < 2 {
            tokio::task::yield_now().await;
        }
        for _ in 0..50 {
            assert_eq!(id(&cache, &service).await, "key-1");
        }
        gate.notify_one();
        assert_eq!(refresher.await.expect("refresher"), "key-2");
        assert_eq!(service.calls(), 2);
    }

    #[tokio::test]
    async fn a_failed_refresh_keeps_valid_credentials_and_retries_with_backoff() {
        let (time, service, cache) = clock_service_and_cache(Duration::from_secs(3600));
        id(&cache, &service).await;
        service.set_down(true);
        time.set_secs(2700);
        assert_eq!(id(&cache, &service).await, "key-1", "served from cache");
        assert_eq!(service.calls(), 2);
        // Backing off for 1 s: no new attempt.
        assert_eq!(id(&cache, &service).await, "key-1");
        assert_eq!(service.calls(), 2);
        time.set_secs(2701);
        assert_eq!(id(&cache, &service).await, "key-1");
        assert_eq!(service.calls(), 3);
        // Now 2 s.
        time.set_secs(2702);
        id(&cache, &service).await;
        assert_eq!(service.calls(), 3);
        time.set_secs(2703);
        id(&cache, &service).await;
        assert_eq!(service.calls(), 4);
        // The service comes back: the next attempt after the backoff succeeds.
        service.set_down(false);
        time.set_secs(2707);
        assert_eq!(id(&cache, &service).await, "key-5");
        time.set_secs(2708);
        assert_eq!(id(&cache, &service).await, "key-5");
        assert_eq!(service.calls(), 5);
    }

    #[tokio::test]
    async fn expired_credentials_are_never_returned() {
        let (time, service, cache) = clock_service_and_cache(Duration::from_secs(3600));
        id(&cache, &service).await;
        service.set_down(true);
        time.set_secs(3599);
        assert_eq!(id(&cache, &service).await, "key-1");
        time.set_secs(3600);
        let error = cache.get(&service).await.expect_err("expired");
        match &error {
            CredentialsError::Expired {
                provider,
                expired_at,
                problem,
            } => {
                assert_eq!(provider, "fake");
                assert_eq!(
                    expired_at,
                    &acs_sign::format_acs3_date(ManualClock::at(3600))
                );
                assert!(problem.contains("down"), "{problem}");
            }
            other => panic!("expected Expired, got {other:?}"),
        }
        assert!(error.to_string().contains("expired at"), "{error}");
        // Still down later: still an error, never the old credentials.
        time.set_secs(7200);
        assert!(cache.get(&service).await.is_err());
    }

    #[tokio::test]
    async fn the_first_fetch_failing_is_the_services_error() {
        let (_, service, cache) = clock_service_and_cache(Duration::from_secs(3600));
        service.set_down(true);
        let error = cache.get(&service).await.expect_err("down");
        assert!(
            matches!(
                error,
                CredentialsError::Service {
                    status: Some(503),
                    ..
                }
            ),
            "{error:?}"
        );
        service.set_down(false);
        assert_eq!(id(&cache, &service).await, "key-2", "tried again at once");
    }

    #[tokio::test]
    async fn credentials_already_expired_on_arrival_are_refused() {
        let (_, service, cache) = clock_service_and_cache(Duration::ZERO);
        let error = cache.get(&service).await.expect_err("expired on arrival");
        assert!(error.to_string().contains("not in the future"), "{error}");
    }

    #[tokio::test]
    async fn debug_shows_no_secret() {
        let (_, service, cache) = clock_service_and_cache(Duration::from_secs(3600));
        id(&cache, &service).await;
        let debug = format!("{cache:?}");
        assert!(
            !debug.contains("secret") && !debug.contains("token"),
            "{debug}"
        );
        assert!(debug.contains("expiration"), "{debug}");
    }
}
