//! The signature nonces seen recently, to refuse replayed requests with bounded memory.

use std::collections::{HashSet, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How many nonces are remembered at most. Past that, the oldest is forgotten early: under a
/// flood of requests the emulator keeps answering in bounded memory rather than refusing work,
/// at the cost of not catching a replay of a nonce that old.
pub(crate) const DEFAULT_NONCE_CAPACITY: usize = 65_536;

/// A bounded, expiring set of `(AccessKeyId, nonce)` pairs.
///
/// Entries are kept `ttl` after they were first seen; `ttl` is twice the allowed clock skew,
/// since a request dated `d` is accepted while the server time is within `d ± skew`, so a
/// replay can only be accepted until `2 × skew` after the original arrived. Keys are stored as
/// SHA-256 digests so a client sending huge nonces cannot make entries large.
#[derive(Debug)]
pub(crate) struct NonceCache {
    ttl: Duration,
    capacity: usize,
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    seen: HashSet<String>,
    /// Entries in arrival order, hence in expiry order (the TTL is fixed).
    order: VecDeque<(Instant, String)>,
}

impl NonceCache {
    pub(crate) fn new(ttl: Duration, capacity: usize) -> Self {
        Self {
            ttl,
            capacity: capacity.max(1),
            inner: Mutex::new(Inner::default()),
        }
    }

    /// Records the nonce; false if it was already seen and has not expired.
    pub(crate) fn insert_if_new(&self, access_key_id: &str, nonce: &str, now: Instant) -> bool {
        let key = acs_sign::acs3::hashed_payload(format!("{access_key_id}\n{nonce}").as_bytes());
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        while inner
            .order
            .front()
            .is_some_and(|(expires, _)| *expires <= now)
        {
            if let Some((_, old)) = inner.order.pop_front() {
                inner.seen.remove(&old);
            }
        }
        if inner.seen.contains(&key) {
            return false;
        }
        while inner.order.len() >= self.capacity {
            if let Some((_, old)) = inner.order.pop_front() {
                inner.seen.remove(&old);
            }
        }
        inner.seen.insert(key.clone());
        inner.order.push_back((now + self.ttl, key));
        true
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.inner.lock().map(|i| i.seen.len()).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_nonce_seen_before_until_it_expires() {
        let cache = NonceCache::new(Duration::from_secs(60), 10);
        let t0 = Instant::now();
        assert!(cache.insert_if_new("id", "n1", t0));
        assert!(!cache.insert_if_new("id", "n1", t0 + Duration::from_secs(59)));
        // Another key may use the same nonce.
        assert!(cache.insert_if_new("other", "n1", t0));
        assert!(cache.insert_if_new("id", "n1", t0 + Duration::from_secs(60)));
    }

    #[test]
    fn memory_stays_bounded() {
        let cache = NonceCache::new(Duration::from_secs(3600), 100);
        let t0 = Instant::now();
        for i in 0..10_000 {
            assert!(cache.insert_if_new("id", &format!("n{i}"), t0));
        }
        assert_eq!(cache.len(), 100);
        // The newest are still remembered.
        assert!(!cache.insert_if_new("id", "n9999", t0));
    }

    #[test]
    fn expired_entries_are_purged() {
        let cache = NonceCache::new(Duration::from_secs(1), 1000);
        let t0 = Instant::now();
        for i in 0..500 {
            cache.insert_if_new("id", &format!("n{i}"), t0);
        }
        cache.insert_if_new("id", "late", t0 + Duration::from_secs(2));
        assert_eq!(cache.len(), 1);
    }
}
