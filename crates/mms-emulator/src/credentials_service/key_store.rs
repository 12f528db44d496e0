//! The AccessKeys an emulator accepts, shared between the MMS endpoint and the emulated STS and
//! metadata services: credentials they issue become acceptable to the MMS endpoint until they
//! expire.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use acs_sign::Credentials;

/// The source of "now" for expiry: the system clock unless a test moves time by hand.
pub type EmulatorClock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// A shared, cloneable set of accepted AccessKeys: long-lived pairs, STS credentials given in
/// configuration, and STS credentials the emulated STS and metadata services issue (which
/// expire).
///
/// Give the same store to [`EmulatorConfig::key_store`](crate::EmulatorConfig::key_store),
/// [`StsConfig`](crate::StsConfig) and [`MetadataConfig`](crate::MetadataConfig) so that what
/// STS issues is accepted by the MMS endpoint, with its security token checked.
///
/// ```
/// use std::time::{Duration, SystemTime};
/// use acs_sign::Credentials;
/// use mms_emulator::KeyStore;
///
/// let keys = KeyStore::new();
/// keys.insert(Credentials::new("long-lived", "secret"));
/// keys.insert_expiring(
///     Credentials::new("STS.x", "s").with_security_token("t"),
///     SystemTime::now() - Duration::from_secs(1),
/// );
/// assert!(keys.get("long-lived").is_some());
/// assert!(keys.get("STS.x").is_none(), "expired");
/// assert!(!format!("{keys:?}").contains("secret"));
/// ```
#[derive(Clone)]
pub struct KeyStore {
    entries: Arc<Mutex<HashMap<String, Entry>>>,
    clock: EmulatorClock,
}

struct Entry {
    credentials: Credentials,
    expiration: Option<SystemTime>,
}

impl Default for KeyStore {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for KeyStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyStore")
            .field("keys", &self.len())
            .finish_non_exhaustive()
    }
}

impl KeyStore {
    /// An empty store judging expiry by the system clock.
    pub fn new() -> Self {
        Self::with_clock(Arc::new(SystemTime::now))
    }

    /// An empty store judging expiry by `clock` (which the STS and metadata services sharing
    /// it also use to date what they issue).
    pub fn with_clock(clock: EmulatorClock) -> Self {
        Self {
            entries: Arc::new(Mutex::new(HashMap::new())),
            clock,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The store's clock.
    pub fn now(&self) -> SystemTime {
        (self.clock)()
    }

    /// The clock itself, for services that share the store.
    pub fn clock(&self) -> EmulatorClock {
        self.clock.clone()
    }

    /// Accepts `credentials` until removed (replacing a key of the same ID).
    pub fn insert(&self, credentials: Credentials) {
        self.lock().insert(
            credentials.access_key_id().to_owned(),
            Entry {
                credentials,
                expiration: None,
            },
        );
    }

    /// Accepts `credentials` until `expiration`; expired keys are dropped as new ones come.
    pub fn insert_expiring(&self, credentials: Credentials, expiration: SystemTime) {
        let now = self.now();
        let mut entries = self.lock();
        entries.retain(|_, e| e.expiration.is_none_or(|at| now < at));
        entries.insert(
            credentials.access_key_id().to_owned(),
            Entry {
                credentials,
                expiration: Some(expiration),
            },
        );
    }

    /// The credentials of `access_key_id`, if known and not expired.
    pub fn get(&self, access_key_id: &str) -> Option<Credentials> {
        let now = self.now();
        self.lock()
            .get(access_key_id)
            .filter(|e| e.expiration.is_none_or(|at| now < at))
            .map(|e| e.credentials.clone())
    }

    /// Whether `access_key_id` was accepted once and has expired.
    pub fn is_expired(&self, access_key_id: &str) -> bool {
        let now = self.now();
        self.lock()
            .get(access_key_id)
            .and_then(|e| e.expiration)
            .is_some_and(|at| now >= at)
    }

    /// How many keys are held (expired ones not yet dropped included).
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no key is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
